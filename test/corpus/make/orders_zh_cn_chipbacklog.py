"""
Shape of TTTriste06/Forecast-Analysis "未交订单.xlsx": a Chinese sensor-chip maker's open-order
(backlog) export from its ERP, opened and saved in Excel, two sheets.

- "Sheet1": a per-product working table: rows 1-3 empty, a SUBTOTAL over the amounts in E4, a
  caption row 5 (数量 / 金额 / 单价 over D-F), the header 规格 / 品名 / 晶圆品名 / 7月 / 7月 / 单价 on
  row 6, then one line per product with quantity, amount and an =E/D unit price formula.
- "Sheet": the ERP's 37-column open-order lines (结束 / 订单日期 / 业务员姓名 / 销售部门 / 终端客户全称 /
  单号 / 客户单号 / 品号 / 品名 / 规格 / 晶圆品名 / 客户要求交期 / 回复客户交期 / 客户全称 / 结算公司简称 /
  quantities, prices, amounts, 备注-业务, the customer's own part number, BIN, wafer, units,
  currency, warehouse, line number, product line, category, application): the buying customer in
  N, the end customer in E (a single space when unknown, often the same company, otherwise the
  car-parts or appliance maker behind a distributor), the salesperson (a placeholder 'Sales', an
  English name, or a space on some lines), dates formatted mm-dd-yy, single spaces in empty text
  cells, delivery addresses with a contact in some remarks, the maker's own Shenzhen affiliate as
  a customer, and a last row of column totals typed as text with thousands separators.
Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook

f = Fake("orders-zh-cn-chipbacklog")
cf = CachedFormulas()
SP = " "

SYL = list("瑞博科泰信达创源恒晟锐宏联启驰宇航星润嘉德丰朗芯磁昊越晶烨澜川琪铭")
PLACES = ["上海", "苏州", "无锡", "宁波", "杭州", "深圳", "东莞", "常州", "南通", "温州", "天津", "广州", "绍兴", "合肥", "厦门",
          "浙江", "江苏", "广东"]
SUFFIX = ["电子科技有限公司", "汽车零部件有限公司", "电机有限公司", "微电子有限公司", "智能科技有限公司", "电器有限公司",
          "传感技术有限公司", "精密电子有限公司", "汽车电子股份有限公司", "电子有限公司"]


def company():
    return f._unique(lambda: f.pick(PLACES) + f.pick(SYL) + f.pick(SYL) + f.pick(SUFFIX))


AFFILIATE = "芯跃微电子(深圳) 有限公司"
customers = [company() for _ in range(58)] + [AFFILIATE]
end_users = [company() for _ in range(40)]
# a distributor names the maker behind it; direct buyers are their own end customer
behind = {c: (f.pick(end_users) if f.chance(0.55) else c) for c in customers}
behind[AFFILIATE] = f.pick(end_users)
STAFF = [f.name_cn() for _ in range(13)] + ["Sales", "Tom"]
DEPTS = ["销售1部", "销售2部", "销售3部", "销售管理部", "总经办", "海外销售部"]
staff_dept = {s: f.pick(DEPTS) for s in STAFF}
owner = {c: f.pick(STAFF) for c in customers}
second_owner = {c: f.pick(STAFF) for c in f.r.sample(customers, 12)}
# some buyers have the goods sent to a plant: its address and receiving contact go in the remark
deliver = {c: f"{f.address_cn()}{f.pick([' ', '，'])}{f.mobile_cn()}{f.name_cn()}" if f.chance(0.5) else
           f"{f.address_cn()} {f.name_cn()}{f.mobile_cn()}" for c in f.r.sample(customers, 14)}
weights = [f.pick([1, 1, 2, 3, 5, 8, 12, 25]) for _ in customers]
weights[-1] = 10

LINES = [("传感器", "霍尔开关", "消费"), ("速度传感器", "曲轴传感器", "车规"), ("磁性位置传感器", "双极开关霍尔", "车规"),
         ("电机驱动", "集成驱动", "工业"), ("电机驱动", "门级驱动", "消费"), (SP, SP, SP)]
products = []
for i in range(96):
    spec = f"SC{f.r.randrange(1000, 4999)}{f.pick(['UA', 'SO', 'SA', 'B1', 'N1'])}"
    wafer = f"STC{f.r.randrange(9000, 9999)}{f.pick('ABCDEJW')}"
    suffix = f.pick(["", "-Q", "-BK", "-TR-Q", "-W"])
    item = f"SZ{f.pick('ABCK')}0{f.r.randrange(1, 9)}{f.pick('CDG')}{f.r.randrange(10, 999):03d}{f.pick(['', '01', '00'])}"
    name = f"{spec}{suffix}({wafer})-{spec[2:6]}" if f.chance(0.4) else f"{spec}{suffix}-{f.pick(['CH', 'DB', 'DC'])}-{f.r.randrange(10, 60)}{f.pick(['AK', 'CK', 'CR'])}-{spec[2:6]}"
    price = f.pick([round(f.r.uniform(0.12, 3.2), 6), round(f.r.uniform(0.15, 0.9), 3), f.pick([1000, 2800, 3500, 6526.27])])
    unit = "PCS" if price >= 1000 else "EA"
    products.append(dict(spec=spec + suffix, name=name, wafer=wafer, item=item, waferno=f"SZ{f.pick('AB')}01{f.pick('CD')}{f.r.randrange(1, 200):04d}",
                         price=price, unit=unit, line=f.pick(LINES)))

wb = workbook()
summary = wb.active
summary.title = "Sheet1"
orders = wb.create_sheet("Sheet")
HEAD = ["结束", "订单日期", "业务员姓名", "销售部门", "终端客户全称", "单号", "客户单号", "品号", "品名", "规格", "晶圆品名",
        "客户要求交期", "回复客户交期", "客户全称", "结算公司简称", "未交订单数量", "现有库存量", "单价-原币", "未交金额", "备注-业务",
        "客户品号", "客户品名", "客户规格", "BIN等级名称", "WAFER型号", "订单数量", "订单金额", "已交订单数量", "已交金额-原币",
        "业务单位", "币种", "仓库编号", "仓库名称", "序号", "产品线", "产品类别", "产品应用"]
orders.append(HEAD)
NUMERIC = {"未交订单数量": 0, "现有库存量": 0, "未交金额": 0, "订单数量": 0, "订单金额": 0, "已交订单数量": 0, "已交金额-原币": 0}
per_product = {}
lines = []
order_no = 0
while len(lines) < 455:
    cust = f.r.choices(customers, weights=weights)[0]
    order_no += 1
    day = f.date(datetime.date(2024, 1, 8), datetime.date(2025, 7, 4))
    no = f"2300-{day:%Y%m%d}{f.r.randrange(1, 40):04d}"
    po = f.pick([f"{f.pick(['HX', 'PX', 'YY', 'HT', 'CT', 'EN'])}{day:%Y%m%d}{f.r.randrange(1, 9):03d}", f"{day:%Y%m%d}",
                 f"{day:%Y-%m-%d}-{f.r.randrange(1, 20):04d}", f"CA-PO{day:%Y%m%d}-1"])
    rep = second_owner.get(cust) if cust in second_owner and f.chance(0.3) else owner[cust]
    if f.chance(0.01):
        rep = SP
    for seq in range(1, f.pick([1, 1, 1, 2, 2, 3, 4, 6]) + 1):
        p = f.pick(products)
        ordered = f.pick([3, 5, 6, 20, 72, 100, 1000, 5000, 9000, 10000, 20000, 60000, 100000, 120000, 728000])
        if p["unit"] == "PCS":
            ordered = f.pick([3, 5, 6, 12, 20, 25, 30, 49, 72, 100])
        delivered = f.pick([0, 0, 0, 0, round(ordered * f.pick([0.25, 0.5, 0.75]))])
        open_qty = ordered - delivered
        stock = f.pick([0, 0, 0, 696, 2569, f.r.randrange(0, 2000000)])
        want = day + datetime.timedelta(days=f.pick([0, 1, 12, 30, 45, 90]))
        reply = want + datetime.timedelta(days=f.pick([0, 0, 7, 11, 30, 60, -20]))
        remark = SP
        if cust in deliver and f.chance(0.35):
            remark = deliver[cust]
        elif f.chance(0.1):
            remark = f.pick(["华达封装", "今年出货的价格更新，无需安排投产", "客户标签：S41H-E-S-A/B/C", "加急"])
        cust_part = f.pick([SP] * 18 + [f"S{f.r.randrange(10, 99)}H-E-S", p["spec"][:8]])
        settle = "芯跃" if cust != AFFILIATE and f.chance(0.86) else f.pick(["奈临", "传卓"])
        end = f.pick([SP, behind[cust], behind[cust], behind[cust], behind[cust]]) if f.chance(0.9) else SP
        wh = f.pick([(SP, SP)] * 10 + [("WH01", "成品仓"), ("WH03", "半成品仓"), ("WH02E", "工程仓"), ("CP", "已测晶圆仓")])
        row = ["未结束", day, rep, staff_dept.get(rep, "销售管理部"), end, no, po, p["item"], p["name"], p["spec"], p["wafer"],
               want, reply, cust, settle, open_qty, stock, p["price"], round(open_qty * p["price"], 2), remark,
               cust_part, cust_part, cust_part, f.pick([SP] * 14 + ["A档", "B档"]), p["waferno"], ordered,
               round(ordered * p["price"], 2), delivered, round(delivered * p["price"], 2), p["unit"], "CNY", wh[0], wh[1],
               seq, *p["line"]]
        lines.append(row)
        agg = per_product.setdefault(p["spec"], [p, 0, 0])
        agg[1] += open_qty
        agg[2] += round(open_qty * p["price"], 2)
lines.sort(key=lambda row: (row[9], row[1]))
for row in lines:
    orders.append(row)
for r in range(2, len(lines) + 2):
    for c in (2, 12, 13):
        orders.cell(r, c).number_format = "mm-dd-yy"
totals = [None] * len(HEAD)
for name in NUMERIC:
    i = HEAD.index(name)
    total = sum(row[i] for row in lines)
    totals[i] = f"{total:,.2f}" if isinstance(total, float) and total != int(total) else f"{int(total):,}"
orders.append(totals)

summary["D5"], summary["E5"], summary["F5"] = "数量", "金额", "单价"
for c, h in zip("ABCDEF", ["规格", "品名", "晶圆品名", "7月", "7月", "单价"]):
    summary[f"{c}6"] = h
r = 7
for spec, (p, qty, amount) in sorted(per_product.items()):
    if qty == 0:
        continue
    summary.cell(r, 1, spec)
    summary.cell(r, 2, p["name"])
    summary.cell(r, 3, p["wafer"])
    summary.cell(r, 4, qty)
    summary.cell(r, 5, round(amount, 2))
    cf.formula(summary, f"F{r}", f"=E{r}/D{r}", round(amount / qty, 6))
    r += 1
cf.formula(summary, "E4", f"=SUBTOTAL(9,E7:E{r - 1})", round(sum(a for _, _, a in per_product.values()), 2))
summary.column_dimensions["A"].width = 22.2

cf.save(wb, "orders-zh-cn-chipbacklog.xlsx")
