"""
Shape of YanhuiLu89/customermgsys "销货.xls": the sales register (销货) a small computer-parts dealer
keeps for its Qt customer/supplier/stock app, saved by WPS as Excel 97-2003 (.xls).

- "Sheet1": header 序号 / 货品大类 / 货品名称 / 货品规格 / 货品编码 / 出货日期 / 出货数量 / 出货单价 /
  合计金额 / 已付金额 / 欠款 / 客户 / 是否含税 / 是否欠发票 on row 1, then one line per delivery to a
  client: item category and name, an empty spec column, PJ item codes, dates shown yyyy-mm-dd,
  quantity, unit price, total, paid, still owed, the client (a person or a firm, coming back
  several times), 是/否 flags.
- "Sheet2" and "Sheet3" empty, as WPS leaves them.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("sales-zh-cn-pcparts")
PRICES = {("显示设备", "显卡"): 1380, ("显示设备", "显示器"): 799, ("输入设备", "鼠标"): 45, ("输入设备", "键盘"): 69,
          ("电脑", "笔记本"): 3299, ("电脑", "台式主机"): 2199, ("附件", "连接线"): 25, ("附件", "转接头"): 30,
          ("存储", "固态硬盘"): 329, ("存储", "U盘"): 49, ("网络设备", "路由器"): 159, ("网络设备", "交换机"): 260}
ITEMS = list(PRICES)
codes = {item: f"PJ{i + 5:03d}" for i, item in enumerate(ITEMS)}
CLIENTS = [f.name_cn(), f.name_cn(), f.name_cn(), f.name_cn(), "城南实验小学", "恒信会计师事务所",
           "佳美广告有限公司", "天宇网吧", "鸿运物流有限公司"]
WEIGHTS = [6, 4, 2, 1, 5, 3, 4, 8, 2]
SALES = 41

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["序号", "货品大类", "货品名称", "货品规格", "货品编码", "出货日期", "出货数量", "出货单价", "合计金额",
           "已付金额", "欠款", "客户", "是否含税", "是否欠发票"])
# every client buys at least once, the rest by weight
buyers = CLIENTS + f.r.choices(CLIENTS, weights=WEIGHTS, k=SALES - len(CLIENTS))
f.r.shuffle(buyers)
day = datetime.date(2021, 3, 5)
for i, client in enumerate(buyers):
    day += datetime.timedelta(days=f.pick([0, 1, 1, 2]))
    cat, name = f.pick(ITEMS)
    qty = f.pick([1, 1, 2, 3, 5, 10]) if client in CLIENTS[:4] else f.pick([2, 5, 10, 20, 30])
    price = PRICES[(cat, name)]
    total = qty * price
    paid = f.pick([total, total, total, 0, round(total / 2)])
    tax = f.pick(["是", "否"])
    ws.append([i + 1, cat, name, None, codes[(cat, name)], day, qty, price, total, paid, total - paid, client,
               tax, "否" if tax == "否" else f.pick(["是", "否"])])
    ws.cell(i + 2, 6).number_format = "yyyy-mm-dd"
ws.column_dimensions["F"].width = 12.5
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

save(wb, "sales-zh-cn-pcparts.xls", libreoffice="xls")
