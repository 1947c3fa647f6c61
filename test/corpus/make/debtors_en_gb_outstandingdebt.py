"""
Shape of boxtar/ECDL_2010 "Revision/Data/Debts.xlsx" (commit f44d0c6a40b966e999fb7f411dcc5df11e35463a):
a small UK firm's list of unpaid invoices (an ECDL spreadsheet-course revision file), one sheet
"Orders". A1 'Outstanding Debt' (bold, 14 pt), 'as of' in D1 with the date cell beside it left
empty, rows 2-3 empty, bold header on row 4: INVOICE / DUE DATE / VALUE / COMPANY / SURNAME /
FIRST NAME / SCHEDULED. 45 invoices numbered 1-45 (format 000), due dates Feb-Aug 2008 in mm-dd-yy
(mostly ascending, a few out of order), values in £ (#,##0.00), the customer company and its contact
person split into surname and first name, SCHEDULED TRUE/FALSE (a payment plan agreed). Ten
customer companies, each on 1-11 invoices; one contact person named for two companies. Values
invented.
"""
import datetime
import random

from openpyxl.styles import Font

from fake import save, workbook

r = random.Random(3633)
CUSTOMERS = [
    ("Top Flight Travel", "Dawlish", "Yvette"), ("The Staffing Bureau", "Hadleigh", "Fiona"),
    ("Spotless Cleaners", "Walford", "Andrew"), ("Crown Cars", "Kingsley", "Jason"),
    ("Satchwell Brothers", "FitzGerald", "Niamh"), ("Office IT Supplies", "Sandhu", "Imran"),
    ("Byte Computers", "Haddad", "Omar"), ("Snack Vending Company", "Grubb", "David"),
    ("The Village Post Office", "FitzGerald", "Niamh"), ("Summit Consultants", "Tipton", "Tommy"),
]
# invoice -> customer index, as often as in the source
ORDER = [0, 1, 2, 3, 4, 5, 0, 2, 0, 4, 3, 6, 6, 1, 3, 2, 3, 0, 0, 1, 5, 5, 0, 6, 2, 5, 6, 4, 2, 0, 0, 4, 3,
         5, 0, 7, 8, 1, 7, 9, 2, 0, 5, 1, 7]
SCHED = [True] * 12 + [False, True, False, False, False, True, False, False, True, False, False, False,
                       False, False, False, False, False, False, False, False, False, False, True, False,
                       False, True, False, False, False, False, False, False, False]
due = [datetime.datetime(2008, 2, 21)]
for i in range(1, 45):
    due.append(due[-1] + datetime.timedelta(days=r.choice([0, 2, 3, 4, 6, 10, 18])))
for i in (26, 39, 42):  # typed out of order, as in the source
    due[i] = due[i] + datetime.timedelta(days=r.choice([25, 30]))
PRICES = [95.76, 108, 132, 150.08, 166.08, 176, 186, 191.52, 195.76, 200, 239.52, 264, 287.52, 310, 312,
          359.28, 359.52, 383.04, 431.28, 432, 479.04, 624, 766.08, 958.08, 1100, 1180, 1431.28, 2216, 2264,
          3179.76, 5719.04]

wb = workbook()
ws = wb.active
ws.title = "Orders"
ws["A1"] = "Outstanding Debt"
ws["A1"].font = Font(bold=True, size=14)
ws["D1"] = "as of"
for j, h in enumerate(["INVOICE", "DUE DATE", "VALUE", "COMPANY", "SURNAME", "FIRST NAME", "SCHEDULED"]):
    ws.cell(4, j + 1, h).font = Font(bold=True)
for i in range(45):
    comp, sur, first = CUSTOMERS[ORDER[i]]
    row = 5 + i
    ws.cell(row, 1, i + 1).number_format = "000"
    ws.cell(row, 2, due[i]).number_format = "mm-dd-yy"
    ws.cell(row, 3, r.choice(PRICES)).number_format = '"£"#,##0.00'
    ws.cell(row, 4, comp)
    ws.cell(row, 5, sur)
    ws.cell(row, 6, first)
    ws.cell(row, 7, SCHED[i])
for col, w in zip("BCDEFGH", [10.1, 10.0, 16.1, 14.1, 12.1, 12.3, 10.7]):
    ws.column_dimensions[col].width = w
save(wb, "debtors-en-gb-outstandingdebt.xlsx")
