"""
Shape of wxyzjf/20191108 "報名表.xlsx" (at commit 2ef3cfa9682e171c566dd008321a104ee29aa9c8): the sign-up form a
Hong Kong-owned contact centre in Guangzhou sent its staff for a company day out at a theme park, written in
traditional characters with a few simplified ones (家属, 参加), one sheet Sheet1:
- a bold centred title merged over A1:N1 (row 36 high), six note lines in A2:A7 (the outing's slogan, the deadline,
  the colleagues collecting forms per department in one line with long runs of spaces, the fee for family
  members in ￥, a park notice, why ID numbers are needed for the group insurance);
- '填寫範例：' (bold) in A10, then the example block: a two-row header, 參加活動員工信息 merged over A11:E11 and
  参加家属信息 over F11:N11 (yellow fill on the staff half), Dept. / Staff No. / 中文名 / Name / 手機號碼 each merged
  down two rows, 家属1（含1.2米以上兒童） / 家属2（…） / 1.19米以下兒童 merged over three columns with
  姓名 / 身份證號碼 / 活動費用\\n￥215 (車費\\n￥65 for the children) under them, and one example row (HR, staff
  number, Chinese and English name, mobile, one family member with ID number and '1'), all cells text, centred;
- '同事填寫下表' (bold) in A18 and the same block again at rows 19-21 for staff to fill in (one fee caption
  mistyped ￥217), left empty; rows 23-43 preformatted at 12.75.
Values invented: the names, staff number, mobile, ID number, park name and the colleagues' names.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
CENTER = Alignment(horizontal="center", vertical="center")
WRAP = Alignment(horizontal="center", vertical="center", wrap_text=True)
YELLOW = PatternFill("solid", fgColor="FFFFFF99")

ws["A1"] = "20191130 歡樂谷樂園報名表"
ws["A1"].font = Font(bold=True, size=16)
ws["A1"].alignment = CENTER
ws.merge_cells("A1:N1")
NOTES = [
    "歡迎參加 “同心同力同行 歡樂齊齊fun享”—— 歡樂谷樂園之旅。",
    "*報名表請於11月12日下午6點前發送給相關同事：",
    "Contact Centre: Kelly Wong          Outbound & Telesales: Jason Lau          Others: Vivian Ho / Alan Tse",
    "* 如有家屬同行，我們代收活動費用￥215，1.2米以上兒童按成人收費，1.19米以下兒童車費￥65。11月15日前將費用按部門交給以上同事。",
    "* 樂園現實施免門票優惠，優惠政策有可能隨時更改，一切解釋權歸園區所有。",
    "* 由於需要購買團體旅游保險，因此需要完整真實姓名及身份證號碼，謝謝理解！",
]
for i, text in enumerate(NOTES, start=2):
    ws.cell(i, 1, text)


def block(top, fee1):
    ws.cell(top, 1, "參加活動員工信息").alignment = CENTER
    ws.cell(top, 1).fill = YELLOW
    ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=5)
    ws.cell(top, 6, "参加家属信息").alignment = CENTER
    ws.merge_cells(start_row=top, start_column=6, end_row=top, end_column=14)
    for c, h in enumerate(["Dept.", "Staff No.", "中文名", "Name", "手機號碼"], start=1):
        cell = ws.cell(top + 1, c, h)
        cell.font, cell.alignment, cell.fill = Font(bold=True), CENTER, YELLOW
        ws.merge_cells(start_row=top + 1, start_column=c, end_row=top + 2, end_column=c)
    for c, h in [(6, "家属1（含1.2米以上兒童）"), (9, "家属2（含1.2米以上兒童）"), (12, "1.19米以下兒童")]:
        cell = ws.cell(top + 1, c, h)
        cell.font, cell.alignment = Font(bold=True), WRAP
        ws.merge_cells(start_row=top + 1, start_column=c, end_row=top + 1, end_column=c + 2)
    for c, h in enumerate(["姓名", "身份證號碼", f"活動費用\n￥{fee1}", "姓名", "身份證號碼", "活動費用\n￥215",
                           "姓名", "身份證號碼", "車費\n￥65"], start=6):
        ws.cell(top + 2, c, h).alignment = WRAP if "\n" in h else CENTER
    ws.row_dimensions[top + 1].height = 18.75
    ws.row_dimensions[top + 2].height = 48.75
    ws.row_dimensions[top + 3].height = 30.0


ws["A10"] = "填寫範例："
ws["A10"].font = Font(bold=True)
block(11, 215)
for c, v in enumerate(["HR", "G19007", "林嘉欣", "Karen", "13800004417", "林嘉樂", "440106201203150000", "1"], start=1):
    cell = ws.cell(14, c, v)
    cell.number_format, cell.alignment = "@", WRAP
ws["A18"] = "同事填寫下表"
ws["A18"].font = Font(bold=True)
block(19, 217)
ws.row_dimensions[1].height = 36.0
for r in range(2, 9):
    ws.row_dimensions[r].height = 19.5
for r in (10, 18):
    ws.row_dimensions[r].height = 16.5
for r in (11, 19):
    ws.row_dimensions[r].height = 15.0
for r in list(range(15, 18)) + list(range(23, 44)):
    ws.row_dimensions[r].height = 12.75
for col, w in {"A": 11.42578125, "B": 9.140625, "E": 12.140625, "F": 8.7109375, "G": 19.0, "H": 9.7109375,
               "I": 8.7109375, "J": 11.7109375, "K": 9.7109375, "L": 8.7109375, "M": 19.0, "N": 5.5703125,
               "O": 9.140625}.items():
    ws.column_dimensions[col].width = w
save(wb, "signups-zh-tw-staffouting.xlsx")
