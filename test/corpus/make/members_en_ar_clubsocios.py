"""
Shape of emanuelMoralez/socios_management_v2 "socios.xlsx" (commit
67eae5f82c60d3dd0b5b2d10656a9b1b104d4997): an Argentine (Córdoba) sports club's member list
exported by its members-management app with openpyxl.

- One sheet "Socios", header on row 1 in white bold on blue, centred, auto-filter A1:I22, columns
  15 wide (name 30, e-mail 25): N° Socio / Documento / Nombre Completo / Email / Teléfono / Estado /
  Categoría / Saldo / Fecha Alta.
- 21 members: number "M-00001"…; DNI as 8-digit text; name "Surname, Given"; e-mail built from the
  name with its accents kept ("roberto.lópez@…"); mobile as 10-digit text 351…; state ACTIVO /
  MOROSO / SUSPENDIDO; category Titular / Adherente / Cadete; balance in pesos with all its
  decimals under "$#,##0.00", negative for those in arrears; join date under "DD/MM/YYYY".
  Two members with the same name (different DNI, number, phone and e-mail); the last row the developer himself
  with a personal mail address.
Values invented.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Alignment, Font, PatternFill

f = Fake("members-en-ar-clubsocios")
SUR = ["Pérez", "Morales", "López", "González", "Flores", "Sánchez", "Gómez", "Martínez", "Rodríguez", "Chávez",
       "Ortiz", "Ruiz", "Díaz", "Acosta", "Benítez"]
GIV = ["Juan", "Emma", "Roberto", "Carlos", "Valentina", "Ana", "Pedro", "Sofia", "Andrés", "Diego", "Laura",
       "Isabella", "María", "Lucas", "Camila"]
wb = workbook()
ws = wb.active
ws.title = "Socios"
HEAD = ["N° Socio", "Documento", "Nombre Completo", "Email", "Teléfono", "Estado", "Categoría", "Saldo", "Fecha Alta"]
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="4472C4")
    c.alignment = Alignment(horizontal="center")
names = []
seen = set()
while len(names) < 19:
    n = (f.pick(SUR), f.pick(GIV))
    if n not in seen:
        seen.add(n)
        names.append(n)
names.insert(10, names[0])          # a namesake of the first member
names.append(("Villarreal Ceballos", "Tomás Ignacio"))
for i, (s, g) in enumerate(names, 1):
    estado = f.r.choices(["ACTIVO", "MOROSO", "SUSPENDIDO"], [80, 14, 6])[0]
    saldo = 0 if i in (1, 21) else (-f.r.uniform(1500, 4000) if estado != "ACTIVO" else f.r.uniform(30, 11000))
    local = f"{g.split()[0].lower()}.{s.split()[0].lower()}"
    mail = f"{local}@example.com" if i < 21 else "tomas.villarreal@example.net"
    if i == 11:
        mail = f"{local}.{f.r.randrange(70, 99)}@example.com"
    row = [f"M-{i:05d}", str(f.r.randrange(20000000, 28000000)) if i < 21 else "38124570", f"{s}, {g}", mail,
           f"351555{f.r.randrange(1000, 9999)}" if i < 21 else "3855550142", estado,
           f.r.choices(["Titular", "Adherente", "Cadete"], [50, 35, 15])[0] if i < 21 else "Titular", saldo,
           datetime.datetime.combine(f.date(datetime.date(2023, 11, 1), datetime.date(2025, 10, 15)), datetime.time())]
    for j, v in enumerate(row, 1):
        c = ws.cell(i + 1, j, v)
        if j == 8:
            c.number_format = "$#,##0.00"
        if j == 9:
            c.number_format = "DD/MM/YYYY"
ws.auto_filter.ref = "A1:I22"
for col in "ABCDEFGHI":
    ws.column_dimensions[col].width = 15
ws.column_dimensions["C"].width = 30
ws.column_dimensions["D"].width = 25
save(wb, "members-en-ar-clubsocios.xlsx")
