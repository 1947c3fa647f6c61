"""
Shape of Mikaelarth/FNEV4 "clients.xlsx" (commit
67d55cb8fddd3e4d23a242fb25b6a6fc2cdaffdd): the
customer-account listing an Ivorian fuel and lubricants distributor printed from its accounting
software ("Chiffre d'affaires clients") and kept as input for an electronic-invoicing (FNE) tool.
One sheet "Feuil1" without any header row: a title "Chiffre d'affaires clients" in F3, "Période du"
/ "au" in O3:O4 with no dates, the company's name in A5, "Tenue de compte : FC" in O5, "Date de
tirage" H7 with a dd/mm/yy date in J7. From row 13 one customer every third row (two empty rows
between): account code as text in A ("1", "1002" … "3001A1", "9998"), the tax number (NCC, "0419371
M", sometimes with a double space or split "93 25940 J") in B on about three rows in five, the name
in E (companies in capitals, "STE …", "ETS …", a few persons "SURNAME GIVEN"), an empty string in G,
a phone in I as typed (eight digits with or without spaces, two numbers joined by "/" or a space, an
"NCC:…" once) or an empty string, the payment terms in K ("  Comptant-cheque" with one or two
leading spaces, "Espece", " Comptant-cheque avant livraison", "Traite-a terme-a terme", "CHEQUE") on
about three rows in five, an invoice kind B2C/B2F in M on a few rows and a town or street in O on
three rows. Besides the customers the list holds the distributor's own pseudo-accounts: "XXX" on the
first line, "DIVERS CLIENTS …" and "CLIENTS DIVERS …" per product or station, "VENTE AU COMPTANT" /
"VENTES COMPTANT(5)", "GENERAL REGULATION", "S/S … (Regul)", "NOS USAGES …", "CARTES …".
All names, tax numbers and phones invented (fewer rows than the original's 495 accounts).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("customers-fr-ci-fuelaccounts")

WORDS = ["AFRIQUE", "IVOIRE", "LAGUNE", "SAVANE", "BANCO", "COMOE", "SASSANDRA", "BANDAMA", "CAVALLY",
         "ATLANTIQUE", "PLATEAU", "TREICHVILLE", "KORHOGO", "BOUAKE", "DALOA", "MAN", "YAMOUSSOUKRO"]
TRADES = ["TRANSPORT", "TRANSIT", "LOGISTICS", "BTP", "INDUSTRIES", "NEGOCE", "AGRO", "PECHE", "SCIERIE",
          "BOULANGERIE", "PLASTIQUES", "EMBALLAGES", "CONSTRUCTION", "MINES", "SERVICES", "DISTRIBUTION"]
SURNAMES = ["KOUASSI", "KONAN", "YAO", "KOFFI", "TRAORE", "COULIBALY", "OUATTARA", "BAMBA", "DIALLO",
            "N'GUESSAN", "KOUAME", "TOURE", "ASSI", "GNAGNE", "AKA", "SAAB", "HAIDAR", "KHALIL"]
GIVEN = ["ADAMA", "MOUSSA", "SERGE", "JEAN PIERRE", "AMINATA", "ROGER", "FATOU", "ISSA", "MARCEL",
         "ALI", "NADIA", "PASCAL", "AWA", "ROLAND"]
TERMS = [("  Comptant-cheque", 25), (" Comptant-cheque", 12), ("Espece", 10),
         (" Comptant-cheque avant livraison", 7), ("Traite-a terme-a terme", 4), ("CHEQUE", 1), ("traite", 1)]


def term():
    x = f.r.randrange(sum(w for _, w in TERMS))
    for t, w in TERMS:
        if x < w:
            return t
        x -= w


def company():
    shape = f.r.randrange(9)
    if shape == 0:
        return "STE " + f.pick(WORDS) + " " + f.pick(TRADES)
    if shape == 1:
        return "ETS " + f.pick(SURNAMES) + " " + f.pick(GIVEN)
    if shape == 2:
        return f.pick(SURNAMES) + " " + f.pick(GIVEN)
    if shape == 3:
        return ".".join(f.pick("ABCDEFGHIKLMNOPRSTU") for _ in range(f.r.randint(3, 4))) + "."
    if shape == 4:
        return f.pick(TRADES) + " " + f.pick(WORDS) + " " + f.pick(["SA", "SARL", "CI", "S.A."])
    if shape == 5:
        return "SOCIETE " + f.pick(WORDS) + " " + f.pick(TRADES)
    if shape == 6:
        return "".join(f.pick("ABCDEFGIKLMNOPRSTV") for _ in range(f.r.randint(3, 5))) + f.pick(["", " CI", " SA"])
    if shape == 7:
        return f.pick(["NOUVELLE ", "GENERALE ", "COMPAGNIE "]) + f.pick(TRADES) + " " + f.pick(WORDS)
    return f.pick(WORDS) + " " + f.pick(TRADES)


def ncc():
    d = "%07d" % f.r.randrange(10 ** 6, 10 ** 7)
    letter = f.pick("ABCDEFGHJKLMNPQRSTVWXYZ")
    shape = f.r.randrange(12)
    if shape == 0:
        return d[:2] + " " + d[2:] + " " + letter
    if shape == 1:
        return d + "  " + letter
    return d + " " + letter


def phone1():
    p = "%d%d00%02d%02d" % (f.pick([2, 2, 2, 3, 0]), f.r.randint(0, 7), f.r.randint(0, 99), f.r.randint(0, 99))
    return p


def phone():
    shape = f.r.randrange(10)
    a = phone1()
    if shape < 5:
        return a
    if shape < 7:
        return " ".join([a[0:2], a[2:4], a[4:6], a[6:8]])
    if shape == 7:
        return a + "/" + phone1()
    if shape == 8:
        return a + " / " + phone1()
    return a + " " + phone1()


# (code, name, ncc?, phone?, term?, M, O); None values are left out.
accounts = [("1", "XXX", None, "", " Comptant-cheque", None, None)]
code = 1002
used = set()
for i in range(150):
    name = company()
    while name in used:
        name = company()
    used.add(name)
    accounts.append((str(code), name, ncc() if f.chance(0.6) else None, phone() if f.chance(0.5) else "",
                     term() if f.chance(0.6) else None, None, None))
    code += 1 if f.chance(0.8) else f.r.randint(2, 6)
    if i == 40:
        accounts.append((str(code), "GENERAL REGULATION", None, "", None, None, None))
        code += 1
# three customers with a town or street in O
for k, o in zip((50, 51, 52), ("ABIDJAN", "Abidjan Z4 Rue du Canal", "Abidjan")):
    c, n, b, p, t, m, _ = accounts[k]
    accounts[k] = (c, n, b, p, t, m, o)
accounts += [
    ("1999", "DIVERS CLIENTS CARBURANTS", None, "", " Comptant-cheque avant livraison", "B2C", None),
    ("2999", "DIVERS CLIENTS SOUTES", None, "NCC:" + ncc(), "Espece", "B2F", None),
    ("3000", "DIVERS CLIENTS LUBRIFIANTS", None, "", None, None, None),
    ("3001A", "VENTE AU COMPTANT", None, phone1(), "Espece", "B2C", None),
    ("3001A1", "VENTES COMPTANT(5)", None, "", "Espece", "B2C", None),
    ("3001A3", "VENTES COMPTANT((7)", None, "", "CHEQUE", "B2C", None),
]
code = 3100
for i in range(14):
    name = company()
    while name in used:
        name = company()
    used.add(name)
    accounts.append((str(code), name, ncc() if f.chance(0.5) else None, phone() if f.chance(0.5) else "",
                     term() if f.chance(0.5) else None, "B2C" if i == 3 else None, None))
    code += 1
accounts += [
    ("3190", "CLIENTS DIVERS PORT PECHE", None, "", None, None, None),
    ("3191", "CLIENTS DIVERS YOP ZI", None, "", None, None, None),
    ("3199", "CLIENTS DIVERS TPE", None, "", None, None, None),
    ("3348", "S/S STATION BINGERVILLE (Regul)", None, "", None, None, None),
    ("5000", "NOS USAGES", ncc(), "", " Comptant-cheque", None, None),
    ("5001", "NOS USAGES LOGISTIQUES", None, "", None, None, None),
    ("9997", "CARTES TPE (IHS)", None, "", None, None, None),
    ("9998", "CARTES TCI", None, "", None, None, None),
]

wb = workbook()
ws = wb.active
ws.title = "Feuil1"
ws["F3"] = "Chiffre d'affaires clients"
ws["O3"] = "Période du"
ws["O4"] = "au"
ws["A5"] = "SOCIETE LAGUNAIRE DES PETROLES"
ws["O5"] = "Tenue de compte : FC"
ws["H7"] = "Date de tirage"
ws["J7"] = datetime.datetime(2025, 8, 18)
ws["J7"].number_format = "dd\\/mm\\/yy"
ws.column_dimensions["A"].width = 11.55
ws.column_dimensions["G"].width = 11.55
r = 13
for c, n, b, p, t, m, o in accounts:
    ws.cell(r, 1, c)
    if b:
        ws.cell(r, 2, b)
    ws.cell(r, 5, n)
    ws.cell(r, 7, "")
    ws.cell(r, 9, p)
    if t:
        ws.cell(r, 11, t)
    if m:
        ws.cell(r, 13, m)
    if o:
        ws.cell(r, 15, o)
    r += 3
save(wb, "customers-fr-ci-fuelaccounts.xlsx")



