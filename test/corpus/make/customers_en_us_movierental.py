"""
Shape of BDShanks28/Ian-Brandon-Project "Customer.xlsx" (commit 04353b0e3714d65833bfa5e81ace64b75cfab3dc):
the customer table of a US college movie-rental database project (Georgia), typed in Excel to be
loaded into MySQL. One sheet "Sheet1", A1:E10, **no header row**: first name / middle initial /
last name / an eight-digit customer number (the table's customer_ID) / an empty address column
(formatted mm-dd-yy, width 10.6; the CSV beside it has "146 Evergreen St, Jesup, Georgia(GA), 31546"
style addresses there, the workbook none). Ten customers, some joke names. Values invented.
A person imports the ten customers as person clients: first name, initial and last name joined,
the number as their customer id.
"""
from fake import save, workbook

ROWS = [("Mason", "R", "Holloway", 74018263), ("Ella", "J", "Carrow", 58813407), ("Owen", "T", "Brightwell", 86120954),
        ("Rex", "D", "Saurus", 33561702), ("Harper", "L", "Ivers", 93407715), ("Caleb", "A", "Northcott", 92148036),
        ("Nora", "G", "Fairbank", 88296410), ("Zoe", "M", "Pembury", 79530188), ("Polly", "K", "Dotts", 48365207),
        ("Wyatt", "E", "Kettering", 33874951)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for r, (first, initial, last, number) in enumerate(ROWS, start=1):
    ws.cell(r, 1, first)
    ws.cell(r, 2, initial)
    ws.cell(r, 3, last)
    ws.cell(r, 4, number)
    ws.cell(r, 5).number_format = "mm-dd-yy"
ws.column_dimensions["D"].width = 10
ws.column_dimensions["E"].width = 10.57
save(wb, "customers-en-us-movierental.xlsx")
