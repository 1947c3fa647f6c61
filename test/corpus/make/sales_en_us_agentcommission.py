"""
Shape of samolawuyi/Sales-Performance-Commission-Dashboard "Sales Report.xlsx": a retail sales
sheet worked into a commission model for the sales staff, two sheets (pivot sheet first).

- "Sheet2": a pivot table written as values under the manager's name in A1 ("Mr …"), a blank
  row, then Row Labels / Sum of Sales Price: the agents by their Last Name (two agents who share
  a last name summed together), Grand Total.
- "Sheet1": header on row 1, no title, no bold: Date / Branch / Customer type / Gender /
  Product line / Unit price / Sales Price / Quantity / Payment / Rating / Profit / "Commission
  10% for items less than $30, 20% for items more than $30" / First Name / Last Name / Sale
  Location. 399 sales of January-March 2024 (mm-dd-yy), three New York branches, the customer
  only as Member / Normal and Female / Male, product line, unit price in accounting $ format,
  Sales Price 120 on every line, quantity, payment, a rating 4-10, Profit =G-F and Commission
  =IF(G>30,K*0.2,G*0.1) formulas (no cached results, as saved by the source), then the sales
  agent who made the sale: First Name / Last Name (17 agents taking turns; the "First Name"
  column holds a surname for some, two agents share a first-name entry, two a last name) and
  the agent's two-letter state code. Two blank rows, then three summary rows: "Sum of all items"
  / "Sum of items valued at more than $30" / "… $30 or less" with SUM / SUMIF in column G.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("sales-en-us-agentcommission")
ACCOUNTING = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'
# (First Name, Last Name, state) — the sales agents
AGENTS = [("Okonkwo", "Chidi", "NM"), ("Peter", "Tunde", "CA"), ("Adebayo", "Grace", "NZ"), ("Eze", "Kemi", "AZ"),
          ("Bello", "Sola", "AZ"), ("Ogun", "Tayo", "CO"), ("Blessing", "Nneka", "AZ"), ("Tom", "Dara", "NM"),
          ("Ola", "Bisi", "CO"), ("Ikpe", "Funmi", "MN"), ("Adewale", "Ladi", "MA"), ("Adewale", "Segun", "PA"),
          ("Ajayi", "Samuel", "MI"), ("Harper", "Nathan", "KY"), ("Ekpo", "Joy", "NY"), ("Lawal", "Bimpe", "CA"),
          ("Obi", "Joy", "NM")]
BRANCHES = ["Brooklyn", "Queens", "Manhattan"]
PRODUCTS = ["Food & Beverages", "Electronics", "Sports & Travel", "Fashion & Accs", "Home & Lifestyle", "Health & Beauty"]
PAYMENTS = ["Credit card", "Cash", "Ewallet"]

wb = workbook()
pivot = wb.active
pivot.title = "Sheet2"
ws = wb.create_sheet("Sheet1")
ws.append(["Date", "Branch", "Customer type", "Gender", "Product line", "Unit price", "Sales Price", "Quantity",
           "Payment", "Rating", "Profit", "Commission 10% for items less than $30, 20% for items more than $30",
           "First Name", "Last Name", "Sale Location"])
day = datetime.date(2024, 1, 1)
sums = {}
for i in range(399):
    r = i + 2
    if f.chance(0.22):
        day += datetime.timedelta(days=1)
    first, last, state = AGENTS[i % len(AGENTS)]
    ws.cell(r, 1, datetime.datetime(day.year, day.month, day.day)).number_format = "mm-dd-yy"
    ws.cell(r, 2, f.pick(BRANCHES))
    ws.cell(r, 3, f.pick(["Member", "Normal"]))
    ws.cell(r, 4, f.pick(["Female", "Male"]))
    ws.cell(r, 5, f.pick(PRODUCTS))
    ws.cell(r, 6, round(f.r.uniform(10.5, 99.99), 2)).number_format = ACCOUNTING
    ws.cell(r, 7, 120).number_format = ACCOUNTING
    ws.cell(r, 8, f.r.randrange(1, 11))
    ws.cell(r, 9, f.pick(PAYMENTS))
    ws.cell(r, 10, f.r.randrange(40, 101) / 10)
    ws.cell(r, 11, f"=G{r}-F{r}").number_format = ACCOUNTING
    ws.cell(r, 12, f"=IF(G{r}>30,K{r}*0.2,G{r}*0.1)").number_format = ACCOUNTING
    ws.cell(r, 13, first)
    ws.cell(r, 14, last)
    ws.cell(r, 15, state)
    sums[last] = sums.get(last, 0) + 120
ws["A403"], ws["G403"] = "Sum of all items", "=SUM(G2:G400)"
ws["A404"], ws["G404"] = "Sum of items valued at more than $30", '=SUMIF(G2:G400,">30")'
ws["A405"], ws["G405"] = "Sum of items valued at $30 or less", '=SUMIF(G2:G400,"<=30")'
for col, w in (("A", 13.3), ("B", 14.4), ("C", 18), ("D", 14.4), ("E", 17.9), ("G", 11.6), ("I", 18.3),
               ("L", 9.1), ("M", 10.9), ("N", 12.1), ("O", 12.7)):
    ws.column_dimensions[col].width = w

pivot["A1"] = "Mr Adeyemi"
pivot["A3"], pivot["B3"] = "Row Labels", "Sum of Sales Price"
row = 4
for last in sorted(sums):
    pivot.cell(row, 1, last)
    pivot.cell(row, 2, sums[last])
    row += 1
pivot.cell(row, 1, "Grand Total")
pivot.cell(row, 2, sum(sums.values()))
pivot.column_dimensions["A"].width = 13.1
pivot.column_dimensions["B"].width = 17.3

save(wb, "sales-en-us-agentcommission.xlsx")
