"""
Shape of wangyuanqin/xlsx-lending 导入模板.xlsx (commit 3e03758846e686bcbd20562b674b47574e571246): the
sample a Vue page uses to try its Excel import and duplicate checks, last saved by openpyxl
(creator openpyxl, modified by Administrator). Sheet1: header 姓名 / 学号 / 身份证 / 手机号 on row 1,
seven rows of placeholder people (张三-style and pet names): student numbers as numbers with two
people sharing one, ID numbers as text cells formatted @, the same mobile (a number) on every
row; one person's row repeated exactly, one repeated with a shortened 9-digit phone, one repeated
with a 16-character ID. Sheet2 and Sheet3 empty. Values invented (other placeholders).
"""
from fake import workbook, save

wb = workbook()
wb.properties.creator = "openpyxl"
wb.properties.lastModifiedBy = "Administrator"
ws = wb.active
ws.title = "Sheet1"
ws.append(["姓名", "学号", "身份证", "手机号"])
PHONE = 13800007731
rows = [["王五", 241061, "500231199607113826", PHONE],
        ["赵六", 241061, "500231199607113824", PHONE],
        ["丽丽", 241064, "500231199607113822", PHONE],
        ["明明", 241067, "500231199607113820", PHONE],
        ["明明", 241067, "500231199607113820", PHONE],
        ["赵六", 241061, "500231199607113824", 138000077],
        ["丽丽", 241064, "5002311996071138", PHONE]]
for r in rows:
    ws.append(r)
    ws.cell(ws.max_row, 3).number_format = "@"
for col, w in {"B": 15.25, "C": 43.5, "D": 33.5}.items():
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "students-zh-cn-importcheck.xlsx")
