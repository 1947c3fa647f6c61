"""
Shape of DiegoMao201/Reporte-Ventas-Ferreinox "Clientes.xlsx" (commit
34ec59bfb237e867ad21e7b99a3d814e0ef8fc10): a Colombian paint and hardware distributor's customer
master exported from its ERP for a sales report, one sheet "Hoja1", every text cell formatted "@".

- NOMVENDEDOR / Cod. Cliente / NOMBRECLIENTE / NOMBRECOMERCIAL / NIF20 / Alias / ENTIDAD_APRUEBA /
  RIESGO / CUPO_APROBADO / DESCUENTO / CASTIGADA / DIRECCION1 / CIUDAD / TELEFONO1 / TELEFONO2 /
  E-Mail. 5077 customers in the source (here 300), sorted by salesperson: the salesperson's name
  on every row (one with a trailing space, a house account COMERCIAL PINTOEJE), the customer
  code a number shown #,##0, the legal name in capitals (people and companies), a trade name on a
  quarter, the NIT or cédula as text, empty cells stored as empty strings, the approving credit
  bureau (COVINOC, "COVINOC ", "3´"), the credit risk limit as a number (10, 1 or 0 on most rows,
  pesos on the rest), quota and discount remarks, a write-off tag (CAST2021) on a few, street
  address in Colombian abbreviations, city, two phones as text (landline or mobile), e-mail.
- A few companies appear twice under two customer codes with the same name and NIT.
Values invented (names, NITs, phones in 555, e-mails at .test/example.com).
"""
from fake import Fake, save, workbook

f = Fake("customers-es-co-paintdistributor")
SELLERS = [("ANDRES FELIPE CORREA ROJAS", 20), ("COMERCIAL PINTOEJE", 86), ("ESPERANZA TORO M.", 22),
           ("MAURICIO LONDOÑO MEJIA", 35), ("PABLO EMILIO SALAZAR BAÑOL", 23), ("TATIANA URIBE BEDOYA ", 68),
           ("JORGE IVAN OSPINA", 24), ("LUZ ADRIANA CARDONA", 22)]
GIVEN = ["RUBEN DARIO", "LUZ NELCY", "CARLOS JULIO", "YEFFER", "ALBERTO", "MARIA EUGENIA", "JHON FREDY", "GLORIA INES",
         "LUIS FERNANDO", "DIEGO ALEJANDRO", "OLGA LUCIA", "JOSE ARLEY", "MARTHA CECILIA", "HERNAN", "NESTOR RAUL"]
SUR = ["MUÑOZ", "POSSO", "LOAIZA", "GIRALDO", "SANCHEZ", "ARANGO", "VILLAMIL", "PATIÑO", "BLANDON", "GUARIN", "OSORIO",
       "MARIN", "CASTAÑO", "GRAJALES", "VALENCIA", "HENAO", "OCAMPO", "ZULUAGA", "RENDON", "BETANCUR"]
KINDS = ["FERRETERIA", "ALMACEN", "DEPOSITO", "PINTURAS", "MATERIALES", "CONSTRUCTORA", "METALICAS", "TALLER"]
NAMES = ["EL PROGRESO", "LA ESQUINA", "NARANJO", "EL CONSTRUCTOR", "COLORPINTURAS", "LOS ANDES", "CAFETERO", "DEL EJE",
         "MULTICOLOR", "EL TARRO", "LA 19", "SAN DIEGO", "EL TRIUNFO", "CUBA", "EL LAGO", "LA POPA", "MODERNA"]
FORMS = ["SAS", "S.A.S", "S.A.S.", "LTDA", "S.A.", "Y CIA S EN C"]
CITIES = [("PEREIRA", 35), ("MANIZALES", 32), ("DOSQUEBRADAS", 8), ("ARMENIA", 5), ("BOGOTÁ, D.C.", 2), ("CARTAGO", 2),
          ("SANTA ROSA DE CABAL", 2), ("CHINCHINA", 2), ("LA VIRGINIA", 1), ("", 1)]
STREET = ["CL", "CR", "CLL", "CRA", "CAR", "AV", "KM", "MZ"]


def w(pairs):
    return f.pick([k for k, n in pairs for _ in range(n)])


def company():
    return f._unique(lambda: f"{f.pick(KINDS)} {f.pick(NAMES)} {f.pick(FORMS)}")


def person():
    return f._unique(lambda: f"{f.pick(GIVEN)} {f.pick(SUR)} {f.pick(SUR)}")


def addr(city):
    s = f"{f.pick(STREET)} {f.r.randrange(1, 90)}{f.pick(['', ' A', 'A', ' B'])} {f.pick(['', 'NO. ', '# '])}{f.r.randrange(1, 80)}{f.pick(['-', ' ', ' - '])}{f.r.randrange(1, 99)}"
    if f.chance(0.2):
        s += " " + f.pick(["OF 805", "BRR CUBA", "SAN DIEGO", "LC 2", "BG 1", city])
    return s


def phone(mobile):
    if mobile:
        return f._unique(lambda: f"31{f.r.randrange(10)}555{f.r.randrange(1000, 9999)}")
    return f._unique(lambda: f"{f.pick(['3', '8', '2'])}55{f.r.randrange(1000, 9999)}")


rows = []
code = 3260034
for seller in sorted({s for s, _ in SELLERS}, key=lambda s: s.strip()):
    n = dict(SELLERS)[seller]
    for _ in range(n):
        code += f.r.randrange(7, 900)
        is_co = f.chance(0.45)
        name = company() if is_co else person()
        nif = f._unique(lambda: str(f.r.randrange(800000000, 901999999)) if is_co else str(f.r.randrange(4000000, 99999999)))
        city = w(CITIES)
        local = name.split()[0].lower().replace("ñ", "n") + str(f.r.randrange(10, 99))
        mail = f.email(local) if not is_co else f"facturacion@{name.split()[1].lower().replace('ñ', 'n')}{f.r.randrange(1, 99)}.test"
        risk = f.pick([10] * 37 + [1] * 28 + [0] * 7 + [2000000] * 3 + [10000000] * 3 + [5000000, 13000000, 20000000, 3000000])
        rows.append([seller, code, name,
                     (name.rsplit(" ", 1)[0] if is_co else f"{f.pick(KINDS)} {f.pick(NAMES)}") if f.chance(0.27) else "",
                     nif, f.pick(["DON EVELIO", "NACIONAL DE COLORES", "GERENCIA OBRA", "MATERIALES EL PROGRESO"]) if f.chance(0.05) else "",
                     f.pick(["COVINOC"] * 8 + ["COVINOC ", "CLIENTE EVENTUAL", "3´", "5´", "Antes " + person()]) if f.chance(0.12) else "",
                     risk, f.pick(["20", "20´", "10´", "10", "5"]) if f.chance(0.08) else "",
                     f.pick(["3%", "3%", "3%-45", "WEB", "FINANCIERO"]) if f.chance(0.03) else "",
                     f.pick(["CAST2022", "CAST2021", "CAST2019", "CASTG"]) if f.chance(0.012) else "",
                     addr(city) if f.chance(0.996) else "", city,
                     phone(f.chance(0.45)) if f.chance(0.985) else "", phone(True) if f.chance(0.3) else "",
                     mail if f.chance(0.92) else ""])
# the same company under a second code (same name and NIT), a few times
for src, dst in ((12, 140), (60, 233), (101, 275)):
    rows[dst][2], rows[dst][4] = rows[src][2], rows[src][4]
# fixed records the label checks
rows[0][2:5] = ["RUBEN DARIO OSORIO HENAO", "ALMACEN COLORPINTURAS", "10555936"]
rows[0][11:16] = ["CL 23 14-08", "PEREIRA", "3550365", "", "colorpinturas@example.com"]
rows[2][2:5] = ["GRUPO VDC S.A.S", "EL TARRO", "901555367"]
rows[2][11:16] = ["CR 28 61 A 12 BRR CUBA", "PEREIRA", "3105551568", "3554487", "recepcion.facturas@eltarro.test"]
rows[-1][2:5] = ["METALES ARTEZA S.A.S", "", "901555491"]
rows[-1][11:16] = ["KM 4 BG 2 SEC LA FLORIDA VIA TERMALES SANTA ROSA DE C", "SANTA ROSA DE CABAL", "3115557706", "",
                   "facturacionarteza@example.net"]

wb = workbook()
ws = wb.active
ws.title = "Hoja1"
head = ["NOMVENDEDOR", "Cod. Cliente", "NOMBRECLIENTE", "NOMBRECOMERCIAL", "NIF20", "Alias", "ENTIDAD_APRUEBA", "RIESGO",
        "CUPO_APROBADO", "DESCUENTO", "CASTIGADA", "DIRECCION1", "CIUDAD", "TELEFONO1", "TELEFONO2", "E-Mail"]
ws.append(head)
for r, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        c = ws.cell(r, j, v)
        c.number_format = "#,##0" if j == 2 else "#,##0.00" if j == 8 else "@"
for col, wd in zip("ABCDEFGHIJKLMNOP", [38.9, 12.8, 140.4, 79.1, 22, 55.1, 69.7, 14.9, 17.6, 18.7, 16.9, 104.2, 29.8, 16.2, 17, 57.4]):
    ws.column_dimensions[col].width = wd
save(wb, "customers-es-co-paintdistributor.xlsx")
if __name__ == "__main__":
    print(len(rows), rows[0][:3], rows[2][:3], rows[-1][:3])
    print([(rows[s][1], rows[s][2], rows[s][0]) for s in (12, 140, 60, 233, 101, 275)])
