"""
Shape of samverms/Kadouri Accounts.xlsx: a New York nut and dried-fruit trading house's QuickBooks
customer contact list, pasted into a plain Excel sheet "Sheet1" (no title rows, no styles, no
widths). Six headers: Customer full name / Phone numbers / Email / Full name / Bill address / Ship
address. One row per QuickBooks customer, sorted by name without regard to case. "Phone numbers"
is one text per customer in QuickBooks' layout "Phone:(973) 555-0100 Fax:(973) 555-0101
Mobile:(917) 555-0102" (a trailing space when no mobile; typed oddities: a doubled dash, "x 305",
"ext:212", two numbers after a comma, "– Main Office", foreign numbers). "Email" is a comma list
mixing the customer's addresses with the trader's own sales staff's (and the owner's private
mailbox), a trailing comma on one. "Full name" is the contact person on about a third of the rows
("Jeff  Prusak" with QuickBooks' double space, or a first name only). Bill address is street,
suite, city, state and ZIP run together on one line (line 2 glued on without a space, or after a
line break), foreign addresses with the country; Ship address equals it on all but four rows.
Seven customers are a name only; one company is there twice (a name-only row, then the same name
with extra spaces and its details). Values invented.
"""
from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("customers-en-us-quickbooks")

OWN = "orchardlink.test"          # the trader's own mail domain
OWNER_PRIVATE = "bennyorchard@example.com"
STAFF = ["sales", "Sales", "sam", "nasos", "ysingh", "rachel", "eliot"]

FIRST = ["Shlomo", "Mehmet", "Isidor", "Motty", "Diana", "Mustafa", "Arthur", "Jeff", "Rocco", "Tanya", "Todd",
         "Katie", "Hugh", "Igor", "Bernard", "Isak", "Eric", "John", "Kadir", "Mark", "Michael", "Rick", "Steve",
         "Raju", "Astor", "Sanjeev", "Ugur", "Charlie", "Bob", "Moshe", "Ilyas", "Jacob", "Masoud", "Itzy",
         "Carol", "Stuart", "Ray", "Fadi", "Shaleen", "Julie"]
LAST = ["Prusak", "Damato", "Parnell", "Bower", "Bengiyat", "Musaian", "Yilmaz", "Veziroglu", "Marrone",
        "Laurence", "Marino", "Chin", "Shah", "Baker", "Schwartz", "Cinner", "Earl", "Young", "Coussa", "Neff"]
WORDS_A = ["Atlas", "Blue Ridge", "Brightfield", "Cedar", "Crescent", "Delta", "Empire", "Evergreen", "Golden",
           "Granite", "Harbor", "Heritage", "Hudson", "Keystone", "Lakeside", "Liberty", "Meadow", "Monarch",
           "North Star", "Oakmont", "Pacific", "Pinnacle", "Prairie", "Riverbend", "Sierra", "Silverline",
           "Summit", "Sunvale", "Tri-State", "Valley", "Westbrook", "Willow", "Zenith", "Orion", "Maple Leaf"]
WORDS_B = ["Nut Co", "Foods Inc", "Food Ingredients LLC", "Bakery Supply", "Commodities, Inc.", "Trading LLC",
           "Imports Inc", "Orchards", "Specialty Foods Inc", "Wholesale, Inc.", "Candy Corp", "Packing Company",
           "Harvest Corp", "Ingredients", "Natural Foods", "Brokerage", "Dried Fruit Inc", "Crop Exchange, Inc",
           "Distribution", "Family Farms", "Int'l Trading", "Food Dist Inc", "Ranch, Inc.", "Confectionary"]
US_PLACES = [("Paterson", "NJ", "075"), ("Piscataway", "NJ", "088"), ("Brooklyn", "NY", "112"),
             ("Wood Dale", "IL", "601"), ("Roslyn Heights", "NY", "115"), ("Jersey City", "NJ", "073"),
             ("North Brunswick", "NJ", "089"), ("Fargo", "ND", "581"), ("Orange", "CT", "064"),
             ("Ceres", "CA", "953"), ("Allentown", "PA", "181"), ("Edison", "NJ", "088"), ("Troy", "MO", "633"),
             ("Glenn", "CA", "959"), ("Bayonne", "NJ", "070"), ("Maspeth", "NY", "113"), ("Totowa", "NJ", "075"),
             ("Staten Island", "NY", "103"), ("Wentzville", "MO", "633"), ("Burlingame", "CA", "940"),
             ("Hauppauge", "NY", "117"), ("Traverse City", "MI", "496"), ("Lynchburg", "VA", "245"),
             ("Modesto", "CA", "953"), ("Mt Vernon", "NY", "105"), ("Elizabeth", "NJ", "072"),
             ("Irvine", "CA", "926"), ("Hicksville", "NY", "118"), ("Great Neck", "NY", "110"),
             ("Deer Park", "NY", "117"), ("Chicago", "IL", "606"), ("Fairfax", "VA", "220"),
             ("Mahwah", "NJ", "074"), ("Clifton", "NJ", "070"), ("Cicero", "IL", "608"), ("San Diego", "CA", "921")]
STREETS = ["Jersey St", "Hoes Ln", "Beinoris Dr", "Powerhouse Rd", "Town Square Pl", "45th St", "Aspen Avenue",
           "Rocking Horse Circle S", "Buffalo Ave", "Sheffield Ave", "Bay Ridge Ave", "State Street", "Edison Rd",
           "Faith Home Rd", "Arnold Drive", "Mill Rd.", "Robin Rd", "56th Street", "Lincoln Dr", "De Forest Ave.",
           "State Highway 45", "Sylvan Avenue", "Getty Ave", "Paterson Ave", "Winnowing Way", "Manchester Rd",
           "South Railroad Ave", "Terminal Rd", "Abel Rd", "Newark Tpke", "Coit St", "Eager Rd", "W Broadway",
           "W 35th St", "30th Ave.", "Airport Blvd", "Creekside Office Dr", "Sutphin Blvd", "Campus Dr"]
FOREIGN = [
    ("+90 544 555-01{:02d}", "+90 256-555-01{:02d}", "Ortaklar Mah Derekoy Yolu UzeriNo 27 09330 Germencik Aydin  Turkey"),
    ("+27 (0)82 555 01{:02d}", None, "239Kt Farm Grovedale Hoedspruit  1380 SOUTH AFRICA"),
    ("+2783 555 01{:02d}", None, "Portion 67 Heidelberg 249JT White River  1240"),
    ("972 3 555-01{:02d}", "972 72 555-01{:02d}", "11 Gush Etzion St Givat Shmuel  5403011 Israel"),
    ("(905) 555-01{:02d}", None, "2220 Argentina Rd,Unit 5 and 6 Mississauga Ontario ON L5N 2K Canada"),
    ("(416) 555-01{:02d}", None, "3451 McNicoll Avenue Scarborough Ontario M1V 2V3 Canada"),
    ("+27 (83) 555 01{:02d}", None, "5 Platina StNew Industria Suite 444 Postnet Bag X4019 Tzaneen 0850 South Africa"),
    (None, None, "Korea-eiland Northern Cape Marchand 8873 South Africa"),
]

_suffix = iter(range(100))


def us_number(area=None):
    return f._unique(lambda: f"({area or f.r.randrange(201, 989)}) 555-01{f.r.randrange(100):02d}")


def slug(name):
    return "".join(ch for ch in name.lower() if ch.isalnum())[:18]


def us_address():
    city, state, zip3 = f.pick(US_PLACES)
    line = f"{f.r.randrange(1, 9999)} {f.pick(STREETS)}"
    roll = f.r.random()
    if roll < 0.14:
        line += f"Suite # {f.r.randrange(1, 600)}"          # line 2 glued on, as QuickBooks joins them
    elif roll < 0.18:
        line += f" \nSuite# {f.r.randrange(1, 2000)}"
    tail = f.pick(["", "", "", " US", " USA", " United States"])
    return f"{line} {city} {state} {zip3}{f.r.randrange(100):02d}{tail}"


def phones(pattern, area):
    parts = []
    if "P" in pattern:
        parts.append("Phone:" + us_number(area))
    if "F" in pattern:
        parts.append("Fax:" + us_number(area))
    if "M" in pattern:
        parts.append("Mobile:" + us_number())
    text = " ".join(parts)
    return text if "M" in pattern else text + " "


def emails(name, customer_mailbox):
    dom = slug(name) + ".test"
    own = [f"{customer_mailbox}@{dom}"]
    if f.chance(0.45):
        own.append(f"{f.pick(['orders', 'info', 'accounting', 'sales', 'trade'])}@{dom}")
    staff = [f"{f.pick(STAFF)}@{OWN}"]
    if f.chance(0.45):
        staff.append(OWNER_PRIVATE)
    sep = ", " if f.chance(0.4) else ","
    return sep.join(own + staff)


names = set()
while len(names) < 111:
    n = f"{f.pick(WORDS_A)} {f.pick(WORDS_B)}"
    names.add(n.upper() if f.chance(0.03) else n)
names = sorted(names)

rows = []
foreign = list(FOREIGN)
for i, name in enumerate(names):
    area = f.r.randrange(201, 989)
    if foreign and i % 13 == 5:
        main, fax, address = foreign.pop(0)
        phone = None
        if main:
            phone = "Phone:" + main.format(next(_suffix))
            phone += (" Fax:" + fax.format(next(_suffix))) if fax else " "
        rows.append([name, phone, emails(name, f.pick(["info", "gm", "tanya.alston", "nick", "sameer"])), None,
                     address, address])
        continue
    pattern = f.r.choices(["P", "PFM", "PF", "", "PM", "M", "FM"], weights=[42, 31, 16, 8, 10, 4, 1])[0]
    phone = phones(pattern, area) if pattern else None
    contact = None
    if f.chance(0.32):
        contact = f.pick(FIRST) if f.chance(0.4) else f"{f.pick(FIRST)}  {f.pick(LAST)}"
    mailbox = contact.split()[0].lower() if contact and f.chance(0.5) else f.pick(["orders", "info", "sales", "office"])
    mail = emails(name, mailbox) if f.chance(0.8) else None
    bill = us_address()
    rows.append([name, phone, mail, contact, bill, bill])

# Typed oddities in the phone text, as in the original.
rows[3][1] = f"Phone:{f.r.randrange(201, 989)} 555--01{f.r.randrange(100):02d} Fax:{us_number()} "
rows[9][1] = f"Phone:203 555-01{f.r.randrange(100):02d} x 305 Fax:{us_number(203)} "
rows[14][1] = (f"Phone:{us_number(678)} – Main Office Fax:{us_number(509)} Mobile:{us_number(509)} - WA Office")
rows[40][1] = f"Phone:530 555-01{f.r.randrange(100):02d}, 916-555-01{f.r.randrange(100):02d} "
rows[52][1] = f"Phone:{us_number(908)}•Mobile "
rows[77][1] = f"Phone:718-555-01{f.r.randrange(100):02d} ext:212 Fax:{us_number(718)} Mobile:{us_number(917)}"
rows[61][2] = (rows[61][2] or f"orders@{slug(rows[61][0])}.test") + ","
rows[66][2] = f"efi@{slug(rows[66][0])}.test,sales@orchardlnik.test"       # the trader's domain mistyped
# Four customers ship elsewhere than they are billed.
rows[20][4] = f"PO Box {f.r.randrange(100, 999)} Traverse City MI 49685-0432 US"
rows[20][5] = "858 Business Park Drive Traverse City MI 49686 US"
rows[45][5] = "810 E  42nd St Brooklyn NY 11210 US"
rows[70][5] = "300 Columbus CircleSuite 1 Edison NJ 08837 US"
rows[88][5] = "Warehouse  Freezpak \n1000 Port Carteret Dr Carteret NJ 07008 United States"

# Customers known by a name only, and one company typed twice.
only_names = ["Cornerstone Maintenance", "Benny Orchard 1", "Klara Beri", "Malko Karkanni Bros", "Mancini",
              "Red River", "Brookside Snacks LLC"]
rows += [[n, None, None, None, None, None] for n in only_names]
twice = "Brookside   Snacks LLC"
rows.append([twice, None, f"ez@brooksidesnacks.test,sales@{OWN},{OWNER_PRIVATE}", None,
             "207 E Ohio StSuite # 374 Chicago IL 60611", "207 E Ohio StSuite # 374 Chicago IL 60611"])
rows.sort(key=lambda r: (" ".join(r[0].lower().split()), r[1] is not None or r[4] is not None))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer full name", "Phone numbers", "Email", "Full name", "Bill address", "Ship address"])
for row in rows:
    ws.append(row)
for r in ws.iter_rows(min_row=2):
    for c in r[4:6]:
        if isinstance(c.value, str) and "\n" in c.value:
            c.alignment = Alignment(wrap_text=True)
save(wb, "customers-en-us-quickbooks.xlsx")
