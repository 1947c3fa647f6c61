"""
Shape of helloproducecorpcom-hue/helloproduce "Customers.xls": a Miami produce wholesaler's customer
list exported from QuickBooks Online as Excel 97-2003, one sheet.

- "Worksheet": a bold header Name / Company name / Street Address / City / State / Country / Zip /
  Phone / Email / Customer type / Attachments / Open balance, no title, sorted by name (case
  mixed). Restaurants, supermarkets, juice bars, other produce houses. Name is the display name;
  Company name repeats it on most rows, is empty on about one in ten, differs on a few (a person's
  first name with the venue as company, "… Corp 1" beside "… Corp"). The beach restaurants have a
  second account for their bar, "BAR-  <venue>" (one or two spaces after the dash). Two thirds have
  an address: state typed FL / Fl / fl / Florida / florida, country mostly empty or United States /
  Estados Unidos / US / USA, a city typed into the street column once, trailing commas, one ZIP+4;
  phone and e-mail on a handful only, phones in several spellings. QuickBooks' own "Sample
  Customer", a "Prueba factura" (test invoice) account and a "cash costumer" account are in the
  list. Customer type is empty, Attachments 0 on every row, Open balance in dollars (#,##0.00), 0
  on half.
Values invented.
"""
import random

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("customers-en-us-produce")

STREETS_BEACH = ["Ocean Dr", "Ocean Drive", "Washington Ave", "Collins Ave", "collins ave", "Washington St"]
STREETS_MIAMI = ["NW 7th Ave", "NW 23rd St", "NE 2nd Ave", "NW 54 St", "NW 32nd Ave.", "S Biscayne Blvd",
                 "NW 70th St", "NW 87th Ave,", "NE 167th St", "NW 7TH ST", "W Flagler St", "SW 8th St"]
OTHER = [("Hollywood", "33019", "N Broadwalk"), ("Hollywood", "33020", "Hollywood Blvd"),
         ("Hollywood", "33021", "johnson St"), ("Dania Beach", "33004", "E Dania Beach Blvd,"),
         ("Doral", "33172", "NW 41st St"), ("Doral", "33178", "NW 115th Ct"), ("Hialeah", "33010", "palm ave"),
         ("Coral Springs", "33065", "W Sample Rd"), ("Plantation", "33317", "W Broward Blvd"),
         ("Pembroke Pines", "33023", "Pembroke Rd"), ("Davie", "33325", "W State Rd 84"),
         ("Sunrise", "33323", "W Oakland Park Blvd"), ("Coconut Creek", "33073", "W Hillsboro Blvd"),
         ("Fort Lauderdale", "33317", "US-441"), ("St Cloud", "34769", "13th St"),
         ("Port St. Lucie", "34952", "S U.S. Hwy 1")]
STATES = ["FL"] * 21 + ["Fl"] * 21 + ["Florida"] * 14 + ["fl"] * 4 + ["florida"] * 2
BEACH_VENUES = ["Casa Habanera", "Esquina Caribe", "Playa Vieja Restaurant", "IL Fornaio Rosso", "La Palma Colombian Restaurant",
                "Olivo Restaurant", "Taco Loco", "Esquina Jalisco", "Cuba Linda", "La Morenita", "Pequeña Habana",
                "Tacos Mamá Lupe", "Trattoria Amalfi", "Restaurante El Charro"]
OTHERS = ["Azul Mediterranean Kitchen & Bar", "Aurora Market & Restaurant", "Bianchi Produce", "Bravo Fresh Market",
          "Burgers & Shakes Surfside", "Caribbean Star #2", "CARIBBEAN STAR MARKET #1", "Cherry Orchard USA",
          "Cuba Bodega", "Cuba Bodega Cafeteria", "Don Chucho Cuban Restaurant", "Eddy Paz Produce",
          "El Fogon 3", "EL SOL DE ORO", "El Rincon Coffee Bar", "Fresh & Go", "Fresh Tropical",
          "Fruit Basket", "Habana Azul Restaurant & Market", "Hola Taco", "Ideal Food Basket of Dania Beach",
          "Ideal Food basket Port St Lucie", "J&M Produce", "Juicy Fruity Bar LLC", "Juicy Juice Station",
          "Key Market 10400", "Key Market 8890", "Key Market Hollywood", "KEY MARKET SABAL",
          "Key Market Supermarket Coconut Creek", "La Esquina Restaurante", "Las Margaritas", "Lime Leaf Mexican Grill",
          "Mamacitas Latin Bar & Grill", "Mango", "Marino Produce", "Maturo fish market", "Mayari Supermarket",
          "Mi Finca Produce", "Miami kitchen Incubator", "Mojito Company", "Mondongo's Restaurante", "Mondongos Express",
          "Nando Grill", "Naturama", "NOVA MIAMI", "Olmos One", "Osh Tea Room", "Paisa", "Pescaderia 17",
          "Pupy's Jr Produce Corporation", "RAICES PRODUCE DR CORP", "Saveland Supermarket", "Sazon Cubano",
          "Shenanigans Sports Pub", "Sini Group", "Somos Fresh Market", "South Harvest /Marta y Pedro",
          "Sun Rich Tropicals, LLC", "Takeroloko", "Taqueria El Tarasco", "Camarada Inc", "World Market & Cafe",
          "Food Fair", "Fresca Greens LLC", "Brito Family", "Maria Ramos Inc", "Tocumen", "Alma Market"]
PEOPLE = [("Andres", "Bayside"), ("kevin Guardado", "kevin Guardado"), ("Mario", "Mario"),
          ("Teresa y Juan Carlos", "Teresa y Juan Carlos")]


def phone():
    # A +1 number is written with an area code starting 2 so that it never reads as a mainland mobile.
    form = f.pick(["paren", "digits", "plus"])
    area = f.pick(["239", "229"]) if form == "plus" else f.pick(["305", "786", "954"])
    line = f"555-01{f.r.randrange(100):02d}"
    if form == "paren":
        return f"({area}) {line}"
    digits = area + line.replace("-", "")
    return "+1" + digits if form == "plus" else digits


def email(name):
    local = "".join(ch for ch in name.lower() if ch.isalnum())[:14]
    mail = f.email(f.pick([local, "accounting", "manager", "orders"]))
    return mail.upper() if f.chance(0.2) else mail


def address(beach):
    if beach:
        street = f"{f.r.randrange(200, 1500)} {f.pick(STREETS_BEACH)}"
        city = f.pick(["Miami Beach", "Miami Beach", "Miami", "miami beach"])
        return street, city, "33139"
    if f.chance(0.45):
        return f"{f.r.randrange(1000, 11000)} {f.pick(STREETS_MIAMI)}", f.pick(["Miami", "Miami", "MIAMI", "miami"]), \
            f.pick(["33142", "33150", "33147", "33166", "33125", "33127", "33131", "33137", "33162"])
    city, zipc, road = f.pick(OTHER)
    return f"{f.r.randrange(100, 12000)} {road}", city, zipc


rows = []
venues = {}
for v in BEACH_VENUES:
    street, city, zipc = address(True)
    venues[v] = (street, city, zipc)
    rows.append({"name": v, "company": v, "addr": (street, city, zipc), "country": None, "bal": None})
for k, v in enumerate(BEACH_VENUES[:11]):
    gap = "  " if k < 6 else " "
    rows.append({"name": f"BAR-{gap}{v}", "company": f"BAR-{gap}{v}", "addr": venues[v], "country": "United States",
                 "bal": 0})
for v in OTHERS:
    has_addr = f.chance(0.55)
    rows.append({"name": v, "company": None if f.chance(0.1) else v, "addr": address(False) if has_addr else None,
                 "country": None, "bal": None})
for name, company in PEOPLE:
    rows.append({"name": name, "company": company, "addr": None, "country": None, "bal": None})
rows.append({"name": "Figueroa Produce Corp 1", "company": "Figueroa Produce Corp", "addr": address(False),
             "country": "US", "bal": 0})
for name in ("Sample Customer", "Prueba factura", "cash costumer"):
    rows.append({"name": name, "company": None if name == "Sample Customer" else name, "addr": None, "country": None,
                 "bal": 5 if name == "Sample Customer" else 0})
rows.sort(key=lambda r: r["name"].lower())

wb = workbook()
ws = wb.active
ws.title = "Worksheet"
ws.append(["Name", "Company name", "Street Address", "City", "State", "Country", "Zip", "Phone", "Email",
           "Customer type", "Attachments", "Open balance"])
for c in ws[1]:
    c.font = Font(bold=True)

contacts = {"Figueroa Produce Corp 1", "Fresca Greens LLC", "Mondongos Express", "RAICES PRODUCE DR CORP",
            "Sun Rich Tropicals, LLC"}
records = []
for k, r in enumerate(rows):
    street = city = state = country = zipc = None
    if r["addr"]:
        street, city, zipc = r["addr"]
        state = f.pick(STATES) if f.chance(0.95) else None
        country = r["country"] or (f.pick(["United States", "Estados Unidos", "Estados Unidos", "USA"])
                                   if f.chance(0.25) else None)
        if f.chance(0.04):
            zipc = None
        if r["name"] == "RAICES PRODUCE DR CORP":
            zipc, country = "33178-4229", "USA"
    if r["name"] == "Esquina Caribe":
        city = street.replace("Washington Ave", "Washington St & 7")   # the street typed under City
        street = None
    ph = em = None
    if r["name"] in contacts:
        em = email(r["name"])
        ph = None if r["name"] == "Sun Rich Tropicals, LLC" else phone()
        if r["name"] == "Sun Rich Tropicals, LLC":
            street = city = state = zipc = None
    bal = r["bal"]
    if bal is None:
        bal = 0 if f.chance(0.42) else f.pick([round(f.r.uniform(60, 3000), 2), float(f.r.randrange(75, 3200)),
                                                round(f.r.uniform(3000, 23000), 2)])
    ws.append([r["name"], r["company"], street, city, state, country, zipc, ph, em, None, 0, bal])
    ws.cell(ws.max_row, 12).number_format = "#,##0.00"
    records.append((r["name"], r["company"], street, city, state, zipc, ph, em))
ws.column_dimensions["A"].width = 13

save(wb, "customers-en-us-produce.xls", libreoffice="xls")

if __name__ == "__main__":
    import json, sys
    if len(sys.argv) > 1:
        json.dump(records, open(sys.argv[1], "w"), indent=0)
