"""
Shape of templefoundations/ead_business "Accounts.xlsx" (commit
1e1cfac44d539f93ba824efb95c697472906c8f5): the three founders of a small Indian web start-up
sharing its first expenses, in a workbook named "Accounts" (not client data).

- "summary": the firm's name in A1, then in B3:C5 each founder with =SUM(each!B:B) / F:F / J:J
  (the column of his block on "each"), "Total Expense" in B7 with =SUM('entry sheet'!B:B).
- "entry sheet": Date / Amount / By / Desc in row 1, row 2 empty; ten expenses, dates (mm-dd-yy)
  on three rows only; amounts typed or as sums (=330+750); By a founder's first name or a split
  written "Name=300, Name=480, Name=300"; Desc the purchase (domains, registration, hosting,
  PAN card, rubber stamp, brochure, petrol, courier).
- "each": one block per founder side by side (A:C, E:G, I:K), his first name alone on row 1,
  then date / amount / what — the same expenses again as each one's share, spelt a little
  differently ("Company Reg." / "Company Reg"), dates on some rows only; the third founder's
  block holds one line.
Values invented.
"""
import datetime

from fake import CachedFormulas, workbook

F1, F2, F3 = "Senthil", "Joseph", "Karthik"

wb = workbook()
cf = CachedFormulas()

summary = wb.active
summary.title = "summary"
entry = wb.create_sheet("entry sheet")
each = wb.create_sheet("each")

D = datetime.datetime
ENTRIES = [
    (None, 100, F1, "admitfast.in domain"),
    (None, 100, F1, "onlineseats.in domain"),
    (None, 99, F2, "feedesk.in domain"),
    (D(2011, 2, 24), ("=330+750", 1080), f"{F1}=300, {F2}=480, {F3}=300", "Registration charge"),
    (D(2011, 3, 2), 2760, F2, 'Hosting. "HostGator"'),
    (D(2011, 3, 25), ("=99+50", 149), f"{F2}=99, {F1}=50", "PAN Card"),
    (None, 40, F1, "Rubber stamp"),
    (None, 130, f"{F1}=100, {F2}=30", "Brouchure"),
    (None, 50, f"{F1}=25, {F2}=25", "PAN Card Centre petrol"),
    (None, 40, f"{F1}=20, {F2}=20", "PAN Card courier"),
]
for j, h in enumerate(["Date", "Amount", "By", "Desc"], start=1):
    entry.cell(1, j, h)
total = 0
for i, (d, amount, by, desc) in enumerate(ENTRIES, start=3):
    if d:
        entry.cell(i, 1, d).number_format = "mm-dd-yy"
    if isinstance(amount, tuple):
        cf.formula(entry, f"B{i}", amount[0], amount[1])
        total += amount[1]
    else:
        entry.cell(i, 2, amount)
        total += amount
    entry.cell(i, 3, by)
    entry.cell(i, 4, desc)
entry.column_dimensions["C"].width = 33.86
entry.column_dimensions["D"].width = 45.86

BLOCKS = {
    F1: (1, [(None, 200, "admitfast.in & onlineseats.in"), (D(2011, 2, 24), 300, "Company Reg."),
             (D(2011, 3, 26), 50, "PAN courier"), (None, 40, "Rubber stamp"), (None, 100, "Brouchure"),
             (None, 25, "PAN Card centre petrol"), (None, 20, "PAN Card courier")]),
    F2: (5, [(None, 99, "feedesk.in"), (D(2011, 2, 24), 480, "Company Reg"), (D(2011, 3, 2), 2760, 'Hosting. "HostGator"'),
             (D(2011, 3, 25), 99, "PAN Card"), (None, 30, "Brouchure"), (None, 25, "PAN Card centre petrol"),
             (None, 20, "PAN Card courier")]),
    F3: (9, [(D(2011, 2, 24), 300, "Company Registration")]),
}
sums = {}
for name, (col, items) in BLOCKS.items():
    each.cell(1, col, name)
    for k, (d, amount, what) in enumerate(items, start=2):
        if d:
            each.cell(k, col, d).number_format = "mm-dd-yy"
        each.cell(k, col + 1, amount)
        each.cell(k, col + 2, what)
    sums[name] = sum(a for _, a, _ in items)
each.column_dimensions["A"].width = 10.14
each.column_dimensions["C"].width = 34.43
each.column_dimensions["G"].width = 13.14
each.column_dimensions["K"].width = 20.71

summary["A1"] = "Admitfast Foundations"
for row, (name, col) in zip((3, 4, 5), ((F1, "B"), (F2, "F"), (F3, "J"))):
    summary.cell(row, 2, name)
    cf.formula(summary, f"C{row}", f"=SUM(each!{col}:{col})", sums[name])
summary["B7"] = "Total Expense"
cf.formula(summary, "C7", "=SUM('entry sheet'!B:B)", total)
summary.column_dimensions["B"].width = 13.43
summary.column_dimensions["C"].width = 17.29

cf.save(wb, "expenses-en-in-founders.xlsx")
