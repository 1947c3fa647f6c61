"""
Shape of Ale241302/sql_sclcargo "Contact (res.partner).xlsx": a Chilean freight forwarder's Odoo
(Searates ERP) contact list exported while grouped by its many2many "Party Types", one sheet
"Sheet1", bold header, column A widened. Columns: Display Name / Phone (international, rare) /
Email / Salesperson (two rows) / Activities (empty) / City (capitals) / Country / Address (a child
contact "COMPANY, Person", rare) / Address Type ("Invoice Address" on every partner, one "Delivery
Address") / Language (en_US, a few es_CL) / Party Types / Contact Person (rare) / Street / Complete
Address (Odoo's multi-line formatted address, "\n\n  \n" when empty) / City of Address (rare) /
Formatted Email ('"NAME" <email>') / Commercial Entity (the name again) / Company Name Entity (the
name again when there is an e-mail) / Company Name (empty) / Customer Payment Terms (rare) / Contact
Address Type ("Address") / VAT/Tax ID (Chilean RUT "76543210-K", RUC, a Chinese credit code).
Grouping makes the mess: a group row "Customer (526)" above each group, every partner repeated
whole in each group it belongs to, and under every occurrence one row per further party type with
only that type filled (rarely a further child contact in Address instead). The same company is
sometimes entered twice with another e-mail. Values invented.
"""
import collections

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("partners-en-cl-odoo")

TYPES = ["Customer", "Shipper", "Consignee", "Vendor", "Agent", "Customs Agent Export",
         "Customs Agent Import", "Notify Party1", "Freight Forwarder", "Transporter", "Carrier Agent"]
# How often a partner's first type is each one, and how often it carries each further type.
FIRST = ["Customer"] * 8 + ["Shipper"] * 5 + ["Consignee"] * 5 + ["Vendor", "Agent", "Freight Forwarder"]
FURTHER = {"Shipper": 0.45, "Consignee": 0.45, "Vendor": 0.08, "Agent": 0.06, "Customs Agent Export": 0.02,
           "Customs Agent Import": 0.02, "Notify Party1": 0.05, "Freight Forwarder": 0.04, "Transporter": 0.02,
           "Carrier Agent": 0.02}

STEMS = ["ANDES", "PACIFICO", "ATACAMA", "MAIPO", "AUSTRAL", "LLANQUIHUE", "ACONCAGUA", "CORDILLERA", "BIOBIO",
         "VALPARAISO", "ELQUI", "COLCHAGUA", "HUASCO", "LOA", "TOLTEN", "RAPEL", "CACHAPOAL", "LIMARI",
         "NORDIC", "HANSA", "ORIENT", "GOLDEN GATE", "SILK ROAD", "BLUE OCEAN", "MERIDIAN", "POLARIS"]
TRADES = ["LOGISTICS", "FREIGHT", "SHIPPING", "AGRICOLA", "FRUTAS", "TRADING", "IMPORTADORA", "EXPORT",
          "TRANSPORTES", "CARGO", "ADUANA", "FORWARDING", "SUPPLY CHAIN"]
FORMS = ["SPA", "LTDA.", "S.A.", "LIMITADA", "CO., LTD", "GMBH", "LLC", "S.A.C.", "LIMITED", "", "SRL"]
COUNTRIES = [("Chile", ["SANTIAGO", "LAS CONDES", "VALPARAISO", "SAN ANTONIO", "CURICO", "RANCAGUA", "QUILICURA",
                        "PUDAHUEL", "ARICA", "TALCA"]),
             ("Peru", ["LIMA", "CALLAO"]), ("China", ["SHENZHEN", "SHANGHAI", "NINGBO", "QINGDAO"]),
             ("Brazil", ["SAO PAULO", "SANTOS"]), ("Spain", ["BARCELONA", "VALENCIA"]),
             ("Germany", ["HAMBURG", "BREMEN"]), ("India", ["MUMBAI", "CHENNAI"]),
             ("United States", ["MIAMI", "HOUSTON"]), ("Ecuador", ["GUAYAQUIL"]), ("Colombia", ["BOGOTA"])]
STREETS = ["AV. APOQUINDO", "EL PEDREGAL", "CAMINO LO BOZA", "AV. LIBERTADOR BERNARDO O'HIGGINS", "LOS CONQUISTADORES",
           "CALLE NUEVA", "AV. AMERICO VESPUCIO", "PANAMERICANA NORTE KM", "OFFICE NO", "UNIT", "HARBOUR ROAD"]
PEOPLE = ["Camila Rojas", "Matias Fuentes", "Valentina Soto", "Benjamin Munoz", "Catalina Diaz", "Vicente Reyes",
          "Josefa Morales", "Tomas Araya", "Isidora Pizarro", "Agustin Vera", "Florencia Carrasco", "Martin Tapia",
          "Antonia Sepulveda", "Joaquin Castro", "Fernanda Nunez"]
TERMS = ["30 Days", "21 Days", "45 Days", "Immediate Payment"]

used = set()


def company():
    while True:
        form = f.pick(FORMS)
        name = f"{f.pick(STEMS)} {f.pick(TRADES)}{(' ' + form) if form else ''}"
        if name not in used:
            used.add(name)
            return name


def phone():
    return f"+56 9 5550 {f.r.randrange(100):04d}" if f.chance(0.8) else f"+56 2 2555 {f.r.randrange(100):04d}"


def rut():
    return f"{f.r.randrange(76000000, 78999999)}-{f.pick('0123456789K')}"


partners = []
for k in range(260):
    name = company()
    country, cities = f.pick(COUNTRIES) if f.chance(0.75) else (None, [None])
    city = f.pick(cities) if country and f.chance(0.62) else None
    street = f"{f.pick(STREETS)} {f.r.randrange(10, 9999)}" if f.chance(0.73) else None
    local = "".join(ch for ch in name.split()[0].lower() if ch.isalpha())
    email = f.email(f"{f.pick(['contacto', 'ops', 'info', 'comex', 'import', 'ventas'])}.{local}{k}") \
        if f.chance(0.82) else None
    types = [f.pick(FIRST)]
    types += [t for t in TYPES if t != types[0] and f.chance(FURTHER.get(t, 0))]
    types = [types[0]] + sorted(types[1:], key=TYPES.index)
    partners.append({
        "name": name, "phone": phone() if f.chance(0.06) else None, "email": email,
        "sales": "Rodrigo M" if k in (17, 140) else None, "country": country, "city": city,
        "street": street, "lang": "es_CL" if f.chance(0.01) else "en_US", "types": types,
        "contact": f.pick(PEOPLE) if f.chance(0.05) else None,
        "child": f"{name}, {f.pick(PEOPLE)}" if f.chance(0.012) else None,
        "city2": f.pick(["Santiago", "Arica", "Guayaquil", "Las Condes", "Shanghai"]) if f.chance(0.1) else None,
        "terms": f.pick(TERMS) if f.chance(0.04) else None,
        "vat": (rut() if country == "Chile" else f"RUC 09{f.r.randrange(10**10, 10**11)}") if f.chance(0.15) else None,
        "delivery": k == 93,
        "extra_child": f"{name}, {f.pick(PEOPLE)}" if f.chance(0.01) else None,
    })
# The same company entered twice, with another e-mail.
for k in (12, 77, 201):
    twin = dict(partners[k])
    twin["email"] = f.email(f"operaciones.twin{k}")
    twin["street"] = None
    twin["types"] = [partners[k]["types"][0]]
    partners.append(twin)


def complete(p):
    lines = [p["name"], p["street"] or "", "", f" {p['city'] or ''} ".rstrip() + " ", p["country"] or ""]
    if not p["street"] and not p["city"] and not p["country"]:
        return "\n\n  \n"
    return "\n".join(lines)


def sort_key(p):
    return "".join(ch for ch in p["name"].upper() if ch.isalnum() or ch == " ")


groups = collections.OrderedDict((t, []) for t in TYPES)
for p in partners:
    for t in p["types"]:
        groups[t].append(p)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Display Name", "Phone", "Email", "Salesperson", "Activities", "City", "Country", "Address",
           "Address Type", "Language", "Party Types", "Contact Person", "Street", "Complete Address",
           "City of Address", "Formatted Email", "Commercial Entity", "Company Name Entity", "Company Name",
           "Customer Payment Terms", "Contact Address Type", "VAT/Tax ID"])
for c in ws[1]:
    c.font = Font(bold=True)
for t, members in groups.items():
    if not members:
        continue
    ws.append([f"{t} ({len(members)})"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for p in sorted(members, key=sort_key):
        ws.append([p["name"], p["phone"], p["email"], p["sales"], None, p["city"], p["country"], p["child"],
                   "Delivery Address" if p["delivery"] else "Invoice Address", p["lang"], p["types"][0],
                   p["contact"], p["street"], complete(p), p["city2"],
                   f'"{p["name"]}" <{p["email"]}>' if p["email"] else None, p["name"],
                   p["name"] if p["email"] else None, None, p["terms"],
                   "Delivery Address" if p["delivery"] else "Address", p["vat"]])
        if p["extra_child"]:
            ws.append([None] * 7 + [p["extra_child"]])
        for further in p["types"][1:]:
            ws.append([None] * 10 + [further])
ws.column_dimensions["A"].width = 30.71
save(wb, "partners-en-cl-odoo.xlsx")

# What the label counts (printed for the person writing it).
rows = sum(1 + (1 if p["extra_child"] else 0) + len(p["types"]) - 1 for t, m in groups.items() for p in m)
print("groups", sum(1 for m in groups.values() if m), "data rows", rows,
      "distinct names", len({p["name"] for p in partners}))
