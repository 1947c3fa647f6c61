"""
Shape of JHenaoN/fongracetales "asociados.xlsx" (commit ab1812e350a6c2167052085e18e099484b685f2e): the
member list of a Colombian company employees' savings and loan fund (fondo de empleados) in
Barranquilla, typed in Excel to load the members' portal: one sheet "Hoja1", bold header cedula /
password / nombres / apellidos / email / estado.

- 132 members: cédula as a number (7 to 10 digits), the portal's first password "p" + cédula,
  given names and surnames in capitals in two columns (a trailing space after some given names),
  e-mail on a little over half (free-mail addresses in lower case, the company's own domain on
  some, one in capitals, an internal ".local" domain on a few), ACTIVO on every row.
Values invented (names, cédulas, e-mails at example.com/.net/.org and .test).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-es-co-employeefund")
GIVEN = ["FRANCISCO JAVIER", "LUIS CARLOS", "PABLO ENRIQUE", "JHON CARLOS", "JUAN FERNANDO", "ERIKA MERCEDES", "JOVANYS",
         "RAMON GINES", "EILEEN KARINA", "ERICK TOMAS", "LUISA DELIA", "WALBERTO ENRIQUE", "KELLY JOHANA", "EDGARDO JUNIOR",
         "ARLETH", "JORGE LUIS", "DAYANA PATRICIA", "YESID ANTONIO", "MARELVIS", "ROSMIRA", "OSVALDO", "WILFRIDO",
         "YULEIDIS", "ALVARO JOSE", "KATHERINE", "NELSON DE JESUS", "EUDES", "LEDYS MARIA"]
SUR = ["OJEDA", "ESCUDERO", "MARTINEZ", "GONZALEZ", "MORENO", "FIGUEROA", "GARCIA", "PUERTO", "YANES", "ESTARITA",
       "BARRIOS", "CARRILLO", "LOPEZ", "IGLESIAS", "HURTADO", "ESTRADA", "AYALA", "PADILLA", "RINCON", "BARRAGAN", "DIAZ",
       "URUETA", "CONRADO", "PEREZ", "SUAREZ", "MOLINARES", "DE LA HOZ", "CASSIANI", "POLO", "OROZCO", "ARIZA", "CANTILLO"]


def cedula():
    return f._unique(lambda: f.pick([f.r.randrange(8600000, 8799999), f.r.randrange(22400000, 22599999),
                                     f.r.randrange(32700000, 32899999), f.r.randrange(55100000, 55299999),
                                     f.r.randrange(72000000, 72299999), f.r.randrange(1042000000, 1143999999)]))


wb = workbook()
ws = wb.active
ws.title = "Hoja1"
for j, h in enumerate(["cedula", "password", "nombres", "apellidos", "email", "estado"], 1):
    ws.cell(1, j, h).font = Font(bold=True)
rows = []
for i in range(132):
    ced = cedula()
    given = f.pick(GIVEN)
    sur = f._unique(lambda: f"{f.pick(SUR)} {f.pick(SUR)}")
    k = f.r.random()
    first = given.split()[0].lower()
    if k < 0.46:
        mail = None
    elif k < 0.52:
        mail = f"{first[0]}{sur.split()[0].lower().replace(' ', '')}@gracetex.test"
    elif k < 0.55:
        mail = f"{first}.{sur.split()[0].lower()}@grupo-tex.local.test"
    else:
        mail = f.email(f"{first}{f.pick(['', '.', '_'])}{sur.split()[0].lower().replace(' ', '')}{f.r.randrange(1, 1999)}")
    rows.append([ced, f"p{ced}", given + (" " if f.chance(0.05) else ""), sur, mail, "ACTIVO"])
rows[1][4] = "EMARRUGO@GRACETEX.TEST"
rows[1][2:4] = ["ERIKA MILENA", "MARRUGO GALVIS"]
rows[0][2:5] = ["DAVIS AVELINO", "OTERO ESCALANTE", "davis1979@example.com"]
rows[3][2:5] = ["RAFAEL GINES", "GARCES POLO", None]
for r, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, j, v)
for col, wd in zip("ABCEF", [11.71, 15.71, 18.14, 30.71, 12.71]):
    ws.column_dimensions[col].width = wd
save(wb, "members-es-co-employeefund.xlsx")
if __name__ == "__main__":
    for row in rows[:4]:
        print(row)
