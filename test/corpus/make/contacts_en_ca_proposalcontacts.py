"""
Shape of primeeng-adil/proposal-generator Clients.xlsx: the contact list an electrical engineering
consultancy in Victoria, British Columbia keeps to address its fee proposals, one sheet, Excel
(every cell General, no styles). The original has 698 rows; this re-make keeps the shape at 160.

- "Sheet1": header on row 1: Name / Title / Company / Address / City / Province / Postal Code /
  Email / Phone / Website. One row per person at a client or partner firm (contractors,
  engineering firms, distributors, hotels, government), sorted by first name; the last row is
  added out of order.
- Title holds only a salutation ("Mr") on a handful of rows; Website is empty throughout.
- Names sometimes with a double space ("Sam  Jackson"), a nickname in brackets, a credential
  ("…, BSC"), quoted ("'D Morgan'"), or an e-mail address with a trailing space instead of a
  name (and then no company); one person twice, the second time under his long first name with
  the same e-mail and no company.
- Company spelled differently for the same firm ("Houle Electric Ltd." / "Houle Electric,
  Victoria"), the consultancy's own staff listed under its own name, ~3 % without a company.
- Address on about half the rows: a street line (often with a trailing comma), a multi-line
  address with the city and postal code inside it and City empty, or the whole address in one
  cell; Province mostly BC, also B.C. / British Columbia / "BC," / AB / ON / US states.
- Phone on about half the rows, in many spellings: "+1 (778) 555-0123", "250-555-0123",
  "604 555 0123", "(250) 555-0123", "250.555.0123", and truncated ones ("+1 (64) 555-0199",
  "+1 (778) 555-012").
Values invented (firms and people; e-mail domains under .test, phones in 555-01xx).
"""
from fake import Fake, save, workbook

f = Fake("contacts-en-ca-proposalcontacts")
FIRST = ["Aaron", "Adam", "Adrian", "Alan", "Alex", "Ali", "Amy", "Andrew", "Andy", "Anthony", "Ben", "Bob",
         "Brent", "Brian", "Cam", "Carl", "Chris", "Clayton", "Colin", "Dan", "Darren", "Dave", "Derek", "Doug",
         "Eric", "Gary", "Gillian", "Graham", "Greg", "Ian", "James", "Jason", "Jeff", "Jim", "John", "Karen",
         "Ken", "Kevin", "Kyle", "Lisa", "Luke", "Mark", "Matt", "Mike", "Neil", "Paul", "Peter", "Rob", "Ryan",
         "Sam", "Scott", "Shane", "Steve", "Tom", "Trevor", "Wayne", "Will", "Winston", "Yasser", "Zbigniew"]
LAST = ["Abernathy", "Bexley", "Caldwell", "Dunstan", "Easton", "Fenwick", "Garroway", "Hadley", "Inglis",
        "Jardine", "Kessler", "Lachance", "Mackay", "Nakamura", "Osei", "Pritchard", "Quinlan", "Rasmussen",
        "Sandhu", "Thorsen", "Underhill", "Varga", "Whitlock", "Yeung", "Zielinski", "Brody", "Cormier",
        "Delorme", "Fairweather", "Gillis", "Horvath", "Kowalczyk", "Lindgren", "Morrow", "Okafor", "Petrie"]
# (company, domain, address rows: list of (address, city, province, postal) or None)
FIRMS = [
    ("Harbourline Electric Ltd.", "harbourline", ("4240 Glanville Ave", "Victoria", "BC", "V8Z 0A1")),
    ("Harbourline Electric, Victoria", "harbourline", ("4240 Glanville Ave\nVictoria, BC\nV8Z 0A1\n", None, None, None)),
    ("Cedarpoint Engineering", "cedarpointeng", ("365 Gilford Way", "Burnaby", "BC", "V5C 2J1")),
    ("Northgate Consultants Ltd.", "northgate", ("14-1185 West Pender Street", "Vancouver", "BC", "V6E 4E6")),
    ("Pacifica Engineering Ltd.", "pacificaeng", None),
    ("Ridgeway Electrical Group", "ridgeway", ("2829 Murray Street,", "Port Moody", "BC", "V3H 1X3")),
    ("Coastline Power Systems", "coastline", None),
    ("Westbrook, div. of Rexford Canada", "westbrook", ("5700 Kingsway Drive, Burnaby, BC, Canada, V5B4W6", None, None, None)),
    ("Stanfield Consulting Ltd.", "stanfield", None),
    ("Lumen Engineering Inc.", "lumeneng", ("3-64 West Broadway", "Vancouver", "BC", "V5Z 1G4")),
    ("Keystone Energy Canada", "keystone", ("1693 Cliveden Ave,", "Delta", "BC", "V3S 5V1")),
    ("Anvil Electric Ltd.", "anvilelectric", None),
    ("Bayside Beach Hotel", "baysidehotel", None),
    ("Department of National Defence", "forces", None),
    ("Granite Int. Co. - Nanaimo", "granite", ("1965B Bollinger Rd,", "Nanaimo", "BC", "V9S 5W9")),
    ("Tidewater Engineering", "tidewater", ("Suite 21 - 2612 Bridge Street", "Victoria", "BC", "V8T 4S9")),
    ("Summit Powerlines Ltd.", "summitpower", ("3316 Tennyson Ave", "Victoria", "BC", "V8Z 3P3")),
    ("Orca Management Western Ltd.", "orcamgmt", ("Patient Care Centre, RJH\n1952 Bay Street, Victoria\nBC, V8R 1J8\n", None, None, None)),
    ("Meridian Canada Inc.", "meridian", ("145 Howe St #7,", "Vancouver", "BC", "V6Z 2A9")),
    ("Capital Wiring Systems Ltd.", "capitalwiring", ("PO Box 06\nBrentwood Bay, BC \nCanada\nV8M 1R2", "Brentwood Bay", "B.C.", "V8M 1R2")),
    ("Foothill Power Corporation", "foothillpower", ("800 5 Ave SW", "Calgary", "AB", "T2P 3T6")),
    ("Lakeshore Controls", "lakeshore", ("210 Industrial Pkwy", "Milwaukee", "Wisconsin", "53202")),
    ("Saltspring Marine Centre", "saltspring", ("100 Pachena Rd", "Bamfield", "British Columbia", "V0R 1B0")),
    ("Everly Engineering", "everlyeng", ("Fifth Floor Three Bentall Centre\n595 Burrard St. PO Box 49369", "Vancouver", "BC,", "V7X 1L4")),
    ("Tessellate Motors Canada ULC", "tessellate", None),
    ("Dunmore Electric Ltd.", "dunmore", ("1170-1368 Kingsway Ave,", "Port Coquitlam", "BC", "V3C 6P4")),
    ("Brightline Engineering Ltd.", "brightline", ("12-3686 Bonneville Place", "Burnaby", "BC", "V3N 4T6")),
    ("Ironwood Distribution Canada", "ironwood", None),
    ("Kestrel Air", "kestrelair", ("9600 Canora Rd", "Sidney", "B.C.", "V8L 5V5")),
    ("Gulf Islands Ferries Corp.", "gulfferries", ("1321 Blanshard St", "Victoria", "BC ", "V8W 0B7")),
]
OWN = ("Prime Engineering", "primeeng", None)


def phone():
    area = f.pick(["250", "604", "778", "236"])
    n = f"01{f.r.randrange(100):02d}"
    style = f.r.random()
    if style < 0.5:
        return f"+1 ({area}) 555-{n}"
    if style < 0.68:
        return f"{area}-555-{n}"
    if style < 0.76:
        return f"{area} 555 {n}"
    if style < 0.82:
        return f"+1 ({area[:2]}) 555-{n}"
    if style < 0.87:
        return f"+1 ({area[:2]}) 555-{n[:3]}"
    if style < 0.9:
        return f"({area}) 555-{n}"
    if style < 0.93:
        return f"{area}.555.{n}"
    return f"+1 ({area}) 555-{n[:3]}"


rows = []
used = set()
for i in range(150):
    while True:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) not in used:
            used.add((first, last))
            break
    r = f.r.random()
    firm = OWN if i % 13 == 5 else f.pick(FIRMS)
    name = f"{first} {last}"
    if r < 0.03:
        name = f"{first}  {last}"
    company, domain, addr = firm
    row = [name, None, company, None, None, None, None,
           f"{f.pick([first.lower() + '.' + last.lower(), first[0].lower() + last.lower(), first.lower()])}@{domain}.test",
           None, None]
    if company == "Prime Engineering":
        row[7] = f"{first.lower()}.{last.lower()}@primeeng.test"
    elif addr and f.chance(0.75):
        row[3:7] = list(addr)
    if company != "Prime Engineering" and f.chance(0.55):
        row[8] = phone()
    if f.chance(0.05):
        row[7] = None
    rows.append(row)

# the odd rows of the original, placed where its sort put them
rows.append(["Robert (Bob) Pellow", "Mr", "Foothill Power Corporation", None, None, None, None,
             "bob.pellow@foothillpower.test", "604-555-0142", None])
rows.append(["Alison Brisco, BSC", None, "Cedarpoint Engineering", "365 Gilford Way", "Burnaby", "BC", "V5C 2J1",
             "alison@cedarpointeng.test", None, None])
rows.append(["Alex Tzanakis", None, "Tessellate Motors Canada ULC", None, None, None, None, "atzanakis@tessellate.test",
             None, None])
rows.append(["Alexander Tzanakis", None, None, None, None, None, None, "atzanakis@tessellate.test", None, None])
rows.append(["'D Moreland'", None, None, None, None, None, None, "dmoreland@example.net", None, None])
rows.append(["gregsanford@example.com ", None, None, None, None, None, None, "gregsanford@example.com", None, None])
rows.append(["jimpelton3810@example.com ", None, None, None, None, None, None, "jimpelton3810@example.com", None, None])
rows.append(["Aurel  Jonsson", "Mr", "Coastline Power Systems", None, None, None, None, "ajonsson@coastline.test",
             "+1 (250) 555-0177", None])
rows.append(["Luke Tremblay", "Mr", "Foothill Power Corporation", None, None, None, None,
             "luke.tremblay@foothillpower.test", "604-555-0151", None])
for i in range(5):
    first, last = f.pick(FIRST), f.pick(LAST)
    rows.append([f"{first} {last}", None, None, None, None, None, None,
                 f"{first.lower()}{last.lower()}@example.org", phone() if i < 2 else None, None])
rows.sort(key=lambda r: r[0].strip("' ").lower())
rows.append(["'Zsmith@Harbourviewelectric.Test' ", None, None, None, None, None, None,
             "zsmith@harbourviewelectric.test", None, None])
rows.append(["Dwain Fenner", None, "Ridgeway Electrical Group", None, None, None, None, "dwain@ridgeway.test",
             "250 555 0188", None])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Title", "Company", "Address", "City", "Province", "Postal Code", "Email", "Phone", "Website"])
for row in rows:
    ws.append(row)
ws.column_dimensions["A"].width = 22.9
ws.column_dimensions["C"].width = 30
ws.column_dimensions["H"].width = 34

if __name__ == "__main__":
    save(wb, "contacts-en-ca-proposalcontacts.xlsx")
    print(len(rows), "rows")
    for r in rows[:12]:
        print(r)
