"""
Shape of olivier-arnolds/eclektik-crm "All Accounts_Dynamics_final.xlsx" (commit
07a1077e60b179b4412af75b6965b09443b8ea4e): a Dutch people-analytics consultancy's Microsoft
Dynamics 365 "Export to Excel" of its accounts, one sales owner, English field labels.

- Sheet "All Accounts": an Excel table (Table1, TableStyleMedium2) over A1:U173, header in row 1:
  (Do Not Modify) Account / (Do Not Modify) Row Checksum / (Do Not Modify) Modified On (the three
  hidden, width 0: GUID, base64 checksum, date-time m/d/yy h:mm) / Account Name / Main Phone /
  Address 1: City / Primary Contact / Email (Primary Contact) (Contact) / Status / Website /
  Number of Employees / Annual Revenue / Owner / Address 1: Street 1 / Street 2 / Street 3 /
  Address 1: ZIP/Postal Code / Description / Email / Industry / Parent Account. Dynamics' data
  validations (text lengths, lookups, date) on every column.
- A very hidden sheet "hiddenSheet": the entity token with the column map in A1, the Status
  options (Active, Inactive) in row 2, the Industry option list in row 3.
- 172 accounts sorted by name: two "* " rows first (the firm itself, a "* FRIENDS" bucket),
  international companies, a run of "Nimbus <COUNTRY>" accounts (a vendor's country units) that hold only a name, 28
  partners written "P2P | <name>". Owner the same person on every row; Status Active except two.
- Mess: about half the accounts have a phone, in every country's spelling (+44 (0)20 …, 1.973…,
  a trailing full stop, 087 … local); the city column with "Natick,"-like commas or a state; ZIP
  holding a state ("IL 60606"), a country prefix ("CH-8050"), a city ("Zürich") or a street
  number; Street 2 sometimes holds the street while Street 1 is empty, or a PO box; the primary
  contact and its e-mail on 76 rows; the account's own Email on only 4; Description with
  dated notes ("12032026: Update request …"), pasted company blurbs, links, line breaks;
  Parent Account naming another account of the list (one parent twice).
Values invented.
"""
import base64
import datetime
import uuid

from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("accounts-en-nl-dynamics")
r = f.r

HEADERS = ["(Do Not Modify) Account", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
           "Account Name", "Main Phone", "Address 1: City", "Primary Contact", "Email (Primary Contact) (Contact)",
           "Status", "Website", "Number of Employees", "Annual Revenue", "Owner", "Address 1: Street 1",
           "Address 1: Street 2", "Address 1: Street 3", "Address 1: ZIP/Postal Code", "Description", "Email",
           "Industry", "Parent Account"]
INDUSTRIES = ["Accounting", "Agriculture and Non-petrol Natural Resource Extraction",
              "Broadcasting Printing and Publishing", "Brokers", "Building Supply Retail", "Business Services",
              "Consulting", "Consumer Services", "Design, Direction and Creative Management",
              "Distributors, Dispatchers and Processors", "Doctor's Offices and Clinics", "Durable Manufacturing",
              "Eating and Drinking Places", "Entertainment Retail", "Equipment Rental and Leasing", "Financial",
              "Food and Tobacco Processing", "Inbound Capital Intensive Processing", "Inbound Repair and Services",
              "Insurance", "Legal Services", "Non-Durable Merchandise Retail", "Outbound Consumer Service",
              "Petrochemical Extraction and Distribution", "Service Retail", "SIG Affiliations", "Social Services",
              "Special Outbound Trade Contractors", "Specialty Realty", "Transportation",
              "Utility Creation and Distribution", "Vehicle Retail", "Wholesale"]
USED_INDUSTRIES = ["Financial"] * 9 + ["Business Services"] * 6 + ["Durable Manufacturing"] * 2 + \
    ["Design, Direction and Creative Management"] * 2 + ["Food and Tobacco Processing"] * 2 + ["Service Retail"]
OWNER = "Pieter van Asselt"

# country: (cities, phone makers, zip makers, streets)
def n(k):
    return "".join(str(r.randrange(10)) for _ in range(k))


PLACES = {
    "uk": (["London"] * 6 + ["Bolton", "Walsall", "Hook", "Newcastle-upon-Tyne", "Bexhill-on-Sea", "Hammersmith"],
           [lambda: f"+44 20 7946 0{n(3)}", lambda: f"+44 (0)20 7946 0{n(3)}", lambda: f"+44 (0) 1632 960{n(3)}",
            lambda: f"+44 1632 960{n(3)}"],
           [lambda: f"{r.choice(['EC2V', 'SW1P', 'W1F', 'EC4M', 'WC2N', 'NE28', 'RG27', 'BL1'])} {n(1)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTU')}"],
           ["Kingsgate House", "14 Fenwick Street", "The Old Foundry", "22 Marlow Square", "Albion Court",
            "3 Cobbler's Yard", "Greyfriars House, 8 Tanner Lane", "61 Ashcombe Road"]),
    "nl": (["Amsterdam", "Amsterdam", "Utrecht", "Zeist", "Hoofddorp", "Schiphol", "Venlo", "Papendrecht", "Amstelveen"],
           [lambda: f"+31 20 555 {n(4)}", lambda: f"+31 30 555 {n(4)}", lambda: f"06555{n(5)}"],
           [lambda: f"{r.randrange(1000, 9999)} {r.choice('ABCDEGHJKL')}{r.choice('ABDEKLNRSTX')}"],
           ["Keizersgracht 412", "Zuidplein 88", "Stationsweg 17", "Industrieweg 5", "Laan van Vollenhove 31",
            "Prinsengracht 655", "Taurusweg 16E"]),
    "ch": (["Zurich", "Zurich", "Zürich", "Basel", "Basel", "Zug", "Zug", "Vevey", "Grenchen", "Stans", "Vernier", "Baar"],
           [lambda: f"+41 44 555 {n(2)} {n(2)}", lambda: f"+41 61 555 {n(2)} {n(2)}", lambda: f"+41 79 555 {n(4)}"],
           [lambda: str(r.randrange(1000, 9700)), lambda: f"CH-{r.randrange(1000, 9700)}"],
           ["Bahnhofstrasse 71", "Seestrasse 12", "Rosentalstr. 41", "Gotthardweg 3", "Mühlegasse 20",
            "Hochbergerstrasse 9"]),
    "us": (["New York", "New York, ", "Chicago", "Boston", "Irvine", "San Francisco", "Natick,", "Houston", "Texas",
            "Atlanta", "Santa Rosa", "Charlotte", "Tempe", "Secaucus", "Fort Lee", "Long Beach", "Dallas"],
           [lambda: f"+1 (212) 555-01{n(2)}", lambda: f"+1 312-555-01{n(2)}", lambda: f"+1 617.555.01{n(2)}",
            lambda: f"1.973.555.01{n(2)}", lambda: f"1 (800) 555-01{n(2)}", lambda: f"+1 508 555-01{n(2)}.",
            lambda: f"855-555-01{n(2)}", lambda: f"+1 (917) 555 - 01{n(2)}"],
           [lambda: n(5), lambda: f"{r.choice(['NY', 'IL', 'MA', 'CA', 'NJ', 'TN', 'GA', 'NC'])} {n(5)}",
            lambda: f"{n(5)}-{n(4)}", lambda: "0" + n(4)],
           ["500 Harbor Plaza Drive", "1 Vision Way", "75 Varick St., 5th Floor", "2115 Linden Avenue",
            "4800 Deerfield Campus Parkway, Bldg 800", "650 Center Drive", "17800 Canyon Rd Suite 300",
            "120 4th St. SW", "One National Drive SW", "200 Elm Street"]),
    "ie": (["Dublin", "Dublin 4"], [lambda: f"+353 1 555 {n(4)}", lambda: f"+353.1.555.{n(4)}"],
           [lambda: f"D0{r.randrange(1, 9)} {r.choice('EFKX')}{n(1)}{r.choice('PWY')}{n(1)}", lambda: "14"],
           ["Waterside House", "Classon House Dundrum Business Park Dundrum", "Lakeview Drive 70/175"]),
    "za": (["Johannesburg", "Sandton", "Cape Town", "Riverglen, Midrand", "Parow East"],
           [lambda: f"087 555 {n(4)}", lambda: f"+27 21 555 {n(4)}", lambda: f"+27 11555{n(4)}"],
           [lambda: str(r.randrange(1000, 8000)), lambda: f"Gauteng {r.randrange(2000, 2200)}"],
           ["4 Merchant Place", "36 Stellenberg Road Parow Industria", "1 Telkom Lane"]),
    "de": (["München", "Munich", "Frankfurt am Main", "Essen", "Muenster"],
           [lambda: f"+49 251 555{n(3)}", lambda: f"+49 69 555 {n(4)}"],
           [lambda: n(5), lambda: f"D-{n(5)}"],
           ["Theresienstrasse 6", "Gräfstraße 99", "Seidlstrasse 24-24a", "Industrieweg 43"]),
    "other": (["Vienna", "Paris", "Barcelona", "Oslo", "Athens", "Brussel", "Dubai", "Stockholm", "Humlebaek",
               "Minato City", "Edmonton", "Huechuraba"],
              [lambda: f"+43 50 555 {n(1)}", lambda: f"+33 1555{n(5)}", lambda: f"+34 932 55{n(4)}",
               lambda: f"+47 2 255{n(5)}", lambda: f"+971 4 555 {n(4)}", lambda: f"+81-3-5555-{n(4)}"],
              [lambda: n(5), lambda: f"A-{n(4)}", lambda: f"NO-0{n(3)}", lambda: f"DK-{n(4)}", lambda: f"{n(3)}-{n(4)}"],
              ["Avenue des Lilas 21", "Drammensveien 140", "Ronda del Mar 151", "Tower 2, 9th Floor, Harbour Centre",
               "Cylindervägen 12", "Korai Square 7"]),
}
COUNTRY_WEIGHTS = ["uk"] * 24 + ["nl"] * 14 + ["ch"] * 18 + ["us"] * 34 + ["ie"] * 4 + ["za"] * 5 + ["de"] * 6 + \
    ["other"] * 14

STEMS = ["Arlington", "Brevik", "Calder", "Dornach", "Eastgate", "Fennick", "Galloway", "Harwell", "Ivel", "Juniper",
         "Kestrel", "Lindqvist", "Marlowe", "Northcote", "Oakridge", "Pellham", "Quarry", "Rosewood", "Stellan",
         "Thornbury", "Ulvik", "Vantor", "Westbury", "Yarrow", "Zephyr", "Alder", "Bramwell", "Corvin", "Delmar",
         "Elmstead", "Fairhaven", "Glenmoor", "Halden", "Islay", "Jarrow", "Kingsley", "Lowther", "Merrion", "Norland",
         "Orwell", "Penrose", "Redcliffe", "Sandvale", "Tamsin", "Upland", "Varden", "Whitlock", "Alvaro", "Brightwater",
         "Carrington", "Dunmore", "Everton", "Falkirk", "Greystone", "Hawthorne", "Ironbridge", "Kelvin", "Larchmont",
         "Millbrook", "Newhaven", "Oldfield", "Pinecrest", "Ravensworth", "Silverton", "Tidewater", "Valemont",
         "Wexford", "Ashdown", "Brookfield", "Coldwell", "Drayton", "Emberly", "Foxley", "Gilmore", "Hollins"]
KINDS = ["Group", "Holding", "AG", "plc", "Inc.", "Bank", "Insurance", "Pharma", "Health System", "Ltd", "N.V.", "ASA",
         "LLC", "Foods", "Logistics", "Capital", "Technologies", "Retail Group", "Credit Union", "Energy", "Medical Center",
         "Partners", "Brands", "Electric Company LLC", "Pharmaceuticals", "Software", "Sports Group", "SE", "Airlines",
         "Payments", "University", "Mining", "Distributing Company"]
COUNTRIES_MS = ["APAC", "BELGIUM", "Corp", "DENMARK", "FRANCE", "GERMANY", "ITALY", "NETHERLANDS", "NORWAY",
                "SOUTH AFRICA", "SWITZERLAND", "UAE", "UK", "USA"]
PARTNER_NAMES = ["Avantix", "Bluefield Consulting", "Brightlane", "Castell & Roe", "Cloud Assist", "Corriva",
                 "DJRT", "Elmwood Advisory", "Fieldwise", "HRizen", "Ingleby Micro", "INSYNQ", "Kivara", "KMPR",
                 "KPMR", "Larkspur", "Macra", "NTD DATA UK&I", "Perceptiq", "PwK Netherlands", "PwK Switzerland",
                 "Softlane One", "Sparq", "Sulvano", "Tilburg Centre for Organisational Data Analytics (TCODA)",
                 "VSLX", "Work Vivid", "Ynora"]
FIRST = ["Martina", "Nevra", "Clara", "Dana", "Laurie", "Lynn", "Jana", "Ramona", "Adrian", "Marie", "Sean", "Morten",
         "Dawn", "Svetlana", "Lucie", "Jenny", "Emile", "Kieran", "Denise", "Joshua", "Simon", "Tiffany", "Sophie",
         "Rehana", "Tony", "Melanie", "Esther", "Kim", "Angela", "Trisha", "Devon", "Aditi", "Melissa", "Natasha",
         "Wrynn", "Ros", "Kari", "Daniella", "Derek", "Yolandie", "Kyle", "Stephen", "Jan", "Endel", "Frank", "Whitney"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ingram", "Jessop",
        "Kettering", "Lockhart", "Merriweather", "Northam", "Oakes", "Pemberton", "Quill", "Radcliffe", "Stannard",
        "Thackeray", "Underhill", "Vance", "Whitcombe", "Yardley", "van Dijkhuis", "de Roover", "Krügel", "Staudt-Braun",
        "Oenal", "Petrovic Laubner", "Arrieta Quelart", "Janeczki", "MacNeil Sarver"]
BLURBS = ["{n} is a leading provider of specialty ingredients with operations in more than 40 countries.",
          "Competition\nhttps://www.example.com/people-analytics",
          "Looking to intro you to {n}, looking for Pulse surveys in Q3.",
          "Hi, nice to e-meet you as well. {n} initiated discussions about a listening strategy.",
          "We have been using the survey platform for three years and are reviewing the renewal.",
          "Chemical Manufacturing",
          "https://www.example.org/en/change-as-a-service/",
          "HRIS Partner",
          "{n} would like to meet with the team to discuss onboarding analytics.",
          "{n}.com is the digital home of {n} PLC, a global events and publishing group.",
          "coffee and tea company. {n} is the world's largest pure-play coffee and tea company by revenue.",
          "{n}/Contact via Kirk Jessop <kirk.jessop@example.net>"]

used = set()


def company():
    while True:
        name = f"{r.choice(STEMS)} {r.choice(KINDS)}"
        if r.random() < 0.12:
            name = name.lower() if r.random() < 0.3 else name.split()[0] + " " + name.split()[1].lower()
        if r.random() < 0.06:
            name = f"{name} ({''.join(w[0] for w in name.split() if w[0].isalpha()).upper()})"
        if name.lower() not in used:
            used.add(name.lower())
            return name


def person():
    fn, ln = r.choice(FIRST), r.choice(LAST)
    if r.random() < 0.03:
        return f"{ln.upper()} {fn}", fn, ln
    return f"{fn} {ln}", fn, ln


def mail_of(fn, ln, name):
    local = f"{fn}.{ln}".replace(" ", "").lower()
    if r.random() < 0.15:
        local = f"{fn}.{ln}".replace(" ", "")
    return f"{local}@example.{r.choice(['com', 'org', 'net'])}"


def stamp():
    d = datetime.datetime(2025, 4, 1) + datetime.timedelta(seconds=r.randrange(0, 330 * 86400))
    return d.replace(microsecond=0)


def full_row(name, fixed=None):
    fixed = fixed or {}
    ctry = fixed.get("ctry") or r.choice(COUNTRY_WEIGHTS)
    cities, phones, zips, streets = PLACES[ctry]
    row = {"name": name, "status": "Active"}
    rich = r.random()
    if r.random() < 0.74:
        row["city"] = r.choice(cities)
    if "city" in row and r.random() < 0.62:
        row["phone"] = r.choice(phones)()
    if r.random() < 0.73:
        row["web"] = f"https://{''.join(c for c in name.split()[0].lower() if c.isalnum())}.example.{r.choice(['com', 'org', 'net'])}" + r.choice(["", "/", "/en", "/group/en"])
    if rich < 0.58:
        p, fn, ln = person()
        row["contact"], row["cmail"] = p, mail_of(fn, ln, name)
    if r.random() < 0.6:
        row["emp"] = r.choice([3000, 40000, 10000, 5000, 250, 1200, 17000, 850, 62000, 430, 9000, 2400, 120000])
        if r.random() < 0.5:
            row["emp"] += r.randrange(1, 999)
    if r.random() < 0.48:
        row["rev"] = r.choice([138000000, 2000000000, 2670000000, 1200000000, 5400000000, 45000000, 870000000])
        if r.random() < 0.7:
            row["rev"] = r.randrange(20, 9000) * 1000000
    if "city" in row and r.random() < 0.88:
        st = r.choice(streets)
        if r.random() < 0.05:
            row["s2"] = st
        else:
            row["s1"] = st
            if r.random() < 0.2:
                row["s2"] = r.choice(["Suite 2700", "3rd Floor", "Postbus 43", "P.O. Box 8027", "Business Park",
                                      "MS #2002", "Flanders Road", "8th Floor"])
                if r.random() < 0.15:
                    row["s3"] = r.choice(["Turnham Green", "Bartley Way", "Swords, Co."])
        if r.random() < 0.9:
            row["zip"] = r.choice(zips)()
    row.update({k: v for k, v in fixed.items() if k != "ctry"})
    return row


rows = []
rows.append({"name": "* Veldwerk", "phone": "06555" + n(5), "city": "Haarlem", "status": "Active",
             "web": "https://veldwerk.example.com", "s1": "Spaarnwouderstraat 4", "zip": "2011 DE"})
rows.append({"name": "* FRIENDS", "status": "Active"})

# records checked by the label
FIXED = [
    full_row("Harwell Insurance Group", {"ctry": "uk", "phone": "+44 (0)20 7946 0318", "city": "London",
                                         "contact": "Sophie Lockhart", "cmail": "sophie.lockhart@example.com",
                                         "s1": "10 Paternoster Row", "s2": None, "s3": None, "zip": "EC4M 7LS",
                                         "industry": "Financial",
                                         "desc": "27022026 Call with Sophie - survey prep"}),
    full_row("Kestrel Foods", {"ctry": "ch", "phone": "+41 21 555 11 11", "city": "Vevey",
                               "contact": "Melanie Krügel", "cmail": "melanie.krugel@example.org",
                               "s1": "Avenue des Alpes 55", "s2": None, "s3": None, "zip": "1800",
                               "industry": "Food and Tobacco Processing",
                               "desc": "12032026: Update request Melanie"}),
    full_row("Brightwater Credit Union", {"ctry": "us", "phone": "1 (800) 555-0142", "city": "Santa Rosa",
                                          "contact": "Wrynn Vance", "cmail": "wrynn.vance@example.net",
                                          "s1": "3033 Cleveland Avenue", "s2": None, "s3": None, "zip": "95403"}),
    full_row("Dornach Pharmaceuticals", {"ctry": "ie", "phone": "+353.1.555.7800", "city": "Dublin 4",
                                         "contact": "Simon Pemberton", "cmail": "simon.pemberton@example.com",
                                         "s1": "Waterside House", "s2": "Waterloo Road", "s3": None, "zip": "D04 E5W7"}),
    full_row("Sandvale Retail Group", {"ctry": "za", "phone": "+27 21 555 4800", "city": "Cape Town",
                                      "contact": "Melissa de Roover", "cmail": "melissa.deroover@example.org",
                                      "s1": "36 Stellenberg Road Parow Industria", "s2": None, "s3": None, "zip": "7493",
                                      "industry": "Service Retail", "parent": "Sandvale core group"}),
    full_row("Sandvale core group", {"ctry": "za", "phone": "+27 21955 4800", "city": "Parow East", "contact": None,
                                    "cmail": None, "s1": "36 Stellenberg Road Parow Industria", "s2": None,
                                    "s3": None, "zip": "7493"}),
    full_row("Ranstede Holding", {"ctry": "nl", "status": "Inactive", "city": None, "phone": None, "contact": None,
                                   "cmail": None, "s1": None, "s2": None, "s3": None, "zip": None, "web": None,
                                   "emp": None, "rev": None}),
]
for x in FIXED:
    used.add(x["name"].lower())
rows += FIXED

for c in COUNTRIES_MS:
    nm = f"Nimbus {c}"
    used.add(nm.lower())
    if c == "Corp":
        rows.append(full_row(nm, {"ctry": "us", "city": "Redmond", "s1": "One nimbus way", "zip": "98052",
                                  "contact": None, "cmail": None, "phone": None}))
    elif c == "NETHERLANDS":
        rows.append(full_row(nm, {"ctry": "nl", "city": "Schiphol", "s1": "Evert van de Beekstraat 354",
                                  "zip": "1118 CZ", "phone": None, "web": None}))
    elif c == "SOUTH AFRICA":
        rows.append({"name": nm, "status": "Active", "city": "Johannesburg", "s1": "3012 Winnie Mandela Drive",
                     "zip": "2191"})
    else:
        rows.append({"name": nm, "status": "Active"})

for p in PARTNER_NAMES:
    nm = f"P2P | {p}"
    used.add(nm.lower())
    if r.random() < 0.3:
        x = full_row(nm)
        x.pop("emp", None), x.pop("rev", None)
        if r.random() < 0.5:
            x.pop("contact", None), x.pop("cmail", None)
        if r.random() < 0.2:
            x["desc"] = "HRIS Partner"
        rows.append(x)
    else:
        rows.append({"name": nm, "status": "Active"})

while len(rows) < 171:
    rows.append(full_row(company()))
rows.append({"name": "Ulvik Mining ASA", "status": "Inactive"})
used.add("ulvik mining asa")

# parents: a subsidiary names another account of the list (one parent twice)
plain = [x for x in rows if not x["name"].startswith(("*", "P2P", "Nimbus")) and x not in FIXED]
parents = r.sample(plain, 5)
kids = [x for x in plain if x not in parents]
r.shuffle(kids)
for i, par in enumerate(parents + [parents[0]]):
    kids[i]["parent"] = par["name"]
# industries on 22 rows, descriptions on 16, account e-mail on 4
have = sum(1 for x in rows if x.get("industry"))
for x, ind in zip(r.sample(plain, 22 - have), USED_INDUSTRIES):
    x["industry"] = ind
have = sum(1 for x in rows if x.get("desc"))
for x in r.sample([x for x in plain if not x.get("desc")], 16 - have):
    x["desc"] = r.choice(BLURBS).format(n=x["name"].split(" (")[0])
for x in r.sample(plain, 4):
    fn, ln = r.choice(FIRST), r.choice(LAST)
    x["email"] = mail_of(fn, ln, x["name"])

rows.sort(key=lambda x: (not x["name"].startswith("*"), x["name"].lower()))
assert len(rows) == 172, len(rows)

wb = workbook()
ws = wb.active
ws.title = "All Accounts"
ws.append(HEADERS)
KEYS = [None, None, None, "name", "phone", "city", "contact", "cmail", "status", "web", "emp", "rev", None, "s1", "s2",
        "s3", "zip", "desc", "email", "industry", "parent"]
for i, x in enumerate(rows, start=2):
    g = str(uuid.UUID(int=r.getrandbits(128)))
    ws.cell(i, 1, f"{g[:8]}-{g[9:13]}-f011-{g[19:23]}-{r.choice(['000d3ab3baa2', '000d3ab80931', '002248a07c67'])}")
    ws.cell(i, 2, base64.b64encode(r.randbytes(30)).decode()[:40])
    ws.cell(i, 3, stamp()).number_format = "m/d/yy h:mm"
    ws.cell(i, 13, OWNER)
    for j, k in enumerate(KEYS, start=1):
        if k and x.get(k) not in (None, ""):
            ws.cell(i, j, x[k])
    for j in (2, 4, 9):
        ws.cell(i, j).number_format = "@"

widths = [0, 0, 0, 28, 13, 13, 13, 28, 28, 28, 28, 28, 28, 28, 13, 13, 13, 13, 28, 28, 13]
for j, w in enumerate(widths, start=1):
    cd = ws.column_dimensions[ws.cell(1, j).column_letter]
    cd.width = w
    if w == 0:
        cd.hidden = True

last = len(rows) + 1
t = Table(displayName="Table1", ref=f"A1:U{last}")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)


def dv(ref, kind, op=None, f1=None, blank=True, title="Text", prompt=None, etitle=None, err=None):
    v = DataValidation(type=kind, operator=op, formula1=f1, allow_blank=blank, showInputMessage=True,
                       showErrorMessage=True, promptTitle=title, prompt=prompt, errorTitle=etitle, error=err)
    for part in ref.split():
        v.add(part)
    ws.add_data_validation(v)


def text_len(ref, mx, required=False, label=None):
    dv(ref, "textLength", "lessThanOrEqual", str(mx), not required, "Text (required)" if required else "Text",
       f"Maximum Length: {mx} characters.", "Length Exceeded",
       f"This value must be less than or equal to {mx} characters long.")


END = "1048576"
dv(f"C2:C{END}", "date", "greaterThanOrEqual", "1", True, "Date and time", " ", "Invalid Date",
   "(Do Not Modify) Modified On must be in the correct date and time format.")
text_len(f"D2:D{END}", 160, True)
text_len(f"E2:E{END}", 50)
text_len(f"F2:F{END}", 80)
dv(f"G2:G{END}", None, None, None, True, "Lookup",
   "This Primary Contact record must already exist in Microsoft Dynamics 365 or in this source file.")
text_len(f"H2:H{END} S2:S{END}", 100)
dv(f"I2:I{END}", "list", None, "hiddenSheet!$A$2:$B$2", False, "Option set (required)",
   "Select a value from the drop-down list.", "List Value", "You must select a value from the drop-down list.")
text_len(f"J2:J{END}", 200)
dv(f"K2:K{END}", "decimal", "between", "0", True, "Whole number",
   "Minimum Value: 0.\r\nMaximum Value: 1000000000.\r\n  ", "Value beyond range",
   "Number of Employees must be a whole number from 0 through 1000000000.")
ws.data_validations.dataValidation[-1].formula2 = "1000000000"
dv(f"L2:L{END}", "decimal", "between", "0", True, "Decimal number",
   "Minimum Value: 0.\r\nMaximum Value: 100000000000000.\r\n  ", "Value beyond range",
   "Annual Revenue must be a number from 0 through 100000000000000.")
ws.data_validations.dataValidation[-1].formula2 = "100000000000000"
dv(f"M2:M{END}", None, None, None, False, "Lookup (required)",
   "This Owner record must already exist in Microsoft Dynamics 365 or in this source file.")
text_len(f"N2:P{END}", 250)
text_len(f"Q2:Q{END}", 20)
text_len(f"R2:R{END}", 2000)
dv(f"T2:T{END}", "list", None, "hiddenSheet!$A$3:$AG$3", True, "Option set",
   "Select a value from the drop-down list.", "List Value", "You must select a value from the drop-down list.")
dv(f"U2:U{END}", None, None, None, True, "Lookup",
   "This Parent Account record must already exist in Microsoft Dynamics 365 or in this source file.")
for c in ws["R"][1:]:
    c.alignment = Alignment(wrap_text=None)

hs = wb.create_sheet("hiddenSheet")
colmap = ("accountid=%28Do%20Not%20Modify%29%20Account&checksumLogicalName=%28Do%20Not%20Modify%29%20Row%20Checksum"
          "&modifiedon=%28Do%20Not%20Modify%29%20Modified%20On&name=Account%20Name&telephone1=Main%20Phone"
          "&address1_city=Address%201%3a%20City&primarycontactid=Primary%20Contact"
          "&9c1d2e3f-0000-4000-8000-00000000a1b2.emailaddress1=Email%20%28Primary%20Contact%29%20%28Contact%29"
          "&statecode=Status&websiteurl=Website&numberofemployees=Number%20of%20Employees&revenue=Annual%20Revenue"
          "&ownerid=Owner&address1_line1=Address%201%3a%20Street%201&address1_line2=Address%201%3a%20Street%202"
          "&address1_line3=Address%201%3a%20Street%203&address1_postalcode=Address%201%3a%20ZIP%2fPostal%20Code"
          "&description=Description&emailaddress1=Email&industrycode=Industry&parentaccountid=Parent%20Account")
hs["A1"] = "account:" + base64.b64encode(r.randbytes(64)).decode() + ":" + colmap
hs["A2"], hs["B2"] = "Active", "Inactive"
for j, ind in enumerate(INDUSTRIES, start=1):
    hs.cell(3, j, ind)
hs.sheet_state = "veryHidden"

save(wb, "accounts-en-nl-dynamics.xlsx")
