"""
Shape of bardellis/cement-sales "clients.xlsx": an Argentine cement maker's customer master, cut
to four columns for a study of area discounts (the repository's README: "discounts are negotiated
with customers in each area"), one sheet written by pandas.

- One sheet "Clients", header on row 1 in snake_case English: client_id / client_name / zip_code /
  village; no title, no formats beyond pandas' defaults.
- 1523 customers sorted by client_id: 70 old four-digit ids (2085 …) then six-digit ids 300xxx …
  305139 with gaps. client_name upper case in Spanish, persons surname first ("MITRE MIGUEL
  ÁNGEL"), a little over half firms with S.A. / S.R.L. / SRL / S.A.S / "Y CIA" / "HNOS"; a few
  names with a leading space or a double space inside ("FORTEHOUSE  SA").
- zip_code a 4-digit text (one with 3 digits: a digit lost); village upper case mostly, ~4 % in
  mixed case ("Olavarria", "Carnerillos, Córdoba"), cut at 25 characters by the source system
  ("CIUDAD AUTONOMA DE BUENOS", "SAN FERNANDO DEL VALLE DE"); Buenos Aires city written CABA,
  CAPITAL FEDERAL or cut; one row without a village.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-en-ar-cementbuyers")
SUR = ["MITRE", "CASTAÑEDA", "FRIAS", "BUSTAMANTE", "ESPIL", "ARCE", "BRITOS", "GOMEZ", "PEREYRA", "IBAÑEZ",
       "ROMERO", "OLMEDO", "GUTIERREZ", "PICCA", "SOSA", "ACOSTA", "BENITEZ", "CEJAS", "DOMINGUEZ", "ETCHEVERRY",
       "FERREYRA", "GARAY", "HEREDIA", "JUAREZ", "LEDESMA", "MANSILLA", "NAVARRO", "OJEDA", "PONCE", "QUIROGA",
       "RIVAROLA", "SALINAS", "TOLEDO", "URQUIZA", "VILLALBA", "ZAPATA", "AGUIRRE", "BARRIONUEVO", "CORONEL", "DELFINO"]
GIV = ["MIGUEL", "ÁNGEL", "ALBERTO", "GABRIEL", "ENRIQUE", "ANÍBAL", "CÉSAR", "FABIÁN", "RICARDO", "OMAR",
       "JUAN", "PABLO", "CRISTIAN", "MAXIMILIANO", "JAVIER", "MAURICIO", "TOMAS", "PATRICIO", "FACUNDO", "JONATAN",
       "MARIA", "LAURA", "SILVINA", "ELSA", "NORA", "CARLOS", "DANIEL", "SERGIO", "HUGO", "RAUL"]
FIRM_A = ["MATERIALES", "CORRALON", "CONSTRUCTORA", "HORMIGONES", "CERAMICOS", "SANITARIOS", "DISTRIBUIDORA", "CALERA",
          "TRANSPORTES", "ARIDOS", "PREMOLDEADOS", "FERRETERIA"]
FIRM_B = ["DEL SUR", "PAMPA", "LOS ANDES", "SAN JORGE", "EL TREBOL", "NORTE", "LA ESTRELLA", "DON BOSCO", "CENTRAL",
          "EL PORVENIR", "DOBLE H", "LA CUMBRE", "SANTA ROSA", "DEL OESTE", "RIO SECO"]
FORMS = ["S.A.", "S.R.L.", "SRL", "S.A", "SA", "S.A.S", "Y CIA S.R.L.", "HNOS S.A.", "E HIJOS SRL"]
PLACES = [("7400", "OLAVARRIA", 80), ("1416", "CABA", 79), ("1425", "CAPITAL FEDERAL", 33), ("5000", "CORDOBA", 31),
          ("2000", "ROSARIO", 29), ("1900", "LA PLATA", 22), ("5700", "SAN LUIS", 21), ("5730", "VILLA MERCEDES", 18),
          ("7600", "MAR DEL PLATA", 15), ("7000", "TANDIL", 13), ("1629", "PILAR", 12), ("8000", "BAHIA BLANCA", 11),
          ("1714", "ITUZAINGO", 9), ("1722", "MERLO", 9), ("6620", "CHIVILCOY", 9), ("9120", "PUERTO MADRYN", 6),
          ("3400", "CORRIENTES", 6), ("5960", "RIO SEGUNDO", 5), ("1607", "VILLA ADELINA", 5), ("6075", "ARENAZA", 3),
          ("1428", "CIUDAD AUTONOMA DE BUENOS", 8), ("4700", "SAN FERNANDO DEL VALLE DE", 4), ("5000", "CORDOBA CIUDAD", 6),
          ("1631", "VILLA ROSA", 4), ("5507", "LUJAN DE CUYO", 5)]
MIXED = [("7400", "Olavarria"), ("1001", "Buenos Aires"), ("5507", "Lujan De Cuyo"), ("6070", "Lincoln"),
         ("5111", "Carnerillos, Córdoba"), ("3260", "Concepción de Uruguay"), ("3200", "Concordia"),
         ("3500", "Resistencia"), ("2600", "Venado Tuerto"), ("5515", "Maipu"), ("1605", "Munro"), ("2700", "Pergamino")]
OTHER = ["AZUL", "JUNIN", "SALTO", "ROJAS", "LOBOS", "CAÑUELAS", "ZARATE", "CAMPANA", "LUJAN", "MORENO", "ESCOBAR",
         "TRES ARROYOS", "NECOCHEA", "BOLIVAR", "25 DE MAYO", "RAFAELA", "PARANA", "SANTA FE", "MENDOZA", "SAN JUAN",
         "NEUQUEN", "GENERAL ROCA", "VIEDMA", "TRELEW", "RIO CUARTO", "VILLA MARIA", "SAN FRANCISCO", "JUSTO DARACT"]


def person():
    n = f"{f.pick(SUR)} {f.pick(GIV)}"
    if f.chance(0.65):
        n += f" {f.pick(GIV)}"
    if f.chance(0.1):
        n = f"{f.pick(SUR)} " + n
    return n


def firm():
    if f.chance(0.35):
        core = f"{f.pick(SUR)}" + (f" Y {f.pick(SUR)}" if f.chance(0.3) else "")
    else:
        core = f"{f.pick(FIRM_A)} {f.pick(FIRM_B)}"
    return f"{core} {f.pick(FORMS)}"


places = [(z, v) for z, v, n in PLACES for _ in range(n)]
while len(places) < 1465:
    places.append((f"{f.r.randrange(1000, 9500)}", f.pick(OTHER)))
places += [f.pick(MIXED) for _ in range(58)]
f.r.shuffle(places)

names, seen = [], set()
while len(names) < 1523:
    n = firm() if f.chance(0.57) else person()
    if n not in seen:
        seen.add(n)
        names.append(n)
# spacing slips as in the source
names[12] = " " + names[12] if not names[12].startswith(" ") else names[12]
names[940] = " " + names[940]
for i in (101, 388, 777, 1200, 1333, 1401):
    names[i] = names[i].replace(" ", "  ", 1)

ids, i = [], 2085
for _ in range(70):
    ids.append(i)
    i += f.r.randrange(1, 90)
i = 300100
while len(ids) < 1523:
    ids.append(i)
    i += f.r.choice([1, 1, 1, 2, 3, 3, 5, 9])

wb = workbook()
ws = wb.active
ws.title = "Clients"
ws.append(["client_id", "client_name", "zip_code", "village"])
for k, (cid, n) in enumerate(zip(ids, names)):
    z, v = places[k]
    if k == 40:
        v = None
    if k == 1111:
        z = "740"
    ws.append([cid, n, z, v])
for col, w in zip("ABCD", (7.45, 43.09, 8.0, 29.82)):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-ar-cementbuyers.xlsx")
for k in (0, 5, 300, 800, 1400):
    print(ids[k], repr(names[k]), places[k])
print(ids[-1], repr(names[-1]))
