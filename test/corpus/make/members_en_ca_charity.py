"""
Shape of CapitalOneCanadaHackathon/gift_the_code "member_data.xlsx"
(commit 7d080f6a433eced7262677496389f32e5c3866c1): the member list a Toronto charity handed to a
Gift the Code hackathon (beside donations and events workbooks), one row per member.

- One sheet "Sheet1", header on row 1 in bold, snake_case: member_id / first_name / last_name /
  email / address_line / city / postal_code / state / country / phone_number / birth_date /
  membership_length / join_date; column A 13 wide, nothing else formatted, no freeze.
- 1000 rows, not sorted. member_id is NOT unique: 647 distinct ids, most shared by two to four
  unrelated people (different names, e-mails, addresses and join dates), so it names no one.
- Names in title case; e-mail unique per row (first initial + last name + a counter); street
  addresses in capitals ("711-437 <STREET> ST", "… APT 1603", "PO BOX … STN Q", double spaces,
  a missing space), the same address on two consecutive rows for two people of one household;
  city TORONTO, EAST YORK, NORTH YORK, SCARBOROUGH and one typo; postal code without its space;
  state "ON" throughout.
- 95 rows with country, phone, birth date and membership length all empty.
- phone_number as text ddd-ddd-dddd; birth_date and join_date as ISO text, not dates;
  membership_length a whole number of years (1-10).
Values invented (phones in the 555-01xx block, e-mail at example.com/.org/.net, streets made up).
"""
import random

from openpyxl.styles import Font

from fake import save, workbook

r = random.Random("members-en-ca-charity")

FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Amelia", "Mason", "Harper", "Logan",
         "Ella", "Aiden", "Chloe", "Caleb", "Nora", "Owen", "Zoe", "Wyatt", "Priya", "Arjun", "Mei", "Kenji",
         "Amara", "Tariq", "Ingrid", "Mateo", "Sofia", "Dmitri", "Leila", "Farah", "Rohan", "Anouk", "Bronwyn",
         "Cosmo", "Delphine", "Edmund", "Florian", "Gwendolyn", "Hamish", "Isolde", "Jasper", "Keziah", "Lorcan",
         "Marisol", "Niamh", "Oisin", "Perpetua", "Quentin", "Rosalind", "Silas", "Tamsin", "Ulric", "Verity",
         "Winifred", "Xanthe", "Yusuf", "Zinnia"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers",
        "Jessop", "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quayle", "Rookwood",
        "Saltash", "Thistlewood", "Upton", "Vellacott", "Wickham", "Yarrow", "Abernethy", "Blackmoor", "Cragg",
        "Dovecote", "Elmsworth", "Fenwick", "Gorringe", "Hartshorn", "Inchbald", "Jollife", "Kestrel", "Lampard",
        "Merriweather", "Nettleship", "Ormerod", "Pettigrew", "Ravenhill", "Sowerby", "Tunnicliffe", "Underhay",
        "Whitlock", "Brackenbury", "Calloway", "Dimsdale", "Esterbrook", "Fotheringham"]
STREETS = ["MAPLEGROVE AVE", "CEDARVALE RD", "BIRCHLEA ST", "ALDERWOOD CRES", "HOLLYBANK DR", "FERNHILL BLVD",
           "LARCHMERE AVE", "ROWANVALE RD", "HAWTHORNE GLEN", "WILLOWMEAD ST", "ELMSTEAD AVE", "ASHBURY PL",
           "QUARRYVIEW DR", "LAKESHORE GATE", "MILLSTREAM CRT", "POPLARDALE AVE", "THORNBRIDGE RD",
           "BRAMBLEWOOD ST", "OAKRIDGE TERR", "HEATHERSIDE AVE", "GLENCAIRN PARK RD", "KINGSMERE AVE E",
           "WESTMOOR ST W", "BELLWOOD AVENUE", "STONEHAVEN ROAD", "RIVERBEND STREET", "SUMMERLEA PLACE"]
CITIES = ["TORONTO"] * 822 + ["EAST YORK"] * 141 + ["NORTH YORK"] * 33 + ["SCARBOROUGH"] * 2


def street():
    s = r.choice(STREETS)
    n = r.randrange(2, 900)
    kind = r.random()
    if kind < 0.30:
        return f"{r.randrange(101, 2400)}-{n} {s}"
    if kind < 0.42:
        return f"{n} {s} APT {r.randrange(101, 2600)}"
    if kind < 0.44:
        return f"PO BOX {r.randrange(100, 999)} STN Q"
    if kind < 0.46:
        return f"{n} {s}  APT {r.randrange(101, 900)}"
    if kind < 0.47:
        return f"{r.randrange(101, 400)}-{n}{s}"
    return f"{n} {s}"


def postal():
    L = "ABCEGHJKLMNPRSTVXY"
    return f"M4{r.choice(L)}{r.randrange(10)}{r.choice(L)}{r.randrange(10)}"


def iso(y0, y1):
    return f"{r.randrange(y0, y1 + 1)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"


phones = set()


def phone():
    while True:
        p = f"{r.randrange(201, 990)}-555-01{r.randrange(100):02d}"
        if p not in phones:
            phones.add(p)
            return p


RESERVED = {("Marisol", "Quayle"), ("Hamish", "Vellacott"), ("Tamsin", "Vellacott"), ("Oisin", "Dovecote"),
            ("Verity", "Sowerby"), ("Kenji", "Abernethy")}
names = set(RESERVED)
rows = []
prev_addr = None
for i in range(1000):
    first, last = r.choice(FIRST), r.choice(LAST)
    while (first, last) in names:
        first, last = r.choice(FIRST), r.choice(LAST)
    names.add((first, last))
    email = f"{first[0].lower()}{last.lower()}{i:x}@{r.choice(['example.com', 'example.org', 'example.net'])}"
    if prev_addr and r.random() < 0.09:
        addr, city, pc = prev_addr
    else:
        addr, city, pc = street(), r.choice(CITIES), postal()
    prev_addr = (addr, city, pc)
    full = r.random() >= 0.095
    rows.append([r.randrange(1, 1001), first, last, email, addr, city, pc, "ON",
                 "Canada" if full else None, phone() if full else None, iso(1976, 1999) if full else None,
                 r.randrange(1, 11) if full else None, iso(2015, 2017)])

# the records a reader checks: two people sharing member id 412, a member without phone,
# a household of two on consecutive rows, the city typo
rows[10] = [412, "Marisol", "Quayle", "mquayle9k@example.org", "1208-77 LARCHMERE AVE", "TORONTO", "M4S2K7", "ON",
            "Canada", "416-555-0142", "1988-03-14", 4, "2016-05-09"]
rows[11] = [318, "Hamish", "Vellacott", "hvellacott9l@example.com", "33 FERNHILL BLVD", "EAST YORK", "M4C1R8", "ON",
            "Canada", "647-555-0177", "1992-11-02", 7, "2015-08-21"]
rows[12] = [319, "Tamsin", "Vellacott", "tvellacott9m@example.net", "33 FERNHILL BLVD", "EAST YORK", "M4C1R8", "ON",
            "Canada", "647-555-0178", "1994-01-30", 7, "2015-08-21"]
rows[400] = [412, "Oisin", "Dovecote", "odovecote2ab@example.com", "PO BOX 318 STN Q", "TORONTO", "M4T2L7", "ON",
             "Canada", "905-555-0163", "1979-07-19", 2, "2017-02-11"]
rows[401] = [56, "Verity", "Sowerby", "vsowerby2ac@example.org", "590 KINGSMERE AVE E", "NORTH YORK", "M4N3J4", "ON",
             None, None, None, None, "2016-12-03"]
rows[702] = [733, "Kenji", "Abernethy", "kabernethy3b6@example.com", "14 ROWANVALE RD", "DLHI", "M4E2T9", "ON",
             "Canada", "289-555-0119", "1985-09-09", 9, "2015-03-27"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["member_id", "first_name", "last_name", "email", "address_line", "city", "postal_code", "state",
           "country", "phone_number", "birth_date", "membership_length", "join_date"])
for c in ws[1]:
    c.font = Font(bold=True)
for row in rows:
    ws.append(row)
ws.column_dimensions["A"].width = 13
save(wb, "members-en-ca-charity.xlsx")
