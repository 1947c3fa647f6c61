"""
Shape of a Taiwanese university student's pocket-money ledger, as ntuacurry/PBC keeps it ("記帳.xlsx", commit
d6d2abe247c1098dca385942dd905d99485c5bfe), read by a course-project bookkeeping script.

- One sheet "記帳", header on row 1: 日期 / 支出/收入 / 金額 / 用途; pane frozen below row 2.
- Row 2 a running balance: '總和' in B and =SUMIF(B:B, "收入", C:C)-SUMIF(B:B, "支出", C:C) in C (cached).
- Then one row per entry: the date as text '2021.11.21', '收入' or '支出', the amount, what for (食物, 交通,
  飲料, a transfer from a parent); ten entries over two days.
Values invented: dates, amounts, purposes.
Personal income and spending, no clients: a person imports nothing.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("ledger-zh-tw-pocketmoney")
wb = workbook()
ws = wb.active
ws.title = "記帳"
for c, w in zip("ABCDE", [10.5, 10.5, 6.5, 9.5, 9.0]):
    ws.column_dimensions[c].width = w
ws.append(["日期", "支出/收入", "金額", "用途"])
ws.freeze_panes = "A3"
ws.append([None, "總和"])
rows = [("2022.03.06", "收入", 8000, "媽媽匯款")]
for day in ("2022.03.06", "2022.03.07"):
    for _ in range(f.r.choice([4, 5])):
        what = f.pick(["食物", "食物", "食物", "飲料", "交通"])
        amt = {"食物": f.r.randrange(45, 260), "飲料": f.r.randrange(25, 75), "交通": f.pick([15, 20, 30, 40])}[what]
        rows.append((day, "支出", amt, what))
rows = rows[:10]
for r in rows:
    ws.append(list(r))
bal = sum(a if k == "收入" else -a for _, k, a, _ in rows)
cf = CachedFormulas()
cf.formula(ws, "C2", '=SUMIF(B:B, "收入", C:C)-SUMIF(B:B, "支出", C:C)', bal)
cf.save(wb, "ledger-zh-tw-pocketmoney.xlsx")
