"""
Shape of Kody-Belisle/Diagnostic-Report-Generator "Customer List.csv": the customer list of a US
livestock diagnostic lab (goat, sheep and horse blood tests sent in by mail), saved from Excel as a
plain UTF-8 CSV (LF line ends, no BOM) for the lab's report generator.

- Header Company Name / Name / Address / City / State / Zip / Email address / Phone number,
  2,475 rows, no title.
- Company Name is the farm, ranch, herd, 4-H club or vet clinic; for a private owner it repeats
  the person's name (three in five rows), sometimes with a trailing or doubled space that Name has
  not. Name is the person who sends the samples; empty on some vet clinics.
- Sorted by zip code; Excel dropped the leading zero of New England zips (1033, 4-digit). After the
  sorted block a few rows without zip (some without any address), then rows appended later out of
  order.
- A farm sent in by two people (two rows, same company, two names and e-mails); a few private owners
  typed twice (once with a lower-case town or a trailing space); two namesakes in different states.
- Phones in many spellings: 999-999-9999, (999) 999-9999, (999)999-9999, 999 999 9999, a digit too
  many, no area code, a (1999) area code; e-mail empty on some rows; towns with trailing spaces,
  PO boxes.
Values invented.
"""
import csv
import os

from fake import FILES, Fake

f = Fake("customers-en-us-goatlab")

# state, weight, zip range (first three digits), towns
STATES = [
    ("OR", 270, (970, 979), ["Scio", "Sweet Home", "Yamhill", "Redmond", "Wasco", "Lebanon", "Molalla", "Sheridan", "Sisters", "Canby"]),
    ("ID", 238, (832, 838), ["Caldwell", "Nampa", "Emmett", "Middleton", "Kuna", "Parma", "Rupert", "Rigby", "Weiser", "Marsing"]),
    ("CA", 150, (932, 961), ["Oakland", "Petaluma", "Ramona", "Oroville", "Hanford", "Paso Robles", "Ukiah", "Lodi"]),
    ("WA", 116, (980, 994), ["Yelm", "Ellensburg", "Chehalis", "Ferndale", "Colville", "Othello"]),
    ("TX", 108, (750, 799), ["Livingston", "Stephenville", "Decatur", "Bastrop", "Lampasas", "Hondo"]),
    ("OH", 103, (430, 458), ["Sterling", "Wooster", "Gallipolis", "Ashland", "Marysville"]),
    ("MI", 102, (480, 499), ["Hastings", "Clare", "Ionia", "Lapeer", "Allegan"]),
    ("AZ", 94, (850, 865), ["Prescott Valley", "Snowflake", "Benson", "White Mountain Lake", "Queen Creek"]),
    ("IN", 81, (460, 479), ["Whiteland", "Scottsburg", "LaPorte", "Richmond", "Rochester"]),
    ("FL", 70, (320, 349), ["Ocala", "Brooksville", "Chiefland", "Okeechobee"]),
    ("MO", 56, (630, 658), ["Lawson", "Lebanon", "Mountain Grove", "Marshfield"]),
    ("MT", 55, (590, 599), ["Stevensville", "Bozeman", "Dillon", "Hamilton"]),
    ("NC", 54, (270, 289), ["Richfield", "Siler City", "Boone", "Lenoir"]),
    ("MN", 54, (550, 567), ["Belle Plaine", "Pine City", "Cokato"]),
    ("NY", 53, (120, 149), ["Conesus", "Delhi", "Cobleskill", "Penn Yan"]),
    ("PA", 51, (150, 196), ["Butler", "Kutztown", "Honesdale", "Mifflinburg"]),
    ("TN", 49, (370, 385), ["Cumberland Furnace", "Lewisburg", "Sparta"]),
    ("GA", 45, (300, 319), ["Madison", "Cleveland", "Jefferson"]),
    ("WV", 40, (247, 268), ["Letart", "Mt. Alto", "Gallipolis Ferry", "Ripley"]),
    ("AL", 39, (350, 369), ["Boaz", "Cullman", "Arab"]),
    ("UT", 33, (840, 847), ["Virgin", "Tooele", "Richfield"]),
    ("ME", 32, (39, 49), ["Westbrook", "Augusta", "Livermore", "Unity"]),
    ("OK", 32, (730, 749), ["Guthrie", "Wynnewood", "Tahlequah"]),
    ("NV", 23, (889, 898), ["Sparks", "Reno", "Carson City", "Fallon"]),
    ("SC", 23, (290, 299), ["Ridge Springs", "Darlington", "Pickens"]),
    ("MA", 27, (10, 27), ["Granby", "Hadley", "Hampden", "Hatfield", "Monson", "Concord", "Mendon", "Boxford"]),
    ("VT", 12, (50, 59), ["Randolph", "Middlebury", "Newport"]),
    ("NH", 12, (30, 38), ["Goshen", "Epsom", "Lee"]),
    ("CT", 18, (60, 69), ["Lebanon", "Goshen", "Woodstock"]),
    ("ND", 14, (580, 588), ["Max", "Minot", "Mandan"]),
    ("AK", 28, (995, 999), ["Palmer", "Wasilla", "Delta Junction"]),
    ("LA", 27, (700, 714), ["Lake Charles", "Ponchatoula", "Ville Platte"]),
    ("CO", 30, (800, 816), ["Hotchkiss", "Elizabeth", "Fruita"]),
    ("KY", 25, (400, 427), ["Bardstown", "Morehead"]),
]
STREETS = ["Mountain Rd.", "School St.", "Union St.", "Main St.", "Chapin Rd.", "Moulton Hill Rd.", "Middleton Rd.",
           "Bates St.", "County Road 12", "Hwy 20", "Old Mill Rd", "Ridge Rd", "Sunset Ln", "Cedar Creek Rd",
           "Quarry Rd", "Pleasant Valley Rd", "N 400 E", "Fairview Ave", "Orchard Ln", "Spring Branch Rd",
           "Hollow Rd", "Lone Pine Dr", "Elk Creek Rd", "Meadowlark Ln", "Clover Hill Rd", "State Route 7"]
FIRST = ["Julie", "Jana", "Ann", "Allen", "Laura", "Kaitlyn", "Matthew", "Diane", "Sharon", "Angela", "Katie",
         "Eleanor", "Andrea", "Larry", "Fred", "Justin", "Melissa", "Ginger", "Jennifer", "Dana", "Erin",
         "Theresa", "Amelia", "Jim", "Catherine", "Mary", "Deresa", "Rebecca", "Sandy", "Tori", "Emily", "Pat",
         "Beth", "Carol", "Wendy", "Heidi", "Rachel", "Tom", "Bill", "Susan", "Kelly", "Amber", "Rita", "Lisa",
         "Donna", "Gail", "Becky", "Tammy", "Shelby", "Cody", "Dustin", "Wade", "Hank", "Lorna", "Paula"]
LAST = ["Peterson", "Waldon", "Ortiz-Crow", "Kersten", "Hartwell", "Brandt", "Coleman", "Dietz", "Fenwick",
        "Garrity", "Holm", "Iverson", "Jorgen", "Kimble", "Lund", "Mattox", "Nyberg", "Ostrander", "Pruitt",
        "Quade", "Rasmussen", "Sobel", "Tidwell", "Ulrich", "Vance", "Whitcomb", "Yoder", "Zeller", "Ashby",
        "Birch", "Crandall", "Dunlap", "Eckert", "Farris", "Gable", "Hollis", "Keppler", "Lowry", "McCrea",
        "Norcross", "Pickett", "Redding", "Stroud", "Tolliver", "Voss", "Wendt", "Bauer", "Castle", "Dyer",
        "Abbott", "Barlow", "Cade", "Dorsey", "Ellison", "Fulton", "Grady", "Hadley", "Ingram", "Jessup", "Kirby",
        "Lamb", "Mercer", "Nolan", "Oakley", "Prentice", "Ramsey", "Shipley", "Thorne", "Upton", "Varner",
        "Weller", "Yates", "Ziegler", "Atwood", "Bristow", "Conley", "Draper", "Easley", "Finch", "Goff",
        "Huff", "Irby", "Judd", "Kemp", "Lyle", "Moss", "Nash", "Orr", "Pratt", "Rowe", "Sykes", "Tate"]
FARM_A = ["Ridge Haven", "Lakeview", "Hillside", "Walnut Grove", "Black Oak", "Sweet Clover", "Obsidian Hills",
          "Twisted L", "Rusty Bucket", "Hyalite", "Collins Family", "Lazy Dayz", "T Bar C", "Stoney Meadow",
          "Willow Tree", "Sandy Meadow", "Goat Ridge", "Steam Mill", "Little Creek", "Copper Kettle", "Red Gate",
          "Blue Heron", "Cedar Hollow", "Juniper Flats", "Briar Patch", "Windy Hill", "Lone Elm", "Honey Hill",
          "Painted Sky", "Sage Brush", "Four Corners", "Pine Knoll", "Maple Run", "Golden Acres", "Silver Creek",
          "Misty Valley", "Quail Run", "Thistle Down", "Wild Rose", "Bramble Wood", "Fox Hollow", "Sunny Slope",
          "Bear Creek", "Crooked Fence", "Dancing Doe", "Echo Valley", "Flying W", "Green Pastures", "High Desert",
          "Iron Horse", "Kettle Creek", "Lucky Star", "Mustard Seed", "North Fork", "Old Barn", "Prairie Wind",
          "Rocky Top", "Shady Lane", "Tall Pines", "Twin Oaks", "Valley View", "White Fence", "Yellow Rock",
          "Autumn Ridge", "Berry Patch", "Clear Springs", "Dry Creek", "Eagle Rock", "Fern Gully", "Granite Peak",
          "Hidden Valley", "Indian Creek", "Lost Creek", "Moonlight", "Oak Leaf", "Rolling Hills", "Stony Brook"]
FARM_B = ["Farm", "Farms", "Ranch", "Acres", "Boer Goats", "Nigerians", "Lamanchas", "Nubians", "Angoras",
          "Alpines", "Dairy Goats", "Equine", "Homestead", "Boers", "Fiber Farm", "Creamery", "Goatery", "Herd"]
CLINICS = ["Veterinary Services", "Veterinary Clinic", "Animal Hospital", "Vet Clinic", "Veterinary Center",
           "Large Animal Practice", "Vet. Hosp.", "Veterinary Care PC", "Veterinary Service"]
ORGS = ["4H", "4-H Club", "FFA", "Goat Club"]
MAILS = ["example.com", "example.org", "example.net"]


def mail(local):
    """An address no other customer has: the local part gets a number when it is taken."""
    if local in f._used:
        local = f._unique(lambda: f"{local}{f.r.randrange(2, 99)}")
    f._used.add(local)
    return f"{local}@{f.pick(MAILS)}"


def phone_text(kind=None):
    area = f.r.randrange(201, 990)
    n = f"555-01{f.r.randrange(100):02d}"
    kind = kind if kind is not None else f.r.random()
    if kind < 0.78:
        return f"{area}-{n}"
    if kind < 0.94:
        return f"({area}) {n}"
    odd = [f"({area}){n}", f"{area} {n.replace('-', ' ')}", f"{area} {n}", f"{area}-{n}{f.r.randrange(10)}",
           f"(1{area}) {n}", n, f"{area}.{n.replace('-', '.')}", f"{area}-{n} ", f"{area}-{n.replace('-', '')}",
           f"{area}{n}"]
    return f.pick(odd)


def zip_for(state):
    lo, hi = state[2]
    z = f.r.randrange(lo, hi + 1) * 100 + f.r.randrange(100)
    return z


RESERVED = {"Angela Hollis", "Larry Dunlap", "Laura Voss", "Fred Lowry", "Justin Pickett", "Andrea Gable",
            "Eleanor Redding", "Angela Crandall", "Katie Holm", "Jana Waldon", "Ann Ortiz-Crow", "Allen Kersten",
            "Julie Peterson", "Snow Dyer", "Diane Tidwell", "Ridge Haven Equine", "New Prairie Veterinary Service",
            "Lakeview Lamanchas", "Silver State Industries Dairy", "Montclair 4H", "Vale Vet Clinic", "Goat Grazers"}
f._used.update(RESERVED)


def person():
    first, last = f._unique(lambda: (f.pick(FIRST), f.pick(LAST)))
    if f"{first} {last}" in RESERVED:
        return person()
    return first, last


def farm(last):
    k = f.r.random()
    if k < 0.8:
        return f._unique(lambda: f"{f.pick(FARM_A)} {f.pick(FARM_B)}")
    if k < 0.92:
        return f._unique(lambda: f"{f.pick(LAST)}'s {f.pick(FARM_B)}")
    return f._unique(lambda: f"{f.pick(['K', 'J', 'R', 'T', 'M', 'C', 'D'])} & {f.pick(['K', 'J', 'S', 'B', 'W'])} {f.pick(FARM_B)}")


weights = [s[1] for s in STATES]
rows = []
for i in range(2430):
    st = f.r.choices(STATES, weights)[0]
    first, last = person()
    full = f"{first} {last}"
    town = f.pick(st[3])
    if f.chance(0.05):
        town += " "
    street = f"PO Box {f.r.randrange(10, 9000)}" if f.chance(0.08) else f"{f.r.randrange(1, 9999)} {f.pick(STREETS)}"
    local = (first[0] + last).lower().replace("-", "") + (str(f.r.randrange(1, 99)) if f.chance(0.4) else "")
    email = mail(local) if f.chance(0.99) else ""
    phone = phone_text() if f.chance(0.96) else ""
    k = f.r.random()
    if k < 0.6:
        company = full
        name = full
        if f.chance(0.03):
            company = full + " "
        elif f.chance(0.01):
            name = full.replace(" ", "  ")
    elif k < 0.985:
        company = farm(last)
        name = full
        if f.chance(0.25):
            local = company.split()[0].lower() + company.split()[-1].lower()
            email = mail(local)
    else:
        company = f._unique(lambda: f"{f.pick(st[3])} {f.pick(CLINICS)}")
        name = ""
        email = mail(company.split()[0].lower() + "vet")
    if not street.startswith("PO") and f.chance(0.01):
        street = ""
    rows.append([company, name, street, town, st[0], zip_for(st), email, phone])

# A farm sent in by two people; private owners typed twice; namesakes in two states.
by_state = {s[0]: s for s in STATES}


def add_pair(company, people, state, town, same_street=True, variants=None):
    st = by_state[state]
    z = zip_for(st)
    street = f"{f.r.randrange(100, 9999)} {f.pick(STREETS)}"
    out = []
    for k, (first, last) in enumerate(people):
        s = street if same_street or k == 0 else f"{f.r.randrange(100, 9999)} {f.pick(STREETS)}"
        t = town
        if variants and k == 1:
            t = variants(t)
        out.append([company or f"{first} {last}", f"{first} {last}" if company else f"{first} {last}", s, t, state,
                    z, mail((first + last).lower()), phone_text(0.1 if k == 0 else 0.9)])
    return out


pairs = []
pairs += add_pair("Ridge Haven Equine", [("Angela", "Hollis"), ("Angela", "Hollis")], "SC", "Ridge Springs")
pairs += add_pair("New Prairie Veterinary Service", [("Larry", "Dunlap"), ("Larry", "Dunlap")], "IN", "LaPorte")
pairs[-1][6] = mail("npvs.office")
pairs += add_pair("Lakeview Lamanchas", [("Laura", "Voss"), ("Laura", "Voss")], "IN", "Scottsburg", same_street=False)
pairs += add_pair("Silver State Industries Dairy", [("Fred", "Lowry"), ("Justin", "Pickett")], "NV", "Carson City")
pairs += add_pair("Montclair 4H", [("Andrea", "Gable"), ("Eleanor", "Redding")], "CA", "Oakland", same_street=False)
pairs += add_pair("Vale Vet Clinic", [("Angela", "Crandall"), ("Katie", "Holm")], "OR", "Vale")
pairs += add_pair(None, [("Jana", "Waldon"), ("Jana", "Waldon")], "IN", "Whiteland", variants=lambda t: t + " ")
pairs += add_pair(None, [("Ann", "Ortiz-Crow"), ("Ann", "Ortiz-Crow")], "OR", "Scio")
pairs += add_pair(None, [("Allen", "Kersten"), ("Allen", "Kersten")], "ND", "Max", variants=lambda t: t.lower())
# The second row of a person typed twice reuses the first row's street, e-mail and phone digits.
for a, b in ((pairs[12], pairs[13]), (pairs[14], pairs[15]), (pairs[16], pairs[17])):
    b[6] = a[6]
    b[7] = a[7].replace("-", " ", 1) if not a[7].startswith("(") else a[7]
pairs.append(["Julie Peterson", "Julie Peterson", f"{f.r.randrange(100, 9999)} Hollow Rd", "Cumberland Furnce", "TN",
              zip_for(by_state["TN"]), mail("bluetick.julie"), phone_text(0.1)])
pairs.append(["Julie Peterson", "Julie Peterson", f"{f.r.randrange(100, 9999)} Sunset Ln", "Reno", "NV",
              zip_for(by_state["NV"]), mail("nvcapriners"), phone_text(0.1)])
rows += pairs
rows.sort(key=lambda r: r[5])

# Rows without a zip (some without any address), then rows added later, out of order.
tail = []
for k in range(14):
    st = f.pick(STATES)
    first, last = person()
    has_town = k in (3, 7, 8, 12)
    has_state = has_town or k in (5, 10, 11)
    company = farm(last) if f.chance(0.5) else f"{first} {last}"
    tail.append([company, f"{first} {last}", f"{f.r.randrange(1, 9999)} {f.pick(STREETS)}" if has_town else "",
                 f.pick(st[3]) if has_town else "", st[0] if has_state else "", "",
                 mail((first + last).lower()), phone_text() if f.chance(0.7) else ""])
tail.append(["Goat Grazers", "Snow Dyer", "", "", "", "", mail("snowgrazing"), ""])
late = []
for k in range(14):
    st = f.r.choices(STATES, weights)[0]
    first, last = person()
    company = f"{first} {last}" if f.chance(0.5) else farm(last)
    late.append([company, f"{first} {last}", f"{f.r.randrange(1, 9999)} {f.pick(STREETS)}", f.pick(st[3]), st[0],
                 zip_for(st), mail((first[0] + last).lower() + str(k)), phone_text()])
late.insert(9, ["Goat Grazers", "Diane Tidwell", f"{f.r.randrange(100, 9999)} Quarry Rd", "Sparks", "NV",
                zip_for(by_state["NV"]), mail("goatgrazers"), phone_text(0.1)])
rows = rows + tail + late

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-us-goatlab.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Company Name", "Name", "Address", "City", "State", "Zip", "Email address", "Phone number"])
    for r in rows:
        w.writerow([("" if v is None else str(v)) for v in r])
