"""
Shape of Juanjo-stak/crm-cda "clientes.xlsx" (commit fa7c8e54a66218390a4be93b5be0c72f12a42766):
a Bogotá vehicle-inspection centre's (CDA) client base for one salesperson, typed in Excel
(author "DIRCOMERCIAL"), one sheet named after the salesperson, A1:K889, widths on A-K (H-K
empty).

- Header Placa (with a trailing space), Cliente, Cedula, Telefono, Telefono 2, fecca (the
  inspection date, long date format "[$-F800]dddd, mmmm dd, yyyy"), sede (branch "av rojas",
  later "cafam").
- One row per vehicle inspected: plates like ABC123 / ABC12D; client names in capitals, surname
  first or given name first, a few in lower or mixed case, trailing spaces, accents; Cedula the
  national id or company NIT as a number; fleet companies on many rows with the same NIT and
  phone (36, 30, 12 … vehicles); exact repeated rows (43 in 888); four rows of "#N/A" in every
  cell (a lookup pasted as values); Telefono 0 or the text "null" on many rows, sometimes a
  seven-digit landline, Telefono 2 the mobile; one name on two different ids (namesakes).
- 888 rows in the original (729 ids), 300 here.
Values invented (plates, names, ids, phones, dates); phones in a 300 000 xxxx / 555 xxxx
pattern.
"""
import datetime
from fake import Fake, workbook, save

f = Fake("vehicles-en-co-inspectionclients")
GIVEN = ["JUAN CARLOS", "LUZ MARINA", "JOSE ALFREDO", "DIANA MARCELA", "CARLOS ARTURO", "SANDRA LORENA", "JORGE ERNESTO",
         "MARIA FERNANDA", "LUIS EDUARDO", "ANDRES FELIPE", "ANA LUCIA", "HECTOR FABIO", "YENNY PAOLA", "OSCAR IVAN",
         "GLORIA INES", "WILSON", "NUBIA", "EDGAR", "MARTHA CECILIA", "JHON FREDY", "CAMILO ANDRÉS", "SEBASTIÁN"]
SURN = ["RAMIREZ", "CASTAÑEDA", "PARRA", "ROJAS", "VELANDIA", "SUAREZ", "MONTAÑO", "CAICEDO", "BELTRAN", "NIÑO",
        "GUEVARA", "OSPINA", "CARDENAS", "QUINTERO", "PEÑA", "BUITRAGO", "MOLANO", "RINCÓN", "AVILA", "PULIDO",
        "CORTES", "SALAZAR", "BOHORQUEZ", "CUBIDES"]
FLEETS = [("TRANSPORTES ANDINOS  LTDA", 12), ("LOGISTICA RUTA 80 SAS", 10), ("DISTRIBUIDORA EL NOGAL S.A.S.", 4),
          ("SERVIENTREGAS DEL SUR SAS", 4), ("INVERSIONES GMR & CIA S EN C", 3)]
plates = set()


def plate():
    while True:
        L = "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
        p = L + (f"{f.r.randrange(1000):03d}" if f.chance(0.9) else f"{f.r.randrange(100):02d}" + f.pick("ABDEFG"))
        if p not in plates:
            plates.add(p)
            return p


def mobile():
    return "300000" + f"{f.r.randrange(10000):04d}"


def person():
    g, s1, s2 = f.pick(GIVEN), f.pick(SURN), f.pick(SURN)
    n = f"{s1} {s2} {g}" if f.chance(0.5) else f"{g} {s1} {s2}"
    if f.chance(0.03):
        n = n.lower() if f.chance(0.5) else n.title()
    if f.chance(0.07):
        n += " "
    return n


def cedula(company=False):
    if company:
        return f.r.randrange(800000000, 901999999)
    return f.pick([f.r.randrange(2000000, 99999999), f.r.randrange(1000000000, 1199999999)])


def day():
    d = f.date(datetime.date(2025, 1, 2), datetime.date(2025, 6, 28))
    return datetime.datetime(d.year, d.month, d.day)


def tel1(mob):
    return f.pick([0, 0, 0, "null", "null", mob, mob, mob, mob, mob, "555" + f"{f.r.randrange(10000):04d}"])


rows = []
for name, n in FLEETS:
    nit, mob = cedula(True), mobile()
    for _ in range(n):
        rows.append([plate(), name, nit, mob, mob, day(), "av rojas"])
people = []
while len(rows) < 262:
    nm, c, mob = person(), cedula(), mobile()
    people.append((nm, c, mob))
    t1 = tel1(mob)
    for _ in range(2 if f.chance(0.08) else 1):
        rows.append([plate(), nm, c, t1, mob, day(), "av rojas"])
# Namesakes: one name on two ids.
rows.append([plate(), "TORRES ALEXANDER", 79412583, 0, mobile(), day(), "av rojas"])
rows.append([plate(), "TORRES ALEXANDER", 93180477, mobile(), mobile(), day(), "av rojas"])
f.r.shuffle(rows)
# Exact repeats right below the original row.
for i in sorted(f.r.sample(range(len(rows)), 14), reverse=True):
    rows.insert(i + 1, list(rows[i]))
# The last rows are from the other branch.
for k in range(36):
    nm, c, mob = person(), cedula(), mobile()
    rows.append([plate(), nm, c, tel1(mob), mob, day(), "cafam"])
# Lookup failures pasted as values.
for i in (31, 92, 190):
    rows.insert(i, ["#N/A"] * 7)
rows = rows[:300]
# Fixed rows for the label.
rows[5] = ["KLM204", "VELANDIA OSPINA LUZ MARINA", 52418806, "null", "3000004411", datetime.datetime(2025, 3, 14), "av rojas"]
rows[6] = ["KLM204", "VELANDIA OSPINA LUZ MARINA", 52418806, "null", "3000004411", datetime.datetime(2025, 3, 14), "av rojas"]
rows[40] = ["RTV08E", "HECTOR FABIO PULIDO RINCÓN", 1019284733, "3000007788", "3000007788", datetime.datetime(2025, 5, 2), "av rojas"]
rows[297] = ["GHP551", "molano cubides nubia ", 39811245, 0, "3000002290", datetime.datetime(2025, 6, 20), "cafam"]

wb = workbook()
wb.properties.creator = "DIRCOMERCIAL"
wb.properties.lastModifiedBy = "Comercial CDA"
ws = wb.active
ws.title = "Carlos Andres Pineda"
ws.append(["Placa ", "Cliente", "Cedula", "Telefono", "Telefono 2", "fecca", "sede"])
for r in rows:
    ws.append(r)
    if isinstance(r[5], datetime.datetime):
        ws.cell(ws.max_row, 6).number_format = "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"
for col, w in zip("ABCDEFGHIJK", (10.4, 49.4, 44.1, 19.4, 12.1, 32.3, 31.1, 22.1, 35.1, 10.4, 15.6)):
    ws.column_dimensions[col].width = w
save(wb, "vehicles-en-co-inspectionclients.xlsx")
