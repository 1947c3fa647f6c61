"""
Shape of livraison183/livraison_app clients.xlsx (commit b614d7764f72c979a665fc3f0497fd64a4a63256): the input of a
delivery-route exercise, written by openpyxl. One sheet "Sheet1": date_livraison / id / nom / lat /
lon / positions — the depot ("Dépôt", id 0) and four stops named Client_A … Client_D, all on one
delivery date (a real date shown dd/mm/yyyy), whole-number coordinates on a toy grid (some
formatted #,##0) and a position number. Placeholders, not customers. Values invented.
"""
import datetime

from fake import save, workbook

ROWS = [(0, "Dépôt", 48, 2, 0), (1, "Client_A", 45, 3, 3), (2, "Client_B", 58, 5, 6), (3, "Client_C", 51, 1, 11),
        (4, "Client_D", 50, 4, 19)]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["date_livraison", "id", "nom", "lat", "lon", "positions"])
for r, (i, name, lat, lon, pos) in enumerate(ROWS, 2):
    ws.cell(r, 1, datetime.datetime(2024, 7, 20)).number_format = "dd/mm/yyyy;@"
    ws.cell(r, 2, i)
    ws.cell(r, 3, name)
    ws.cell(r, 4, lat)
    ws.cell(r, 5, lon)
    ws.cell(r, 6, pos)
    (ws.cell(r, 4) if r == 2 else ws.cell(r, 5)).number_format = "#,##0"
save(wb, "routes-fr-fr-deliverystops.xlsx")
