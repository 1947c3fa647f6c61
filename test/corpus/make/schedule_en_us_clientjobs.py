"""
Shape of econcarol/ScheduleOptimizer "Clients.xlsx" (commit 0e33351b8a09af694795640a5b6ee58ccdfadd62):
the client side of a US consultant's scheduling model (a notebook assigns clients to employees),
made in Excel. One sheet "Sheet1", A1:D31, plain header on row 1: Client (a plain number 1–30, no
name) / EmployeesNeeded (1–4) / Deadline (a Monday, real dates shown yyyy-mm-dd) / CompletionDays
(5, 10 or 15). Widths 8.9 / 18.7 / 17.1 / 17.1. Numbers and dates invented.
A person imports nothing: jobs of numbered, unnamed clients as optimisation input (no name, no
contact, nothing a register would hold).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("schedule-en-us-clientjobs")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Client", "EmployeesNeeded", "Deadline", "CompletionDays"])
first_monday = datetime.datetime(2021, 2, 15)
for n in range(1, 31):
    deadline = first_monday + datetime.timedelta(weeks=f.r.randint(0, 47))
    ws.append([n, f.pick([1, 1, 1, 1, 2, 2, 3, 4]), deadline, f.pick([5, 5, 10, 10, 15])])
    ws.cell(n + 1, 3).number_format = "yyyy\\-mm\\-dd;@"
for col, width in zip("ABCD", (8.86, 18.71, 17.14, 17.14)):
    ws.column_dimensions[col].width = width
save(wb, "schedule-en-us-clientjobs.xlsx")
