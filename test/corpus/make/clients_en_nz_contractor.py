"""
Shape of PowerQueryforAccountants/Cleaning-Contacts-List-for-Import-to-Xero "Contacts.xlsx": a
Northland (New Zealand) building contractor's customer contact list printed from its old
accounts package into Excel, one sheet, to be cleaned for an import into Xero.

- "Sheet1": the contractor's name in A1 (merged A1:C1), the header Code / Company Name && Address /
  Contact Details on row 2 ("&" doubled everywhere), then one block of rows per customer, sorted
  by code: the code (eight capitals made from the name: ABOVEZER, AMCALWEE) and the name (a company
  or people, in capitals or not, "A && W RIVERS", "ANGUS AND SHARON ROSS") on the first row with
  the contact person in C on some; the address lines below the name (PO Box, street, RD number,
  town with the postcode after two spaces, or the postcode alone); the contact lines in C from
  the block's second row: "Phone: …", "Mobile: …", "Fax: …", "Email: …", "Web: …" in that order,
  numbers spaced or not. A block is as long as its longer column; nothing between blocks.
  Column widths repeat far to the right (IV/IW …), an old print layout.
Values invented.
"""
from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("clients-en-nz-contractor")

TOWNS = [("KERIKERI", "0230"), ("PAIHIA", "0200"), ("WHANGAREI", "0110"), ("KAIKOHE", "0405"), ("WAIPAPA", "0295"),
         ("HOUHORA", "0550"), ("MANGAWHAI", "0505"), ("WARKWORTH", "0910"), ("OKAIHAU", "0475"), ("KAITAIA", "0410"),
         ("RUSSELL", "0202"), ("MOEREWA", "0211"), ("KAWAKAWA", "0210"), ("DARGAVILLE", "0310")]
STREETS = ["Joyces Rd", "Waipapa Rd", "Kerikeri Rd", "Remuera Settlement Rd", "Valencia Lane", "Sullivans Rd",
           "Tyree Rd", "Tehaumi Drive", "Molesworth Drive", "Porotu Rd", "Waimate Nth Rd", "Landing Rd",
           "Inlet Rd", "Hone Heke Rd", "Cobham Rd", "Davies Cres", "Pungaere Rd", "Wiroa Rd", "Redcliffs Rd",
           "Kapiro Rd", "Station Rd", "Marsden Rd", "Puketotara Rd", "Te Puke Rd", "Mill Lane", "Riverview Rd"]
WORDS = ["ABOVE ZERO", "ACE", "ADVANCE", "ALINE", "ASH GROVE", "ASURE", "AUTO ONE", "AVALON", "AVOCA", "BAY",
         "BARFOOTE", "BAYVIEW", "BLUE WATER", "BRIDGE", "CASCADE", "COASTAL", "COVE", "DOUBTLESS", "FAR NORTH",
         "FERNLEAF", "GOLDEN", "HARBOUR", "HERITAGE", "HOKIANGA", "KAURI", "KOWHAI", "MATAI", "MANUKA", "NORTHERN",
         "OCEANVIEW", "OPUA", "PACIFIC", "PAPA", "PINE", "PUKETI", "RANGI", "RIMU", "SILVER", "SOUTHERN CROSS",
         "STONE", "SUNRISE", "TAHEKE", "TANIWHA", "TOTARA", "TUI", "WAIPAPA", "WAITANGI", "WESTMORELAND", "WHARF"]
TRADES = ["CONSTRUCTION LTD", "BUILD", "MOTEL", "FARMS LTD", "TANKS", "HOMES", "LIME CO", "RESORT", "EQUIPMENT",
          "PANEL AND PAINT", "DESIGN AND BUILD", "QUALITY", "ELECTRICAL", "PLUMBING LTD", "ROOFING", "DRAINAGE",
          "MOUNTAIN BIKE CLUB", "LANDSCAPING", "HOLDINGS LTD", "TRUST", "ORCHARDS", "MARINE LTD", "SCHOOL"]
FIRST = ["Alison", "Allan", "Aaron", "Wendy", "Angus", "Sharon", "Tony", "Ben", "Willem", "Donna", "Ken", "Mathew",
         "Warren", "Linda", "Steve", "Miranda", "Wolfgang", "William", "Rachael", "Clem", "Ash", "Michael", "Alice",
         "Hemi", "Aroha", "Tama", "Mere", "Rawiri", "Grant", "Shona", "Colin", "Heather", "Bruce", "Kiri", "Neville"]
LAST = ["McAlwee", "McKenzie", "Rhodes", "Rivers", "Ross", "Woodgate", "Poore", "Hertner", "Dickey", "Drayton",
        "Gatti", "de Jong", "Jenks", "Pilling", "Vincent", "Tipene", "Kawiti", "Heke", "Murray", "Baxter", "Ngata",
        "Fletcher", "Harrington", "Beattie", "Kemp", "Urlich", "Smales", "Whitehead", "Paterson", "Rapana"]
ISP = ["xtra.co.nz", "gmail.com", "clear.net.nz", "orcon.net.nz", "hyper.net.nz"]


def amp(s):
    return s.replace("&", "&&")


def phone(kind):
    if kind == "Mobile":
        return f._unique(lambda: f.pick([f"021 000 {f.r.randrange(1000):03d}", f"022 000 {f.r.randrange(10000):04d}",
                                         f"0270000{f.r.randrange(1000):03d}", f"02100{f.r.randrange(10000):04d}"]))
    return f._unique(lambda: f.pick([f"09 40{f.r.randrange(10)} 0{f.r.randrange(1000):03d}",
                                     f"0940{f.r.randrange(10)}0{f.r.randrange(1000):03d}"]))


def code_of(name, person):
    if person:
        first, last = person
        c = (first[0] + last.replace(" ", "").replace("Mc", "MC")).upper()
    else:
        c = "".join(ch for ch in name.upper() if ch.isalnum())
    return c[:8]


customers = []
codes = set()
names = set()
while len(customers) < 300:
    roll = f.r.random()
    person = None
    contact = None
    if roll < 0.45:
        first, last = f.pick(FIRST), f.pick(LAST)
        person = (first, last)
        style = f.r.random()
        if style < 0.45:
            name = f"{first} {last}".upper()
        elif style < 0.75:
            name = f"{first} {last}"
        elif style < 0.85:
            name = f"{first[0]} {last}"
        elif style < 0.93:
            other = f.pick(FIRST)
            name = f"{first} AND {other} {last}".upper()
        else:
            other = f.pick(FIRST)
            name = f"{first[0]} & {other[0]} {last}".upper()
        if f.chance(0.3):
            contact = first.upper() if f.chance(0.6) else f"{first} {last}".upper()
    else:
        name = f"{f.pick(WORDS)} {f.pick(TRADES)}"
        if f.chance(0.1):
            name = name.title()
        if f.chance(0.45):
            p = (f.pick(FIRST), f.pick(LAST))
            contact = f.pick([p[0], p[0].upper(), f"{p[0]} {p[1]}", f"{p[0]} {p[1]}".upper()])
    if name.upper() in names:
        continue
    names.add(name.upper())
    code = code_of(name, person)
    if code in codes:
        code = (code[:7] + "2")
        if code in codes:
            continue
    codes.add(code)
    town, post = f.pick(TOWNS)
    addr = []
    if f.chance(0.35):
        addr.append(f"PO BOX {f.r.randrange(1, 1200)}")
    if f.chance(0.75):
        st = f"{f.r.randrange(1, 700)}{f.pick(['', '', '', 'A', ' a'])} {f.pick(STREETS)}"
        addr.append(st.upper() if name.isupper() and f.chance(0.7) else st)
    if f.chance(0.25):
        addr.append(f"RD{f.r.randrange(1, 4)}")
    last_line = f.pick([f"{town}  {post}", town, town, f"{town} {post}", town.title()])
    if f.chance(0.06) and addr:
        addr.append(town)
        addr.append(post)
    else:
        addr.append(last_line)
    lines = []
    local = (contact or (person[0] if person else name.split()[0])).split()[0].lower()
    dom = "".join(ch for ch in name.lower() if ch.isalpha())[:14]
    if f.chance(0.55):
        lines.append("Phone: " + phone("Phone"))
    if f.chance(0.45):
        lines.append("Mobile: " + phone("Mobile"))
    if f.chance(0.03):
        lines.append("Fax: " + phone("Phone"))
    if f.chance(0.88):
        mail = f"{local}@{dom}.test" if not person and f.chance(0.6) else f"{local}{f.r.randrange(10, 99)}@{f.pick(['example.com', 'example.net', 'example.org'])}"
        lines.append("Email: " + mail)
    if not person and f.chance(0.02):
        lines.append(f"Web: www.{dom}.test")
    customers.append({"code": code, "name": name, "contact": contact, "addr": addr, "lines": lines, "person": bool(person)})
customers.sort(key=lambda c: c["code"])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "NORTHLAND BUILDERS && CONTRACTING LIMITED"
ws.merge_cells("A1:C1")
ws.append(["Code", "Company Name && Address", "Contact Details"])
for c in customers:
    height = max(1 + len(c["addr"]), 1 + len(c["lines"]))
    block = [[None, None, None] for _ in range(height)]
    block[0] = [c["code"], amp(c["name"]), c["contact"]]
    for k, a in enumerate(c["addr"]):
        block[1 + k][1] = a
    for k, line in enumerate(c["lines"]):
        block[1 + k][2] = line
    for row in block:
        ws.append(row)
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True)
for col, w in (("A", 13.7109375), ("B", 37.7109375), ("IV", 13.7109375), ("IW", 37.7109375), ("SR", 13.7109375),
               ("SS", 37.7109375), ("ACN", 13.7109375), ("ACO", 37.7109375)):
    ws.column_dimensions[col].width = w

save(wb, "clients-en-nz-contractor.xlsx")

if __name__ == "__main__":
    import json, sys
    if len(sys.argv) > 1:
        json.dump(customers, open(sys.argv[1], "w"))
