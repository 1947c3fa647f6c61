"""
Shape of tomhuang065/AVM_littleKnife_new "供應商.xlsx": the supplier table a Taiwanese small
manufacturer fills in (Excel) to load into its activity-based costing app, beside its material
purchases, opening stock and chart of accounts.

- "工作表1": header 供應商代碼 / 供應商名稱 on row 1, then one line per supplier with a four-digit
  code stored as text (0001, 0002 …, text-formatted cells) and the supplier's name.
Not client data: a lookup table of the firm's suppliers, keyed by the code its purchase sheet uses.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("suppliers-zh-tw-costing")
SYL = list("宏昌永豐大興聯華順成新光金泰建和正隆瑞益佳美協勝")
TRADES = ["五金行", "紙器股份有限公司", "塑膠工業有限公司", "包材行", "化工原料行", "印刷廠", "食品原料有限公司",
          "貿易有限公司", "木業有限公司", "機械股份有限公司", "刀具有限公司", "物流股份有限公司"]

wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(["供應商代碼", "供應商名稱"])
for i in range(23):
    name = f._unique(lambda: f.pick(SYL) + f.pick(SYL) + f.pick(TRADES))
    ws.append([f"{i + 1:04d}", name])
    ws.cell(i + 2, 1).number_format = "@"
ws.column_dimensions["A"].width = 13
ws.column_dimensions["B"].width = 13

save(wb, "suppliers-zh-tw-costing.xlsx")
