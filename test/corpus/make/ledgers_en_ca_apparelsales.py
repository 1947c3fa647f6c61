"""
Shape of OsamaAnsar/SalesDashboard "Sales Ledger.xlsx": a Canadian apparel wholesaler's sales
ledger kept for a valuation exercise in Excel 365, eight sheets.

- "Data": journal lines under Journal Entry # / Date / Account # / Account Name / Company /
  Customer / Invoice Number / Original Currency (CAD) / Quantity / Price / Amount / Location /
  State / Code, autofilter on row 1, 3,000 lines over three years in random order. Account is
  4001 Hat Sales or 4002 T-Shirt Sales; Company is the seller itself on every line; Customer is
  one of nineteen shops, each always at the same "City, Province, Country" with the province's
  name and code beside it; invoice numbers "INV" + 5-10 digits; quantities in fours; Price is a
  HLOOKUP into Inputs by account and year, Amount =I*J (both cached); dates d-mmm-yy, amounts
  in accounting format; currency CAD, USD for three shops.
- "Totals": a title block (company, fiscal year end, current date), then three pairs of pivot
  tables side by side (Sales by Customer, by Location, by Product with months nested), the left
  one by fiscal year F2021…F2024 with LTM/YTD formula columns, the right by calendar year, each
  with its "Sum of Amount / Column Labels / Row Labels" caption rows and a Grand Total row.
- "Data (2)": the same lines again with a Fiscal Year formula column inserted after Date.
- "Sheet1": a UNIQUE() spill of the state codes; "Sheet2": code / province / country lookup.
- "Inputs": account list, price table, year bounds, cumulative "Customer Concentration" and
  "Seasonality" tables used to draw the random lines, and "Geography" (customer → location).
- "Pivots": month × year, customers × 2023 with a currency typed beside, product × year with
  share formulas, two month-by-month blocks per currency.
- "Scrap": the one row of RANDBETWEEN formulas the lines were drawn with.
Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook

f = Fake("ledgers-en-ca-apparelsales")
cf = CachedFormulas()

SELLER = "Corvina Apparel Inc."
# (customer, city line, province, code, currency, weight)
SHOPS = [
    ("Harbourlight Outfitters", "Toronto, Ontario, Canada", "Ontario", "ON", "CAD", 17),
    ("Maple & Thread", "Montreal, Quebec, Canada", "Quebec", "QC", "CAD", 10),
    ("Northgate Provisions", "Toronto, Ontario, Canada", "Ontario", "ON", "CAD", 10),
    ("Cedar Row Goods", "Vancouver, British Columbia, Canada", "British Columbia", "BC", "USD", 8),
    ("Pacific Drift Supply", "Vancouver, British Columbia, Canada", "British Columbia", "BC", "CAD", 7),
    ("Prairie Lantern", "Winnipeg, Manitoba, Canada", "Manitoba", "MB", "CAD", 6),
    ("Sunfold Trading", "Miami, Florida, USA", "Florida", "FL", "CAD", 5),
    ("Queen West Style", "Toronto, Ontario, Canada", "Ontario", "ON", "CAD", 5),
    ("Birchwood Collective", "Toronto, Ontario, Canada", "Ontario", "ON", "USD", 4),
    ("Coastline Fashion House", "Vancouver, British Columbia, Canada", "British Columbia", "BC", "CAD", 4),
    ("Old Port Mercantile", "Quebec City, Quebec, Canada", "Quebec", "QC", "CAD", 4),
    ("Rideau Goods Co.", "Ottawa, Ontario, Canada", "Ontario", "ON", "CAD", 3.5),
    ("Bluenose Merchandise", "Halifax, Nova Scotia, Canada", "Nova Scotia", "NS", "CAD", 3.5),
    ("Plateau Threads", "Montreal, Quebec, Canada", "Quebec", "QC", "CAD", 3),
    ("Sunset Strip Market", "Los Angeles, California, USA", "California", "CA", "CAD", 2.4),
    ("Foothills Apparel", "Calgary, Alberta, Canada", "Alberta", "AB", "CAD", 2),
    ("River Valley Emporium", "Edmonton, Alberta, Canada", "Alberta", "AB", "CAD", 1.9),
    ("Stampede Luxe", "Calgary, Alberta, Canada", "Alberta", "AB", "USD", 1.8),
    ("Hudson Yard Elegance", "New York City, New York, USA", "New York", "NY", "CAD", 1.1),
]
ACCOUNTS = {4001: "Hat Sales", 4002: "T-Shirt Sales"}
PRICES = {2021: (20.99, 10.49), 2022: (25.99, 10.89), 2023: (32.99, 11.25)}
SEASON = [2, 3, 4, 4, 4, 4, 9, 9, 14, 4, 14, 19]  # Jan…Dec weights
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ACCOUNTING = '_-* #,##0_-;* \\(#,##0\\)_-;_-* "-"_-;_-@_-'

lines = []
for n in range(1, 3001):
    year = f.pick([2021, 2022, 2022, 2023, 2023])
    month = f.r.choices(range(1, 13), weights=SEASON)[0]
    day = f.r.randrange(1, 31 if month != 2 else 29)
    acct = f.pick([4001, 4002])
    shop = f.r.choices(SHOPS, weights=[s[5] for s in SHOPS])[0]
    inv = "INV" + str(f.r.randrange(10000, 9999999999))
    qty = 4 * (f.r.randrange(10, 61) if acct == 4001 else f.r.randrange(20, 76))
    price = PRICES[year][0 if acct == 4001 else 1]
    lines.append([n, datetime.date(year, month, day), acct, ACCOUNTS[acct], SELLER, shop[0], inv, shop[4], qty,
                  price, round(qty * price, 2), shop[1], shop[2], shop[3]])

wb = workbook()


def write_lines(ws, fiscal):
    head = ["Journal Entry #", "Date"] + (["Fiscal Year"] if fiscal else []) + [
        "Account #", "Account Name", "Company", "Customer", "Invoice Number", "Original Currency (CAD)",
        "Quantity", "Price", "Amount", "Location", "State", "Code"]
    ws.append(head)
    off = 1 if fiscal else 0
    for i, l in enumerate(lines):
        r = i + 2
        row = l[:2] + ([None] if fiscal else []) + l[2:9] + [None, None] + l[11:]
        ws.append(row)
        ws.cell(r, 2).number_format = "d-mmm-yy"
        d = l[1]
        if fiscal:
            cf.formula(ws, f"C{r}", f"=IF(MONTH(B{r})>3,YEAR(B{r})+1,YEAR(B{r}))", d.year + 1 if d.month > 3 else d.year)
        acct_col = "E" if fiscal else "D"
        pc, qc, ac = ("K", "J", "L") if fiscal else ("J", "I", "K")
        cf.formula(ws, f"{pc}{r}", f"=HLOOKUP({acct_col}{r},Inputs!$B$5:$C$8,MATCH(YEAR(B{r}),Inputs!$A$5:$A$8,0),FALSE)", l[9])
        cf.formula(ws, f"{ac}{r}", f"={qc}{r}*{pc}{r}", l[10])
        ws[f"{ac}{r}"].number_format = ACCOUNTING
    ws.auto_filter.ref = f"A1:{'O' if fiscal else 'N'}1"
    ws.column_dimensions["B"].width = 13


data = wb.active
data.title = "Data"
write_lines(data, False)


def fy(d):
    return d.year + 1 if d.month > 3 else d.year


def sums(key):
    by_fy, by_year = {}, {}
    for l in lines:
        k = key(l)
        by_fy.setdefault(k, {}).setdefault(fy(l[1]), 0)
        by_fy[k][fy(l[1])] += l[10]
        by_year.setdefault(k, {}).setdefault(l[1].year, 0)
        by_year[k][l[1].year] += l[10]
    return by_fy, by_year


totals = wb.create_sheet("Totals")
totals["A1"] = "Company Name: Larkspur Holdings Inc."
totals["A2"] = "Fiscal Year End: March 31, 2023"
totals["A3"] = "Current Date: December 31, 2023"


def pivot_pair(ws, title_row, title, keys, by_fy, by_year):
    ws.cell(title_row, 2, title)
    top = title_row + 2
    ws.cell(top - 1, 13, "Sum of Amount")
    ws.cell(top - 1, 14, "Column Labels")
    ws.cell(top, 2, "Sum of Amount")
    ws.cell(top, 3, "Column Labels")
    for j, y in enumerate([2021, 2022, 2023]):
        ws.cell(top, 14 + j, str(y))
    hdr = top + 1
    ws.cell(hdr, 2, "Row Labels")
    for j, h in enumerate(["F2021", "F2022", "F2023", "F2024", "LTM Dec 2023", "YTD F2024"]):
        ws.cell(hdr, 3 + j, h)
    ws.cell(hdr, 13, "Row Labels")
    r = hdr + 1
    for k in keys:
        ws.cell(r, 2, k)
        ws.cell(r, 13, k)
        for j, y in enumerate([2021, 2022, 2023, 2024]):
            v = by_fy[k].get(y)
            if v:
                ws.cell(r, 3 + j, round(v, 2))
        for j, y in enumerate([2021, 2022, 2023]):
            v = by_year[k].get(y)
            if v:
                ws.cell(r, 14 + j, round(v, 2))
        cf.formula(ws, f"G{r}", f"=P{r}", round(by_year[k].get(2023, 0), 2))
        cf.formula(ws, f"H{r}", f"=F{r}", round(by_fy[k].get(2024, 0), 2))
        r += 1
    ws.cell(r, 2, "Grand Total")
    ws.cell(r, 13, "Grand Total")
    for j, y in enumerate([2021, 2022, 2023, 2024]):
        ws.cell(r, 3 + j, round(sum(by_fy[k].get(y, 0) for k in keys), 2))
    for j, y in enumerate([2021, 2022, 2023]):
        ws.cell(r, 14 + j, round(sum(by_year[k].get(y, 0) for k in keys), 2))
    cf.formula(ws, f"G{r}", f"=SUM(G{hdr + 1}:G{r - 1})", round(sum(by_year[k].get(2023, 0) for k in keys), 2))
    cf.formula(ws, f"H{r}", f"=SUM(H{hdr + 1}:H{r - 1})", round(sum(by_fy[k].get(2024, 0) for k in keys), 2))
    return r


cust_fy, cust_year = sums(lambda l: l[5])
customers = sorted(cust_fy, key=lambda k: -sum(cust_fy[k].values()))
end = pivot_pair(totals, 5, "Sales by Customer (Top Customers)", customers, cust_fy, cust_year)
loc_fy, loc_year = sums(lambda l: l[12])
end = pivot_pair(totals, end + 3, "Sales by Location", sorted(loc_fy), loc_fy, loc_year)
prod_title = end + 3
totals.cell(prod_title, 2, "Sales by Product")
r = prod_title + 2
totals.cell(r, 2, "Sum of Amount")
totals.cell(r, 3, "Column Labels")
totals.cell(r, 13, "Sum of Amount")
totals.cell(r, 14, "Column Labels")
r += 1
totals.cell(r, 2, "Row Labels")
for j, h in enumerate(["F2021", "F2022", "F2023", "F2024", "LTM Dec 2023", "YTD F2024"]):
    totals.cell(r, 3 + j, h)
totals.cell(r, 13, "Row Labels")
for j, y in enumerate([2021, 2022, 2023]):
    totals.cell(r, 14 + j, str(y))
r += 1
for acct in ACCOUNTS.values():
    groups = [(acct, lambda l, a=acct: l[3] == a)] + [
        (MONTHS[m - 1], lambda l, a=acct, m=m: l[3] == a and l[1].month == m) for m in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]]
    for label, test in groups:
        totals.cell(r, 2, label)
        totals.cell(r, 13, label)
        for j, y in enumerate([2021, 2022, 2023, 2024]):
            v = sum(l[10] for l in lines if test(l) and fy(l[1]) == y)
            if v:
                totals.cell(r, 3 + j, round(v, 2))
        for j, y in enumerate([2021, 2022, 2023]):
            v = sum(l[10] for l in lines if test(l) and l[1].year == y)
            if v:
                totals.cell(r, 14 + j, round(v, 2))
        cf.formula(totals, f"G{r}", f"=P{r}", round(sum(l[10] for l in lines if test(l) and l[1].year == 2023), 2))
        cf.formula(totals, f"H{r}", f"=F{r}", round(sum(l[10] for l in lines if test(l) and fy(l[1]) == 2024), 2))
        r += 1
totals.cell(r, 2, "Grand Total")
totals.cell(r, 13, "Grand Total")
for j, y in enumerate([2021, 2022, 2023, 2024]):
    totals.cell(r, 3 + j, round(sum(l[10] for l in lines if fy(l[1]) == y), 2))
for j, y in enumerate([2021, 2022, 2023]):
    totals.cell(r, 14 + j, round(sum(l[10] for l in lines if l[1].year == y), 2))
cf.formula(totals, f"G{r}", f"=P{r}", round(sum(l[10] for l in lines if l[1].year == 2023), 2))
cf.formula(totals, f"H{r}", f"=F{r}", round(sum(l[10] for l in lines if fy(l[1]) == 2024), 2))

data2 = wb.create_sheet("Data (2)")
write_lines(data2, True)

sheet1 = wb.create_sheet("Sheet1")
codes = []
for l in lines:
    if l[13] not in codes:
        codes.append(l[13])
cf.formula(sheet1, "F9", "=_xlfn.UNIQUE(Data!N2:N3001)", codes[0])
for i, c in enumerate(codes[1:]):
    sheet1.cell(10 + i, 6, c)

sheet2 = wb.create_sheet("Sheet2")
sheet2.append(["Code", "Province/State Name", "Country"])
for code, name, country in [("ON", "Ontario", "Canada"), ("BC", "British Columbia", "Canada"), ("MB", "Manitoba", "Canada"),
                            ("QC", "Quebec", "Canada"), ("CA", "California", "USA"), ("AB", "Alberta", "Canada"),
                            ("NS", "Nova Scotia", "Canada"), ("FL", "Florida", "USA"), ("NY", "New York", "USA")]:
    sheet2.append([code, name, country])

inputs = wb.create_sheet("Inputs")
inputs.append(["Account #", "Account Name"])
for k, v in ACCOUNTS.items():
    inputs.append([k, v])
inputs["A5"], inputs["B5"], inputs["C5"] = "Price", "Hat Sales", "T-Shirt Sales"
for i, (y, (h, t)) in enumerate(PRICES.items()):
    inputs.cell(6 + i, 1, y)
    inputs.cell(6 + i, 2, h)
    inputs.cell(6 + i, 3, t)
    inputs.cell(10 + i, 1, y)
    inputs.cell(10 + i, 2, datetime.date(y, 1, 1)).number_format = "yyyy-mm-dd"
    inputs.cell(10 + i, 3, datetime.date(y, 12, 31)).number_format = "yyyy-mm-dd"
inputs["A14"] = "Customer Concentration"
total_w = sum(s[5] for s in SHOPS)
acc, r = 0, 15
for s in sorted(SHOPS, key=lambda s: s[5]):
    lo = round(acc / total_w * 100)
    acc += s[5]
    hi = max(lo, round(acc / total_w * 100) - 1)
    inputs.cell(r, 1, lo)
    inputs.cell(r, 2, s[0])
    inputs.cell(r + 1, 1, hi)
    inputs.cell(r + 1, 2, s[0])
    r += 2
inputs.cell(r + 1, 1, "Seasonality")
r += 2
acc = 0
for m, w in enumerate(SEASON):
    lo = acc
    acc += w * 100 // sum(SEASON)
    for v in (lo, max(lo, acc - 1)):
        inputs.cell(r, 1, v)
        inputs.cell(r, 2, MONTHS[m])
        cf.formula(inputs, f"C{r}", f'=MONTH(DATEVALUE(B{r}&" 1"))', m + 1)
        r += 1
inputs.cell(r + 1, 1, "Geography")
r += 2
for s in SHOPS:
    inputs.cell(r, 1, s[0])
    inputs.cell(r, 2, s[1])
    r += 1

pivots = wb.create_sheet("Pivots")
pivots["A1"], pivots["B1"] = "Sum of Amount", "Column Labels"
for j, h in enumerate(["Row Labels", "2021", "2022", "2023", "Grand Total"]):
    pivots.cell(2, 1 + j, h)
for m in range(1, 13):
    pivots.cell(2 + m, 1, MONTHS[m - 1])
    vals = [sum(l[10] for l in lines if l[1].year == y and l[1].month == m) for y in (2021, 2022, 2023)]
    for j, v in enumerate(vals + [sum(vals)]):
        pivots.cell(2 + m, 2 + j, round(v, 2))
pivots.cell(15, 1, "Grand Total")
yv = [sum(l[10] for l in lines if l[1].year == y) for y in (2021, 2022, 2023)]
for j, v in enumerate(yv + [sum(yv)]):
    pivots.cell(15, 2 + j, round(v, 2))
pivots["A26"], pivots["B26"] = "Sum of Amount", "Column Labels"
pivots["A27"], pivots["B27"], pivots["C27"] = "Row Labels", "2023", "Grand Total"
by23 = sorted(((k, v.get(2023, 0)) for k, v in cust_year.items()), key=lambda kv: -kv[1])
cur = {s[0]: s[4] for s in SHOPS}
for i, (k, v) in enumerate(by23):
    pivots.cell(28 + i, 1, k)
    pivots.cell(28 + i, 2, round(v, 2))
    pivots.cell(28 + i, 3, round(v, 2))
    pivots.cell(28 + i, 4, cur[k])
gt = 28 + len(by23)
pivots.cell(gt, 1, "Grand Total")
pivots.cell(gt, 2, round(yv[2], 2))
pivots.cell(gt, 3, round(yv[2], 2))
base = gt + 5
pivots.cell(base, 1, "Sum of Amount")
pivots.cell(base, 2, "Column Labels")
for j, h in enumerate(["Row Labels", "2021", "2022", "2023", "Grand Total"]):
    pivots.cell(base + 1, 1 + j, h)
for i, a in enumerate(ACCOUNTS.values()):
    vals = [sum(l[10] for l in lines if l[3] == a and l[1].year == y) for y in (2021, 2022, 2023)]
    pivots.cell(base + 2 + i, 1, a)
    for j, v in enumerate(vals + [sum(vals)]):
        pivots.cell(base + 2 + i, 2 + j, round(v, 2))
    cf.formula(pivots, f"F{base + 2 + i}", f"=E{base + 2 + i}/$E${base + 4}", round(sum(vals) / sum(yv), 4))
pivots.cell(base + 4, 1, "Grand Total")
for j, v in enumerate(yv + [sum(yv)]):
    pivots.cell(base + 4, 2 + j, round(v, 2))
cols = "CDEFGHIJKLMNOP"
for block, currency in ((70, "CAD"), (80, "USD")):
    periods = [(2021, m) for m in range(1, 13)] + [(2022, 1), (2022, 2)]
    for j, (y, m) in enumerate(periods):
        c = cols[j]
        last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))
        cf.formula(pivots, f"{c}{block}", f'=EOMONTH(DATE({c}{block + 4},MONTH(DATEVALUE({c}{block + 5}&" 1")),1),0)',
                   (last - datetime.date(1899, 12, 30)).days)
        pivots[f"{c}{block + 4}"] = str(y)
        pivots[f"{c}{block + 5}"] = MONTHS[m - 1]
    pivots[f"A{block + 1}"], pivots[f"B{block + 1}"] = "Original Currency (CAD)", currency
    pivots[f"A{block + 3}"], pivots[f"C{block + 3}"], pivots[f"D{block + 3}"] = "Sum of Amount", "Years (Date)", "Months (Date)"
    pivots[f"A{block + 5}"], pivots[f"B{block + 5}"] = "Account #", "Account Name"
    for i, (k, a) in enumerate(ACCOUNTS.items()):
        pivots.cell(block + 6 + i, 1, k)
        pivots.cell(block + 6 + i, 2, a)
        for j, (y, m) in enumerate(periods):
            v = sum(l[10] for l in lines if l[3] == a and l[7] == currency and l[1].year == y and l[1].month == m)
            if v:
                pivots.cell(block + 6 + i, 3 + j, round(v, 2))
    pivots.cell(block + 8, 1, "Grand Total")
    for j, (y, m) in enumerate(periods):
        v = sum(l[10] for l in lines if l[7] == currency and l[1].year == y and l[1].month == m)
        if v:
            pivots.cell(block + 8, 3 + j, round(v, 2))

scrap = wb.create_sheet("Scrap")
cf.formula(scrap, "A1", "=#REF!+1", "#REF!")
cf.formula(scrap, "B1", "=DATE(Inputs!$A$8,LOOKUP(RANDBETWEEN(0,100),Inputs!$A$55:$C$78),RANDBETWEEN(1,30))", 45201)
cf.formula(scrap, "C1", "=RANDBETWEEN(Inputs!$A$2,Inputs!$A$3)", 4002)
cf.formula(scrap, "D1", "=VLOOKUP(C1,Inputs!$A$2:$B$3,2,FALSE)", "T-Shirt Sales")
scrap["E1"] = SELLER
cf.formula(scrap, "F1", "=LOOKUP(RANDBETWEEN(0,100),Inputs!$A$15:$B$52)", SHOPS[3][0])
cf.formula(scrap, "G1", '="INV"&RANDBETWEEN(10000,9999999999)', "INV5550172")
cf.formula(scrap, "H1", '=IF(D1="Hat Sales",RANDBETWEEN(10,60),RANDBETWEEN(20,75))', 41)
cf.formula(scrap, "I1", "=HLOOKUP(D1,Inputs!$B$5:$C$8,MATCH(YEAR(B1),Inputs!$A$5:$A$8,0),FALSE)", 11.25)
cf.formula(scrap, "J1", "=H1*I1", 461.25)

cf.save(wb, "ledgers-en-ca-apparelsales.xlsx")
