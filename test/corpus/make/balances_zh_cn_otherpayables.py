"""
Shape of chenzhipeng-hqu/python "datas/应付款/export/应付款-201910-202003.xlsx": a chemical group's
finance clerk's export of other payables and receivables balances per counterparty, merged by a
pandas/openpyxl script from two legal entities' SAP downloads. One sheet "Sheet1".

- Header 科目编号 / 科目名称 / 部门 / 部门名称 / 核算项-1 / 核算项-1名称 / 借贷 / 期初本币余额 / 本币借方金额 /
  本币贷方金额 / 借贷 / 期末本币余额 / 法人主体 (借贷 twice). 196 rows, every value a text: account
  codes ('2241', '224104', '122101'…), amounts with six decimals ('27363.530000', negative credits),
  借 / 贷 / 平 sides; 部门 columns empty throughout. Per account a subtotal line with no counterparty,
  then one line per counterparty: sister companies of the group, local suppliers and contractors,
  the tax bureau, employees (codes F18xxxx / G17xxxx with a person's name) for staff advances and
  accruals; the same counterparty can appear twice in an account (debit and credit lines). The
  rows of the first entity are followed by the same accounts for the second (法人主体).
Not client data: ledger balances with group companies, suppliers and staff. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("balances-zh-cn-otherpayables")

SISTERS = ["九江星河高新材料有限公司", "池州星河高新材料有限公司", "宜春星河新材料有限公司", "九江星祺氟硅新材料科技有限公司",
           "宁德星河新材料有限公司"]
LOCAL = ["东至县{x}建筑劳务有限公司", "东至县{x}供水有限责任公司", "池州{x}电子工程有限公司", "东至县{x}化工设备有限公司",
         "池州市{x}安全技术事务有限责任公司", "东至县{x}化工设备经营部", "安庆{x}物流有限公司", "东至县{x}环保科技有限公司"]
WORDS = ["宏达", "润泽", "金诚", "华盛", "永兴", "鑫源", "恒泰", "锦程", "天润", "裕丰"]
ACCOUNTS = [("2241", "其他应付款", 29), ("224101", "其他应付款-员工", 6), ("224103", "其他应付款-往来款", 4),
            ("224104", "其他应付款-预提", 19), ("224107", "其他应付款-其他", 1), ("224108", "其他应付款-个税", 1),
            ("224109", "其他应付款-社保及公积金", 2), ("1221", "其他应收款", 13), ("122101", "其他应收款-员工", 7),
            ("122104", "其他应收款-往来款", 6)]


def money(v):
    return f"{v:.6f}"


locals_ = [(f"{40001500 + f.r.randrange(400)}", s.format(x=f.pick(WORDS))) for s in LOCAL for _ in range(2)]
staff = [(f"{f.pick(['F18', 'G17'])}{f.r.randrange(10000):04d}", f.name_cn()) for _ in range(14)]
sisters = [(str(c), n) for c, n in zip([100331, 100998, 101205, 210900, 100452], SISTERS)]


def line(code, name, cp, entity):
    start = round(f.pick([0, 0, f.r.uniform(10, 60000), f.r.uniform(1000, 3e6)]), 2)
    debit = round(f.pick([0, 0, f.r.uniform(100, 400000)]), 2)
    credit = round(f.pick([0, f.r.uniform(100, 400000), -start]), 2)
    end = round(start + credit - debit, 2)
    side = lambda v: "平" if abs(v) < 0.005 else f.pick(["贷", "贷", "借"])
    return [code, name, None, None, cp[0] if cp else None, cp[1] if cp else None, side(start), money(start), money(debit),
            money(credit), side(end), money(abs(end)), entity]


rows = []
for entity in ["广州星河", "黄埔星河"]:
    for code, name, n in ACCOUNTS:
        rows.append(line(code, name, None, entity))               # the account's own line, no counterparty
        pool = {"224101": staff, "122101": staff, "122104": sisters, "224103": sisters}.get(code)
        for k in range(n - 1 if n > 1 else 0):
            src = pool or f.pick([locals_, locals_, sisters, staff])
            cp = f.pick(src)
            rows.append(line(code, name, cp, entity))
            if f.chance(0.15):
                rows.append(line(code, name, cp, entity))          # same counterparty on a second line
        if code == "224104":
            rows.append(line(code, name, ("40000718", "其他"), entity))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["科目编号", "科目名称", "部门", "部门名称", "核算项-1", "核算项-1名称", "借贷", "期初本币余额", "本币借方金额", "本币贷方金额",
           "借贷", "期末本币余额", "法人主体"])
for r in rows[:196]:
    ws.append(r)
save(wb, "balances-zh-cn-otherpayables.xlsx")
