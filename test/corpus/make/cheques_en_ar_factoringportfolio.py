"""
Shape of jvisconti-Meridiano/CRM_PRECALIFICADOS "cartera.xlsx" (commit
d839faaa2edff5edf75a37caac6df89743880f57): an Argentine financial company's portfolio ("cartera")
of third-party cheques its clients discounted, exported from its back-office system and saved in
Excel, read by a small CRM of pre-qualified drawers.

- One sheet "Hoja1", header on row 1: CUIT / FIRMANTE / F.Deposi / Est / N.Operac / F.Operac /
  F.Acredi / Bco / Nro Cheque / Cliente / CUIT 2 (cliente) / Razon / Tipo Rechazo / Empresa Simulado
  / Importe; 1436 cheques in the source (here 300), sorted by the drawer's CUIT, then 33 empty rows.
- CUIT of the drawer (firmante) as an 11-digit number; FIRMANTE in capitals with a leading space,
  couples "X Y Z" and long names cut at 40 characters; three dates (deposit, operation,
  accreditation) as real dates; Est C / U / D; operation number (many cheques per operation); bank
  code (mostly 99); cheque number; Cliente the company's client number and its CUIT (0 when
  unknown) and name — a client on many rows; Tipo Rechazo empty on every row; Empresa Simulado
  "MERIDI" or empty; Importe in pesos, whole or with cents.
Values invented. The rows are cheques, not clients.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("cheques-en-ar-factoringportfolio")
SUR = ["LARUMBE", "GRAELLS", "KATERYNICZ", "AGUERREBEHERE", "DARRIGRAND", "UGARTEMENDIA", "BONFANTI", "CASTELLI",
       "OLIVERA", "PEREYRA", "ZUBIRI", "MANSILLA", "ROSSI", "BIANCHI", "ETCHEGARAY", "IRIGOYEN", "QUIROGA", "SOSA"]
GIV = ["JOSE E.", "MARIA C", "NELSON ANTONIO", "BASILIO SIMON", "JORGE MARCELO", "MARTA", "RICARDO", "SILVIA",
       "GUSTAVO", "LAURA", "HECTOR", "MONICA"]
FIRMS = ["INGENIERIA", "CONSTRUCCIONES", "AGROPECUARIA", "LOGISTICA", "METALURGICA", "TRANSPORTE", "SERVICIOS",
         "DISTRIBUIDORA", "COOPERATIVA", "LABORATORIOS", "TEXTIL", "FRIGORIFICO"]
TAIL = ["DEL SUR", "PAMPEANA", "NORTE", "SAN MARTIN", "DEL PLATA", "ANDINA", "LOS ALAMOS", "RIO GRANDE", "CENTRAL"]
FORMS = ["SA", "SRL", "SAS", "S.A.", "LTDA"]


def drawer():
    if f.chance(0.35):
        n = f"{f.pick(SUR)} {f.pick(GIV)}" + (f" Y {f.pick(SUR)} {f.pick(GIV)}" if f.chance(0.3) else "")
        cuit = int(f"{f.pick(['20', '23', '27'])}{f.r.randrange(10**7, 6 * 10**7):08d}{f.r.randrange(10)}")
    else:
        n = f"{f.pick(FIRMS)} {f.pick(TAIL)} {f.pick(FORMS)}"
        if f.chance(0.1):
            n = f"{n} {n}"
        cuit = int(f"{f.pick(['30', '33'])}{f.r.randrange(5 * 10**7, 72 * 10**6):08d}{f.r.randrange(10)}")
    return cuit, " " + n[:40]


clients = []
for i in range(45):
    name = f"{f.pick(FIRMS)} {f.pick(TAIL)} {f.pick(FORMS)}"
    if f.chance(0.15):
        sur, giv = f.pick(SUR), f.pick(GIV)
        name = f"{sur} {giv} CH GARANTIA"
    cuit = 0 if f.chance(0.1) else int(f"30{f.r.randrange(70 * 10**6, 72 * 10**6)}{f.r.randrange(10)}")
    clients.append((f.r.randrange(600, 3400), cuit, name))
weights = [f.r.choice([1, 1, 2, 3, 8, 20]) for _ in clients]
drawers = [drawer() for _ in range(110)]
rows = []
op = 75000
for _ in range(300):
    d = f.pick(drawers)
    c = f.r.choices(clients, weights)[0]
    fop = f.date(datetime.date(2025, 12, 15), datetime.date(2026, 3, 31))
    fdep = fop + datetime.timedelta(days=f.r.randrange(10, 120))
    facr = fdep + datetime.timedelta(days=f.r.randrange(2, 6))
    op += f.r.choice([0, 0, 1, 3, 7])
    amt = f.r.choice([1000000, 5000000, 10000000, 12000000, 2500000]) if f.chance(0.55) else round(f.r.uniform(15000, 9000000), 2)
    rows.append([d[0], d[1], fdep, f.r.choices(["C", "U", "D"], [88, 8, 4])[0], op, fop, facr,
                 f.r.choices([99, 106, 7, 917, 915], [80, 5, 3, 2, 2])[0], f.r.randrange(1, 90000300), c[0], c[1], c[2],
                 None, "MERIDI" if f.chance(0.96) else None, amt])
rows.sort(key=lambda r: r[0])
wb = workbook()
ws = wb.active
ws.title = "Hoja1"
HEAD = ["CUIT", "FIRMANTE", "F.Deposi", "Est", "N.Operac", "F.Operac", "F.Acredi", "Bco", "Nro Cheque", "Cliente",
        "CUIT 2 (cliente)", "Razon", "Tipo Rechazo", "Empresa Simulado", "Importe"]
ACC = '_-"$"\\ * #,##0.00_-;\\-"$"\\ * #,##0.00_-;_-"$"\\ * "-"??_-;_-@_-'
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    if j in (1, 11):
        c.number_format = "0"
    if j == 15:
        c.number_format = ACC
for i, r in enumerate(rows, 2):
    for j, v in enumerate(r, 1):
        if v is None:
            continue
        c = ws.cell(i, j, v)
        if isinstance(v, datetime.date):
            c.number_format = "mm-dd-yy"
# the empty tail the export leaves, still formatted
for i in range(len(rows) + 2, len(rows) + 35):
    ws.cell(i, 3).number_format = "mm-dd-yy"
    ws.cell(i, 15).number_format = ACC
for col, w in zip("ABCDEFGHIJKLMNO", [14.4, 55.2, 10.6, 3.4, 9, 11.6, 10.6, 4.1, 11.2, 7.2, 14.4, 57.8, 12.2, 16.9, 16.6]):
    ws.column_dimensions[col].width = w
save(wb, "cheques-en-ar-factoringportfolio.xlsx")
