"""
Shape of a Hong Kong Buddhist temple management system's merit-donation summary template, as fei018/BMSHPMS
keeps it ("BMSHPMS/wwwroot/ExcelTemplate/DSReport.xlsx", commit 195e3a7a9481c4708a84d9441de92f873e5fe348),
filled by a .NET template engine for each Dharma service.

- One sheet "工作表1", columns A:D widths 35 / 17 / 17 / 36, 12-point font.
- A1 '{{Date}}'; A2 '{{ServiceName}}', C2 '金額總計', D2 '{{AllTotalSum}}'; row 3 empty; row 4 the table header
  功德類別 / 功德金額 / 功德數量 / 功德總金額; row 5 the repeating-row placeholders
  '{{Table>>Projects|ProjectName}}', '{{ProjectSum}}', '{{ProjectCount}}', '{{ProjectTotalSum|>>Table}}'.
No values at all: the template is the original's own text.
An unfilled report template, no clients: a person imports nothing.
"""
from openpyxl.styles import Font

from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "工作表1"
for c, w in zip("ABCD", [35.21875, 17.33203125, 17.44140625, 35.5546875]):
    ws.column_dimensions[c].width = w
cells = {"A1": "{{Date}}", "A2": "{{ServiceName}}", "C2": "金額總計", "D2": "{{AllTotalSum}}",
         "A4": "功德類別", "B4": "功德金額", "C4": "功德數量", "D4": "功德總金額",
         "A5": "{{Table>>Projects|ProjectName}}", "B5": "{{ProjectSum}}", "C5": "{{ProjectCount}}",
         "D5": "{{ProjectTotalSum|>>Table}}"}
for ref, v in cells.items():
    ws[ref] = v
    ws[ref].font = Font(size=12)
save(wb, "template-zh-hk-meritreport.xlsx")
