"""
Shape of alatorrev/SEV "prospectos.xlsx" (commit 401fb128f9a5ad80495cfa3f9a14b79fd4812d4e): the prospect
import matrix of a Guayaquil (Ecuador) university's student-recruitment system, filled with three
test prospects: one sheet "Hoja1", bold header on a light orange fill, camelCase and lower-case
headers cedula / canal / nombres / apellidos / celular / casa / correo / establecimientoProveniente /
captador.
- Cédula, phones and the recruiter's cédula as text ("@" format, leading zeros kept); the channel
  FERIAS on every row; one given name and one surname each; a mobile with a digit too many; a
  nine-digit landline without its area code on one row; a free-mail e-mail; the school the
  prospect comes from as an acronym (one typed with a stuck key); the recruiter (captador) as a
  cédula, the same on two rows.
Values invented (cédulas, phones with 0900 / 555, e-mails at example.com).
"""
from openpyxl.styles import Font, PatternFill

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Hoja1"
head = ["cedula", "canal", "nombres", "apellidos", "celular", "casa", "correo", "establecimientoProveniente", "captador"]
for j, h in enumerate(head, 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="FFFFCC99")
ws["A1"].number_format = "@"
rows = [["1716478957", "FERIAS", "CARLOS", "SALAZAR", "09005551234", "042555928", "csalazar@example.com", "SEK", "1726520917"],
        ["1726930504", "FERIAS", "ALAN", "LASSO", "0900555562", "042555796", "alan.lasso@example.com", "SEKKKKK", "1726520918"],
        ["0642575948", "FERIAS", "JULIO", "CORNEJO", "0900555784", "115555477", "jcornejo@example.net", "COPOL", "1726520917"]]
TEXT = {1, 5, 6, 9}
for r, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        c = ws.cell(r, j, v)
        if j in TEXT or (j in (7, 8) and r == 2):
            c.number_format = "@"
for col, wd in zip("AEFGHI", [11.43, 13.86, 11.43, 22.14, 26.86, 20.29]):
    ws.column_dimensions[col].width = wd
save(wb, "leads-es-ec-universityfairs.xlsx")
