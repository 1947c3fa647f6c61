"""
Shape of dillonhl/Assignment-3 "Customer_List.xlsx" (commit
76673b3cf5a49577e2b169fd2d934da8ed6365c4): the customer list a small Southern California
retailer's invoicing program reads (written by openpyxl, edited in Excel). One sheet
"Customer_List", plain header Customer ID / Customer Name / Address / Phone Number / Sales Tax %;
five customers, the whole address in one cell with ';' between street, city, state and zip, the
ten-digit phone stored as a number, the local sales-tax rate as a number (10.5, 7.75 …).
Values invented.
"""
from fake import save, workbook

ROWS = [
    (1, "Marisol Gutierrez", "5520 Campo Walk; Long Beach; CA; 90803", 5625550147, 10.5),
    (2, "Justin Marlow", "8912 Sepulveda Ave; Hollywood; CA; 90028", 3235550108, 9.5),
    (3, "Jamal Zhou", "1234 Goldenwest St; Huntington Beach; CA; 92648", 7145550163, 7.75),
    (4, "Minh Diep", "14345 South St; Cerritos; CA; 90703", 5625550129, 7),
    (5, "Maria Booker", "1220 Garvey Ave; San Gabriel; CA; 91776", 6265550181, 6),
]

wb = workbook()
ws = wb.active
ws.title = "Customer_List"
for j, h in enumerate(["Customer ID", "Customer Name", "Address", "Phone Number", "Sales Tax %"]):
    ws.cell(1, j + 1, h)
for i, row in enumerate(ROWS):
    for j, v in enumerate(row):
        ws.cell(i + 2, j + 1, v)
for col, w in zip("ABCD", [10.4, 14.2, 42.73, 12.53]):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-us-salestax.xlsx")
