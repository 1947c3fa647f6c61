"""
Shape of Dr-Baron/Dr-Baron.github.io "Complaints.xlsx" (commit 66c5b653): a US business-statistics
course's data set (textbook style, one of hundreds in the repository), made in Excel, one sheet
"DATA", A1:B51.

Bold header Days / Complaints (Calibri), then 50 rows: the day number 1–50 and the number of
customer complaints received that day (small whole numbers, 2–12). Column A narrow. Values
invented. A person imports nothing: a count per day for a control chart, no complaint in it.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("counts-en-us-dailycomplaints")
wb = workbook()
ws = wb.active
ws.title = "DATA"
ws["A1"], ws["B1"] = "Days", "Complaints"
ws["A1"].font = ws["B1"].font = Font(name="Calibri", bold=True)
for day in range(1, 51):
    ws.cell(day + 1, 1, day)
    ws.cell(day + 1, 2, max(2, min(12, round(f.r.gauss(6.5, 2.2)))))
ws.column_dimensions["A"].width = 5.14
ws.column_dimensions["B"].width = 11
save(wb, "counts-en-us-dailycomplaints.xlsx")
