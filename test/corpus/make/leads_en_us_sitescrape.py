"""
Shape of muqtasid-rana/Groflex-Private-Leads-Master "Leads.xlsx": a lead-generation script's
master list of local businesses found on Google Maps and their websites, written by openpyxl
(docProps say Microsoft Excel 3.1 and creator openpyxl), one sheet "Sheet1", bold header, every
cell text.

Header Business Name / Website / Email / Phone / City / Country / Niche / Date Found. Six runs of
the script appended one after another (Date Found 'yyyy-mm-dd hh:mm:ss' seconds apart within a
run): Philadelphia chiropractors twice (the second run finding the first run's four again), New
York HVAC firms, a few New York med spas, New York chiropractors twice (the second run finding
most of the first again, with the phones in another order). Names as the listing has them (SEO
keyword tails, "Dr … – Chiropractor … NYC", "Name: Surname First L DC", branches of one firm
under two names with one e-mail); websites with utm tracking; one or two e-mails joined by ", ",
a web-builder's filler address; phones scraped from the site, several joined by ", ", with the
opening bracket lost ("215) 555-0123"), a no-break space, "+1 (917) …", dots, no dash.
Values invented (US numbers in the 555-01xx block, e-mails on .test / example domains).
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("leads-en-us-sitescrape")

PHILLY_AREAS = ["215", "267"]
NY_AREAS = ["212", "347", "646", "917", "718", "929"]
NBSP = "\u00a0"


def number(area):
    return f._unique(lambda: (area, f"555-01{f.r.randrange(100):02d}"))


def spell(num, style=None):
    area, rest = num
    style = style if style is not None else f.pick(["paren"] * 5 + ["dash"] * 4 + ["nbsp", "dashparen", "plus",
                                                                               "plusdash", "dots", "nodash", "tight"])
    return {"paren": f"{area}) {rest}", "dash": f"{area}-{rest}", "nbsp": f"{area}){NBSP}{rest}",
            "dashparen": f"{area})-{rest}", "plus": f"+1 ({area}) {rest}", "plusdash": f"+1 {area}-{rest}",
            "dots": f"{area}.{rest.replace('-', '.')}", "nodash": f"{area}) {rest.replace('-', '')}",
            "tight": f"{area}){rest}"}[style]


def phones_text(nums, reorder=False):
    """The phones a scrape found: the main number, often again in another spelling, other lines."""
    parts = [spell(nums[0])]
    if f.chance(0.3):
        parts.append(spell(nums[0]))
    for n in nums[1:]:
        parts.append(spell(n))
    if reorder:
        f.r.shuffle(parts)
    out = []
    for p in parts:
        if p not in out:
            out.append(p)
    return ", ".join(out)


def slug(name):
    return "".join(ch for ch in name.lower() if ch.isalnum())[:22]


def website(name):
    base = slug(name)
    url = f.pick(["http://", "https://", "http://www.", "https://www."]) + base + ".com/"
    if f.chance(0.12):
        url += f.pick(["?utm_source=google&utm_medium=organic&utm_campaign=gbp",
                       "?utm_source=google&utm_medium=gmb_url&utm_campaign=gmb_listing&utm_content=primary",
                       "?utm_source=google&utm_medium=googleplaces&utm_campaign=listing&utm_id=GMB"])
    return url


def email(name):
    base = slug(name)
    k = f.r.random()
    if k < 0.6:
        return f"{f.pick(['info', 'info', 'contact', 'frontdesk', 'hello', 'admin', 'office'])}@{base}.test"
    if k < 0.9:
        return f.email(base[:14] + f.pick(["", "", "nyc", "1", "2"]))
    return ""


CHIRO_WORDS = ["Spine", "Back", "Wellness", "Align", "Motion", "Pain Free", "Active Health", "Family", "Posture",
               "Core", "Vital", "Restore", "Balance", "Integrative", "Sports", "Total Body", "Harmony", "Peak"]
PHILLY_PLACES = ["Fairmount", "Brewerytown", "Fishtown", "Manayunk", "Point Breeze", "Queen Village", "Roxborough",
                 "Germantown", "Northern Liberties", "Passyunk", "Kensington", "Olney", "Mayfair", "Chestnut Hill"]
NY_PLACES = ["Chelsea", "Tribeca", "SoHo", "Midtown", "Astoria", "Williamsburg", "Harlem", "Flatiron", "Murray Hill",
             "Park Slope", "Long Island City", "Upper West Side", "Gramercy", "Bushwick", "Forest Hills", "Greenpoint"]
DOCTORS = [("Adler", "Nathan"), ("Brooks", "Irene"), ("Castellano", "Marco"), ("Dorsey", "Kendra"), ("Eklund", "Soren"),
           ("Farah", "Leila"), ("Gould", "Benjamin"), ("Hadley", "Renee"), ("Ibarra", "Tomas"), ("Kessler", "Dana"),
           ("Lowry", "Graham"), ("Mendel", "Ruth"), ("Navarro", "Elena"), ("Okoro", "Chidi"), ("Pratt", "Vivian")]


def chiro_name(places):
    k = f.r.random()
    if k < 0.45:
        return f"{f.pick(places)} {f.pick(CHIRO_WORDS)} Chiropractic"
    if k < 0.6:
        return f"{f.pick(CHIRO_WORDS)} Chiropractic & {f.pick(['Rehab', 'Wellness', 'Physical Therapy', 'Injury Center'])}"
    if k < 0.72:
        last, first = f.pick(DOCTORS)
        return f"Dr {first} {last} – Chiropractor {f.pick(places)}" + (" NYC" if places is NY_PLACES else "")
    if k < 0.82:
        last, first = f.pick(DOCTORS)
        return f"{last} Chiropractic: {last} {first} {f.pick('ABCDJLMR')} DC"
    if k < 0.9:
        return f"{f.pick(CHIRO_WORDS).upper()} Chiropractic {f.pick(['Wellness', 'Center', 'NYC', 'Studio'])}"
    return f"{f.pick(['Dr.', 'Dr'])} {f.pick(DOCTORS)[0]} - {f.pick(places)} {f.pick(['Comprehensive', 'Family', 'Sports'])} Chiropractic"


HVAC_BASE = ["Arctic Air", "Boro Cooling", "Empire Climate", "Five Boro HVAC", "Skyline Heating & Cooling",
             "Hudson Mechanical", "Metro Comfort", "Polar Duct", "Brownstone Boilers", "Liberty Air", "Kool Breeze",
             "All Seasons Climate", "Subzero Solutions", "Gotham Air", "Harbor HVAC", "Precision Air NYC",
             "Citywide AC Repair", "Borough Heat", "NorthStar Mechanical", "Apex Cooling Corp", "Blue Flame Heating",
             "Island Air Systems", "Union Square HVAC", "Queens Comfort", "Bronx Air Pros", "Staten Air",
             "Eastside Mechanical", "Westway Climate", "Fresh Air Ductworks", "Cold Front Corp", "Summit Heating",
             "Metro PTAC Services", "Heatwave HVAC", "Greenline Climate", "Reliable Boiler & AC", "Titan Air",
             "Uptown Heating", "Downtown Air", "Crosstown Mechanical", "Bridge Climate", "Rapid Response HVAC",
             "Clear Air NYC", "Zero Degree AC", "Brooklyn Heat Pros", "Manhattan Mini Split"]
SPAS = ["Lumiere Med Spa", "Glow Lab Aesthetics", "Velvet Skin Studio", "ZQ Med Spa", "Aura Aesthetics NYC",
        "Radiance Medical Spa", "Pure Face Clinic"]

rows = []


def run(entries, start, city):
    t = start
    for name, site, mail, nums, niche, reorder in entries:
        rows.append([name, site, mail, phones_text(nums, reorder), city, "USA", niche,
                     t.strftime("%Y-%m-%d %H:%M:%S")])
        t += datetime.timedelta(seconds=f.r.randrange(3, 120))


def business(name, areas, niche):
    nums = [number(f.pick(areas))] + [number(f.pick(areas)) for _ in range(f.pick([0, 0, 0, 1, 1, 2]))]
    mail = email(name)
    if mail and f.chance(0.06):
        mail += ", " + f.email(slug(name)[:10] + "119")
    return [name, website(name), mail, nums, niche, False]


def distinct(make, n, taken):
    out = []
    while len(out) < n:
        name = make()
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


taken = set()
philly1 = [business(n, PHILLY_AREAS, "Chiropractors") for n in distinct(lambda: chiro_name(PHILLY_PLACES), 4, taken)]
philly2 = [business(n, PHILLY_AREAS, "Chiropractors") for n in distinct(lambda: chiro_name(PHILLY_PLACES), 19, taken)]
philly1[2][2] = "filler@sitebuilder.test"                 # the web builder's placeholder address
run(philly1, datetime.datetime(2026, 4, 6, 15, 49, 49), "Philadelphia")
again = [list(b[:5]) + [True] for b in philly1]
run(again + philly2, datetime.datetime(2026, 4, 12, 2, 9, 17), "Philadelphia")

hvac = []
for base in HVAC_BASE[:44]:
    name = base
    if f.chance(0.15):
        name += f" - {f.pick(['AC Repair', 'Heating, Cooling & Boiler Repair', 'Ductless Mini Split Installation'])} NYC"
    hvac.append(business(name, NY_AREAS, "HVAC"))
branch_mail = "info@americanclimatecorp.test"
for borough, extra in [("Queens", "Ductless Mini Split Air Conditioner, VRF, Rooftop Units, Commercial HVAC Repair Installation NYC"),
                       ("Bronx", "Heating, Commercial, Air Conditioning, Ductless Mini Split AC, Furnace Repair Installation NYC"),
                       ("Brooklyn", "Boiler Repair, Central Air, Heat Pumps NYC")]:
    b = business(f"American Climate Corp - {borough}, {extra}", NY_AREAS, "HVAC")
    b[1] = f"https://americanclimate.nyc/locations/{borough.lower()}-ny/"
    b[2] = branch_mail
    hvac.insert(f.r.randrange(len(hvac)), b)
hvac = hvac[:48]
hvac.insert(6, business("Top HVAC NYC", NY_AREAS, "HVAC"))
hvac.insert(30, list(hvac[6][:5]) + [True])                # listed twice in the same run
run(hvac, datetime.datetime(2026, 5, 11, 2, 44, 58), "New York")

spas = [business(n, NY_AREAS, "Medspa / Aesthetics") for n in SPAS]
spas[3][3] = [spas[3][3][0]]
run(spas, datetime.datetime(2026, 5, 21, 2, 52, 11), "New York")
spas_row = rows[-7 + 3]
area, rest = spas[3][3][0]
spas_row[3] = f"{spell((area, rest), 'paren')}, {spell((area, rest), 'plus')}, {spell((area, rest), 'plusdash')}"

ny1 = [business(n, NY_AREAS, "Chiropractors") for n in distinct(lambda: chiro_name(NY_PLACES), 35, taken)]
run(ny1, datetime.datetime(2026, 5, 31, 2, 59, 41), "New York")
repeat = f.r.sample(ny1, 30)
ny2 = [list(b[:5]) + [True] for b in repeat]
for b in ny2:
    if f.chance(0.3):
        b[3] = b[3] + [number(f.pick(NY_AREAS))]               # a further number on the site since
new = [business(n, NY_AREAS, "Chiropractors") for n in distinct(lambda: chiro_name(NY_PLACES), 6, taken)]
mixed = ny2 + new
f.r.shuffle(mixed)
run(mixed, datetime.datetime(2026, 7, 1, 3, 0, 6), "New York")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Business Name", "Website", "Email", "Phone", "City", "Country", "Niche", "Date Found"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
wb.properties.creator = "openpyxl"
save(wb, "leads-en-us-sitescrape.xlsx")

names = {r[0] for r in rows}
print("rows", len(rows), "distinct names", len(names))
