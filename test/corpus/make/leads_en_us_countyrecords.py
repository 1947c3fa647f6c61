"""
Shape of MavericktheInvestor/Bexar-Scraped-Leads "data/leads.csv" (at commit b9af9344): a real-estate
investor's "motivated seller" lead list, written every day by a scraper of a Texas county clerk's
recorded documents and imported into the investor's CRM / dialer.

- CSV, UTF-8 without BOM, CRLF, fields quoted only when they hold a comma. 19 columns: First Name,
  Last Name, Mailing Address, Mailing City, Mailing State, Mailing Zip, Property Address, Property
  City, Property State, Property Zip, Lead Type, Document Type, Date Filed, Document Number,
  Amount/Debt Owed, Seller Score, Motivated Seller Flags, Source, Public Records URL.
- One row per recorded document (2662 rows, three filing days), sorted by Seller Score, highest
  first. The party is split by the scraper: a company's first word in First Name and the rest in
  Last Name ("Kenley" | "Partners Ltd"), a person as surname in First Name and given names in
  Last Name ("Dominguez" | "Alexander H"); two rows have First Name empty. The same party recurs on
  many rows (a mortgage registry company on 239, a home builder on 46, banks, credit unions, the
  tax office), most parties once.
- Mailing Address / City / Zip and Property Zip always empty, Mailing State always "TX", Property
  City always "San Antonio" and Property State "TX" whatever the address says; Property Address
  "N/A" on 46 % of rows, else "143 KENLEY PLACE, SAN ANTONIO, TEXAS, 78232" in capitals (other
  towns too, sometimes without zip or town). Lead Type in words and Document Type as a code
  (Deed / DEED, Release Lis Pendens / RELLP …), Date Filed ISO, Document Number 11 digits, Amount
  "0.0" everywhere, Seller Score 35-70, flags joined with " | " ("LLC / corp owner" on companies),
  Source and URL the same on every row.
Values invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("leads-en-us-countyrecords")

LEADS = [  # lead type, code, weight, scores, flag
    ("Deed", "DEED", 565, [35, 40, 45, 50], None), ("Release Lis Pendens", "RELLP", 459, [40, 45, 50, 55], "Lis pendens"),
    ("Deed Of Trust", "DEEDOFTRUST", 454, [40, 40, 40, 35, 45, 50], None), ("Assignment", "ASSIGNMENT", 182, [45, 50, 35], None),
    ("Affidavit of Heirship", "AFFH", 144, [58, 58, 53, 68], "Affidavit of heirship"), ("Judgment", "JUD", 107, [50, 60], "Judgment lien"),
    ("Ucc 3 Real Property", "UCC3REALPROPERTY", 79, [35, 40, 50], None), ("Transfer", "TRANSFER", 68, [40, 35], None),
    ("Federal Tax Lien", "FEDERALTAXLIEN", 61, [48, 58], "Tax lien"), ("Notice of Commencement", "NOC", 49, [40, 45, 50], "Notice of commencement"),
    ("HOA Lien", "LNHOA", 46, [45], "HOA lien"), ("Correction", "CORRECTION", 40, [35, 45, 40], None),
    ("Modification", "MODIFICATION", 39, [40, 35], None), ("Partial Release", "PARTIALRELEASE", 37, [45, 35], None),
    ("Ucc 1 Real Property", "UCC1REALPROPERTY", 37, [40, 35], None), ("Satisfaction", "SATISFACTION", 36, [50, 40], None),
    ("Lien", "LN", 35, [48, 58], "General lien"), ("Power Of Attorney", "POWEROFATTORNEY", 26, [40, 35], None),
    ("Release Of Ftl", "RELEASEOFFTL", 24, [40], None), ("Easement", "EASEMENT", 18, [35, 40], None),
    ("Lis Pendens", "LP", 16, [60, 55, 70], "Lis pendens"), ("Homestead Affidavit", "HOMESTEADAFFIDAVIT", 13, [40], None),
    ("Release Of Hl", "RELEASEOFHL", 10, [40], None), ("Mechanic Lien", "LNMECH", 9, [50, 60], "Mechanic lien"),
    ("Subordination", "SUBORDINATION", 9, [40, 50], None), ("Substitute Trustee", "SUBTRST", 7, [57, 67], "Substitute trustee"),
    ("Corp Tax Lien", "LNCORPTX", 6, [50, 60], "Tax lien"), ("Child Support Ln", "CHILDSUPPORTLN", 5, [48], "General lien"),
]
TOTAL = 2662
weights_total = sum(w for _, _, w, _, _ in LEADS)

SURNAMES = ["Ramirez", "Gonzalez", "Garza", "Trevino", "Salinas", "Villarreal", "Cantu", "Zamora", "Escobedo", "Olivarez",
            "Pruitt", "Holloway", "Ashdown", "Brightwell", "Dunmore", "Ellery", "Fairbank", "Kettering", "Marlow", "Oakes",
            "Quintanilla", "Arredondo", "Benavides", "Cavazos", "Dominguez", "Elizondo", "Flores", "Guajardo", "Hinojosa",
            "Ybarra", "Lozano", "Montemayor", "Navarro", "Ochoa", "Perales", "Rendon", "Saucedo", "Tijerina", "Urbina"]
GIVEN = ["Maria", "Jose", "Juan", "Linda", "Robert", "Patricia", "Michael", "Rosa", "Daniel", "Elena", "Carlos", "Susan",
         "Ruben", "Tabitha", "Jackie", "Christopher", "Alexander", "Yolanda", "Arturo", "Brenda", "Hector", "Norma"]
INITIALS = ["", " A", " M", " R", " J", " L", " G", " Mae", " Lynn", " Hector", " Ann", " De La"]
CO_FIRST = ["Alamo", "Mission", "Riverwalk", "Lone", "Hill", "Cibolo", "Medina", "Leon", "Salado", "Presidio", "Bandera",
            "Encino", "Mesquite", "Pecan", "Live", "Cypress", "Olmos", "Bluebonnet", "Comal", "Guadalupe", "Kenley", "Sendo"]
CO_REST = ["Partners Ltd", "Llc", "Title Llc", "Holdings Llc", "Homes Lp", "Investments Inc", "Capital Group Llc",
           "Properties Llc", "Realty Trust", "Development Co", "Lending Llc", "Funding Inc", "Builders Ltd",
           "Condominium Association Inc", "Owners Association Inc", "Federal Credit Union", "Bank"]
# the parties that recur, with their number of rows (First Name, Last Name)
BIG = [(("Mortgage", "Electronic Recording Network Inc"), 239), (("Hillcrest", "Homes Of Texas Land And Construction Ltd"), 46),
       (("Rflx", "7 Llc"), 35), (("Riverbend", "Federal Credit Union"), 26), (("Bluebonnet", "Vacation Resorts Corporation"), 25),
       (("Meridian", "Homes Of Texas Lp"), 23), (("Treasury", "Tax Collection Office"), 22),
       (("Fort Sam", "Service Federal Credit Union"), 20), (("Lone Star", "Title Company Llc"), 18)]
STREETS = ["KENLEY PLACE", "CULEBRA ROAD", "VILLA TOSCANA", "APPLESEED GROVE", "HAYS ST", "RUIDOSA DOWNS", "GUNTER AVE",
           "KINGLET CT", "DECOY COVE", "W ROSEWOOD AVE", "TARPON DR", "EL DORADO", "FLANDERS AVE", "DIVIDEND DR",
           "COLONNADE BOULEVARD", "VESPERO", "LITTLE GEM", "OLD CORPUS CHRISTI ROAD", "BILLY DR", "KEY WEST WAY",
           "SABINE PASS", "BLANCO RD", "WURZBACH RD", "BANDERA RD", "PERRIN BEITEL RD", "NACOGDOCHES RD", "ELM CREEK"]
TOWNS = [("SAN ANTONIO", 1181, 78201, 78266), ("CONVERSE", 61, 78109, 78109), ("UNIVERSAL CITY", 19, 78148, 78148),
         ("HELOTES", 18, 78023, 78023), ("ELMENDORF", 17, 78112, 78112), ("VON ORMY", 14, 78073, 78073),
         ("BOERNE", 13, 78006, 78015), ("SCHERTZ", 10, 78154, 78154)]

used_names = set(n for n, _ in BIG)


def person():
    while True:
        n = (f.pick(SURNAMES), f.pick(GIVEN) + f.pick(INITIALS))
        if n not in used_names:
            used_names.add(n)
            return n


CO_MID = ["", "", "Creek", "Ridge", "Oaks", "Park", "Valley", "Point", "Springs", "Heights", "Crossing", "Bay"]


def company():
    while True:
        mid = f.pick(CO_MID)
        n = (f.pick(CO_FIRST), (mid + " " if mid else "") + f.pick(CO_REST))
        if n not in used_names:
            used_names.add(n)
            return n


def is_company(name):
    return any(w in name[1] for w in ["Llc", "Ltd", "Lp", "Inc", "Corporation", "Trust", "Co", "Bank", "Union",
                                      "Office", "Group"])


# parties: the recurring ones, then 2..10 rows for some, the rest once
parties = list(BIG)
for n_rows, count in [(10, 2), (8, 3), (7, 7), (6, 4), (5, 9), (4, 13), (3, 43), (2, 135)]:
    for _ in range(count):
        parties.append((company() if f.chance(0.5) else person(), n_rows))
used_rows = sum(n for _, n in parties)
parties.append((("", "Talavera"), 1))
parties.append((("", "Auction.Com"), 1))
used_names.update({("", "Talavera"), ("", "Auction.Com")})
used_rows += 2
while used_rows < TOTAL:
    parties.append((company() if f.chance(0.3) else person(), 1))
    used_rows += 1

rows_for = []
for name, n in parties:
    rows_for += [name] * n
f.r.shuffle(rows_for)


def address():
    if f.chance(0.46):
        return "N/A"
    town = f.r.choices(TOWNS, weights=[w for _, w, _, _ in TOWNS])[0]
    street = f"{f.r.randrange(100, 27000)} {f.pick(STREETS)}"
    x = f.r.random()
    if x < 0.013:
        return street
    if x < 0.026:
        return f"{street}, {town[0]}, TEXAS"
    return f"{street}, {town[0]}, TEXAS, {f.r.randrange(town[2], town[3] + 1)}"


out = []
docs = f.r.sample(range(20260158900, 20260162400), TOTAL)
for i, name in enumerate(rows_for):
    lt = f.r.choices(LEADS, weights=[w for _, _, w, _, _ in LEADS])[0]
    label, code, _, scores, flag = lt
    flags = [flag] if flag else []
    if is_company(name):
        flags.append("LLC / corp owner")
    flags.append("New this week")
    out.append([name[0], name[1], "", "", "TX", "", address(), "San Antonio", "TX", "", label, code,
                f.pick(["2026-08-17", "2026-08-18", "2026-08-19"]), str(docs[i]), "0.0", str(f.pick(scores)),
                " | ".join(flags), "Bexar County Clerk", "https://bexar.tx.publicsearch.us"])
out.sort(key=lambda r: -int(r[15]))

HEADER = ["First Name", "Last Name", "Mailing Address", "Mailing City", "Mailing State", "Mailing Zip", "Property Address",
          "Property City", "Property State", "Property Zip", "Lead Type", "Document Type", "Date Filed", "Document Number",
          "Amount/Debt Owed", "Seller Score", "Motivated Seller Flags", "Source", "Public Records URL"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEADER)
w.writerows(out)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "leads-en-us-countyrecords.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())

if __name__ == "__main__":
    import collections
    names = collections.Counter(" ".join(p for p in (r[0], r[1]) if p) for r in out)
    print("rows", len(out), "parties", len(names))
    print(names.most_common(5))
    for r in out[:3] + [r for r in out if r[0] == "Kenley"][:3]:
        print(r[:2], r[6], r[10], r[15], r[16])
