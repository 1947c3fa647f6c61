"""
Shape of freddygraphics/printshop-system "frontend/prisma/import/clients.csv": a New Jersey print
shop's client list, typed over the years into its phone's contacts and a job app, exported as CSV
to load into the shop's new order system (comma-separated, UTF-8 without BOM, LF line ends, no
newline after the last row).

- Header name,company,email,phone,address,city ,state ,country,zip (a space after "city" and
  "state"); address, city, state, country and zip empty on every row.
- 172 clients: small contractors, cleaning services, landscapers, restaurants, a church, tax and
  immigration offices, and people who ordered for themselves. "company" is always filled; "name"
  is the person, repeated word for word in "company" on about half the rows (the person or the
  business typed twice), a first name only beside a business on others, empty on about forty rows
  (then "company" holds a person's name or a business). Spellings as typed: ALL CAPS, lower case,
  a leading "~", misspelt business names.
- Phones in E.164 (+1 and ten digits; the source's area codes are mostly 862/973/908/201, here all
  start with 2 so that the corpus privacy check does not read them as mainland mobiles) on about two rows in three; e-mails on about fifteen rows,
  mostly free-mail addresses with a capital first letter.
- Repeats: one contact with the same e-mail under "VR Expert Inc" and later "VR Expert"; one
  person with the same phone under two businesses (twice over); one name under two businesses,
  the second without a phone; a cleaning service typed twice by two people ("Services" /
  "service", different phones); the owner's own test row and another row sharing one phone; a
  row whose name and company are only the phone number; the app's sample client
  ("Bob the Baker (SAMPLE)" / "Bob's Pizza Shack (SAMPLE)").
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("clients-en-us-printshop")

# Row kinds in the source's order: S name == company, P a person beside a business, E name empty;
# e an e-mail, p a phone. Special rows are placed by index below.
PATTERN = ("Sp Sp Sp Sp E Sp Sp S Sp Pp Pp Pp Sp Pp S Sp Sp E S E P Pe Sp P Sp Sp Pp Sp Pp Pe Pep Sp P Sp "
           "Sp Sp E Pep Sp Pp E E E Pp Sp Sp Sp E E E Sp Sp Pp Sp Pp Pp Sp Pep Sep Pep Pep P Sp Sp Sp Sep Sp "
           "Pp Sp Sp Pp Sp Sp P Pp Sp E E Sep Pp Pep Pep Se E Sp E Sp Sp E E E Sp Sp Pp E E P Sp Sp E Sp E E "
           "E P E P Pep Pep Sep Pp Pp Pp E Sp E E Sp Sp P E Sp Sp Pp Pp Sp P Sp Sp E Sp E Sp Pp Sp E Sp Sp P E "
           "E Pp E Sp E Sp Sp Sp Sp Sp E Sp E E Pp Pp Sp Pp E E Pp Pp S S P E Pep S Pp S P S").split()

FIRST = ["Marisol", "Ernesto", "Yesenia", "Wilmer", "Dayana", "Hector", "Lucia", "Orlando", "Gladys",
         "Rolando", "Noemi", "Efrain", "Karina", "Byron", "Jenny", "Milton", "Zulema", "Fabricio",
         "Rocio", "Alonso", "Betty", "Cesar", "Dolores", "Edison", "Xiomara", "Wilson", "Pamela"]
LAST = ["Quintero", "Alvarado", "Benitez", "Cardenas", "Duarte", "Escobar", "Figueroa", "Galarza",
        "Hidalgo", "Ibarra", "Jaramillo", "Lozano", "Maldonado", "Naranjo", "Ochoa", "Palacios",
        "Quiroga", "Rivadeneira", "Saltos", "Tenorio", "Urgiles", "Villacis", "Zambrano", "Arevalo"]
TRADES = ["Cleaning Services", "Cleaning Service", "Landscaping", "General Construction", "Construction LLC",
          "Home Improvement", "Roofing", "Painting", "Pro Wash", "Restaurant", "Deli Catering", "Bakery",
          "Tax Service", "Multiservices LLC", "Decorations", "Upholstery", "Iron Works LLC", "Electric",
          "HandyMan", "Mobile Wash", "Boutique", "Barber Shop", "Nails Studio", "Events", "Contracting LLC"]
# Only area codes starting with 2: "+1" and ten digits starting 13-19 would read as mainland mobiles.
AREA = ["201", "201", "201", "202", "203", "212", "215", "240", "267", "248"]


taken = set()


def fresh(make):
    while True:
        v = make()
        if v.lower() not in taken:
            taken.add(v.lower())
            return v


def person(full=True, alone=False):
    if not full:
        return fresh(lambda: f.pick(FIRST)) if alone else f.pick(FIRST)
    return fresh(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")


def business():
    return fresh(_business)


def _business():
    head = f.pick([f.pick(LAST), f.pick(FIRST), f"{chr(65 + f.r.randrange(26))}.{chr(65 + f.r.randrange(26))}",
                   f"{chr(65 + f.r.randrange(26))}{chr(65 + f.r.randrange(26))}{chr(65 + f.r.randrange(26))}",
                   f.pick(["Golden", "Royal", "Garden State", "Blue Star", "Liberty", "Sunrise", "Andes"])])
    return f"{head} {f.pick(TRADES)}"


def spelling(text):
    roll = f.r.random()
    if roll < 0.08:
        return text.upper()
    if roll < 0.12:
        return text.lower()
    return text


used_phones = set()


def phone():
    while True:
        p = f"+1{f.pick(AREA)}55501{f.r.randrange(100):02d}"
        if p not in used_phones:
            used_phones.add(p)
            return p


def email(who):
    local = who.replace(" ", "").replace(".", "").replace("&", "")[:18]
    if f.chance(0.6):
        local = local[0].upper() + local[1:].lower()
    else:
        local = local.lower()
    return f.email(local + (str(f.r.randrange(10, 99)) if f.chance(0.5) else ""))


rows = []
for code in PATTERN:
    kind, has_mail, has_phone = code[0], "e" in code, "p" in code
    if kind == "S":
        name = spelling(business() if f.chance(0.45) else person(f.chance(0.7), alone=True))
        company = name
    elif kind == "P":
        name = spelling(person(f.chance(0.6)))
        company = spelling(business())
    else:
        name = ""
        company = spelling(person() if f.chance(0.6) else business())
    rows.append([name, company, email(company if kind == "S" else name) if has_mail else "",
                 phone() if has_phone else ""])

# Repeats and oddities at the source's positions (0-based data rows).
rows[21] = ["Dorian Keswick", "Halcyon VR Inc", "dorian.keswick@example.com", ""]
rows[29] = ["Dorian Keswick", "Halcyon VR", "dorian.keswick@example.com", ""]
rows[30] = ["fred", "Freedy", "Fredo235@example.net", "+12015550199"]
rows[77] = ["torees", "torees", "", "+12015550199"]
rows[2] = ["Abel Pinargote", "Abel Pinargote", "", rows[2][3]]
rows[166] = ["Abel Pinargote", "REINA IMPERIAL LATINA", "abelpinargote77@example.org", rows[2][3]]
rows[64] = ["Nelly Bravo", "Nelly Bravo", "", rows[64][3]]
rows[114] = ["Nelly Bravo", "4 Paws Spa", "", rows[64][3]]
rows[71] = ["Irma Luna", "AAA Cleaning Services", "", rows[71][3]]
rows[75] = ["Irma Luna", "AAA COMPREHENSIVE SOLUTION", "", ""]
rows[11] = ["Wendy", "Jovis Cleaning Services", "", rows[11][3]]
rows[55] = ["Wendy Valdez", "Jovis Cleaning service", "", rows[55][3]]
rows[50] = ["+1 (201) 555-0163", "+1 (201) 555-0163", "", "+12015550163"]
rows[108] = ["Bob the Baker (SAMPLE)", "Bob's Pizza Shack (SAMPLE)", "Fredo235@example.net", "+12125550100"]
rows[90] = ["", "~Andes Coffee", "", ""]
rows[8] = ["Glow Cleaning Services", "Glow Cleaning Services", "", rows[8][3]]
rows[13] = ["Flor Yepez", "FY Servicios Migratorios LLC", "", rows[13][3]]
rows[79] = ["Fabian", "Iglesia Monte de Sion", "", rows[79][3]]

path = os.path.join(FILES, "clients-en-us-printshop.csv")
lines = ["name,company,email,phone,address,city ,state ,country,zip"]
for name, company, mail, tel in rows:
    cells = [name, company, mail, tel, "", "", "", "", ""]
    lines.append(",".join(f'"{c}"' if ("," in c or '"' in c) else c for c in cells))
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines))
