"""
Shape of Camiloav29/CicloSeguros "polizas.xlsx" (commit 2a5baf3157b432dcdbce552c628079f4aec185d0): a
Bogotá insurance broker's policy export from its broker-management system, loaded by a small
dashboard app; one sheet "Polizas", 68 columns, header on row 1, written by the system (no
creator in the properties).

- IDENTIFICADOR (7-digit int) / NÚMERO PÓLIZA (text; "NB-100555009" on some) / RIESGO (the insured
  site, a contract code or "ARL") / VALOR RIESGO ASEGURADO (#,##0.00, 0 on many) / ASEGURADORA /
  RAMO PRINCIPAL / SUBRAMO ("CU - CUMPLIMIENTO") / NUEVA / RENOVADA / NOMBRES CLIENTE (a company's
  whole name, or a person's given names) / APELLIDOS CLIENTE (persons only) / CÉDULA CLIENTE (NIT
  "900555716-9" or cédula) / TIPO DOCUMENTO / TELÉFONO CLIENTE / CELULAR CLIENTE (text: "+57",
  "+57 +57" when empty) / FECHA DE EXPEDICIÓN CÉDULA / FECHA DE NACIMIENTO / DIRECCIÓN / CORREO
  CLIENTE (two addresses with ";" on some) / CORREO(S) SECUNDARIO(S) / OBSERVACIONES CLIENTE
  (U3-PYME …) / CREADA POR / PRIMA NETA … COMISIÓN (money #,##0.00, percentages as text "19 %",
  "30.00 %") / FORMA DE PAGO / PERIODICIDAD / MEDIO DE PAGO ('null' as text) / NÚMERO DE REMISIÓN /
  VENDEDOR / OBSERVACIONES / OBSERVACIONES INTERNAS (long notes with line breaks) / six dates /
  FECHA CANCELADA (empty) / ESTADO (Vigente) / MOTIVO DE CANCELACIÓN / CATEGORÍAS / SEDE /
  ESTADO CARTERA / beneficiary name (trailing space) and document / BENEFICIARIO ONEROSO / BANCO /
  TIPO MONEDA / TIENE SINIESTRO / TIPO PÓLIZA / NOMBRE ASEGURADO / DOCUMENTO ASEGURADO / NOMBRE
  TOMADOR ("NIT - NAME" on many) / DOCUMENTO TOMADOR / five guarantee columns (empty) / three
  co-brokerage columns on a few rows.
- 1000 policies of 426 clients in the source (here 220 of fewer); one client holds 64 policies;
  a client's details repeat on each of its policies.
Values invented (company and person names, NITs, phones in 555, e-mails at .test/example.com).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("policies-es-co-brokerpolicies")
HEAD = ["IDENTIFICADOR", "NÚMERO PÓLIZA", "RIESGO", "VALOR RIESGO ASEGURADO", "ASEGURADORA", "RAMO PRINCIPAL", "SUBRAMO",
        "NUEVA / RENOVADA", "NOMBRES CLIENTE", "APELLIDOS CLIENTE", "CÉDULA CLIENTE", "TIPO DOCUMENTO",
        "TELÉFONO CLIENTE", "CELULAR CLIENTE", "FECHA DE EXPEDICIÓN CÉDULA", "FECHA DE NACIMIENTO", "DIRECCIÓN",
        "CORREO CLIENTE", "CORREO(S) SECUNDARIO(S)", "OBSERVACIONES CLIENTE", "CREADA POR", "PRIMA NETA",
        "PORCENTAJE DE IVA", "GASTOS DE EXPEDICIÓN", "IVA", "PÓLIZA + ANEXOS", "VALOR FINANCIACIÓN", "TOTAL",
        "PORCENTAJE DE COMISIÓN", "PARTICIPACIÓN", "COMISIÓN", "FORMA DE PAGO", "PERIODICIDAD DEL PAGO",
        "MEDIO DE PAGO", "NÚMERO DE REMISIÓN", "VENDEDOR", "OBSERVACIONES", "OBSERVACIONES INTERNAS",
        "FECHA EXPEDICIÓN", "FECHA RECEPCIÓN", "FECHA INICIO", "FECHA FIN", "FECHA CREACIÓN", "FECHA CANCELADA",
        "ESTADO", "MOTIVO DE CANCELACIÓN", "CATEGORÍAS", "SEDE", "ESTADO CARTERA", "NOMBRE DEL BENEFICIARIO",
        "CÉDULA DEL BENEFICIARIO", "BENEFICIARIO ONEROSO", "BANCO", "TIPO MONEDA", "TIENE SINIESTRO", "TIPO PÓLIZA",
        "NOMBRE ASEGURADO", "DOCUMENTO ASEGURADO", "NOMBRE TOMADOR", "DOCUMENTO TOMADOR", "COBERTURA",
        "FECHA INICIAL GARANTÍA", "FECHA FINAL GARANTÍA", "PRIMA NETA GARANTÍA", "VALOR ASEGURADO",
        "AGENCIA CO-CORRETAJE 1", "PARTICIPACIÓN CO-CORRETAJE 1", "COMISIÓN CO-CORRETAJE 1"]
COL = {h: i + 1 for i, h in enumerate(HEAD)}
INSURERS = [("COMPAÑÍA MUNDIAL DE SEGUROS S.A.", 30), ("SEGUROS DEL ESTADO S.A.", 12), ("LA EQUIDAD SEGUROS GENERALES", 7),
            ("LA PREVISORA S.A.", 6), ("NACIONAL DE SEGUROS S.A.", 5), ("SBS SEGUROS COLOMBIA S.A.", 5),
            ("HDI SEGUROS S.A", 4), ("ASEGURADORA SOLIDARIA DE COLOMBIA LTDA.", 4), ("BBVA SEGUROS COLOMBIA S.A.", 2),
            ("COLMENA SEGUROS DE VIDA S.A.", 2)]
RAMOS = [("CUMPLIMIENTO", "CU - CUMPLIMIENTO", 38), ("CUMPLIMIENTO", "RC CU - RESPONSABILIDAD CIVIL CUMPLIMIENTO", 17),
         ("CUMPLIMIENTO", "DL - DISPOSICIONES LEGALES", 3), ("AUTOS/VEHÍCULOS", "AU - AUTOMOVILES", 16),
         ("HOGAR", "HO - HOGAR", 5), ("RESPONSABILIDAD CIVIL", "RC - RESPONSABILIDAD CIVIL EXTRACONTRACTUAL", 4),
         ("MANEJO", "MN - MANEJO", 2), ("VIDA GRUPO", "VG - VIDA GRUPO", 2), ("ARL", "ARL - RIESGOS LABORALES", 1)]
STAFF = ["Paula Andrea Rincón", "ANDRES  TORRES", "VALENTINA ORTEGA RUEDA", "LINA MARCELA CUBIDES", "Jairo Piñeros"]
SELLERS = [("CORREDORES ANDINOS DE SEGUROS S.A.", 70), ("ANDINA ASESORES SAS", 15), ("PEDRO CALDERÓN", 10), ("JAIRO ALBERTO MESA", 2)]
CATS = ["U3-PYME", "U3-PERSONAS", "U2-EMP", "U1-ALIANZAS", "U1-ALLIANZAS", "GRUPO SABANA", "GRUPO TECNA"]
CO_WORDS = ["INGENIERIA", "CONSTRUCCIONES", "DESARROLLOS", "INVERSIONES", "SOLUCIONES", "SERVICIOS", "ALIMENTOS",
            "TRANSPORTES", "MONTAJES", "ENERGIAS", "CONSULTORES", "OBRAS CIVILES", "SUMINISTROS"]
CO_NAMES = ["ALTAMIRA", "CORDILLERA", "RIOBAMBA", "GUAYACAN", "SAMAN", "ARRAYAN", "TEQUENDAMA", "ZIPAQUIRA", "NOGAL",
            "CUMARAL", "MACAREO", "SIMIJACA", "OPALO", "PIEDEMONTE", "CHICALA", "SUBACHOQUE", "AMARANTO", "ARAUCO"]
FORMS = ["S.A.S.", "S.A.S", "SAS", "S.A.", "LTDA.", "S.A. E.S.P."]
GIVEN = ["CARLOS ANDRES", "MARIA FERNANDA", "JUAN PABLO", "LUZ MARINA", "DIANA CAROLINA", "JORGE ENRIQUE", "ANA MARIA",
         "LUIS EDUARDO", "SANDRA MILENA", "OSCAR IVAN", "PAOLA ANDREA", "HERNAN DARIO", "CLAUDIA PATRICIA"]
SUR = ["PEÑUELA", "CASTAÑEDA", "RINCON", "BOHORQUEZ", "CUBIDES", "PARDO", "SUAREZ", "VELANDIA", "GAITAN", "MORENO",
       "CIFUENTES", "ARIZA", "QUINTERO", "SANABRIA"]
STREETS = ["Calle", "Carrera", "CRA", "CL", "Avenida", "Transversal", "Diagonal"]


def w(pairs):
    pick = f.pick([tuple(k) for *k, n in pairs for _ in range(n)])
    return pick[0] if len(pick) == 1 else pick


def address():
    return f"{f.pick(STREETS)} {f.r.randrange(1, 150)}{f.pick(['', 'A', 'B', ' Bis'])} {f.pick(['No.', '#', 'No', 'N.'])} " \
           f"{f.r.randrange(1, 99)}{f.pick(['', 'A', 'G'])} - {f.r.randrange(1, 99)}{f.pick(['', ' Oficina 248', ' Piso 4', ' Bodega 5', ' OF 1102'])}"


def nit():
    return f._unique(lambda: f"{f.pick(['900', '901', '800', '830', '860'])}{f.r.randrange(100000, 999999)}-{f.r.randrange(10)}")


clients = []
for k in range(96):
    person = k % 10 in (3, 7, 9)
    if person:
        given, sur = f.pick(GIVEN), f"{f.pick(SUR)} {f.pick(SUR)}"
        doc = f._unique(lambda: str(f.r.randrange(19000000, 1030000000)))
        dom = "example.com"
        mail = f"{given.split()[0].lower()}.{sur.split()[0].lower()}{f.r.randrange(10, 99)}@{dom}".replace("ñ", "n")
        c = {"name": given, "sur": sur, "doc": doc, "kind": "Cédula", "full": f"{given} {sur}"}
    else:
        core = f._unique(lambda: f"{f.pick(CO_WORDS)} {f.pick(CO_NAMES)}")
        name = f"{core} {f.pick(FORMS)}" if f.chance(0.85) else f"CONSORCIO {core.split()[-1]} {f.pick(['PYC', 'VIAL', '2023'])}"
        dom = core.split()[-1].lower().replace("ñ", "n") + ".test"
        mail = f"{f.pick(['contabilidad', 'gerencia', 'compras', 'administracion', 'juridica'])}@{dom}"
        if f.chance(0.12):
            mail += f"; {f.pick(['tesoreria', 'proyectos'])}@{dom}"
        c = {"name": name, "sur": None, "doc": nit(), "kind": "NIT", "full": name}
    tel = f"601555{f.r.randrange(1000, 9999)}"
    cel = f"300555{f.r.randrange(1000, 9999)}"
    c.update(tel=f.pick([tel, tel, "+57 " + tel, "+57", "+57 +57", None]), cel=f.pick([cel, cel, "+57 " + cel, "+57", "+57 +57", None]),
             addr=address() if f.chance(0.5) else None, mail=mail if f.chance(0.7) else None,
             obs=f.pick(CATS) if f.chance(0.45) else None, cat=f.pick(CATS) if f.chance(0.55) else None)
    if person and f.chance(0.5):
        c["born"] = f.date(datetime.date(1948, 1, 1), datetime.date(1995, 12, 31))
        c["issued"] = c["born"] + datetime.timedelta(days=365 * 18 + f.r.randrange(0, 400))
    clients.append(c)
# one client with many policies, a few with several
weights = [40] + [f.pick([1, 1, 1, 2, 3, 6]) for _ in clients[1:]]
rows = []
ident = 3271953
for i in range(220):
    c = clients[0] if i % 7 == 3 else f.r.choices(clients, weights)[0]
    ident += f.r.randrange(1000, 90000)
    ramo, sub = w(RAMOS)
    ins = w(INSURERS)
    start = f.date(datetime.date(2022, 5, 1), datetime.date(2025, 8, 30))
    months = f.pick([12, 12, 12, 6, 24, 36, 4])
    end = start + datetime.timedelta(days=round(months * 30.44))
    net = f.pick([45000, 50000, 600000]) if f.chance(0.1) else f.r.randrange(10000, 40000000)
    iva_pct = "19 %" if f.chance(0.95) else "0 %"
    gastos = f.pick([0, 0, 5000, 5000, 20000, 7000, 14700])
    iva = round((net + gastos) * (0.19 if iva_pct == "19 %" else 0), f.pick([0, 0, 2]))
    com_pct = f.pick(["30.00 %", "20.00 %", "15.00 %", "12.50 %", "10.00 %"])
    part = "100 %" if f.chance(0.95) else "50 %"
    com = round(net * float(com_pct.split()[0]) / 100 * int(part.split()[0]) / 100, f.pick([0, 2]))
    pno = f._unique(lambda: f.pick([str(f.r.randrange(100000000, 999999999)), f"99400000{f.r.randrange(1000, 9999)}",
                                   f"NB-{f.r.randrange(100000000, 999999999)}", str(f.r.randrange(1000000, 99999999))]))
    tomador = f"{c['doc']} - {c['full']}" if f.chance(0.35) else c["full"]
    row = {
        "IDENTIFICADOR": ident, "NÚMERO PÓLIZA": pno,
        "RIESGO": "ARL" if ramo == "ARL" else (f"CCE-{f.r.randrange(100, 999)}-2023" if f.chance(0.15) else address().upper()) if f.chance(0.98) else None,
        "VALOR RIESGO ASEGURADO": None if f.chance(0.2) else 0 if f.chance(0.15) else f.pick([200000000, 1000000000, 100000000]) if f.chance(0.1) else f.r.randrange(5000000, 1600000000),
        "ASEGURADORA": ins, "RAMO PRINCIPAL": ramo, "SUBRAMO": sub, "NUEVA / RENOVADA": "Nueva" if f.chance(0.76) else "Renovada",
        "NOMBRES CLIENTE": c["name"], "APELLIDOS CLIENTE": c["sur"], "CÉDULA CLIENTE": c["doc"], "TIPO DOCUMENTO": c["kind"],
        "TELÉFONO CLIENTE": c["tel"], "CELULAR CLIENTE": c["cel"], "FECHA DE EXPEDICIÓN CÉDULA": c.get("issued"),
        "FECHA DE NACIMIENTO": c.get("born"), "DIRECCIÓN": c["addr"], "CORREO CLIENTE": c["mail"],
        "OBSERVACIONES CLIENTE": c["obs"], "CREADA POR": f.pick(STAFF), "PRIMA NETA": net, "PORCENTAJE DE IVA": iva_pct,
        "GASTOS DE EXPEDICIÓN": gastos, "IVA": iva, "PÓLIZA + ANEXOS": net, "VALOR FINANCIACIÓN": 0,
        "TOTAL": net + gastos + iva, "PORCENTAJE DE COMISIÓN": com_pct, "PARTICIPACIÓN": part, "COMISIÓN": com,
        "FORMA DE PAGO": "Contado" if f.chance(0.97) else "Fraccionado", "PERIODICIDAD DEL PAGO": "Anual" if f.chance(0.95) else "Mensual",
        "MEDIO DE PAGO": f.pick(["null"] * 8 + ["PSE", "Transferencia"]) if f.chance(0.43) else None,
        "NÚMERO DE REMISIÓN": f.r.randrange(10, 2400) if f.chance(0.92) else None, "VENDEDOR": w(SELLERS),
        "OBSERVACIONES": f.pick([f"Renovación Póliza Vigencia {start.year} - {start.year + 1}", "CONTRATO DE OBRA No. " + str(f.r.randrange(100, 999)),
                                 "SUMINISTRO DE ENERGIA ELECTRICA", "Póliza RC D&O vigencia " + f"{start.year}-{start.year + 1}"]) if f.chance(0.67) else None,
        "OBSERVACIONES INTERNAS": f.pick([start.strftime("%B %Y").upper().replace("JANUARY", "ENERO"), "Nota 1: incluir número de contrato\n* Beneficiario",
                                          "pendiente firma tomador"]) if f.chance(0.7) else None,
        "FECHA EXPEDICIÓN": start - datetime.timedelta(days=f.r.randrange(0, 40)),
        "FECHA RECEPCIÓN": start + datetime.timedelta(days=f.r.randrange(0, 60)) if f.chance(0.99) else None,
        "FECHA INICIO": start, "FECHA FIN": end, "FECHA CREACIÓN": start + datetime.timedelta(days=f.r.randrange(0, 90)),
        "ESTADO": "Vigente" if f.chance(0.99) else "Expedición", "CATEGORÍAS": c["cat"], "SEDE": "Principal",
        "ESTADO CARTERA": f.pick(["Pagada"] * 5 + ["Comisionada"] * 3 + ["Pendiente por pagar", "Sin pagos Asignados"]),
        "NOMBRE DEL BENEFICIARIO": (c["full"] + " ") if f.chance(0.7) else f.pick(["MUNICIPIO DE SAN ANTERO", "INSTITUTO DISTRITAL DE OBRAS", "EMPRESA DE ENERGIA DEL LLANO S.A."]),
        "CÉDULA DEL BENEFICIARIO": c["doc"], "BENEFICIARIO ONEROSO": "No" if f.chance(0.99) else "Si",
        "TIPO MONEDA": "COP" if f.chance(0.8) else None, "TIENE SINIESTRO": "No" if f.chance(0.99) else "Si",
        "TIPO PÓLIZA": "individual" if f.chance(0.99) else "colectiva",
        "NOMBRE ASEGURADO": (f"{c['doc']} - {c['full']}" if f.chance(0.2) else c["full"]) if f.chance(0.99) else None,
        "DOCUMENTO ASEGURADO": c["doc"], "NOMBRE TOMADOR": tomador, "DOCUMENTO TOMADOR": c["doc"],
    }
    if f.chance(0.05):
        row.update({"AGENCIA CO-CORRETAJE 1": "Corredores del Caribe", "PARTICIPACIÓN CO-CORRETAJE 1": 50, "COMISIÓN CO-CORRETAJE 1": round(com, 2)})
    rows.append(row)
# fixed policies the label checks
rows[0].update({"NÚMERO PÓLIZA": "101555972", "ASEGURADORA": "SEGUROS DEL ESTADO S.A.", "PRIMA NETA": 30415270,
                "FECHA INICIO": datetime.date(2022, 6, 30), "FECHA FIN": datetime.date(2027, 6, 30),
                "VALOR RIESGO ASEGURADO": 618250000, "ESTADO": "Vigente"})
rows[10].update({"NÚMERO PÓLIZA": "NB-100555009", "ASEGURADORA": "COMPAÑÍA MUNDIAL DE SEGUROS S.A.", "PRIMA NETA": 50000,
                 "FECHA INICIO": datetime.date(2022, 9, 23), "FECHA FIN": datetime.date(2023, 9, 23), "ESTADO": "Vigente"})
wb = workbook()
ws = wb.active
ws.title = "Polizas"
ws.append(HEAD)
MONEY = {"VALOR RIESGO ASEGURADO", "PRIMA NETA", "GASTOS DE EXPEDICIÓN", "IVA", "PÓLIZA + ANEXOS", "VALOR FINANCIACIÓN", "TOTAL"}
DATES = {"FECHA DE EXPEDICIÓN CÉDULA", "FECHA DE NACIMIENTO", "FECHA EXPEDICIÓN", "FECHA RECEPCIÓN", "FECHA INICIO", "FECHA FIN", "FECHA CREACIÓN"}
for r, row in enumerate(rows, 2):
    for h, v in row.items():
        if v is None:
            continue
        if isinstance(v, datetime.date):
            v = datetime.datetime(v.year, v.month, v.day)
        cell = ws.cell(r, COL[h], v)
        if h in MONEY:
            cell.number_format = "#,##0.00"
        elif h in DATES:
            cell.number_format = "yyyy-mm-dd"
wb.properties.creator = None
save(wb, "policies-es-co-brokerpolicies.xlsx")
if __name__ == "__main__":
    names = {}
    for row in rows:
        names[row["CÉDULA CLIENTE"]] = (row["NOMBRES CLIENTE"], row["APELLIDOS CLIENTE"])
    print("policies", len(rows), "clients", len(names), "persons", sum(1 for v in names.values() if v[1]))
    for i in (0, 10, 5, 7):
        print(i, {k: rows[i][k] for k in ("NÚMERO PÓLIZA", "NOMBRES CLIENTE", "APELLIDOS CLIENTE", "ASEGURADORA", "RAMO PRINCIPAL", "PRIMA NETA", "VALOR RIESGO ASEGURADO", "FECHA INICIO", "FECHA FIN", "ESTADO", "CÉDULA CLIENTE")})
