"""
Shape of Jessicamathieu/mon-app "Clients.xlsx" (commit ad59d090fd2bfeabd4a78c5d658951d2f4c5ab57): the
client list of a beauty spa in the Beauce region of Quebec, exported from its booking system and
kept by the owner for a new web app (French lower-case headers). One sheet "Clients", bold header
nom / adresse / ville / province / code_postal / telephone / email. Two fuller rows first, then the
clients sorted by first name (accented initials slotted in as if unaccented): first and last name as
typed (a first name alone, capitals, a slip "Lachancw", a company now and then — a glazier, an
excavation firm, a farm, a holding "Inc."), the street only on a few rows, the town on about one row
in five in any spelling ("St-Georges", "SAINT-GEORGES", "Sainte Marie", a postcode typed as the
town), "Quebec" as province on every row, postcodes on a few rows as "G0M 1R0" / "G0M1V0" /
"G0m 1k0", the phone as a 10-digit number on most rows and as text "418-222-…", "418 222-…",
"1 418 …" on the rows that also carry an e-mail, three placeholder phones (1, 548, an 8-digit
number). Six clients appear twice in a row: once with a numeric phone only, once with the same
phone typed as text and an e-mail. Names, streets, phones and e-mails invented; fewer rows than the
original's 649.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-fr-ca-beautyspa")
FIRST = ["Amelie", "Andreanne", "Annie", "Audrey", "Carole", "Catherine", "Chantal", "Claudia", "Diane", "Émilie",
         "Élise", "Genevieve", "Isabelle", "Josée", "Julie", "Karine", "Lise", "Manon", "Marie-Eve", "Melanie",
         "Nathalie", "Pascale", "Sandra", "Sophie", "Stephanie", "Valerie", "Vanessa", "Veronique", "Vicky", "Alain",
         "Eric", "Francis", "Guillaume", "Marc", "Mathieu", "Sebastien", "Kim", "Noémie", "Rosalie", "Océane"]
LAST = ["Bergeron", "Boucher", "Bolduc", "Cloutier", "Drouin", "Fortin", "Gagnon", "Gilbert", "Giguere", "Grenier",
        "Lessard", "Lapierre", "Nadeau", "Paquet", "Poulin", "Quirion", "Rodrigue", "Roy", "Veilleux", "Vachon",
        "Bégin", "Labbé", "Poirier", "Doyon", "Morin", "Mathieu", "Turcotte", "Lachance", "Busque", "Maheux"]
TOWNS = ["Saint-Georges", "Saint-Georges", "Saint-Georges", "Saint-Zacharie", "Quebec", "Levis", "Lévis",
         "Saint-Joseph", "St-Georges", "SAINT-GEORGES", "Sainte-Marie", "Sainte Marie", "Beauceville", "Saint-Prosper",
         "St-Prosper", "Saint-Côme-Linière", "St-Come-Liniere", "Lac Etchemin", "Thetford Mines", "Saint-Apollinaire",
         "Saint Appolinaire", "Notre-Dame-des-Pins", "Saint-Théophile", "G5Y8G1"]
POSTCODES = ["G5Y 5B9", "G0M 1R0", "G0M1V0", "G0m 1k0", "G0M 2C0", "G0M2C0", "G5Z 2K1", "G0S 1B0", "G5Y 8G1"]
STREETS = ["27e Rue", "128e Rue", "Avenue du Rameur", "rue Paquet", "Rue Lavoie", "rue Baron", "Principale",
           "rte 173", "Boulevard Dionne", "1re Avenue"]
AREAS = ["418", "418", "418", "418", "581", "581", "819", "438"]
BUSINESSES = ["Vitrerie Beauce Verre", "Excavations Poulin et Fils", "FERME RODRIGUE ET FILS", "Gestion Marc Doyon Inc.",
              "Transport M. Busque", "Erablière Maheux Inc", "Coiffure Studio 29", "Distillerie Ste"]

numbers = set()


def phone_digits():
    while True:
        d = f.pick(AREAS) + "55501" + "%02d" % f.r.randrange(100)
        if d not in numbers:
            numbers.add(d)
            return d


def phone_text(d):
    a, b, c = d[:3], d[3:6], d[6:]
    return f.pick(["%s-%s-%s" % (a, b, c), "%s %s-%s" % (a, b, c), "1 %s %s-%s" % (a, b, c)])


def email(name):
    local = name.lower().replace(" ", f.pick([".", "", "_"])).replace("é", "e").replace("è", "e").replace(
        "ï", "i").replace("'", "")
    if f.chance(0.4):
        local += str(f.r.randint(1, 99))
    return local + "@" + f.pick(["example.com", "example.net", "example.org"])


def strip(s):
    return s.lower().replace("é", "e").replace("É", "e").replace("è", "e").replace("ï", "i").replace("Ê", "e").replace(
        "é", "e")


people = set()
while len(people) < 230:
    people.add(f.pick(FIRST) + " " + f.pick(LAST))
people = sorted(people) + BUSINESSES
people.sort(key=strip)

rows = []
for name in people:
    business = name in BUSINESSES
    full = business or f.chance(0.18)
    d = phone_digits()
    row = [name, None, None, "Quebec", None, int(d), None]
    if full:
        row[5] = phone_text(d)
        row[6] = email(name) if f.chance(0.8) else None
        row[2] = f.pick(TOWNS) if f.chance(0.8) else None
        if business or f.chance(0.2):
            row[1] = "%d %s" % (f.r.randint(100, 2400), f.pick(STREETS))
        if f.chance(0.35):
            row[4] = f.pick(POSTCODES)
    elif f.chance(0.08):
        row[6] = email(name)
    rows.append(row)

# quirks the original has
rows[10][0] = rows[10][0].split(" ")[0] + " " + rows[10][0].split(" ")[1].upper()
rows[40][0] = rows[40][0].upper()
rows[60][5] = 1
rows[61][5] = 548
rows[62][5] = 43182827
rows[200][0] = rows[200][0][:-1] + "w" if not rows[200][0].endswith("w") else rows[200][0]

# six clients twice: numeric phone only, then the same phone as text with an e-mail
plain = [i for i, row in enumerate(rows) if isinstance(row[5], int) and row[5] > 10 ** 9 and row[6] is None]
twice = [plain[k * len(plain) // 7] for k in range(1, 7)]
out = []
for i, row in enumerate(rows):
    if i in twice:
        bare = [row[0], None, None, "Quebec", None, row[5], None]
        d = str(bare[5])
        full = [row[0], None, row[2] or f.pick(TOWNS), "Quebec", None, phone_text(d), row[6] or email(row[0])]
        out += [bare, full]
    else:
        out.append(row)

# two fuller rows typed first
first = [["Mathis Gosselin", None, "St-Jules", "Quebec", "G0M 1R0", None, None],
         ["Keven", None, "Saint-Honoré-de-Shenley", "Quebec", "G0M1V0", None, None]]
for r in first:
    d = phone_digits()
    r[5] = "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    r[6] = email(r[0])
out = first + out

wb = workbook()
ws = wb.active
ws.title = "Clients"
for c, h in enumerate(["nom", "adresse", "ville", "province", "code_postal", "telephone", "email"], 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, row in enumerate(out, 2):
    for c, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, c, v)
save(wb, "clients-fr-ca-beautyspa.xlsx")
