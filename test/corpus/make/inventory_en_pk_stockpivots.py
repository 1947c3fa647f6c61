"""
Shape of Mudassir-NA/freelance-data-projects "Inventory.xlsx" (commit
c7504880f69368ed5da15489a0a4dfdc4a308dfe): a freelancer's Excel inventory exercise for a small
stationery/electronics shop (Pakistan: suppliers "... Pvt Ltd"), saved by Excel 2016 with
pivot tables, slicers and charts. Not client data: nobody in it, a person imports nothing.

- "pvt tables" (first sheet): pivot results. A page filter "Reorder_Alert | (All)" in J1:K1;
  a pivot at A5:D8 "Product / Sum of Stock_Balance / Sum of Inventory_Value / Sum of
  Selling_Value" filtered by a slicer to two products, with a Grand Total row; a pivot at F3:H5
  "category / Sum of Stock_Balance / Sum of Inventory_Value" (one category + Grand Total); a
  pivot at J3:K6 "Product / Sum of Stock_Balance". Written here as values (openpyxl cannot
  write pivot caches); an empty pivot at M3:O20 in the original has no cells.
- "Datasets": the stock table starting in column C (A:B empty), header on row 1: Date (ISO
  text, not a date) / Product_ID / Product_Name / Category / Supplier / Stock_In / Stock_Out /
  Unit_Cost / Unit_Price / Reorder_Level / Stock_Balance / Inventory_Value / Selling_Value /
  Reorder_Alert; eight products, then a stray row 10 with =MAX / =MAX / =AVERAGE under
  Stock_In, Stock_Out and Unit_Price (no label).
- "dashboard": no cells, two charts (and two slicers in the original) over the pivots; the
  workbook opens on this sheet.
Values invented (products, suppliers and figures).
"""
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("inventory-en-pk-stockpivots")

PRODUCTS = [("Register A4", "Stationery"), ("Gel Pen Black", "Stationery"), ("Flash Drive 32GB", "Electronics"),
            ("Notice Board", "Office"), ("Highlighter Green", "Stationery"), ("Punch Machine", "Office"),
            ("Keyboard USB", "Electronics"), ("Sharpener Metal", "Stationery")]
SUPPLIERS = {"Stationery": ["PaperLine Pvt Ltd", "Quill Traders"], "Electronics": ["Circuit Mart Inc."],
             "Office": ["DeskWorks", "Quill Traders"]}

rows = []
for i, (name, cat) in enumerate(PRODUCTS):
    day = 1 + i // 2
    stock_in = f.pick([60, 80, 120, 150, 250, 300, 450])
    stock_out = int(stock_in * f.r.uniform(0.15, 0.4))
    cost = {"Stationery": f.pick([3, 4, 8, 12, 18]), "Electronics": f.pick([450, 650, 800]),
            "Office": f.pick([70, 850, 950])}[cat]
    price = int(cost * f.pick([1.5, 1.6, 2, 2.5])) if cost < 20 else int(cost * f.pick([1.25, 1.4, 1.5]))
    reorder = f.pick([20, 40, 60, 100, 150])
    bal = stock_in - stock_out
    rows.append([f"2025-02-{day:02d}", f"P{i + 1:03d}", name, cat, f.pick(SUPPLIERS[cat]), stock_in, stock_out,
                 cost, price, reorder, bal, bal * cost, bal * price, "OK" if bal > reorder else "Reorder"])

wb = workbook()
pv = wb.active
pv.title = "pvt tables"
ds = wb.create_sheet("Datasets")
dash = wb.create_sheet("dashboard")
wb.active = 2

header = ["Date", "Product_ID", "Product_Name", "Category", "Supplier", "Stock_In", "Stock_Out", "Unit_Cost",
          "Unit_Price", "Reorder_Level", "Stock_Balance", "Inventory_Value", "Selling_Value", "Reorder_Alert"]
bold = Font(bold=True)
for j, h in enumerate(header):
    ds.cell(1, 3 + j, h).font = bold
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        ds.cell(2 + i, 3 + j, v)
cf = CachedFormulas()
last = 1 + len(rows)
cf.formula(ds, f"H{last + 1}", f"=MAX(H2:H{last})", max(r[5] for r in rows))
cf.formula(ds, f"I{last + 1}", f"=MAX(I2:I{last})", max(r[6] for r in rows))
cf.formula(ds, f"K{last + 1}", f"=AVERAGE(K2:K{last})", sum(r[8] for r in rows) / len(rows))
for col, w in zip("DEFGHIJKLMNO", [11.6, 14.9, 13.9, 17.9, 11.3, 10.9, 12.9, 10.8, 14.7, 14.3, 17.7, 13.8]):
    ds.column_dimensions[col].width = w

# pivots pasted as values: two Office products picked by the slicer
office = [r for r in rows if r[3] == "Office"][:2]
pv["J1"], pv["K1"] = "Reorder_Alert", "(All)"
pv["A5"], pv["B5"], pv["C5"], pv["D5"] = "Product", "Sum of Stock_Balance", "Sum of Inventory_Value", "Sum of Selling_Value"
for i, r in enumerate(sorted(office, key=lambda r: r[2])):
    pv.cell(6 + i, 1, r[2]); pv.cell(6 + i, 2, r[10]); pv.cell(6 + i, 3, r[11]); pv.cell(6 + i, 4, r[12])
n = 6 + len(office)
pv.cell(n, 1, "Grand Total"); pv.cell(n, 2, sum(r[10] for r in office))
pv.cell(n, 3, sum(r[11] for r in office)); pv.cell(n, 4, sum(r[12] for r in office))
pv["F3"], pv["G3"], pv["H3"] = "category", "Sum of Stock_Balance", "Sum of Inventory_Value"
pv["F4"], pv["G4"], pv["H4"] = "Office", sum(r[10] for r in office), sum(r[11] for r in office)
pv["F5"], pv["G5"], pv["H5"] = "Grand Total", sum(r[10] for r in office), sum(r[11] for r in office)
pv["J3"], pv["K3"] = "Product", "Sum of Stock_Balance"
for i, r in enumerate(sorted(office, key=lambda r: r[2])):
    pv.cell(4 + i, 10, r[2]); pv.cell(4 + i, 11, r[10])
pv.cell(4 + len(office), 10, "Grand Total"); pv.cell(4 + len(office), 11, sum(r[10] for r in office))
for c in ("A5", "B5", "C5", "D5", "F3", "G3", "H3", "J3", "K3", f"A{n}", "F5", f"J{4 + len(office)}"):
    pv[c].font = bold

for title, ref_cols, anchor in (("Stock by product", (2, 3), "B2"), ("Inventory value by category", (7, 8), "L2")):
    ch = BarChart()
    ch.title = title
    if ref_cols[0] == 2:
        ch.add_data(Reference(pv, min_col=2, max_col=3, min_row=5, max_row=n - 1), titles_from_data=True)
        ch.set_categories(Reference(pv, min_col=1, min_row=6, max_row=n - 1))
    else:
        ch.add_data(Reference(pv, min_col=7, max_col=8, min_row=3, max_row=4), titles_from_data=True)
        ch.set_categories(Reference(pv, min_col=6, min_row=4, max_row=4))
    dash.add_chart(ch, anchor)

cf.save(wb, "inventory-en-pk-stockpivots.xlsx")
