"""
Shape of Yohann1110/codorea-crm prospects.csv (commit a0f00325fce7540a8cd1a13bd12da3669a6bca0f): the prospect
list of a small web agency in Valais (Switzerland), written by its scraping script from Google
Maps results with an AI's verdict on each business's website: UTF-8 with BOM, LF, and an empty
line after every record; comma-separated, quoted only where needed. Headers Priorite / Statut
site / Nom / Email / Telephone / Site web / Adresse / Note Google / Nb avis / Recherche /
Commentaire AI / Contacte / Notes: priority 1-3 from the site status (AUCUN SITE, SITE MEDIOCRE,
FACEBOOK SEULEMENT, BUILDER AMATEUR), the business name, an e-mail on some (one obfuscated with
%-escapes, some a directory's customer-care address), a Swiss phone "027 322 18 67" on most,
the website or "—", the address quoted with a leading blank (" Rue du Grand-Pont 23, 1950
Sion"), the Google rating and number of reviews (thousands written "1 427"), the search that
found it ("boulangerie patisserie Sion Valais"), a sentence of AI critique in French, Contacte
"Non" and empty Notes on every row. The source has 3,726 prospects; this copy 280. Names,
numbers, addresses and domains invented (domains end in .test).
"""
import csv
import io
import os
import re
import unicodedata

from fake import FILES, Fake

f = Fake("leads-fr-ch-webagencyprospects")
TRADES = [("boulangerie patisserie", ["Boulangerie", "Pâtisserie", "Tea-room", "Boulangerie-Pâtisserie"]),
          ("restaurant", ["Restaurant", "Brasserie", "Café", "Pizzeria", "Bistrot"]),
          ("boucherie", ["Boucherie", "Boucherie-Charcuterie"]), ("barbier", ["Barber", "Salon", "Coiffure"]),
          ("menuisier", ["Menuiserie", "Ébénisterie"]), ("peintre batiment", ["Peinture", "Gypserie-Peinture"]),
          ("architecte", ["Bureau d'architecture", "Atelier"]), ("garage", ["Garage", "Carrosserie"]),
          ("fiduciaire", ["Fiduciaire"]), ("paysagiste", ["Paysagisme", "Jardins"])]
TOWNS = [("Sion", "1950", "027"), ("Sion", "1950", "027"), ("Martigny", "1920", "027"), ("Sierre", "3960", "027"),
         ("Monthey", "1870", "024"), ("Savièse", "1965", "027")]
WORDS = ["du Rhône", "des Alpes", "de la Gare", "du Midi", "Saint-Georges", "Le Vieux Bourg", "Les Sapins", "Val d'Hérens",
         "Chez Lulu", "La Forêt", "du Soleil", "Les Vignes", "Bonvin", "Fournier", "Délèze", "Mayor", "Crettaz", "Dayer"]
STREETS = ["Rue du Grand-Pont", "Av. de la Gare", "Rue de Lausanne", "Rte de Bramois", "Pl. du Midi", "Rue des Vergers",
           "Av. du Simplon", "Rue du Bourg", "Rte du Manège", "Rue des Remparts"]
CRIT = {"SITE MEDIOCRE": ["Design daté, mise en page basique et manque de modernité visuelle.",
                          "Design vieilli avec navigation confuse, typographie peu lisible et interface non adaptée au mobile.",
                          "Mise en page déséquilibrée, images floues et présentation peu professionnelle nécessitant une refonte."],
        "AUCUN SITE": ["{n} ne dispose actuellement d'aucun site web pour présenter ses services en ligne.",
                       "{n} n'a aucune présence digitale pour attirer de nouveaux clients."],
        "FACEBOOK SEULEMENT": ["Je ne vois pas de site web pour \"{n}\", seulement une page Facebook."],
        "BUILDER AMATEUR": ["Template Wix basique, peu de contenu et mise en page non optimisée pour mobile."]}


def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["Priorite", "Statut site", "Nom", "Email", "Telephone", "Site web", "Adresse", "Note Google", "Nb avis", "Recherche",
            "Commentaire AI", "Contacte", "Notes"])
names = set()
for i in range(280):
    trade, kinds = f.pick(TRADES)
    town, npa, pre = f.pick(TOWNS)
    name = f"{f.pick(kinds)} {f.pick(WORDS)}"
    while name in names:
        name = f"{f.pick(kinds)} {f.pick(WORDS)}" + (f" {town}" if f.chance(0.5) else "")
    names.add(name)
    status = f.pick(["SITE MEDIOCRE"] * 11 + ["AUCUN SITE"] * 9 + ["FACEBOOK SEULEMENT", "BUILDER AMATEUR"])
    prio = {"AUCUN SITE": "1", "SITE MEDIOCRE": "3"}.get(status, "2")
    site = "—"
    if status == "SITE MEDIOCRE":
        site = f"{f.pick(['http://www.', 'https://www.', 'https://'])}{slug(name)}.test"
    elif status == "FACEBOOK SEULEMENT":
        site = f"https://www.facebook.test/people/{slug(name)}/6157{f.r.randrange(10 ** 9, 10 ** 10)}"
    elif status == "BUILDER AMATEUR":
        site = f"https://{slug(name).replace('-', '')}.wixsite.test/accueil"
    email = ""
    if site != "—" and f.chance(0.55):
        email = f"{f.pick(['info', 'contact', 'hello'])}@{slug(name)}.test"
    elif f.chance(0.1):
        email = f"{slug(name).replace('-', '')}@example.com"
    if i == 77:
        email = "%69nfo@%62" + slug(name)[1:] + "%2etest"
    if i in (40, 151):
        email = "customercare@localsearch.test"
    phone = "" if f.chance(0.08) else (f"{f.pick([pre, pre, pre, '079', '078', '076'])} {f.r.randrange(200, 1000)} "
                                      f"{f.r.randrange(10, 100)} {f.r.randrange(10, 100)}")
    address = "" if f.chance(0.04) else f" {f.pick(STREETS)} {f.r.randrange(1, 120)}{f.pick(['', '', '', 'a', 'B'])}, {npa} {town}"
    rated = f.chance(0.9)
    reviews = f.r.choice([1, 2, 7, 13, 25, 44, 91, 161, 234, 501, 652, 1427, 2210]) if rated else None
    reviews_text = "" if reviews is None else (f"{reviews // 1000} {reviews % 1000:03d}" if reviews >= 1000 else str(reviews))
    rating = f"{f.r.randrange(37, 51) / 10:.1f}" if rated else ""
    comment = f.pick(CRIT[status]).format(n=name)
    w.writerow([prio, status, name, email, phone, site, address, rating, reviews_text, f"{trade} {town} Valais", comment, "Non", ""])
    out.write("\n")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "leads-fr-ch-webagencyprospects.csv"), "wb") as fh:
    fh.write(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
