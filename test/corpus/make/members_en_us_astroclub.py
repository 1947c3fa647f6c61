"""
Shape of sjaa/sjaa-memberships "db/seeds_4_11.csv": a San Jose amateur astronomy club's whole
membership roster as kept in its spreadsheet for years, exported as CSV (UTF-8, no BOM, CRLF line
ends, a few quoted fields holding line breaks) to seed the club's new membership app.

- Header: First Name,Last Name,Status,Expiry Date,last payment,Cash?,Term,Type,New/Rtn,Member Since,
  Ephem,Comp,email1,Address1,City1,ST1,Zip1,phone1,email2,phone2,Observer's Group?,
  Observers Email Address (if diff),Interests,Equipment (24 columns).
- 1,875 people, newest expiry first: eight life members at the top ("Life Time" expiry, Term
  "Life", Member Since "Lifetime", Comp "Life"), then current members (Status "Member", about
  450), then expired ones back to 2015 (Status "Expired"; the source reaches 2013), one "Inactive". Dates are text
  MM-DD-YY, zero-padded mostly, "2-28-26" on some recent rows; the oldest third came from an
  earlier list: Type "EX", no Term, no New/Rtn, no Member Since, often no phone, and on some rows
  the family name typed in First Name.
- Cash? holds payment notes ("CASH", "Donated $20", "$100 donation", "$10"); Term "1yr" (once
  "1yr "), "2yr", "5 yr"; Type EX / VM / VM-B / NM; New/Rtn New / Return / NEW / return / Retur /
  Renew; Ephem "PRINT" for printed-newsletter subscribers.
- Couples in one row ("Kevin & Denni"), names with trailing spaces or in capitals, lower-case
  cities, "CA " with a space, ZIP+4, a tab before some streets and phones, phones with dots or no
  dashes or a digit short, a second e-mail or phone on a handful of rows, "c" after a cell number.
- Interests from a web form, cut at 40 characters ("Deep sky (nebulae, clusters, galaxies");
  Equipment mixes telescopes with office notes ("Donated extra $20", "Membership extended by a
  month … due to SJAA website issue.", "Jr Membership").
- A few people on two or three rows (re-joined under a new row, same e-mail); three empty rows at
  the end, the last with only "CA" in ST1.
Values invented.
"""
import csv
import datetime
import os

from fake import FILES, Fake, FIRST_EN, LAST_EN, FIRST_IN, LAST_IN

f = Fake("members-en-us-astroclub")

FIRST = FIRST_EN + FIRST_IN + ["Wei", "Minh", "Hiroshi", "Yuki", "Sanjay", "Elena", "Tomasz", "Farah",
                               "Reza", "Carlos", "Marta", "Dmitri", "Ingrid", "Kwame", "Leilani", "Bao"]
LAST = LAST_EN + LAST_IN + ["Nakashima", "Tran", "Okonkwo", "Varga", "Castellanos", "Lindgren",
                            "Petrov", "Haddad", "Moreau", "Kowalczyk", "Yamada", "Quach", "Brennan"]
CITIES = [("San Jose", ["95123", "95124", "95125", "95129", "95132", "95134", "95136", "95118"], 40),
          ("Sunnyvale", ["94085", "94086", "94087"], 9), ("Santa Clara", ["95050", "95051", "95054"], 7),
          ("Fremont", ["94536", "94538", "94555"], 6), ("Cupertino", ["95014"], 4),
          ("Mountain View", ["94040", "94041", "94043"], 4), ("Los Gatos", ["95030", "95032"], 3),
          ("Saratoga", ["95070"], 3), ("Milpitas", ["95035"], 3), ("Campbell", ["95008"], 3),
          ("Palo Alto", ["94301", "94306"], 2), ("Morgan Hill", ["95037"], 2), ("Gilroy", ["95020"], 1),
          ("Redwood City", ["94061", "94065"], 1), ("Santa Cruz", ["95060", "95062"], 1),
          ("San Francisco", ["94110", "94115"], 1), ("Los Altos", ["94022", "94024"], 1)]
STREETS = ["Morning Star", "Orion", "Meridian", "Almaden", "Blossom Hill", "Camden", "Hamilton", "Saratoga",
           "Stevens Creek", "Homestead", "Bascom", "Winchester", "Capitol", "Story", "Tully", "Quimby",
           "Foothill", "Hillview", "Lakewood", "Redwood", "Willow Glen", "Cypress", "Juniper", "Sequoia"]
KINDS = ["Dr", "Ave", "Ct", "Way", "Ln", "St", "Cir", "Drive", "Avenue", "Court", "Pl"]
AREAS = ["408"] * 8 + ["650"] * 3 + ["510", "669", "415", "925", "831", "209", "916", "707", "213", "310",
                                       "424", "562", "626", "714", "818", "858", "619", "949", "530", "661"]
INTERESTS = ["Deep sky (nebulae, clusters, galaxies", "Astrophotography", "Solar system (planets, comets)",
             "Deep sky (nebulae, clusters, galaxies)", "Deep Sky", "Solar System (planets, comets)"]
SCOPES = ["Celestron 8SE", "Orion XT8 Dob", "Meade ETX 125", "10 inch Dobsonian", "Seestar S50",
          "Celestron NexStar 6SE, about 2 years", "80mm ED refractor on an EQ mount", "Binoculars 10x50",
          "Sky-Watcher 8\" Dob, 1 year", "Canon 90D camera and star tracker", "no telescope yet"]
NOTES = ["Donated extra $20", "Donated extra $10", "Donated extra $50", "Jr Membership", "Jr. Membership",
         "Membership extended by a month from 05/31/2016 to 06/30/2016 due to SJAA website issue."]

phones_used, mails_used, names_used = set(), set(), set()


def d(day, pad=True):
    return f"{day.month:02d}-{day.day:02d}-{day.year % 100:02d}" if pad else f"{day.month}-{day.day}-{day.year % 100:02d}"


def month_end(year, month):
    nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def phone():
    while True:
        p = f"{f.pick(AREAS)}-555-01{f.r.randrange(100):02d}"
        if p not in phones_used:
            phones_used.add(p)
            roll = f.r.random()
            if roll < 0.03:
                return "\t" + p
            if roll < 0.05:
                return p.replace("-", ".")
            if roll < 0.08:
                return p.replace("-", "")
            if roll < 0.085:
                return p[:-1]
            return p


def person():
    while True:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) not in names_used:
            names_used.add((first, last))
            return first, last


def mail(first, last):
    while True:
        local = f.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{f.r.randrange(10, 99)}",
                        f"{last}{first[0]}", f"{first}_{last}"]).lower().replace(" ", "")
        if f.chance(0.05):
            local = local[0].upper() + local[1:]
        m = f.email(local)
        if m.lower() not in mails_used:
            mails_used.add(m.lower())
            return m


def address():
    city, zips, _ = f.r.choices(CITIES, weights=[c[2] for c in CITIES])[0]
    street = f"{f.r.randrange(10, 39999)} {f.pick(STREETS)} {f.pick(KINDS)}"
    if f.chance(0.08):
        street += f", Apt {f.r.randrange(1, 400)}"
    if f.chance(0.02):
        street = f"P.O. Box {f.r.randrange(10, 9999)}"
    if f.chance(0.02):
        street = "\t" + street
    if f.chance(0.02):
        city = city.upper() if f.chance(0.5) else city.lower()
    z = f.pick(zips)
    if f.chance(0.015):
        z += f"-{f.r.randrange(1000, 9999)}"
    return street, city, "CA " if f.chance(0.003) else "CA", z


HEADER = ["First Name", "Last Name", "Status", "Expiry Date", "last payment", "Cash?", "Term", "Type", "New/Rtn",
          "Member Since", "Ephem", "Comp", "email1", "Address1", "City1", "ST1", "Zip1", "phone1", "email2", "phone2",
          "Observer's Group?", "Observers Email Address (if diff)", "Interests", "Equipment"]

rows = []
# Life members.
for i in range(8):
    first, last = person()
    if i in (0, 5):
        first = f"{first} & {f.pick(FIRST)}"
    street, city, st, z = address()
    rows.append([first, last, "Member", "Life Time", "", "", "Life", "", "", "Lifetime", "PRINT" if i < 2 else "",
                 "Life", mail(first.split(" ")[0], last) if i not in (1, 6, 7) else "", street, city, st, z,
                 phone() if i < 6 else "", "", "", "", "", "", ""])

# Everyone else, newest expiry first: 444 members, then 1,422 expired and one inactive.
today = datetime.date(2025, 4, 11)
expiries = []
month = (2026, 10)
while len(expiries) < 1867:
    y, m = month
    n = f.r.randrange(18, 30) if (y, m) >= (2025, 4) else f.r.randrange(9, 17)
    expiries += [month_end(y, m)] * n
    month = (y - (m == 1), 12 if m == 1 else m - 1)
expiries = expiries[:1867]
for k, exp in enumerate(expiries):
    first, last = person()
    old = k > 1230                     # the earlier list: EX rows
    status = "Member" if exp >= today else "Expired"
    if k == 700:
        status = "Inactive"
    paid = exp - datetime.timedelta(days=365 - f.r.randrange(0, 28))
    pad = not (exp.year >= 2025 and f.chance(0.25))
    new = f.chance(0.3)
    since = paid if new else f.date(min(datetime.date(2011, 1, 1), paid), paid)
    cash = ""
    if f.chance(0.11):
        cash = f.pick(["CASH", "CASH", "CASH", "Donated $20", "Donated $10", "Donated $50", "Donated $100",
                       "$20", "$100 donation", "$10", "Donated $30", "$5 Donation"])
    street, city, st, z = address()
    if old:
        if f.chance(0.25):
            first, last = last, first
        row = [first, last, status, d(exp), d(paid), "CASH" if f.chance(0.12) else "", "",
               f.pick(["EX"] * 12 + ["VM", "NM"]), "", "", "", "", mail(first, last), street, city, st,
               "" if f.chance(0.01) else z, phone() if f.chance(0.45) else "", "", "", "", "", "", ""]
    else:
        row = [first, last, status, d(exp, pad), d(paid), cash,
               f.pick(["1yr"] * 200 + ["2yr", "5 yr", "1yr "]),
               f.pick([""] * 20 + ["VM", "VM-B", "VM-P", "EX"]),
               f.pick(["", "", "", "New", "New", "Return", "NEW", "return", "Retur", "Renew"]) if not new else
               f.pick(["New", "New", "NEW", ""]),
               d(since, pad), "PRINT" if f.chance(0.13) else "", "", mail(first, last), street, city, st, z,
               phone() if f.chance(0.93) else "", "", "", "", "",
               f.pick(INTERESTS) if f.chance(0.12) else "",
               (f.pick(SCOPES) if f.chance(0.7) else f.pick(NOTES)) if f.chance(0.33) else ""]
    if f.chance(0.01):
        row[0] = row[0] + " "
    if f.chance(0.005):
        row[1] = row[1].upper()
    rows.append(row)

# Second e-mails and phones, the observers' group, a line break inside a note.
for i, extra in ((23, 18), (60, 19), (95, 19), (140, 18), (210, 19), (333, 18), (401, 19), (560, 19), (777, 19)):
    r = rows[i]
    r[extra] = mail(r[0].strip(), r[1] + "2") if extra == 18 else phone().strip() + ("c" if i in (95, 401) else "")
rows[52][21] = rows[52][12]
rows[71][21] = mail(rows[71][0], rows[71][1] + "obs").upper()
rows[130][20] = "YES"
rows[30][23] = "Celestron C-11 Go-To.\nOrion 10x50 binoculars. Moved up to Seattle in 2018"
rows[30][14], rows[30][15], rows[30][16] = "Shoreline", "WA", "98177"

# People on two or three rows (re-joined under a new row with the same e-mail).
for a, b in ((40, 980), (120, 655), (200, 1500), (260, 1310), (41, 1101)):
    rows[b][0], rows[b][1], rows[b][12] = rows[a][0].strip(), rows[a][1], rows[a][12]
rows[1600][0], rows[1600][1], rows[1600][12] = rows[40][0].strip(), rows[40][1], rows[40][12]

rows += [[""] * 24, [""] * 24, [""] * 15 + ["CA"] + [""] * 8]

path = os.path.join(FILES, "members-en-us-astroclub.csv")
with open(path, "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)
