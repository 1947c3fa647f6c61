"""
Shape of electionace/verif-membres "membres.xlsx" (commit 04387fd8c375aa5adb72ed79df6792d450dcd1c9):
the member list of a Cameroonian community association in Edmonton (Alberta), kept to check who may
vote at its election: French sheet name "Feuil1" (Excel in French), English bold headers First Name /
Last Name / Email / Phone#, default widths, all cells text. Members sorted by first name: several
given names in "First Name" (lower-case slips, a double space), family names in any case with
"Epse …" for married women, e-mails on every row (free-mail, a university address), the phone on
about half the rows, as "780-446-…" in the lower half of the alphabet and "(780) 531-…" in the upper,
Alberta area codes mostly (780, 587, 825, 403) and a few from Quebec or New Brunswick. One member is
listed twice, identically; two members of one family share an e-mail address. Names, e-mails and
phones invented (555-01xx numbers); fewer rows than the original's 477.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-en-ca-diasporaassoc")
GIVEN = ["Aaron", "Adeline", "Alain", "Alex", "Andre", "Anicet", "Annie", "Ariane", "Aurelie", "Beatrice", "Benedicte",
         "Bertin", "Boris", "Brice", "Carine", "Christelle", "Christian", "Claudine", "Colette", "Cyrille", "Damaris",
         "Danielle", "David", "Delphine", "Desire", "Diane", "Dieudonne", "Dominique", "Doris", "Edwige", "Eric",
         "Estelle", "Fabrice", "Flore", "Franck", "Gaelle", "Georges", "Gisele", "Guy", "Herve", "Ines", "Jacques",
         "Jeanne", "Joel", "Josiane", "Laure", "Leopold", "Lucie", "Marcel", "Martine", "Michel", "Nadege",
         "Nathalie", "Olivier", "Pascal", "Patrice", "Paul", "Rodrigue", "Rose", "Serge", "Sandrine", "Simon",
         "Sylvie", "Thierry", "Ulrich", "Valery", "Vincent", "Viviane", "Wilson", "Yannick", "Yolande", "Yves"]
SECOND = ["Aimé", "Arnold", "Brigitte", "Carole", "Clemence", "Flore", "Joelle", "Loïc", "Merveille", "Romeo",
          "Rosine", "Sorel", "Bienvenu", "Junior"]
FAMILY = ["Tchouanga", "Kamdem", "Fotso", "Nguemo", "Djoumessi", "Tagne", "Kenmogne", "Nana", "Ngassa", "Simo",
          "Tchinda", "Wamba", "Feudjio", "Mbouda", "Ngoufack", "Tsafack", "Kouam", "Nkamgang", "Yemeli", "Sonkeng",
          "Mbiada", "Ndjock", "Ekwalla", "Mballa", "Essomba", "Atangana", "Ebanda", "Nkoulou", "Fouda", "Tchoupo"]
AREAS = ["780"] * 8 + ["587", "587", "825", "403", "514", "506"]
DOMAINS = ["example.com", "example.net", "example.org"]


def given():
    g = f.pick(GIVEN)
    if f.chance(0.35):
        s = f.pick(SECOND)
        g += " " + (s.lower() if f.chance(0.25) else s)
        if f.chance(0.05):
            g = g.replace(" ", "  ")
    return g.lower() if f.chance(0.02) else g


def family(female):
    n = f.pick(FAMILY)
    if f.chance(0.4):
        n += " " + f.pick(FAMILY)
    if female and f.chance(0.2):
        n += " " + f.pick(["Epse", "epse"]) + " " + f.pick(FAMILY)
    return n.upper() if f.chance(0.18) else n


def mail(g, fam):
    local = (g.split()[0] + f.pick(["", ".", ""]) + fam.split()[0]).lower()
    if f.chance(0.4):
        local += str(f.r.randint(1, 99))
    return local.replace("é", "e").replace("ï", "i") + "@" + f.pick(DOMAINS)


used = set()
members = []
while len(members) < 205:
    g = given()
    female = g.split()[0] in ("Adeline", "Annie", "Ariane", "Aurelie", "Beatrice", "Benedicte", "Carine", "Christelle",
                              "Claudine", "Colette", "Damaris", "Danielle", "Delphine", "Diane", "Doris", "Edwige",
                              "Estelle", "Flore", "Gaelle", "Gisele", "Ines", "Jeanne", "Josiane", "Laure", "Lucie",
                              "Martine", "Nadege", "Nathalie", "Rose", "Sandrine", "Sylvie", "Viviane", "Yolande")
    fam = family(female)
    if (g, fam) in used:
        continue
    used.add((g, fam))
    members.append([g, fam, mail(g, fam), None])
members.sort(key=lambda m: m[0].lower())
numbers = set()
for i, m in enumerate(members):
    if f.chance(0.5):
        while True:
            a, n = f.pick(AREAS), "%02d" % f.r.randrange(100)
            if (a, n) not in numbers:
                numbers.add((a, n))
                break
        m[3] = ("(%s) 555-01%s" % (a, n)) if i < len(members) * 0.55 else ("%s-555-01%s" % (a, n))
# one family sharing an address; one member listed twice
members[60][2] = members[59][2] = "famille." + members[59][1].split()[0].lower() + "@example.com"
members.insert(120, list(members[119]))

wb = workbook()
ws = wb.active
ws.title = "Feuil1"
for c, h in enumerate(["First Name", "Last Name", "Email", "Phone#"], 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, m in enumerate(members, 2):
    for c, v in enumerate(m, 1):
        if v is not None:
            ws.cell(r, c, v)
save(wb, "members-en-ca-diasporaassoc.xlsx")
