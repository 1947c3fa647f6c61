"""
Shape of ChenGodRen/salesTracker "Sales Tracker.xlsx": a small Manila chicken-and-pork delivery
business's sales tracker, built in Google Sheets and saved from Excel for Mac, five sheets.

- "Sales": header Entry / Date / Time / Name / Contact # / Address, then one column per product
  code (SC HC WC W B BF D BB N T TF L AC PK PC SR LI), DF (delivery fee), Total Sales, Status, Total
  Cost, Net Profit; a filter on column B, frozen at G2. 46 sales over a week (the entry number 21
  typed twice), times as real times. Name, Contact # and Address are empty on every row: the
  buyers were never written down. Quantities are counts or kilos (2.6, one cell a sum
  "=1.8+4.7+1.8"); Total Sales and Total Cost are long formulas multiplying each product column by
  its price on "Product List" (the old price column at first, the new ones from 3 and 4 April),
  plus the delivery fee, with cached results; Status is "Paid" on every row. Rows formatted down to
  1019.
- "Order Summary": a lookup form (Name / Customer # / Cell # / Address labels in C3:C6 with merged
  answer cells, a Google-only FILTER formula cached as #REF!, a Summary / Qty / Price / Total table
  per product, "Do not edit anything except "Name" field." beside it).
- "Report (Today)": Filter by Date, Daily Summary (total sales, cost, profit by SUBTOTAL), Top
  Products and Top Customer by LARGE/INDEX (the customer cached as 0), a Product Summary.
- "Product List": Description / Price per Unit / Cost Per Unit / Contribution / Qty. Sales / New
  Price / New Cost / New Contribution / New Price / New Cost / New Profit / New Contribution, the
  pork lines priced only in the newest columns with "Starting April 2, 2020" noted.
- "Profit & Loss": Sales, COGS, gross profit, marketing, delivery costs (a helper's salary and
  courier top-ups named after two people), pretax and net income, margins.
Not client data: no sale names a buyer. Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("sales-en-ph-meatdelivery")
CACHED = CachedFormulas()
formula = CACHED.formula

CODES = ["SC", "HC", "WC", "W", "B", "BF", "D", "BB", "N", "T", "TF", "L", "AC", "PK", "PC", "SR", "LI"]
PRODUCTS = [("Skinless Chicken Longganisa", "Skinless Chicken"), ("Hamonado Chicken Longganisa", "Hamonado Chicken"),
            ("Fresh Whole Chicken", "Whole Chicken"), ("Wings", "Wings"), ("Breast", "Breast"),
            ("Breast Fillet", "Breast Fillet"), ("Drumstick", "Drumstick"), ("Backbones", "Backbone"), ("Neck", "Neck"),
            ("Thigh", "Thigh"), ("Thigh Fillet", "Thigh Fillet"), ("Legs", "Legs"), ("Pork Adobo Cut", "Adobo Cut"),
            ("Pork Kasim", "Pork Kasim"), ("Pork Chop", "Pork Chop"), ("Spareribs", "Spare Ribs"), ("Liempo", "Liempo")]
# price, cost for the chicken lines (old, new, newest); pork only in the newest columns
CHICKEN = [(125, 70, 125, 125), (125, 70, 125, 125), (130, 115, 140, 140), (165, 150, 175, 175), (135, 125, 145, 145),
           (195, 175, 195, 215), (165, 150, 165, 165), (115, 75, 115, 115), (95, 65, 95, 95), (175, 155, 175, 175),
           (195, 175, 195, 225), (145, 130, 155, 155)]
PORK = [(220, 165), (220, 165), (220, 165), (245, 215), (295, 235)]

wb = workbook()
sales = wb.active
sales.title = "Sales"
summary = wb.create_sheet("Order Summary")
report = wb.create_sheet("Report (Today)")
plist = wb.create_sheet("Product List")
pnl = wb.create_sheet("Profit & Loss")

# Product List -----------------------------------------------------------------------------------
header = ["Description", "Price per Unit", "Cost Per Unit", "Contribution", "Qty. Sales ", "New Price", "New Cost",
          "New Contribution", "New Price", "New Cost", "New Profit", "New Contribution"]
for j, h in enumerate(header):
    plist.cell(1, j + 1, h).font = Font(bold=True)
price = {}   # (code, column letter) -> price, for the sales formulas' cached results
cost = {}
for i, (desc, _) in enumerate(PRODUCTS):
    row = i + 2
    plist.cell(row, 1, desc)
    code = CODES[i]
    if i < len(CHICKEN):
        old, c, new, newest = CHICKEN[i]
        plist.cell(row, 2, old)
        plist.cell(row, 3, c)
        formula(plist, f"D{row}", f"=(B{row}-C{row})/B{row}", (old - c) / old)
        plist.cell(row, 6, new)
        formula(plist, f"G{row}", f"=C{row}", c)
        formula(plist, f"H{row}", f"=(F{row}-G{row})/F{row}", (new - c) / new)
        plist.cell(row, 9, newest)
        plist.cell(row, 10, c)
        price.update({(code, "B"): old, (code, "F"): new, (code, "I"): newest})
        cost.update({(code, "C"): c, (code, "G"): c, (code, "J"): c})
    else:
        p, c = PORK[i - len(CHICKEN)]
        if i == len(CHICKEN):
            plist.cell(row, 6, "Starting April 2, 2020")
        plist.cell(row, 9, p)
        plist.cell(row, 10, c)
        price[(code, "I")] = p
        cost[(code, "J")] = c
    formula(plist, f"K{row}", f"=I{row}-J{row}", plist.cell(row, 9).value - plist.cell(row, 10).value)
    formula(plist, f"L{row}", f"=K{row}/I{row}", (plist.cell(row, 9).value - plist.cell(row, 10).value) / plist.cell(row, 9).value)

# Sales ------------------------------------------------------------------------------------------
head = ["Entry", "Date", "Time", "Name", "Contact #", "Address"] + CODES + ["DF", "Total Sales", "Status", "Total Cost",
                                                                           "Net Profit"]
for j, h in enumerate(head):
    sales.cell(1, j + 1, h).font = Font(bold=True)
PESO = '[$₱]#,##0.00'
sales.auto_filter.ref = "B1:B1019"
sales.freeze_panes = "G2"

entries = []
day, entry = datetime.date(2020, 3, 29), 1
per_day = [5, 3, 6, 5, 2, 10, 15]
for d, n in enumerate(per_day):
    for k in range(n):
        entries.append((entry, day + datetime.timedelta(days=d)))
        entry += 1
        if entry == 22 and k == n - 1:
            entries.append((21, day + datetime.timedelta(days=d + 1)))   # 21 typed again the next morning
entries = entries[:46]

totals = {"sales": 0, "cost": 0, "qty": {c: 0 for c in CODES}}
for k, (number, when) in enumerate(entries):
    row = k + 2
    sales.cell(row, 1, number)
    sales.cell(row, 2, when).number_format = "m/d/yyyy"
    sales.cell(row, 3, datetime.time(f.pick([9, 12, 12, 12, 13, 14, 15, 17, 18]), f.pick([0, 0, 0, 10, 30, 40, 50]))).number_format = "h:mm:ss AM/PM"
    # price columns: old prices until 2 April, new on 3 April, newest (with pork) from 4 April
    if when < datetime.date(2020, 4, 3):
        pcol, ccol, codes = "B", "C", CODES[:12]
    elif when == datetime.date(2020, 4, 3):
        pcol, ccol, codes = "F", "G", CODES[:12]
    else:
        pcol, ccol, codes = "I", "J", CODES
    bought = f.r.sample(codes[:12], f.r.choice([1, 2, 2, 3, 4]))
    if pcol == "I" and f.chance(0.4):
        bought += f.r.sample(CODES[12:], f.r.choice([1, 2]))
    line_sales = line_cost = 0
    for code in bought:
        col = head.index(code) + 1
        qty = f.pick([1, 2, 2, 3, 5, 6]) if code in ("SC", "HC") else round(f.r.uniform(1, 7.5), 1)
        if k == 39 and code == bought[0]:
            formula(sales, f"{sales.cell(row, col).column_letter}{row}", "=1.8+4.7+1.8", 8.3)
            qty = 8.3
        else:
            sales.cell(row, col, qty)
        line_sales += qty * price[(code, pcol)]
        line_cost += qty * cost[(code, ccol)]
        totals["qty"][code] += qty
    fee = None if f.chance(0.2) else f.pick([84, 88, 92, 100, 100, 100, 108, 108, 116, 132, 148, 172])
    if fee:
        sales.cell(row, head.index("DF") + 1, fee)
    line_sales = round(line_sales + (fee or 0), 2)
    line_cost = round(line_cost, 2)
    upto = 12 if pcol != "I" else 17
    price_terms = "+".join(f"({c}{row}*'Product List'!${pcol}${i + 2})" for i, c in enumerate("GHIJKLMNOPQR"))
    if upto == 17:
        price_terms += "+" + "+".join(f"({c}{row}*'Product List'!$I${14 + i})" for i, c in enumerate("STUVW"))
    cost_terms = "+".join(f"({c}{row}*'Product List'!${ccol}${i + 2})" for i, c in enumerate("GHIJKLMNOPQR"))
    formula(sales, f"Y{row}", f"={price_terms}+X{row}", line_sales)
    sales.cell(row, 26, "Paid")
    formula(sales, f"AA{row}", f"={cost_terms}", line_cost)
    formula(sales, f"AB{row}", f"=Y{row}-AA{row}", round(line_sales - line_cost, 2))
    for c in ("Y", "AA", "AB"):
        sales[f"{c}{row}"].number_format = PESO
    totals["sales"] += line_sales
    totals["cost"] += line_cost
for row in range(len(entries) + 2, 1020):
    for c in ("Y", "AA", "AB"):
        sales[f"{c}{row}"].number_format = PESO
for col, width in {"A": 7.2, "B": 10.2, "C": 12.7, "D": 18.8, "F": 23, "Y": 12.2, "Z": 11.3, "AB": 11.5}.items():
    sales.column_dimensions[col].width = width

# Order Summary: a lookup form typed into -----------------------------------------------------------
for ref, text in [("C3", "Name"), ("C4", "Customer #"), ("C5", "Cell #"), ("C6", "Address"), ("C7", "Summary"),
                  ("D7", "Qty"), ("E7", "Price"), ("F7", "Total"), ("H8", 'Do not edit anything except "Name" field.'),
                  ("H9", "Type Name to proceed."), ("C26", "Total")]:
    summary[ref] = text
for rng in ["D3:F3", "D4:F4", "D5:F5", "D6:F6", "H8:J8", "H9:J9", "D25:E25"]:
    summary.merge_cells(rng)
formula(summary, "D4", '=IFERROR(__xludf.DUMMYFUNCTION("FILTER(Sales!A:AB,Sales!D:D=D3)"),"#REF!")', "#REF!")
formula(summary, "D5", "=H4", 0)
formula(summary, "D6", "=I4", 0)
for i, (_, short) in enumerate(PRODUCTS):
    row = 8 + i
    summary.cell(row, 2, short)
    summary.cell(row, 3, CODES[i])
    formula(summary, f"D{row}", f"={'JKLMNOPQRSTUVWXYZ'[i]}4", 0)
    if i < 12:
        formula(summary, f"E{row}", f"='Product List'!F{i + 2}", price[(CODES[i], "F")])
    else:
        summary.cell(row, 5, price[(CODES[i], "I")])
    formula(summary, f"F{row}", f"=D{row}*E{row}", 0)
summary["B25"], summary["C25"] = "Delivery Fee", "DF"
formula(summary, "F25", "=AA4", 0)
formula(summary, "F26", "=SUM(F8:F25)", 0)

# Report (Today) ----------------------------------------------------------------------------------
for ref, text in [("B2", "Filter by Date"), ("B3", "Daily Summary"), ("E3", "Top Products"), ("F3", "Quantity"),
                  ("H3", "Top Customer"), ("I3", "Sales"), ("B4", "Total Sales"), ("B5", "Total Cost"),
                  ("B6", "Net Profit "), ("B9", "Product Summary")]:
    report[ref] = text
formula(report, "C4", "=SUBTOTAL(109,Sales!Y:Y)", round(totals["sales"], 2))
formula(report, "C5", "=SUBTOTAL(109,Sales!AA:AA)", round(totals["cost"], 2))
formula(report, "C6", "=SUBTOTAL(109,Sales!AB:AB)", round(totals["sales"] - totals["cost"], 2))
top = sorted(CODES[:12], key=lambda c: -totals["qty"][c])
line_totals = sorted((sales[f"Y{r}"].value and CACHED.results[("Sales", f"Y{r}")] for r in range(2, len(entries) + 2)), reverse=True)
for i in range(3):
    row = 4 + i
    formula(report, f"E{row}", f"=INDEX($B$10:$C$21,MATCH(F{row},$C$10:$C$21,),1)", top[i])
    formula(report, f"F{row}", f"=LARGE(C$10:C$21,ROWS(F$4:F{row}))", round(totals["qty"][top[i]], 1))
    formula(report, f"H{row}", f"=INDEX(Sales!$D$2:$Y$45,MATCH(I{row},Sales!$Y$2:$Y$45,),1)", 0)
    formula(report, f"I{row}", f"=LARGE(Sales!Y:Y,ROWS(I$4:I{row}))", line_totals[i])
for i, code in enumerate(CODES[:12]):
    report.cell(10 + i, 2, code)
    formula(report, f"C{10 + i}", f"=SUBTOTAL(109,Sales!{'GHIJKLMNOPQR'[i]}:{'GHIJKLMNOPQR'[i]})", round(totals["qty"][code], 1))
for i in range(12):
    formula(plist, f"E{i + 2}", f"='Report (Today)'!C{10 + i}", round(totals["qty"][CODES[i]], 1))

# Profit & Loss -----------------------------------------------------------------------------------
fees = sum(sales.cell(r, head.index("DF") + 1).value or 0 for r in range(2, len(entries) + 2))
cogs = -round(totals["cost"], 2) + fees
gross = round(totals["sales"], 2) + cogs
lines = [("B2", "Sales", "=SUM(Sales!Y:Y)", round(totals["sales"], 2)),
         ("B3", "Cost of Goods Sold", "=-SUM(Sales!AA:AA)+SUM(Sales!X:X)", cogs),
         ("B4", "Gross Profit", "=SUM(C2:C3)", gross),
         ("B5", "Operating Expenses", "=SUM(C6,C8)", -9000),
         ("B6", "Marketing ", "=-SUM(C7)", -4000),
         ("B7", "Logo and Product Label", 4000, None),
         ("B8", "Delivery Costs", "=-SUM(C9:C11)", -5000),
         ("B9", "Nestor's Salary", 1000, None),
         ("B10", "Lalamove Business top-up", 3000, None),
         ("B11", "Lorna's initial top-up in Lalamove ", 1000, None),
         ("B12", "Pretax Income", "=SUM(C4:C5)", gross - 9000),
         ("B13", "Taxes", 0, None),
         ("B14", "Net Income", "=SUM(C12:C13)", gross - 9000),
         ("B16", "Gross Margins", "=C4/C2", gross / totals["sales"]),
         ("B17", "COGS/Sales", "=-C3/C2", -cogs / totals["sales"]),
         ("B18", "OPEX/Sales", "=-C5/C2", 9000 / totals["sales"]),
         ("B19", "Return on Sales", "=C14/C2", (gross - 9000) / totals["sales"])]
for ref, label, value, cached in lines:
    pnl[ref] = label
    target = "C" + ref[1:]
    if cached is None:
        pnl[target] = value
    else:
        formula(pnl, target, value, round(cached, 6))
    pnl[target].number_format = '[$₱]#,##0' if int(ref[1:]) < 16 else "0.0%"

CACHED.save(wb, "sales-en-ph-meatdelivery.xlsx")
