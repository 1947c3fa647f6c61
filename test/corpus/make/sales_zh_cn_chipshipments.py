"""
Shape of TTTriste06/semiexcel "%E8%B5%9B%E5%8D%93-%E9%94%80%E8%B4%A7%E6%98%8E%E7%BB%86.xlsx" (a
sensor-chip maker's 销货明细, its month of shipments exported from the ERP and worked on in Excel),
five sheets.

- "Sheet": the ERP's 47-column shipment lines (销售域编号 / 交易日期 / 品号 / 品名 / 规格 / 数量 / 单位 /
  单价 / 原币金额 / 仓库名称 / … / 客户编号 / 客户简称 / 业务员编号 / 业务员姓名 / 部门编号 / 销售域名称 /
  部门名称 / document numbers / tax columns / cost, margin, margin rate / 客户单号 / 客户品号 /
  结算状态 / 已结算数量 / 批号 …), newest first, autofilter over the whole range: the buying
  customer by code (HD/HN/HZ + four digits) and short name, a salesperson per line (a 'Sales'
  placeholder and a single space on some), single spaces in empty text cells, dates mm-dd-yy,
  two sales-return lines with negative quantities, the maker's own Shenzhen affiliate and an
  online distributor's outside warehouse among the buyers.
- "Sheet2": the same columns with only the header under the autofilter and sixty lines to a
  sister distributor (code 010002, salesperson 'Sales') not in "Sheet".
- "Sheet1": "Sheet" again without the two return lines, panes frozen under the header.
- "Sheet3": a pivot by product name (行标签 / 求和项:数量 / 求和项:原币金额, (空白), 总计) with a
  stray list of part numbers in H near its end and product names pasted under it.
- "Sheet4": a small pivot of the sister distributor's lines.
Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("sales-zh-cn-chipshipments")
SP = " "
HEAD = ["销售域编号", "交易日期", "品号", "品名", "规格", "数量", "单位", "单价", "原币金额", "仓库名称", "工厂/储运编号",
        "工厂/储运名称", "客户编号", "客户简称", "业务员编号", "业务员姓名", "部门编号", "销售域名称", "部门名称", "出/入库单号",
        "销货/销退单号", "订单单号", "仓库编号", "特征码", "特征码规格", "发票种类", "商品类型", "币种", "汇率", "税种", "税率",
        "原币未税金额", "原币税额", "本币未税金额", "本币税额", "本币金额", "销货成本", "销货毛利", "毛利率", "客户单号", "客户品号",
        "结算状态", "已结算数量", "批号", "批号说明", "项目编号", "项目名称"]
CITIES = ["上海", "深圳", "苏州", "无锡", "南京", "杭州", "宁波", "合肥", "常州", "广州", "东莞", "天津", "金华"]
SYL = list("瑞博泰信达创源恒晟锐宏联启驰宇航星润嘉德丰朗磁昊越晶烨澜川琪铭致茂")
TAILS = ["电子", "", "", "微电子", "光电", "传感", "机电", "汽车电子", "半导体"]


def short_name():
    name = f.pick(CITIES) + f.pick(["", "", "市"]) + f.pick(SYL) + f.pick(SYL) + f.pick(TAILS)
    return name.replace("上海市", "上海")


customers = []
for i in range(52):
    name = f._unique(short_name)
    code = f._unique(lambda: f"{f.pick(['HD', 'HD', 'HN', 'HZ'])}{f.r.randrange(10, 700):04d}")
    customers.append((code, name))
customers += [("HN0194", "芯源微电子深圳"), ("HN0088", "深圳优创商城"), ("HD0464", "苏州柏华电子")]
ONLINE = "深圳优创商城"
STAFF = [(f"8{f.r.randrange(10, 500):04d}", f.name_cn()) for _ in range(14)] + [("99995", "Sales"), ("80999", "Tom"), ("00000", SP)]
DEPTS = [("061", "销售1部"), ("062", "销售2部"), ("064", "销售3部"), ("006", "销售管理部"), ("009", "总经办")]
dept_of = {s: f.pick(DEPTS) for s in STAFF}
rep_of = {c: f.pick(STAFF[:14]) for c in customers}
for c in f.r.sample(customers, 6):
    rep_of[c] = f.pick(STAFF[14:16])
weights = [f.pick([1, 2, 3, 5, 8, 13, 20]) for _ in customers]
weights[-3], weights[-2] = 40, 30

products = []
for _ in range(150):
    spec = f"SC{f.r.randrange(1000, 9999)}{f.pick(['SO', 'UA', 'TS', 'SA', 'A1', 'B1', 'VB'])}"
    grade = f.pick(["-Q", "-N", "-P", "", "-N-A"])
    name = f"{spec}{grade}-{f.pick(['CI', 'CT', 'DB', 'DE', 'AE', 'GC'])}-{f.r.randrange(10, 90)}{f.pick(['CR', 'AR', 'AK', 'NR', 'HK'])}-{spec[2:6]}"
    item = f"SZ{f.pick('ABDM')}08{f.pick('ACD')}{f.r.randrange(1, 999):03d}{f.pick(['00', '01', '02'])}"
    price = f.pick([0.125, 0.16, 0.265, 0.28, 0.4, 0.43, 0.633, 1.6, 2.28, round(f.r.uniform(0.1, 3), 3)])
    products.append(dict(item=item, name=name, spec=spec + grade + "-TR", price=price, unit="EA"))
products.append(dict(item="SZD01A0123", name="STC9A001G", spec="STC9A001G", price=2660, unit="PCS"))

WAREHOUSES = [("WH01", "成品仓")] * 20 + [("WH96", "样品仓"), ("WF", "未测晶圆仓"), ("HOLD", "HOLD仓"), ("WH02", "半成品仓")]


def line(day, cust, rep, p, qty, ret=False):
    dept = dept_of[rep]
    amount = round(qty * p["price"], 2)
    untaxed = round(amount / 1.13, 2)
    tax = round(amount - untaxed, 2)
    cost = 0 if f.chance(0.17) else round(untaxed * f.r.uniform(0.3, 0.6), 2)
    margin = round(untaxed - cost, 2)
    wh = ("WH998", "优创（外仓）") if cust[1] == ONLINE else f.pick(WAREHOUSES)
    settled = f.chance(0.6) and not ret
    lot = f"{f.pick(['AR', 'AS', 'ER'])}{f.pick('CDKQ')}{f.r.randrange(10, 99)}{f.pick('EGN')}{f.r.randrange(1, 9)}.1"
    no = f"{day:%Y%m%d}{f.r.randrange(1, 40):04d}"
    return ["SZ", datetime.datetime(day.year, day.month, day.day), p["item"], p["name"], p["spec"], qty, p["unit"],
            0 if ret else p["price"], 0 if ret else amount, wh[1], "SZ", "芯源工厂", cust[0], cust[1], rep[0], rep[1],
            dept[0], "集团销售域", dept[1], f"{'1501' if ret else '1403'}-{no}", f"{'2600' if ret else '2400'}-{no}",
            f"2300-{day - datetime.timedelta(days=f.r.randrange(3, 60)):%Y%m%d}{f.r.randrange(1, 60):04d}", wh[0], SP, SP,
            "增值税全电专用发票" if ret else SP, "商品", "CNY", 1, "13%税率", 0.13,
            *([0] * 7 if ret else [untaxed, tax, untaxed, tax, amount, cost, margin]),
            0 if ret else round(margin / untaxed, 15) if untaxed else 1,
            f.pick([f"PO{day:%y%m%d}{f.r.randrange(1, 99):04d}", f"{day:%Y%m%d}{f.r.randrange(1, 60):03d}", f"TCR25-{day.month}-{day.day}",
                    f":{day:%Y%m%d}{f.r.randrange(1, 9):03d}"]),
            f.pick([SP] * 18 + ["G1630", "CHY19S"]), "结算未完成" if not settled else "结算已完成", qty if settled else 0,
            lot, lot, SP, SP]


lines = []
days = [datetime.date(2025, 5, d) for d in range(3, 29) if datetime.date(2025, 5, d).weekday() < 6]
for _ in range(800):
    cust = f.r.choices(customers, weights=weights)[0]
    rep = rep_of[cust] if f.chance(0.97) else STAFF[-1]
    p = f.pick(products)
    qty = f.pick([5, 1000, 3000, 6000, 9000, 15000, 30000, 42000, 120000, 226147, 450000]) if p["unit"] == "EA" else f.pick([1, 24, 25, 75])
    lines.append(line(f.pick(days), cust, rep, p, qty))
returns = [line(datetime.date(2025, 5, 28), customers[-1], rep_of[customers[-1]], f.pick(products), -6000, True),
           line(datetime.date(2025, 5, 21), customers[-1], rep_of[customers[-1]], f.pick(products), -3000, True)]
lines += returns
lines.sort(key=lambda r: (r[1], r[12]), reverse=True)

SISTER = ("010002", "上海传芯")
sister_lines = []
for _ in range(60):
    p = f.pick(products[:20])
    sister_lines.append(line(f.pick(days), SISTER, ("99995", "Sales"), p, f.pick([1055, 2172, 2773, 3000, 6000, 15000])))
sister_lines.sort(key=lambda r: r[1], reverse=True)

wb = workbook()
ws = wb.active
ws.title = "Sheet"
ws.append(HEAD)
for row in lines:
    ws.append(row)
ws.auto_filter.ref = f"A1:AU{len(lines) + 1}"
s2 = wb.create_sheet("Sheet2")
s2.append(HEAD)
for row in sister_lines:
    s2.append(row)
s2.auto_filter.ref = "A1:AU1"
s1 = wb.create_sheet("Sheet1")
s1.append(HEAD)
kept = [row for row in lines if row[5] > 0]
for row in kept:
    s1.append(row)
s1.auto_filter.ref = f"A1:AU{len(kept) + 1}"
s1.freeze_panes = "A2"
for sheet, count in ((ws, len(lines)), (s2, len(sister_lines)), (s1, len(kept))):
    for r in range(2, count + 2):
        sheet.cell(r, 2).number_format = "mm-dd-yy"


def pivot(sheet, rows):
    sheet.append(["行标签", "求和项:数量", "求和项:原币金额"])
    sums = {}
    for row in rows:
        q, a = sums.get(row[3], (0, 0))
        sums[row[3]] = (q + row[5], a + row[8])
    for name in sorted(sums):
        sheet.append([name, sums[name][0], round(sums[name][1], 2)])
    sheet.append(["(空白)"])
    sheet.append(["总计", sum(q for q, _ in sums.values()), round(sum(a for _, a in sums.values()), 2)])
    return sorted(sums)


s3 = wb.create_sheet("Sheet3")
names = pivot(s3, lines + sister_lines)
end = s3.max_row
for k, part in enumerate(f.r.sample([p["spec"] for p in products], 7)):
    s3.cell(end - 22 + k, 8, part)
for k, name in enumerate(f.r.sample(names, 9)):
    s3.cell(end + 8 + k, 1, name)
s3.column_dimensions["A"].width = 37.57
s4 = wb.create_sheet("Sheet4")
pivot(s4, sister_lines)

save(wb, "sales-zh-cn-chipshipments.xlsx")
