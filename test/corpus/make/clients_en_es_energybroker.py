"""
Shape of FilArt/clients "clients.xlsx": a Spanish energy broker's customer workbook, kept in Google
Sheets and downloaded as .xlsx, loaded into its own CRM ("Area") by a management command. Headers
in English snake_case from the CRM's export, values in Spanish; eight sheets:

- "PARA SUBIR" ("to upload"), frozen at D2, bold header on row 1, 49 columns: type / fecha_firma /
  cif_nif / user_id / id / company_name / email / phone / phone_city / dni / legal_representative /
  created_at / last_modified / responsible / responsible_id / canal / canal_id / invited_by /
  invited_by_id / cif / is_name_changed / province / locality / address / postalcode / iban /
  last_time_company_luz_changed / last_time_company_gas_changed / cups_luz / cups_gas / tarif_luz /
  tarif_gas / p1 / p2 / p3 / c1 / c2 / c3 / consumo_annual_luz / consumo_annual_gas / category /
  company_gas / company_gas_id / oferta_gas / oferta_gas_id / company_luz / company_luz_id /
  oferta_luz / oferta_luz_id. One row "user" per customer (a person, surname after name, or a firm
  S.L./S.A.), followed by a row "punto" for each further supply point of the same customer (same
  name, tax id, phone; its own CUPS, tariff and sometimes address); one customer has two user rows.
  fecha_firma a date (dd.MM.yyyy); phones 9-digit numbers (floats), a landline on a few rows, an
  extension "EXT 24" as text once or twice; e-mail on 2 % of the rows, upper case often; legal
  representative and their DNI on some firms; responsible the sales agent in upper case ("LIBRE":
  unassigned) with his CRM id; canal a channel partner on a third of the rows; postal codes text
  with leading zeros (some numbers); IBAN with spaces on 40 %; consumption and powers as text; several
  columns empty throughout (user_id, id, created_at, cif, c1–c3, category …); a data validation on
  province pointing at a sheet "план" that no longer exists; nine empty rows at the end.
- "EN AREA" ("in Area"), frozen at A2: type / id / name / cif / agent / id agent / fecha_firma / phone /
  phone_city and two unheaded columns: the same customers as the CRM holds them (CRM ids, agents
  in title case), a few more than in PARA SUBIR, then as many formatted empty rows again.
- "TEST", frozen at B3: per agent the user/punto counts of PARA SUBIR and of EN AREA and their
  difference (Google Sheets UNIQUE via __xludf.DUMMYFUNCTION and COUNTIFS, cached values), merged
  titles TABLA TOTAL / EN AREA / diferencia.
- "POR AGENTE " (trailing space), frozen at A5: one agent's name in A1 (merged A1:S1, a list
  validation), counts on row 3, two header rows' worth of labels on row 4, then the agent's rows of
  PARA SUBIR (A:H) and of EN AREA (J:S) pulled by FILTER formulas with cached values, COUNTIFS
  cross-checks in D, F, N, P.
- "загрузить" ("upload" in Russian): the PARA SUBIR header and 20 rows (5 user, 15 punto), 18 of
  them customers already in PARA SUBIR, 2 new ones.
- "dups", frozen at A2: id / cif_nif / company_name / email of customers found twice.
- "bid_dups", frozen at A2: id / user_id / user__cif_nif / fecha_firma, a 1 in E on some rows.
- "test (8)": another CRM export (type / id / name / cif / agent / agent_id / fecha_firma / phone /
  phone_city) with emoji after some agents' names ("LIBRE 🏁", "… 💎"), sorted by agent.
The source has 5521 customers and 9232 upload rows (18030 and 9274 rows in the CRM copies); here
420 customers and every other sheet scaled alike. Values invented.
"""
import datetime

from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from fake import CachedFormulas, Fake, workbook

f = Fake("clients-en-es-energybroker")
B = Font(bold=True)
GIVEN = ["VICENTE", "HERNANDO", "ANTONIO", "SEBASTIAN", "MARIA", "JOSE LUIS", "RAFAEL", "MANUEL", "ISABEL", "JULIANA",
         "CLAUDIO", "LAURA", "ADRIANA", "ALBERTO", "FELICIANO", "MARIA DOLORES", "CARMEN", "JORDI", "MONTSERRAT", "NURIA",
         "PERE", "ANNA", "FRANCISCO", "JAVIER", "ROSA", "JOAN", "ESTHER", "DAVID", "SILVIA", "RAMON"]
SURN = ["CORTES", "CASANS", "CRUZ", "BARAJAS", "TORRES", "PORRAS", "SALAZAR", "FUENTES", "DIAZ", "SAENZ", "MELGAREJO",
        "IGLESIAS", "VIDAL", "PERDOMO", "GOMEZ", "TELLEZ", "ARTEAGA", "TESTILLANO", "MONTES", "PEREZ", "ROVIRA", "PUIG",
        "FERRER", "SOLER", "BATLLE", "MARTI", "ESTEVE", "CASALS", "MASSANA", "GUITART", "LLOBET", "SERRA"]
FIRMS = ["TALLERES", "PANADERIA", "CONSTRUCCIONES", "HOSTAL", "BAR", "FERRETERIA", "ASSESSORIA", "TRANSPORTS", "GRANJA", "CARNISSERIA"]
FIRM2 = ["DEL PENEDES", "MONTSANT", "LA PLANA", "EBRE", "SANT JAUME", "COSTA DAURADA", "DEL PRAT", "NOU", "ROCA", "GAVARRES"]
AGENTS = [("JORDI VENTURA", 111), ("LIBRE", 11457), ("DAMASO VICENTE GARCIA", 121), ("RAFA LUQUE", 319), ("CHRISTIAN TUBAU", 204),
          ("ISAI SECADURAS MENDOZA", 16), ("JOAN LLEDO", 87), ("FELI QUINTAS", 233), ("MANUEL VALLADARES", 150),
          ("PATRICIA CORCHO", 249), ("AMIN HAMEL", 145), ("LIONEL SOCORRO", 302), ("ALEJANDRO SERRANO", 178), ("Elisabeth -", 410)]
EMOJI = {"LIBRE": " 🏁", "JOAN LLEDO": " 💎", "AMIN HAMEL": " 💎", "DAMASO VICENTE GARCIA": " 💎", "ISAI SECADURAS MENDOZA": " 💎",
         "LIONEL SOCORRO": " 💎", "RAFA LUQUE": " 💎"}
CANALS = [("DAMASO VICENTE GARCIA", 121), ("RAFA LUQUE", 319), ("JOAN LLEDO", 87), ("AMIN HAMEL", 145), ("ISAI SECADURAS MENDOZA", 16)]
PLACES = [("Barcelona", ["VILANOVA I LA GELTRU", "RUBI", "SABADELL", "MANRESA"], "08"), ("Tarragona", ["AMPOSTA", "LLORENÇ DEL PENEDES", "REUS", "VALLS"], "43"),
          ("Zaragoza", ["ZARAGOZA", "CALATAYUD"], "50"), ("Las Palmas", ["ARUCAS", "TELDE"], "35"), ("Lérida", ["LLEIDA", "TARREGA"], "25"),
          ("León", ["PONFERRADA", "ASTORGA"], "24"), ("Madrid", ["MADRID", "ALCALA DE HENARES"], "28"), (None, [None], None)]
STREETS = ["CL RECREO", "AV SANT JAUME", "PZ MONTSERRAT", "CL GLORIES CATALANES", "CO CAMI DE LA PLANA", "CL CASTELLO", "PD LLANADA", "CL MAJOR", "CR NACIONAL"]
LUZ = [("ENDESA", 2, "ENDESA-LUZ-ANTIGUO", 5011), ("NATURGY", 1, "PLAN NEGOCIO OMIE-M", 1131), ("AXPO", 7, "TEMPO HAPPY 50H", 2210),
       ("NATURGY", 1, "PLAN NEGOCIO A MEDIDA", 1132), ("REPSOL", 12, "REPSOL-LUZ-ANTIGUO", 5008), ("ALDRO", 9, "ALDRO-LUZ-ANTIGUO", 5003)]
GAS = [("REPSOL", 12, "REPSOL-GAS-ANTIGUO", 5014), ("ALDRO", 9, "ALDRO-GAS-ANTIGUO", 5009), ("NATURGY", 1, "NATURGY-GAS-ANTIGUO", 5013)]
TARIFS = ["2.1DHA", "3.0A", "2.0DHA", "2.1A", "2.0A", "3.1A"]
HEAD = ["type", "fecha_firma", "cif_nif", "user_id", "id", "company_name", "email", "phone", "phone_city", "dni",
        "legal_representative", "created_at", "last_modified", "responsible", "responsible_id", "canal", "canal_id",
        "invited_by", "invited_by_id", "cif", "is_name_changed", "province", "locality", "address", "postalcode", "iban",
        "last_time_company_luz_changed", "last_time_company_gas_changed", "cups_luz", "cups_gas", "tarif_luz", "tarif_gas",
        "p1", "p2", "p3", "c1", "c2", "c3", "consumo_annual_luz", "consumo_annual_gas", "category", "company_gas",
        "company_gas_id", "oferta_gas", "oferta_gas_id", "company_luz", "company_luz_id", "oferta_luz", "oferta_luz_id"]
LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif():
    n = f.r.randrange(100000, 99999999)
    return f"{n:08d}{LET[n % 23]}"


def cups(gas=False):
    return ("ES0217" if gas else "ES0031") + "".join(str(f.r.randrange(10)) for _ in range(12)) + f.pick(LET) + f.pick(LET)


customers, seen = [], set()
while len(customers) < 422:
    firm = f.chance(0.22)
    if firm:
        name = f"{f.pick(FIRMS)} {f.pick(FIRM2)} {f.pick(['S.L.', 'S.L', 'SL', 'S.A.', 'S.C.P.'])}"
        tax = f.pick("BAJF") + f"{f.r.randrange(10000000, 99999999)}"
    else:
        name = f"{f.pick(GIVEN)} {f.pick(SURN)} {f.pick(SURN)}"
        tax = nif()
    if name in seen:
        continue
    seen.add(name)
    prov, locs, pc = f.pick(PLACES)
    agent = f.pick(AGENTS[:13]) if f.chance(0.7) else AGENTS[1]
    canal = f.pick(CANALS) if f.chance(0.36) else (None, None)
    customers.append({
        "fecha": datetime.datetime(2019, 1, 8) + datetime.timedelta(days=f.r.randrange(0, 760)),
        "tax": tax, "name": name, "firm": firm,
        "email": (f.pick(["info", name.split()[0].lower(), "gestio"]) + "@" + f.pick(["example.com", "example.org"])) if f.chance(0.03) else None,
        "phone": float(f.r.choice([6, 7, 9]) * 100000000 + f.r.randrange(0, 99999999)) if f.chance(0.99) else None,
        "land": float(900000000 + f.r.randrange(0, 99999999)) if f.chance(0.07) else None,
        "rep": f"{f.pick(GIVEN)} {f.pick(SURN)}" if (firm or f.chance(0.15)) and f.chance(0.8) else None,
        "agent": agent, "canal": canal, "prov": prov, "loc": f.pick(locs),
        "addr": f"{f.pick(STREETS)}, {f.r.randrange(1, 120)}" + (f", {f.r.randrange(1, 5)}, {f.r.randrange(1, 4)}" if f.chance(0.4) else "") if prov else None,
        "pc": (pc + f"{f.r.randrange(100, 999)}") if pc else None,
        "iban": ("ES" + f"{f.r.randrange(10, 99)} " + " ".join(f"{f.r.randrange(0, 9999):04d}" for _ in range(5))) if f.chance(0.4) else None,
        "points": f.r.choice([0] * 6 + [1, 1, 2, 3, 4]),
    })
customers[4]["dni"] = True
upload_new = customers[420:]
customers = customers[:420]


def row_of(c, kind, k):
    gas = kind == "punto" and f.chance(0.12)
    luz = None if gas else f.pick(LUZ)
    g = f.pick(GAS) if gas else None
    pc = c["pc"]
    if pc and f.chance(0.06):
        pc = float(pc)
    r = [kind, c["fecha"], c["tax"], None, None, c["name"], c["email"], c["phone"], c["land"],
         nif() if c["rep"] and f.chance(0.35) else None, c["rep"], None, None, c["agent"][0], float(c["agent"][1]),
         c["canal"][0], float(c["canal"][1]) if c["canal"][1] else None, None, None, None, None, c["prov"], c["loc"],
         c["addr"] if (kind == "user" or f.chance(0.7)) else f"{f.pick(STREETS)}, {f.r.randrange(1, 80)}", pc, c["iban"],
         None, None, None if gas else cups(), cups(True) if gas else None, None if gas else f.pick(TARIFS), "3.1" if gas else None,
         None if gas else str(round(f.r.uniform(2.2, 15), 3)), None if gas else f.pick(["0", "0", "15.001", "6"]),
         None if gas else f.pick(["0", "0", "6"]), None, None, None,
         None if gas else str(f.r.randrange(150, 16000)), str(f.r.randrange(800, 14000)) if (gas or f.chance(0.3)) else None, None,
         g[0] if g else None, float(g[1]) if g else None, g[2] if g else None, float(g[3]) if g else None,
         luz[0] if luz else None, float(luz[1]) if luz else None, luz[2] if luz else None, float(luz[3]) if luz else None]
    return r


para = []
for k, c in enumerate(customers):
    para.append(row_of(c, "user", k))
    if k == 77:
        para.append(row_of(c, "user", k))
    for _ in range(c["points"]):
        para.append(row_of(c, "punto", k))
para[3][8] = "EXT 24"
para[4][8] = "EXT 24"

wb = workbook()
cf = CachedFormulas()
ws = wb.active
ws.title = "PARA SUBIR"
ws.append(HEAD)
for c in ws[1]:
    c.font = B
for r in para:
    ws.append(r)
for r in range(2, len(para) + 11):
    ws.cell(r, 2).number_format = "dd.MM.yyyy"
ws.freeze_panes = "D2"
dv = DataValidation(type="list", formula1="'план'!$C$2:$C$51", allow_blank=True)
dv.add(f"V2:V{len(para) + 10}")
ws.add_data_validation(dv)
for col, w in (("A", 10.0), ("F", 30.1), ("M", 18.6), ("N", 34.1), ("AC", 32.9), ("AD", 26.4)):
    ws.column_dimensions[col].width = w

# EN AREA: the CRM's view of the same customers, a few more, then formatted empty rows
crm_id, area = 73885, []
for r in para:
    area.append([r[0], float(crm_id), r[5], r[2], r[13].title() if r[13] != "Elisabeth -" else r[13], r[14], r[1], r[7], r[8]])
    crm_id += 1
for k in range(5):
    c = customers[(k * 37) % 420]
    area.append(["user", float(crm_id), f"{f.pick(GIVEN)} {f.pick(SURN)} {f.pick(SURN)}", nif(), "Libre", 11457.0, c["fecha"], float(600000000 + k), None])
    crm_id += 1
ws = wb.create_sheet("EN AREA")
ws.append(["type", "id", "name", "cif", "agent", "id agent", "fecha_firma", "phone", "phone_city", None, None])
for c in ws[1]:
    c.font = B
for r in area:
    ws.append(r)
for r in range(2, 2 * len(area) + 2):
    ws.cell(r, 7).number_format = "dd.MM.yyyy"
ws.freeze_panes = "A2"
ws.column_dimensions["C"].width = 57.6

# TEST: counts per agent, Google Sheets formulas with cached values
ws = wb.create_sheet("TEST")
ws.merge_cells("B1:D1")
ws.merge_cells("F1:H1")
ws.merge_cells("J1:L1")
ws["B1"], ws["F1"], ws["J1"] = "TABLA TOTAL", "EN AREA", "diferencia"
cf.formula(ws, "B2", '=IFERROR(__xludf.DUMMYFUNCTION("UNIQUE(\'PARA SUBIR\'!N:N)"),"responsible")', "responsible")
ws["C2"], ws["D2"], ws["G2"], ws["H2"], ws["K2"], ws["L2"] = "user", "punto", "user", "punto", "user", "punto"
agents_in_order = []
for r in para:
    if r[13] not in agents_in_order:
        agents_in_order.append(r[13])
for i, a in enumerate(agents_in_order):
    n = 3 + i
    ws[f"A{n}"] = float(i + 1)
    cf.formula(ws, f"B{n}", f'=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"{a}")', a)
    pu = sum(1 for r in para if r[13] == a and r[0] == "user")
    pp = sum(1 for r in para if r[13] == a and r[0] == "punto")
    au = sum(1 for r in area if r[4].upper() == a.upper() and r[0] == "user")
    ap = sum(1 for r in area if r[4].upper() == a.upper() and r[0] == "punto")
    cf.formula(ws, f"C{n}", f'=COUNTIFS(\'PARA SUBIR\'!A:A,"=user",\'PARA SUBIR\'!N:N,B{n})', pu)
    cf.formula(ws, f"D{n}", f'=COUNTIFS(\'PARA SUBIR\'!A:A,"=punto",\'PARA SUBIR\'!N:N,B{n})', pp)
    cf.formula(ws, f"F{n}", f"=B{n}", a)
    cf.formula(ws, f"G{n}", f'=COUNTIFS(\'EN AREA\'!A:A,"=user",\'EN AREA\'!E:E,F{n})', au)
    cf.formula(ws, f"H{n}", f'=COUNTIFS(\'EN AREA\'!A:A,"=punto",\'EN AREA\'!E:E,F{n})', ap)
    cf.formula(ws, f"J{n}", f"=F{n}", a)
    cf.formula(ws, f"K{n}", f"=G{n}-C{n}", au - pu)
    cf.formula(ws, f"L{n}", f"=H{n}-D{n}", ap - pp)
ws.freeze_panes = "B3"
for col, w in zip("ABCDEFGJKN", (5.7, 26.7, 9.6, 8.3, 3.1, 27.3, 7.3, 19.0, 7.3, 3.1)):
    ws.column_dimensions[col].width = w

# POR AGENTE: one agent's rows from both lists by FILTER formulas
AG = "CHRISTIAN TUBAU"
ws = wb.create_sheet("POR AGENTE ")
ws.merge_cells("A1:S1")
ws.merge_cells("A2:G2")
ws.merge_cells("J2:R2")
ws["A1"] = AG
dv = DataValidation(type="list", formula1="'PARA SUBIR'!$N:$N", allow_blank=True)
dv.add("A1")
ws.add_data_validation(dv)
ws["A2"], ws["H2"], ws["J2"], ws["S2"] = "TABLA", "user", "AREA", "user"
left = [r for r in para if r[13] == AG and r[0] == "user"]
right = [r for r in area if r[4].upper() == AG and r[0] == "user"]
ws["A3"], ws["C3"], ws["G3"], ws["J3"], ws["L3"], ws["R3"] = "user=", "punto=", "TOTAL=", "User=", "punto=", "TOTAL="
cf.formula(ws, "B3", '=COUNTIF(A:A,"=user")', len(left))
cf.formula(ws, "E3", '=COUNTIF(A:A,"=punto")', 0)
cf.formula(ws, "H3", "=B3+E3", len(left))
cf.formula(ws, "K3", '=COUNTIF(J:J,"=user")', len(right))
cf.formula(ws, "M3", '=COUNTIF(J:J,"=punto")', 0)
cf.formula(ws, "S3", "=K3+M3", len(right))
for col, h in zip("ABCDEFGHJKLMNOPQRS", ["type", "fecha_firma", "cif_nif", "A", "company_name", "A", "phone", "phone_city",
                                          "type", "id", "fecha_firma", "cif_nif", "T", "company_name", "T", "agent", "phone", "phone_city"]):
    ws[f"{col}4"] = h
    ws[f"{col}4"].font = B
SRC = {"A": "A", "B": "B", "C": "C", "E": "F", "G": "H", "H": "I"}


def serial(d):
    return float((d - datetime.datetime(1899, 12, 30)).days)


for i, r in enumerate(left):
    n = 5 + i
    vals = {"A": r[0], "B": serial(r[1]), "C": r[2], "E": r[5], "G": r[7], "H": r[8]}
    for col, v in vals.items():
        if v is None:
            continue
        if i == 0:
            text = (f'=IFERROR(__xludf.DUMMYFUNCTION("IF(H2=""todos"",FILTER(\'PARA SUBIR\'!{SRC[col]}:{SRC[col]},\'PARA SUBIR\'!$N:$N=$A$1),'
                    f'FILTER(\'PARA SUBIR\'!{SRC[col]}:{SRC[col]},\'PARA SUBIR\'!$N:$N=$A$1,\'PARA SUBIR\'!A:A=H2))"),{v!r})').replace("'", "'")
        else:
            text = f'=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),{chr(34) + v + chr(34) if isinstance(v, str) else v})'
        if i == 0:
            text = text.replace(f",{v!r})", f",{chr(34) + v + chr(34) if isinstance(v, str) else v})")
        cf.formula(ws, f"{col}{n}", text, v)
    cf.formula(ws, f"D{n}", f"=COUNTIFS(M:M,C{n},J:J,A{n})", 1)
    cf.formula(ws, f"F{n}", f"=COUNTIFS(O:O,E{n},J:J,A{n})", 1)
for i, r in enumerate(right):
    n = 5 + i
    vals = {"J": r[0], "K": r[1], "L": serial(r[6]), "M": r[3], "O": r[2], "Q": r[4], "R": r[7], "S": r[8]}
    for col, v in vals.items():
        if v is None:
            continue
        cf.formula(ws, f"{col}{n}", f'=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),{chr(34) + v + chr(34) if isinstance(v, str) else v})', v)
    cf.formula(ws, f"N{n}", f"=COUNTIFS(C:C,M{n},A:A,J{n})", 1)
    cf.formula(ws, f"P{n}", f"=COUNTIFS(E:E,O{n},A:A,J{n})", 1)
ws.freeze_panes = "A5"
for col, w in zip("ABCDEFGHIJKLMN", (7.3, 11.3, 12.4, 3.0, 32.9, 3.0, 11.0, 11.4, 2.9, 8.1, 8.7, 11.6, 10.6, 3.1)):
    ws.column_dimensions[col].width = w

# загрузить: a trial upload batch, 18 rows of known customers and 2 new ones
ws = wb.create_sheet("загрузить")
ws.append(HEAD)
for c in ws[1]:
    c.font = B
batch = []
known = [customers[k] for k in (12, 55, 130)]
for c in known:
    batch.append(row_of(c, "user", 0))
    for _ in range(5):
        batch.append(row_of(c, "punto", 0))
for c in upload_new:
    batch.append(row_of(c, "user", 0))
for r in batch:
    ws.append(r)
dv = DataValidation(type="list", formula1="'план'!$C$2:$C$51", allow_blank=True)
dv.add("V2:V21")
ws.add_data_validation(dv)

ws = wb.create_sheet("dups")
ws.append(["id", "cif_nif", "company_name", "email"])
for k in range(12):
    c = customers[(k * 29 + 3) % 420]
    ws.append([float(f.r.randrange(300, 40000)), c["tax"], c["name"], c["email"] or f"{c['name'].split()[0].lower()}{k}@example.net"])
ws.freeze_panes = "A2"
for col, w in (("B", 15.9), ("C", 42.1), ("D", 38.0)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("bid_dups")
ws.append(["id", "user_id", "user__cif_nif", "fecha_firma"])
for c in ws[1]:
    c.font = B
for k in range(99):
    c = customers[(k * 13 + 7) % 420]
    ws.append([float(f.r.randrange(300, 22000)), float(f.r.randrange(300, 12000)), c["tax"], c["fecha"] + datetime.timedelta(days=f.r.randrange(0, 400)),
               1.0 if k % 27 == 3 else None])
ws.freeze_panes = "A2"
ws.column_dimensions["E"].width = 12.1

ws = wb.create_sheet("test (8)")
ws.append(["type", "id", "name", "cif", "agent", "agent_id", "fecha_firma", "phone", "phone_city"])
t8 = sorted(area, key=lambda r: r[4])
for r in t8:
    up = r[4].upper()
    ws.append([r[0], r[1], r[2], r[3], r[4] + EMOJI.get(up, ""), r[5], r[6], r[7], r[8]])

cf.save(wb, "clients-en-es-energybroker.xlsx")
users = sum(1 for r in para if r[0] == "user")
print(len(para), users, len(set(r[2] for r in para)), len(batch), len(area), len(left), len(right))
for k in (0, 1, 100, 300):
    c = customers[k]
    print(c["name"], c["tax"], c["phone"], c["email"], c["agent"][0], c["prov"], c["loc"], c["addr"], c["pc"], c["points"], c["fecha"])
for c in upload_new:
    print("new", c["name"], c["tax"], c["phone"])
