"""
Shape of AnoushkaSundar/AR_Aging_Documentation_Website "AR Aging.xlsx": an Indian crushing and
screening equipment maker's accounts-receivable ageing extract (ERP report AURRSGLBF0170) as its
credit controller keeps it in Excel. One sheet named after the report; a side legend of customer
types in AF1:AF4 above the table, a row 5 with a SUBTOTAL of the outstanding column, the legend's
own entry and the run date, stray single spaces in N5 and W5; the header in row 6 under an
autofilter (A6:AU1634), 47 columns of ERP names (Entity, GL_Account, Segment twice, Origacct and
Customer_Number the same account number, SalesmanName and its code, Payment_Terms like D(60),
Credit_Limit, AvailableCreditLimit, Customer_Name, document refs and dates, amounts, Overdue days,
Bucket '01 <1'…'07 >366', Region, Dealer ('Dealer' or '#N/A'), two formula columns COMB and
Sumifs, an empty Dr/Cr). One row per open invoice or advance, 1,628 rows sorted by customer name;
145 customers, a few under several account numbers (one group under seven), the big ones on a
hundred rows and more, sometimes with two salesmen. Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, workbook, CachedFormulas, FIRST_IN, LAST_IN

f = Fake("receivables-en-in-ageing")

WORDS = ["SHREE", "OM SAI", "GANESH", "BALAJI", "MAHALAXMI", "KRISHNA", "SIDDHI", "SAPTHAGIRI", "NAVKAR",
         "VINAYAKA", "ARIHANT", "JAYDEEP", "TRIVENI", "SURYA", "RAJDHANI", "KAVERI", "NARMADA", "ANNAPURNA",
         "SHIVSHAKTI", "PADMAVATI", "VAISHNAVI", "GAYATRI", "MAHAVIR", "SAIRAM", "HANUMAN", "BHAIRAV",
         "KUBER", "AMBIKA", "DURGA", "GIRIRAJ", "SRINIVASA", "VENKATESWARA", "ANJANEYA", "LAKSHMI", "ADARSH"]
TAILS = ["STONE CRUSHER", "STONE CRUSHERS", "ENTERPRISES", "ASSOCIATES", "INFRA PROJECTS PRIVATE LIMITED",
         "CONSTRUCTIONS PVT LTD", "MINERALS PRIVATE LIMITED", "AGGREGATES", "BLUE METALS", "EARTHMOVERS",
         "INFRASTRUCTURE LIMITED", "BUILDCON PVT LTD", "ENGINEERING WORKS", "AGENCIES", "MINING CORPORATION",
         "QUARRY WORKS", "SOLUTIONS PVT LTD", "TRADERS", "ROADWAYS PRIVATE LIMITED", "CRUSHER & SAND"]
REGIONS = ["South 1", "South 2", "South", "North", "West", "East - Mining", "East - Infra", "Central",
           "North East", "East"]
DIVISIONS = [("CRUSHING SOLUTIONS", "STATAM- Crushing Aftermarket", "STATAM", "AM"),
             ("CRUSHING SOLUTIONS", "STATEQ- Crushing Equipment", "STATEQ", "EQ"),
             ("SCREENING SOLUTIONS", "SPMINAM- Screening Aftermarket", "SPMINAM", "AM"),
             ("SCREENING SOLUTIONS", "SPMINEQ- Screening Equipment", "SPMINEQ", "EQ"),
             ("MOBILECS", "MOBAM- Mobile Aftermarket", "MOBAM", "AM"),
             ("ATTACHMENT", "ATTAM- Attachment Aftermarket", "ATTAM", "AM - Attachment")]
BUCKETS = [(-9999, 0, "01 <1"), (1, 30, "02 1-30"), (31, 60, "03 31-60"), (61, 90, "04 61-90"),
           (91, 180, "05 91-180"), (181, 366, "06 181-366"), (367, 99999, "07 >366")]
RUN = datetime.date(2026, 2, 26)


def salesman_name():
    style = f.r.random()
    first, last = f.pick(FIRST_IN), f.pick(LAST_IN)
    if style < 0.45:
        return f"{first} {last}".upper()
    if style < 0.8:
        return f"{first} {last}"
    return f"{first[0]}. {last} {f.pick(['Kumar', 'Rao', 'Reddy'])}"


salesmen = []
while len(salesmen) < 47:
    s = salesman_name()
    if s not in [x[0] for x in salesmen]:
        salesmen.append((s, f"{f.pick('ABCDE')}{f.r.randrange(1, 99):02d}"))


def company():
    return f._unique(lambda: f"{f.pick(WORDS)} {f.pick(TAILS)}")


# 145 customer names; most with one account number, a few groups under several.
accounts_per_name = [1] * 127 + [2] * 12 + [3] * 3 + [4, 6, 7]
f.r.shuffle(accounts_per_name)
customers = []          # (name, number, salesman, region, terms, limit, available, dealer)
number = 60601500
for k in accounts_per_name:
    name = company()
    for _ in range(k):
        number += f.r.randrange(3, 40)
        sm = f.pick(salesmen)
        customers.append({
            "name": name, "no": number, "salesmen": [sm] + ([f.pick(salesmen)] if f.chance(0.1) else []),
            "region": f.pick(REGIONS), "terms": f.pick(["D(60)"] * 5 + ["D(30)"] * 3 + ["D(0)", "D(90)", "D(45)", "D(360)"]),
            "limit": f.pick([None, 500000, 1000000, 2000000, 2500000, 5000000, 8000000, 15000000, 180000000]),
            "available": round(f.r.uniform(-350000000, 160000000), 2), "dealer": f.chance(0.45),
        })
# How many open items each account has: a few on a hundred rows, most on a handful.
weights = [f.pick([1, 1, 2, 3, 4, 6, 8, 12, 20]) for _ in customers]
for big in f.r.sample(range(len(customers)), 6):
    weights[big] = f.r.randrange(80, 125)
scale = 1628 / sum(weights)
counts = [max(1, round(w * scale)) for w in weights]
while sum(counts) > 1628:
    counts[counts.index(max(counts))] -= 1
while sum(counts) < 1628:
    counts[f.r.randrange(len(counts))] += 1

rows = []
for c, n in zip(customers, counts):
    for _ in range(n):
        div = f.pick(DIVISIONS[:4] * 5 + DIVISIONS[4:])
        doc_date = f.date(datetime.date(2022, 11, 1), datetime.date(2026, 2, 25))
        term = int(c["terms"][2:-1])
        due = doc_date + datetime.timedelta(days=term + f.pick([0, 0, 1, 5]))
        overdue = (RUN - due).days
        bucket = next(b for lo, hi, b in BUCKETS if lo <= overdue <= hi)
        advance = f.chance(0.05)
        goods = round(f.r.uniform(2000, 25000000) * f.pick([0.01, 0.1, 1]), 2)
        vat = 0 if f.chance(0.07) else round(goods * 0.18, 2)
        original = round(goods + vat, 2)
        if advance:
            goods, vat, original = -goods, 0, -goods
        outstanding = original if f.chance(0.7) else round(original * f.r.uniform(0.05, 0.95), 2)
        prod = "" if f.chance(0.07) else f"{f.pick('KELM')}{f.r.randrange(411, 612)}{f.r.randrange(100, 999)}"
        doc = f.pick(["IN ES", "IN ", "UC "]) + str(f.r.randrange(2300000, 20230000))
        sm = f.pick(c["salesmen"])
        rows.append([
            "E8226", f.pick(["1511000000"] * 300 + ["1512000000"]), f.pick(["MS"] * 40 + ["MA", "ME", "10"]),
            f.pick(["9999"] * 30 + ["0020"]), "", str(c["no"]),
            f.pick(["", "", f"PO/{f.r.randrange(100, 999)}/{f.pick(['24-25', '25-26'])}", str(f.r.randrange(4700000000, 4799999999)),
                    f"P.O.No.:{f.r.randrange(4700000000, 4799999999)}", f"WO/{f.r.randrange(1, 99)}/"]),
            f.pick([""] * 7 + ["C00", "N01", "N11", "C03", "N02"]), f"{f.r.randrange(7000000, 7070000)}",
            f.pick(["PU", "PU", "", "", "HY", "KO", "03", "SP"]), f.pick(["01", "05", "05", "01", "10", "02"]),
            f.pick([""] * 10 + ["DOOR DELIVERY", "Part order for stock", "Site supply", "Against PO"]), "",
            prod, sm[0], sm[1], f"{f.pick(['000', '001', '002', '004', 'CH6', 'C03'])}", c["terms"], c["limit"],
            c["available"], "INR", c["name"], c["no"], doc,
            datetime.datetime.combine(doc_date, datetime.time()), datetime.datetime.combine(due, datetime.time()),
            original, goods, vat, outstanding, f"{prod}{doc}", "NE" if f.chance(0.003) else "NL", overdue,
            bucket, "SRP", div[0], div[1],
            "NOT DUE" if overdue < 1 else "TARGETED COLLECTABLE AMOUNT FALLING DUE BY FEB-2026",
            div[3] if not f.chance(0.003) else "AM - Scrap Sales", c["region"],
            "Not Due" if overdue < 1 else "Due", "Dealer" if c["dealer"] else "#N/A", div[2],
            None, None, "Advance" if advance else "AR", None,
        ])
rows.sort(key=lambda r: (r[21], r[22]))

wb = workbook()
ws = wb.active
ws.title = "AURRSGLBF0170 - AR_SRP_ALL"
cf = CachedFormulas()
for i, text in enumerate(["GE - Group Export", "GENTR - Group not to consider", "NE - NonGroup Export",
                          "NG - NonGroup Employee"]):
    ws.cell(1 + i, 32, text)
ws["N5"] = " "
ws["W5"] = " "
first, last = 7, 6 + len(rows)
cf.formula(ws, "AD5", f"=SUBTOTAL(9,AD{first}:AD{last})", round(sum(r[29] for r in rows), 2))
ws["AF5"] = "NL - Local"
ws["AG5"] = datetime.datetime.combine(RUN, datetime.time())
ws["AG5"].number_format = "mm-dd-yy"
header = ["Entity", "GL_Account", "Segment", "GlobalCustomer", "Controller", "Origacct", "PO_Ref", "JobCategory",
          "Order_Nr", "Group_Code", "Customer_Class", "ExternalText", "Nota_Fiscal_Number", "ProductAccount",
          "SalesmanName", "Salesman", "dseq", "Payment_Terms", "Credit_Limit", "AvailableCreditLimit", "ccy",
          "Customer_Name", "Customer_Number", "Document_Ref", "Document_Date", "pduedate", "Original_Amount",
          "Goods_Amount", "VAT_Amount", "Outstanding value", "PA & Doc Ref No.", "Customer Type", "Overdue days",
          "Bucket", "Entity2", "PA/Division", "Profit Center", "Remark", "Segment", "Region", "Classification",
          "Dealer", "PC", "COMB", "Sumifs", "Type", "Dr/Cr"]
for j, h in enumerate(header):
    ws.cell(6, j + 1, h).font = Font(bold=True)
sums = {}
for r in rows:
    sums[(r[42], r[22])] = sums.get((r[42], r[22]), 0) + r[29]
for i, r in enumerate(rows):
    n = first + i
    for j, v in enumerate(r):
        if v is not None:
            ws.cell(n, j + 1, v)
    ws.cell(n, 25).number_format = "mm-dd-yy"
    ws.cell(n, 26).number_format = "mm-dd-yy"
    for col in (27, 28, 29, 30):
        ws.cell(n, col).number_format = '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"??_ ;_ @_ '
    cf.formula(ws, f"AR{n}", f'=W{n}&"."&AQ{n}', f"{r[22]}.{r[42]}")
    cf.formula(ws, f"AS{n}", f"=SUMIFS(AD:AD,AQ:AQ,AQ{n},W:W,W{n})", round(sums[(r[42], r[22])], 2))
ws.auto_filter.ref = f"A6:AU{last}"
ws.column_dimensions["V"].width = 33.9
cf.save(wb, "receivables-en-in-ageing.xlsx")
