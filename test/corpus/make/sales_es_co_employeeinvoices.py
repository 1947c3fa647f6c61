"""
Shape of victorhugor45/megatoys-sales-employees "empleados.xlsx" (commit
154a8feec0507933a428ee107756c93152bc4946): a Colombian toy shop's small Streamlit app's sales log per
employee, written by pandas and appended to by the app: one sheet "Sheet1", bold bordered header
ID Empleado / Nombre / Nro factura / Fecha / Valor, three sales: the employee's cédula as text, the
employee's name in capitals, the invoice number (a number, on the last row text), the date as a
date-time (midnight on two rows, with the time on the last), the amount in pesos (text on the last).
Names and numbers invented. Nothing to import: sales credited to the shop's employees.
"""
import datetime

from openpyxl.styles import Border, Font, Side

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for j, h in enumerate(["ID Empleado", "Nombre", "Nro factura", "Fecha", "Valor"], 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
rows = [["72555349", "HECTOR RUEDA", 6767, datetime.datetime(2025, 1, 19), 300000],
        ["72555348", "RAFA PINZON", 6769, datetime.datetime(2025, 1, 19), 100000],
        ["1128555082", "MAYRA DUQUE", "3455", datetime.datetime(2025, 1, 19, 12, 13, 54), "650000"]]
for r, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        c = ws.cell(r, j, v)
        if isinstance(v, datetime.datetime):
            c.number_format = "YYYY-MM-DD HH:MM:SS"
save(wb, "sales-es-co-employeeinvoices.xlsx")
