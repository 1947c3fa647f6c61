"""
Shape of AeBarbaP/ISP_System "clientes.xlsx" (commit 54951d7f0a1c61c75f00eda44e33f7c3988b0a8a): a
small wireless internet provider's subscriber list in a rural municipality of Zacatecas (Mexico),
prepared in Excel for loading into its new billing system.

- Sheet "clientes": header id / contrato / nombre, then fourteen columns D–Q all headed by the
  number 1 (the placeholders of the system's table; D–F, L–N and P empty, D–Q hidden, width 0),
  then fecha contrato / fecha lim pago / fecha corte / costo / estatus. 1435 subscribers in the
  source (here 300): id 1…n, contract code "20250625" + letters and digits, full name in capitals
  (three namesakes with other contracts), G the colonia or barrio, H the municipality (three
  spellings), I the state ZACATECAS, J the postcode as a number, K the phone — a ten-digit number
  mostly, "492-xxx-xxxx" text on some, two numbers with a slash, a decimal typo, a dash, a place
  name or "MAC NUEVA" on a few, empty on a third —, O the plan number, Q the access point
  ("192.168.31.51", a mistyped "192.16831.59", the short form 29.229 stored as a number, TORRE),
  three dates as mm-dd-yy (two payment dates typed as text, one of them 31/06/2025), the monthly
  fee, status 1/2. Two stray rows at the bottom hold only a fee.
- Sheet "Hoja1 (2)": the office's earlier hand-kept list of part of the same subscribers, Num /
  Nombre / k / k / k (hidden: access point, antenna, phone) / fecha contrato / fecha lim pago; names
  with remarks typed in ("paga $220", "(CASA)", "/ ANTES …", "X CARTERO"), a school and a factory,
  a number out of sequence and one given twice.
Values invented (names from common Mexican given names and surnames, phones in 555).
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-es-mx-ispsubscribers")
GIVEN = ["MARIA", "JOSE", "JUAN", "ROBERTO", "FRANCISCO JAVIER", "OSCAR ALEJANDRO", "ADRIANA", "ANGELICA", "BEATRIZ",
         "CARLOS", "CARLOS MANUEL", "MA GUADALUPE", "JUANA", "IVETTE", "MARIA DE LOS ANGELES", "LORENA", "SANDRA",
         "RAUDEL", "ORALIA", "OMAR", "MARICELA", "EPITACIA", "ULISES", "ADELA", "ALEJANDRO", "ANA KAREN", "BRENDA LETICIA",
         "CIRILA", "FIDEL", "GUSTAVO ALEJANDRO", "IMELDA", "JOAQUIN", "JUAN MANUEL", "AZUCENA", "NANCY ANGELICA",
         "CARMEN GUADALUPE", "ELIA MARTHA", "ELVIA", "ERENDIDA", "EVELIA", "FABIOLA", "HECTOR", "LEOPOLDO", "REYNA",
         "J. JESUS", "MA. DEL REFUGIO", "PEDRO", "SERGIO", "VERONICA", "YESENIA", "ROSALBA", "EFRAIN", "MIGUEL ANGEL"]
SUR = ["ACOSTA", "MENDEZ", "DELGADO", "MORALES", "GARCIA", "LOPEZ", "SAUCEDO", "DE LA ROSA", "ORTIZ", "GALLEGOS",
       "CARREON", "CASTRO", "HERNANDEZ", "VILLALOBOS", "ESQUIVEL", "DURAN", "SANTANA", "ARTEAGA", "ALFEREZ", "MARES",
       "RUIZ", "SANCHEZ", "HERRERA", "MURO", "REVELES", "RENTERIA", "SANTAMARIA", "FRIAS", "MUÑOZ", "VILLANUEVA",
       "GUERRERO", "RODRIGUEZ", "FRAGOZO", "PUENTES", "OVALLE", "DOMINGUEZ", "ZAMORA", "MARTINEZ", "NAVA", "ROMO"]
COLONIAS = [("PASO DE MENDEZ", 40), ("SAN ISIDRO", 36), ("LOS PERALES", 25), ("SANTA INES", 23), ("BARQUILLO", 15),
            ("PROGRESO", 14), ("EL LAUREL", 12), ("BARRIO OJO DE AGUA", 12), ("PLAZA DE CASTRO / CENTRO", 12),
            ("BARRIO RIO CHICO", 10), ("BARRIO DE HERNANDEZ", 9), ("BARRIO LOS LLANITOS", 8), ("COLONIA SIERRA FRIA", 7),
            ("BARRIO DE ARTEAGAS", 7), ("EL SALTO", 6), ("LA ESTANCIA", 5), ("CAMBIO DE PEÑAS", 4), ("SAN FERNANDO", 3)]
MUNI = ["GENARO CODINA"] * 27 + ["CUAUHTEMOC"] * 2 + ["GUADALUPE"]
CP = [98660] * 6 + [98663] * 3 + [98667] * 2 + [98670]
colonias = [c for c, n in COLONIAS for _ in range(n)]


def person():
    return f._unique(lambda: f"{f.pick(GIVEN)} {f.pick(SUR)} {f.pick(SUR)}")


def phone_cell():
    k = f.r.random()
    n = f._unique(lambda: f"{f.pick(['492', '492', '492', '458'])}555{f.r.randrange(1000, 9999)}")
    if k < 0.33:
        return None, None
    if k < 0.36:
        return f"{n[:3]}-{n[3:6]}-{n[6:]}", n
    if k < 0.365:
        return f"{n}/{n[:3]}555{f.r.randrange(1000, 9999)}", n
    if k < 0.37:
        return int(n) / 100, None  # a decimal typo: 49255512.34
    if k < 0.375:
        return f.pick(["-", "*", "MAC NUEVA", "CAMBIO DE PEÑAS", "SAN FERNANDO"]), None
    return int(n), n


def access_point(ip_style):
    k = f.r.random()
    if k < 0.05:
        return None
    if k < 0.06:
        return "TORRE"
    if ip_style:
        third = f.pick([29, 30, 31, 32, 33, 34])
        if f.chance(0.08):
            return f"192.168{third}.{f.r.randrange(2, 250)}"
        return f"192.168.{third}.{f.r.randrange(2, 250)}"
    v = f"{f.pick([29, 30, 32, 33, 34, 2])}.{f.r.randrange(2, 250)}"
    return float(v) if f.chance(0.6) else v


rows = []
for i in range(300):
    since = f.date(datetime.date(2016, 6, 1), datetime.date(2025, 6, 20))
    if i >= 280 or f.chance(0.03):
        since = datetime.date(2025, 6, 25) if f.chance(0.5) else since
    due = f.date(datetime.date(2025, 5, 28), datetime.date(2025, 12, 28))
    code = "20250625" + "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2)) + str(f.r.randrange(10)) + \
        "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2)) + str(f.r.randrange(10, 100)) + \
        ("" if i < 250 else str(i + 2)) + f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    ph, ph_text = phone_cell()
    plan = f.pick([3] * 13 + [1] * 6 + [5, 4])
    fee = {3: 260, 1: 270, 5: 300, 4: 460}[plan] if f.chance(0.97) else f.pick([0, 120, 220, 580])
    rows.append({"id": i + 1, "contrato": code, "nombre": person(), "colonia": f.pick(colonias), "muni": f.pick(MUNI),
                 "cp": f.pick(CP), "tel": ph, "tel_text": ph_text, "plan": plan,
                 "ap": access_point(i < 150 or f.chance(0.3)), "since": since, "due": due,
                 "cut": due + datetime.timedelta(days=1), "fee": fee, "status": 2 if f.chance(0.035) else 1})
# fixed records the label checks
rows[0].update(nombre="ROBERTO NAVA ROMO", colonia="BARQUILLO", muni="GENARO CODINA", cp=98660, tel=None,
               since=datetime.date(2020, 8, 14))
rows[5].update(nombre="ANGELICA REVELES MURO", colonia="PROGRESO", cp=98663, tel=4925550137,
               since=datetime.date(2022, 5, 26))
rows[41].update(nombre="CARLOS MANUEL ROMO FRIAS", colonia="SAN ISIDRO", tel="492-555-0188",
                since=datetime.date(2023, 9, 22))
rows[120].update(nombre="MARICELA NAVA OVALLE", colonia="BARRIO OJO DE AGUA", tel=4585550164, fee=460, plan=4,
                 since=datetime.date(2023, 10, 31))
# namesakes: another contract, another colonia
rows[77].update(nombre="JUANA MARES ZAMORA", colonia="LOS PERALES")
rows[203].update(nombre="JUANA MARES ZAMORA", colonia="SANTA INES")
rows[150].update(nombre="IVETTE ROMO PUENTES")
rows[266].update(nombre="IVETTE ROMO PUENTES")
for d in (rows[0], rows[5], rows[41], rows[120]):
    d["tel_text"] = None if d["tel"] is None else str(d["tel"]).replace("-", "")
rows[99]["due"] = " 10/07/2025"
rows[230]["due"] = "31/06/2025"

wb = workbook()
ws = wb.active
ws.title = "clientes"
head = ["id", "contrato", "nombre"] + [1] * 14 + ["fecha contrato", "fecha lim pago", "fecha corte", "costo", "estatus"]
for j, h in enumerate(head, 1):
    ws.cell(1, j, h)
for r, d in enumerate(rows, 2):
    vals = {1: d["id"], 2: d["contrato"], 3: d["nombre"], 7: d["colonia"], 8: d["muni"], 9: "ZACATECAS", 10: d["cp"],
            11: d["tel"], 15: d["plan"], 17: d["ap"], 18: d["since"], 19: d["due"], 20: d["cut"], 21: d["fee"],
            22: d["status"]}
    for c, v in vals.items():
        if v is None:
            continue
        cell = ws.cell(r, c, v)
        if c in (18, 19, 20) and not isinstance(v, str):
            cell.number_format = "mm-dd-yy"
ws.cell(len(rows) + 2, 21, 260)
ws.cell(len(rows) + 3, 21, 260)
ws.column_dimensions["C"].width = 46.14
ws.column_dimensions.group("D", "Q", hidden=True)
ws.column_dimensions["W"].width = 11.86

# the earlier hand-kept list: part of the same subscribers, remarks typed into the names
ws2 = wb.create_sheet("Hoja1 (2)")
for j, h in enumerate(["Num", "Nombre", "k", "k", "k", "fecha contrato", "fecha lim pago"], 1):
    ws2.cell(1, j, h)
REMARKS = [" (CASA)", " paga $220", " X CARTERO ", " /LALA", " (PAQ2)", " (120 MENSUALIDAD)", " LAUREL "]
picked = sorted(f.r.sample(range(300), 124))
n = 0
for k, i in enumerate(picked):
    d = rows[i]
    n += 1
    name = d["nombre"]
    if f.chance(0.09):
        name += f.pick(REMARKS)
    if k == 3:
        name += f" / ANTES {person()}"
    num = n
    if k == 60:
        num = 442
    if k == 71:
        num = n - 1
    r = k + 2
    ws2.cell(r, 1, num)
    ws2.cell(r, 2, name)
    ap = d["ap"] if isinstance(d["ap"], (float, str)) and not str(d["ap"]).startswith("192") else \
        f"{f.pick([29, 30, 32, 34])}.{f.r.randrange(2, 250)}"
    ws2.cell(r, 3, str(ap) if f.chance(0.5) else ap).number_format = "@"
    if f.chance(0.88):
        ws2.cell(r, 4, f.pick([19, 23, 45, 29.15, 34.21, "34.20.", "30.20.", 32.41, 36]))
    if d["tel_text"] and f.chance(0.9):
        ws2.cell(r, 5, int(d["tel_text"]) if f.chance(0.85) else f"{d['tel_text'][:3]}-{d['tel_text'][3:6]}-{d['tel_text'][6:]}")
    ws2.cell(r, 6, d["since"]).number_format = "d-mmm-yy"
    due = d["due"] if not isinstance(d["due"], str) else datetime.date(2025, 7, 10)
    ws2.cell(r, 7, due).number_format = "yyyy\\-mm\\-dd;@"
for extra, (name, ph) in enumerate([("SECUNDARIA TECNICA 12 $800", 4925550199),
                                    ("FABRICA (580 X MES CON FACTURA)", None)]):
    r = len(picked) + 2 + extra
    ws2.cell(r, 1, len(picked) + 1 + extra)
    ws2.cell(r, 2, name)
    ws2.cell(r, 3, "32.45 Y 32.46" if extra else None)
    if ph:
        ws2.cell(r, 5, ph)
    ws2.cell(r, 6, datetime.date(2024, 10, 11) if not extra else datetime.date(2019, 7, 12)).number_format = "d-mmm-yy"
    ws2.cell(r, 7, datetime.date(2025, 7, 11) if not extra else datetime.date(2025, 2, 12)).number_format = "yyyy\\-mm\\-dd;@"
ws2.column_dimensions["B"].width = 93.71
ws2.column_dimensions.group("C", "E", hidden=True)
save(wb, "clients-es-mx-ispsubscribers.xlsx")
