"""
prospects-en-gb-energybroker: a UK business-energy broker's prospect data — small businesses on one
supplier's electricity contracts, with the meter details and contract end date the broker calls
them about — as uploaded to a small Excel-to-CRM tool.

Source: Varinder95/excel-crm, excel-crm/file-uploader/public/uploads/1669806344983-Sample Data.xlsx
(commit afb83fe79a1ba306f37a36ed624484d6165709ed).

Shape: one sheet "Sheet1", 200 businesses on rows 2-201, one row each. Header row 1: Business,
Address (merged over B:D: premises name / house number or building / street), County (in fact the
post town), Region (the county), Postcode, Supplier (the same supplier on every row), Decision Maker
("Mr/Mrs/Ms/Miss First Last"), Telephone 1 and 2 (numbers under an 11-digit zero-padded format so
the leading 0 shows), PC, MTC, LLF, MPRN (empty), MPAN/MPRN (13-digit number), EAC (annual kWh),
CED (contract end date, mm-dd-yy); two empty columns after.

The mess: the premises name only on some rows; house numbers as numbers, text, '.' placeholders,
and three ranges like "2-4" turned into dates by Excel (d-mmm); streets in capitals with a trailing
space or in title case; towns and counties in capitals or not, a town in the county column; the
second phone on a few rows; people named twice at two businesses.

All names, numbers and places are invented (values invented); phones use Ofcom's drama ranges
(01632 960xxx, 07700 900xxx).
"""
import datetime

from fake import Fake, save, workbook

f = Fake(2023101)
r = f.r

TOWNS = [("BRISTOL", "AVON", "BS", 20), ("EXETER", "DEVON", "EX", 9), ("TAUNTON", "SOMERSET", "TA", 9),
         ("HALIFAX", "WEST YORKSHIRE", "HX", 8), ("HUDDERSFIELD", "WEST YORKSHIRE", "HD", 8), ("EXMOUTH", "DEVON", "EX", 7),
         ("NEWQUAY", "CORNWALL", "TR", 5), ("BRIGHOUSE", "BRIGHOUSE", "HD", 3), ("CLECKHEATON", "WEST YORKSHIRE", "BD", 4),
         ("TODMORDEN", "LANCASHIRE", "OL", 3), ("TIVERTON", "DEVON", "EX", 6), ("BATH", "AVON", "BA", 8),
         ("LAUNCESTON", "CORNWALL", "PL", 4), ("WELLINGTON", "SOMERSET", "TA", 5), ("HOLMFIRTH", "WEST YORKSHIRE", "HD", 3),
         ("BARNSTAPLE", "DEVON", "EX", 6), ("WESTON-SUPER-MARE", "AVON", "BS", 7), ("TOTNES", "DEVON", "TQ", 5),
         ("WAKEFIELD", "WEST YORKSHIRE", "WF", 5), ("SOWERBY BRIDGE", "WEST YORKSHIRE", "HX", 3)]
STREETS = ["BRADFORD ROAD", "FORE STREET", "HIGH STREET", "PROSPECT STREET", "STATION ROAD", "CHURCH LANE", "MILL LANE",
           "QUEEN STREET", "HEADLAND ROAD", "EXETER ROAD", "ORCHARD PLACE", "QUIET STREET", "EAST WAY", "MARKET PLACE",
           "VICTORIA ROAD", "PARK ROAD", "NORTH STREET", "KING STREET", "BRIDGE STREET", "LONDON ROAD"]
BUILDINGS = ["PROSPECT BUSINESS CENTRE", "BRITISH LEGION WORKS", "Whitehall Chambers", "Union Mills", "Riverside House",
             "Unit 4", "Kingsway Court", "THE OLD DAIRY", "Abbey Mill", "Castle Works"]
PREMISES = ["Horncastle Inn", "White Horse", "THE FRIENDLY", "BRADFORD WORKS", "Warwick Arms", "Fistral Beach Bar",
            "Clarence Park Fountain", "South Bradon Farm", "Callers Farm", "Launceston Medical Centre", "Lupset Health Centre",
            "TOPSHAM RUGBY FOOTBALL CLUB", "The Ship Inn", "Red Lion", "Rose & Crown", "Hillside Farm", "Coombe Barton",
            "The Crown Hotel", "Bay View Cafe", "Village Hall"]
FIRST_M = ["Dean", "Martin", "Troy", "Gareth", "Stuart", "Barry", "Keith", "Darren", "Neil", "Ian", "Graham", "Colin",
           "Wayne", "Trevor", "Adrian", "Clive"]
FIRST_F = ["Carolyn", "Vicky", "Jacqueline", "Alison", "Nicola", "Joanne", "Helen", "Tracey", "Sharon", "Claire", "Lesley",
           "Wendy", "Gillian", "Dawn"]
LAST = ["Parkinson", "Taylor", "Bartholomew", "Wheater", "Stuart", "Makwana", "Hollins", "Pengelly", "Crabtree", "Moorhouse",
        "Treloar", "Ackroyd", "Venning", "Sutcliffe", "Chudleigh", "Haigh", "Rowe", "Boothroyd", "Penhale", "Greenwood"]
TRADE = ["Developments Ltd", "Ltd", "Metals Ltd", "Engineering Ltd", "Brewery Limited", "& Sons Ltd", "Leisure Ltd",
         "Farms", "Hotels Ltd", "Motors Ltd", "Dental Practice", "Club", "Properties Ltd", "Textiles Ltd", "Bakery"]
NAMEWORD = ["Northern Club", "Louis France", "Heritage", "Calder Valley", "Westcountry", "Fistral", "Clarence", "Bradon",
            "Cotleigh", "Pennine", "Tamar", "Quantock", "Exe Estuary", "Mendip", "Lupset", "Colne", "Avonside", "Dartmoor",
            "Holme Valley", "Polzeath", "Ryburn", "Kingsbridge", "Severn", "Blackdown"]

rows = []
phones = set()
names = set()
people = []
for i in range(200):
    for _ in range(200):
        name = f"{f.pick(NAMEWORD)} {f.pick(TRADE)}"
        if name not in names:
            break
    names.add(name)
    town, county, pc, _ = r.choices(TOWNS, [t[3] for t in TOWNS])[0]
    premises = f.pick(PREMISES) if r.random() < 0.37 else None
    street = f.pick(STREETS)
    kind = r.random()
    if kind < 0.4:
        number = r.randrange(1, 700)
    elif kind < 0.55:
        number = str(r.randrange(1, 120))
    elif kind < 0.85:
        number = f.pick(BUILDINGS)
    elif kind < 0.9:
        number = "."
    elif kind < 0.92:
        number = None
    else:
        number = r.randrange(1, 60)
    if i in (6, 184, 187):
        number = datetime.datetime(2016, r.randrange(2, 6), r.randrange(1, 5))
    if r.random() < 0.85:
        street = street + " "
    else:
        street = street.title()
    if r.random() < 0.08:
        town, county = town.title(), county.title()
    postcode = f"{pc}{r.randrange(1, 40)} {r.randrange(1, 10)}{f.pick(list('ABDEFGHJLNPQRSTUWXYZ'))}{f.pick(list('ABDEFGHJLNPQRSTUWXYZ'))}"
    if people and r.random() < 0.025:
        dm = f.pick(people)
    else:
        for _ in range(200):
            title = r.choices(["Mr", "Mrs", "Ms", "Miss"], [126, 48, 23, 3])[0]
            first = f.pick(FIRST_M if title == "Mr" else FIRST_F)
            dm = f"{title} {first} {f.pick(LAST)}"
            if not any(p.split(" ", 1)[1] == dm.split(" ", 1)[1] for p in people):
                break
        people.append(dm)
    while True:
        tel1 = int(f"1632960{r.randrange(0, 1000):03d}") if r.random() < 0.85 else int(f"7700900{r.randrange(0, 1000):03d}")
        if tel1 not in phones:
            phones.add(tel1)
            break
    tel2 = int(f"7700900{r.randrange(0, 1000):03d}") if r.random() < 0.06 else None
    pcl = r.choices([3, 4, 6, 5, 1, 2, 8, 0], [111, 32, 20, 15, 10, 6, 4, 2])[0]
    mtc = r.choices([801, 802, 27, 845, 811, 5], [118, 13, 12, 20, 20, 17])[0]
    llf = r.choices([110, 570, 240, 246, 111, 580], [82, 33, 25, 20, 20, 20])[0]
    mpan = int(f"{f.pick(['22', '23', '20'])}{r.randrange(10**10, 10**11)}")
    eac = r.choice([r.randrange(3000, 90000), f.pick([10000, 60000, 72000, 13686, 39998, 65000])])
    ced = datetime.datetime(2023, 10, 1) + datetime.timedelta(days=r.randrange(0, 75))
    rows.append([name, premises, number, street, town, county, postcode, "Eastway Energy", dm, tel1, tel2, pcl, mtc, llf,
                 None, mpan, eac, ced, None, None])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Business", "Address", None, None, "County", "Region", "Postcode", "Supplier", "Decision Maker", "Telephone 1",
           "Telephone 2", "PC", "MTC", "LLF", "MPRN", "MPAN/MPRN", "EAC", "CED"])
ws.merge_cells("B1:D1")
for row in rows:
    ws.append(row)
FMT = {"J": "00000000000", "K": "00000000000", "L": "00", "M": "000", "N": "000", "O": "000", "P": "0", "Q": "0",
       "R": "mm-dd-yy"}
for col, fmt in FMT.items():
    for cell in ws[col]:
        cell.number_format = fmt
ws["J1"].number_format = ws["K1"].number_format = "00000\\ 000000"
for cell in ws["C"]:
    if isinstance(cell.value, datetime.datetime):
        cell.number_format = "d-mmm"
for col, w in {"A": 18.86, "D": 21.86, "E": 19.57, "F": 18.29, "G": 13.14, "H": 15.71, "J": 15.0}.items():
    ws.column_dimensions[col].width = w
save(wb, "prospects-en-gb-energybroker.xlsx")
print(len(rows), "businesses")
