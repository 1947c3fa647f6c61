"""
Shape of sunclan93/salesTracker "Sales Tracker.xlsx": a small Philippine home-delivery meat seller's
order tracker, started in Google Sheets and saved by Excel for Mac, five sheets.

- "Sales": header Entry / Date / Time / Name / Contact # / Address / fifteen product-code columns
  (SC, HC, WC, W, B, BF, D, BB, N, T, TF, L, AC, PK, PC) and SR / LI / DF (delivery fee) / Total
  Sales / Status / Total Cost / Net Profit; panes frozen at G2, a filter on the Date column. One row
  per order, 46 orders over a week, entry numbers counting up with one repeated; quantities in
  kilos with one decimal (one typed as a sum formula), Total Sales and Total Cost formulas that
  multiply by the Product List prices, Status 'Paid' on every row. The customer columns Name,
  Contact # and Address are empty on every order in the published copy; date, time, text and peso
  formats run on to row 1019.
- "Order Summary": a lookup form: type a Name in D3 and a FILTER (a Google Sheets function cached
  as #REF!) pulls that customer's order into the form (Cell #, Address, qty × price per product,
  Total), with notes 'Do not edit anything except "Name" field.'
- "Report (Today)": a dashboard of SUBTOTAL totals, a top-products ranking and a top-customer block.
- "Product List": the price and cost per product with contribution margins and a repricing
  'Starting April 2, 2020'.
- "Profit & Loss": a short income statement with the owner's expenses.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("orders-en-ph-meatdelivery")
cf = CachedFormulas()
PESO = "[$₱]#,##0.00"

CODES = ["SC", "HC", "WC", "W", "B", "BF", "D", "BB", "N", "T", "TF", "L", "AC", "PK", "PC", "SR", "LI"]
# (Product List name, form name, price, cost, new price, new cost) for the twelve chicken cuts
CHICKEN = [("Skinless Chicken Longganisa", "Skinless Chicken", 130, 75, 130, 130, 75),
           ("Hamonado Chicken Longganisa", "Hamonado Chicken", 130, 75, 130, 130, 75),
           ("Fresh Whole Chicken", "Whole Chicken", 138, 118, 148, 148, 118),
           ("Wings", "Wings", 165, 150, 175, 175, 150),
           ("Breast", "Breast", 145, 128, 155, 155, 128),
           ("Breast Fillet", "Breast Fillet", 195, 175, 195, 215, 175),
           ("Drumstick", "Drumstick", 168, 150, 168, 168, 150),
           ("Backbones", "Backbone", 115, 78, 115, 115, 78),
           ("Neck", "Neck", 95, 65, 95, 95, 65),
           ("Thigh", "Thigh", 175, 158, 175, 175, 158),
           ("Thigh Fillet", "Thigh Fillet", 198, 176, 198, 225, 176),
           ("Legs", "Legs", 148, 132, 158, 158, 132)]
PORK = [("Pork Adobo Cut", "Adobo Cut", 228, 172), ("Pork Kasim", "Pork Kasim", 228, 172),
        ("Pork Chop", "Pork Chop", 228, 172), ("Spareribs", "Spare Ribs", 255, 222), ("Liempo", "Liempo", 305, 245)]

wb = workbook()
ws = wb.active
ws.title = "Sales"
header = ["Entry", "Date", "Time", "Name", "Contact #", "Address"] + CODES + ["DF", "Total Sales", "Status", "Total Cost",
                                                                            "Net Profit"]
ws.append(header)
for c in ws[1]:
    c.font = Font(bold=True)


def col(i):
    from openpyxl.utils import get_column_letter
    return get_column_letter(i)


orders = []
start = datetime.date(2020, 3, 29)
entry = 0
for k in range(46):
    entry += 0 if k == 21 else 1
    day = start + datetime.timedelta(days=min(6, k // 7))
    t = f.pick([datetime.time(12, 0)] * 4 + [datetime.time(9, 0), datetime.time(13, 30), datetime.time(14, 0),
                                              datetime.time(15, 0), datetime.time(17, 10), datetime.time(18, 0)])
    qty = [None] * 17
    for j in f.r.sample(range(12), f.r.randrange(1, 6)):
        qty[j] = f.pick([1, 2, 2, 3, round(f.r.uniform(1, 6), 1)])
    if k >= 28 and f.chance(0.3):
        for j in f.r.sample(range(12, 17), f.r.randrange(1, 3)):
            qty[j] = f.pick([1, 2, 3])
    fee = None if f.chance(0.12) else f.pick([84, 88, 92, 100, 100, 100, 108, 108, 116, 132, 138, 148, 162, 218])
    orders.append((entry, day, t, qty, fee))

for i, (entry, day, t, qty, fee) in enumerate(orders):
    r = i + 2
    ws.cell(r, 1, entry)
    ws.cell(r, 2, datetime.datetime.combine(day, datetime.time())).number_format = "m/d/yyyy"
    ws.cell(r, 3, t).number_format = "h:mm:ss AM/PM"
    for j, q in enumerate(qty):
        if q is not None:
            ws.cell(r, 7 + j, q)
    if i == 40 and qty[2] is None:
        qty[2] = 8.3
    if i == 40:
        ws.cell(r, 9).value = "=1.8+4.7+1.8"
        cf.results[("Sales", f"I{r}")] = 8.3
    if fee is not None:
        ws.cell(r, 24, fee)
    sales = sum((qty[j] or 0) * CHICKEN[j][2] for j in range(12)) + (fee or 0)
    cost = sum((qty[j] or 0) * CHICKEN[j][3] for j in range(12))
    parts_b = "+".join(f"({col(7 + j)}{r}*'Product List'!$B${j + 2})" for j in range(12))
    parts_c = "+".join(f"({col(7 + j)}{r}*'Product List'!$C${j + 2})" for j in range(12))
    cf.formula(ws, f"Y{r}", f"={parts_b}+X{r}", round(sales, 2))
    ws.cell(r, 26, "Paid")
    cf.formula(ws, f"AA{r}", f"={parts_c}", round(cost, 2))
    cf.formula(ws, f"AB{r}", f"=Y{r}-AA{r}", round(sales - cost, 2))
    for c in (25, 27, 28):
        ws.cell(r, c).number_format = PESO
for r in range(len(orders) + 2, 1020):          # the Google Sheets grid's formats, carried down
    ws.cell(r, 2).number_format = "m/d/yyyy"
    ws.cell(r, 3).number_format = "h:mm:ss AM/PM"
    ws.cell(r, 4).number_format = "@"
    ws.cell(r, 25).number_format = PESO
    ws.cell(r, 27).number_format = PESO
ws.freeze_panes = "G2"
ws.auto_filter.ref = "B1:B1019"
for c, w in {"A": 6, "B": 10, "C": 11, "D": 18.8, "E": 13, "F": 23, "Y": 12, "Z": 8, "AA": 12, "AB": 12}.items():
    ws.column_dimensions[c].width = w
for j in range(7, 25):
    ws.column_dimensions[col(j)].width = 5

totals_sales = sum(cf.results[("Sales", f"Y{i + 2}")] for i in range(len(orders)))
totals_cost = sum(cf.results[("Sales", f"AA{i + 2}")] for i in range(len(orders)))
per_code = [round(sum((o[3][j] or 0) for o in orders), 1) for j in range(12)]

# Order Summary: the look-up form
os_ = wb.create_sheet("Order Summary")
os_["C3"], os_["C4"], os_["C5"], os_["C6"] = "Name", "Customer #", "Cell #", "Address"
cf.formula(os_, "D4", '=IFERROR(__xludf.DUMMYFUNCTION("FILTER(Sales!A:AB,Sales!D:D=D3)"),"#REF!")', "#REF!")
cf.formula(os_, "D5", "=H4", 0)
cf.formula(os_, "D6", "=I4", 0)
for rng in ("D3:F3", "D4:F4", "D5:F5", "D6:F6", "H8:J8", "H9:J9", "D25:E25"):
    os_.merge_cells(rng)
os_["C7"], os_["D7"], os_["E7"], os_["F7"] = "Summary", "Qty", "Price", "Total"
form = [(c[1], CODES[j], c[4]) for j, c in enumerate(CHICKEN)] + [(p[1], CODES[12 + j], p[2]) for j, p in enumerate(PORK)]
for j, (label, code, price) in enumerate(form):
    r = 8 + j
    os_.cell(r, 2, label)
    os_.cell(r, 3, code)
    cf.formula(os_, f"D{r}", f"={col(10 + j)}4", 0)
    if j < 12:
        cf.formula(os_, f"E{r}", f"='Product List'!F{j + 2}", price)
    else:
        os_.cell(r, 5, price)
    os_.cell(r, 5).number_format = PESO
    cf.formula(os_, f"F{r}", f"=D{r}*E{r}", 0)
    os_.cell(r, 6).number_format = PESO
os_["B25"], os_["C25"] = "Delivery Fee", "DF"
cf.formula(os_, "F25", "=AA4", 0)
os_["C26"] = "Total"
cf.formula(os_, "F26", "=SUM(F8:F25)", 0)
os_["F26"].number_format = PESO
os_["H8"] = 'Do not edit anything except "Name" field.'
os_["H9"] = "Type Name to proceed."

# Report (Today): dashboard
rp = wb.create_sheet("Report (Today)")
rp["B2"], rp["B3"], rp["E3"], rp["F3"], rp["H3"], rp["I3"] = ("Filter by Date", "Daily Summary", "Top Products", "Quantity",
                                                            "Top Customer", "Sales")
rp["B4"], rp["B5"], rp["B6"] = "Total Sales", "Total Cost", "Net Profit "
cf.formula(rp, "C4", "=SUBTOTAL(109,Sales!Y:Y)", round(totals_sales, 2))
cf.formula(rp, "C5", "=SUBTOTAL(109,Sales!AA:AA)", round(totals_cost, 2))
cf.formula(rp, "C6", "=SUBTOTAL(109,Sales!AB:AB)", round(totals_sales - totals_cost, 2))
ranked = sorted(range(12), key=lambda j: -per_code[j])
top_sales = sorted((cf.results[("Sales", f"Y{i + 2}")] for i in range(len(orders))), reverse=True)
for k in range(3):
    r = 4 + k
    cf.formula(rp, f"E{r}", f"=INDEX($B$10:$C$21,MATCH(F{r},$C$10:$C$21,),1)", CODES[ranked[k]])
    cf.formula(rp, f"F{r}", f"=LARGE(C$10:C$21,ROWS(F$4:F{r}))", per_code[ranked[k]])
    cf.formula(rp, f"H{r}", f"=INDEX(Sales!$D$2:$Y$45,MATCH(I{r},Sales!$Y$2:$Y$45,),1)", 0)
    rp[f"H{r}"].number_format = "@"
    cf.formula(rp, f"I{r}", f"=LARGE(Sales!Y:Y,ROWS(I$4:I{r}))", top_sales[k])
    for c in ("C", "I"):
        rp[f"{c}{r}"].number_format = PESO
rp["B9"] = "Product Summary"
for j in range(12):
    rp.cell(10 + j, 2, CODES[j])
    cf.formula(rp, f"C{10 + j}", f"=SUBTOTAL(109,Sales!{col(7 + j)}:{col(7 + j)})", per_code[j])

# Product List: prices and costs
pl = wb.create_sheet("Product List")
pl.append(["Description", "Price per Unit", "Cost Per Unit", "Contribution", "Qty. Sales ", "New Price", "New Cost",
           "New Contribution", "New Price", "New Cost", "New Profit", "New Contribution"])
for j, (name, _, price, cost, new_price, price2, cost2) in enumerate(CHICKEN):
    r = j + 2
    pl.cell(r, 1, name)
    pl.cell(r, 2, price)
    pl.cell(r, 3, cost)
    cf.formula(pl, f"D{r}", f"=(B{r}-C{r})/B{r}", (price - cost) / price)
    cf.formula(pl, f"E{r}", f"='Report (Today)'!C{10 + j}", per_code[j])
    pl.cell(r, 6, new_price)
    cf.formula(pl, f"G{r}", f"=C{r}", cost)
    cf.formula(pl, f"H{r}", f"=(F{r}-G{r})/F{r}", (new_price - cost) / new_price)
    pl.cell(r, 9, price2)
    pl.cell(r, 10, cost2)
    cf.formula(pl, f"K{r}", f"=I{r}-J{r}", price2 - cost2)
    cf.formula(pl, f"L{r}", f"=K{r}/I{r}", (price2 - cost2) / price2)
    for c in ("D", "H", "L"):
        pl[f"{c}{r}"].number_format = "0.0%"
for j, (name, _, price, cost) in enumerate(PORK):
    r = 14 + j
    pl.cell(r, 1, name)
    pl.cell(r, 9, price)
    pl.cell(r, 10, cost)
    cf.formula(pl, f"K{r}", f"=I{r}-J{r}", price - cost)
    cf.formula(pl, f"L{r}", f"=K{r}/I{r}", (price - cost) / price)
    pl[f"L{r}"].number_format = "0.0%"
pl["F14"] = "Starting April 2, 2020"
pl.column_dimensions["A"].width = 28

# Profit & Loss
pn = wb.create_sheet("Profit & Loss")
fees = sum(o[4] or 0 for o in orders)
cogs = -totals_cost
gross = totals_sales + cogs
lines = [("Sales", "=SUM(Sales!Y:Y)", totals_sales), ("Cost of Goods Sold", "=-SUM(Sales!AA:AA)+SUM(Sales!X:X)", cogs + fees),
         ("Gross Profit", "=SUM(C2:C3)", totals_sales + cogs + fees), ("Operating Expenses", "=SUM(C6,C8)", -9000),
         ("Marketing ", "=-SUM(C7)", -4000), ("Logo and Stickers", None, 4000), ("Delivery Costs", "=-SUM(C9:C11)", -5000),
         ("Rider's Salary", None, 1200), ("Lalamove Business top-up", None, 2800), ("Owner's initial top-up in Lalamove ", None, 1000)]
for k, (label, formula, value) in enumerate(lines):
    r = 2 + k
    pn.cell(r, 2, label)
    if formula:
        cf.formula(pn, f"C{r}", formula, round(value, 2))
    else:
        pn.cell(r, 3, value)
    pn.cell(r, 3).number_format = "[$₱]#,##0"
pretax = totals_sales + cogs + fees - 9000
for r, label, formula, value in [(12, "Pretax Income", "=SUM(C4:C5)", pretax), (13, "Taxes", None, 0),
                                 (14, "Net Income", "=SUM(C12:C13)", pretax)]:
    pn.cell(r, 2, label)
    if formula:
        cf.formula(pn, f"C{r}", formula, round(value, 2))
    else:
        pn.cell(r, 3, value)
    pn.cell(r, 3).number_format = "[$₱]#,##0"
for r, label, formula, value in [(16, "Gross Margins", "=C4/C2", (totals_sales + cogs + fees) / totals_sales),
                                 (17, "COGS/Sales", "=-C3/C2", -(cogs + fees) / totals_sales),
                                 (18, "OPEX/Sales", "=-C5/C2", 9000 / totals_sales),
                                 (19, "Return on Sales", "=C14/C2", pretax / totals_sales)]:
    pn.cell(r, 2, label)
    cf.formula(pn, f"C{r}", formula, value)
    pn.cell(r, 3).number_format = "0.00%"
pn.column_dimensions["B"].width = 32

cf.save(wb, "orders-en-ph-meatdelivery.xlsx")
