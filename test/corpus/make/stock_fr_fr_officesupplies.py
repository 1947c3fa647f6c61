"""
Shape of AMBmaurice/AmbassStock "inventaire.xlsx" (commit 76dbca7a6c180ca16e981f8f40982da6d2b73a8b): an
office's stock of supplies kept in Google Sheets and downloaded as .xlsx (French). One sheet
"Inventaire " (trailing space): "STOCK" bold on yellow merged over A1:F1, bold header " Référence" /
"Objet " / Quantité / Catégorie / Emplacement / Stock actuel on row 2 (leading and trailing spaces),
then one supply per row: a reference like "ECR-BIC-ROU-01" (category-brand-item-number), the item
("Stylo BIC rouge ", "Agrafes 8,5mm RAPID", "Sac poubelle 50 L "), the quantity as a float, and three
columns filled by Google Sheets' AI() function, which the export writes as
=IFERROR(__xludf.DUMMYFUNCTION("AI(""…"")"),"cached") with the cached text: the category (Écriture,
Bureau, Classement, Papeterie, Enveloppe, Informatique, Equipement, Consommable, some with a stray
space), the cupboard ("Armoire D", "Carton ") and the current stock as text ("70"); on part of the
rows the category or cupboard was typed over, and in the middle a run of current stocks are plain
numbers. Items and quantities invented (fewer rows than the original's 246). Not client data.
"""
from openpyxl.styles import Font, PatternFill

from fake import CachedFormulas, Fake, save, workbook

f = Fake("stock-fr-fr-officesupplies")
CATS = {
    "ECR": ("Écriture", ["Stylo {} rouge ", "Stylo {} vert", "Stylo bleu {}", "Marker {} noir", "Surligneur jaune {}",
                         "Crayon de papier {}", "Gommes {}", "Correcteur {}"], ["BIC", "STAEDTLER", "PILOT", "PERGAMY"],
            "Armoire D"),
    "BUR": ("Bureau", ["Trombones  Acier galvanisé {}", "Agrafes 8,5mm {}", "Agrafeuse {}", "Ruban adhésif {}",
                       "Ciseaux {}", "Punaises {}", "Cassette d'encrage {}"], ["RAPID", "WONDAY", "MAPED", "SCOTCH"],
            "Armoire D"),
    "CLA": ("Classement", ["Chemise dos toilé {}", "Classeur A4 {}", "Intercalaires {}", "Pochettes perforées {}",
                           "Baguettes à relier {} 16mm", "Boîte archives {}"], ["EXACOMPTA", "ELBA", "FELLOWES", "OXFORD"],
            "Armoire A"),
    "PAP": ("Papeterie", ["Papier A4 80g {}", "Bloc-notes {}", "Post-it {}", "Cahier 96 pages {}", "Papier couleur {}"],
            ["CLAIREFONTAINE", "3M", "OXFORD", "NAVIGATOR"], "Armoire B"),
    "ENV": ("Enveloppe", ["Enveloppes C5 {}", "Enveloppes DL fenêtre {}", "Enveloppes kraft {}", "Pochettes bulles {}"],
            ["GPV", "LA COURONNE", "RAJA"], "Armoire B"),
    "INF": ("Informatique", ["Cartouche de toner noire {}", "Souris sans fil {}", "Clé USB 32Go {}", "Câble HDMI {}"],
            ["XEROX", "LOGITECH", "HP", "SANDISK"], "Armoire F"),
    "EQU": ("Equipement", ["Ampoule LED {}", "Multiprise {}", "Rallonge 5m {}", "Piles AA {}"],
            ["V-TAC", "DURACELL", "LEGRAND"], "Armoire C"),
    "CON": ("Consommable", ["Liquide vaisselle {} 1L", "Sac poubelle 50 L ", "Éponges", "Lave-Vitres 750ml ",
                            "Gel WC {} 750 ml ", "Café moulu {}", "Gobelets carton {}"], ["METRO", "ACTIFF", "CARREFOUR"],
            "Armoire E "),
}

rows = []
for prefix, (cat, items, brands, place) in CATS.items():
    n = 0
    seen = set()
    for k in range(f.r.randint(12, 22)):
        item = f.pick(items)
        brand = f.pick(brands)
        name = item.format(brand) if "{}" in item else item
        if name in seen:
            continue
        seen.add(name)
        n += 1
        code = "%s-%s-%s-%02d" % (prefix, brand[:3].upper(), "".join(w[0] for w in name.split()[:3]).upper(), n)
        qty = float(f.pick([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 34, 42, 50, 70, 100]))
        cell_place = place if f.chance(0.85) else f.pick(["Carton ", "Carton", "Armoire G"])
        cell_cat = cat + (" " if cat == "Equipement" and f.chance(0.3) else "")
        rows.append((code, name, qty, cell_cat, cell_place))

wb = workbook()
ws = wb.active
ws.title = "Inventaire "
ws.column_dimensions["A"].width = 18.13
ws.column_dimensions["B"].width = 26.88
ws.column_dimensions["C"].width = 14
ws.merge_cells("A1:F1")
ws["A1"] = "STOCK"
ws["A1"].font = Font(bold=True)
ws["A1"].fill = PatternFill("solid", fgColor="FFE599")
for c, h in enumerate([" Référence", "Objet ", "Quantité", "Catégorie", "Emplacement", "Stock actuel"], 1):
    ws.cell(2, c, h).font = Font(bold=True)

cached = CachedFormulas()


def ai(text):
    return '=IFERROR(__xludf.DUMMYFUNCTION("AI(""%s"")"),"%s")' % (text, text)


plain_stock = range(len(rows) // 3, len(rows) // 3 + 14)
for i, (code, name, qty, cat, place) in enumerate(rows):
    r = i + 3
    ws.cell(r, 1, code)
    ws.cell(r, 2, name)
    ws.cell(r, 3, qty)
    if i < len(rows) * 0.55 or f.chance(0.3):
        cached.formula(ws, "D%d" % r, ai(cat), cat)
    else:
        ws.cell(r, 4, cat)
    if i == 0 or f.chance(0.6):
        ws.cell(r, 5, place)
    else:
        cached.formula(ws, "E%d" % r, ai(place), place)
    stock = "%d" % qty
    if i in plain_stock:
        ws.cell(r, 6, qty)
    else:
        cached.formula(ws, "F%d" % r, ai(stock), stock)
cached.save(wb, "stock-fr-fr-officesupplies.xlsx")
