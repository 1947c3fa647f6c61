"""
Shape of Tinko-cpu/House-of-Ashabi "Book1.ods": a small Nigerian clothing shop's stock and margin
sheet typed in Excel and saved as OpenDocument (not client data).

- One sheet "Sheet1": the shop's name as a title merged across A1:S1 and pushed right with a run of
  spaces; header row 2 Items / products code / sizes / COLOUR / QUANTITY / " PRICE/U" / (two empty
  columns, one hidden) / S PRICE/U / EXPENSES / BUYING C / SELLING COST / TOTAL / PROFIT, in
  capitals and lower case as typed.
- Five garments (kind in capitals, a numeric product code, size, colour), quantity bought, unit
  cost, unit selling price, expenses empty; BUYING C, SELLING COST, TOTAL and PROFIT are formulas.
Values invented; written by LibreOffice as .ods (formulas computed there).
"""
from fake import save, workbook

ITEMS = [("TROUSERS", 2417, "M", "BLACK", 40, 55, 62), ("SHIRT", 3185, "L", "WHITE", 18, 45, 52),
         ("T-SHIRT", 11206, "M", "GREEN", 60, 25, 32), ("CARDIGAN", 11239, "S", "GREY", 30, 70, 84),
         ("SKIRT", 6047, "L", "NAVY", 22, 50, 58)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = " " * 141 + "HOUSE OF ADEOLA"
ws.merge_cells("A1:S1")
for col, h in zip("ABCDEF", ["Items", "products code", "sizes", "COLOUR", "QUANTITY", " PRICE/U"]):
    ws[f"{col}2"] = h
for col, h in zip("IJKLMN", ["S PRICE/U", "EXPENSES", "BUYING C", "SELLING COST", "TOTAL", "PROFIT"]):
    ws[f"{col}2"] = h
for r, (item, code, size, colour, qty, cost, price) in enumerate(ITEMS, start=3):
    ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = item, code, size, colour
    ws[f"E{r}"], ws[f"F{r}"], ws[f"I{r}"] = qty, cost, price
    ws[f"K{r}"] = f"=E{r}*F{r}"
    ws[f"L{r}"] = f"=E{r}*I{r}"
    ws[f"M{r}"] = f"=L{r}-K{r}"
    ws[f"N{r}"] = f"=M{r}-J{r}"
ws.column_dimensions["H"].hidden = True
ws.column_dimensions["B"].width = 14
ws.column_dimensions["L"].width = 13
save(wb, "stock-en-ng-fashionstore.ods", libreoffice="ods")
