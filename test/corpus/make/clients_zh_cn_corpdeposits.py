"""
clients-zh-cn-corpdeposits.xlsx: a bank sub-branch's corporate customer detail report
(公司客户明细表-机构级) exported from the bank's reporting system through Apache POI, the shape
of data/公司客户明细表20260310.xlsx in flashbird233/WmAnalysis: the report's name in A1, the data
date on row 2, an empty row, the header on row 4, then one row per corporate customer (637):
the data date again, the customer number as text with two leading zeros, the name, the
sub-branch's code and name and its branch, the staff number and name the customer's
performance is credited to (the account manager, or the sub-branch's public pool 公共户 for
unassigned customers, with a code ending in G), flag columns left empty or written as '0 ', ten
balance columns in yuan (point balance, year-to-date daily average, deposits, demand deposits,
deposits + wealth products), two empty flag columns, six day counts (this year's and last
year's; empty for customers who opened their first account this year) and the earliest
account-opening date. Rows roughly by balance, a third of the customers with nothing left.
No default cell style (POI), dates formatted yyyy-m-d, numbers General.

Values are invented (fake.py, _bank_zh_cn.py).
"""
import datetime

from fake import Fake, save, workbook
from _bank_zh_cn import company

f = Fake(1522)
wb = workbook()
ws = wb.active
ws.title = "公司客户明细表-机构级"

DATE = datetime.datetime(2026, 3, 10)
ws["A1"] = "公司客户明细表-机构级"
ws["A2"] = "数据日期"
ws["B2"] = "2026-03-10"
HEADER = ["数据日期", "客户编号", "客户名称", "机构编号", "机构名称", "二级分行", "绩效归属工编号", "绩效归属员工名称",
          "机构客户标识", "预算单位标识", "时点余额", "自然年日均", "全口径存款时点", "全口径存款时点_较上年",
          "全口径存款日均", "全口径存款日均_较上年", "活期存款时点", "活期存款日均", "存款理财代销时点余额",
          "存款理财代销自然年日均余额", "基础户", "有效户", "基础户达标天数", "有效户达标天数", "价值户达标天数",
          "基础户达标天数_上年", "有效户达标天数_上年", "价值户达标天数_上年", "最早开户日期"]
for j, h in enumerate(HEADER, 1):
    ws.cell(4, j, h)

BRANCH = ("724231", "石家庄分行维明大街支行", "石家庄分行")
POOL = ("7242311G", "石家庄维明大街支行公共户")
people = [("280" + f"{f.r.randrange(10**5):05d}", f.name_cn()) for _ in range(6)]
owners = [people[0]] * 252 + [POOL] * 197 + [people[1]] * 160 + [people[2]] * 14 + [people[3]] * 7 + \
         [people[4]] * 5 + [people[5]] * 2
f.r.shuffle(owners)

used = set()
numbers = set()
rows = []
for i, owner in enumerate(owners):
    while True:
        number = "00" + f.pick(["16", "17", "17", "17"]) + f"{f.r.randrange(10**8):08d}"
        if number not in numbers:
            numbers.add(number)
            break
    # balances fall off down the list; the last third hold nothing
    if i < 430:
        scale = 10 ** (8.2 - i / 62)
        point = round(f.r.uniform(0.3, 1.0) * scale, 2)
        avg = round(point * f.r.uniform(0.3, 2.2), 2)
    else:
        point = 0.0
        avg = round(f.r.choice([0.0, 0.0, 0.0, 1.45, 0.1, f.r.uniform(0, 50)]), 2)
    opened = f.date(datetime.date(2001, 11, 1), datetime.date(2026, 3, 9))
    this_year = opened.year == 2026
    demand = round(point * f.r.choice([1.0, 1.0, 0.6, 0.9]), 2)
    basic = float(f.r.choice([0, 0, 0, 69, 69, 3, 4])) if point else 0.0
    effective = float(min(basic, f.r.choice([0, 69, 15, 4]))) if point else 0.0
    value = float(min(effective, f.r.choice([0, 0, 69, 2]))) if point else 0.0
    last = (None, None, None) if this_year else \
        tuple(float(x) for x in sorted([f.r.choice([0, 0, 365, 1, 29, 3]) for _ in range(3)], reverse=True))
    rows.append([
        DATE, number, company(f, used), BRANCH[0], BRANCH[1], BRANCH[2], owner[0], owner[1],
        "1" if f.chance(0.05) else "", "0 ", point, avg, point, round(f.r.choice([0, -100, 200, point * 0.1]), 2),
        avg, round(avg * f.r.uniform(-0.3, 0.6), 2), demand, avg, point, avg, None, None,
        basic, effective, value, *last, datetime.datetime(opened.year, opened.month, opened.day),
    ])

for i, row in enumerate(rows):
    for j, v in enumerate(row, 1):
        if v is None:
            continue
        c = ws.cell(5 + i, j, v)
        if isinstance(v, datetime.datetime):
            c.number_format = "yyyy-m-d"

wb.properties.creator = "Apache POI"
save(wb, "clients-zh-cn-corpdeposits.xlsx")
