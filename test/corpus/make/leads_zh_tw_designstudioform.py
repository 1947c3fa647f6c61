"""
Shape of kikibird223/zoedesign "Data table.xlsx" (at commit e9e6115b22890b2638d64ba733b5552a48804071): a Taiwanese
freelance designer's website contact form, collected by a Google Apps Script into a Google Sheet and downloaded
as Excel. Sheet1: the header name / email / subject / message on row 1 (A1 carries a stray NT$ currency format)
and five submissions below: a person's name, a university department with its project
('國立…大學 / 研究所計畫 & 學術研討會'), a clay studio, a row whose name is the number 112 (a ROC year typed into
the name box, the rest 'test'), and a row from the studio's e-mail again whose name box holds the service it asks
about (產品設計); subjects as text or bare numbers (2, 20231013), a message that is a long run of digits, kept as a
number on one row and as text on another. The sheet's used range runs to Y999 (empty formatted cells). A second
sheet 'apps script' holds the form's script pasted as text, one line per cell in B5:B44 with non-breaking-space
indents and empty lines between blocks; column B 8.9 wide.
Values invented: names, e-mail addresses, subjects and messages; the script lines are rewritten in the same shape.
"""
from fake import Fake, save, workbook

f = Fake("leads-zh-tw-designstudioform")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for i, h in enumerate(["name", "email", "subject", "message"]):
    ws.cell(1, i + 1, h)
ws["A1"].number_format = "[$NT$-404]#,##0.00"
ROWS = [
    ["黃詠晴", "yongqing.h@example.com", "網站改版", "想詢問形象網站改版的報價與時程"],
    ["國立中興大學 / 景觀所計畫 & 學術研討會", "landlab.nchu@example.org", 2, 5550100200],
    ["小日子の手作陶坊", "hello.pottery@example.net", 2, "0000000000000000"],
    [112, "studio.owner@example.com", "test", "test"],
    ["包裝設計", "hello.pottery@example.net", 20231013, "禮盒包裝想請您提案"],
]
for r, row in enumerate(ROWS, start=2):
    for c, v in enumerate(row, start=1):
        ws.cell(r, c, v)
from openpyxl.styles import Font
ws.cell(999, 25).font = Font(name="Arial")  # the used range of the download runs to Y999

code = wb.create_sheet("apps script")
NB = "\xa0"
LINES = {
    5: "var sheetName = 'Sheet1'",
    6: "var scriptProp = PropertiesService.getScriptProperties()",
    8: "function intialSetup () {",
    9: NB + " var activeSpreadsheet = SpreadsheetApp.getActiveSpreadsheet()",
    10: NB + " scriptProp.setProperty('key', activeSpreadsheet.getId())",
    11: "}",
    13: "function doPost (e) {",
    14: NB + " var lock = LockService.getScriptLock()",
    15: NB + " lock.tryLock(10000)",
    17: NB + " try {",
    18: NB + " " + NB + " var doc = SpreadsheetApp.openById(scriptProp.getProperty('key'))",
    19: NB + " " + NB + " var sheet = doc.getSheetByName(sheetName)",
    21: NB + " " + NB + " var headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]",
    22: NB + " " + NB + " var nextRow = sheet.getLastRow() + 1",
    24: NB + " " + NB + " var newRow = headers.map(function(header) {",
    25: NB + " " + NB + " " + NB + " return header === 'timestamp' ? new Date() : e.parameter[header]",
    26: NB + " " + NB + " })",
    28: NB + " " + NB + " sheet.getRange(nextRow, 1, 1, newRow.length).setValues([newRow])",
    30: NB + " " + NB + " return ContentService",
    31: NB + " " + NB + " " + NB + " .createTextOutput(JSON.stringify({ 'result': 'success', 'row': nextRow }))",
    32: NB + " " + NB + " " + NB + " .setMimeType(ContentService.MimeType.JSON)",
    33: NB + " }",
    35: NB + " catch (e) {",
    36: NB + " " + NB + " return ContentService",
    37: NB + " " + NB + " " + NB + " .createTextOutput(JSON.stringify({ 'result': 'error', 'error': e }))",
    38: NB + " " + NB + " " + NB + " .setMimeType(ContentService.MimeType.JSON)",
    39: NB + " }",
    41: NB + " finally {",
    42: NB + " " + NB + " lock.releaseLock()",
    43: NB + " }",
    44: "}",
}
for r, text in LINES.items():
    code.cell(r, 2, text)
code.column_dimensions["B"].width = 8.88671875
save(wb, "leads-zh-tw-designstudioform.xlsx")
