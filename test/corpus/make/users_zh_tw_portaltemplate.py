"""
Shape of Razieldu/changeExcelCellValue-xls UserData.xls (commit
e7795c3e95dc9cf01a0c9d1676f03d6695f12b31): the user-import template of a Taiwanese company's
Digiwin portal (DSCPortal / Workflow / EasyFlow), an Excel 97 .xls first made in 2009 and filled
in by a desktop-automation script that types one account into row 2 before uploading it. Three
sheets: Org&Location (headings 組織名稱, 地點, nothing under them); UserData with 帳號, 密碼, 姓名,
E-mail, 男/女, 語系, 生日, 職稱, 組織, 地點, 電話, 分機, 使用者群組 in text format (生日's heading
formatted as a Minguo-era date, its cell yyyy/m/d) and one test account whose account, password
and name are the same word, sex F, zh_TW and a birthday; MappingData with the three system names
as headings. An import template for the company's own system users: nothing a key-account
manager would import. The test row is reworded and its birthday moved; written as .xls by
LibreOffice.
"""
import datetime

from fake import workbook, save

wb = workbook()
org = wb.active
org.title = "Org&Location"
org["A1"] = "組織名稱"
org["B1"] = "地點"
org.column_dimensions["A"].width = 9.87
org.column_dimensions["B"].width = 9.62

ws = wb.create_sheet("UserData")
heads = ["帳號", "密碼", "姓名", "E-mail", "男/女", "語系", "生日", "職稱", "組織", "地點", "電話", "分機", "使用者群組"]
for j, h in enumerate(heads, 1):
    c = ws.cell(1, j, h)
    c.number_format = "General" if h == "使用者群組" else "@"
ws["G1"].number_format = "[$-404]e/m/d;@"
for j, v in enumerate(["上線測試", "上線測試", "上線測試", None, "F", "zh_TW", datetime.datetime(1994, 5, 8)], 1):
    if v is not None:
        ws.cell(2, j, v).number_format = "@"
ws["G2"].number_format = "yyyy/m/d;@"
for col, w in {"A": 13.74, "B": 13.99, "C": 11.62, "D": 23.99, "E": 8.99, "G": 10.75, "H": 8.99, "K": 12.62, "L": 5.5,
               "M": 11.99}.items():
    ws.column_dimensions[col].width = w

m = wb.create_sheet("MappingData")
for j, h in enumerate(["DSCPortal", "Workflow", "EasyFlow"], 1):
    m.cell(1, j, h).number_format = "@"
save(wb, "users-zh-tw-portaltemplate.xls", libreoffice="xls")
