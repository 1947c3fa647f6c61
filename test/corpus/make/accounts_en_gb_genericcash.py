"""
Shape of YesssBI/Yesss_churn "GENERIC CASH.xlsx" (commit 42759763ec13102304ad34362de6755b1e158d41):
a UK electrical wholesaler's query result exported from Oracle SQL Developer ("Export Worksheet",
written by Apache POI), pulled by its BI team to exclude the branches' walk-in cash accounts from a
customer-churn model. One sheet, header on row 1: ID (account number) / NAME / LOCATIONID (the
branch), 199 rows in ID order, General format, two widened columns. Every NAME is the cash-sale
placeholder "GENERIC CASH" (one per branch, a few branches with two), with five variants:
"GENERIC CASH **EAST**", "GENERIC CASH **WEST**", "GENERIC CASH.", "GENERIC CASH PROMOTIONS" and
"*****PAYPAL GENERIC CASH**** DO NOT USE". Not customers: a person imports nothing.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("accounts-en-gb-genericcash")
ids = sorted(f.r.sample(range(1200, 450000), 199))
locations = f.r.sample(range(20, 2150), 193)
locations += f.r.sample(locations, 6)
f.r.shuffle(locations)
names = ["GENERIC CASH"] * 199
for k, variant in zip(f.r.sample(range(199), 5), ["GENERIC CASH **EAST**", "GENERIC CASH.", "GENERIC CASH **WEST**",
                                                  "GENERIC CASH PROMOTIONS", "*****PAYPAL GENERIC CASH**** DO NOT USE"]):
    names[k] = variant

wb = workbook()
ws = wb.active
ws.title = "Export Worksheet"
ws.append(["ID", "NAME", "LOCATIONID"])
for i, n, loc in zip(ids, names, locations):
    ws.append([i, n, loc])
ws.column_dimensions["A"].width = 13.29
ws.column_dimensions["B"].width = 18.43
save(wb, "accounts-en-gb-genericcash.xlsx")
