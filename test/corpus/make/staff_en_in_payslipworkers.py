"""
Shape of Dhayalan24/go-green-payslip "employees.xlsx" (commit f4c71dc95c82dac8c5845ed99b1b86328fdd5df1):
the worker list an Andhra Pradesh manpower contractor's payslip generator reads (pandas-written,
then edited in Excel).

- One sheet "Sheet1": emp_id / name / category / basic / da / uan / esic / doj / bank / account /
  wc_no; 37 workers.
- Ids "GG003" … "GG070" with gaps, in order but for four appended at the bottom (one of them a
  worker already listed, typed again); names in capitals, surname first, double spaces inside some
  and a trailing space; category Unskilled / Semi-Skilled / Skilled / Manager with the basic and
  DA fixed per category; the 12-digit provident-fund UAN and 10-digit ESIC number as numbers (two
  as "….0" text, one UAN missing, no ESIC for the managers); the joining date as a date-time,
  then as text — '11-03-20256' on four rows, ISO on the appended ones; bank names in any case
  ("SBI ", "State Bank", "STATE BANK OF INDIA"), the account number as a number; the workmen's
  compensation policy number only on the managers' rows.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("staff-en-in-payslipworkers")
r = f.r

SURN = ["KONDETI", "MALLADI", "PEDAPUDI", "GORRELA", "VADAPALLI", "BODDU", "KANTETI", "YARRAMSETTI", "CHINTALA",
        "NALLAMILLI", "PALLA", "REDDIPALLI", "SAMMETA", "THOTA", "UPPALA"]
GIVEN = ["LAKSHMI", "VENKATA RAMANA", "SATYAVATHI", "NAGESWARA RAO", "PADMA", "SRINIVAS", "ANJALI", "RAMULAMMA",
         "SURYA PRAKASH", "BHARATHI", "DURGA", "APPARAO", "KUMARI", "RAJU", "SARASWATHI", "VEERABABU", "MANGAMMA"]
PAY = {"Unskilled": (5579, 6805.2), "Semi-Skilled": (6579, 8052), "Skilled": (8079, 9871), "Manager": (10079, 12312.4)}
BANKS = ["INDIAN BANK"] * 6 + ["HDFC BANK", "SBI ", "Union Bank of India", "BANK OF INDIA", "State Bank",
                               "BANK OF BARODA", "Bank of Baroda", "STATE BANK OF INDIA", "SYNDICATE BANK"]
WC = "WC - 4010/" + f"{r.randrange(10**8, 10**9)}" + "/00/000"

ids = sorted(r.sample(range(3, 71), 33))
cats = ["Unskilled"] * 18 + ["Semi-Skilled"] * 11 + ["Skilled"] * 2 + ["Manager"] * 2
r.shuffle(cats)
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["emp_id", "name", "category", "basic", "da", "uan", "esic", "doj", "bank", "account", "wc_no"])
people = []
for k, (n, cat) in enumerate(zip(ids, cats)):
    name = f"{r.choice(SURN)}{'  ' if r.random() < 0.12 else ' '}{r.choice(GIVEN)}{' ' if r.random() < 0.05 else ''}"
    uan = 100000000000 + r.randrange(2400000000)
    esic = None if cat == "Manager" else 6210000000 + r.randrange(900000)
    if k < 29:
        doj = datetime.datetime(2025, 5, 2) + datetime.timedelta(days=int(k * 4.5 + r.randrange(0, 3)))
    else:
        doj = "11-03-20256"
    bank = r.choice(BANKS)
    account = r.choice([6000000000 + r.randrange(10**9), 50100000000000 + r.randrange(10**9),
                        563910000000000 + r.randrange(10**8), 30000000000 + r.randrange(10**10)])
    row = [f"GG{n:03d}", name, cat, *PAY[cat], uan, esic, doj, bank, account, WC if cat == "Manager" else None]
    if k == 12:
        row[5], row[6] = f"{uan}.0", f"{esic}.0"
    if k == 31:
        row[5] = None
    people.append(row)
    ws.append(row)
again = list(people[3])
again[7] = again[7].strftime("%Y-%m-%d")
ws.append(again)
for n, cat in ((73, "Semi-Skilled"), (72, "Semi-Skilled"), (71, "Skilled")):
    ws.append([f"GG{n:03d}", f"{r.choice(SURN)} {r.choice(GIVEN)}", cat, *PAY[cat], 100000000000 + r.randrange(2400000000),
               6210000000 + r.randrange(900000), f"2025-11-{r.randrange(10, 28)}", "STATE BANK OF INDIA",
               20000000000 + r.randrange(10**9), None])
for row in ws.iter_rows(min_row=2, min_col=8, max_col=8):
    for c in row:
        if isinstance(c.value, datetime.datetime):
            c.number_format = "yyyy\\-mm\\-dd\\ hh:mm:ss"
for col, w in zip("ABCD", [7.33, 24.55, 10.66, 6.0]):
    ws.column_dimensions[col].width = w

save(wb, "staff-en-in-payslipworkers.xlsx")
