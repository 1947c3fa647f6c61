"""
Shape of ChriistGC/PruebaSeguros "clientes.xlsx" (commit 76d6c525c0a9b3027c2987a6124e2f0e7afe091c):
an Ecuadorian insurance trial's client list ("Prueba Seguros"), made in Excel.

- Sheet "cliente": header on row 1 with trailing spaces ("Nombre", "Cedula    ", "Edad ",
  "Telefono    "); 15 insured people below, no title, no formats but text cells.
- Nombre: first name + surname with accents, one with a trailing space. Cedula: the ten-digit
  Ecuadorian id under a text format, most stored as text with a leading 0 kept, one stored as a
  number although the cell is text-formatted. Edad: age in years (format "0"). Telefono: a
  ten-digit number as text, mostly 09 mobiles, one starting 00.
- A second sheet "Hoja1", empty.
Values invented (phones 0900… are not real Ecuadorian numbers here).
"""
from fake import Fake, save, workbook

f = Fake("insured-en-ec-cedulas")
FIRST = ["Ana", "Juan", "María", "Luis", "Sofía", "Carlos", "Laura", "Pedro", "Andrea", "David", "Marta",
         "Sergio", "Elena", "Óscar", "Carla", "Gabriela", "Mateo"]
LAST = ["Villacís", "Paredes", "Mosquera", "Cevallos", "Zambrano", "Andrade", "Benítez", "Chiriboga", "Espinoza",
        "Guerrero", "Jaramillo", "Loor", "Naranjo", "Ordóñez", "Quishpe", "Salazar"]

ROWS = [
    ("Valeria Cevallos", "0104418823", 28, "0900731842"),
    ("Jorge Paredes ", 1718023456, 35, "0900614529"),
]
wb = workbook()
ws = wb.active
ws.title = "cliente"
for j, h in enumerate(["Nombre", "Cedula    ", "Edad ", "Telefono    "], 1):
    ws.cell(1, j, h)
names = set(r[0].strip() for r in ROWS)
rows = list(ROWS)
while len(rows) < 15:
    n = f"{f.pick(FIRST)} {f.pick(LAST)}"
    if n in names:
        continue
    names.add(n)
    ced = f"{f.r.choice(['01', '17', '13', '06', '17'])}{f.r.randrange(10**7, 10**8)}"
    tel = "0900" + f"{f.r.randrange(10**6):06d}"
    rows.append((n, ced, f.r.randrange(21, 45), tel))
rows[9] = (rows[9][0], rows[9][1], rows[9][2], "0090" + rows[9][3][4:])
for i, (n, ced, edad, tel) in enumerate(rows, 2):
    ws.cell(i, 1, n)
    c = ws.cell(i, 2, ced)
    c.number_format = "@"
    c = ws.cell(i, 3, edad)
    c.number_format = "0"
    c = ws.cell(i, 4, tel)
    c.number_format = "@"
ws.column_dimensions["A"].width = 18
ws.column_dimensions["B"].width = 13
ws.column_dimensions["D"].width = 13
wb.create_sheet("Hoja1")
save(wb, "insured-en-ec-cedulas.xlsx")
