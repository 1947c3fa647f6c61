"""
Shape of XiongSHero/mofangAdmin "联系方式.xlsx" (commit 63dcffb1c7e84d38d7fb703806c6a1696c65dc1c): the
contact sheet a tutoring centre uploads into its admin system ("魔方后台管理系统", Excel on a
Windows 10 PC, 宋体 11) to follow up pupils' families by phone.

- One sheet "Sheet1", header on row 1 (centred): 学生姓名 / 联系方式; column C has no header.
- 50 pupils, names left-aligned; every phone is text with a leading TAB ('\\t1557…', pasted from a
  web export), column B 15 wide. Two pupils share one number (siblings or a parent's phone).
- Column C, unheaded, notes on two rows only, from the calls: one number turned out to be a car
  dealer's after-sales line ('比亚迪售后'), one was a wrong number ('打错了').
Values invented (names, numbers); the notes kept in kind.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("leads-zh-cn-tutoringcalls")
wb = workbook()
wb.properties.creator = "Administrator"
wb.properties.lastModifiedBy = "win 10"
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "学生姓名"
ws["B1"] = "联系方式"
FONT = Font(name="宋体", size=11)
for c in ("A1", "B1"):
    ws[c].font = FONT
    ws[c].alignment = Alignment(horizontal="center")
names = [f.name_cn() for _ in range(50)]
phones = [f.mobile_cn() for _ in range(50)]
phones[13] = phones[3]  # two pupils on one number
NOTES = {47: "比亚迪售后", 48: "打错了"}
for i, (n, p) in enumerate(zip(names, phones)):
    r = i + 2
    ws.cell(r, 1, n)
    ws.cell(r, 2, "\t" + p)
    for col in (1, 2):
        ws.cell(r, col).font = FONT
        ws.cell(r, col).alignment = Alignment(horizontal="left")
    if i in NOTES:
        ws.cell(r, 3, NOTES[i]).font = FONT
ws.column_dimensions["B"].width = 15
save(wb, "leads-zh-cn-tutoringcalls.xlsx")
print(names[0], phones[0], names[3], names[13], phones[3], names[47], phones[47], names[48])
