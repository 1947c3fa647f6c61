"""
Shape of HolySpecs/MWC-23-automation-stuff "Exhibitors.xlsx" (commit
fb7984108f20dba59c0bd231a3b8e91deb0dc395): the exhibitors of a Barcelona mobile-industry trade show
scraped (Selenium) from the show's website filter, one market category at a time, and pasted into
Excel as a grid - one sheet "Sheet1", row 1 the 38 category names in capitals ("5G", "AGRITECH AND
AGRIFOOD", "APP/MOBILE SERVICES", … "WEB3, CRYPTO AND NFTS"), no bold, and under each the names
of the exhibitors listed in that category, top-aligned, columns of very different length (6 to
390 names). Each column starts with the show's featured exhibitors, then A-Z as the website lists
them (digits and brackets first: "(360) …", "2J …"). A company sits under many categories (one
under ten); legal forms as the exhibitors typed them (S.L., GmbH, A/S, Co., Ltd., "Corporation:
…"), country pavilions and trade agencies among them. Wide A/B columns, the rest narrower.
Company names invented; lengths as in the source.
"""
import random

from fake import save, workbook

r = random.Random(3611)
CATS = [("5G", 390), ("AGRITECH AND AGRIFOOD", 6), ("APP/MOBILE SERVICES", 167), ("ARTIFICIAL INTELLIGENCE", 165),
        ("AUTOMOTIVE/TRANSPORT", 69), ("BIG DATA/ANALYTICS", 113), ("CLIMATE & ENVIRONMENT", 30),
        ("CLOUD SERVICES", 160), ("CONSULTANCY", 38), ("CYBERSECURITY", 80), ("DEVICE HARDWARE/SOFTWARE", 191),
        ("DIGITAL IDENTITY/AUTHENTICATION", 44), ("E-COMMERCE/DIGITAL COMMERCE", 49), ("EDUCATION", 37),
        ("ENTERPRISE & BUSINESS IT", 90), ("ENTERPRISE SOFTWARE", 86), ("FINTECH/FINANCE/INSURANCE SERVICES", 55),
        ("GAMING", 25), ("GOVERNMENT/PUBLIC POLICY", 55), ("HEALTH/FITNESS/WELLBEING", 71), ("IOT", 231),
        ("MANUFACTURING AND INDUSTRY 4.0", 107), ("MARKETING/ADVERTISING", 45), ("MEDIA/CONTENT/ENTERTAINMENT", 45),
        ("METAVERSE/VIRTUAL REALITY/AUGMENTED REALITY", 53), ("MNO/MVNO", 84), ("NETWORK INFRASTRUCTURE", 178),
        ("NETWORK SECURITY", 60), ("OSS/BSS", 57), ("RETAIL/DISTRIBUTION CHANNELS", 34), ("SATELLITE", 39),
        ("SMART CITIES", 120), ("SOFTWARE SERVICES", 167), ("SUSTAINABLE DEVELOPMENT/SOCIAL INNOVATION", 27),
        ("SYSTEMS INTEGRATION", 93), ("USER EXPERIENCE", 64), ("VENTURE CAPITAL/INVESTMENT/M&A", 15),
        ("WEB3, CRYPTO AND NFTS", 21)]
STEMS = ["Albatel", "Brivona", "Cortexa", "Dunlore", "Elvanta", "Ferrumo", "Galvix", "Helmara", "Iskra", "Joventi",
         "Kestrel", "Lumora", "Marveno", "Nordvik", "Orlantis", "Pexora", "Quorvex", "Rivulon", "Solvane", "Tessaro",
         "Ulmera", "Vantiq", "Wexford", "Xaltro", "Yarrow", "Zentiva", "Arcwave", "Bluefen", "Cellora", "Datrix",
         "Edgefield", "Fibrantic", "Gridlane", "Hexalon", "Infralink", "Junoteq", "Kairos", "Linkvale", "Meshwerk",
         "Nexiro", "Opticore", "Polaris", "Qubitra", "Radiant", "Signum", "Telvora", "Unisfera", "Voltari",
         "Wavecrest", "Zephyr", "Amberly", "Boreal", "Castellan", "Delphin", "Emberton", "Falkner", "Granvia"]
TAILS = ["Networks", "Technologies", "Telecom", "Systems", "Labs", "Wireless", "Semiconductors", "Solutions",
         "Software", "Digital", "Communications", "Mobile", "Analytics", "Robotics", "Cloud", "Devices", "Security",
         "Photonics", "Connect", "IoT"]
FORMS = ["", "", "", "", " S.L.", " GmbH", " A/S", " AB", " Oy", " Ltd", " Limited", " Inc.", ", Inc.", " Co., Ltd.",
         " Co.,Ltd.", " S.A.", " B.V.", " SAS", " S.R.L.", " Corporation", " Pte Ltd", " AG", " plc", " s.r.o."]
PAVILIONS = ["Pavilion of Nordvia", "Trade & Invest Lusatia", "Export Agency of Valdoria", "Catalonia Startup Hub",
             "Korea Mobile Industry Forum", "Government of Castellan Province", "Business Estmark",
             "Innovation Office delegated by the Ministry of Industry", "Technopark Daeseong (Digital Agency)"]


def company():
    s = r.choice(STEMS)
    style = r.random()
    if style < 0.12:
        name = s.upper() + r.choice(["", " " + r.choice(TAILS).upper()])
    elif style < 0.2:
        name = f"{r.randint(1, 9)}{r.choice(['D', 'J', 'G', 'tech', 'wind', 'SS'])} {r.choice(TAILS)}"
    elif style < 0.205:
        name = f"({r.choice(['360', 'Pro', 'Eco'])}) {s}"
    else:
        name = f"{s} {r.choice(TAILS)}"
    return name + r.choice(FORMS)


names = set()
while len(names) < 1100:
    names.add(company())
names = sorted(names, key=lambda n: n.lower())
names += PAVILIONS
names.append("Corporation: " + "HELMARA ELECTRONICS,INC.")
FEATURED = ["Telvora", "Signum Communications"]
names = [n for n in names if n not in FEATURED]
everywhere = ["Corporation: HELMARA ELECTRONICS,INC.", "Meshwerk Networks A/S"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, (cat, n) in enumerate(CATS):
    ws.cell(1, j + 1, cat)
    feat = FEATURED[: r.choice([0, 1, 2])] if n > 20 else []
    pool = [x for x in names if x not in everywhere]
    body = r.sample(pool, n - len(feat) - (len(everywhere) if n > 50 else 0))
    if n > 50:
        body += everywhere
    body = sorted(body, key=lambda x: x.lower())
    for i, v in enumerate(feat + body):
        ws.cell(2 + i, j + 1, v)
widths = {"A": 36.1, "B": 36.6, "C": 22.9, "D": 25.1, "E": 26.6}
for j in range(len(CATS)):
    col = ws.cell(1, j + 1).column_letter
    ws.column_dimensions[col].width = widths.get(col, 24)

save(wb, "marketmap-en-es-tradeshowcategories.xlsx")
