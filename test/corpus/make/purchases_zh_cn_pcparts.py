"""
Shape of YanhuiLu89/customermgsys "进货.xls": the purchase register a small computer-parts dealer
keeps for its Qt customer/supplier/stock app, saved by WPS as Excel 97-2003 (.xls).

- "Sheet1": header 序号 / 货品大类 / 货品名称 / 货品规格 / 货品编码 / 进货日期 / 进货数量 / 进货单价 /
  合计金额 / 已付金额 / 欠款 / 供应商 / 是否开票 on row 1, then one line per goods receipt: item category
  and name, an empty spec column, PJ item codes, dates shown yyyy-mm-dd, quantity, unit price,
  total, paid, still owed, the supplier (a person's name or a trading company, repeating), 是/否.
- "Sheet2" and "Sheet3" empty, as WPS leaves them.
Not client data: every row is goods bought from a supplier. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("purchases-zh-cn-pcparts")
PRICES = {("显示设备", "显卡"): 1200, ("显示设备", "显示器"): 680, ("输入设备", "鼠标"): 30, ("输入设备", "键盘"): 50,
          ("电脑", "笔记本"): 2600, ("电脑", "台式主机"): 1800, ("附件", "连接线"): 15, ("附件", "转接头"): 20,
          ("存储", "固态硬盘"): 260, ("存储", "U盘"): 35, ("网络设备", "路由器"): 120, ("网络设备", "交换机"): 200}
ITEMS = list(PRICES)
codes = {item: f"PJ{i + 5:03d}" for i, item in enumerate(ITEMS)}
suppliers = [f.name_cn(), f.name_cn(), "华强电子商行", "鑫达数码科技有限公司", f.name_cn(), "明辉电脑配件批发部"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["序号", "货品大类", "货品名称", "货品规格", "货品编码", "进货日期", "进货数量", "进货单价", "合计金额",
           "已付金额", "欠款", "供应商", "是否开票"])
day = datetime.date(2021, 3, 2)
for i in range(34):
    day += datetime.timedelta(days=f.pick([0, 1, 1, 2, 3]))
    cat, name = f.pick(ITEMS)
    qty = f.pick([1, 2, 3, 4, 5, 5, 10, 20])
    price = PRICES[(cat, name)] + f.pick([0, 0, 5, -5, 10])
    total = qty * price
    paid = f.pick([total, total, total, total - price, round(total / 2), 0])
    row = [i + 1, cat, name, None, codes[(cat, name)], day, qty, price, total, paid, total - paid,
           f.pick(suppliers), f.pick(["是", "否", "否"])]
    ws.append(row)
    ws.cell(i + 2, 6).number_format = "yyyy-mm-dd"
ws.column_dimensions["F"].width = 12.5
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

save(wb, "purchases-zh-cn-pcparts.xls", libreoffice="xls")
