"""
Shape of flashbird233/WmAnalysis "data/20251223二部客户明细.xlsx" (commit
03c834ca9a243c543f1f2fd3d1099585a87d1d06): a Hebei bank branch's corporate-client detail for one
marketing department, from the bank's reporting system, one sheet "Sheet1" A1:Q141.

- Row 1 (wrapped): 机构号 客户编号 机构名 员工号 员工名 合并归属 穿透归属 客户名称 时点（总行）单位：万元
  年日均（总行）单位：万元 预算单位标识 基础户标识\\n（年日均） 有效户标识\\n（年日均）
  当年存款加财富时点余额达标10万元及以上天数 当年存款加财富时点余额达标50万元及以上天数
  时点达标90天以上基础户（考核口径） 时点达标90天以上有效户（考核口径）.
- 140 corporate clients, one row each, sorted by point balance: the department's code and name
  on every row, the relationship manager's staff number and name (six managers), the client's
  10-digit number and registered name (one group with branches in several cities: …有限公司成都分公司),
  balances in 万元 with six decimals, 0/1 KPI flags and day counts; the tail has zero balances; the
  last row holds only a client number and name.
Everything invented.
"""
from openpyxl.styles import Alignment

from fake import Fake, workbook, save

f = Fake("clients-zh-cn-bankcorpdeposits")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["机构号", "客户编号", "机构名", "员工号", "员工名", "合并归属", "穿透归属", "客户名称", "时点（总行）单位：万元",
        "年日均（总行）单位：万元", "预算单位标识", "基础户标识\n（年日均）", "有效户标识\n（年日均）",
        "当年存款加财富时点余额达标10万元及以上天数", "当年存款加财富时点余额达标50万元及以上天数",
        "时点达标90天以上基础户（考核口径）", "时点达标90天以上有效户（考核口径）"]
ws.append(HEAD)
STAFF = [(28002317, f.name_cn()), (28800861, f.name_cn()), (28800975, f.name_cn()), (28002483, f.name_cn()),
         (28800312, f.name_cn()), (28001196, f.name_cn())]
WEIGHT = [52, 46, 28, 11, 2, 1]
PLACE = ["河北", "石家庄", "保定", "唐山", "廊坊", "邢台", "沧州", "衡水", "张家口", "承德"]
W = ["沣川", "玉岭", "恒润", "冀华", "瑞泰", "博远", "中鼎", "华晟", "金石", "诚达", "安泰", "宏基", "新源", "润禾", "卓越", "正元"]
BIZ = ["生物科技有限公司", "科贸有限公司", "建设工程有限公司", "新材料科技有限公司", "光伏发电有限责任公司", "商贸有限公司",
       "物流有限公司", "医药有限公司", "环保科技有限公司", "机械制造有限公司", "房地产开发有限公司", "农业发展有限公司"]
used = set()
def company():
    for _ in range(500):
        n = f"{f.pick(PLACE)}{f.pick(W)}{f.pick(BIZ)}"
        if f.chance(0.05):
            n = f"{f.pick(PLACE)}{f.pick(W)}产业投资基金合伙企业（有限合伙）"
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError
GROUP = "盛拓新能源科技有限公司"
names = [GROUP] + [company() for _ in range(3)] + [f"{GROUP}{c}分公司" for c in ["成都", "湖州", "青岛"]]
names += [company() for _ in range(132)]
names.insert(130, f"{GROUP}上海分公司")
names = names[:139]
balances = sorted((round(15000 * (0.88 ** i) * f.r.uniform(0.6, 1.0), 6) if i < 95 else 0 for i in range(139)), reverse=True)
ids = set()
for name, bal in zip(names, balances):
    cid = f.r.choice([16, 17]) * 100000000 + f.r.randrange(1000000, 99999999)
    while cid in ids:
        cid += 1
    ids.add(cid)
    staff = f.r.choices(STAFF, WEIGHT)[0] if GROUP not in name else STAFF[0]
    avg = round(bal * f.r.uniform(0.05, 0.9), 6) if bal else 0
    d10 = min(357, int(bal * 30)) if bal else 0
    d50 = max(0, d10 - f.r.randrange(0, 40)) if bal > 50 else 0
    ws.append([826905, cid, "石家庄分行市场营销二部", staff[0], staff[1], "市场营销二部", "市场营销二部", name,
               bal, avg, 0, int(avg >= 10), int(avg >= 50), d10, d50, int(d10 >= 90), int(d50 >= 90)])
ws.append([None, 1701021786, None, None, None, None, None, f"{f.pick(PLACE)}{f.pick(W)}产业转型升级母基金（有限合伙）"]
          + [None] * 9)
for c in ws[1]:
    c.alignment = Alignment(wrap_text=True)
for col, w in {"A": 7.38, "B": 11.5, "C": 23.38, "D": 9.38, "E": 19.13, "F": 12.87, "H": 50.38, "I": 12.62, "K": 8.13, "N": 8.25}.items():
    ws.column_dimensions[col].width = w
save(wb, "clients-zh-cn-bankcorpdeposits.xlsx")
