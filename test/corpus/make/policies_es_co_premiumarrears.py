"""
Shape of jovillarrealm/gestion-cartera "cartera.xlsx" (commit 294d9e5dc32ffeee4d1ceab3c4eb00553d7f281b): a
Medellín (Colombia) insurance agency's list of policies with premiums outstanding (cartera), made in
Excel as the sample input of a reminder-mailing script: one sheet "Hoja1", bold header Compañía /
Poliza / Recibo / Ramo / Asegurado / Identificacion / Fecha Emision / Fecha Inicio Vigencia / Total
Pendiente / Dias Car / email / Observacion.
- Seven policies of one insurer written in lower case; policy and receipt numbers as text (a
  "DEP-…" receipt); the line (VIDA INDIVIDUAL, AUTOMOVILES, SALUD FAMILIAR, CUMPLIMIENTO); the
  insured in capitals (a leading space on one, a company on one); the id a placeholder of repeated
  digits; the two dates typed as dd/mm/yyyy text in cells formatted mm-dd-yy; the amount due in
  pesos with a "$" format (two credits negative); days overdue; the same sample e-mail on every
  row; a remark (financiada / cartera 15 mayo).
Values invented.
"""
from openpyxl.styles import Font

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Hoja1"
head = ["Compañía", "Poliza", "Recibo", "Ramo", "Asegurado", "Identificacion", "Fecha Emision", "Fecha Inicio Vigencia",
        "Total Pendiente", "Dias Car", "email", "Observacion"]
FMT = {2: "@", 3: "@", 6: "@", 7: "mm-dd-yy", 8: "mm-dd-yy", 9: "[$$-240A]\\ #,##0;[Red]\\-[$$-240A]\\ #,##0", 10: "0"}
for j, h in enumerate(head, 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    if j in FMT:
        c.number_format = FMT[j]
rows = [["suramericana", "42555856", "36742", "VIDA INDIVIDUAL", " GLORIA PATIÑO OSSA", 1111111, "26/04/2023", "26/04/2023", 259222, 41, "financiada"],
        ["suramericana", "9000005409", "1000060763", "AUTOMOVILES", "LUZ ADRIANA BOTERO CANO", 2222222, "15/04/2023", "15/04/2023", 325192, 10, "cartera 15 mayo"],
        ["suramericana", "835540", "6799856", "SALUD FAMILIAR", "HERNAN DARIO CARDONA RUIZ", 333333, "02/04/2023", "10/04/2023", 1809521, 7, "cartera 15 mayo"],
        ["suramericana", "3455545", "559861", "VIDA INDIVIDUAL", "GUILLERMO LEON ARANGO TOBON", 44444444, "15/03/2023", "15/04/2023", 1857763, 30, "cartera 15 mayo"],
        ["suramericana", "32555642", "55497", "VIDA INDIVIDUAL", "BEATRIZ ELENA MONSALVE GIL", 5555555, "15/01/2023", "08/02/2023", 9912027, 46, "cartera 15 mayo"],
        ["suramericana", "338555941", "DEP-00007575", "CUMPLIMIENTO", "TRANSLOGIC ANDINA S.A.S.", 77777777, "20/01/2023", "20/01/2023", -93848, 15, "cartera 15 mayo"],
        ["suramericana", "9000005778", "1000056889", "AUTOMOVILES", "SERGIO IVAN OSPINA MEJIA", 88888, "25/02/2023", "23/12/2022", -1684, 9, "cartera 15 mayo"]]
for r, row in enumerate(rows, 2):
    vals = row[:10] + ["ejemplo@example.com", row[10]]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        if j in FMT:
            c.number_format = FMT[j]
        if j == 11:
            c.number_format = "0"
for col, wd in zip("ABCEKL", [14.29, 14.14, 16.14, 34.0, 39.29, 13.86]):
    ws.column_dimensions[col].width = wd
save(wb, "policies-es-co-premiumarrears.xlsx")
