"""
Shape of Taha978/Credit-Payment-Project "Clients.xlsx" and "Credits.xlsx" (at commit da4ad44): a
consumer lender's client master and its loan book, two workbooks written by openpyxl/pandas.

clients-en-us-lender.xlsx, sheet "Sheet1": ClientID / FirstName / LastName / BirthDate / Gender /
AdressState; ids 'CLT1' … sorted as text (CLT1, CLT10, CLT100, CLT101 …), birth dates as real dates
formatted yyyy-mm-dd, M/F, a two-letter state code.

loans-en-us-lender.xlsx, sheet "Sheet1": CreditID / ClientID / CreditAmount / CreditDurationMonths /
DateofFirstDisbursement / CreditStatus / CreditAgent / AnnualInterestRate / MonthlyInstallment; one
row per loan in disbursement order, seven-digit credit ids from 1000001, the client only by its id
(a client with several loans, a few clients with none), whole-dollar amounts, the term in months,
the disbursement date formatted YYYY-MM-DD, status A/D/C, the agent as 'FIRST.L' in capitals,
the rate in whole percent, the instalment rounded. Values invented.
"""
import datetime

from openpyxl.utils import get_column_letter

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("credit-en-us-lender")

STATES = ["SE", "TX", "AZ", "FL", "CA", "SE", "TX"]
AGENTS = ["EMMA.P", "JOHN.D", "JAMES.W", "MARY.S", "MICHAEL.T", "LUCY.B", "DAVID.H", "SARAH.L"]
FIRST = FIRST_EN + ["Christopher", "Zoe", "Charles", "Aria", "Benjamin", "Evan", "Abigail", "Grace", "Dominic",
                    "Penelope", "Melanie", "Victoria", "Audrey", "Kennedy"]

N = 48
clients = []
for i in range(1, N + 1):
    clients.append((f"CLT{i}", f.pick(FIRST), f.pick(LAST_EN),
                    datetime.datetime.combine(f.date(datetime.date(1965, 1, 1), datetime.date(2003, 12, 31)), datetime.time()),
                    f.pick(["M", "F"]), f.pick(STATES)))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ClientID", "FirstName", "LastName", "BirthDate", "Gender", "AdressState"])
for c in sorted(clients, key=lambda c: c[0]):  # sorted as text
    ws.append(list(c))
    ws.cell(ws.max_row, 4).number_format = "yyyy\\-mm\\-dd"
ws.column_dimensions["B"].width = 11.43
ws.column_dimensions["D"].width = 10.43
ws.column_dimensions["F"].width = 16.14
save(wb, "clients-en-us-lender.xlsx")

# loans: most clients one to three, a few none, a few many
loans = []
day = datetime.date(2021, 1, 2)
weights = {c[0]: f.pick([0, 1, 1, 2, 2, 3, 4, 6]) for c in clients}
pool = [cid for cid, k in weights.items() for _ in range(k)]
f.r.shuffle(pool)
for k, cid in enumerate(pool):
    day = day + datetime.timedelta(days=f.pick([0, 0, 1, 1, 2, 3, 5, 8]))
    amount = f.r.randrange(50, 300) * 100
    months = f.r.randrange(12, 61)
    rate = f.r.randrange(12, 19)
    r = rate / 1200
    instalment = round(amount * r / (1 - (1 + r) ** -months))
    loans.append([1000001 + k, cid, amount, months, datetime.datetime.combine(day, datetime.time()),
                  f.pick(["A", "A", "D", "D", "C"]) if day < datetime.date(2022, 6, 1) else f.pick(["A", "A", "A", "D"]),
                  f.pick(AGENTS), rate, instalment])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["CreditID", "ClientID", "CreditAmount", "CreditDurationMonths", "DateofFirstDisbursement", "CreditStatus",
           "CreditAgent", "AnnualInterestRate", "MonthlyInstallment"])
for row in loans:
    ws.append(row)
    ws.cell(ws.max_row, 5).number_format = "YYYY-MM-DD"
for j in range(1, 10):
    ws.column_dimensions[get_column_letter(j)].width = 13
save(wb, "loans-en-us-lender.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(clients), len(loans), sum(1 for v in weights.values() if v == 0))
        for c in clients[:5]:
            print(c, weights[c[0]])
        for l in loans[:5]:
            print(l)
