"""
Shape of bdworkman31/streamlit_donationapp "Contacts.xlsx" (at commit 5ec17116754e83ecdd7bbac9420166a5ad9f573e):
a small upstate New York charity's donor and sponsor contacts exported from a spreadsheet-database grid
view ('Contacts-Grid view'), read by a donation-forecasting app. One sheet, plain header on row 1:
First Name / Last Name / Business Name / Business Address / Business City / Business State / Business
Zip Code / Address / City / State / Zip Code / Phone Number / E-Mail, 830 rows. First come 140 business
sponsors in entry order (name and business address only: chain stores with a store number, diners,
law firms, 'Frito-Lay, Inc,'), then the individual donors sorted by last name: couples in the first-name
column ('Mark & Dawn', 'Mr. & Mrs. William C.'), families as 'The' + 'Grills Family', several people of
one surname, home address, city, state and zip, a phone on a fifth of them ('(607) 555-0123', two joined
with '; '), an e-mail on a fifth (one cell holding a phone instead); about twenty people carry a business
name too (where they work, sometimes with its address, 'N/A' on six), zip codes stored as numbers (New
England zips lose their leading zero), six names entered twice (a sponsor with two locations, a donor
once with a phone and once with an address, one exact repeat). A person imports every row as a client:
the business as an enterprise client on sponsor rows, the person (name joined) on donor rows with the
business as employer, home or business address joined, phone and e-mail; repeated names merge.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake(3304)
TOWNS = [("Binghamton", 13901, 48), ("Binghamton", 13903, 20), ("Binghamton", 13905, 30), ("Vestal", 13850, 17),
         ("Endicott", 13760, 11), ("Johnson City", 13790, 5), ("Endwell", 13760, 5), ("Owego", 13827, 2),
         ("Windsor", 13865, 2), ("Apalachin", 13732, 2), ("Conklin", 13748, 1), ("Kirkwood", 13795, 1)]
AWAY = [("Brackney", "PA", 18812), ("Montrose", "PA", 18801), ("Sarasota", "FL", 34236), ("Naples", "FL", 34102),
        ("Albany", "NY", 12205), ("Schenectady", "NY", 12304), ("Worcester", "MA", 1602), ("Hartford", "CT", 6103),
        ("San Diego", "CA", 92101), ("Raleigh", "NC", 27601), ("Mesa", "AZ", 85212)]
STREETS = ["Main St", "Front St", "Vestal Pkwy E", "Court St", "Oak Hill Ave", "Riverside Dr", "Chenango St",
           "Robinson St", "Harry L Dr", "Country Club Rd", "Glenwood Rd", "Beethoven St", "Jenson Rd", "Hooper Rd",
           "Ingraham Hill Rd", "Watson Blvd", "Conklin Rd", "Murray Hill Rd", "Pennsylvania Ave", "Crestmont Rd"]
FIRST = ["Anna", "Brian", "Carol", "David", "Donna", "Edward", "Ellen", "Frank", "Gail", "George", "Helen",
         "Jacob", "Janet", "Jason", "Joan", "John", "Karen", "Kevin", "Laura", "Linda", "Lisa", "Marie", "Mark",
         "Martha", "Matthew", "Megan", "Nancy", "Paul", "Peggy", "Ray", "Rita", "Robert", "Ruth", "Sandra",
         "Scott", "Sharon", "Steven", "Susan", "Thomas", "Tina", "Walter", "Wendy"]
LAST = ["Abrams", "Barnet", "Becraft", "Bouton", "Cadden", "Carmody", "Chesebro", "Cortright", "Dalrymple",
        "Deyo", "Dibble", "Ellsworth", "Farnham", "Fassett", "Gorman", "Hagadorn", "Hinman", "Hotchkiss", "Howland",
        "Ingersoll", "Kark", "Kellogg", "Lattimer", "Loomis", "Mackey", "Marvin", "Mersereau", "Niven", "Ostrander",
        "Pangburn", "Pease", "Quick", "Rockwell", "Rounds", "Sanford", "Scudder", "Shoemaker", "Stoddard", "Tarbox",
        "Terwilliger", "Tilbury", "Tompkins", "Underwood", "Vanderpool", "Wakeman", "Whitmarsh", "Yeomans", "Zurn"]
BIZ_A = ["Broadway", "Riverside", "Southern Tier", "Susquehanna", "Triple Cities", "Chenango", "Parlor City",
         "Endicott", "Vestal", "Twin Tiers", "Valley", "Front Street", "Oakdale", "Greater Binghamton"]
BIZ_B = ["Diner", "Tire & Auto Service", "Tavern", "Marketing Communications", "Studios Design", "Package Store",
         "Carpet & Flooring Outlets", "Material Handling", "Chophouse", "Barbecue", "Jewelry", "Lanes", "Grill",
         "Food Market", "BBQ & Catering", "Car Wash", "Athletic Products, Inc.", "Alarms, LLC", "Portraits",
         "Bar & Trattoria", "Dental Group", "Insurance Agency", "Law Offices", "Federal Credit Union", "Bakery"]


def addr():
    return f"{f.r.randrange(2, 4800)} {f.pick(STREETS)}"


def town():
    if f.chance(0.9):
        pool = [t for t in TOWNS for _ in range(t[2])]
        c, z, _ = f.pick(pool)
        return c, "NY", float(z)
    c, s, z = f.pick(AWAY)
    return c, s, float(z)


used_phone = set()


def phone():
    while True:
        p = f"({f.pick([607, 607, 607, 570, 518, 646, 813])}) 555-01{f.r.randrange(100):02d}"
        if p not in used_phone:
            used_phone.add(p)
            return p


def local(first, last):
    return f"{first.split()[0].lower()}{last.split()[0].lower()}{f.r.randrange(10, 99)}"


rows = []
# 140 sponsors, entry order
biz_names = set()
while len(biz_names) < 136:
    biz_names.add(f"{f.pick(BIZ_A)} {f.pick(BIZ_B)}")
biz = list(biz_names)
f.r.shuffle(biz)
biz[0] = "Wegmart #1835"
biz[22] = "Wegmart #5732"
biz[17] = "Snackwell Foods, Inc,"
for name in biz:
    c, s, z = town()
    rows.append([None, None, name, addr(), c, s, z] + [None] * 6)
# a sponsor with two locations, two sponsors entered twice
for k in (27, 5, 13):
    name = biz[k]
    c, s, z = town()
    rows.insert(k + 1, [None, None, name, addr(), c, s, z] + [None] * 6)
rows.insert(60, [None, None, biz[60], addr(), "Binghamton", "NY", 13901.0] + [None] * 6)
rows = rows[:140]

# donors sorted by last name
people = []
while len(people) < 688:
    last = f.pick(LAST)
    r = f.r.random()
    if r < 0.1:
        first = f"{f.pick(FIRST)} & {f.pick(FIRST)}"
    elif r < 0.12:
        first, last = "The", f"{last} Family"
    elif r < 0.125:
        first = f"Mr. & Mrs. {f.pick(FIRST)} {f.pick('ABCDEJKLMRW')}."
    else:
        first = f.pick(FIRST)
    if (first, last) not in [(p[0], p[1]) for p in people]:
        people.append((first, last))
people.sort(key=lambda p: p[1])
at_business = set(f.r.sample(range(len(people)), 21))
na_business = set(f.r.sample(sorted(at_business), 6))
for i, (first, last) in enumerate(people):
    pat = f.r.random()
    row = [first, last, None, None, None, None, None, None, None, None, None, None, None]
    if pat < 0.70 or pat >= 0.97:
        c, s, z = town()
        row[7:11] = [addr(), c, s, z]
    if 0.58 < pat < 0.97:
        if 0.70 <= pat < 0.76 or f.chance(0.7):
            row[11] = phone() if not f.chance(0.03) else f"{phone()}; {phone()}"
        row[12] = f.email(local(first, last)) if not f.chance(0.01) else phone()
    if i in at_business:
        row[2] = "N/A" if i in na_business else f"{f.pick(BIZ_A)} {f.pick(BIZ_B)}" + (" " if f.chance(0.1) else "")
        if i not in na_business and f.chance(0.5):
            c, s, z = town()
            row[3:7] = [addr(), c, s, z]
        if row[7] is None:
            c, s, z = town()
            row[7:11] = [addr(), c, s, z]
        row[11] = row[11] or phone()
        row[12] = row[12] or f.email(local(first, last))
    rows.append(row)
# donors entered twice: once with a phone, once with an address; one exact repeat
for k in (150, 400, 601):
    first, last = rows[k][0], rows[k][1]
    c, s, z = town()
    rows.insert(k + 1, [first, last, None, None, None, None, None, f"PO Box {f.r.randrange(10, 900)}", c, s, z, None, None])
rows.insert(500, list(rows[499]))
rows = rows[:830]

wb = workbook()
ws = wb.active
ws.title = "Contacts-Grid view"
ws.append(["First Name", "Last Name", "Business Name", "Business Address", "Business City", "Business State",
           "Business Zip Code", "Address", "City", "State", "Zip Code", "Phone Number", "E-Mail"])
for r in rows:
    ws.append(r)
for col, w in zip("ABCDEFGHIJKLM", [18.25, 21.25, 38.88, 31.75, 17, 4.63, 15.88, 21.13, 15.63, 5.25, 6.13, 27.25, 29.25]):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-us-charitydonors.xlsx")

import collections
names = collections.Counter((r[0], r[1], r[2]) for r in rows)
print(len(rows), "rows,", len(names), "distinct names")
for k in (0, 3, 141, 150, 151, 300, 499, 500):
    print(k + 2, rows[k])
print([(i + 2, r) for i, r in enumerate(rows) if r[0] and r[2] and r[2] != "N/A"][:3])
