"""
clients-zh-cn-deptaccounts.xlsx: a bank branch marketing department's list of the corporate
customers its account managers hold (二部客户明细), kept in Excel, the shape of
data/20251223二部客户明细.xlsx in flashbird233/WmAnalysis: one sheet Sheet1, a tall wrapped
header row (宋体 11, row height 99) naming the department code, customer number, department,
staff number and name, two attribution columns, the customer's name, the point balance and the
yearly daily average in 万元 (six decimals), a budget-unit flag, base/valid account flags and
day counts, then 139 customers sorted by balance, customer and staff numbers stored as numbers
(the department's public pool 公共户 has a code ending in G, stored as text), and a last row
typed by hand holding only a customer number and name.

Values are invented (fake.py, _bank_zh_cn.py).
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook
from _bank_zh_cn import company

f = Fake(1523)
wb = workbook()
ws = wb.active
ws.title = "Sheet1"

HEADER = ["机构号", "客户编号", "机构名", "员工号", "员工名", "合并归属", "穿透归属", "客户名称", "时点（总行）单位：万元",
          "年日均（总行）单位：万元", "预算单位标识", "基础户标识\n（年日均）", "有效户标识\n（年日均）",
          "当年存款加财富时点余额达标10万元及以上天数", "当年存款加财富时点余额达标50万元及以上天数",
          "时点达标90天以上基础户（考核口径）", "时点达标90天以上有效户（考核口径）"]
font = Font(name="宋体", size=11)
for j, h in enumerate(HEADER, 1):
    c = ws.cell(1, j, h)
    c.font = font
    c.alignment = Alignment(wrap_text=True, vertical="center")
ws.row_dimensions[1].height = 99
for col, w in {"A": 7.4, "B": 11.5, "C": 23.4, "D": 9.4, "E": 19.1, "F": 12.9, "H": 50.4, "I": 12.6, "K": 8.1,
               "N": 8.3}.items():
    ws.column_dimensions[col].width = w

DEPT = (826807, "石家庄分行市场营销二部", "市场营销二部")
staff = [(int("28" + f"{f.r.randrange(10**6):06d}"), f.name_cn()) for _ in range(4)]
POOL = ("8268071G", "市场营销二部公共户")
owners = [staff[0]] * 52 + [staff[1]] * 46 + [staff[2]] * 28 + [staff[3]] * 11 + [POOL] * 2
f.r.shuffle(owners)

used = set()
numbers = set()


def number():
    while True:
        n = int(f.pick(["16", "17", "17"]) + f"{f.r.randrange(10**8):08d}")
        if n not in numbers:
            numbers.add(n)
            return n


rows = []
for i, (sno, sname) in enumerate(owners):
    if i < 119:
        point = round(10 ** (4.2 - i / 28) * f.r.uniform(0.4, 1.0), 6)
        avg = round(point * f.r.uniform(0.05, 1.5), 6)
    else:
        point = 0
        avg = f.r.choice([0, 0, round(f.r.uniform(0, 2), 6)])
    days10 = f.r.choice([357, 317, 113, 64, 2, 1]) if point else 0
    days50 = min(days10, f.r.choice([357, 64, 1, 0])) if point else 0
    basic = 1 if avg >= 10 else 0
    valid = 1 if avg >= 50 else 0
    rows.append([DEPT[0], number(), DEPT[1], sno, sname, DEPT[2], DEPT[2], company(f, used), point, avg, 0, basic,
                 valid, days10, days50, 1 if days10 >= 90 else 0, 1 if days50 >= 90 else 0])

for i, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        ws.cell(i, j, v).font = font
# typed in by hand afterwards: only the customer's number and name
last = len(rows) + 2
ws.cell(last, 2, number()).font = font
ws.cell(last, 8, company(f, used)).font = font

save(wb, "clients-zh-cn-deptaccounts.xlsx")
