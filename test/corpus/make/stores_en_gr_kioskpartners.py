"""
Shape of nikolaspanoutso/iqos-dashboard "shops.csv": the points of sale a Greek device sales
team works, per territory agent, exported from a spreadsheet to CSV (UTF-8 without BOM, LF,
a blank last line) for its dashboard.

- header TA / PtP Name / City (Reev) / Address / ZipCode / Total Acquisition / %;
- one line per shop, grouped by agent (one agent in capitals, surname first, the other in title
  case) and sorted by acquisitions, most first; shop names in Greek or Latin capitals: kiosk
  owners' own names surname-first with a father's initial, partnerships (Ο.Ε, ΕΕ, ΙΚΕ),
  chain stores and brand corners, a trailing * on flagged shops;
- cities in Latin or Greek spelling, some with trailing spaces; addresses number-first in Latin,
  street-first in Greek; postcodes with or without the space; on some lines the fields slid one
  place (address in City, postcode in Address, city last), map coordinates instead of the
  address, one line with an extra empty field, a garbage address and a 0 postcode;
- % as text with a comma decimal and fifteen digits (8,26666666666667%).
Values invented.
"""
import csv
import os

from fake import FILES, Fake

f = Fake("stores-en-gr-kioskpartners")
SURNAMES = ["ΚΑΛΟΓΕΡΟΠΟΥΛΟΣ", "ΜΑΥΡΙΔΗΣ", "ΠΑΠΑΝΙΚΟΛΑΟΥ", "ΣΤΑΥΡΟΥ", "ΔΗΜΗΤΡΙΑΔΗΣ", "ΚΟΝΤΟΣ", "ΛΑΖΑΡΙΔΗΣ",
            "ΜΠΕΚΙΑΡΗΣ", "ΞΕΝΑΚΗΣ", "ΡΟΥΣΣΟΣ", "ΤΣΟΛΑΚΗΣ", "ΦΩΤΙΑΔΗΣ", "ΧΑΤΖΗΣ", "ΒΡΕΤΤΟΣ", "ΓΙΑΝΝΑΚΟΣ", "ΖΑΦΕΙΡΗΣ"]
GIVEN = ["ΓΕΩΡΓΙΟΣ", "ΝΙΚΟΛΑΟΣ", "ΒΑΣΙΛΙΚΗ", "ΕΛΕΝΗ", "ΠΑΝΑΓΙΩΤΗΣ", "ΜΑΡΙΑ", "ΣΠΥΡΙΔΩΝ", "ΑΛΕΞΑΝΔΡΑ", "ΧΡΗΣΤΟΣ",
         "ΕΥΑΓΓΕΛΙΑ", "ΙΩΑΝΝΗΣ", "ΣΟΦΙΑ", "ΘΕΟΔΩΡΟΣ"]
INITIALS = ["ΝΙΚ.", "Δ.", "ΑΝΑΣΤ.", "Κ.", "Θ.", "ΕΜΜ.", "Ι.", "Γ."]
AREAS = [("Athina", "Αθήνα", ["104 33", "105 64", "115 23", "115 26", "116 31", "117 43", "118 54", "106 81"]),
         ("Galatsi", "Γαλάτσι", ["111 46", "111 47"]), ("Zografou", "Ζωγράφου", ["157 72", "157 73"]),
         ("Vironas", "Βύρωνας", ["162 31", "162 32"]), ("Kesariani", "Καισαριανή", ["161 21"]),
         ("Moschato", "Μοσχάτο", ["183 46"])]
STREETS = ["Alexandras", "Kifisias", "Patision", "Veikou", "Filolaou", "Ippokratous", "Solonos", "Papada",
           "Vouliagmenis", "Thivon", "Larisis", "Karaiskaki", "Panepistimiou", "Stadiou", "Formionos"]
STREETS_GR = ["Φορμίωνος", "Σπύρου Πάτση", "Μαυροματαίων", "Χειμάρας", "Κύπρου", "Ρουμπέση", "Δράκου", "Πατησίων"]


def kiosk_owner():
    name = f"{f.pick(SURNAMES)} {f.pick(GIVEN)}"
    if f.chance(0.45):
        name = f"{f.pick(SURNAMES)} {f.pick(INITIALS)} {f.pick(GIVEN)}"
    return name


def shop_name(area_latin):
    kind = f.r.random()
    if kind < 0.45:
        return kiosk_owner()
    if kind < 0.6:
        return f"{f.pick(['ΑΦΟΙ', 'ΠΕΡΙΠΤΕΡΟ', 'ΚΑΦΕ'])} {f.pick(SURNAMES)} {f.pick(['Ο.Ε', 'ΟΕ', 'ΕΕ', 'ΙΚΕ', 'Ο Ε'])}"
    if kind < 0.72:
        return f"{area_latin.upper()} VAPORA SHOP"
    if kind < 0.84:
        return f"MINI MARKET {f.pick(STREETS).upper()} {f.r.randrange(2, 200)} ΟΕ"
    return f"Device Corner Telemart {f.pick([area_latin, f.pick(STREETS), area_latin + ' 2'])}"


AGENTS = ["VLACHOS PANAGIOTIS", "Kostopoulos Ilias"]
shops = []
for agent, count in zip(AGENTS, [52, 43]):
    block = []
    for _ in range(count):
        latin, greek, zips = f.pick(AREAS) if f.chance(0.7) else AREAS[0]
        name = f._unique(lambda: shop_name(latin))
        if f.chance(0.35):
            name += "*"
        acquired = f.pick([0] * 6 + [1] * 6 + [2] * 5 + [3, 3, 4, 4, 5, 6, 7, 8, 10, 12, 15, 19, 22, 26, 46, 62])
        zip_code = f.pick(zips)
        if f.chance(0.1):
            zip_code = zip_code.replace(" ", "")
        if f.chance(0.6):
            row = [f.pick([latin, latin, latin + " "]), f"{f.r.randrange(1, 200)} {f.pick(STREETS)}", zip_code]
        else:
            row = [f.pick([greek, greek + " "]), f"{f.pick(STREETS_GR)} {f.r.randrange(1, 200)}{f.pick(['', ' '])}", zip_code]
        if f.chance(0.07):
            row = [row[1], row[2], " " + f.pick([greek, latin])]
        elif f.chance(0.03):
            row[0] = "ΔΗΜΟΣ ΑΘΗΝΑΙΩΝ"
        if len(block) in (9, 23) and agent == AGENTS[0]:
            row = [f"{f.r.uniform(37.93, 38.02):.6f}", f" {f.r.uniform(23.72, 23.87):.6f}", None]
        block.append([agent, name, *row, acquired])
    block[0][-1] = f.pick([62, 92])  # the agent's best shop
    block.sort(key=lambda r: -r[-1])
    shops.extend(block)

total = sum(r[-1] for r in shops)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "stores-en-gr-kioskpartners.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["TA", "PtP Name", "City (Reev)", "Address", "ZipCode", "Total Acquisition", "%"])
    for i, (agent, name, city, address, zip_code, acquired) in enumerate(shops):
        share = f"{acquired / total * 100:.15g}".replace(".", ",") + "%"
        if zip_code is None:  # coordinates in City and Address: the acquisitions slid left
            w.writerow([agent, name, city, address, acquired, share])
        elif i == 60:
            w.writerow([agent, name, city, address, zip_code, " ", acquired, share])
        elif i == 88:
            w.writerow([agent, name, "Athina", "Ious", "0", acquired, share])
        else:
            w.writerow([agent, name, city, address, zip_code, acquired, share])
    out.write("\n")
