"""
Shape of jsmg-dev/vault2.0 "pwa/src/assets/template/deposit-template1111111.xlsx" (at commit
87c972e1d597966a0f1bcaf110cc35608a886fea): the same Rajasthani money-lender's collection ledger,
kept in Excel beside its loan book and shipped as the app's "deposit template" (one sheet
"Balance Sheet", saved by Excel, header frozen):

- id / date / customer_code / amount / penalty / customer_name, one row per instalment
  collected (about 1,800 from March 2024 to August 2025), in date order with three slips;
- id a running number with gaps where rows were deleted (ending near 2,000);
- dates typed as US text 'MM/DD/YYYY' in cells formatted mm-dd-yy;
- customer_code the loan's code from the loan book (C-001 … C-099, C-0100 …), the name as in the
  loan book with the loan's ordinal ('… 2'), on two loans typed once with a lower-case surname;
- amount the daily EMI or a multiple of it (a week paid at once, a lump settlement), empty on
  rows that carry only a penalty; penalty mostly empty, 100-2,000 on a few dozen rows.
Not client data: a ledger of money received, one row per payment, no contact data.
Values invented: names, codes, amounts and dates.
"""
import datetime

from fake import FIRST_IN, LAST_IN, Fake, save, workbook

f = Fake("repayments-en-in-dailyemi")

FIRST = FIRST_IN + ["Mahesh", "Suresh", "Ramesh", "Dinesh", "Mukesh", "Naresh", "Girish", "Hemant", "Lalit",
                    "Sunita", "Kamla", "Rekha", "Bhanwar", "Gopal", "Om", "Jagdish", "Prakash", "Sohan"]
LAST = LAST_IN + ["Saini", "Jangid", "Meena", "Rathi", "Soni", "Choudhary", "Joshi", "Agarwal", "Yadav",
                  "Rawal", "Pareek", "Tak"]

START, END = datetime.date(2024, 3, 4), datetime.date(2025, 8, 14)

# ---- the loans being repaid (about 128), borrowers coming back for a second or third loan --------
people = [f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}") for _ in range(60)]
loans = []
count = {}
day = START
for k in range(128):
    who = f.pick(people[: 20 + k // 3])
    count[who] = count.get(who, 0) + 1
    n = count[who]
    name = who if n == 1 else f"{who} {n}"
    no = k + 1 if k < 76 else k + 2
    code = f"C-{no:03d}" if no < 100 else f"C-0{no}"
    amount = f.pick([10000, 12000, 15000, 20000, 20000, 25000, 25000, 30000, 40000])
    short = f.chance(0.12)
    emi = round(amount * 1.39 / 3 / 10) * 10 if short else round(amount * f.pick([1.2, 1.3, 1.3]) / 100)
    loans.append({"code": code, "name": name, "start": day, "emi": emi, "short": short})
    day += datetime.timedelta(days=f.r.randrange(1, 8))
    if day > END - datetime.timedelta(days=20):
        day = END - datetime.timedelta(days=20)
# two loans whose name is typed once with the surname in lower case
for k in (38, 49):
    first, *rest = loans[k]["name"].split(" ")
    loans[k]["lower"] = " ".join([first] + [rest[0].lower()] + rest[1:])

payments = []
for loan in loans:
    d = loan["start"] + datetime.timedelta(days=f.r.randrange(1, 6))
    paid = 0
    target = 3 if loan["short"] else 100
    while paid < target and d <= END:
        if loan["short"]:
            step, amount = 1, loan["emi"]
            gap = f.r.randrange(25, 35)
        else:
            step = f.pick([1, 2, 3, 5, 7, 7, 10, 10, 10, 15])
            amount = loan["emi"] * step
            gap = step + f.r.randrange(0, 3)
        penalty = None
        if f.chance(0.02):
            penalty = f.pick([100, 200, 300, 400, 500, 1000, 2000])
            if f.chance(0.5):
                amount = None
        name = loan["name"]
        if "lower" in loan and f.chance(0.3):
            name = loan["lower"]
        payments.append([d, loan["code"], amount, penalty, name])
        paid += step
        d += datetime.timedelta(days=gap)
    if paid >= target and not loan["short"] and f.chance(0.2):
        payments[-1][2] = (payments[-1][2] or 0) + loan["emi"] * f.r.randrange(5, 15)  # settled early
payments.sort(key=lambda p: p[0])
f.r.shuffle(payments)
payments.sort(key=lambda p: p[0])
payments = payments[:1900]
# three entries typed a few days late
for k in (411, 1002, 1560):
    if k < len(payments):
        payments[k][0] -= datetime.timedelta(days=f.r.randrange(2, 6))

wb = workbook()
ws = wb.active
ws.title = "Balance Sheet"
for j, h in enumerate(["id", "date", "customer_code", "amount", "penalty", "customer_name"], 1):
    ws.cell(1, j, h)
rid = 0
for i, (d, code, amount, penalty, name) in enumerate(payments, 2):
    rid += 1 if not f.chance(0.1) else f.r.randrange(2, 5)
    ws.cell(i, 1, rid)
    ws.cell(i, 2, d.strftime("%m/%d/%Y")).number_format = "mm-dd-yy"
    ws.cell(i, 3, code)
    if amount is not None:
        ws.cell(i, 4, amount)
    if penalty is not None:
        ws.cell(i, 5, penalty)
    ws.cell(i, 6, name)
ws.freeze_panes = "A2"
for col, width in zip("ABCDEF", [8.9, 16.7, 47.7, 23.7, 16, 17]):
    ws.column_dimensions[col].width = width
save(wb, "repayments-en-in-dailyemi.xlsx")
