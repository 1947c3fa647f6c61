"""
Shape of stevejj4/Insurance-data-lifecycle "insurance_data.xlsx" (at commit
6eed6ce5264caba5ac609b8e2783fa11baa39a8c): an insurer's customer extract for analysis, five sheets written by
pandas (bold bordered headers in row 1, no other styling), every party known only by an integer CustomerID:
- Customers: CustomerID / Age / Gender (Male, Female) / Region (a town name) — no names, no contact data.
- Policies: PolicyID / CustomerID (one policy per customer, the same number as the policy) / PolicyType
  (Health, Life, Home, Auto) / PolicyStartDate / PolicyEndDate (yyyy-mm-dd) / PremiumAmount (two decimals,
  a whole number on a few rows).
- Interactions: InteractionID / CustomerID (a customer seen several times, some never) / InteractionDate /
  InteractionType (Visit, Email, Call) / InteractionOutcome (Resolved, Unresolved).
- Claims: ClaimID / CustomerID / ClaimDate / ClaimAmount / ClaimStatus (Pending, Approved, Rejected).
- FinalDataset: Customers joined to Policies plus a 0/1 Churn column (the analyst's model input).
The source has 2,004 customers, 5,000 interactions and 3,000 claims; here 600 / 1,500 / 900 in the same
proportions. Values invented.
"""
import datetime as dt

from openpyxl.styles import Border, Font, Side

from fake import Fake, workbook, save

f = Fake("policies-en-global-insurerextract")
D = dt.datetime
TOWNS = ["North", "South", "East", "West", "New", "Port", "Lake", "Fort", "Mount", ""]
ROOTS = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers",
         "Jessop", "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Rushmere", "Stanmore"]
SUFFIX = ["ton", "ville", "burgh", "mouth", "chester", "fort", "haven", "side", "view", "borough", "furt", "land", ""]
N, NI, NC = 600, 1500, 900

HEAD = Font(bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def town():
    t = f"{f.pick(TOWNS)} {f.pick(ROOTS)}{f.pick(SUFFIX)}".strip()
    return t


def day(a, b):
    return D.combine(f.date(a, b), dt.time())


def money(lo, hi):
    return float(f.r.randrange(lo, hi)) if f.chance(0.01) else round(f.r.uniform(lo, hi), 2)


customers = [[i, f.r.randrange(18, 71), f.pick(["Male", "Female"]), town()] for i in range(1, N + 1)]
policies = []
for i in range(1, N + 1):
    start = day(dt.date(2019, 7, 19), dt.date(2024, 7, 17))
    end = day(dt.date(2024, 7, 20), dt.date(2029, 7, 16))
    policies.append([i, i, f.pick(["Health", "Life", "Home", "Auto"]), start, end, money(1005, 4999)])
interactions = []
for k in range(1, NI + 1):
    interactions.append([k, f.r.randrange(1, N + 1), day(dt.date(2023, 7, 19), dt.date(2024, 7, 18)),
                         f.pick(["Visit", "Email", "Call"]), f.pick(["Resolved", "Unresolved"])])
claims = []
for k in range(1, NC + 1):
    claims.append([k, f.r.randrange(1, N + 1), day(dt.date(2022, 7, 19), dt.date(2024, 7, 18)), money(500, 20000),
                   f.pick(["Pending", "Approved", "Rejected"])])
churn = [f.pick([0, 1]) for _ in range(N)]

# fixed records the label checks
customers[16][1:] = [44, "Female", "Port Fairbankhaven"]
policies[16][2:] = ["Health", D(2021, 7, 20), D(2028, 9, 6), 3998.56]
customers[41][1:] = [29, "Male", "Lake Stanmoreside"]
policies[41][2:] = ["Life", D(2023, 4, 29), D(2025, 11, 6), 1628.61]
policies[77][2:] = ["Home", D(2020, 2, 3), D(2026, 5, 17), 2750.0]
interactions[99][1:] = [17, D(2023, 7, 19), "Call", "Resolved"]
interactions[499][1:] = [42, D(2024, 7, 18), "Visit", "Unresolved"]
for r in interactions:  # keep the two fixed days unique
    if r[0] not in (100, 500) and r[2] in (D(2023, 7, 19), D(2024, 7, 18)):
        r[2] = D(2024, 1, 9)


def sheet(ws, header, rows, date_cols=()):
    ws.append(header)
    for c in ws[1]:
        c.font = HEAD
        c.border = BOX
    for r in rows:
        ws.append(r)
    for col in date_cols:
        for c in ws[col][1:]:
            c.number_format = "yyyy\\-mm\\-dd"


wb = workbook()
ws = wb.active
ws.title = "Customers"
sheet(ws, ["CustomerID", "Age", "Gender", "Region"], customers)
sheet(wb.create_sheet("Policies"), ["PolicyID", "CustomerID", "PolicyType", "PolicyStartDate", "PolicyEndDate",
                                    "PremiumAmount"], policies, "DE")
sheet(wb.create_sheet("Interactions"), ["InteractionID", "CustomerID", "InteractionDate", "InteractionType",
                                        "InteractionOutcome"], interactions, "C")
sheet(wb.create_sheet("Claims"), ["ClaimID", "CustomerID", "ClaimDate", "ClaimAmount", "ClaimStatus"], claims, "C")
sheet(wb.create_sheet("FinalDataset"), ["CustomerID", "Age", "Gender", "Region", "PolicyID", "PolicyType",
                                        "PolicyStartDate", "PolicyEndDate", "PremiumAmount", "Churn"],
      [c + p[:1] + p[2:] + [ch] for c, p, ch in zip(customers, policies, churn)], "GH")
save(wb, "policies-en-global-insurerextract.xlsx")
