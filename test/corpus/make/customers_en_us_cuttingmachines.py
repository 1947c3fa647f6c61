"""
Shape of wialex77/Koike_order_entry "data/customer_list.xlsx": the customer list of a US maker of
plasma and oxy-fuel cutting machines, exported from its ERP to Excel (author and last editor a
member of staff) and read by a purchase-order entry app to find the customer number.

- One sheet "Sheet1", header on row 1, plain: Customer / Name / Address / City / State/Prov /
  Postal Code / Country. Column widths A 9.3, B 14.3, the rest default; no filter, no freeze.
- 1902 customers sorted by name (here scaled to 600). Customer is a number (2 … 2001, unique);
  every other cell is text (postal codes too), empty cells where the ERP had nothing. Names mostly upper case (welding and
  gas distributors, fabricators, steel service centres, leasing firms, Latin-American S.A. /
  S.A. de C.V. / SAS dealers), about one in thirty in mixed case.
- Rows at the top that sort first: '***DO NOT USE', '***DO NOT USE***', '**DO NOT USE-CLOSED
  ACCOUNT**' (closed accounts, their old addresses kept); further down 'DO NOT USE' rows, two
  with the address 'DO NOT USE - USE # 31801' pointing at the number to use; one 'RMA' row
  (the returns account) with only a postal code and the country.
- One industrial distributor holds about a fifth of the list: the same name on every branch,
  each branch its own number and address, a distribution centre and a joint-venture branch
  under longer names. Other distributors have 2-7 branches; some names vary ('A-L' / 'A L').
- Export accounts twice or four times at the same address under a second number from a later
  range, once in upper case and once in mixed case ('SANTIAGO- CHILE' / 'Santiago').
- US postal codes 5 digits as text (leading zeros kept, a few 9-digit ones with or without the
  dash); Canadian codes with or without the space; State/Prov empty for most countries outside
  North America or holding a region or the country again; City sometimes 'CITY, REGION ZIP'.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-us-cuttingmachines")
R = f.r

US = [("TX", ["HOUSTON", "TYLER", "SAN MARCOS", "ODESSA", "BEAUMONT", "Seguin", "PASADENA"], "7"),
      ("OH", ["CINCINNATI", "YOUNGSTOWN", "WESTERVILLE", "Toledo", "CANTON"], "4"),
      ("WI", ["MILWAUKEE", "MARSHFIELD", "CHIPPEWA FALLS", "Green Bay"], "5"),
      ("CA", ["JURUPA VALLEY", "Santa Rosa", "FRESNO", "STOCKTON", "BAKERSFIELD"], "9"),
      ("PA", ["JESSUP", "ERIE", "ALLENTOWN", "Pittsburgh"], "1"), ("NJ", ["CLIFTON", "Rahway", "EDISON"], "0"),
      ("WA", ["SPOKANE", "MOSES LAKE", "KENT"], "9"), ("GA", ["ROME", "VILLA RICA", "MACON"], "3"),
      ("AL", ["DECATUR", "BESSEMER", "MOBILE"], "3"), ("MI", ["MARYSVILLE", "YPSILANTI", "SAGINAW"], "4"),
      ("IL", ["CHICAGO", "PRINCETON", "PEORIA"], "6"), ("NY", ["ROCHESTER", "ARCADE", "BLISS", "BUFFALO"], "1"),
      ("FL", ["HIALEAH", "TAMPA", "Cape Canaveral"], "3"), ("TN", ["NASHVILLE", "KNOXVILLE"], "3"),
      ("SD", ["SIOUX FALLS", "RAPID CITY"], "5"), ("WV", ["NITRO", "MABSCOTT", "CHARLESTON"], "2"),
      ("LA", ["BATON ROUGE", "LAFAYETTE"], "7"), ("OK", ["TULSA", "ENID"], "7"), ("UT", ["LEHI", "OGDEN"], "8"),
      ("VA", ["NEWPORT NEWS", "Roanoke"], "2"), ("KY", ["MAYFIELD", "PADUCAH"], "4"), ("IN", ["WILLIAMSPORT", "GARY"], "4")]
CA = [("AB", ["EDMONTON", "CALGARY", "Red Deer"], "T"), ("ON", ["BURLINGTON", "ETOBICOKE", "HAMILTON", "Mississauga"], "L"),
      ("QC", ["MONTREAL", "SAINT-LAURENT", "Laval"], "H"), ("MB", ["Winnipeg", "BRANDON"], "R"), ("NB", ["GRAND-SAULT/GRAND FALLS", "MONCTON"], "E"),
      ("BC", ["SURREY", "PRINCE GEORGE"], "V"), ("SK", ["REGINA", "SASKATOON"], "S")]
MX_STATES = ["JA", "NL", "COAH", "GUADALUPE", "CUIDAD DE MEXICO", "SON", ""]
MX_CITIES = ["ZAPOPAN", "MONTERREY", "Santa Catarina Nuevo Leon", "SALTILLO", "LAS ESCOBAS", "CUAJUMALPA DE MORELOS", "HERMOSILLO"]
LATAM = [("Chile", ["SANTIAGO- CHILE", "ANTOFAGASTA"], "8460040"), ("Panama", ["PANAMA CITY", "COLON"], ""),
         ("Colombia", ["BOGOTA D.C.", "MEDELLIN, ANTIOQUIA 050023", "CALI"], "110141"), ("Costa Rica", ["SAN JOSE", "HEREDIA"], ""),
         ("Argentina", ["BUENOS AIRES", "ROSARIO"], "C1405"), ("El Salvador", ["SAN SALVADOR"], ""),
         ("Dominican Republic", ["SANTO DOMINGO OESTE"], ""), ("Peru", ["LIMA", "AREQUIPA"], ""), ("Guatemala", ["GUATEMALA CITY"], ""),
         ("Paraguay", ["ASUNCION"], ""), ("Ecuador", ["GUAYAQUIL", "QUITO"], ""), ("Saudi Arabia", ["DAMMAM", "JUBAIL"], ""),
         ("Brazil", ["SAO PAULO", "CAMPINAS"], "13054-750"), ("Honduras", ["SAN PEDRO SULA"], ""), ("Puerto Rico", ["SABANA SECA"], ""),
         ("Malaysia", ["SAMBANTH KUALA"], "50470")]

STREETS = ["MAIN ST", "INDUSTRIAL BLVD", "RIVER ROAD", "HIGHWAY 50 EAST", "CENTRAL PKWY SW", "COMMERCE DR", "FIRST AVE", "W WASHINGTON ST",
           "N CHESTNUT AVE", "OLSON DR", "AUTOMATION WAY", "LAKEFRONT COMMONS", "MID VALLEY DR", "VISCO DR", "TRADITION DR", "HUBBARD RD",
           "MAXTOWN ROAD", "JEFFERSON AVENUE", "EMERSON ST", "HIGHWAY 123", "ANGLERS PLACE RD", "E 10TH CT", "DODD BLVD SE", "W 77TH ST"]
WORD1 = ["ACME", "ALLIED", "APEX", "ARC", "ATLAS", "BADGER", "BAYOU", "BLUE FLAME", "BRAZOS", "CAPITAL", "CASCADE", "CENTRAL", "COASTAL",
         "DELTA", "EAGLE", "EMPIRE", "FRONTIER", "GATEWAY", "GREAT LAKES", "HARBOR", "HEARTLAND", "IRONWOOD", "KEYSTONE", "LIBERTY",
         "LONE STAR", "MAGNOLIA", "MIDWEST", "NORTHERN", "OZARK", "PACIFIC", "PIONEER", "PRAIRIE", "RED RIVER", "SUMMIT", "TRI-STATE",
         "VALLEY", "WESTERN", "3-STAR", "4-WAY", "A-1", "A G R", "B & M", "C & H", "D-K", "J R", "K & S", "M-TEK", "TWIN CITY"]
TRADE = ["WELDING SUPPLY", "WELDING SUPPLY CO", "WELDING & INDUSTRIAL SPLY", "COMPRESSED GASES", "COMPRESSED GAS CO", "GASES",
         "FABRICATION", "METAL FAB", "STEEL SERVICE", "STEEL & SUPPLY", "MACHINE WORKS", "TOOL & MACHINERY", "INDUSTRIAL SUPPLY",
         "REPAIRS", "EXCAVATING AND CONTRACTING", "OXYGEN & WELDING SUPPY INC", "TOOL SALES & SERV", "EQUIPMENT SERVICES",
         "MANUFACTURING", "LEASING LTD", "POWER & WELDING", "SAFETY SUPPLY", "METALS", "CUTTING SYSTEMS"]
FORMS = ["", "", "", " INC", " INC", " LLC", " CO", " CORP", ", INC", " LTD"]
LAT1 = ["ACEROS", "ACCESORIOS", "FERRO", "METALES", "SOLDADURAS", "EQUIPOS", "INDUSTRIAS", "SUMINISTROS", "CORTES"]
LAT2 = ["DEL NORTE", "ANDINOS", "DEL PACIFICO", "CENTRALES", "ESPECIALES", "INDUSTRIALES", "GM Y CIA", "DEL SUR", "UNIDOS"]
LATF = [" S.A.", " S A", " S.A. DE C.V.", " SAS", " LTDA", " S.R.L.", ""]

used_nums = set()


def num(lo=2, hi=1800):
    while True:
        n = R.randrange(lo, hi)
        if n not in used_nums:
            used_nums.add(n)
            return n


def street():
    r = R.random()
    if r < 0.08:
        return f"{R.choice(['PO BOX', 'P O BOX', 'P O DRAWER'])} {R.randrange(10, 99999)}"
    s = f"{R.randrange(10, 19999)} {R.choice(STREETS)}"
    if R.random() < 0.08:
        s += f" {R.choice(['UNIT', 'STE', 'BLDG #'])}{R.randrange(1, 30)}"
    return s


def us_place():
    st, cities, z = R.choice(US)
    zipc = z + f"{R.randrange(10000):04d}"
    r = R.random()
    if r < 0.006:
        zipc += f"{R.randrange(10000):04d}"
    elif r < 0.012:
        zipc += f"-{R.randrange(10000):04d}"
    return R.choice(cities), st, zipc, "United States"


def ca_place():
    pv, cities, l = R.choice(CA)
    a = lambda: R.choice("ABCEGHJKLMNPRSTVXY")
    code = f"{l}{R.randrange(10)}{a()} {R.randrange(10)}{a()}{R.randrange(10)}"
    if R.random() < 0.2:
        code = code.replace(" ", "")
    return R.choice(cities), pv, code, "Canada"


def mx_place():
    return R.choice(MX_CITIES), R.choice(MX_STATES), (f"{R.randrange(10000, 99999)}" if R.random() < 0.7 else ""), "Mexico"


def latam_place():
    country, cities, pc = R.choice(LATAM)
    state = "" if R.random() < 0.75 else R.choice([country.upper(), "GUADALUPE", "LUMPER SENTRAL", "SP"])
    return R.choice(cities), state, pc, country


def mixed(s):
    return " ".join(w.capitalize() if len(w) > 3 else w for w in s.split(" "))


rows = []
# closed accounts that sort first
for name in ["***DO NOT USE", "***DO NOT USE", "***DO NOT USE***", "***DO NOT USE***"]:
    city, st, z, c = us_place()
    rows.append([num(400, 820), name, street(), city, st, z, c])
city, st, z, c = mx_place()
rows.append([num(100, 130), "**DO NOT USE-CLOSED ACCOUNT**", "AV " + R.choice(["MARIANO ESCOBEDO", "LOPEZ MATEOS", "VALLARTA"]) + f" NO {R.randrange(100, 9999)}", "ZAPOPAN", "JA", "", "Mexico"])
# plain DO NOT USE rows (sort under D)
city, st, z, c = us_place()
rows.append([num(500, 510), "DO NOT USE", street(), city, st, z, c])
for pointer in ["DO NOT USE - USE # 31801", "DO NOT USE - USE #C10135"]:
    city, st, z, c = us_place()
    rows.append([num(600, 1400), "DO NOT USE", pointer, city, st, z, c])
rows.append([num(1470, 1475), "RMA", "", "", "", "14009", "United States"])

# the big distributor's branches
CHAIN = "FASTBOLT"
for i in range(124):
    city, st, z, c = us_place() if R.random() < 0.93 else ca_place()
    rows.append([num(500, 1990), CHAIN, street(), city.upper() if R.random() < 0.8 else city, st, z, c])
rows.append([num(590, 610), CHAIN + " DISTRIBUTION CENTER", street(), "JESSUP", "PA", "18434", "United States"])
rows.append([num(880, 890), CHAIN + " JVCA", street(), "JURUPA VALLEY", "CA", "91752", "United States"])

names_used = set()


def new_name():
    while True:
        n = f"{R.choice(WORD1)} {R.choice(TRADE)}{R.choice(FORMS)}"
        if n not in names_used:
            names_used.add(n)
            return n


# distributors with 2-7 branches
for k in range(24):
    n = new_name()
    for b in range(R.choice([2, 2, 2, 3, 3, 4, 5, 7])):
        city, st, z, c = us_place() if R.random() < 0.85 else ca_place()
        rows.append([num(), n, street(), city, st, z, c])
# a name typed two ways
city, st, z, c = us_place()
rows.append([num(), "A-L COMPRESSED GASES", street(), city, st, z, c])
rows.append([num(), "A L COMPRESSED GASES", street(), "MOSES LAKE", "WA", "98837", "United States"])
names_used.update(["A-L COMPRESSED GASES", "A L COMPRESSED GASES"])

# export dealers entered twice (or four times) under a later second number
for k in range(26):
    n = f"{R.choice(LAT1)} {R.choice(LAT2)}{R.choice(LATF)}"
    if n in names_used:
        continue
    names_used.add(n)
    city, st, pc, c = latam_place() if R.random() < 0.7 else mx_place()
    addr = f"{R.choice(['CALLE', 'AV', 'CARRERA', 'VIA', 'AUT.'])} {R.choice(['8SUR', '53', 'LA RIVERA', 'RICARDO J ALFARO', 'DUARTE KM 14'])} {R.randrange(10, 2999)}"
    copies = 4 if k == 0 else 2
    for j in range(copies):
        low = j % 2 == 1 and k % 3 == 0
        rows.append([num(1000, 1500) if j == 0 else num(1800, 2001),
                     mixed(n) if low else n, mixed(addr) if low else addr,
                     (city.split("-")[0].strip().title() if low else city), st, pc, c])

# single customers until 600 rows
while len(rows) < 600:
    r = R.random()
    if r < 0.80:
        city, st, z, c = us_place()
    elif r < 0.90:
        city, st, z, c = ca_place()
    elif r < 0.95:
        city, st, z, c = mx_place()
    else:
        city, st, z, c = latam_place()
    n = new_name()
    if R.random() < 0.035:
        n = mixed(n)
    if R.random() < 0.1:
        city = city.title()
    rows.append([num(2, 2001), n, street(), city, st, z, c])


def sort_key(row):
    name = row[1]
    return (0 if name.startswith("*") else 1, name.upper().replace("-", " "), row[0])


rows.sort(key=sort_key)

wb = workbook()
wb.properties.creator = "Staff, Sales"
wb.properties.lastModifiedBy = "Staff, Sales"
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer", "Name", "Address", "City", "State/Prov", "Postal Code", "Country"])
for row in rows:
    ws.append(row)
ws.column_dimensions["A"].width = 9.33203125
ws.column_dimensions["B"].width = 14.33203125

save(wb, "customers-en-us-cuttingmachines.xlsx")
print(len(rows))
