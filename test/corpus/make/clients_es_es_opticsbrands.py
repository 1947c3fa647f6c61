"""
Shape of perseoh/optik clientes.xls (commit 1c341a7a65e80b2054112c0c1535d81e891c71de): a Spanish
eyewear distributor's customer report by brand, an Excel 97-2003 workbook. Sheet "MAX-MAC-THF"
(then the empty "Hoja2" and "Hoja3"): one header row, Nombre grupo (the buying group the optician
belongs to: IMP for independents, CECOP, CIOSA, ZAS VISION, MULTI …, blank on a few rows) /
Nombre ("<trade name>, OPTICA <legal name>" and the like) / Cod. Fact (the billing account: the
group's code when the group is billed) / Cod (the optician's own code, text with leading zeros) /
FAM / KAR (codes, mostly blank) / Marca (MAC, MAX, THF) / "PDT\\n al 31.03.12" (pending pieces) /
pieces invoiced this year and last / net invoiced this year and last / pieces ordered this year
and last / TOTAL2011 / TOTAL 2010 / pieces of the last order / date of the last order (ISO text)
/ Provincia / Dirección / Localidad / CP (text) / Tel. (text). The rows are grouped by brand and
sorted by province and postcode within it, so an optician with several brands comes back once per
brand (same code, name and address); each brand block ends in a "Total <brand>" row of SUBTOTAL
formulas and the sheet in "Total general". The source has 321 rows for some 150 opticians; this
copy about 250 rows. Names, codes, streets and phones invented. Saved by LibreOffice as .xls.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-es-es-opticsbrands")
GROUPS = ["IMP"] * 9 + ["CIOSA"] * 4 + ["CECOP"] * 3 + ["ZAS VISION"] * 3 + ["MULTI"] * 2 + \
         ["REDVISUAL-PROVISION"] * 2 + ["PREFERENTES"] * 2 + ["PRIMERA OPTICOS", "FARMAOPTICS", "OPTICALIA",
                                                            "FEDEROPTICOS", "ALAIN AFFLELOU ASOC.", "CLARAV", "VISTALIA", "NATURAL OPTICS"]
GROUP_CODE = {"CIOSA": "008337", "ZAS VISION": "003588"}
SURN = ["GARCIA", "MARTINEZ", "LOPEZ", "SANCHEZ", "PEREZ", "GOMEZ", "NAVARRO", "RUIZ", "MOLINA", "ORTEGA", "SERRANO",
        "BLASCO", "FERRER", "CASTELLO", "SORIANO", "ESCRIVA", "PASTOR", "MOLL", "TORMO", "VIDAL", "LLORET", "BOIX"]
GIVEN = ["JOSE", "MARIA AMPARO", "FRANCISCO", "ANTONIO", "CARMEN", "VICENTA", "JUAN CARLOS", "ROSA", "MANUEL",
         "PILAR", "LUIS", "ISABEL", "ENRIQUE", "MARTA", "SALVADOR", "ELENA"]
TRADES = ["CENTRO", "VISION", "ALAMEDA", "PLAZA", "SAN ROQUE", "LA PAZ", "MERCADO", "PUERTO", "AVENIDA", "NORTE",
          "LEVANTE", "MAYOR", "SOL", "ESTACION", "HUERTA", "MAR"]
STREETS = ["MAYOR", "SAN VICENTE", "COLON", "REINA", "CERVANTES", "AVD.DEL PUERTO", "GRAN VIA", "PZA.ESPAÑA",
           "CONVENTO", "SAN FRANCISCO", "AVDA.CONSTITUCION", "DOCTOR FLEMING", "JAIME I", "BLASCO IBAÑEZ", "C/ALCALDE REIG"]
PLACES = [("ALBACETE", "ALBACETE", "020", "967"), ("ALBACETE", "HELLIN (ALBACETE)", "024", "967"),
          ("ALICANTE", "ALICANTE", "030", "965"), ("ALICANTE", "ELCHE (ALICANTE)", "032", "966"),
          ("ALICANTE", "ALCOY (ALICANTE)", "038", "965"), ("ALICANTE", "DENIA(ALICANTE)", "037", "966"),
          ("CASTELLON", "CASTELLON", "120", "964"), ("CASTELLON", "VILA-REAL (CASTELLON)", "125", "964"),
          ("MURCIA", "MURCIA", "300", "968"), ("MURCIA", "CARTAGENA (MURCIA)", "302", "968"), ("MURCIA", "LORCA", "308", "968"),
          ("VALENCIA", "VALENCIA", "460", "963"), ("VALENCIA", "TORRENT (VALENCIA)", "469", "961"),
          ("VALENCIA", "GANDIA (VALENCIA)", "467", "962"), ("VALENCIA", "SAGUNTO (VALENCIA)", "465", "962")]
PLACE_W = [2, 1, 4, 2, 1, 1, 2, 1, 3, 2, 1, 6, 2, 2, 1]


def shop_name():
    s, g = f.pick(SURN), f.pick(GIVEN)
    s2 = f.pick(SURN)
    kind = f.r.randrange(6)
    if kind == 0:
        return f"{s}, OPTICA {s} {s2} {g}"
    if kind == 1:
        return f"{f.pick(TRADES)}, C.OPT. {s} {s2} {g}"
    if kind == 2:
        return f"{f.pick(TRADES)}, OPTICA OPTICA {s}, S.L."
    if kind == 3:
        return f"{s} OPTICOS {s} {s2} {g}"
    if kind == 4:
        return f"{f.pick(TRADES)}, OPT. {f.pick(TRADES)} CENTRO OPTICO S.L."
    return f"CENTRO FARMACEUTICO {f.pick(TRADES)}   {s} {s2}, C.B."


shops = []
used_names = set()
for i in range(125):
    prov, town, cp3, pre = f.r.choices(PLACES, PLACE_W)[0]
    name = shop_name()
    while name in used_names:
        name = shop_name()
    used_names.add(name)
    group = f.pick(GROUPS) if i not in (17, 66, 90) else None
    code = f._unique(lambda: f"{f.r.randrange(100, 13800):06d}")
    shops.append(dict(
        group=group, name=name, code=code, billed=GROUP_CODE.get(group, code),
        fam=f.pick(["M06", "M07", "Y31", "Y40", "X03", "X25"]) if f.chance(0.15) else None,
        kar="KR2" if f.chance(0.35) else None, prov=prov if i not in (40, 101) else None, town=town,
        street=f"{f.pick(STREETS)}, {f.r.randrange(1, 140)}" + (f.pick([" BAJO", "-B", " - BAJO IZDA"]) if f.chance(0.1) else ""),
        cp=cp3 + f"{f.r.randrange(0, 100):02d}", tel=(pre + f"{f.r.randrange(0, 1000000):06d}") if i not in (23, 77) else None,
        brands=[b for b in ("MAC", "MAX", "THF") if f.chance(0.7)] or ["THF"]))
# the same trade name twice in different towns (the group's two shops), each its own code
shops[50]["name"] = shops[49]["name"]

wb = workbook()
ws = wb.active
ws.title = "MAX-MAC-THF"
HEAD = ["Nombre grupo", "Nombre", "Cod. Fact", "Cod", "FAM", "KAR", "Marca", "PDT\n al 31.03.12", "Pzas Fact a mar12",
        "Pzas Fact a mar11", "FC NT mar12", "FC NT mar11", "Pzas Ped a mar12", "Pzas Ped a mar11", "TOTAL2011", "TOTAL 2010",
        "Pzas último pedido", "Fecha ult pedido", "Provincia", "Dirección", "Localidad", "CP", "Tel."]
for c, h in enumerate(HEAD, 1):
    ws.cell(1, c, h).font = Font(bold=True)
r = 2
for brand in ("MAC", "MAX", "THF"):
    first = r
    block = sorted([s for s in shops if brand in s["brands"]], key=lambda s: (s["prov"] or "ZZ", s["cp"]))
    for s in block:
        fact12 = f.r.choice([0, 0, 1, 2, 3, 5, 8, 13, 20, 34, -1])
        fact11 = f.r.choice([0, 0, 0, 1, 4, 9, 17, 24])
        nums = [f.r.choice([None, None, None, 1, 4, 13]), fact12, fact11, fact12 * f.r.randrange(35, 50),
                fact11 * f.r.randrange(35, 50), fact12 + f.r.choice([0, 0, 1, -1]), fact11 + f.r.choice([0, 0, 1]),
                f.r.choice([None, 2, 7, 12, 16, 26, 55]), f.r.choice([None, None, 4, 13, 22, 39])]
        row = [s["group"], s["name"], s["billed"], s["code"], s["fam"], s["kar"], brand] + nums
        if fact12 > 0 and f.chance(0.85):
            row += [f.r.randrange(1, 70), f.date(__import__("datetime").date(2011, 5, 1), __import__("datetime").date(2012, 3, 28)).isoformat()]
        else:
            row += [None, None]
        row += [s["prov"], s["street"], s["town"], s["cp"], s["tel"]]
        for c, v in enumerate(row, 1):
            if v is not None:
                cell = ws.cell(r, c, v)
                if 8 <= c <= 16:
                    cell.number_format = "#,##0"
        r += 1
    ws.cell(r, 7, f"Total {brand}")
    for c in range(8, 17):
        col = "HIJKLMNOP"[c - 8]
        ws.cell(r, c, f"=SUBTOTAL(9,{col}{first}:{col}{r - 1})").number_format = "#,##0"
    r += 1
ws.cell(r, 7, "Total general")
for c in range(8, 17):
    col = "HIJKLMNOP"[c - 8]
    ws.cell(r, c, f"=SUBTOTAL(9,{col}2:{col}{r - 1})").number_format = "#,##0"
wb.create_sheet("Hoja2")
wb.create_sheet("Hoja3")
save(wb, "clients-es-es-opticsbrands.xls", libreoffice="xls")
print(r, sum(len(s["brands"]) for s in shops), len(shops))
