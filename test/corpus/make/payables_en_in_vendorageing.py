"""
Shape of Muruli9740/Vendor-Ageing-Report "Ageing Report.xlsx": an Indian accounting trainee's
vendor ageing workbook for a small company (Excel), two sheets.

- "Vendor Aging Report": a pivot placed at B18 under a title merged over B18:I18 ('Sum of Amount' /
  'Column Labels', then 'Row Labels' and the buckets 1-30 days / 31-60 days / 61-90 Days /
  91-120 Days / Above 120 Days / Not due yet / Grand Total), one row per vendor, a Grand Total row.
- "Vendor data": the company's name merged over A1:S1, the header Sl no / Vendor / Transaction /
  GST number / Address / State / Purchase requisition / Purchase Order / GRN No / Invoice number /
  Invoice Date / Due dates / Overdue Days / Date / Status Of invoice / Amount on row 2, fifty bills
  from ten vendors (each vendor's address repeated on every bill, GSTIN for some, PR/PO/GRN
  numbers on goods bills only, expense bills of every kind), due date and overdue days as
  formulas, the report date in a long date format, the bucket by VLOOKUP into a side table in
  U3:V8, some amounts missing, stray flags in Q.
Not client data: every party is a vendor the company owes. Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook

f = Fake("payables-en-in-vendorageing")
cf = CachedFormulas()
VENDORS = ["Axiom Fabrics", "Brightline Traders", "Coreweave Textiles", "Deltaform Engineering", "Everstone Supplies",
           "Fieldmark Agro Foods", "Gridpoint Electricals", "Helix Office Solutions", "Ironleaf Furnishings", "Junoware Systems"]
PLACES = [("Temple Road, Karaikudi, Tamil Nadu 630001", "TAMIL NADU", 33), ("Station Road, Anakapalli, Andhra Pradesh 531001", "ANDHRA PRADESH", 37),
          ("Lake View Colony, Warangal, Telangana 506002", "TELANGANA", 36), ("Market Street, Kottayam, Kerala 686001", "KERALA", 32),
          ("Fort Road, Hubballi, Karnataka 580020", "KARNATAKA", 29), ("Ring Road, Kolhapur, Maharashtra 416003", "MAHARASHTRA", 27),
          ("Civil Lines, Rohtak, Haryana 124001", "HARYANA", 6), ("Mall Road, Ludhiana, Punjab 141001", "PUNJAB", 3),
          ("Park Street, Asansol, West Bengal 713301", "WEST BENGAL", 19)]
BUCKETS = [(0, "Not due yet"), (1, "1-30 days"), (31, "31-60 days"), (61, "61-90 Days"), (91, "91-120 Days"), (121, "Above 120 Days")]
GOODS = ["tee shirts", "Shirts", "Sarees - Shirts", "Desks", "Chairs & tables", "Grain - oats", "Sofa sets - almirahs", "Office Supplies"]
EXPENSES = ["Professional fee ", "Repair & maintenance", "Marketing Exp", "Insurance Premium", "Utility exp", "Bank charges paid",
            "Travel Expenses", "Wages paid", "Rent payment ", "Telephone Bill", "Legal fees payment", "Training Expenses",
            "internet & phone Services", "Website Hosting Payment", "Meals & Entertainment", "Electricty charges paid"]
REPORT = datetime.date(2024, 3, 31)

vendor_info = {}
for v in VENDORS:
    address, state, code = f.pick(PLACES)
    gst = None
    if f.chance(0.3):
        gst = f"{code:02d}AA{''.join(f.pick('ABCDEFGHKLM') for _ in range(3))}{f.r.randrange(1000, 9999)}{f.pick('ABCDE')}1Z{f.pick('1234ZK')}"
    vendor_info[v] = (address, state, gst)

wb = workbook()
pivot = wb.active
pivot.title = "Vendor Aging Report"
data = wb.create_sheet("Vendor data")
data["A1"] = "Ledgerline Consultants PVT LTD"
data.merge_cells("A1:S1")
data.append(["Sl no", "Vendor", "Transaction", "GST number", "Address ", "State", "Purchase requisition", "Purchase Order",
             "GRN No", "Invoice number", "Invoice Date", "Due dates", "Overdue Days", "Date", "Status Of invoice", "Amount"])
bills = []
for i in range(50):
    r = i + 3
    v = VENDORS[i % 7] if i < 24 else f.pick(VENDORS)
    address, state, gst = vendor_info[v]
    goods = f.chance(0.45)
    invoice = f.date(datetime.date(2023, 4, 1), datetime.date(2024, 3, 20))
    due = invoice + datetime.timedelta(days=30)
    overdue = max(0, (REPORT - due).days)
    bucket = [label for low, label in BUCKETS if overdue >= low][-1]
    amount = None if f.chance(0.08) else f.pick([50, 150, 300, 800, 1200, 2000, 4500, 15340, 40000, 96760, 150000, 460200])
    no = f.r.randrange(1000, 9999)
    row = [i + 1, v, f.pick(GOODS if goods else EXPENSES), gst, address, state,
           f"PR-{no}" if goods or f.chance(0.4) else None, f"PO-{f.r.randrange(1000, 9999)}" if goods else None,
           f"GRN-{f.r.randrange(1000, 9999)}-{f.pick(['AB', 'KL', 'FG', 'RS', 'OP'])}" if goods else None, f"INV-{no}",
           datetime.datetime(invoice.year, invoice.month, invoice.day)]
    for c, value in enumerate(row, 1):
        data.cell(r, c, value)
    data.cell(r, 11).number_format = "mm-dd-yy"
    cf.formula(data, f"L{r}", f"=K{r}+30", (due - datetime.date(1899, 12, 30)).days)
    data.cell(r, 12).number_format = "mm-dd-yy"
    cf.formula(data, f"M{r}", f"=IF((N{r}-L{r})<0,0,(N{r}-L{r}))", overdue)
    data.cell(r, 14, datetime.datetime(2024, 3, 31)).number_format = '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy'
    cf.formula(data, f"O{r}", f"=VLOOKUP(M{r},$U$3:$V$8,2,TRUE)", bucket)
    if amount is not None:
        data.cell(r, 16, amount)
    if f.chance(0.45):
        data.cell(r, 17, f.pick([1, 1, 1, 31, 38]))
    bills.append((v, bucket, amount or 0))
for k, (low, label) in enumerate(BUCKETS):
    data.cell(3 + k, 21, low)
    data.cell(3 + k, 22, label)
for col, w in zip("ABCDEFGHIJKLMNOPQ", [7.6, 28.3, 32.7, 18.4, 89.1, 17.6, 21.7, 17.0, 13.7, 17.3, 14.3, 12.1, 15.7, 13.4, 18.3, 10.4, 3.0]):
    data.column_dimensions[col].width = w

order = ["1-30 days", "31-60 days", "61-90 Days", "91-120 Days", "Above 120 Days", "Not due yet"]
pivot["B18"] = "Vendor Aging Report "
pivot.merge_cells("B18:I18")
pivot["B19"], pivot["C19"] = "Sum of Amount", "Column Labels"
pivot["B20"] = "Row Labels"
for j, label in enumerate(order + ["Grand Total"]):
    pivot.cell(20, 3 + j, label)
r = 21
for v in sorted(set(b[0] for b in bills), key=str.lower):
    pivot.cell(r, 2, v)
    for j, label in enumerate(order):
        s = sum(a for vv, bb, a in bills if vv == v and bb == label)
        if any(vv == v and bb == label for vv, bb, _ in bills):
            pivot.cell(r, 3 + j, s)
    pivot.cell(r, 9, sum(a for vv, _, a in bills if vv == v))
    r += 1
pivot.cell(r, 2, "Grand Total")
for j, label in enumerate(order):
    pivot.cell(r, 3 + j, sum(a for _, bb, a in bills if bb == label))
pivot.cell(r, 9, sum(a for _, _, a in bills))
for col, w in zip("ABCDEFGHIJ", [28.3, 28.3, 16.3, 10.1, 10.3, 11.3, 14.9, 11.4, 11.3, 12.1]):
    pivot.column_dimensions[col].width = w

cf.save(wb, "payables-en-in-vendorageing.xlsx")
