"""
Shape of Shaftdog/Salesmod "hubspot_contacts.csv" (at commit 965d179): a Florida appraisal firm's
HubSpot contacts export with the associated company's properties appended, opened and saved again
by Excel as CSV (CRLF, quotes only where needed). 27 columns, four header names twice: the
contact's Record ID - Contact / First Name / Last Name / Client Grade / Email / Phone Number /
Contact owner / Last Activity Date / Create Date / Company Name / Contact type / Country/Region /
Job Title / Mobile Phone Number / State/Region / Street Address / Website URL / Last Engagement
Date / Postal Code, then the company's Record ID - Company / Company name / Create Date / Phone
Number / Last Activity Date / City / Country/Region / Industry. Excel turned the 12-digit record
ids into '1.27684E+11' (two contacts then share an id). Most contacts came from one bulk load (the
same create date-time), AMC contacts first; many have no name, only an e-mail, or a company in the
name fields ('OPTEON AMC INC' / 'Main Account', an e-mail / 'A', 'Info' / 'Unknown'), a full name
with a comma in First Name, trailing spaces; 'null' typed as a phone; phones in every US spelling,
company phones with a leading space and +1; a city with a trailing comma. Dates m/d/yy h:mm.
Values invented; phones use 555-01xx, e-mail domains end in .test.
"""
import csv
import datetime
import io
import os

from fake import FILES, Fake

f = Fake("contacts-en-us-hubspot")

OWNERS = ["Marcus Ellery", "Dana Ellery"]
FIRST = ["Sabrina", "Jack", "Tom", "Sheila", "Bryan", "Mary", "Tracye", "Sergio", "William", "Steve", "Dean", "Ashley",
         "Diana", "Aaron", "Kara", "Meredith", "Robert", "Lora", "Patty", "Samar", "Lisa", "Megan", "Terry", "Brigida",
         "Jesse", "John", "Amber", "Nicole", "Rosalind", "Sean", "Samantha", "Jordan", "Kaylyn", "Galbin", "Renee"]
LAST = ["Covington", "Rollins", "O'Hanlon", "Melendez", "Miller", "Chennault", "Rhea", "Pillado", "Robins", "Laugtug",
        "Simonetti", "Keyser", "Weber", "Stewart", "Booth", "Carroll", "Oglesby", "Pinnick", "Ricca", "Nohra", "Welker",
        "Rankel", "Greear", "Lopez", "Rottinghaus", "Huebner", "Caldwell", "Dabrowski", "Johnson", "Kane", "Shollinger"]
COMPANIES = [  # (name, domain, city, state, industry)
    ("Keystone Valuation Management", "keystoneval.test", "Pittsburgh", "PA", "Real Estate"),
    ("Bluewater Appraisal Services", "bluewateramc.test", "Fort Lauderdale", "FL", "Real Estate"),
    ("Harbor Point Lending LLC", "harborpointlending.test", "Philadelphia", "PA", "Financial Services"),
    ("Summit Ridge AMC", "summitridgeamc.test", "Edmond,", "OK", "Real Estate"),
    ("Crescent Capital Funding", "crescentcapital.test", "Dallas", "TX", "Financial Services"),
    ("Northgate Appraisal Network", "northgateappraisal.test", "Islip", "NY", "Real Estate"),
    ("Pinecrest Builders Inc", "pinecrestbuilders.test", "Orlando", "FL", "Construction"),
]
TYPES = ["AMC Contact"] * 10 + ["Non-QM Lender Contact"] * 4 + ["Real Estate Agent"] * 3 + ["Vendor", "Real Estate Dealer",
         "Mortgage Lender Contact", "Builder", "Wholesaler", "Real Estate Investor", "Accountant", "Attorney"]
TITLES = ["Account Manager", "Vendor Management Team Representative", "Regional Vice President", "Managing Partner",
          "Billing Contact", "Director of Operations", "Evaluations Support Specialist", "CEO", "Partner", "Investor Support"]
STREETS = ["498 Palm Springs Drive", "223 North Prospect Street Suite 400", "27 Sutton Place", "300 Red Brook Boulevard",
           "5404 Cypress Center Drive", "Suite 1500 200 West Madison Street", "8320 East Walker Springs Lane"]


def when(d, t=None):
    t = t or (f.r.randrange(0, 24), f.r.randrange(0, 60))
    return f"{d.month}/{d.day}/{d.strftime('%y')} {t[0]}:{t[1]:02d}"


def phone_any():
    n = f"{f.r.randrange(100):02d}"
    area = f.pick(["407", "212", "267", "239", "954", "813", "321"])
    return f.pick([f"({area}) 555-01{n}", f"1{area}55501{n}" if area[0] == "2" else f"({area}) 555-01{n}",
                   f"{area}.555.01{n}", f"{area}-555-01{n}", f"{area} 555 01{n}", f" +1 ({area}) 555-01{n}",
                   f"{area}-555-01{n} ext. {f.r.randrange(100, 999)}"])


def record_id(small):
    if small:
        return str(f._unique(lambda: f.r.randrange(1000, 14000)))
    n = f._unique(lambda: f.r.randrange(10 ** 10, 2 * 10 ** 11))
    n = n + 2 * 10 ** 10 if n < 2 * 10 ** 10 else n  # an 11-digit id never reads as a mainland mobile
    return str(n) if n < 10 ** 11 else f"{n / 10 ** 11:.5f}E+11".rstrip("0")


bulk = datetime.date(2024, 2, 20)
# company ids: 11 digits from 20000000000 up (never read as a mainland mobile)
companies = {c[0]: (str(20 * 10 ** 9 + f.r.randrange(19 * 10 ** 9, 39 * 10 ** 9) % (19 * 10 ** 9)),
                    f.date(datetime.date(2024, 2, 1), datetime.date(2025, 6, 30))) for c in COMPANIES}
rows = []


def row(**kw):
    r = [""] * 27
    for k, v in kw.items():
        r[int(k[1:])] = v
    rows.append(r)


used = set()
for i in range(96):
    typ = TYPES[0] if i < 40 else f.pick(TYPES)
    small = i < 70
    created = bulk if small and f.chance(0.8) else f.date(datetime.date(2024, 2, 1), datetime.date(2025, 10, 10))
    rid = record_id(small)
    comp = f.pick(COMPANIES) if f.chance(0.35) else None
    domain = comp[1] if comp else f.pick(["appraisalhub.test", "valuelinkamc.test", "orderdesk.test", "homepro.test",
                                          "lenderx.test", "surescan.test", "ratewise.test"])
    shape = f.pick(["person"] * 10 + ["emailonly", "emailonly", "mailbox", "companyname", "fullcomma", "emailfirst"])
    first, last = f.pick(FIRST), f.pick(LAST)
    while (first, last) in used:
        first, last = f.pick(FIRST), f.pick(LAST)
    used.add((first, last))
    email = f"{first[0].lower()}{last.lower().replace(chr(39), '')}@{domain}"
    if shape == "person":
        fn, ln = first + (" " if f.chance(0.2) else ""), last
    elif shape == "emailonly":
        fn, ln, email = "", "", f.pick(["orders", "info", "appraisals", "billing", "support"]) + "@" + domain
    elif shape == "mailbox":
        fn, ln, email = (comp[0] if comp else "Appraisal Desk"), f.pick(["Main Account", "Accounting Department", "Unknown"]), "office@" + domain
    elif shape == "companyname":
        fn, ln, email = domain.split(".")[0].upper(), "Main Account", "admin@" + domain
    elif shape == "fullcomma":
        fn, ln = f"{first} {last},", ""
    else:
        email = f.pick(["appraisals", "residential"]) + "@" + domain
        fn, ln = email, f.pick(["A", "[not provided]"])
    owner = f.pick(OWNERS) if f.chance(0.5) else ""
    has_activity = owner and f.chance(0.8)
    phone = "" if f.chance(0.45) else ("null" if f.chance(0.25) else phone_any())
    mobile = phone_any() if f.chance(0.15) else ""
    title = f.pick(TITLES) if f.chance(0.3) else ""
    street = f.pick(STREETS) if f.chance(0.2) else ""
    r = dict(c0=rid, c1=fn, c2=ln, c3="C Clients (Low-Volume, Re-engage Every 30 Days)" if owner and f.chance(0.08) else "",
             c4=email if not (shape == "person" and f.chance(0.05)) else "", c5=phone, c6=owner,
             c7=when(f.date(datetime.date(2024, 4, 1), datetime.date(2025, 10, 25))) if has_activity else "",
             c8=when(created, (11, f.r.randrange(29, 32)) if created == bulk else None),
             c9=comp[0].replace(" Inc", "").replace(" LLC", "") if comp and f.chance(0.3) else "", c10=typ,
             c11=f.pick(["", "", "United States", "USA"]) if street else "", c12=title, c13=mobile,
             c14=f.pick(["FL", "IL", "MD", "NY", "Maryland", "Ohio"]) if street else "", c15=street,
             c16=f"http://www.{domain.replace('.test', '')}.test" if f.chance(0.1) else "",
             c17=when(f.date(datetime.date(2024, 4, 1), datetime.date(2025, 10, 25))) if has_activity and f.chance(0.7) else "",
             c18=f"{f.r.randrange(10000, 99999)}" if street else "")
    if comp:
        cid, cdate = companies[comp[0]]
        r.update(c19=cid, c20=comp[0], c21=when(cdate, (14, 3)),
                 c22=f" +1 {comp[1][:1] and '954'}-555-01{f.r.randrange(100):02d}" if f.chance(0.4) else "",
                 c23=when(f.date(datetime.date(2024, 12, 1), datetime.date(2025, 10, 25))) if f.chance(0.6) else "",
                 c24=comp[2] if f.chance(0.6) else "", c25="United States" if f.chance(0.5) else "",
                 c26=comp[4] if f.chance(0.7) else "")
    row(**r)

HEADER = ["Record ID - Contact", "First Name", "Last Name", "Client Grade", "Email", "Phone Number", "Contact owner",
          "Last Activity Date", "Create Date", "Company Name", "Contact type", "Country/Region", "Job Title",
          "Mobile Phone Number", "State/Region", "Street Address", "Website URL", "Last Engagement Date", "Postal Code",
          "Record ID - Company", "Company name", "Create Date", "Phone Number", "Last Activity Date", "City",
          "Country/Region", "Industry"]
out = io.StringIO()
w = csv.writer(out, lineterminator="\r\n")
w.writerow(HEADER)
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-en-us-hubspot.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(out.getvalue())

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        for r in rows:
            print(r)
