"""
Shape of vaishaliyadav22/Insurance_analysis "Insurance Data.xlsx": an Indian insurance broker's
branch workbook (Ahmedabad) built from CRM exports for a performance analysis, thirteen sheets,
every block an Excel table. The client names are already masked in the source (codes such as
"A", "BB", "DDD", one first name, two lower-case letters).

- "brokerage_202001231040" (export as downloaded, table Table1) and "brokerage" (the same 961
  lines in another order, Table1_1): client_name / policy_number / policy_status /
  policy_start_date / policy_end_date / product_group / Account Id / Account Exe ID /
  branch_name / solution_group / income_class / Amount / income_due_date /
  revenue_transaction_type / renewal_status / lapse_reason / last_updated_date. One line per
  brokerage income: 34 clients (3 to 221 lines each), 572 policy numbers (a policy repeats for
  endorsements and instalments) written every way: text with spaces or slashes, integers,
  numbers too long for Excel kept as floats (2.4142027811737e+18), text with a literal leading
  apostrophe; Active / Inactive; dates m/d/yy h:mm; "Account Id" holds the salesperson number
  and "Account Exe ID" the account executive's name; revenue type "Brokerage" and "Brokerage "
  with a trailing space; lapse reasons "OTHR â€“ Other" with the en dash garbled.
- "fees_202001231041" / "fees": nine fee lines (client_name … Salesperson ID / Account
  Executive … Amount / income_due_date / revenue_transaction_type "Fees").
- "NN+EN+EE Indi bdgt -20012020 " (trailing space): the sales staff's budgets as a table whose
  header row is Column1…Column7, the real header (Branch / Sales person ID / Employee Name /
  New Role2 / New Budget / Cross sell bugdet / Renewal Budget) its first data row, column A
  empty; "Individual Budgets": the same with the real header.
- "invoice_202001231041" / "invoice": 204 invoices (invoice_number / invoice_date /
  revenue_transaction_type / branch_name / solution_group / Account Exe ID / Account Executive
  / income_class / client_name / policy_number / Amount / income_due_date), one client who
  has no brokerage line.
- "meeting_list_202001231041" (Column1…Column5 header, real header below) / "meeting list":
  34 meetings of account executives with colleagues of the global network (global_attendees a
  name, two names or "-"), no client named.
- "gcrm_opportunity_202001231041" / "opportunity": 49 opportunities (opportunity_name such as
  "EL-Group Mediclaim" = client initials + cover, or a cover alone / OPP… id / Account Exe Id /
  Account Executive / premium_amount / revenue_amount / closing_date / stage / branch /
  specialty / product_group / product_sub_group / risk_details), "&amp;" double-escaped.
- "Sheet3": pivot values and formulas: invoice amount by income class, achievement vs target
  budget with percentages, fees and brokerage by class, meetings per executive and per year,
  invoices per executive by class.
Values invented.
"""
import datetime

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("policies-en-in-brokerbook")
D = datetime.datetime
DT = "m/d/yy h:mm"
UPDATED = D(2020, 1, 22)

EXECS = [(1, "Harsh"), (2, "Kunal Mehta"), (3, "Rohit Desai"), (4, "Samuel"), (5, "Rina"), (6, "Tarun Shah"),
         (8, "Pankaj Rao"), (9, "Nikhil Joshi"), (10, "Peter"), (11, "Suresh Yadav"), (12, "Pooja Trivedi"),
         (13, "Aman Patel")]
EXEC = dict(EXECS)
INVOICE_EXECS = ["Harsh", "Aman Patel", "Gaurav Bhatt", "Meera Parikh", "Ishaan Kapoor", "Peter", "Deepak Kulkarni",
                 "Ritu Khanna", "Sneha Vora", "Rohit Desai", "Kunal Mehta"]
CLIENTS = ([("DDD", 221), ("LAP", 180), ("XYZ", 170), ("EE", 90), ("KLM", 62), ("SRE", 52), ("ZZ", 48), ("BB", 31),
            ("TT", 29), ("J", 10), ("V", 10), ("I", 8)]
           + [(c, n) for c, n in zip(["A", "B", "C", "D", "E", "F", "G", "H", "K", "L", "M", "N", "O", "P", "R", "S",
                                       "T", "U", "AA", "Rohan", "o", "q"],
                                      [4, 2, 2, 2, 4, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 4])])
assert len(CLIENTS) == 34
PRODUCTS = [("Engineering", "Construction, Power & Infrastructure"), ("Miscellaneous", "Small Medium Enterpries (SME)"),
            ("Fire", "Property / BI"), ("Liability", "Liability"), ("Liability", "Global Client Network (GNB Inward)"),
            ("Employee Benefits", "Employee Benefits (EB)"), ("Marine", "Marine"), ("Miscellaneous", "Construction, Power & Infrastructure"),
            ("Engineering", "Emerging Corporates Group (ECG)"), ("Fire", "Global Client Network (GNB Inward)")]
LAPSES = ["OTHR â€“ Other", "GMAN â€“ Global Mandate", "NOLN - No Longer Needed", "MERC â€“ Merged with new combined policy",
          "DRCT - Direct", "PRIC â€“ Price", "SERV â€“ Service", "COMP - Competition"]


def policy_number():
    style = f.r.random()
    if style < 0.22:
        return f"'{f.r.randrange(10**19, 10**20)}"
    if style < 0.38:
        return float(f"{f.r.randrange(1000, 9999)}{f.r.randrange(10**14, 10**15)}")
    if style < 0.52:
        return f.r.randrange(10**6, 10**10)
    if style < 0.66:
        return f"{f.r.randrange(1000, 9999)} {f.r.randrange(1000, 9999)} {f.r.randrange(1000, 9999)} {f.r.randrange(1000, 9999)} 000"
    if style < 0.8:
        return f"{f.r.randrange(1000, 9999)}/{f.pick(['E/', ''])}{f.r.randrange(10**7, 10**9)}/{f.r.randrange(0, 4):02d}/000"
    if style < 0.9:
        return f"OG-{f.r.randrange(18, 21)}-{f.r.randrange(1000, 9999)}-{f.r.randrange(1000, 9999)}-{f.r.randrange(10**7, 10**8):08d}"
    return f"{f.r.randrange(10**9, 10**10):010d} {f.r.randrange(0, 4):02d}"


# brokerage lines: each client's policies, each policy on one or more lines
lines = []
policy_count = 0
for client, n in CLIENTS:
    left = n
    while left:
        k = min(left, f.pick([1, 1, 1, 1, 2, 2, 3, 4]) if n > 10 else 1)
        left -= k
        policy_count += 1
        number = policy_number()
        start = D(2017, 4, 1) + datetime.timedelta(days=f.r.randrange(0, 1000))
        end = start + datetime.timedelta(days=364)
        group, solution = f.pick(PRODUCTS)
        acct = f.pick(EXECS)
        status = "Active" if f.chance(0.76) else "Inactive"
        for j in range(k):
            renewal = "Inception" if j == 0 else f.pick(["Endorsement", "Renewal", "Endorsement"])
            if status == "Inactive" and f.chance(0.25):
                renewal = "Lapse"
            lines.append([client, number, status, start, end, group, acct[0], acct[1], "Ahmedabad", solution,
                          None if f.chance(0.001) else f.pick(["Renewal", "Cross Sell", "Renewal", "Cross Sell", "New"]),
                          None if f.chance(0.015) else (round(f.r.uniform(60, 95000), 2) if f.chance(0.7) else f.r.randrange(50, 90000)),
                          None if f.chance(0.006) else start + datetime.timedelta(days=30 * j),
                          "Brokerage " if f.chance(0.076) else "Brokerage", renewal,
                          f.pick(LAPSES) if renewal == "Lapse" or (status == "Inactive" and f.chance(0.1)) else None,
                          UPDATED])
BROKERAGE_HEAD = ["client_name", "policy_number", "policy_status", "policy_start_date", "policy_end_date", "product_group",
                  "Account Id", "Account Exe ID", "branch_name", "solution_group", "income_class", "Amount", "income_due_date",
                  "revenue_transaction_type", "renewal_status", "lapse_reason", "last_updated_date"]
FEES = [("A", "Construction, Power & Infrastructure", 3, "Cross Sell", 139240, D(2019, 7, 17)),
        ("A", "Construction, Power & Infrastructure", 3, "Cross Sell", 139240, D(2019, 1, 21)),
        ("B", "GL Client Network (GNB Inward)", 1, "Renewal", 2200, D(2019, 12, 20)),
        ("C", "GL Client Network (GNB Inward)", 1, "Renewal", 4500, D(2019, 1, 25)),
        ("D", "Construction, Power & Infrastructure", 3, "Cross Sell", 118000, D(2019, 3, 15)),
        ("E", "GL Client Network (GNB Inward)", 1, "Renewal", 2800, D(2019, 5, 28)),
        ("F", "GL Client Network (GNB Inward)", 1, "Renewal", 3241, D(2019, 1, 25)),
        ("G", "Liability", 2, "New", 100000, D(2019, 4, 10)),
        ("H", "GL Client Network (GNB Inward)", 1, "Renewal", 5310, D(2019, 12, 6))]
FEES_HEAD = ["client_name", "branch_name", "solution_group", "Salesperson ID", "Account Executive", "income_class",
             "Amount", "income_due_date", "revenue_transaction_type"]
BUDGET_HEAD = ["Branch", "Sales person ID", "Employee Name", "New Role2", "New Budget", "Cross sell bugdet", "Renewal Budget"]
ROLES = ["Hunter & Farmer", "Servicer", "Servicer", "BH", "Hunter & Farmer", "Servicer Claims", "Hunter & Farmer",
         "Hunter & Farmer", "Servicer", "Farmer & Servicer"]
budgets = [["Ahmedabad", i, n, role, f.r.randrange(12000, 13000000), f.r.randrange(120000, 12500000), f.r.randrange(12000, 5100000)]
           for (i, n), role in zip([e for e in EXECS if e[0] not in (11, 12)], ROLES)]
INVOICE_HEAD = ["invoice_number", "invoice_date", "revenue_transaction_type", "branch_name", "solution_group",
                "Account Exe ID", "Account Executive", "income_class", "client_name", "policy_number", "Amount", "income_due_date"]
invoices = []
numbers = [l for l in lines]
for k in range(204):
    date = D(2019, 4, 1) + datetime.timedelta(days=f.r.randrange(0, 290))
    src = f.pick(numbers)
    client, number = (src[0], src[1]) if f.chance(0.9) else ("W", f"H00{f.r.randrange(10000, 99999)}")
    if isinstance(number, float) or f.chance(0.1):
        number = None if f.chance(0.3) else f"'{f.r.randrange(10**9, 10**10)}"
    invoices.append([1900001000 + k * 3 if date.year == 2019 else 2000001000 + k * 3, date, f.pick(["Brokerage", "Brokerage", "Fees"]),
                     "Ahmedabad", f.pick(PRODUCTS)[1], f.pick([None, 0, 1, 3, 13, 10]), f.pick(INVOICE_EXECS),
                     f.pick(["Renewal", "Cross Sell", "New", "-"]), client, number, f.r.randrange(60, 150000),
                     date - datetime.timedelta(days=f.r.randrange(1, 200))])
MEETING_HEAD = ["Account Exe ID", "Account Executive", "branch_name", "global_attendees", "meeting_date"]
ATTENDEES = ["Usha K", "Usha K", "Usha K", "Surya", "Kiran Bose", "Kiran Bose", "Manoj", "Lata", "Vishal R, Kiran Bose",
             "Vishal R, Anita P", "Vishal R", "Vishal R", "Gopal M", "Devika", "Ashok", "Nitin", "Ravi", "-", "-", "-"]
meetings = []
for k in range(34):
    i, name = f.pick([e for e in EXECS if e[0] not in (5, 8, 13)])
    meetings.append([i, name, "Ahmedabad", f.pick(ATTENDEES),
                     D(2019, 10, 17) if k < 3 else D(2020, 1, 2) + datetime.timedelta(days=f.r.randrange(0, 21))])
OPP_HEAD = ["opportunity_name", "opportunity_id", "Account Exe Id", "Account Executive", "premium_amount", "revenue_amount",
            "closing_date", "stage", "branch", "specialty", "product_group", "product_sub_group", "risk_details"]
COVERS = [("Group Mediclaim", "Employee Benefits (EB)", "Employee Benefits", "Mediclaim", "Group Medical"),
          ("GMC", "Employee Benefits (EB)", "Employee Benefits", "Mediclaim", "Group Medical"),
          ("GPA", "Employee Benefits (EB)", "Employee Benefits", "Mediclaim", "Group Personal Accident"),
          ("Marine", "Marine", "Marine", "Marine Hull", "Charterers' Liability Policy"),
          ("CGL", "Liability", "Liability", "Financial Lines", "Commercial General Liability"),
          ("Cyber Liability", "Liability", "Liability", "Financial Lines", "Cyber Liability Insurance"),
          ("D & O", "Liability", "Liability", "Financial Lines", "Director &amp; Officers / Management  Liability"),
          ("PDBI", "Property / BI", "Fire", "Constructions &amp; Infrastructure", "Fire &amp; Special Perils"),
          ("CAR", "Construction, Power & Infrastructure", "Engineering", "Engineering", "Contractors All Risk"),
          ("Credit Insurance", "Trade Credit &amp; Political Risk", "Miscellaneous", "Miscellaneous", "Trade Credit Insurance"),
          ("Terrorism Policy", "Crises Mgmt / Terr / Political Risks / K&amp;R", "Terrorism", "Political Risks",
           "SABOTAGE &amp; TERRORISM &amp; Political Violence")]
SEPS = ["-", " - ", "- ", " -", " ", "-", "", " -  "]
opps = []
for k in range(49):
    cover = f.pick(COVERS)
    initials = f.pick(["EL", "AL", "BL", "II", "PIL", "SGL", "Kesar", "VS.", "G R", "DB", "KB", "EI", "CVP", "Sin", "FM",
                       "Stem", "DS", "BV", "GL", "OP", "BD", "CI", "VS", "ag", "BE", "BC", "CP", "KG", "SI", "GRTC", "Infra"])
    name = cover[0] if f.chance(0.1) else f"{initials}{f.pick(SEPS)}{cover[0]}"
    i, ex = f.pick([e for e in EXECS if e[0] in (1, 3, 6, 10, 12)])
    opps.append([name, f"OPP19{1042 + k * 22:08d}", i, ex, f.pick([0, 0, 0, 200000, 500000, 1000000, 2500000, 4500000, 8000000]),
                 f.pick([10000, 25000, 30000, 50000, 75000, 100000, 100000, 150000, 200000, 300000]),
                 D(2019, 9, 30) + datetime.timedelta(days=30 * f.r.randrange(0, 11)),
                 f.pick(["Qualify Opportunity"] * 8 + ["Negotiate", "Propose Solution"]), "Ahmedabad", *cover[1:]])


def sheet(wb, title, head, rows, table, style, start_col=1, dates=(), column_header=False):
    ws = wb.create_sheet(title)
    r0 = 1
    if column_header:
        for j in range(len(head)):
            ws.cell(1, start_col + j, f"Column{j + 1}")
        r0 = 2
    for j, h in enumerate(head):
        ws.cell(r0, start_col + j, h)
    for i, row in enumerate(rows, start=r0 + 1):
        for j, v in enumerate(row):
            if v is not None:
                c = ws.cell(i, start_col + j, v)
                if j in dates:
                    c.number_format = DT
    first = ws.cell(1, start_col).column_letter
    last = ws.cell(1, start_col + len(head) - 1).column_letter
    t = Table(displayName=table, ref=f"{first}1:{last}{r0 + len(rows)}")
    t.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True)
    ws.add_table(t)
    return ws


wb = workbook()
wb.remove(wb.active)
by_client = sorted(lines, key=lambda l: (l[0].upper(), l[3]))
other_order = sorted(lines, key=lambda l: (l[5], l[0].lower()), reverse=True)
ws = sheet(wb, "brokerage_202001231040", BROKERAGE_HEAD, by_client, "Table1", "TableStyleMedium2", dates=(3, 4, 12, 16))
for col, w in zip("ABCDEFGHIJKLMNOPQ", [13.6, 53.7, 14.2, 17.9, 17.3, 16.2, 12.3, 15.9, 14.9, 31.6, 14.3, 11, 18.6, 25.7, 16, 38.2, 19.1]):
    ws.column_dimensions[col].width = w
sheet(wb, "fees_202001231041", FEES_HEAD, [[c, "Ahmedabad", s, i, EXEC.get(i) if i != 3 else "Vikram Sethi", cls, a, d, "Fees"]
                                          for c, s, i, cls, a, d in FEES], "Table3", "TableStyleMedium2", dates=(7,))
sheet(wb, "NN+EN+EE Indi bdgt -20012020 ", BUDGET_HEAD, budgets, "Table6", "TableStyleMedium2", start_col=2, column_header=True)
sheet(wb, "invoice_202001231041", INVOICE_HEAD, invoices, "Table8", "TableStyleMedium2", dates=(1, 11))
sheet(wb, "meeting_list_202001231041", MEETING_HEAD, meetings, "Table10", "TableStyleMedium2", dates=(4,), column_header=True)
sheet(wb, "gcrm_opportunity_202001231041", OPP_HEAD, opps, "Table12", "TableStyleMedium2", dates=(6,))
ws = sheet(wb, "brokerage", BROKERAGE_HEAD, other_order, "Table1_1", "TableStyleMedium7", dates=(3, 4, 12, 16))
sheet(wb, "fees", FEES_HEAD, [[c, "Ahmedabad", s, i, EXEC.get(i) if i != 3 else "Vikram Sethi", cls, a, d, "Fees"]
                              for c, s, i, cls, a, d in FEES], "Table3_1", "TableStyleMedium7", dates=(7,))
sheet(wb, "invoice", INVOICE_HEAD, sorted(invoices, key=lambda r: r[6]), "Table8_1", "TableStyleMedium7", dates=(1, 11))
sheet(wb, "Individual Budgets", BUDGET_HEAD, budgets, "Table6_1", "TableStyleMedium7")
sheet(wb, "meeting list", MEETING_HEAD, sorted(meetings, key=lambda r: r[3], reverse=True), "Table10_1", "TableStyleMedium7", dates=(4,))
sheet(wb, "opportunity", OPP_HEAD, opps, "Table12_1", "TableStyleMedium7", dates=(6,))

# Sheet3: pivot values and formulas
s3 = wb.create_sheet("Sheet3")
s3.merge_cells("B2:C2")
s3["B2"], s3["E2"], s3["H2"] = "INVOICE", "Achievement", "TARGET BUDGET"
s3["B3"], s3["C3"] = "Row Labels", "Sum of Amount"
classes = ["Cross Sell", "New", "Renewal"]
for k, cls in enumerate(classes):
    s3.cell(4 + k, 2, cls)
    s3.cell(4 + k, 3, sum(r[10] for r in invoices if r[7] == cls))
    s3.cell(3 + k, 5, cls)
    s3.cell(3 + k, 6, f"=SUM($C${22 + k},$F${22 + k})")
s3["B7"], s3["C7"] = "Grand Total", sum(r[10] for r in invoices if r[7] in classes)
s3["H3"], s3["I3"], s3["J3"] = "Sum of New Budget", "Sum of Cross sell bugdet", "Sum of Renewal Budget"
s3["H4"], s3["I4"], s3["J4"] = sum(b[4] for b in budgets), sum(b[5] for b in budgets), sum(b[6] for b in budgets)
s3["H7"] = "Percentage of Achievement for Placed and Invoice"
for rng in ("H9:H10", "I9:I10", "H12:H13", "I12:I13"):
    s3.merge_cells(rng)
s3["H9"], s3["I9"], s3["H12"], s3["I12"], s3["H15"], s3["I15"] = "=F3/I4", "=C4/I4", "=F4/H4", "=C5/H4", "=F5/J4", "=C6/J4"
for k, (cls, target, achieve, invoice) in enumerate([("Cross Sell", "=I4", "=F3", "=C4"), ("New", "=H4", "=F4", "=C5"),
                                                     ("Renewal", "=J4", "=F5", "=C6")]):
    base = 3 + 6 * k if k else 3
    base = [3, 9, 15][k]
    s3.cell(base, 12, cls)
    for j, (label, v) in enumerate((("Target", target), ("Achieve", achieve), ("Invoice", invoice)), start=1):
        s3.cell(base + j, 12, label)
        s3.cell(base + j, 13, v)
s3["B20"], s3["E20"] = "FEES", "BROKERAGE"
s3["B21"], s3["C21"], s3["E21"], s3["F21"] = "Row Labels", "Sum of Amount", "Row Labels", "Sum of Amount"
for k, cls in enumerate(classes):
    s3.cell(22 + k, 2, cls)
    s3.cell(22 + k, 3, sum(a for c, s, i, c2, a, d in FEES if c2 == cls))
    s3.cell(22 + k, 5, cls)
    s3.cell(22 + k, 6, round(sum(l[11] or 0 for l in lines if l[10] == cls), 2))
s3["B25"], s3["C25"] = "Grand Total", sum(x[4] for x in FEES)
s3["E25"], s3["F25"] = "Grand Total", round(sum(l[11] or 0 for l in lines if l[10] in classes), 2)
s3["B29"], s3["C29"] = "Row Labels", "Count of meeting_date"
per_exec = {}
for m in meetings:
    per_exec[m[1]] = per_exec.get(m[1], 0) + 1
row = 30
for name, n in sorted(per_exec.items(), key=lambda kv: kv[1]):
    s3.cell(row, 2, name)
    s3.cell(row, 3, n)
    row += 1
s3.cell(row, 2, "Grand Total")
s3.cell(row, 3, len(meetings))
row += 3
s3.cell(row, 2, "Row Labels")
s3.cell(row, 3, "Count of Account Executive")
s3.cell(row + 1, 2, "2019"), s3.cell(row + 1, 3, 3)
s3.cell(row + 2, 2, "2020"), s3.cell(row + 2, 3, 31)
s3.cell(row + 3, 2, "Grand Total"), s3.cell(row + 3, 3, 34)
row += 5
s3.cell(row, 2, "YEARLY MEETING COUNT")
s3.cell(row + 1, 2, 2019), s3.cell(row + 1, 3, 2020)
s3.cell(row + 2, 2, 3), s3.cell(row + 2, 3, 31)
row += 5
s3.cell(row, 2, "Count of income_due_date")
s3.cell(row, 3, "Column Labels")
cols = ["-", "Cross Sell", "New", "Renewal"]
s3.cell(row + 1, 2, "Row Labels")
for j, c in enumerate(cols + ["Grand Total"]):
    s3.cell(row + 1, 3 + j, c)
r = row + 2
for name in sorted(set(x[6] for x in invoices), reverse=True):
    total = 0
    for j, c in enumerate(cols):
        n = sum(1 for x in invoices if x[6] == name and x[7] == c)
        if n:
            s3.cell(r, 3 + j, n)
        total += n
    s3.cell(r, 2, name)
    s3.cell(r, 7, total)
    r += 1
s3.cell(r, 2, "Grand Total")
for j, c in enumerate(cols):
    s3.cell(r, 3 + j, sum(1 for x in invoices if x[7] == c))
s3.cell(r, 7, len(invoices))

save(wb, "policies-en-in-brokerbook.xlsx")
print(len(lines), policy_count)
