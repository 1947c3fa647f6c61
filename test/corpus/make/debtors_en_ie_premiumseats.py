"""
Shape of magsmurphy/UCDPA_MargaretMurphy "Debtors.xlsx" (commit fb27b1b4c413fbc139cd3cb66dc8adbce57c4665):
an Irish stadium's premium-seat debtors workbook (a UCD Professional Academy project on real-looking
ticketing and finance-system extracts), made in Excel. Three sheets, header on row 1 of each:

- "Scheduled": a finance system's payment schedules — SCHEDULE NUMBER ("SCHED0000682") / DOCNUMBR
  ("SCHED0000682001") / Schedule Payment Number / CUSTNMBR (a six-digit customer number) / PAYMENT,
  INTEREST, PRINCIPAL AMOUNT / PRINCIPAL BALANCE (accounting format) / DUEDATE and DOCDATE as
  =DATE(…) formulas shown mm-dd-yy / Status (1 or 3) / MARKED ("No"); a customer has one or more
  schedules of 2–10 yearly instalments (1,862 rows there; capped at about 300 here);
- "Upfront": the ticketing system's seat orders paid up front — acct_id, active, price_code ("3HY",
  "10M"), purchase/paid/report_owed amounts, event_name RENEWALS, section, row, first and last seat,
  a "seat no." =CONCATENATE formula, num_seats, order number and line, item type, "Premium Seat
  Renewals", info ("RENEWALS 503/D/5-6"), reserved flags, purchase_date, ledger GEN, privacy columns;
  207 rows, then a blank row and a =SUM of the owed amounts;
- "Current": Customer Number / Customer Balance, 53 customers.

Every number, code and date invented. No names, contacts or addresses anywhere: accounts receivable
by customer number. A person imports nothing.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("debtors-en-ie-premiumseats")
ACC = '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-'

wb = workbook()
ws = wb.active
ws.title = "Scheduled"
ws.append(["SCHEDULE NUMBER", "DOCNUMBR", "Schedule Payment Number", "CUSTNMBR", "PAYMENT AMOUNT", "INTEREST AMOUNT",
           "PRINCIPAL AMOUNT", "PRINCIPAL BALANCE", "DUEDATE", "DOCDATE", "Status", "MARKED"])
customers = sorted(f.r.sample(range(100020, 199999), 95))
row = 2
sched = 560
while row < 300:
    cust = customers[(row * 7) % len(customers)] if row > 2 else customers[0]
    for _ in range(f.pick([1, 1, 2])):
        sched += f.r.randint(1, 30)
        n = f.pick([2, 2, 2, 3, 5, 10])
        instal = f.pick([3000, 3400, 6000, 6800, 12000, 17500, 35100])
        balance = instal * n
        year = f.r.randint(2014, 2021)
        month, day = f.pick([(1, 31), (8, 22), (11, 30), (12, 31), (2, 28)])
        status = 3 if f.chance(0.1) else 1
        for k in range(1, n + 1):
            balance -= instal
            code = f"SCHED{sched:07d}"
            ws.append([code, f"{code}{k:03d}", k, cust, instal, 0, instal, balance,
                       f"=DATE({year + k - 1},{month},{day})", f"=DATE({year + k - 1},{month},{day})", status, "No"])
            for c in "EFGH":
                ws[f"{c}{row}"].number_format = ACC
            ws[f"I{row}"].number_format = "mm-dd-yy"
            ws[f"J{row}"].number_format = "mm-dd-yy"
            ws[f"C{row}"].number_format = "0"
            ws[f"K{row}"].number_format = "0"
            row += 1
for col, w in zip("ABCDEFGHIJKL", (30.8, 22, 38.5, 20.9, 34.6, 34, 35.5, 35.3, 18.7, 19.3, 14.7, 17.9)):
    ws.column_dimensions[col].width = w

wu = wb.create_sheet("Upfront")
wu.append(["acct_id", "active", "price_code", "purchase_amount", "paid_amount", "report_owed_amount", "event_name",
           "section_name", "row_name", "seat_num", "last_seat", "seat no.", "num_seats", "order_num", "order_line_item",
           "order_line_item_seq", "item_type", "item_name_long", "info", "reserved_ind", "reserved_desc", "purchase_date",
           "ledger_code", "privacy_restrict", "privacy_opt_out"])
PRICES = {"3HY": 5000, "3DY": 8000, "3M": 5500, "5M": 8250, "10M": 13500, "5HY": 7500}
accounts = sorted(f.r.sample(range(100300, 509999), 170))
r = 2
for acct in accounts:
    for _ in range(f.pick([1, 1, 1, 1, 2])):
        if r > 208:
            break
        code = f.pick(list(PRICES))
        first = f.r.randint(1, 20)
        seats = f.pick([1, 2, 2, 2, 3, 4, 5])
        purchase = PRICES[code] * seats
        paid = f.pick([0, 0, 0, round(purchase * 0.24), round(purchase / 3), round(purchase * 0.4)])
        section, row_name = f.r.randint(501, 536), f.pick("ABCDEFGH")
        reserved = f.pick(["S", "S", "N"])
        wu.append([acct, "Y", code, purchase, paid, purchase - paid, "RENEWALS", section, row_name, first,
                   first + seats - 1, f'=CONCATENATE(H{r},"\\",I{r},"\\",J{r},"-",K{r})', seats,
                   f.r.randint(494000, 560000), f.pick([1, 1, 1, 2, 3]), 1, "E", "Premium Seat Renewals",
                   f"RENEWALS {section}/{row_name}/{first}-{first + seats - 1}", reserved,
                   "Was Reserved" if reserved == "S" else "Not Reserved",
                   datetime.datetime(2021, f.pick([1, 4, 11, 11, 12]), f.r.randint(1, 28)), "GEN", None,
                   "N" if f.chance(0.8) else None])
        for c in "DEF":
            wu[f"{c}{r}"].number_format = ACC
        wu[f"V{r}"].number_format = "mm-dd-yy"
        r += 1
wu.cell(r + 1, 6, f"=SUM(F2:F{r - 1})").number_format = ACC
for col, w in zip("DEFV", (11.1, 10.1, 12.6, 14.7)):
    wu.column_dimensions[col].width = w

wc = wb.create_sheet("Current")
wc.append(["Customer Number", "Customer Balance"])
for n, cust in enumerate(sorted(f.r.sample(range(103000, 199999), 53))):
    wc.append([cust, f.pick([1850, 2300, 2634, 3200, 3960, 5400, 12100, 17940]) + f.r.randint(0, 20) * 10])
    wc.cell(n + 2, 2).number_format = ACC
wc.column_dimensions["B"].width = 15.1
save(wb, "debtors-en-ie-premiumseats.xlsx")
