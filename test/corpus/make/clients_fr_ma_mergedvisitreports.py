"""
Shape of guostonline/dashboard2027 clients.xlsx (commit 8a0cebf9e81503a0655009139df10f6eb06feed7): a Moroccan
consumer-goods distributor's retailer list around Agadir, merged by a script from one "Rapport
Visites Vendeur" workbook per locality and saved by Excel. Three sheets:
- "Données fusionnées": Secteur (three sales sectors) / Localité / Client (a code N…, P…, S…, D…)
  / Nom (the shop as the salesman knows it: the owner's full name, a first name alone such as
  MOHAMED, "SUPERETTE …", "TABAC …"). A shop visited on two rounds comes back on a second row,
  sometimes under another locality, always with the same code and name; many different shops
  share a first-name-only name.
- "Secteurs & localités": per locality the sector, the number of merged rows and the two
  salesmen (SOM and VMM) as "<code> <NAME>".
- "Contrôle sources": the merge log, one row per source file (path with a backslash, Merged,
  the sheet read, header row 15, rows merged).
The source has 2,545 rows for 1,868 shops in 35 localities; this copy 12 localities. Names and
codes invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-fr-ma-mergedvisitreports")
FIRST = ["MOHAMED", "BRAHIM", "AHMED", "ABDELLAH", "HASSAN", "LAHCEN", "RACHID", "HOUCINE", "SAID", "MUSTAPHA", "YOUSSEF",
         "KHALID", "OMAR", "ABDERRAHIM", "JAMAL", "AZIZ", "HAMID", "NOUREDDINE", "LHOUSSAINE", "ABDELKRIM", "KARIM", "FATIMA"]
LAST = ["AMZIL", "OUBELLA", "AIT BAHA", "BOUZID", "EL AMRANI", "OUCHEN", "ID HAMMOU", "BENALI", "TALBI", "AGOUZAL", "ERRAHMANI",
        "LAKHDAR", "BOUHMID", "EL FASSI", "OUAZZANI", "AKHIAT", "TOUFIK", "ZAHIDI", "ELKADIRI", "MAATAOUI"]
SECTORS = {"Ait melloul": ["AIN LAKLIAA", "AIT MELLOUL AL MAZAR", "AIT MELLOUL ARGANA", "LAKLIAA TERMINAL"],
           "Inzegan": ["INZEGANE AOUCHAH", "INZEGANE HAY NOUR", "INZEGANE RMEL", "JORF OUED SOUSS"],
           "Tikiouine": ["AGADIR ASAKA", "AZROU SOUIKA", "TAGADIRT", "TIKIOUINE EL HAJEB"]}
SALES = {"Ait melloul": ("F41 OUMZIL REDOUANE", "F41 OUMZIL REDOUANE"), "Inzegan": ("E17 BAKKALI SAMIR", "V22 NAJI TARIK"),
         "Tikiouine": ("D63 HAMMOUCH AZIZ", "T58 EL GHALI BOUCHAIB")}


def shop_name():
    k = f.r.randrange(12)
    if k < 6:
        return f"{f.pick(LAST)} {f.pick(FIRST)}" if f.chance(0.5) else f"{f.pick(FIRST)} {f.pick(LAST)}"
    if k < 9:
        return f.pick(FIRST[:12])
    if k == 9:
        return f"SUPERETTE {f.pick(LAST)}"
    if k == 10:
        return f"TABAC {f.pick(LAST)} {f.pick(FIRST)}"
    return f"{f.pick(FIRST)} {f.pick(LAST)} {f.pick(LAST)}"


def code():
    p = f.pick("NNNNNPPPPSD")
    return f._unique(lambda: f"{p}{f.r.randrange(1000, 99999):05d}")


rows = []
shops_by_loc = {}
for sector, locs in SECTORS.items():
    for loc in locs:
        shops = [(code(), shop_name()) for _ in range(f.r.randrange(14, 22))]
        shops_by_loc[loc] = shops
for sector, locs in SECTORS.items():
    for loc in locs:
        block = list(shops_by_loc[loc])
        # shops seen again on a second round, a few of them from a neighbouring locality
        for s in f.r.sample(shops_by_loc[loc], 4):
            block.insert(f.r.randrange(len(block) // 2, len(block) + 1), s)
        if f.chance(0.6):
            other = f.pick([l for l in locs if l != loc])
            block.append(f.pick(shops_by_loc[other]))
        rows += [(sector, loc, c, n) for c, n in block]

wb = workbook()
ws = wb.active
ws.title = "Données fusionnées"
ws.append(["Secteur", "Localité", "Client", "Nom"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(list(r))
sums = wb.create_sheet("Secteurs & localités")
sums.append(["Secteur", "Localité", "Nombre de lignes", "Vendeur SOM", "Vendeur VMM"])
log = wb.create_sheet("Contrôle sources")
log.append(["Fichier", "Statut", "Feuille", "Ligne d'en-tête", "Lignes fusionnées"])
for sector, locs in SECTORS.items():
    for loc in locs:
        n = sum(1 for r in rows if r[1] == loc)
        sums.append([sector, loc, n, *SALES[sector]])
        log.append([f"{sector}\\{loc} SOM {f.pick(['DETAIL', 'DETAIL', 'DETAI'])}.xlsx", "Merged", "Rapport Visites Vendeur", 15, n])
save(wb, "clients-fr-ma-mergedvisitreports.xlsx")
print(len(rows), len({r[2] for r in rows}))
