"""
Shape of a school club's blank printable application form, as in WDSLweb/WDSLweb "报名表.xlsx" (commit
a693ef0f55e887367a5fd7b4562773ba9cb2457a). Sheet 'Sheet1' holds the same form twice side by side
(columns A–F and H–M, column G a merged gutter G1:G31) for printing two to a page: row 1 a pass/fail
tick text ' [未通过][通过]' and '_______________存档日期(YYYY/MM/DD)', the form title merged over
A2:F5, then label cells with merged blanks to write in — 姓名 / 姓名拼音, 出生日期 / 性别, 班级
('            级         班') / 座号, 相关经历 (a 7-row box), 设备型号\\n或使用的软件名称 (a 7-row
box), 备注 / 申请日期. Nothing is filled in. 'Sheet2' and 'Sheet3' are empty.
Invented: the school's name in the title.
"""
from openpyxl.styles import Alignment

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
TITLE = "青山二中信息部招新申请表"
for left in (1, 8):  # A and H
    col = lambda k: left + k
    def put(row, k, value):
        ws.cell(row, col(k), value).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    def merge(r1, k1, r2, k2):
        ws.merge_cells(start_row=r1, start_column=col(k1), end_row=r2, end_column=col(k2))
    put(1, 0, " [未通过][通过]"); merge(1, 0, 1, 1)
    put(1, 2, "_______________存档日期(YYYY/MM/DD)"); merge(1, 2, 1, 5)
    put(2, 0, TITLE); merge(2, 0, 5, 5)
    put(6, 0, "姓名"); merge(6, 0, 8, 0); merge(6, 1, 8, 2)
    put(6, 3, "姓名拼音"); merge(6, 3, 8, 3); merge(6, 4, 8, 5)
    put(9, 0, "出生日期"); merge(9, 0, 11, 0); put(9, 1, "    "); merge(9, 1, 11, 3)
    put(9, 4, "性别"); merge(9, 4, 11, 4); merge(9, 5, 11, 5)
    put(12, 0, "班级"); merge(12, 0, 14, 0); put(12, 1, "            级         班"); merge(12, 1, 14, 3)
    put(12, 4, "座号"); merge(12, 4, 14, 4); merge(12, 5, 14, 5)
    put(15, 0, "相关经历"); merge(15, 0, 21, 0); merge(15, 1, 21, 5)
    put(22, 0, "设备型号\n或使用的软件名称"); merge(22, 0, 28, 0); merge(22, 1, 28, 5)
    put(29, 0, "备注"); merge(29, 0, 31, 0); merge(29, 1, 31, 2)
    put(29, 3, "申请日期"); merge(29, 3, 31, 3); merge(29, 4, 31, 5)
ws.merge_cells("G1:G31")
for c, w in (("A", 9.0), ("G", 9.4), ("H", 9.0), ("I", 9.0)):
    ws.column_dimensions[c].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "form-zh-cn-clubapplication.xlsx")
