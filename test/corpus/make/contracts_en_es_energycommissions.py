"""
Shape of IvanManrique82/DASHBOARD_CCPP "clientes.xlsx" (commit
83812c6115cfa4e83f16dccccc96ebf45a4acc51): a Spanish (Cantabria / Bilbao) energy-supply agent's
ledger of the contracts his network signs and renews, one row per supply point and commission
month, kept in Excel for a commission dashboard.

- One sheet "Sheet1", auto-filter over A1:AD, header on row 1, 30 columns: Observaciones contrato /
  Comentarios / COLABORADOR / TIPO CONTRATO / MES (text "ENERO 2024") / Comision IVAN / Factura IVAN
  / Comision / Factura COLABORADOR / ESTADO / CLIENTE / CIF/DNI / Representante / DNI Representante /
  MOVIL / EMAIL / IBAN / SEGMENTO / COMPAÑÍA / "TARIFA " / POTENCIA 1…6 / OFERTA / CUPS / CONSUMO /
  DIRECCION DE SUMINISTRO. 765 rows in the source (here 300).
- "-" typed in every unknown cell; a client on up to 30 rows (one per supply point and month),
  names in capitals; CIF/DNI, mobile, e-mail, IBAN and address filled on under half the rows, for
  the same client on some rows and not on others; the collaborator's own name as Representante on
  the contracts he brings (a company's administrator mailbox shared by many of its clients);
  mobiles as numbers or text; powers as numbers or text with a dot; SEGMENTO Particular / CCPP
  (owners' associations) / Autonomo / Pyme / "-"; ESTADO Activado / Baja / Cargado.
Values invented.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Font

f = Fake("contracts-en-es-energycommissions")
NOM = ["JOSE MANUEL", "MARIA ANGELES", "PEDRO", "TERESA", "ANGEL", "ISABEL", "JUAN CARLOS", "MARIA JESUS", "FRANCISCO",
       "CARMEN", "JAVIER", "ANA BELEN", "LUIS", "PILAR", "ALBERTO", "ROSA MARIA", "IÑAKI", "AINHOA", "JON", "BEGOÑA"]
APE = ["GARCIA", "SAINZ", "GUTIERREZ", "FERNANDEZ", "RUIZ", "DIEZ", "SOLANA", "PORTILLA", "HERRERA", "CUEVAS",
       "ECHEVARRIA", "URIARTE", "ALONSO", "COBO", "GOMEZ", "REVUELTA", "ABASCAL", "MAZA", "PEREDA", "CAGIGAS"]
STREETS = ["CALLE SAN FERNANDO", "AVDA LOS CASTROS", "BARRIO LA IGLESIA", "CL GENERAL DAVILA", "CALLE ALTA",
           "CL ELCANO", "AVENIDA LEHENDAKARI AGUIRRE", "CL AUTONOMIA", "BARRIO EL CARMEN", "PASEO PEREDA"]
TOWNS = [("39001", "Santander"), ("39300", "Torrelavega"), ("39600", "Revilla de Camargo"), ("48002", "Bilbao"),
         ("48012", "Bilbao"), ("39700", "Castro Urdiales"), ("39200", "Reinosa"), ("28050", "Madrid")]
COLAB = [("Ivan Manrique", None, 0.78), ("Eduardo Lopez Cruz", ("EDUARDO RAMON LOPEZ CRUZ", "41235578V"), 0.1),
         ("Juan Cordoba", ("JUAN CORDOBA CESPEDES", "52781144D"), 0.07), ("Manuel Hermida", ("MANUEL HERMIDA MUÑIZ", "33606981N "), 0.03),
         ("Ramon", None, 0.02)]
MESES = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE"]
OFFERS = {"Plenitude": [("2.0TD", "Tarifa MILAN GREEN"), ("RL01", "Tarifa MILAN Gas"), ("3.0TD", "VENECIA INDEX"), ("2.0TD", "Exprés Plus Luz")],
          "Endesa": [("2.0TD", "Tarifa TEMPO 2.0TD (0.1097)"), ("RL02", "Premium Gas"), ("3.0TD", "Tarifa TEMPO 3.0TD")],
          "Naturgy": [("2.0TD", "Tarifa Por Uso Luz")], "Logos Energia": [("3.0TD", "LOGOS PYME FIJO")], "-": [("-", "-")]}
LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni():
    n = f.r.randrange(10000000, 79999999)
    return f"{n}{LETTERS[n % 23]}"


def cif(pref):
    return f"{pref}{f.r.randrange(10000000, 99999999)}"


def iban():
    return f"ES{f.r.randrange(10, 99)} {f.r.randrange(1000, 9999)} {f.r.randrange(1000, 9999)} {f.r.randrange(10, 99)} {f.r.randrange(10**9, 10**10)}"


def cups():
    return f"ES0{f.pick(['219', '027', '021', '217'])}{f.r.randrange(10**12, 10**13)}{f.pick(['RZ', 'YC', 'LL', 'FT', 'DK', 'ZT'])}{f.pick(['', '', '0F'])}"


def addr():
    z, t = f.pick(TOWNS)
    return f"{f.pick(STREETS)} {f.r.randrange(1, 60)}{f.pick(['', ' 2 IZDA', ' 1', ' BAJO', ' ATICO B'])}, {z} {t}"


clients = []
names = set()
while len(clients) < 130:
    seg = f.r.choices(["Particular", "CCPP", "Autonomo / Pyme", "-"], [47, 19, 17, 17])[0]
    if seg == "CCPP":
        name = f"COMUNIDAD DE PROPIETARIOS {f.pick(STREETS).replace('CL ', 'CALLE ')} {f.r.randrange(1, 40)}"
        ident = cif("H")
    elif seg == "Autonomo / Pyme" and f.chance(0.6):
        name = f"{f.pick(['FRUTAS', 'TALLERES', 'CONSTRUCCIONES', 'CAFETERIA', 'ASESORIA'])} {f.pick(APE)} {f.pick(['S.L.', 'SL', 'S.L.U.', 'C.B.'])}"
        ident = cif(f.pick(["B", "B", "E", "J"]))
    else:
        name = f"{f.pick(NOM)} {f.pick(APE)} {f.pick(APE)}"
        ident = dni()
    if name in names:
        continue
    names.add(name)
    colab = f.r.choices(COLAB, [c[2] for c in COLAB])[0]
    known = f.chance(0.45)
    local = "".join(ch for ch in name.lower().split()[0] + name.lower().split()[-1] if ch.isalpha() and ch.isascii())
    clients.append({
        "name": name, "seg": seg, "colab": colab, "ident": ident if known else "-",
        "mobile": (int(f"6{f.r.randrange(10**7, 10**8)}") if f.chance(0.7) else f"6{f.r.randrange(10**7, 10**8)}") if known else "-",
        "email": (f.email(local).upper() if f.chance(0.3) else f.email(local)) if known and f.chance(0.8) else "-",
        "iban": iban() if known and f.chance(0.8) else "-",
        "points": [(cups(), addr() if known else "-") for _ in range(f.r.choices([1, 2, 3, 4], [60, 25, 10, 5])[0])],
        "company": f.r.choices(list(OFFERS), [68, 16, 3, 3, 10])[0],
    })
# the administrator's mailbox shared by its owners' associations
shared = f.email("siniestros.admin")
for c in clients:
    if c["seg"] == "CCPP" and c["email"] == "-" and f.chance(0.6):
        c["email"] = shared

rows = []
while len(rows) < 300:
    c = f.pick(clients) if rows else clients[0]
    cp, ad = f.pick(c["points"])
    tarifa, oferta = f.pick(OFFERS[c["company"]])
    mes = f"{f.pick(MESES)} 2024"
    tipo = f.r.choices(["Renovacion Tacita", "Renovacion", "Captacion", "Baja por Cambio de Compañía",
                        "Renovacion Cambio Compañía", "Tacita"], [38, 34, 16, 6, 3, 2])[0]
    estado = "Baja" if tipo.startswith("Baja") else f.r.choices(["Activado", "Cargado"], [95, 5])[0]
    obs = f"PRORRATEADA PAGO {f.r.randrange(1, 13)}" if f.chance(0.5) else "-"
    colab, rep, _ = c["colab"]
    pot = round(f.r.choice([3.3, 3.45, 4.4, 4.6, 5.75, 6.6, 9.9]), 2)
    pot_cell = f.r.choice([pot, str(pot), "-", "-", "-"]) if tarifa in ("2.0TD", "3.0TD") else "-"
    p36 = [f.r.randrange(10, 40)] * 4 if tarifa == "3.0TD" and f.chance(0.4) else ["-"] * 4
    partial = f.chance(0.25)
    rows.append([
        obs, f.r.choices(["-", None, "Se hizo finalmente en Agosto"], [97, 2, 1])[0], colab, tipo, mes,
        round(f.r.uniform(0.5, 60), 2) if f.chance(0.7) else f.r.randrange(0, 90), "-",
        0 if colab == "Ivan Manrique" else f.r.randrange(5, 40), f.r.choices(["-", "24/709", "EL01"], [95, 3, 2])[0], estado,
        c["name"], "-" if partial else c["ident"], rep[0] if rep else "-", rep[1] if rep else "-",
        "-" if partial else c["mobile"], "-" if partial else c["email"], "-" if partial else c["iban"], c["seg"],
        c["company"], tarifa, pot_cell, pot_cell, *p36, p36[0] if p36[0] != "-" else "-", oferta, cp,
        f.r.randrange(0, 40000) if tarifa != "-" else 0, "-" if partial else ad])
    # fix the POTENCIA 6 slot: 6 powers = U..Z
    r = rows[-1]
    r[20:26] = [pot_cell, pot_cell, *p36]
    del r[26]
rows.sort(key=lambda r: MESES.index(r[4].split()[0]))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["Observaciones contrato", "Comentarios", "COLABORADOR", "TIPO CONTRATO", "MES", "Comision IVAN", "Factura IVAN",
        "Comision", "Factura COLABORADOR", "ESTADO", "CLIENTE", "CIF/DNI", "Representante", "DNI Representante", "MOVIL",
        "EMAIL", "IBAN", "SEGMENTO", "COMPAÑÍA", "TARIFA ", "POTENCIA 1", "POTENCIA 2", "POTENCIA 3", "POTENCIA 4",
        "POTENCIA 5", "POTENCIA 6", "OFERTA", "CUPS", "CONSUMO", "DIRECCION DE SUMINISTRO"]
for j, h in enumerate(HEAD, 1):
    ws.cell(1, j, h).font = Font(bold=True)
for i, r in enumerate(rows, 2):
    assert len(r) == 30, len(r)
    for j, v in enumerate(r, 1):
        if v is None:
            continue
        c = ws.cell(i, j, v)
        if j == 5:
            c.number_format = "@"
        if j in (6, 8):
            c.number_format = "#,##0.00_ ;\\-#,##0.00\\ "
ws.auto_filter.ref = f"A1:AD{len(rows) + 1}"
for col, w in zip("ABCDEFGHIJKL", [45.7, 45.7, 44.4, 34.6, 13.3, 14.3, 12.4, 9.7, 21.7, 8.7, 60, 11.4]):
    ws.column_dimensions[col].width = w
save(wb, "contracts-en-es-energycommissions.xlsx")
