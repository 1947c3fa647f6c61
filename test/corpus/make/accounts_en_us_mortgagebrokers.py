"""
Shape of Kayushkin/mortgage-automation-scraping-integration "accounts20200101.csv" (at commit
2efe58c): a US wholesale mortgage lender's Zoho CRM export of its Accounts module (layout
"Wholesale"): the mortgage brokers, correspondents and their branches its account executives
work with. UTF-8 without BOM, CRLF, Zoho's quoting (a field in quotes when it holds a space,
comma, quote or line break; bare otherwise, numbers too), 78 columns in Zoho's order: record id,
owner and owner id, account name, phone, fax, parent account and id, website, account type,
created / modified by and ids, created / modified / last activity times ("yyyy-mm-dd hh:mm:ss"),
description, layout and id, e-mail, address (zip, street, country, city, state), then the
lender's own fields (Account Executive as a first name, company id, NMLS, tag, county, account
status, broker package date, MLOs, annual volume, owner and managing broker as record ids,
reassignment and recertification dates, previous AE, account source, watch list, branches,
license states joined by ";", compensation as "2.75%" / "N/A", last submission and funded
dates, cert notices) and 27 custom columns that are empty on every row.

About one account in five is a branch ("<Company>, <City>, <ST> Branch (<NMLS>)") pointing to its
parent account; branches share the parent's toll-free number and compliance mailbox. Account
Type is filled on a few old records only; Account Executive on a few; NMLS "0000" as a
placeholder, "Investment Only", "?"; cities in capitals or with a trailing comma; country
almost always empty ("United States" / "USA" once each); phones in eight spellings; the
description a standard remark ("No access in ADM. …", "INVESTMENT ONLY") or an e-mail pasted
from a web form, several lines long. Values invented.
"""
import datetime
import os

from fake import FILES, FIRST_EN, LAST_EN, Fake

f = Fake("accounts-en-us-mortgagebrokers")
r = f.r

HEADERS = ["Account ID", "Account Owner", "Account Owner ID", "Account Name", "Phone", "Fax", "Parent Account",
           "Parent Account ID", "Website", "Account Type", "Created By", "Created by ID", "Modified By",
           "Modified by ID", "Created Time", "Modified Time", "Description", "Last Activity Time", "Layout",
           "Layout ID", "Email", "Zip Code", "Street", "Country", "City", "State", "Account Executive",
           "Company id", "NMLS", "Tag", "County", "Account Status", "Broker Package", "MLOs", "Annual Volume",
           "Owner", "Managing Broker", "Reassignment Date", "Annual recertification", "Previous AE",
           "Account Source", "Watch list", "Branches", "License States", "Compensation", "Correspondent Type",
           "Currently Selling to", "Last Submission Date", "Last Funded Date", "Product Type", "Re-certified to",
           "CertNotices", "Company Type", "Company Division", "Company Size (Employees)", "Partner", "NDA",
           "Description of Relationship", "Non-QM", "Dwell Time Days", "Lite Doc /Commercial",
           "NonQM Advance Rate %", "Government", "Age Curtailment", "Lite Doc/Commercial", "Servicing",
           "TNW Requirement", "Lite Doc / Commercial Adv Rate %", "Type", "Liquidity Requirements",
           "Estimated Rate % to Finance", "Non QM", "Agency", "Index", "Asset Restrictions", "Handle in bps",
           "Fund Investor", "Territories"]

_ids = set()


def zid():
    while True:
        v = f"zcrm_23752040000{r.randrange(10000000, 30000000):08d}"
        if v not in _ids:
            _ids.add(v)
            return v


EXTRA_FIRST = ["Marcus", "Tatiana", "Victor", "Yelena", "Rafael", "Daniela", "Oksana", "Hector", "Priscilla",
               "Dmitri", "Gabriela", "Stefan"]
EXTRA_LAST = ["Alvarado", "Montes", "Kuzmenko", "Delgado", "Sorensen", "Petrov", "Navarro", "Castellanos"]


def staff_name():
    return f"{f.pick(FIRST_EN + EXTRA_FIRST)} {f.pick(LAST_EN + EXTRA_LAST)}"


OWNERS = []
while len(OWNERS) < 22:
    n = staff_name()
    if n not in [o for o, _ in OWNERS]:
        OWNERS.append((n, zid()))
OWNER_W = [r.choice([1, 2, 4, 8, 12]) for _ in OWNERS]
CREATORS = [("System Administrator", zid()), (OWNERS[0][0], OWNERS[0][1]), (OWNERS[3][0], OWNERS[3][1]),
            ("Harborline Lending LLC", zid()), (OWNERS[5][0], OWNERS[5][1])]
MODIFIERS = [OWNERS[1], OWNERS[2], OWNERS[0], CREATORS[0], OWNERS[6]]
AES = ["Dana", "Luis", "Carmen", "Al", "Boris"]
LAYOUT_ID = zid()

CITIES = [("Miami", "FL", "331", 18), ("Orlando", "FL", "328", 6), ("Boca Raton", "FL", "334", 4),
          ("Coral Gables", "FL", "331", 4), ("Fort Lauderdale", "FL", "333", 4), ("Weston", "FL", "333", 3),
          ("Doral", "FL", "331", 3), ("Tampa", "FL", "336", 3), ("Naples", "FL", "341", 2),
          ("Hollywood", "FL", "330", 3), ("Davie", "FL", "333", 2), ("Irvine", "CA", "926", 5),
          ("Los Angeles", "CA", "900", 5), ("San Diego", "CA", "921", 3), ("Rancho Cucamonga", "CA", "917", 2),
          ("New York", "NY", "100", 4), ("Brooklyn", "NY", "112", 2), ("Houston", "TX", "770", 3),
          ("Dallas", "TX", "752", 2), ("Atlanta", "GA", "303", 2), ("Charlotte", "NC", "282", 1),
          ("Hoboken", "NJ", "070", 1), ("Denver", "CO", "802", 1), ("Chicago", "IL", "606", 1),
          ("Philadelphia", "PA", "191", 1), ("Alexandria", "VA", "223", 1), ("Las Vegas", "NV", "891", 1)]
AREA = {"FL": ["305", "954", "561", "407", "813", "239"], "CA": ["949", "213", "619", "909"], "NY": ["212", "718"],
        "TX": ["713", "214"], "GA": ["404"], "NC": ["704"], "NJ": ["201"], "CO": ["303"], "IL": ["312"],
        "PA": ["215"], "VA": ["703"], "NV": ["702"]}
STREETS = ["NW 52nd Terrace", "Ponce de Leon Blvd", "Brickell Ave", "N Corporate Lakes Blvd.", "SW 72 Street",
           "Biscayne Blvd", "Hollywood Blvd", "Main Street", "Von Karman Ave", "Wilshire Blvd", "Peachtree Rd NE",
           "Benfield Blvd", "NE 29 Ave", "S University Drive", "Weston Rd", "Park Ave"]
WORDS = ["Atlantic", "Bayfront", "Summit", "Keystone", "Harbor", "Sunstate", "Coastal", "Evergreen", "Liberty",
         "Pinnacle", "Meridian", "Crescent", "Lighthouse", "Palmetto", "Cornerstone", "Gateway", "Horizon",
         "Trident", "Seabreeze", "Granite", "Magnolia", "Redwood", "Silverline", "Northstar", "Bluewater",
         "Capital City", "First Choice", "Prime", "Union Square", "Everglade", "Beacon", "Citrus", "Lakeview"]
KINDS = ["Mortgage Group, LLC", "Mortgage Corp", "Lending Corp", "Home Loans, Inc.", "Mortgage, Inc.",
         "Financial Services LLC", "Mortgage Bankers Inc", "Funding, LLC", "Capital Corp", "Mortgage Lenders, Inc.",
         "Lending Group", "MORTGAGE LLC"]
NOTE_STD = "No access in ADM. Re-certification or new package could be needed."
NOTES_ODD = ["no broker package in Share Point", "No ADM access (lacking broker package and additional documents)",
             "Should complete annual recert", "no brocker package", "FL Commercial loans only",
             "Looking for product and pricing", "AE is Marcus Petrov",
             "Spoke to the owner, mostly does reverse mortgages, but had 2 non QM scenarios.\nAnswered all his "
             "questions, sent branch assignment form and MBA.",
             "single family.\nCA.\n10 000 000 price.\n6 500 000 loan.",
             "We are a broker in NY and would like to get approved to send you loans.\nPlease advise, thanks",
             "Hello, my client has a middle score of 721 and needs 80% purchase financing.\n\nCan you help?",
             "Do you allow condotels and/or over 10 acres on your bank statement programs?"]


def phone(state, style=None):
    area = f.pick(AREA.get(state, ["305"]))
    last = f"{r.randrange(100):02d}"
    style = style if style is not None else r.choices(range(9), weights=[82, 6, 5, 2, 1, 1, 1, 1, 1])[0]
    return [f"{area}-555-01{last}", f"({area}) 555-01{last}", f"{area}55501{last}", f"({area})555-01{last}",
            f"{area}.555.01{last}", f"{area}-555-01{last} x{r.randrange(100, 9999)}", f"{area[:2]}-555-01{last}",
            f"{area}-55501{last}", f"{area} 555-01{last}"][style]


def when(start, end):
    d = f.date(start, end)
    return f"{d.isoformat()} {r.randrange(7, 23):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


def company():
    while True:
        name = f"{f.pick(WORDS)} {f.pick(KINDS)}"
        if r.random() < 0.08:
            name = name.upper()
        if r.random() < 0.05:
            name += f" dba {f.pick(WORDS)} Home Loans"
        if name not in used:
            used.add(name)
            return name


used = set()
rows = []
company_ids = iter(r.sample(range(2039, 4200), 900))
parents = []

for i in range(505):
    name = company()
    city, state, zip3, _ = r.choices(CITIES, weights=[c[3] for c in CITIES])[0]
    owner, owner_id = r.choices(OWNERS, weights=OWNER_W)[0]
    creator = r.choices(CREATORS, weights=[36, 30, 7, 2, 3])[0]
    modifier = r.choices(MODIFIERS, weights=[27, 26, 15, 6, 5])[0]
    created = when(datetime.date(2017, 6, 2), datetime.date(2019, 10, 30))
    status = r.choices(["Approved Broker", "Approved Investment Only Broker", "Inactive", "Approved Correspondent",
                        "Disconnected", "Approved Mini-Corr", "Prospect", ""], weights=[530, 62, 25, 5, 1, 1, 1, 1])[0]
    domain = "".join(ch for ch in name.split(",")[0].split(" dba ")[0].lower() if ch.isalnum())[:22] + ".test"
    local = f.pick(FIRST_EN).lower()
    email = r.choices([f"{local}@{domain}", f"{local}{r.randrange(10, 99)}@example.com", f"info@{domain}", ""],
                      weights=[70, 15, 8, 7])[0]
    row = {h: "" for h in HEADERS}
    row.update({
        "Account ID": zid(), "Account Owner": owner, "Account Owner ID": owner_id, "Account Name": name,
        "Phone": phone(state) if r.random() < 0.97 else "", "Website": f"www.{domain[:-5]}.test" if r.random() < 0.3 else "",
        "Account Type": r.choice(["Mortgage Company", "Mortgage Broker"]) if i < 40 and r.random() < 0.6 else "",
        "Created By": creator[0], "Created by ID": creator[1], "Modified By": modifier[0], "Modified by ID": modifier[1],
        "Created Time": created, "Modified Time": when(max(datetime.date.fromisoformat(created[:10]), datetime.date(2019, 5, 1)), datetime.date(2019, 12, 31)),
        "Last Activity Time": when(max(datetime.date.fromisoformat(created[:10]), datetime.date(2019, 5, 1)), datetime.date(2019, 12, 31)) if r.random() < 0.997 else "",
        "Layout": "Wholesale", "Layout ID": LAYOUT_ID, "Email": email,
        "Zip Code": f"{zip3}{r.randrange(100):02d}" if r.random() < 0.99 else "",
        "Street": f"{r.randrange(10, 20000)} {f.pick(STREETS)}" + r.choice(["", "", f" Suite {r.randrange(100, 900)}", f" #{r.randrange(1, 400)}"]),
        "City": city.upper() if r.random() < 0.08 else (city + "," if r.random() < 0.03 else city), "State": state,
        "Account Executive": f.pick(AES) if r.random() < 0.025 else "",
        "Company id": str(next(company_ids)),
        "NMLS": r.choices([str(r.randrange(1000, 2000000)), "0000", "Investment Only", "INVESTMENT ONLY", "?"],
                          weights=[88, 7, 1, 1, 1])[0],
        "County": f.pick(["Miami-Dade", "DADE", "BROWARD", "PALM BEACH"]) if r.random() < 0.02 else "",
        "Account Status": status,
        "Broker Package": f.date(datetime.date(2014, 9, 1), datetime.date(2019, 12, 20)).isoformat() if r.random() < 0.77 else "",
        "MLOs": str(r.choice([1, 1, 1, 2, 2, 3, 5, 8, 13, 22, 80, 165])) if r.random() < 0.78 else "",
        "Annual Volume": str(r.choice([6, 15, 20, 40, 60, 212]) * 1000000) if r.random() < 0.17 else "",
        "Owner": zid() if r.random() < 0.62 else "", "Managing Broker": zid() if r.random() < 0.47 else "",
        "Watch list": r.choices(["NEW", "Performing", "On watch list", ""], weights=[458, 148, 135, 26])[0],
        "Branches": r.choice(["0", "0", "0", "0", "1", "2"]) if r.random() < 0.77 else "",
        "License States": ";".join(sorted(set([state] + r.sample(list(AREA), r.choice([0, 0, 0, 1, 3]))))) if r.random() < 0.9 else "",
        "Compensation": r.choices(["2.75%", "N/A", "2.00%", "2.50%", "2.25%", "1.50%", "1.00%", ""],
                                  weights=[372, 159, 105, 71, 18, 12, 9, 4])[0],
        "Last Submission Date": f.date(datetime.date(2019, 6, 1), datetime.date(2019, 12, 30)).isoformat() if r.random() < 0.55 else "",
        "Last Funded Date": f.date(datetime.date(2019, 5, 1), datetime.date(2019, 12, 20)).isoformat() if r.random() < 0.33 else "",
        "CertNotices": "Active" if r.random() < 0.09 else "",
    })
    if status == "Approved Investment Only Broker" and r.random() < 0.4:
        row["Description"] = "INVESTMENT ONLY"
    elif r.random() < 0.11:
        row["Description"] = NOTE_STD
    elif r.random() < 0.03:
        row["Description"] = f.pick(NOTES_ODD)
    if r.random() < 0.06:
        row["Reassignment Date"] = "2018-05-14" if r.random() < 0.85 else f.date(datetime.date(2018, 1, 1), datetime.date(2018, 7, 1)).isoformat()
        row["Previous AE"] = staff_name() if r.random() < 0.3 else f.pick(OWNERS)[0]
        row["Account Source"] = "Reassigned"
    elif r.random() < 0.05:
        row["Account Source"] = f.pick(["Self Generated", "Referred by Harborline", "Scotsman Guide", "Website"])
    if r.random() < 0.12:
        row["Annual recertification"] = f.date(datetime.date(2019, 1, 1), datetime.date(2020, 6, 1)).isoformat()
    rows.append(row)
    if r.random() < 0.06:
        parents.append(row)

for i in range(2):  # the only two records with a country
    rows[r.randrange(len(rows))]["Country"] = ["United States", "USA"][i]
rows[4]["Fax"] = rows[4]["Phone"].replace("-", "")

# branches ---------------------------------------------------------------------------------------
for parent in parents:
    hq_phone = f"{r.choice(['877', '888', '800'])}-555-01{r.randrange(100):02d}"
    mailbox = "compliance@" + parent["Email"].split("@")[1] if "@" in parent["Email"] else f"licensing@{r.randrange(10, 99)}mtg.test"
    for _ in range(r.choice([1, 2, 3, 5, 8, 12, 20])):
        city, state, zip3, _ = r.choices(CITIES, weights=[c[3] for c in CITIES])[0]
        row = dict(parent)
        nmls = str(r.randrange(100000, 2000000))
        base = parent["Account Name"].split(" dba ")[0]
        name = f"{base}, {city}, {state} Branch" + (f" ({nmls})" if r.random() < 0.5 else "")
        if name in used:
            continue
        used.add(name)
        row.update({
            "Account ID": zid(), "Account Name": name, "Parent Account": parent["Account Name"],
            "Parent Account ID": parent["Account ID"], "Phone": hq_phone if r.random() < 0.6 else phone(state),
            "Email": mailbox if r.random() < 0.7 else "", "Account Type": "", "Description": "",
            "Created Time": when(datetime.date(2018, 6, 5), datetime.date(2018, 6, 5)) if r.random() < 0.5 else when(datetime.date(2018, 1, 1), datetime.date(2019, 11, 1)),
            "Zip Code": f"{zip3}{r.randrange(100):02d}", "Street": f"{r.randrange(10, 20000)} {f.pick(STREETS)}",
            "City": city, "State": state, "Company id": str(next(company_ids)), "NMLS": nmls,
            "Account Status": "Approved Branch", "MLOs": str(r.choice([1, 1, 2, 3])), "Owner": "",
            "Managing Broker": zid() if r.random() < 0.5 else "", "Branches": "0",
            "Watch list": r.choice(["NEW", "NEW", "Performing"]),
            "Annual Volume": "", "Account Executive": "",
        })
        rows.append(row)

# Zoho writes records in the order of their ids.
rows.sort(key=lambda x: x["Account ID"])


def cell(v):
    if v == "":
        return ""
    if any(ch in v for ch in ' ,"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "accounts-en-us-mortgagebrokers.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(",".join(cell(h) for h in HEADERS) + "\r\n")
    for x in rows:
        out.write(",".join(cell(x[h]) for h in HEADERS) + "\r\n")

if __name__ == "__main__":
    print("accounts", len(rows), "branches", sum(1 for x in rows if x["Parent Account"]))
