"""
Shape of FSD-BSAIntern/ceres6-cheatsheet "Donors.xlsx" (commit 05f7fe3b): a San Diego food bank's
donor list exported from its ERP (Ceres on Dynamics NAV), one sheet "Donors" holding an Excel
table "Table1" over A1:Y…, header row 1 frozen (A2), no title.

25 columns: No. / Name / Address / City / State / ZIP Code / Contact / Phone No. / Phone Ext. No. /
Fax No. / Email / Last Invoice Date / Parent Donor No / Location Code / FBC Donor Class of Trade
Code / FBC Product Source Code / FBC Product Category Code / FBC County Code / Food Drive Donor /
Dormant / Blocked / Geographical Location Code / Metropolitan Area Code / Federal Congr. Dist. Code /
State Congr. Dist. Code. Every cell text (the original writes empty strings where blank; here they are empty) except Last Invoice Date
(mm-dd-yy, blank on about a sixth) and Food Drive Donor / Dormant, formulas =FALSE() everywhere;
Blocked a single blank. Donor numbers from chain prefixes (store numbers) or DONnnnn; store
branches under a parent donor (PD-000nn); about half without a contact, many without phone or
e-mail; phones typed three ways; contacts with a role in brackets, first name only, all capitals,
trailing blanks; a few out-of-state manufacturers; State "ca" in lower case on some rows.
The original has 1,367 donors; this keeps 176, two names on two accounts each. Values invented (names, stores, people, numbers).
"""
import datetime

from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import FIRST_EN, LAST_EN, CachedFormulas, Fake, workbook

f = Fake("donors-en-us-foodbankerp")

HEAD = ["No.", "Name", "Address", "City", "State", "ZIP Code", "Contact", "Phone No.", "Phone Ext. No.", "Fax No.",
        "Email", "Last Invoice Date", "Parent Donor No", "Location Code", "FBC Donor Class of Trade Code",
        "FBC Product Source Code", "FBC Product Category Code", "FBC County Code", "Food Drive Donor", "Dormant",
        "Blocked", "Geographical Location Code", "Metropolitan Area Code", "Federal Congr. Dist. Code",
        "State Congr. Dist. Code"]
CITIES = [("San Diego", "921", 50), ("Chula Vista", "919", 8), ("Oceanside", "920", 6), ("Escondido", "920", 6),
          ("Carlsbad", "920", 5), ("El Cajon", "920", 5), ("La Mesa", "919", 4), ("National City", "919", 3),
          ("Santee", "920", 3), ("Vista", "920", 3), ("Poway", "920", 2), ("Ramona", "920", 1)]
STREETS = ["Main St", "Market St", "El Cajon Blvd", "Highland Avenue", "Mission Gorge Rd", "Clairemont Mesa Blvd.",
           "Miramar Rd", "Broadway", "Palm Ave", "Sports Arena Blvd", "Grand Ave", "Fletcher Pkwy", "Camino Del Rio N",
           "Rosecrans St", "University Ave", "Garnet Ave", "Balboa Ave", "Via Rancho Pkwy", "Otay Lakes Rd"]
CHAINS = [("DC", "Dollar Corner #{n:03d}", "PD-00036", "RETAILER", "A2H LOCAL", "RETAILWHSL", 30),
          ("HVC", "Harborview Coffee #{n:04d}", "PD-00011", "RETAILER", "A2H LOCAL", "RETAILWHSL", 40),
          ("SVM", "Sunvale Markets #{n:03d}", "PD-00003", "RETAILER", "A2H LOCAL", "RETAILWHSL", 25),
          ("VFF", "ValuFresh Foods #{n:03d}", "PD-00032", "RETAILER", "A2H LOCAL", "RETAILWHSL", 15),
          ("BUSD", "Bayside USD - {school}", "PD-00047", "OTHER", "LOCAL", "PREPARED", 14)]
SCHOOLS = ["Alder Middle School", "Birch Elementary", "Canyon Crest High", "Dune Elementary", "Egret Middle School",
           "Fern Street Elementary", "Gull Point High", "Heron Elementary", "Iris Middle School", "Juniper High",
           "Kelp Bay Elementary", "Lupine Elementary", "Mesa Verde Middle", "Nopal High"]
OTHERS = ["Coastline Catering", "Pacific Crest Brewing Company", "Mesa Produce Co.", "Sunrise Bakery", "Torrey Logistics",
          "Golden Hill Deli", "Mission Bay Seafood", "Canyon Orchards", "Laguna Foods, Inc.", "Bright Harvest Farms",
          "Westside Distributors", "Summit Snacks LLC", "Harbor Church Pantry", "Blue Agave Grill", "Sierra Dairy",
          "Del Mar Events Center", "North County Growers", "Kettle Creek Foods", "Seaside Cafe", "Oak Barrel Winery",
          "Palomar Packing", "Marina Hotel Kitchen", "Citrus Valley Packers", "Ridge Line Beverages", "Cove Creamery",
          "Monthly Food Drives", "Solana Juice Co.", "Bayfront Convention Services", "Vista Tortilleria",
          "Grove Street Market", "Lakeside Poultry", "Presidio Pasta", "Summit Health Cafeteria", "Point Loma Grocers",
          "Friendly Fields Co-op", "Trailhead Granola", "Sun Coast Produce", "Skyline Distributing",
          "Ocean Air Foods", "Mariner's Market", "Canyon Creek Ranch", "Harvest Moon Foods", "Yucca Valley Farms",
          "Pinecrest Camps", "Old Town Tamales", "Harborside Events", "Eastlake Grocery", "Tidewater Imports",
          "Granite Hills Bakery", "Carmel Valley Deli"]
OUT_OF_STATE = [("Selah", "WA", "98942"), ("Smithfield", "VA", "23430"), ("Phoenix", "AZ", "85043"),
                ("Green Bay", "WI", "54303"), ("Boise", "ID", "83705")]


def phone():
    p = f.phone_us()                                        # "(619) 555-0123"
    style = f.r.random()
    if style < 0.4:
        return p
    digits = "".join(ch for ch in p if ch.isdigit())
    return digits if style < 0.7 else f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def contact():
    name = f"{f.pick(FIRST_EN)} {f.pick(LAST_EN)}"
    r = f.r.random()
    if r < 0.12:
        return name.split()[0]
    if r < 0.2:
        return name.upper()
    if r < 0.3:
        return name + " "
    if r < 0.38:
        return f"{name.split()[0]} ({f.pick(['receiver', 'store manager', 'Community Relations', 'Chef'])})"
    return name


def place():
    city, zip3, _ = f.r.choices(CITIES, weights=[c[2] for c in CITIES])[0]
    return f"{f.r.randrange(100, 9999)} {f.pick(STREETS)}", city, "CA", f"{zip3}{f.r.randrange(1, 99):02d}"


rows = []
for prefix, pattern, parent, trade, source, category, n in CHAINS:
    used = set()
    for k in range(n):
        if prefix == "BUSD":
            name, no = pattern.format(school=SCHOOLS[k]), f"{prefix}-{SCHOOLS[k][:3].upper()}"
        else:
            num = f.r.randrange(5, 9999 if "{n:04d}" in pattern else 400)
            while num in used:
                num = f.r.randrange(5, 9999 if "{n:04d}" in pattern else 400)
            used.add(num)
            name, no = pattern.format(n=num), f"{prefix}-{num:0{5 if '04d' in pattern else 3}d}"
        rows.append({"no": no, "name": name, "parent": parent, "trade": trade, "source": source, "cat": category})
don_numbers = f.r.sample(range(1, 1400), len(OTHERS))
for k, name in enumerate(OTHERS):
    rows.append({"no": "FOODDRIVE" if name == "Monthly Food Drives" else f"DON{don_numbers[k]:04d}",
                 "name": name, "parent": "", "trade": f.pick(["OTHER", "DISTRIB", "MFGR", "RETAILER", ""]),
                 "source": f.pick(["LOCAL", "LOCAL", "A2H NATL", "FOODDRIVE", "AFFILIATE"]),
                 "cat": f.pick(["MISCELLANY", "PRODUCE", "PREPARED", "FOODDRIVE", "RETAILWHSL"])})
# a second account under the same name at another address (the original has several)
rows.append(dict(rows[-3], no=f"DON{f.r.randrange(1400, 1500):04d}"))
rows.append(dict(rows[-12], no=f"DON{f.r.randrange(1500, 1600):04d}"))
rows.sort(key=lambda r: r["no"])
assert len({r["no"] for r in rows}) == len(rows)

out = []
for i, r in enumerate(rows):
    addr, city, state, zipc = place()
    county = "SAN DIEGO"
    if r["trade"] == "MFGR" and f.chance(0.5):
        city, state, zipc = f.pick(OUT_OF_STATE)
        county = ""
    if state == "CA" and f.chance(0.02):
        state = "ca"
    if f.chance(0.02):
        addr = city = state = zipc = ""
    has_contact = f.chance(0.55) or r["no"] == "FOODDRIVE"
    c = contact() if has_contact else ""
    if r["no"] == "FOODDRIVE":
        c, addr, city = "Volunteer department", "9477 Harbor Gate Street Ste 100", ""
    ph = phone() if (has_contact and f.chance(0.8)) or f.chance(0.15) else ""
    local = (c.split()[0].lower() if c and c.split()[0].isalpha() else "team" + str(i))
    email = f.email(local + str(i)) if has_contact and f.chance(0.55) else ""
    last = None if f.chance(0.16) else f.pick([datetime.datetime(2020, 4, 5)] * 3 + [
        datetime.datetime.combine(f.date(datetime.date(2017, 1, 1), datetime.date(2025, 3, 31)), datetime.time())])
    geo = f.pick(["NC", "S", "C", "NI", "", ""]) if county else ""
    fed = f.pick(["49", "50", "51", "52", ""]) if county else ""
    st = f.pick(["76", "77", "78", "80", ""]) if fed else ""
    out.append([r["no"], r["name"], addr, city, state, zipc, c, ph, f.pick(["", "", "", "", "", "", "204", "x2"]) if ph and f.chance(0.08) else "",
                "", email, last, r["parent"], "9477" if r["no"].startswith("DON") and f.chance(0.5) else "OM",
                r["trade"], r["source"], r["cat"], county, None, None, " ", geo, "", fed, st])
out[17][9] = "555-0142\n"                                   # a fax number with a line break

wb = workbook()
ws = wb.active
ws.title = "Donors"
cf = CachedFormulas()
for j, h in enumerate(HEAD, 1):
    ws.cell(1, j, h).font = Font(bold=True)
for i, row in enumerate(out, 2):
    for j, v in enumerate(row, 1):
        col = ws.cell(i, j).column_letter
        if j in (19, 20):
            cf.formula(ws, f"{col}{i}", "=FALSE()", 0)
        elif j == 12:
            if v is not None:
                ws.cell(i, j, v).number_format = "mm-dd-yy"
        else:
            ws.cell(i, j, v)
            ws.cell(i, j).number_format = "@"
last_row = len(out) + 1
t = Table(displayName="Table1", ref=f"A1:Y{last_row}")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)
ws.freeze_panes = "A2"
for j, w in enumerate([11, 40, 30, 14, 7, 10, 26, 16, 15, 12, 34, 18, 18, 15, 30, 25, 27, 18, 19, 11, 10, 28, 25, 25, 23], 1):
    ws.column_dimensions[ws.cell(1, j).column_letter].width = w
cf.save(wb, "donors-en-us-foodbankerp.xlsx")
print(len(out))
for r in out[:3] + [o for o in out if o[0] == "FOODDRIVE"] + out[100:103] + out[200:202]:
    print(r[:12])
names = [o[1] for o in out]
print([n for n in set(names) if names.count(n) > 1])
