"""
Shape of kcwc1029/python-study-notes "python操作excel/DM2241Python操作Excel程式實例/程式實例/04欄與列的操作/天空SPA客戶資料.xlsx"
(at commit 6510072d9d833f6d88c794921c558f5a8acbc366, removed later): a Taipei spa's client list from a Taiwanese
Python-and-Excel book's examples, one sheet 工作表1: the title 天空SPA客戶資料 merged over A1:E1 and centred, the
header on row 2 (姓名 / 地區 / 性別 / 身高 / 身份, centred), seven clients below: a full name, the Taipei district
they live in without 區 (士林, 中正, 信義), 男/女, height in cm as a number, 會員 or 非會員. Font size 12 everywhere.
Values invented: names, districts, heights and membership.
"""
from openpyxl.styles import Alignment, Font

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("clients-zh-tw-spa")
wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws["A1"] = "天空SPA客戶資料"
ws.merge_cells("A1:E1")
ws.append(["姓名", "地區", "性別", "身高", "身份"])
ROWS = [("男", 172, "會員"), ("男", 168, "會員"), ("女", 160, "非會員"), ("女", 158, "會員"), ("男", 175, "會員"),
        ("女", 163, "會員"), ("女", 167, "非會員")]
for i, (sex, height, member) in enumerate(ROWS):
    name = f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + (f.pick(GIVEN_TW) if i != 6 else ""))
    ws.append([name, f.pick(["士林", "中正", "信義", "大安"]), sex, height, member])
for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=5):
    for cell in row:
        cell.font = Font(size=12)
        if cell.row <= 2 or cell.column >= 3:
            cell.alignment = Alignment(horizontal="center")
ws.column_dimensions["E"].width = 10
save(wb, "clients-zh-tw-spa.xlsx")
