"""
Shape of Harshith38/bwpost_v1 "customer_database.xlsx" (commit
46cf688b47e50e0b889d62f01a7a5b9b9b19f797): the customer-account list of a private letter-mail
company in Baden-Württemberg, exported for a label-printing script (one sheet, English header,
German names; widths on A, B and the empty C).

- Sheet1 A1:B…, header ID, CustomerName; 9,296 accounts in the original, here 400 in the same
  proportions. ID the account number, unique, in several number ranges of different lengths
  (seven digits 20…/21…/22…/23…/24…, 34…, 40…, 10…, eight digits 70…, 74…, 84…) interleaved
  without order.
- Names: firms ("… GmbH & Co. KG", "e.V.", "e.K."), public offices, schools, clubs, doctors
  ("Dr. med. …") and private persons; one university on many accounts (one per department or
  cost centre), mostly with a trailing space and some without; a district office on several;
  trailing spaces and runs of spaces; accounts from a taken-over branch carry their old number in
  brackets after the name ("Reifen Dreher GmbH   (913169)"); names cut off after "für";
  the company's own accounts ("Interne Verrechnung Stuttgart ", its own GmbH); mail-box sites
  ("Briefkastenstandort", "Log.-Briefkastenstandort") and a product line ("Pos.120 Prelabel …")
  as account names; about one account in 85 with no name at all.
Values invented (names, account numbers).
"""
from fake import Fake, workbook, save

f = Fake("customers-en-de-postalaccounts")
FIRST = ["Thomas", "Andreas", "Michael", "Stefan", "Jürgen", "Klaus", "Ute", "Sabine", "Petra", "Monika", "Bernd",
         "Heike", "Gerhard", "Ursula", "Markus", "Tobias", "Jana", "Katrin", "Wolfgang", "Dieter", "Renate", "Edith"]
LAST = ["Häberle", "Schwarz", "Kächele", "Maier", "Schäfer", "Bauknecht", "Rieger", "Wörner", "Hägele", "Ziegler",
        "Eisele", "Knödler", "Pfisterer", "Gaiser", "Kurz", "Brodbeck", "Seeger", "Mühlhäuser", "Dreher", "Stütz"]
TOWNS = ["Esslingen", "Ludwigsburg", "Böblingen", "Nürtingen", "Albstadt", "Balingen", "Waiblingen", "Kornwestheim",
         "Leonberg", "Hechingen", "Sindelfingen", "Fellbach"]
TRADES = ["Autohaus", "Zimmerei", "Karosserie", "Elektro", "Malerbetrieb", "Schreinerei", "Bäckerei", "Reifen",
          "Sanitär", "Steuerbüro", "Immobilien", "Druckerei", "Haustechnik", "Metallbau", "Dachdeckerei"]
FORMS = ["GmbH", "GmbH & Co. KG", "e.K.", "GmbH", "AG", "KG", ""]
PUBLIC = ["Gemeinde {t}", "Stadt {t}", "Amtsgericht {t}", "Volkshochschule {t} e.V.", "Sportverein {t} 1898 e.V.",
          "Katholische Kirchengemeinde {t}", "Evangelische Kirchengemeinde {t}", "Grundschule {t}",
          "Musikverein {t} e.V.", "Alten- und Pflegeheim {t}", "Kreissparkasse {t} Filiale"]
ids = set()


def account(kind):
    ranges = {"7": [(2018000, 2410000)] * 6 + [(3400000, 3401000), (4012000, 4013500)],
              "8": [(74010000, 74016500), (84910000, 84916000), (70001000, 70001100), (8400000, 8400400)]}
    while True:
        lo, hi = f.pick(ranges[kind])
        n = f.r.randrange(lo, hi)
        if n not in ids:
            ids.add(n)
            return n


def name(acc):
    roll = f.r.random()
    if roll < 0.4:
        n = f"{f.pick(TRADES)} {f.pick(LAST)} {f.pick(FORMS)}".strip()
    elif roll < 0.65:
        n = f.pick(PUBLIC).format(t=f.pick(TOWNS))
    elif roll < 0.9:
        n = f"{f.pick(FIRST)} {f.pick(LAST)}"
        if f.chance(0.15):
            n = "Dr. " + n if f.chance(0.7) else "PD Dr. med. " + n
    else:
        n = f"{f.pick(LAST)} & {f.pick(LAST)} {f.pick(['Rechtsanwälte', 'Steuerberater', 'Architekten', 'Versicherungsmakler GmbH'])}"
    if 84910000 <= acc < 84916000 and f.chance(0.5):
        n += f.pick(["   ", " "]) + f"({str(acc)[2:]})"
    elif f.chance(0.08):
        n += " "
    return n


rows = []
for k in range(400):
    acc = account("7" if f.chance(0.72) else "8")
    rows.append([acc, name(acc)])

# One university with an account per department, a district office on several, the company's own
# and odd accounts, mail-box sites, names cut off, empty names.
for k, i in enumerate(range(150, 400, 18)):
    rows[i][1] = "Hochschule Filderstadt " if k % 3 else "Hochschule Filderstadt"
for i in range(210, 216):
    rows[i][1] = "Hochschule Filderstadt "
for i in (40, 95, 230, 233, 301):
    rows[i][1] = "Landratsamt Remstal"
for i in (120, 121, 122, 260):
    rows[i][1] = "Briefkastenstandort"
for i in (262, 263):
    rows[i][1] = "Log.-Briefkastenstandort"
rows[0] = [1000000, "Interne Verrechnung Stuttgart "]
rows[77][1] = "BRIEFPOST Neckar GmbH&Co.KG"
rows[140][1] = "BRIEFPOST Zollernalb GmbH  "
rows[188][1] = "Pos.120 Prelabel PC 20000 1A Zugang"
rows[55][1] = "Gaiser + Kurz Ing. Büro für"
rows[315][1] = "Verein für"
rows[12][1] = 'Neckar-Bote "Rest" '
rows[13][1] = 'Neckar-Bote "Info-Mailing" '
for i in (205, 244, 290, 333, 391):
    rows[i][1] = None

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ID", "CustomerName"])
for r in rows:
    ws.append(r)
for col, w in (("A", 24.1), ("B", 80.3), ("C", 86.1)):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-de-postalaccounts.xlsx")
