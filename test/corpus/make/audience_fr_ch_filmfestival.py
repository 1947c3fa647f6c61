"""
Shape of twillixa/Algorithm-in-BI "RawData/clients.ods" (commit 39d398bc02f2082cd52dbd4dcd65e8f3e4186659):
the audience list of a Lausanne film festival's 2026 edition, handed to a business-intelligence
course as raw data (LibreOffice .ods). One sheet "Rencontres_7e_Art_Lausanne_2026", header PRENOM /
NOM / EMAIL / CODE POSTAL / ANNÉE DE NAISSANCE. The surname and e-mail columns have been emptied for
the course on every row: what is left is a first name (sorted A-Z, accents, a few in capitals or
lower case, three given names in one cell, a surname typed as the first name), a Swiss postcode as
a number (mostly 1000-1099 around Lausanne) or as text ("1010 Lausanne", "1 009" with a
non-breaking space, "100:"), and a birth year as a number or a whole birth date as text in any
spelling (30.08.1994, 3.9.1955, 05/12/1972, "17 06 1975", 09/04/85), some blank. Many first names
occur ten times or more. 1,537 rows there, 320 here. All values invented.
A person imports nothing: with surnames and e-mails removed, nobody in it can be told apart or
reached — an anonymised audience sample for analysis, not a client list.
"""
from fake import Fake, save, workbook

f = Fake("audience-fr-ch-filmfestival")
FIRST = ["Abel", "Adam", "Adèle", "Adrien", "Agathe", "Alain", "Alexandre", "Alice", "Aline", "Amélie", "Anaïs", "André",
         "Anne", "Antoine", "Arnaud", "Aurélie", "Baptiste", "Benoît", "Bérénice", "Bertrand", "Blanche", "Boris", "Camille",
         "Carole", "Catherine", "Céline", "Charles", "Chloé", "Christophe", "Claire", "Claude", "Damien", "Daniel", "David",
         "Delphine", "Denis", "Dominique", "Élodie", "Émilie", "Emma", "Éric", "Étienne", "Fabienne", "Florence", "François",
         "Frédéric", "Gabriel", "Gaëlle", "Gilles", "Hélène", "Hugo", "Inès", "Isabelle", "Jacques", "Jean", "Jeanne",
         "Jérôme", "Julie", "Julien", "Karin", "Laure", "Laurent", "Léa", "Louis", "Luc", "Lucie", "Manon", "Marc", "Marie",
         "Martine", "Mathieu", "Maxime", "Michel", "Monique", "Nathalie", "Nicolas", "Noémie", "Olivier", "Pascal", "Patrick",
         "Pauline", "Philippe", "Pierre", "Raphaël", "Sandrine", "Sébastien", "Simone", "Sophie", "Stéphane", "Sylvie",
         "Thierry", "Thomas", "Valérie", "Véronique", "Vincent", "Xavier", "Yann", "Yves", "Zoé"]
COMMON = ["Catherine", "Nathalie", "Isabelle", "Julie", "Olivier", "Nicolas", "Sophie", "Pierre", "Marie", "Anne"]
names = [f.pick(FIRST) for _ in range(250)] + [f.pick(COMMON) for _ in range(62)]
names += ["BÉRÉNICE", "MARIE-CLAUDE HÉLÈNE JEANNE", "yves", "jeanne", "Rochat", "Zbinden", "Perrin", "ANTOINE"]
names.sort(key=lambda n: n.lower().replace("é", "e").replace("è", "e").replace("É", "e").replace("â", "a"))
TOWNS = ["Lausanne", "Renens", "Pully", "Morges", "Vevey", "Prilly", "Nyon", "Geneva", "Montreux", "Bussigny"]


def postcode():
    x = f.r.random()
    if x < 0.04:
        return None
    if x < 0.06:
        return f.pick([f"10{f.r.randrange(0, 99):02d} {f.pick(TOWNS)}", "1\u00a0008", "100:", "1004/ Lausanne", "100+"])
    if x < 0.8:
        return f.pick([1003, 1004, 1005, 1006, 1007, 1010, 1012, 1018, 1020, 1022, 1023, 1030, 1040, 1052, 1066, 1093])
    return f.r.randrange(1100, 3960)


def birth():
    x = f.r.random()
    if x < 0.03:
        return None
    y = f.r.randrange(1942, 2010)
    if x < 0.8:
        return y
    d, m = f.r.randrange(1, 29), f.r.randrange(1, 13)
    return f.pick([f"{d:02d}.{m:02d}.{y}"] * 6 + [f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d} {m:02d} {y}",
                                                  f"{d:02d}/{m:02d}/{y % 100:02d}"])


wb = workbook()
ws = wb.active
ws.title = "Rencontres_7e_Art_Lausanne_2026"
for c, h in enumerate(["PRENOM", "NOM", "EMAIL", "CODE POSTAL", "ANNÉE DE NAISSANCE"], 1):
    ws.cell(1, c, h)
for r, name in enumerate(names, 2):
    ws.cell(r, 1, name)
    pc, b = postcode(), birth()
    if pc is not None:
        ws.cell(r, 4, pc)
    if b is not None:
        cell = ws.cell(r, 5, b)
        if isinstance(b, str):
            cell.number_format = "@"
save(wb, "audience-fr-ch-filmfestival.ods", libreoffice="ods")
