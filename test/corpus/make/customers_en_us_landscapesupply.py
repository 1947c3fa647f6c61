"""
Shape of rbatten88/Axus "customer_list.csv": a North Carolina landscape-supply yard's customer
list exported from its accounting program (QuickBooks customer list) as CSV, to seed a small
web app. UTF-8 without BOM, LF line ends, every row 11 fields.

- Header: Customer,Primary Phone,EMail Address,Full Name,Street,City,State,Zip Code,2nd Phone,
  2nd Email,3rd Email.
- 209 customers sorted by name: landscapers, lawn-care firms, nurseries, builders, a few city
  governments and schools, a handful of private people ("John  Deese" with a double space).
  Names with commas quoted ("Allied Landscape Services, LLC"), "Inc." / "LLC." spellings, one
  parent with two sub-customers in the QuickBooks "Parent:Child" form, lower-case names.
- Primary Phone on every row as 336-xxx-xxxx (other NC/VA area codes on some, one without
  dashes); e-mail on ~83 %; Full Name (the person to ask for) on ~26 %, sometimes a first name
  only or a name with a phone ("Chris 336-…"); address on ~88 % (street often a PO Box, ZIP
  sometimes ZIP+4, a few rows with a street but no ZIP); 2nd Phone on ~25 % (sometimes the
  same number again), 2nd/3rd Email rare and written with a leading space.
Values invented.
"""
import csv
import os

from fake import FILES, Fake, FIRST_EN, LAST_EN

f = Fake("customers-en-us-landscapesupply")

STEMS = ["Oak Hollow", "Piedmont", "Yadkin", "Haw River", "Deep River", "Uwharrie", "Catawba", "Reedy Fork",
         "Belews", "Sauratown", "Pilot Mountain", "Stony Creek", "Cedar Fork", "Alamance", "Guilford", "Forsyth",
         "Randolph", "Stokes", "Rockingham", "Caswell", "Davie", "Lexington", "Tanglewood", "Salem", "Jamestown",
         "Oak Ridge", "Summerfield", "Kernersville", "Clemmons", "Pfafftown", "Green Acres", "Evergreen", "Blue Ridge",
         "Redbud", "Dogwood", "Magnolia", "Willow Bend", "Fox Run", "Hickory Hill", "Stonegate", "Quail Ridge",
         "Meadowlark", "Briar Creek", "Holly Grove", "Pine Knot", "Timberline", "Sunrise", "Carolina", "Triad",
         "Gate City", "Twin City", "Furniture City", "Old Town", "Brushy Fork", "Mill Creek", "Sandy Ridge",
         "Bull Run", "Muddy Creek", "Abbotts Creek", "Polecat Creek", "Little Alamance", "Buffalo Creek", "Horsepen"]
TAILS = ["Landscaping", "Lawn Care", "Lawn Service", "Landscapes", "Landscape & Design", "Lawn & Landscape",
         "Nursery", "Garden Center", "Hardscapes", "Irrigation", "Tree Service", "Grading", "Outdoors",
         "Landscape Services", "Lawncare", "Turf", "Yard Service", "Homes", "Construction", "Plant and Stone"]
FORMS = ["", "", "", "", "", ", LLC", ", LLC.", ", Inc.", " Inc", " LLC", ", L.L.C.", " Co."]
INSTITUTIONS = ["City of Burlingdale", "City of Greenfield", "City of High Ridge", "City of Salem Forks",
                "Wesley Christian Academy", "NC Arboretum Park", "Bryan Meadows Park", "Piedmont Community College"]
STREETS = ["Rd.", "Dr.", "Ln.", "St.", "Ct.", "Ave.", "Circle", "Hwy", "Pkwy", "Way"]
STREET_NAMES = ["Friddle", "Pleasant Garden", "Carlton", "Bridlewood", "Sandy Ridge", "Edith", "Peoples Creek",
                "Springdale Meadow", "Pine", "Bowman", "Fairgrove Church", "Apperson", "Catalina", "Blue Stone",
                "Rappahannock", "Quail Hollow", "Shoffner", "County Line", "Dogwood", "Tarrant", "West Ten",
                "Jeffries Crossroad", "Wyndham", "Westmoreland", "Fisher Ferry", "Hunting", "Dalton", "Chris",
                "Blandwood", "Operations", "Old Walker Mill", "Belews Creek", "Groometown", "Lasater", "Liberty"]
TOWNS = [("Greensboro", "NC", "274"), ("Winston-Salem", "NC", "271"), ("Winston Salem", "NC", "271"),
         ("High Point", "NC", "272"), ("Burlington", "NC", "272"), ("Kernersville", "NC", "272"),
         ("Stokesdale", "NC", "273"), ("Browns Summit", "NC", "272"), ("Summerfield", "NC", "273"),
         ("Lexington", "NC", "272"), ("Graham", "NC", "272"), ("Jamestown", "NC", "272"), ("Advance", "NC", "270"),
         ("Pfafftown", "NC", "270"), ("Thomasville", "NC", "273"), ("Colfax", "NC", "272"), ("Clemmons", "NC", "270"),
         ("Oak Ridge", "NC", "273"), ("Mebane", "NC", "273"), ("Durham", "NC", "277"), ("Statesville", "NC", "286"),
         ("Ridgeway", "VA", "241"), ("Union Hall", "VA", "241"), ("N. Myrtle Beach", "SC", "295")]
AREAS = ["336"] * 4 + ["743"] * 4 + ["919", "704", "980", "540", "276", "252", "910", "828"]


def phone(area=None):
    return f._unique(lambda: f"{area or f.pick(AREAS)}-555-01{f.r.randrange(100):02d}")


def company():
    style = f.r.random()
    if style < 0.82:
        return f"{f.pick(STEMS)} {f.pick(TAILS)}{f.pick(FORMS)}"
    first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
    if style < 0.9:
        return f"{last}{f.pick(['', chr(39) + 's'])} {f.pick(TAILS)}"
    if style < 0.95:
        return f"{f.pick(['A & B', 'C & M', 'J & J', 'K & K', 'G & C', 'P & G'])} {f.pick(TAILS)}"
    return f"{f.pick(STEMS)} {f.pick(TAILS).lower()}"


names = set()
while len(names) < 196:
    names.add(company())
names |= set(INSTITUTIONS)
people = set()
while len(people) < 3:
    people.add(f"{f.pick(FIRST_EN)}  {f.pick(LAST_EN)}")
names |= people
names = sorted(names, key=lambda s: s.lower())
# A parent customer with two sub-customers, QuickBooks style.
parent = "Budd Services"
names += [f"{parent}:{parent} - Greensboro", f"{parent}:{parent} - Winston"]
names = sorted(names, key=lambda s: s.lower())
assert len(names) == 209, len(names)


def slug(name):
    return "".join(ch for ch in name.lower().split(":")[0] if ch.isalnum())[:22]


rows = []
for name in names:
    first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
    area = f.pick(AREAS)
    prim = phone(area)
    if name == names[120]:
        prim = prim.replace("-", "")
    email = None
    if f.chance(0.83):
        email = f.email(f.pick([slug(name), f"{first.lower()}{last.lower()[0]}", f"{first[0].lower()}{last.lower()}",
                                 "office", "info", f"{slug(name)[:8]}{f.r.randrange(1, 99)}"]))
        if f.chance(0.05):
            email = email[0].upper() + email[1:]
    if "  " in name:
        full = name.replace("  ", " ")
    elif f.chance(0.26):
        full = f"{first} {phone()}" if f.chance(0.06) else f.pick([f"{first} {last}", f"{first} {last}", first, f"{first} {last.lower()}"])
    else:
        full = None
    street = city = state = zipc = None
    if f.chance(0.88):
        town, state, z3 = f.pick(TOWNS)
        city = town
        street = f.pick([f"{f.r.randrange(100, 9999)} {f.pick(STREET_NAMES)} {f.pick(STREETS)}"] * 5 +
                        [f"PO Box {f.r.randrange(100, 39999)}", f"P.O. Box {f.r.randrange(100, 39999)}",
                         f"{f.r.randrange(100, 9999)} {f.pick(STREET_NAMES)} {f.pick(STREETS)}, Suite B-{f.r.randrange(1, 9)}",
                         f"{f.r.randrange(100, 9999)} {f.pick(STREET_NAMES)} {f.pick(STREETS)}, Unit {f.r.randrange(100, 900)} "])
        zipc = None if f.chance(0.02) else f"{z3}{f.r.randrange(10, 99)}" + (f"-{f.r.randrange(1000, 9999)}" if f.chance(0.05) else "")
    second = None
    if f.chance(0.25):
        second = prim if f.chance(0.15) else phone()
    email2 = " " + f.email(f"{f.pick(FIRST_EN).lower()}.{slug(name)[:10]}") if email and f.chance(0.08) else None
    email3 = " " + f.email(f"{f.pick(['billing', 'ap', 'contactus', 'accounts'])}") if email2 and f.chance(0.3) else None
    rows.append([name, prim, email, full, street, city, state, zipc, second, email2, email3])

with open(os.path.join(FILES, "customers-en-us-landscapesupply.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["Customer", "Primary Phone", "EMail Address", "Full Name", "Street", "City", "State", "Zip Code",
                "2nd Phone", "2nd Email", "3rd Email"])
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
