"""
Shape of DavidSsch/apgest clients.xls (commit 06e0b4db56f7ccb5e03aa88ccab4f608b205fd4b): the buyers of a grain
collector in a student optimisation exercise (an Excel 97-2003 workbook saved on a Mac). One
sheet "Sheet1": Client / Qmin / Qmax / humidity / density / dommage / non-organic / date — three
buyers known by a one-word company name, the tonnage they take at least and at most, the
quality limits of their contract (fractions shown 0.00) and the delivery date shown d-mmm; then,
after seven empty rows, the address of the course slides the data came from, alone in column A.
Company names and figures invented. Saved by LibreOffice as .xls.
"""
import datetime

from fake import save, workbook

ROWS = [("MoulinDor", 1300, 1450, 0.14, 0.83, 0.02, 0.03, datetime.datetime(2023, 9, 18)),
        ("AgriPatee", 950, 1150, 0.15, 0.80, 0.04, 0.02, datetime.datetime(2023, 9, 21)),
        ("BioCarbur", 1600, 1750, 0.16, 0.82, 0.03, 0.04, datetime.datetime(2023, 9, 12))]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Client", "Qmin", "Qmax", "humidity", "density", "dommage", "non-organic", "date"])
for r, row in enumerate(ROWS, 2):
    for c, v in enumerate(row, 1):
        cell = ws.cell(r, c, v)
        if c in (4, 6, 7):
            cell.number_format = "0.00"
        if c == 8:
            cell.number_format = "d-mmm"
ws.cell(12, 1, "https://slides.example.com/production/course_8835/slides/chapter2.pdf")
save(wb, "clients-fr-global-graincontractsxls.xls", libreoffice="xls")
