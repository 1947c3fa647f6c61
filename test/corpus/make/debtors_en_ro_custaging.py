"""
Shape of danpopaa/excel_automation "debtors.xlsx": a Romanian intralogistics integrator's
customer ageing report exported from Dynamics AX (report CustAging_RO) to Excel, the input of
a small automation that mails debtors. English AX headers, Romanian and foreign customers.

- Sheet "CustAging_RO.Report": header on row 1, frozen below it, no title: Ledger account /
  Customer account / Name / Tax exempt number / Invoice / Voucher / Date / Document date /
  Due date / Days / Amount at historic rate / Amount in transaction currency / Currency /
  Exchange rate / Exchange rate adjustment amount / Amount adjusted / Balance RON / Balance in
  transaction currency / Last foreign currency revaluation adjustment date, two blank header
  cells (narrow report spacer columns T:U), Last settlement, two more blank ones (W:X, W hidden
  at width 0).
- One row per open invoice or credit note: 223 rows, 59 customers, sorted by ledger account
  (411101 domestic, 411102 foreign) then customer account. Customer account a six-digit text
  with leading zeros ("000022"); every text cell stored as text (ledger account too). Tax exempt
  number "RO9641092" for Romanian companies, bare digits or a foreign VAT form for others. The
  big accounts are sister companies of the seller's group abroad (up to 32 rows each), the rest
  Romanian automotive and logistics firms on 1 to 11 rows. Dates with the [$-10409]m/d/yyyy
  format, Days negative when not yet due, amounts in RON and EUR/GBP/USD with a 4-decimal rate,
  credit notes negative, revaluation date only on foreign-currency rows, Last settlement on most.
- Sheet "Sheet1": empty.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("debtors-en-ro-custaging")

RO_WORDS = ["CARPATHIA", "DUNAREA", "MURESUL", "OLTENIA", "BANAT", "TRANSILVA", "SOMES", "CRISANA",
            "ARGES", "BUCOVINA", "DELTA", "CERNA", "BIHOR", "PRAHOVA", "TIMIS", "HARGHITA", "SIRET",
            "VRANCEA", "NEAMT", "VALCEA", "MARAMURES", "TARNAVA", "DOBROGEA", "COTNARI", "RETEZAT"]
RO_TAILS = ["AUTOMOTIVE ROMANIA S.R.L.", "S.A.", "S.R.L.", "SRL", "LOGISTIC S.R.L.", "COMPONENTS SRL",
            "MANUFACTURING S.R.L.", "EXIM S.R.L.", "INDUSTRIES SRL", "SYSTEMS ROMANIA SRL",
            "DISTRIBUTION S.A.", "TECHNOLOGY SERVICES SRL", "PRODUCTION S.R.L."]
GROUP = [("NORDWELL AUTOMATION GMBH - KREMS (AT)", "EUR"), ("NORDWELL SYSTEMS LIMITED UK", "GBP"),
         ("NORDWELL AUTOMATION GMBH - LAHR (DE)", "EUR"), ("NORDWELL IT SOLUTIONS GMBH - AUSTRIA", "EUR"),
         ("NORDWELL CANADA STORAGE SYSTEMS LTD", "EUR"), ("NORDWELL S.R.O. - CEHIA", "EUR"),
         ("OOO ''NORDWELL'' RUSIA", "EUR"), ("NORDWELL SYSTEMS INTERNATIONAL INC.US", "USD"),
         ("NORDWELL GMBH STEYR", "EUR"), ("NORDWELL BV OLANDA", "EUR"),
         ("NORDWELL SYSTEMS INTERNATIONAL PTY LTD AU", "EUR"), ("NORDWELL SYSTEMS DWC LLC DUBAI", "EUR")]
FOREIGN = [("VALDORA S.P.A.", "EUR", "0{:010d}"), ("KESTREL LOGISTIK KFT", "EUR", "HU{:08d}"),
           ("BRANIK ELECTRIC AD", "EUR", "BG{:09d}")]

customers = []   # (ledger, name, tax, currency, rows)
ro_counts = [11, 10, 7, 6, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2] + [1] * 19
for n in ro_counts:
    name = f._unique(lambda: f"{f.pick(RO_WORDS)} {f.pick(RO_TAILS)}")
    customers.append(("411101", name, f"RO{f.r.randrange(1000000, 45000000)}", "RON", n))
group_counts = [32, 24, 15, 7, 7, 6, 5, 3, 3, 2, 2, 2]
for (name, cur), n in zip(GROUP, group_counts):
    customers.append(("411102", name, f.pick([f"ATU{f.r.randrange(10000000, 99999999)}", f"{f.r.randrange(100000000, 999999999)}",
                                               f"DE{f.r.randrange(100000000, 999999999)}"]), cur, n))
for (name, cur, fmt), n in zip(FOREIGN, [9, 4, 2]):
    customers.append(("411102", name, fmt.format(f.r.randrange(10 ** 7, 10 ** 8)), cur, n))
# A few more domestic firms billed in EUR on the foreign ledger.
for n in [3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]:
    name = f._unique(lambda: f"{f.pick(RO_WORDS)} {f.pick(RO_TAILS)}")
    customers.append(("411102", name, f"RO{f.r.randrange(1000000, 45000000)}", "EUR", n))
assert len(customers) == 59 and sum(c[4] for c in customers) == 223, (len(customers), sum(c[4] for c in customers))

accounts = sorted(f.r.sample(range(10, 420), len(customers)))
f.r.shuffle(accounts)
rows = []
RUN = datetime.date(2022, 6, 1)
inv_no = [22200, 21000, 23900]
for (ledger, name, tax, cur, n), acc in zip(customers, accounts):
    for _ in range(n):
        d = f.date(datetime.date(2021, 5, 1), datetime.date(2022, 5, 31))
        doc = d if f.chance(0.9) else d - datetime.timedelta(days=30)
        due = doc + datetime.timedelta(days=f.pick([30, 30, 30, 60, 45]))
        days = (RUN - due).days
        credit = f.chance(0.08)
        tx = round(f.r.uniform(150, 70000) * (-1 if credit else 1), f.pick([0, 2, 2, 2]))
        if cur == "RON":
            rate, hist, adj, reval = 1, tx, 0, None
        else:
            rate = {"EUR": f.r.uniform(4.93, 4.96), "GBP": f.r.uniform(5.75, 5.85), "USD": f.r.uniform(4.55, 4.70)}[cur]
            hist = round(tx * rate, 2)
            adj = round(f.r.uniform(-700, 700), 2) if f.chance(0.7) else round(f.r.uniform(-20, 20), 2)
            reval = datetime.datetime(2022, 5, 31)
        adjusted = round(hist + adj, 2)
        series = f.pick(["SSB/F/", "SS/FF/", "SS/"])
        inv_no[0] += f.r.randrange(1, 9)
        settle = None if f.chance(0.3) else datetime.datetime.combine(f.date(datetime.date(2022, 5, 2), datetime.date(2022, 6, 10)), datetime.time())
        rows.append([ledger, f"{acc:06d}", name, tax, f"{series}{inv_no[0]}",
                     f"sro-{f.pick(['3000', '4000'])}{f.r.randrange(1000, 9999)}",
                     datetime.datetime.combine(d, datetime.time()), datetime.datetime.combine(doc, datetime.time()),
                     datetime.datetime.combine(due, datetime.time()), days, hist, tx, cur, rate, adj, adjusted,
                     adjusted, tx, reval, None, None, settle, None, None])
rows.sort(key=lambda r: (r[0], r[1]))

wb = workbook()
ws = wb.active
ws.title = "CustAging_RO.Report"
ws.append(["Ledger account", "Customer account", "Name", "Tax exempt number", "Invoice", "Voucher", "Date",
           "Document date", "Due date", "Days", "Amount at historic rate", "Amount in transaction currency",
           "Currency", "Exchange rate", "Exchange rate adjustment amount", "Amount adjusted", "Balance RON",
           "Balance in transaction currency", "Last foreign currency revaluation adjustment date", None, None,
           "Last settlement", None, None])
for c in ws[1]:
    if c.value:
        c.font = Font(bold=True)
DATE = "[$-10409]m/d/yyyy"
AMT1 = "[$-10409]#,##0.00\\ \\ \\ \\ \\ \\ \\ \\ \\ \\ ;#,##0.00;0.00"
AMT2 = "[$-10409]#,##0.00;\\-#,##0.00;0.00"
for r in rows:
    ws.append(r)
    i = ws.max_row
    for col in "GHIV":
        ws[f"{col}{i}"].number_format = DATE
    ws[f"S{i}"].number_format = DATE
    ws[f"J{i}"].number_format = "[$-10409]#;\\-#;0"
    ws[f"K{i}"].number_format = AMT1
    ws[f"L{i}"].number_format = AMT1
    ws[f"N{i}"].number_format = "[$-10409]0.0000"
    for col in "OPQR":
        ws[f"{col}{i}"].number_format = AMT2
ws.freeze_panes = "A2"
for col, w in (("A", 20.55), ("B", 7.1), ("C", 37.2), ("D", 12.1), ("E", 20.55), ("J", 13.66), ("K", 20.55),
               ("M", 13.66), ("O", 20.55), ("R", 18), ("S", 2.44), ("T", 2.89), ("U", 18), ("V", 2.55), ("W", 0), ("X", 18)):
    ws.column_dimensions[col].width = w
ws.column_dimensions["W"].hidden = True
wb.create_sheet("Sheet1")

save(wb, "debtors-en-ro-custaging.xlsx")
