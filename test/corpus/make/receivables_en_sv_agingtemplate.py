"""
Shape of AdonisGomez/dashboard-colmed "RECUPERACION DE MORA .xlsx" (commit
7b1ac26553617321a3c1adfc0beb7dde3e6ad423): a Salvadoran professional association's (medical
college) receivables-ageing sheet for members' overdue dues, a blank report form made in Excel.

- One sheet "Cuentas por cobrar", column A empty and B 3 wide: the association's name merged over
  B1:L1, "DETALLE DE CUENTAS POR COBRAR" merged over B2:L2, "FECHA: 14/1/25" merged over B3:D3;
  header on row 4: Fecha de cuota / Codigo asociado / nombre del asociado / VALOR / (G empty) /
  de 0 a 30 / de 31 a 60 / de 61 a 90 / de 91 a 120 / mas de 121 días; frozen at E27 (as left).
- Rows 5–85 hold only a running number in B (1, then =+B5+1 …); no member, date or amount typed.
- Row 87: TOTALES with =SUM(...) under VALOR and each ageing bucket, accounting "$" format.
The association's name is kept generic. Nothing to import: the form is empty.
"""
from fake import CachedFormulas, save, workbook
from openpyxl.styles import Alignment, Font

wb = workbook()
ws = wb.active
ws.title = "Cuentas por cobrar"
cf = CachedFormulas()
ws["B1"] = "COLEGIO PROFESIONAL DE EL SALVADOR"
ws["B2"] = "DETALLE DE CUENTAS POR COBRAR"
ws["B3"] = "FECHA: 14/1/25"
for k in ("B1", "B2"):
    ws[k].font = Font(bold=True, size=12)
    ws[k].alignment = Alignment(horizontal="center")
ws.merge_cells("B1:L1")
ws.merge_cells("B2:L2")
ws.merge_cells("B3:D3")
for col, h in zip("CDEFHIJKL", ["Fecha de cuota", "Codigo asociado", "nombre del asociado", "VALOR", "de 0 a 30",
                                "de 31 a 60", "de 61 a 90", "de 91 a 120", "mas de 121 días"]):
    ws[f"{col}4"] = h
    ws[f"{col}4"].font = Font(bold=True)
    ws[f"{col}4"].alignment = Alignment(horizontal="center", wrap_text=True)
ws["B5"] = 1
for r in range(6, 86):
    cf.formula(ws, f"B{r}", f"=+B{r - 1}+1", r - 4)
ws["E87"] = "TOTALES"
ws["E87"].font = Font(bold=True)
ACC = '_-"$"* #,##0.00_-;\\-"$"* #,##0.00_-;_-"$"* "-"??_-;_-@_-'
for col in "FHIJKL":
    cf.formula(ws, f"{col}87", f"=SUM({col}5:{col}86)", 0)
    ws[f"{col}87"].number_format = ACC
ws.freeze_panes = "E27"
for col, w in zip("BCDEFGL", [3, 12.3, 11.6, 50.9, 14.3, 6.4, 11.4]):
    ws.column_dimensions[col].width = w
cf.save(wb, "receivables-en-sv-agingtemplate.xlsx")
