"""
Shape of TechBeme/NewYorkBuildExpo "Exhibitors.xlsx" (commit 45f602e96821098185deff7df1a3c8a497140742):
the exhibitor directory of a New York construction trade show, scraped into Excel (an Excel table
"Tabela1", TableStyleLight15, saved from a Portuguese-language Excel) as a B2B lead list for
cold outreach. One sheet, header on row 1, 17 columns: Name / Categories (comma-joined) /
Country / Address / City / State / Zip (text) / Email / Phone / Website (no scheme) / Linkedin /
Instagram / Twitter (X) / Facebook / Youtube (the scraper dropped the slash after the domain:
"linkedin.comcompany/...") / Preview (video embed) / Description (long, run-together paragraphs,
no-break spaces).
- The first 25 rows (18 here; featured exhibitors) are in A-Z order, then the whole list A-Z again from
  names starting with digits, without those 25.
- Most exhibitors are in NY/NJ/CT; a few from Canada, the UK, Poland, Korea ... with State a
  province or blank; a fifth have no address, a quarter no e-mail or phone; phones in a dozen
  spellings (555-0134 / 5550134 / (212) 555-0134 / 212.555.0134 / 1-212-555-0134 / +1 ...);
  city misspelt on a few ("Brookly"); two exhibitors share an address.
Original 426 rows; here 300. Values invented.
"""
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("prospects-en-us-buildexpo")
W1 = ["Apex", "Brick", "Civic", "Delta", "Empire", "Forge", "Granite", "Harbor", "Iron", "Keystone", "Lumen",
      "Metro", "North", "Orion", "Pillar", "Quarry", "Ridge", "Summit", "Titan", "Urban", "Vertex", "Wall",
      "Skyline", "Hudson", "Borough", "Atlas", "Beacon", "Cobalt", "Union", "Liberty"]
W2 = ["Access", "Glass", "Facade", "Concrete", "Scaffold", "Solar", "Steel", "Build", "Roofing", "Masonry",
      "Energy", "Doors", "Windows", "Tech", "Safety", "Lighting", "Coatings", "Flooring", "Waterproofing", "Hoist"]
SUF = ["LLC", "Inc.", "Corp", "Group", "Co.", "Solutions", "Systems", "Supply Corp", "Group LLC", "", "Limited"]
CATS = ["Digital Construction Technology and Software", "Windows and Doors", "HVAC", "Building Interiors and Finishes",
        "Coatings Sealants and Adhesives", "Drainage and Water Control", "Environmental Services", "Flooring",
        "Access Equipment", "Education", "Health and Safety", "Hoisting Systems", "Safety", "Scaffolding and Accessories",
        "Site Equipment", "Training and Apprenticeships", "EV Charging", "Roofing", "Solar",
        "Sustainable Solutions and Products", "Facades and Cladding", "Concrete", "Lighting", "Security"]
US_PLACES = [("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Long Island City", "NY", "111"),
             ("Flushing", "NY", "113"), ("Valley Stream", "NY", "115"), ("Hoboken", "NJ", "070"),
             ("Paramus", "NJ", "076"), ("Fairfield", "NJ", "070"), ("Danbury", "CT", "068"), ("Stamford", "CT", "069"),
             ("Bethesda", "MD", "208"), ("Herndon", "VA", "201"), ("Boca Raton", "FL", "334"), ("Chicago", "IL", "606"),
             ("Coppell", "TX", "750"), ("Kendallville", "IN", "467"), ("Salt Lake City", "UT", "841")]
ABROAD = [("Canada", "Vancouver", "BC"), ("Canada", "Toronto", "ON"), ("United Kingdom", "Manchester", None),
          ("Poland", "Krakow", None), ("South Korea", "Seoul", None), ("Greece", "Athens", None),
          ("Ireland", "Cork", None), ("Italy", "Milan", None)]
STREETS = ["7th Avenue", "Lee Avenue", "31st Place", "W Fairview Ave", "Ken Ave", "Broadway", "Atlantic Ave",
           "Northern Blvd", "Route 46", "Industrial Pkwy", "Main Street", "Bedford Ave", "Commerce Dr"]
PHONE_FORMS = [("{a}-555-01{b}", 148), ("{a}55501{b}", 51), ("({a}) 555-01{b}", 26), ("{a}.555.01{b}", 17),
               ("1-{a}-555-01{b}", 15), ("{a} 555 01{b}", 8), ("1.{a}.555.01{b}", 5), ("1{a}55501{b}", 5),
               ("+1 ({a}) 555-01{b}", 4), ("({a})555-01{b}", 4), ("+1 {a} 555 01{b}", 4)]


def phone():
    x = f.r.uniform(0, sum(w for _, w in PHONE_FORMS))
    for form, w in PHONE_FORMS:
        x -= w
        if x <= 0:
            break
    # area codes starting with 2 keep the eleven-digit spellings clear of other countries' mobiles
    return form.format(a=f.pick(["212", "201", "203", "240", "248", "215"]) if form.startswith("1") else
                       f.pick(["212", "718", "917", "646", "201", "973", "203", "347", "516"]), b=f"{f.r.randrange(100):02d}")


def company():
    return f._unique(lambda: " ".join(x for x in [f.pick(W1), f.pick(W2), f.pick(SUF)] if x))


def slug(name):
    return "".join(ch for ch in name.lower().split(" llc")[0].split(" inc")[0] if ch.isalnum())


def row(name):
    domain = slug(name)
    abroad = f.chance(0.075)
    country = "United States"
    addr = city = state = zipc = None
    if abroad:
        country, city, state = f.pick(ABROAD)
        if f.chance(0.5):
            addr = f"{f.r.randrange(1, 300)} {f.pick(['High Street', 'King St W', 'ul. Dluga', 'Via Roma'])}"
        else:
            city = state = None
    elif not f.chance(0.2):
        city, state, z = f.pick(US_PLACES)
        if city == "Brooklyn" and f.chance(0.1):
            city = "Brookly"
        addr = f"{f.r.randrange(1, 999)} {f.pick(STREETS)}" if f.chance(0.98) else None
        zipc = f"{z}{f.r.randrange(0, 99):02d}"
    email = None if f.chance(0.27) else f"{f.pick(['info', 'sales', 'contact', 'hello', 'office'])}@{domain}.test"
    if email and f.chance(0.15):
        email = f"{f.pick(['paul', 'dana', 'mike', 'lena', 'raj'])}.{f.pick(['savage', 'ortiz', 'kim', 'brennan'])}@{domain}.test"
    ph = None if (f.chance(0.24) or abroad and f.chance(0.7)) else phone()
    web = None if f.chance(0.15) else domain + ".test" + ("/" if f.chance(0.3) else "")
    social = lambda site, p, handle: f"{site}{p}{handle}" if f.chance(p_fill[site]) else None  # noqa: E731
    cats = None if f.chance(0.09) else ", ".join(sorted(f.r.sample(CATS, f.pick([1, 1, 1, 2, 3, 5, 8]))))
    desc = None if f.chance(0.09) else (
        f"{name} {f.pick(['provides', 'delivers', 'designs and installs', 'manufactures'])} "
        f"{f.pick(['turn-key', 'code-compliant', 'sustainable', 'cloud-based', 'custom'])} "
        f"{f.pick(['solutions', 'systems', 'products', 'services'])} for "
        f"{f.pick(['commercial and residential projects', 'the AEC industry', 'contractors and owners', 'multi-family buildings'])}."
        + ("\u00a0 " + f.pick(["Sales / Rentals / Installations / Service", "We serve the tri-state area.",
                                 "Family owned since 1982.", "Licensed and insured."]) if f.chance(0.6) else "")
        + (f.pick(["Our team", "Contact us"]) + " " + web if (web and f.chance(0.2)) else ""))
    return [name, cats, country, addr, city, state, zipc, email, ph, web,
            social("linkedin.com", "company/", domain), social("instagram.com", "", domain + "/"),
            social("twitter.com", "", domain.capitalize()), social("facebook.com", "", domain),
            social("youtube.com", "channel/UC", f"{f.r.randrange(10**9):09d}x"),
            f"player.vimeo.comvideo/{f.r.randrange(10**8, 10**9)}?autoplay=1&muted=1" if f.chance(0.3) else None,
            desc]


p_fill = {"linkedin.com": 0.6, "instagram.com": 0.42, "twitter.com": 0.27, "facebook.com": 0.45, "youtube.com": 0.35}
names = sorted({company() for _ in range(300)}, key=str.lower)
featured = sorted(f.r.sample(names, 18), key=str.lower)
rest = [n for n in names if n not in featured]
for extra in ("1st Line Glazing LLC", "24 Hour Hoist Co.", "360 Site Cams", "3D Scan Works"):
    rest.insert(0, extra)
rest = sorted(rest[:4], key=str.lower) + rest[4:]
ordered = featured + rest[:300 - len(featured)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
header = ["Name", "Categories", "Country", "Address", "City", "State", "Zip", "Email", "Phone", "Website", "Linkedin",
          "Instagram", "Twitter (X)", "Facebook", "Youtube", "Preview", "Description"]
ws.append(header)
rows = [row(n) for n in ordered]
rows[40][3:7] = rows[77][3:7]  # two exhibitors at one address
for r in rows:
    ws.append(r)
table = Table(displayName="Tabela1", ref=f"A1:Q{len(rows) + 1}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleLight15", showRowStripes=True)
ws.add_table(table)
ws.column_dimensions["A"].width = 47.1
ws.column_dimensions["Q"].width = 166.4
save(wb, "prospects-en-us-buildexpo.xlsx")
print(len(rows))
