"""
Shape of YonathanMeguira/ContactParser contacts.xls: a French customer export (some 18,500
customers from several source systems) that a contact-parsing tool reads. Although named .xls it
is tab-separated UTF-8 text with LF line ends; kept here with a .csv name so that it is read as
the text it is. This re-make keeps the shape at 300 customers.

- Header (English, partly placeholder names): Customer ID / Family Name / First Name / ?? / Street
  / 5th / 6th / Zip Code / city / DOB / Phone / 11th — 12 columns, 11 tabs on the header line, 10
  on every data line (the last column never present).
- Customer ID "<10 digits>_<10 characters>_<system>" with the system suffix TDET, ARCA or YSA,
  the rows of each system in one run; names in capitals (family name) and capitals or mixed case
  (given names, some double "JEAN DENIS", "IRENE, MBOMBO"); "??" empty except on shifted rows.
- Street often empty or "**" (unknown; then Zip Code and city are "**" too), "non connue" once;
  5th a second address line on a few rows ("APP 101 …", "ESC 03 BAT H"); 6th always empty; Zip
  Code five digits as text (overseas 971…/974…, "92061 PARIS LA DEFENSE" for staff of one
  company); city in capitals or lower case; a few letters lost to U+FFFD ("Higu\ufffdres").
- DOB dd/mm/yyyy, empty for companies; Phone on about 1 row in 8 ("0639980012",
  "06.39.98.00.12"), otherwise empty.
- A company row: its name in Family Name, no given name, its street one column to the left in
  "??", Zip Code and city in place, no DOB.
- The last line holds an empty first field and "undefined" in the ten others (left by the
  JavaScript that wrote the file), then a final line break.
Values invented (names, places, dates; phones in the fictional 06 39 98 range).
"""
import os

from fake import FILES, Fake

f = Fake("customers-en-fr-policyexport")
FAMILY = ["MARCHAND", "LEROUX", "BONNET", "FAURE", "GIRARD", "MOREL", "ROUSSEL", "BLANCHARD", "GUERIN", "BOYER",
          "CHEVALIER", "FRANCOIS", "LAMBERT", "FONTAINE", "MERCIER", "DUPUIS", "LEMAIRE", "BRUNET", "COLIN",
          "PERRIN", "BARBIER", "ARNAUD", "GAUTHIER", "ROLLAND", "MASSON", "NICOLAS", "LECLERC", "BENOIT",
          "JOSEPH-MARIE", "N'DIAYE", "TRAORE", "NGUYEN", "BENALI", "OUALI", "DA SILVA", "LE GALL"]
GIVEN = ["ANDRE", "CHRISTIAN", "BENEDICTE", "MOULAY IDRISS", "FLORIAN", "ZAHIA", "NADIA", "MICHEL", "PATRICE",
         "IRENE, MBOMBO", "FODE", "ANISSA", "SYLVAIN", "FREDERIC", "AURORE", "JEAN DENIS", "LE BAO", "VALERIE ANNE",
         "MARIE AIMEE", "CEDRIC", "FRANCK", "MARCELLE", "CHANTAL", "GERARD", "JEAN CLAUDE", "PASCAL", "DENIS",
         "Camille", "Lucas", "Manon", "Hugo", "Chloe", "Theo"]
STREETS = ["RUE DU GENERAL DE GAULLE", "RUE DES PAPILLONS", "RUE DE LA CHAPELLE", "AVENUE DE LA RESISTANCE",
           "RUE PAUL LOUIS COURRIER", "rue du moulinet", "RUE PASTEUR", "RUE CAMILLE CLAUDEL", "rue des vallees",
           "impasse hourtin", "BOULEVARD DU GENERAL LECLERC", "RUE ALBERT", "RUE DES GENETS", "RUE PHILEAS FOGG",
           "AVENUE EDISON", "CHEMIN DES PRADINES"]
NAMED_PLACES = ["LES RANDONNEES", "LE COTEAU", "LIEU DIT MARE CAFE", "LIEU DIT MARCHEPIN", "LIEU DIT LES ARCULINGES"]
TOWNS = [("68660", "ROMBACH LE FRANC"), ("35750", "IFENDIC"), ("41000", "BLOIS"), ("70160", "PORT D ATELIER"),
         ("64140", "BILLERE"), ("37540", "SAINT CYR SUR LOIRE"), ("45290", "varennes changy"), ("59223", "RONCQ"),
         ("34430", "ST JEAN DE VEDAS"), ("80000", "AMIENS"), ("45270", "Ladon"), ("64160", "Higu\ufffdres-Souye"),
         ("86510", "BRUX"), ("92110", "CLICHY"), ("97190", "LE GOSIER"), ("75013", "PARIS"), ("44140", "REMOUILLE"),
         ("44300", "NANTES"), ("92700", "COLOMBES"), ("74800", "AMANCY"), ("97400", "SAINT DENIS")]
SYSTEMS = [("TDET", "0051047", 140), ("ARCA", "G051028", 100), ("YSA", "0051047", 60)]


def phone():
    n = f"{f.r.randrange(100):02d}"
    return f.pick([f"06399800{n}", f"06.39.98.00.{n}", f"07399800{n}"])


rows = []
first_id = 1715184979
KEEP = {}
for system, prefix, count in SYSTEMS:
    serial = f.r.randrange(10000, 90000)
    for i in range(count):
        first_id += f.r.choice([1, 1, 1, 2])
        serial += f.r.choice([1, 2, 4, 5])
        cid = f"{first_id}_{prefix}{serial % 1000:03d}_{system}"
        fam, giv = f.pick(FAMILY), f.pick(GIVEN)
        while (fam, giv) in KEEP:
            fam, giv = f.pick(FAMILY), f.pick(GIVEN)
        KEEP[(fam, giv)] = True
        street = "**" if f.chance(0.08) else "" if f.chance(0.15) else (
            f.pick(NAMED_PLACES) if f.chance(0.1) else f"{f.r.randrange(1, 240)} {f.pick(STREETS)}")
        if street == "**":
            zipc, city = "**", "**"
        else:
            zipc, city = f.pick(TOWNS)
        line2 = f.pick(["APP 101 MAIS RETRAITE 4 CHENES", "ESC 03 BAT H", "APT 403", "PONT DE L'AYGUES"]) if f.chance(0.03) else ""
        dob = f.date(__import__("datetime").date(1930, 1, 1), __import__("datetime").date(2004, 12, 31)).strftime("%d/%m/%Y")
        if system == "ARCA" and i % 9 in (4, 5):
            street, line2, zipc, city = "", "", "92061", "PARIS LA DEFENSE"
        row = [cid, fam, giv, "", street, line2, "", zipc, city, dob, phone() if f.chance(0.12) else ""]
        rows.append(row)

# pinned rows the label checks
rows[3] = [rows[3][0], "QUESNEL", "MOULAY IDRISS", "", "3 RUE DES PAPILLONS", "", "", "41000", "BLOIS", "24/08/1984",
           "0639980042"]
rows[11] = [rows[11][0], "KAWAYA", "IRENE, MBOMBO", "", "48 RUE DU LIEUTENANT COLONEL MAILLOUX", "", "", "37540",
            "SAINT CYR SUR LOIRE", "18/02/1988", "06.39.98.00.48"]
rows[17] = [rows[17][0], "EMERY", "AURORE", "", "non connue", "", "", "45290", "varennes changy", "05/07/2000", ""]
rows[24] = [rows[24][0], "770 LOGISTIQUE", "", "232 RUE DE NOISY LE SEC", "", "", "", "93170", "BAGNOLET", "",
            "0639980077"]
rows[150] = [rows[150][0], "BARBRY", "MARIE AIMEE", "", "8 RUE LESCOUVE", "APP 101 MAIS RETRAITE 4 CHENES", "", "80000",
             "AMIENS", "15/08/1935", ""]

header = ["Customer ID", "Family Name", "First Name", "??", "Street", "5th", "6th", "Zip Code", "city", "DOB", "Phone",
          "11th"]
text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
text += "\t" + "\t".join(["undefined"] * 10) + "\n"

if __name__ == "__main__":
    os.makedirs(FILES, exist_ok=True)
    with open(os.path.join(FILES, "customers-en-fr-policyexport.csv"), "w", encoding="utf-8", newline="") as out:
        out.write(text)
    print(len(rows), "rows;", [rows[i][0] for i in (3, 11, 17, 24, 150)])
