"""
Shape of Jmurga16/test.aquafiltek.com "php/Base_Datos.xlsx" (commit
0cdc88868c317217b55ac5d332b03d7e503e2ead): a Guayaquil (Ecuador) water-tank cleaning company's
customer base, house by house in gated communities, kept in Excel by its telephone sales desk.

- One sheet "Hoja1", header on row 1 in capitals: COORDENADAS / CODIGOS / CLIENTES / DATOS FACTURA /
  DIRECCION / CONVENCIONAL 1 / CONVENCIONAL 2 / CELULAR 1 / CELULAR 2 / CORREO /
  INFORMACIONDE CISTERNA (sic, trailing space) / COMENTARIO; columns M–T without header but the
  sheet's range runs to T. 1256 houses in the source (here 300), sorted by community.
- COORDENADAS: one "lat, long" text per community (every house of it the same). CODIGOS: a text
  code community number + four letters + M + block + lot ("00500ENRIM00T012"), unique but for a
  few houses typed twice. CLIENTES: the owner surname first in capitals or in mixed case, some
  couples "A / B", a title ("Ing"), "Familia …", "de …". DATOS FACTURA: empty on every row.
  DIRECCION: community, block (MZ) and lot/villa in any spelling.
- Phones: landlines as 7-digit numbers or as text "04  6044599"; mobiles as 9-digit numbers (the
  leading 0 lost) or as text with it; a few cells with two numbers and who answers ("2087416 CASA
  -2087690", "993780672 ella"); CELULAR 2 sometimes holds "REGISTRA <owner of the line>" or a
  dated note of a wrong number; CORREO e-mails (two in a cell, spaces around) or a dated note.
- INFORMACIONDE CISTERNA: the tank's size "3,5*2*1,5"; COMENTARIO: the whole call log, newest
  first, dates in any spelling, run together in one long cell.
- A few rows shifted: the manhole size "50*50" in CELULAR 1 and the rest one column right, or the
  comment pushed past COMENTARIO into the unnamed columns, a stray "|" in T.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-en-ec-watertanks")
COMMUNITIES = [("-2.148270, -79.895376", "00500", "ENRI", "Entre Rios", 52), ("-2.131194, -79.867053", "01378", "LRIB", "Las Riberas", 40),
               ("-2.090806, -79.873034", "07442", "ELAG", "Entrelagos", 30), ("-2.086819, -79.871056", "07850", "VSOL", "Vista Sol", 28),
               ("-2.084913, -79.870539", "08210", "LDSO", "Laguna del Sol", 24), ("-2.058198, -79.870572", "11027", "FRIO", "Fuentes del Rio", 22),
               ("-2.087983, -79.867994", "08076", "TESO", "Terrasol", 20), ("-2.039231,-79.8693542", "12001", "BOTE", "Bonaterra", 16),
               ("-2.135052, -79.862840", "02292", "ERIO", "El Rio", 14), ("-2.125815, -79.868224", "03483", "CDRI", "Camino del Rio", 14),
               ("-2.181934, -79.984916", "11700", "POVI", "Portovita", 12), ("-2.115562, -79.869563", "04533", "GTEN", "Tennis Club", 10),
               ("-2.185655, -79.989889", "12200", "LACU", "Laguna Club", 10), ("-2.073463, -79.844787", "09048", "CCES", "Ciudad Celeste", 8)]
SUR = ["Alvarado", "Benítez", "Cedeño", "Chóez", "Crespo", "Espinoza", "Franco", "Guerrero", "Herdoíza", "Icaza", "Jaramillo",
       "León", "Macías", "Mogrovejo", "Noboa", "Ortega", "Piedrahita", "Plaza", "Quimí", "Rubio", "Salazar", "Triviño",
       "Urrutia", "Vélez", "Vivanco", "Zambrano", "Barquerizo", "Campuzano", "Delgado", "Game", "Hidalgo", "Merchán"]
GIV = ["Luis", "Alberto", "María", "Elena", "Jorge", "Andrés", "Rosa", "Isabel", "Camilo", "Ignacio", "Norma", "Patricia",
       "Héctor", "Adrián", "Glenda", "Annabelle", "Kléber", "Gonzalo", "Jazmín", "Elizabeth", "Oswaldo", "Enrique",
       "Consuelo", "Silvia", "Daniela", "Mabel", "Alexandra", "Rusbel", "Maryori", "Giselle", "Romy", "Eduardo"]
NOTES = ["no contesta", "me manda a buzon", "llamar la otra semana", "contesto la empleada q la sra no esta", "no desea por el momento",
         "llamar en dos meses", "acepto la limpieza para el dia lunes a las 10:30", "esta de viaje llamar el lunes",
         "ya realizo la limpieza hace 1 mes", "contesto el mismo q lo llame el proximo mes", "por ahora no tiene dinero",
         "se recomienda un vaciado para la proxima limpieza", "numero equivocado", "celular apagado", "q ella avisa"]


def name():
    n = f"{f.pick(SUR)} {f.pick(SUR)} {f.pick(GIV)} {f.pick(GIV)}"
    k = f.r.random()
    if k < 0.5:
        return n.upper()
    if k < 0.58:
        return f"{f.pick(GIV)} {f.pick(SUR)} / {f.pick(GIV)} {f.pick(SUR)} "
    if k < 0.62:
        return f"Ing {f.pick(GIV)} {f.pick(GIV)} {f.pick(SUR)}"
    if k < 0.66:
        return f"{f.pick(GIV)} {f.pick(SUR)} de {f.pick(SUR)} "
    return n


def landline():
    n = f"{f.pick(['2', '6'])}{f.r.randrange(10**5, 10**6)}"
    return f"04  {n}" if f.chance(0.25) else int(n)


def mobile():
    if f.chance(0.8):
        return int(f"9{f.pick(['9', '8', '6', '3'])}{f.r.randrange(10**6, 10**7)}")
    return f"0900{f.r.randrange(10**5, 10**6)}"


def calllog():
    d = f.date(__import__("datetime").date(2019, 2, 20), __import__("datetime").date(2019, 2, 20))
    parts = []
    for _ in range(f.r.randrange(1, 9)):
        d = d - __import__("datetime").timedelta(days=f.r.randrange(3, 60))
        fmt = f.pick(["%d/%m/%Y", "%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y"])
        parts.append(f"{d.strftime(fmt)} {f.pick(NOTES)}")
    return "  ".join(parts) + ("  " if f.chance(0.4) else "")


wb = workbook()
ws = wb.active
ws.title = "Hoja1"
HEAD = ["COORDENADAS", "CODIGOS", "CLIENTES", "DATOS FACTURA", "DIRECCION", "CONVENCIONAL 1", "CONVENCIONAL 2",
        "CELULAR 1", "CELULAR 2", "CORREO", "INFORMACIONDE CISTERNA ", "COMENTARIO"]
for j, h in enumerate(HEAD, 1):
    ws.cell(1, j, h)
rows = []
for coord, num, code, place, n in COMMUNITIES:
    used = set()
    for _ in range(n):
        while True:
            mz = f.pick(["001", "002", "009", "00C", "00D", "00E", "00F", "00T", "00K", "010", "00J"])
            lot = f"{f.r.randrange(1, 40):03d}"
            if (mz, lot) not in used:
                used.add((mz, lot))
                break
        mzs = mz.lstrip("0") or "1"
        addr = f.pick([f"{place.upper()} MZ {mzs} V {int(lot)}", f"{place} Mz. {mzs} V. {int(lot)}",
                       f"{place} MZ:{mzs} VILLA:{int(lot)} ", f"{place.lower()} mz {mzs} solar {int(lot)}"])
        row = [coord, f"{num}{code}M{mz}{lot}", name(), None, addr, None, None, None, None, None, None, None]
        if f.chance(0.85):
            row[5] = landline()
        if f.chance(0.6):
            row[6] = landline()
        if f.chance(0.55):
            row[7] = mobile()
        k = f.r.random()
        if k < 0.15:
            row[8] = mobile()
        elif k < 0.2:
            row[8] = f"REGISTRA {f.pick(SUR).upper()} {f.pick(SUR).upper()} {f.pick(GIV).upper()} "
        elif k < 0.25:
            row[8] = f"{f.r.randrange(12, 16)}/3/18 num incorrecto"
        elif k < 0.28:
            row[8] = f"{mobile()} {f.pick(['ella', 'el', 'esposa', 'sr'])} "
        if f.chance(0.2):
            local = f"{f.pick(GIV).lower()}{f.pick(SUR).lower()}{f.r.randrange(1, 99)}".translate(str.maketrans("áéíóúñ", "aeioun"))
            row[9] = f.email(local) + (" " if f.chance(0.3) else "")
        if f.chance(0.15):
            row[10] = f"{f.pick(['3', '3,5', '4', '2,5'])}*{f.pick(['2', '2,5', '2,8'])}*{f.pick(['1,3', '1,5', '1,55'])}"
        if f.chance(0.3):
            row[11] = calllog()
        rows.append(row)
# a few houses typed twice, right under the first
for i in (31, 120, 200):
    rows.insert(i + 1, list(rows[i]))
# shifted rows
rows[15][7:12] = ["50*50", mobile(), f.email("sandra.salazar"), "6*2,5*1,3", calllog()]
rows[60][5:12] = [None] * 7
rows[60] += [landline(), mobile(), calllog()]
rows[88][5:12] = [None, None, None, None, landline(), None, mobile()]
rows[88] += [None, calllog()]
rows[140][8] = f"{landline()} CASA -{landline()}"
rows[141][5] = f"{landline()}- {mobile()} Sra {f.pick(SUR)} "
rows[175][8] = "14/03/18 la clienta dice que le pase la tarjeta por whatsaap, ya hizo el mantenimiento hace poco"
rows[175] += [None] * 7 + ["|"]
rows[230][9] = f"{f.email('mcevallos')}  {f.email('lenca66')}"
for i, r in enumerate(rows, 2):
    for j, v in enumerate(r, 1):
        if v is not None:
            ws.cell(i, j, v)
for col, w in zip("ABCDEFHJKLMO", [25.57, 23.29, 58.86, 18.57, 36.43, 19.29, 18.43, 27.14, 21.43, 12.43, 11.57, 11.43]):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-ec-watertanks.xlsx")
