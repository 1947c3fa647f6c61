"""
Shape of TTTriste06/semiexcel "%E8%B5%9B%E5%8D%93-%E5%88%B0%E8%B4%A7%E6%98%8E%E7%BB%86.xlsx" (a
sensor-chip maker's 到货明细: a month of goods received from its foundries and packaging
subcontractors, exported from the ERP), one sheet.

- "Sheet": 36 columns 到货单号 / 到货日期 / 品号 / 品名 / 工厂/储运编号 / 工厂/储运名称 / 规格 / 采购数量 /
  业务数量 / 允收数量 / 计价数量 / 报废数量 / 已入库数量 / 折扣后单价 / 金额 / 计价单位 / 批号 / 仓库编号 /
  库位编号 / 仓库名称 / 采购类型 / 供应商简称 / 审核 / 供应商编号 / 收货人姓名 / 序号 / … / 订单单号 /
  采购单位 / 项目编号 / 项目名称, newest first: the supplier by short name (foundries, packaging
  houses with a '-AF' or '-CP' suffix for their line) and code (AF/CP/WF + four digits), tiny unit
  prices of subcontracted work, scrap and rejected-stock warehouses, a single space in empty text
  cells and in every 收货人姓名, dates mm-dd-yy.
Not client data: every party is a supplier. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("receipts-zh-cn-chiparrivals")
SP = " "
HEAD = ["到货单号", "到货日期", "品号", "品名", "工厂/储运编号", "工厂/储运名称", "规格", "采购数量", "业务数量", "允收数量",
        "计价数量", "报废数量", "已入库数量", "折扣后单价", "金额", "计价单位", "批号", "仓库编号", "库位编号", "仓库名称",
        "采购类型", "供应商简称", "审核", "供应商编号", "收货人姓名", "序号", "商品类型", "特征码", "特征码规格", "业务单位",
        "特采数量", "拒收数量", "订单单号", "采购单位", "项目编号", "项目名称"]
PLACES = ["浙江", "江苏", "南通", "绍兴", "上海", "无锡", "天水", "池州", "佛山"]
SYL = list("芯源华宁鑫晶优睿尊阳亚科长电胜磁诚达宇翔")
suppliers = []
for i in range(24):
    base = f._unique(lambda: f.pick(PLACES) + f.pick(SYL) + f.pick(SYL) + f.pick(["", "", "微电子", "半导体"]))
    if i < 3:
        for line, prefix in (("AF", "AF"), ("CP", "CP")):
            suppliers.append((f"{base}-{line}", f._unique(lambda: f"{prefix}{f.r.randrange(1, 40):04d}"), "工单委外"))
    else:
        prefix = f.pick(["AF", "AF", "CP"])
        suppliers.append((base, f._unique(lambda: f"{prefix}{f.r.randrange(1, 40):04d}"), "工单委外"))
suppliers += [("KR FOUNDRY CO., LTD", "WF0003", "一般采购"), ("上海华微半导体制造有限公司", "WF0002", "一般采购")]
weights = [f.pick([1, 2, 4, 8, 20, 40]) for _ in suppliers]
weights[0] = 120

products = []
for _ in range(160):
    spec = f"SC{f.r.randrange(1000, 9999)}{f.pick(['SO', 'UA', 'TS', 'SA', 'VB'])}{f.pick(['-N', '-Q', ''])}"
    products.append(dict(item=f"SZ{f.pick('ABD')}0{f.pick('68')}{f.pick('ACD')}{f.r.randrange(1, 999):03d}{f.pick(['00', '01', '02'])}",
                         name=f"{spec}-{f.pick(['CE', 'DB', 'AB', 'CA'])}-{f.r.randrange(10, 99)}{f.pick(['NR', 'CR', 'AK'])}-{spec[2:6]}",
                         spec=spec + "-TR"))
wafers = [dict(item=f"SZ{f.pick('ABD')}01D{f.r.randrange(1, 200):04d}", name=f"STC{f.r.randrange(9000, 9999)}{f.pick('BCEG')}") for _ in range(20)]
WAREHOUSES = [("WH01", "WH-NX", "成品仓")] * 9 + [("WH04", SP, "不良品仓")] * 4 + [("WH03", "TEMP00", "半成品仓")] * 2 + [
    ("WH96", "WHS-SH", "样品仓")]

wb = workbook()
ws = wb.active
ws.title = "Sheet"
ws.append(HEAD)
lines = []
days = [datetime.date(2025, 5, d) for d in range(2, 30) if datetime.date(2025, 5, d).weekday() < 6]
while len(lines) < 1000:
    sup = f.r.choices(suppliers, weights=weights)[0]
    day = f.pick(days)
    receipt = f"{'3702' if sup[2] == '一般采购' else '3600'}-{day:%Y%m%d}{f.r.randrange(1, 12):04d}"
    order = f"{f.pick(['3500', '3501', '350A', '3504'])}-{day - datetime.timedelta(days=f.r.randrange(20, 90)):%Y%m%d}{f.r.randrange(1, 20):04d}-{f.r.randrange(1, 3)}-1"
    for seq in range(1, f.pick([1, 1, 1, 1, 2, 3]) + 1):
        if sup[2] == "一般采购":
            p = f.pick(wafers)
            qty, ordered, price, unit, wh = 25, f.pick([75, 100, 275, 300]), f.pick([470, 500, 2660]), "PCS", ("WF", "JT-WF", "未测晶圆仓")
            spec = p["name"]
        else:
            p = f.pick(products)
            qty = f.pick([24, 25, 5, 476, 100000, 316853, 226147, f.r.randrange(1000, 400000)])
            ordered = qty + f.pick([0, 0, f.r.randrange(0, 400000)])
            price, unit, wh, spec = f.pick([0.08, 0.01, 0.068, 0.006, 0.00001]), "EA", f.pick(WAREHOUSES), p["spec"]
        scrap = f.pick([0] * 8 + [2, 11, 719])
        accepted = 0 if wh[2] == "不良品仓" else qty
        lot = f"{f.r.randrange(3000000, 5999999)}" if f.chance(0.6) else f"{f.pick(['ER', 'AR', 'X'])}{f.r.randrange(1000, 9999)}{f.pick('GNQ')}.1"
        lines.append([receipt, datetime.datetime(day.year, day.month, day.day), p["item"], p["name"], "SZ", "芯源工厂", spec,
                      ordered, qty, accepted, qty, scrap, accepted, price, round(qty * price, 2), unit, lot, wh[0], wh[1], wh[2],
                      sup[2], sup[0], "已审核", sup[1], SP, seq, "商品", SP, SP, unit, 0, 0, order, unit if f.chance(0.99) else SP,
                      SP, SP])
lines.sort(key=lambda r: (r[1], r[0]), reverse=True)
for row in lines:
    ws.append(row)
for r in range(2, len(lines) + 2):
    ws.cell(r, 2).number_format = "mm-dd-yy"

save(wb, "receipts-zh-cn-chiparrivals.xlsx")
