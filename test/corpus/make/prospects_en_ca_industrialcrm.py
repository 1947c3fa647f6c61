"""
Shape of Robertja98/crm "contacts_export.csv": an Ontario water-treatment supplier's prospect list
exported from its home-made PHP/MySQL CRM after an import from an older system (UTF-8, LF, quotes
around most text, the tags field a quoted carriage return on every imported row).

- Header first_name / last_name / company / email / phone / address / city / province / postal_code
  / country / notes / linkedin / created_at / last_modified / is_customer / tank_number /
  delivery_date / tags; about 600 rows.
- Imported rows: created_at and last_modified "0000-00-00 00:00:00", delivery_date "0000-00-00",
  is_customer 0. Company names in capitals cut at 20 characters by the old system ("MAGNA EXTERIORS
  AND"), others in mixed case; a contact person on about one row in twenty ("Ext 209" typed as a
  first name once); phones "(905) 555-0134", "905) 555-0134" with the bracket lost, "905 555 0134",
  "1 905-555-0134", "'+1 905-555-0134", bare digits, a stray "v"; city mostly, province "ON"/"On" on a few,
  postal codes with or without the space, street on a few, "$1,534" typed into the city once.
- First block sorted by city; then companies listed again and again with nothing else (one site
  per row from a target list, up to ten times); then rows with only a phone number, rows with
  nothing at all; last, three test records typed by the developer (current dates, "test", "asdf").
Values invented (phones in the 555-01xx block).
"""
import os

from fake import FILES, Fake, FIRST_EN, LAST_EN

f = Fake("prospects-en-ca-industrialcrm")

CITIES = ["Ajax", "Ancaster", "Aurora", "Barrie", "Brampton", "Brantford", "Burlington", "Cambridge", "Concord",
          "Dundas", "East York", "Etobicoke", "Georgetown", "Guelph", "Hamilton", "Kitchener", "London", "Markham",
          "Milton", "Mississauga", "Newmarket", "North York", "Oakville", "Oshawa", "Pickering", "Richmond Hill",
          "Scarborough", "St. Catharines", "Stoney Creek", "Toronto", "Vaughan", "Waterloo", "Whitby", "Windsor",
          "Woodbridge"]
AREA = {"London": "519", "Kitchener": "519", "Waterloo": "519", "Guelph": "519", "Cambridge": "519",
        "Brantford": "519", "Windsor": "519", "Toronto": "416", "Etobicoke": "416", "North York": "416",
        "East York": "416", "Scarborough": "416", "Barrie": "705"}
FSA = {"416": "M", "905": "L", "519": "N", "705": "L"}
OVERLAYS = {"416": ["416", "647", "437"], "905": ["905", "289", "365"], "519": ["519", "226", "548"], "705": ["705", "249"]}
WORD1 = ["NORTHLAND", "PRECISION", "ALLIED", "CANADIAN", "GREAT LAKES", "ONTARIO", "DOMINION", "MAPLE", "SUMMIT",
         "TRILLIUM", "PIONEER", "STERLING", "ATLAS", "NIAGARA", "HURON", "FRONTENAC", "CROWN", "VECTOR", "APEX",
         "METRO", "HALTON", "PEEL", "CORE", "UNITED", "PREMIER", "NORTHERN", "QUALITY", "ADVANCED", "INTEGRATED",
         "CENTRAL", "CASCADE", "KEYSTONE", "LAKESHORE", "RIDGEWAY", "BAYVIEW", "SHERIDAN", "GOLDEN", "SILVER"]
WORD2 = ["PLATING", "CHEMICALS", "CIRCUITS", "LABORATORIES", "MANUFACTURING", "METAL FINISHING", "PACKAGING",
         "PHARMACEUTICALS", "ELECTRONICS", "COATINGS", "PRECISION MACHINING", "FOOD PRODUCTS", "BREWING",
         "TECHNOLOGIES", "POWDER COATING", "STAMPING", "ANODIZING", "POLYMERS", "INSTRUMENTS", "TESTING SERVICES",
         "DAIRY", "BEVERAGES", "OPTICS", "AEROSPACE", "CERAMICS", "PLASTICS", "BIOLOGICS", "ELECTROPLATING"]
SUFFIX = ["LTD", "INC", "LIMITED", "CORP", "CO", "INC.", "LTD.", "CANADA", "GROUP", ""]


def company():
    def make():
        base = f"{f.pick(WORD1)} {f.pick(WORD2)}"
        suffix = f.pick(SUFFIX)
        return f"{base} {suffix}".strip()
    name = f._unique(make)
    if f.chance(0.45):
        return name[:20].rstrip()          # the old system's 20-character field
    if f.chance(0.6):
        return name.title().replace("Ltd.", "Ltd").replace("Inc.", "Inc")
    return name


def postal(area):
    letters = "ABCEGHJKLMNPRSTVXY"
    code = f"{FSA[area]}{f.r.randrange(1, 10)}{f.pick(letters)} {f.r.randrange(1, 10)}{f.pick(letters)}{f.r.randrange(1, 10)}"
    return code.replace(" ", "") if f.chance(0.06) else code


def phone(area):
    n = f._unique(lambda: f"{f.pick(OVERLAYS[area])}55501{f.r.randrange(100):02d}")
    k = f.r.random()
    if k < 0.55:
        return f"({n[:3]}) {n[3:6]}-{n[6:]}"
    if k < 0.75:
        return f"{n[:3]}) {n[3:6]}-{n[6:]}"
    if k < 0.84:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if k < 0.91:
        return f"1 {n[:3]}-{n[3:6]}-{n[6:]}"
    if k < 0.94:
        return f"'+1 {n[:3]}-{n[3:6]}-{n[6:]}"
    if k < 0.97:
        return f"{n[:3]}.{n[3:6]}.{n[6:]}"
    return n                                 # bare digits (an 11-digit 1… form would read as a mainland mobile)


ZERO_TS, ZERO_D = "0000-00-00 00:00:00", "0000-00-00"


def imported(first="", last="", comp="", email="", ph="", addr="", city="", prov="", pc=""):
    return [first, last, comp, email, ph, addr, city, prov, pc, "", "", "", ZERO_TS, ZERO_TS, "0", "", ZERO_D, "\r"]


rows = []
# first block: one row per company, sorted by city
block = []
for _ in range(420):
    city = f.pick(CITIES)
    area = AREA.get(city, "905")
    comp = company()
    first = last = email = ""
    if f.chance(0.06):
        first = f.pick(FIRST_EN)
        last = f.pick(LAST_EN) if f.chance(0.6) else ""
        if f.chance(0.5):
            email = f"{(first[0] + last).lower() or first.lower()}@example.com"
    elif f.chance(0.03):
        email = f"{f.pick(['info', 'sales', 'purchasing', 'service'])}@example.net"
    ph = phone(area) if f.chance(0.78) else ""
    addr = f"{f.r.randrange(10, 9000)} {f.pick(['Viceroy Rd', 'Passmore Ave', 'Pullman Crt', 'Steeles Ave W', 'Dixie Rd', 'Finch Ave E', 'Woodbine Ave'])}" if f.chance(0.03) else ""
    prov = "ON" if f.chance(0.1) else ""
    pc = postal(area) if f.chance(0.6) else ""
    block.append(imported(first, last, comp, email, ph, addr, city if f.chance(0.95) else "", prov, pc))
block.sort(key=lambda r: r[6] or "zzz")
block[5][0] = "Ext 209"
block[9][7] = "On"
block[180][6] = "$1,534"
block[230][4] = "v"
rows.extend(block)

# the same companies listed again from a target list: one row per site, nothing but the name
targets = f.r.sample([r[2] for r in block if r[2] and r[2] == r[2].upper()], 18)
for t in targets:
    for _ in range(f.r.randrange(1, 10)):
        rows.append(imported(comp=t))

# rows with only a phone number, then empty ones
for _ in range(35):
    area = f.pick(["416", "905", "519"])
    rows.append(imported(ph=phone(area), city=f.pick(CITIES) if f.chance(0.1) else "", pc=postal(area) if f.chance(0.1) else ""))
for _ in range(22):
    rows.append(imported())

# the developer's test records
rows.append(["d", "d", "df", "", "", "", "", "", "", "", "", "", "2025-10-31 20:03:00", "2026-02-19 04:07:01", "0", "yes", "", ""])
rows.append(["Owen", "Marlow", "a", "owen.marlow@example.org", "6475550144", "", "Toronto", "Ontario", "M6B 4E4", "Canada",
             "", "", "", "2026-02-19 04:19:38", "0", "", "", ""])
rows.append(["dfa", "dfd", "test", "dl@example.net", "", "", "lkdds", "fdklsa", "FDS KLd", "asldkf", "", "", "",
             "2026-02-19 22:02:43", "0", "", "", ""])

HEADER = ["first_name", "last_name", "company", "email", "phone", "address", "city", "province", "postal_code",
          "country", "notes", "linkedin", "created_at", "last_modified", "is_customer", "tank_number",
          "delivery_date", "tags"]



def cell(i, v):
    if v == "":
        return ""
    if i == 14 or (i in (0, 1) and " " not in v) or (i == 16 and v == ZERO_D) or v.startswith(("'", "1")) and i == 4 \
            or (i == 4 and "." in v):
        return v
    return '"' + v.replace('"', '""') + '"'


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prospects-en-ca-industrialcrm.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(",".join(HEADER) + "\n")
    for r in rows:
        out.write(",".join(cell(i, v) for i, v in enumerate(r)) + "\n")

if __name__ == "__main__":
    named = [r for r in rows[:-3] if r[2]]
    print("rows", len(rows), "named", len(named), "companies", len({r[2].strip().upper() for r in named}),
          "skipped", len(rows) - len(named))
