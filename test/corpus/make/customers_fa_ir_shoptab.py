"""
Shape of Hamidmarket/hesab "customers.xlsx" (commit 079f36a6dbfb59fbf7b9693455e4f8516dd05258): the
customer index of an Iranian neighbourhood snack shop's tab book, kept by a small Python app that
gives every customer his own ledger workbook. One sheet "Sheet1", bold centred Persian header
کد / نام / جمع حساب / تاریخ / نام فایل (code, name, account total, date, file name), widths 12.8 /
13.1 / 11.3 / 13.5 / 22.6. Fourteen customers: a random four-digit code (one 195, one 1234), a full
name (several of one family, one a nickname only), what each owes as a number formatted #,##0
(tomans), the date and time of the last entry as Solar Hijri text "1405/05/28 - 21:52", the
customer's ledger file name in Latin letters ("mohammad hosein.xlsx"). Below, eleven formatted but
empty rows (the #,##0 format down to row 21). All names, codes and sums invented.
A person imports the fourteen customers as clients with their code; the balance, the last-entry
date and the file name are not client details.
"""
from openpyxl.styles import Alignment, Font

from fake import save, workbook

ROWS = [
    (1786, "کیان ابراهیمی", 2415000, "1405/05/28 - 21:52", "kian.xlsx"),
    (2243, "محمد حسین کریمی", 5179000, "1405/05/31 - 17:42", "mohammad hosein.xlsx"),
    (4322, "عباس کریمی", 3217000, "1405/05/31 - 17:04", "abbas.xlsx"),
    (3596, "محمد صادق کریمی", 268000, "1405/05/31 - 17:04", "mohammad sadegh.xlsx"),
    (9950, "امیر محمد کریمی", 95000, "1405/04/19 - 16:16", "amir mohammad.xlsx"),
    (2205, "رضا نوروزی", 3375000, "1405/04/19 - 20:08", "reza.xlsx"),
    (2250, "محمد جواد نوروزی", 656500, "1405/05/02 - 17:51", "mohammad javad.xlsx"),
    (6090, "پیکان", 2824600, "1405/05/30 - 19:12", "peykan.xlsx"),
    (195, "علیرضا کریمی", 6350000, "1405/04/19 - 19:43", "alireza.xlsx"),
    (9906, "امیر رضا کریمی", 376000, "1405/04/24 - 18:53", "amir reza.xlsx"),
    (1234, "مرتضی صالحی", 2158000, "1405/05/30 - 19:11", "morteza salehi.xlsx"),
    (9159, "سجاد ترابی", 1537000, "1405/05/31 - 16:56", "sajad.xlsx"),
    (8106, "امیر حسین کریمی", 4791000, "1405/05/31 - 16:57", "amir hosein.xlsx"),
    (3238, "متین نوروزی", 310000, "1405/05/31 - 16:57", "matin.xlsx"),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(["کد", "نام", "جمع حساب", "تاریخ", "نام فایل"], 1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center")
for r, row in enumerate(ROWS, 2):
    for c, v in enumerate(row, 1):
        ws.cell(r, c, v)
    ws.cell(r, 3).number_format = "#,##0"
for r in range(16, 22):
    ws.cell(r, 3).number_format = "#,##0"
for col, w in zip("ABCDE", (12.75, 13.125, 11.25, 13.5, 22.625)):
    ws.column_dimensions[col].width = w
save(wb, "customers-fa-ir-shoptab.xlsx")
