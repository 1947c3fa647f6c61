"""
contacts-en-us-seniorcareleads: a purchased B2B contact list of US senior-care operators (skilled
nursing, assisted living, home care, hospice) that a healthcare staffing company's sales team loads
into its CRM, here the input of a list-scrubbing tool.

Source: erik-kreider/list-scrub-excel, lists/list_scrub_test_1.xlsx
(commit 0cecfc3738865c6ad3ba19ca7399b53045d484d1).

Shape: one sheet "template", header in row 1 (Company Name, Street Address, City, State, PostalCode,
Country, Phone, Website Domain, Primary LOB, FirstName, LastName, ContactPhone, Email, Title, Job
Function), an autofilter reaching far below the data, one row per contact person with the company's
columns repeated on each of its people (one company on a hundred-odd rows, most on one). Sorted
loosely by company, not strictly.

The mess: company names with a " - City, ST" branch suffix; 0 typed (as a number) for an unknown
street, city, company phone or line of business; states spelt out; postal codes as numbers (New
England zips lose the leading zero), ZIP+4 and Canadian codes as text; phones in five spellings,
some with " HQ" after them, 10/11-digit numbers stored as numbers, "__" left from an input mask;
website as bare domain, www. or full https URL with path; contact phone, title and job function
empty on some rows; first name empty on a few; a few contacts listed twice.

All names, phones, e-mail addresses, streets and domains are invented (values invented).
"""
import re

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake(343434)
r = f.r

FIRST = FIRST_EN + ["David", "Michael", "John", "Karen", "Lisa", "Maria", "James", "Susan", "Robert", "Angela",
                    "Denise", "Tyrone", "Priya", "Hector", "Megan", "Brandon", "Tamika", "Greg", "Heather", "Luis"]
LAST = LAST_EN + ["Smith", "Williams", "Anderson", "Brooks", "Castillo", "Dawson", "Ferris", "Gallo", "Hughes",
                  "Ibarra", "Jenkins", "Keller", "Lowry", "Monroe", "Nolan", "Ortega", "Pruitt", "Quinlan", "Reyes",
                  "Sutton", "Tate", "Underwood", "Vance", "Whitaker", "Yates", "Zeller"]
WORDS = ["Oak Ridge", "Maple Grove", "Cedar Hills", "Willow Creek", "Harbor View", "Sunnybrook", "Pine Haven",
         "Brookstone", "Meadowlark", "Silver Lake", "Riverbend", "Laurel Park", "Stonegate", "Briarwood", "Fairhaven",
         "Golden Pond", "Heritage Oaks", "Juniper Springs", "Kingsbridge", "Lakeshore", "Magnolia", "Northfield",
         "Orchard Glen", "Parkview", "Quail Run", "Rosewood", "Summit Ridge", "Tamarack", "Valley Crest", "Westbrook"]
KINDS = {"Skilled Nursing Facilities": ["Health and Rehabilitation Center", "Nursing & Rehab", "Care Center",
                                        "Healthcare Center", "Center for Nursing"],
         "Assisted Living": ["Senior Living", "Assisted Living", "Manor", "Retirement Residence"],
         "Home Health": ["Home Health", "Home Health Services"], "Home Care": ["Home Care", "Homecare Agency"],
         "Continuing Care Retirement Community (CCRC)": ["Village", "Retirement Community"],
         "Hospice/Palliative": ["Hospice", "Hospice & Palliative Care"],
         "Independent Living/Retirement Community": ["Independent Living", "Commons"],
         "Other Facility-Based Care": ["Care Group"], "Other - Not Listed": ["Health Partners"],
         "Habilitation/Rehabilitation": ["Rehabilitation Institute"], "Other Home-Based Care": ["Companions"]}
LOB_W = [1515, 779, 179, 124, 131, 90, 77, 58, 23, 20, 2]
LOBS = list(KINDS)
STATES = [("Illinois", "IL", "Chicago", "606", 335), ("California", "CA", "Los Angeles", "900", 320),
          ("Pennsylvania", "PA", "Philadelphia", "191", 312), ("Rhode Island", "RI", "Warwick", "028", 160),
          ("Texas", "TX", "Dallas", "752", 200), ("Ohio", "OH", "Columbus", "432", 150), ("Florida", "FL", "Tampa", "336", 160),
          ("Virginia", "VA", "Fairfax", "220", 120), ("Massachusetts", "MA", "Worcester", "016", 90),
          ("Kentucky", "KY", "Florence", "410", 60), ("Tennessee", "TN", "Cookeville", "385", 50),
          ("New Jersey", "NJ", "Cherry Hill", "080", 70), ("Georgia", "GA", "Atlanta", "303", 80),
          ("Iowa", "IA", "Iowa Falls", "501", 40), ("Connecticut", "CT", "Hartford", "061", 40)]
STREETS = ["Main Ave", "Park Central Drive", "N. Pacific Coast Hwy", "E. Wacker Dr. Suite 2400", "Harrison St",
           "Route 9 North", "W. Lake Street", "Commerce Pkwy", "Elm St.", "Highland Blvd", "Medical Center Dr",
           "Old Mill Rd", "Kensington Ave", "S. 4th Street", "Pleasant Valley Rd"]
TITLES = [("Executive Director", "Owner/Executive"), ("Administrator", "Director/Administrator"),
          ("CEO", "Owner/Executive"), ("Owner", "Owner/Executive"), ("President", "Owner/Executive"),
          ("Director of Nursing", "Clinical/Training"), ("HR Director", "HR/Recruitment"),
          ("Human Resrouces Generalist", "HR/Recruitment"), ("HR Coordinator", "HR/Recruitment"),
          ("COO", "Operations"), ("Director of Operations", "Operations"), ("Business Office Manager", "Other"),
          ("Staffing Coordinator", "Operations"), ("Marketing Director", "Other"), ("CNA", "Care Professional"),
          ("Regional Director of Operations", "Operations"), ("Talent Acquisition Manager", "HR/Recruitment")]
AREA = ["214", "972", "310", "312", "401", "703", "215", "614", "813", "617", "859", "931", "856", "404", "641", "860"]


def phone_us(style=None):
    a, n = f.pick(AREA), f"01{r.randrange(0, 100):02d}"
    style = style or r.choices(["paren", "dash", "dot", "digits", "paren_nospace"], [1937, 449, 327, 212, 29])[0]
    if style == "paren":
        return f"({a}) 555-{n}"
    if style == "dash":
        return f"{a}-555-{n}"
    if style == "dot":
        return f"{a}.555.{n}"
    if style == "paren_nospace":
        return f"({a})555-{n}"
    return int(f"{a}555{n}") if r.random() < 0.55 else f"{a}555{n}"


def slug(s):
    return re.sub(r"[^a-z]", "", s.lower())


companies = []
used = set()
n_contacts = 0
while n_contacts < 2000:
    lob = r.choices(LOBS, LOB_W)[0]
    state, st, city, zip3, _ = r.choices(STATES, [s[4] for s in STATES])[0]
    for _ in range(100):
        word = f.pick(WORDS)
        base = f"{word} {f.pick(KINDS[lob])}"
        if base not in used:
            break
        base = f"{base} of {f.pick([s[2] for s in STATES])}"
        if base not in used:
            break
    if base in used:
        continue
    used.add(base)
    name = base
    if r.random() < 0.08:
        name = f"{base} - {city}, {st}"
    dom = slug(word) + r.choice(["", "care", "health", "living", slug(base.split()[-1])])
    web = r.choices([f"{dom}.test", f"www.{dom}.test", f"https://{dom}.test/", f"www.{dom}.test/{slug(city)}"],
                    [40, 35, 15, 10])[0]
    zipcode = int(f"{zip3}{r.randrange(0, 100):02d}")
    if r.random() < 0.04:
        zipcode = f"{zip3}{r.randrange(0, 100):02d}-{r.randrange(1000, 10000)}"
    country = "United States"
    if r.random() < 0.006:
        state, city, country = "Alberta", "Calgary", "Canada"
        zipcode = "T2X 3T2"
    street = f"{r.randrange(10, 13000)} {f.pick(STREETS)}"
    if r.random() < 0.03:
        street = 0
    cphone = phone_us(r.choices(["paren", "dash", "dot", "digits"], [1482, 711, 630, 465])[0])
    if r.random() < 0.02:
        cphone = 0
    elif r.random() < 0.012:
        cphone = f"({f.pick(AREA)}) 555-01{r.randrange(0, 100):02d} HQ"
    size = r.choices([1, 2, 3, 4, 5, 6, 8, 12, 20], [694, 160, 68, 36, 27, 40, 30, 25, 20])[0]
    if len(companies) == 3:
        size = 95
    if len(companies) == 40:
        size = 70
    companies.append(dict(name=name, street=street, city=0 if street == 0 and r.random() < 0.8 else city,
                          state=state, zip=zipcode, country=country, phone=cphone, web=web,
                          lob=0 if r.random() < 0.13 else lob, size=size, dom=dom.replace("_", "")))
    n_contacts += size

rows = []
for c in companies:
    people = set()
    for _ in range(c["size"]):
        for _ in range(50):
            first, last = f.pick(FIRST), f.pick(LAST)
            if (first, last) not in people:
                break
        people.add((first, last))
        local = r.choice([f"{first[0]}{last}".lower(), f"{first}.{last}".lower(), f"{first}{last[0]}".lower(), first.lower()])
        email = f"{local}@{c['dom']}.test"
        cp = None if r.random() < 0.07 else phone_us()
        if isinstance(cp, str) and r.random() < 0.02:
            cp += "__"
        if r.random() < 0.1:
            cp = c["phone"] if c["phone"] != 0 else cp
        title, func = f.pick(TITLES)
        if r.random() < 0.12:
            title = None
        if r.random() < 0.2:
            func = None
        rows.append([c["name"], c["street"], c["city"], c["state"], c["zip"], c["country"], c["phone"], c["web"], c["lob"],
                     None if r.random() < 0.002 else first, last, cp, email, title, func])

# a few people listed twice, right below themselves
for i in sorted(r.sample(range(len(rows)), 6), reverse=True):
    rows.insert(i + 1, list(rows[i]))

# loosely sorted: by company name, with a few blocks out of place
rows.sort(key=lambda x: x[0].lower())
for _ in range(8):
    i = r.randrange(len(rows) - 30)
    block = rows[i:i + 5]
    del rows[i:i + 5]
    j = r.randrange(len(rows))
    rows[j:j] = block

wb = workbook()
ws = wb.active
ws.title = "template"
HEAD = ["Company Name", "Street Address", "City", "State", "PostalCode", "Country", "Phone", "Website Domain", "Primary LOB",
        "FirstName", "LastName", "ContactPhone", "Email", "Title", "Job Function"]
ws.append(HEAD)
for row in rows:
    ws.append(row)
ws.auto_filter.ref = f"A1:O{len(rows) + 2600}"
for col, w in zip("ABCDEGHIJKLMNO", [15.14, 14.29, 14.0, 14.43, 18.71, 12.57, 16.0, 12.57, 13.0, 12.14, 18.86, 15.57, 19.43, 12.14]):
    ws.column_dimensions[col].width = w
save(wb, "contacts-en-us-seniorcareleads.xlsx")
uniq = {(x[0], x[9], x[10], x[12]) for x in rows}
print(len(rows), "rows,", len(uniq), "contacts,", len({x[0] for x in rows}), "companies")
