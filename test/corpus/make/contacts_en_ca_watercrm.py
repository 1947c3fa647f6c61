"""
Shape of Eclipse-Technologies/crm "contacts_export.csv": a small Ontario water-treatment service
firm's CRM contacts exported from MySQL by PHP as CSV (UTF-8, LF; fields quoted only when they hold
a space, comma, quote or line break, as fputcsv does).

- Header: contact_id,first_name,last_name,company,email,phone,address,city,province,postal_code,
  country,notes,created_at,last_modified,is_customer,tank_number,delivery_date,tags.
- 295 rows, ids 1…323 with gaps. Mostly companies imported from an older list: names in capitals
  cut at 20 characters ("… MANUFACTU", "… LABORATORIE"), some in mixed case, a few misspelt; a
  person's first and/or last name on a fifth of the rows ("Ext 209" once as a first name, a
  trailing space, an initial as the surname), e-mail on a tenth, phones in a dozen spellings
  ("(905) 555-0123", "905) 555-0123" with the opening bracket lost, "905 555 0123", "905.555.0123",
  "1 800-555-0123", an 11-digit number, "'+1 (613) 555 0123"), street addresses on few rows, the
  city nearly always, province ON on some ("On" once), postal codes (one with a stray letter, one in
  lower case, one holding a piece of the address, which also slipped into the city).
- Three eras: ids up to 31 with empty created/modified/delivery fields; ids 32-312 with zero dates
  ("0000-00-00 00:00:00", delivery "0000-00-00"), those edited later with a 2026 last_modified and
  a line break as their tags; from id ~212 on, company names only (hospitals, utilities, pharma,
  the same company up to five times). is_customer 0 on every row, tank_number "yes" once.
- Id 313 is the firm's own SMTP test contact (notes "Created by assistant for SMTP test", tags
  "test,smtp", country Canada); ids 314-323 are recent entries of people at client companies (one
  company with four people, one with two), created and modified timestamps, empty tags.
Values invented (companies, people, streets, numbers, e-mails); Ontario towns and postal areas are places.
"""
import os

from fake import Fake, FILES

f = Fake("contacts-en-ca-watercrm")
r = f.r

RANGES = [(1, 3), (6, 8), (10, 14), (16, 30), (32, 48), (51, 58), (60, 75), (77, 80), (82, 146), (148, 154),
          (156, 186), (188, 209), (211, 214), (216, 219), (221, 237), (239, 251), (253, 255), (257, 262),
          (264, 277), (279, 282), (286, 288), (291, 292), (294, 302), (304, 323)]
IDS = [i for a, b in RANGES for i in range(a, b + 1)]
assert len(IDS) == 295

TOWNS = [("East York", "L3R", "416"), ("Ancaster", "L9G", "905"), ("Aurora", "L7A", "905"), ("Brampton", "L6T", "905"),
         ("Brantford", "N3T", "519"), ("Burlington", "L7L", "905"), ("Cambridge", "N1R", "519"), ("Concord", "L4K", "905"),
         ("Dundas", "L9H", "905"), ("Elmira", "N3B", "519"), ("Etobicoke", "M9W", "416"), ("Georgetown", "L7G", "905"),
         ("Guelph", "N1H", "519"), ("Hamilton", "L8L", "905"), ("Kitchener", "N2G", "519"), ("London", "N6E", "519"),
         ("Markham", "L3R", "905"), ("Mississauga", "L5T", "905"), ("North York", "M3J", "416"), ("Oakville", "L6K", "905"),
         ("Richmond Hill", "L4B", "905"), ("Scarborough", "M1R", "416"), ("Toronto", "M6J", "416"), ("Waterloo", "N2V", "519"),
         ("Woodbridge", "L4L", "905"), ("Whitby", "L1N", "905"), ("Milton", "L9T", "905"), ("Oshawa", "L1J", "905"),
         ("Stratford", "N5A", "519"), ("Newmarket", "L3Y", "905"), ("Niagara Falls", "L2E", "905"), ("Windsor", "N9A", "519")]
WORDS1 = ["NORTHBROOK", "ALDERWOOD", "KESTREL", "MAPLEGATE", "SUMMIT", "PINNACLE", "LAKEVIEW", "CREDIT VALLEY", "HALTON",
          "TRILLIUM", "GREAT LAKES", "BRANT", "DUFFERIN", "HUMBER", "ROUGE", "GRAND RIVER", "NIAGARA", "ONTARIO",
          "CANADIAN", "DOMINION", "IROQUOIS", "FRONTENAC", "SIMCOE", "ESSEX", "NORFOLK", "WELLAND", "MUSKOKA", "ALGOMA"]
WORDS2 = ["FLEXIBLE CIRCUITS", "PRECISION PRODUCTS", "LABORATORIES INC", "PLATING LTD", "CHEMICALS LTD",
          "MANUFACTURING INC", "PACKAGING INC", "METAL FINISHING", "COATINGS LTD", "ELECTRONICS CORP",
          "PHARMACEUTICALS", "INDUSTRIES LTD", "RESEARCH CENTRE", "TECHNOLOGIES INC", "POWER GENERATION",
          "DIAMOND PRODUCTS", "COSMETICS INC", "STAMPING LTD", "OPTICAL SYSTEMS", "HEALTH SCIENCES",
          "PAPER BOX CO", "CASTINGS INC", "SPECIALTY FOODS", "WATER SYSTEMS"]
INSTITUTIONS = ["{} GEN HOSP", "{} HEALTH SYSTEM", "{} REGIONAL HOSPITAL", "UNIVERSITY OF {}", "{} HYDRO NETWORKS",
                "{} PHARMA INC", "CITY OF {}", "{} TRANSIT", "{} COGENERATION", "{} STEEL CANADA"]
FIRST = ["Dalton", "Marcy", "Hector", "Priya", "Wendell", "Talia", "Gord", "Nadia", "Ravi", "Colleen", "Brent",
         "Farah", "Ivan", "Leona", "Otto", "Shauna", "Tomas", "Yvette", "Dev", "Kerri-Ann"]
LAST = ["Prescott", "Lafleur", "Okafor", "Brennan", "Szabo", "Marchetti", "Desrosiers", "Kowalczyk", "Ng", "Patel",
        "Oduya", "Halvorsen", "McTavish", "Bergeron", "Nakamura", "Ferreira"]
STREETS = ["Kimbel Street", "Viceroy Rd", "Leitz Rd", "Pullman Crt", "Passmore Ave", "Canadian Road", "Birchmount Road",
           "Kennedy Rd", "Progress Ave", "Chemical Crt", "14th Ave", "Sheppard Ave E", "Erie Street", "Douro St",
           "Lake Shore Blvd W", "Bermondsey Road", "Toronto St", "Bloor St E", "The West Mall", "Symes Road",
           "Bridge Street W", "Huntington Road", "Frobisher Dr", "Colby Dr", "Dearborn Pl", "Phillip St", "Weber St N",
           "Beech St", "Sharer Rd", "Meadowlark Road"]


def q(value):
    text = "" if value is None else str(value)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ' ,"\n\r\t') else text


def company(legacy=True):
    name = f"{r.choice(WORDS1)} {r.choice(WORDS2)}"
    if legacy:
        return name[:20].rstrip() if r.random() < 0.8 else name[:20]
    return name.title().replace("Ltd", "Ltd").replace("Inc", "Inc")


def phone(area):
    n = f"{r.randrange(100):02d}"
    style = r.random()
    if style < 0.36:
        return f"({area}) 555-01{n}"
    if style < 0.62:
        return f"{area}) 555-01{n}"
    if style < 0.80:
        return f"{area} 555 01{n}"
    if style < 0.86:
        return f"1 800-555-01{n}"
    if style < 0.90:
        return f"{area}.555.01{n}"
    if style < 0.94:
        return f"{area}-555-01{n}"
    if style < 0.97:
        return f"128955501{n}"  # 11 digits as one number (area 289: no mainland-mobile look)
    return f"'+1 ({area}) 555 01{n}"


def postal(prefix):
    code = f"{prefix} {r.randrange(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randrange(0, 9)}"
    return code


ZERO, ZDAY = "0000-00-00 00:00:00", "0000-00-00"
rows = []
used = set()
repeats = {}
for cid in IDS:
    town, prefix, area = r.choice(TOWNS)
    first = last = email = tel = addr = city = prov = pc = country = notes = None
    created = modified = deliv = None
    tags = '""'
    tank = None
    if cid <= 31:
        era = "old"
    elif cid <= 312:
        era = "zero"
        created, modified, deliv = ZERO, ZERO, ZDAY
    else:
        era = "new"
        tags = ""
    if era == "new":
        continue  # written below
    bare = cid >= 212 and r.random() < 0.93
    if bare:
        if r.random() < 0.35 and repeats:
            name = r.choice(list(repeats))
        else:
            name = r.choice(INSTITUTIONS).format(r.choice(WORDS1))[:20].rstrip() if r.random() < 0.6 else company()
            if r.random() < 0.3:
                repeats[name] = True
        if r.random() < 0.03:
            tel = phone(area)
        row = [cid, first, last, name, email, tel, addr, city, prov, pc, country, notes, created, modified, 0, tank, deliv]
        rows.append((row, tags))
        continue
    name = company(legacy=r.random() < 0.8)
    if r.random() < 0.02:
        name = name.split()[0]
    if r.random() < 0.22:
        first = r.choice(FIRST)
        if r.random() < 0.55:
            last = r.choice(LAST)
        if r.random() < 0.05:
            first += " "
    if r.random() < 0.12:
        local = (f"{(last or 'info').lower()}{(first or '')[:1].lower()}" if first else r.choice(["info", "service", "purchasing", "sales"]))
        email = f.email(local)
    if r.random() < 0.88:
        tel = phone(area)
    if r.random() < 0.2 and cid > 40:
        addr = f"{r.randrange(1, 9000)} {r.choice(STREETS)}"
    if r.random() < 0.93:
        city = town
    if addr or r.random() < 0.12:
        prov = "ON"
    if city and r.random() < 0.72:
        pc = postal(prefix)
    if r.random() < 0.04 and era == "zero":
        modified = f"2026-04-23 1{r.randrange(6, 8)}:{r.randrange(60):02d}:{r.randrange(60):02d}"
        tags = '"\n"'
    row = [cid, first, last, name, email, tel, addr, city, prov, pc, country, notes, created, modified, 0, tank, deliv]
    rows.append((row, tags))

# fixed rows the label checks, and the source's odd ones
by_id = {row[0]: (row, tags) for row, tags in rows}
by_id[1] = ([1, "Dalton", "Prescott", "NORTHBROOK FLEXIBLE", "prescottd@example.com", "(416) 555-0110", None, "East York",
             "ON", "L3R 4C1d", None, None, None, None, 0, None, None], '""')
by_id[19] = ([19, "Ext 209", None, "HALTON ULTRAVAC", None, None, None, "Burlington", "ON", "L7M 1A8", None, None, None,
              None, 0, None, None], '""')
by_id[8] = ([8, "Hector", "Marchetti", "Alderwood Precision Limited", None, "905 555 0142", None, "Brampton", "ON", "l7A 1A7",
             None, None, None, None, 0, None, None], '""')
by_id[41] = ([41, "Priya", "Szabo", "K-M PACKAGING INC", None, "905-555-0177", "7550 Kimbel Street", "Mississauga", "ON",
              "L4K 1Y8", None, None, ZERO, "2026-04-23 16:44:40", 0, None, ZDAY], '"\n"')
by_id[48] = ([48, None, None, "Schaefer Canada", None, "(905) 555-0129", None, "E Unit 101", None, "Rd E Unit 101,", None, None,
              ZERO, ZERO, 0, None, ZDAY], '""')
by_id[99] = ([99, None, None, "PANCOR INC", None, None, None, None, "On", "L3R 6E9", None, None, ZERO, ZERO, 0, None, ZDAY], '""')
by_id[134] = ([134, None, None, "LABTEST", None, None, None, "N", None, None, None, None, ZERO, ZERO, 0, None, ZDAY], '""')
by_id[150] = ([150, None, None, "DANFORTH CANADA CORP", None, "905) 555-0161", None, "Oakville", None, "L6K 3E4", None, None,
               ZERO, ZERO, 0, None, ZDAY], '""')
by_id[151] = ([151, None, None, "DANFORTH CANADA CORP", None, "905) 555-0161", None, "Oakville", None, "L6K 3E4", None, None,
               ZERO, ZERO, 0, None, ZDAY], '""')
by_id[209] = ([209, None, None, "FIRESIDE TEXTILES", None, "(519) 555-0131", None, "Woodstock", None, None, None, None,
               ZERO, ZERO, 0, "yes", ZDAY], '""')
by_id[229] = ([229, "Wendell", "Okafor", "Riverdale Conservation Park", "purchasing@example.org", "416 555 0192",
               "2000 Meadowlark Road", "Scarborough", "ON", "M1B 5K7", None, None, ZERO, ZERO, 0, None, ZDAY], '""')
new = [
    (313, "Robert", "Test", "Clearwell Test Contact", f.email("robert.test"), None, None, None, "ON", None, "Canada",
     "Created by assistant for SMTP test", "2026-04-23 18:11:53", "2026-04-23 18:11:53", 0, None, None, "test,smtp"),
    (314, "Ravi", "Ferreira", "Lakeport Circuits", None, "416-555-0150", None, "Markham", "ON", None, None, None,
     "2026-04-23 20:46:23", "2026-04-23 20:46:23", 0, None, None, ""),
    (315, "Shauna", "Bergeron", "Lakeport Circuits", None, "416-555-0150", None, None, None, None, None, None,
     "2026-04-23 20:47:07", "2026-04-23 20:47:07", 0, None, None, ""),
    (316, "Kerri-Ann", "Nakamura", "QRT Technologies", None, "905 555 0199", None, "Concord", "ON", None, None, None,
     "2026-04-23 20:51:37", "2026-04-23 20:51:37", 0, None, None, ""),
    (317, "Dev", "Halvorsen", "Rideau Optical Lab", None, "613-555-0104", None, None, None, None, None, None,
     "2026-04-23 21:15:09", "2026-04-23 21:15:09", 0, None, None, ""),
    (318, "Ivan", "McTavish", "Clearview Window Cleaning", f.email("ivan"), "647 555 0175", None, "Peterborough", "ON",
     None, None, None, "2026-04-23 21:20:35", "2026-04-23 21:20:35", 0, None, None, ""),
    (319, "Otto", "Desrosiers", "Harbourline Water", "otto@example.net", None, None, "Mississauga", "ON", None, None, None,
     "2026-04-24 02:23:16", "2026-04-24 02:23:16", 0, None, None, ""),
    (320, "Leona", "J", "Harbourline Water", "leona@example.net", None, None, None, None, None, None, None,
     "2026-04-24 02:24:15", "2026-04-24 02:24:15", 0, None, None, ""),
    (321, "Tomas", "j", "Harbourline Water", "tomas@example.net", None, None, None, None, None, None, None,
     "2026-04-24 02:24:51", "2026-04-24 02:24:51", 0, None, None, ""),
    (322, "Gord", "j", "Harbourline Water", "gord@example.net", None, None, None, None, None, None, None,
     "2026-04-24 02:25:25", "2026-04-24 02:25:25", 0, None, None, ""),
    (323, "Brent", "Lafleur", "Pace Water Solutions", "brent.lafleur@example.com", "905 555 0134", None, "Concord", "ON",
     None, "Canada", None, "2026-04-27 14:14:02", "2026-04-27 11:42:24", 0, None, None, ""),
]
for row in new:
    by_id[row[0]] = (list(row[:17]), q(row[17]) if row[17] else "")

lines = ["contact_id,first_name,last_name,company,email,phone,address,city,province,postal_code,country,notes,created_at,"
         "last_modified,is_customer,tank_number,delivery_date,tags"]
for cid in IDS:
    row, tags = by_id[cid]
    lines.append(",".join(q(v) for v in row) + "," + tags)
assert len(lines) == 296

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-en-ca-watercrm.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
