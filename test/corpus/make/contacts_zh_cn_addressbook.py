"""
Shape of JiangJangbest/Extreme-Programming "联系人.xlsx" (commit 87ba67ff20f31bcfa31192a5f81a8c4eb12306cd):
the export of a small contacts ("联系人收藏") web app, written by openpyxl and then edited in Excel
(the editor's name with a phone number as lastModifiedBy).

- Sheet "Sheet1": header 姓名 / 电话 / 邮箱 / 地址 on row 1 in Arial Unicode MS 10; one contact on
  row 2 in 宋体 12 (the e-mail in 宋体 11): a name, a six-digit local number stored as a number
  (no area code), a 163-style e-mail, an address that is only a street name.
- Empty "Sheet2" and "Sheet3".
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("contacts-zh-cn-addressbook")
wb = workbook()
wb.properties.creator = "openpyxl"
wb.properties.lastModifiedBy = f.name_cn() + "13800000000"
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(["姓名", "电话", "邮箱", "地址"], 1):
    ws.cell(1, j, h).font = Font(name="Arial Unicode MS", size=10)
ws["A2"] = "王五"
ws["B2"] = 862741
ws["C2"] = "777@example.com"
ws["D2"] = "人民大道"
for c in ("A2", "B2", "D2"):
    ws[c].font = Font(name="宋体", size=12)
ws["C2"].font = Font(name="宋体", size=11)
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "contacts-zh-cn-addressbook.xlsx")
