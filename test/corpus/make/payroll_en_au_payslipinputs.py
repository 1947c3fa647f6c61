"""
Shape of ac-myob/Payslip-Problem "Contacts.xlsx" (commit 92e89f1762db0daf1634ac6678080397101242ff):
the input of an Australian payslip exercise (MYOB's coding kata, .NET), made in Excel and named
Contacts although it holds employees' pay. One sheet "Sheet1", A1:F3, plain header on row 1:
First name / Last name / Salary (a yearly amount as a plain number) / Super (the superannuation
rate, 9 % and 10 %, format 0%) / Start date / End date (the pay period, real dates shown as d-mmm,
the same period on both rows). Two employees; column A a little wider. Names and amounts invented.
A person imports nothing: employees' salaries and super rates for a payslip run, not clients.
"""
import datetime

from fake import save, workbook

ROWS = [("Callum", "Whitford", 64250, 0.09), ("Priya", "Dunmore", 118000, 0.1)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["First name", "Last name", "Salary", "Super", "Start date", "End date"])
for first, last, salary, sup in ROWS:
    ws.append([first, last, salary, sup, datetime.datetime(2021, 7, 1), datetime.datetime(2022, 6, 30)])
for r in range(2, 4):
    ws.cell(r, 4).number_format = "0%"
    ws.cell(r, 5).number_format = "d-mmm"
    ws.cell(r, 6).number_format = "d-mmm"
ws.column_dimensions["A"].width = 12.66
save(wb, "payroll-en-au-payslipinputs.xlsx")
