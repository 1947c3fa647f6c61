"""
Shape of TTTriste06/operation_planning- "供应商-PC.xlsx": a sensor-chip maker's operations team's
lookup of its packaging and testing subcontractors (封装厂) against the production controller
(PC) who follows each, read by its planning script; Excel.

- "Sheet1": header 封装厂 / PC on row 1 (bold, narrow columns), then one subcontractor per line:
  mostly short names (city or province + two characters), a few full registered names, and the
  controller's given name or English name, each controller on several lines.
Not client data: the companies are the maker's subcontractors and the names its own staff.
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("lookups-zh-cn-packagingpc")
PLACES = ["浙江", "江苏", "南通", "绍兴", "上海", "无锡", "天水", "池州", "佛山", "苏州"]
SYL = list("芯源华宁鑫晶优睿尊阳亚科长电胜磁诚达宇翔")
controllers = ["Vivian", "雅琴", "子豪"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["封装厂", "PC"])
ws["A1"].font = ws["B1"].font = Font(bold=True)
for i in range(17):
    if i in (1, 10, 13, 15):
        name = f._unique(lambda: f.pick(PLACES) + f.pick(SYL) + f.pick(SYL) + f.pick(["电子科技有限公司", "精密机械厂", "磁业有限公司"]))
    else:
        name = f._unique(lambda: f.pick(PLACES) + f.pick(SYL) + f.pick(SYL))
    ws.append([name, f.r.choices(controllers, weights=[10, 6, 1])[0]])
ws["B6"] = controllers[2]
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 8

save(wb, "lookups-zh-cn-packagingpc.xlsx")
