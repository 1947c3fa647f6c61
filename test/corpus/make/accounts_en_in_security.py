"""
Shape of Nexuses/email-automation-2025 "clients.xlsx" (at commit 24971724): an Indian security
services company's list of its client accounts with the representative who owns each one, kept in
Microsoft Excel for an e-mail campaign about its new software products. One sheet "Sheet1", header
row 1 bold (Calibri 12): Client / ClientEmailId / CustomerType / SisRepresentativeName /
SisRepresentativeEmail / Branch / Region / Zone, and a ninth column whose header is the campaign's
whole pitch (a 500-character paragraph, yellow fill, wrapped, row 1 74 pt tall) holding the same
reply sentence on every row. One row per client contact: the client organisation (companies,
hospitals, universities, government bodies; capitals mostly, some title case, some with a trailing
space, a site after a dash or in brackets), that client's e-mail (some in capitals), the campaign
group (the first fifth "OYC", the rest "CSAT"), the company's own representative: in the OYC block
typed as one camel-case word with rank ("MajGenRajatMathur", "BrigManojMohan"), in the CSAT block in
capitals with spaces ("MR.SUDHIR KUMAR PANDEY"), and the representative's company e-mail (a few in
odd case or with a trailing space); the OYC block's branch repeats its region ("DELHI REGION"), the
CSAT block's branch is a city or site ("NOIDA EXPRESS WAY") under its region; four zones. A
representative owns 1-17 accounts, their rows together, blocks sorted by region. Some clients
appear on two to four rows (other sites with another contact and representative), a few of them in
another case ("Genpact" / "GENPACT"); two client e-mails are shared by two rows. Column widths as in
the original. 420 rows (the original has 1,039). Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import FIRST_IN, LAST_IN, Fake, save, workbook

f = Fake("accounts-en-in-security")

PITCH = ("SIS has introduced a range of software products that make guarding teams and electronic security "
         "equipment more productive and easier to supervise  -  Smart Register (digital visitor and duty "
         "registers)  -  Smart Vision (analytics added to the CCTV cameras you already have)  -  SMART Round "
         "Monitor (guard tour checkpoints)  -  SMART Evacuation Drills (fire drill training in virtual "
         "reality)  -  SMART Asset Locator (live tracking of vehicles and equipment)  -  SMART Sky Watch "
         "(drone patrols)  -  SMART Bay (parking management)")
REPLY = "Kindly have your team visit us and walk us through the solution."

REGIONS = [  # (region, zone, CSAT branches)
    ("ANDHRAPRADESH REGION", "SOUTH ZONE", ["ANNANTPURAM", "TIRUPATI", "NELLORE", "VIZAG GAJUWAKA"]),
    ("BIHAR REGION", "EAST ZONE", ["PATNA", "MUZAFFARPUR"]),
    ("CHENNAI REGION", "SOUTH ZONE", ["ANNANAGAR", "SRIPERUMBUDUR ", "GUINDY"]),
    ("DELHI REGION", "NORTH ZONE", ["DELHI ROHINI", "DELHI EXPRESSWAY", "DELHI EAST OF KAILASH"]),
    ("GUJARAT REGION", "WEST ZONE", ["VADODARA", "GANDHI NAGAR", "SURAT"]),
    ("HARYANA REGION", "NORTH ZONE", ["GURUGRAM CYBER CITY", "MANESAR"]),
    ("JHARKHAND REGION", "EAST ZONE", ["RANCHI HARMU", "JAMSHEDPUR"]),
    ("KARNATAKA REGION", "SOUTH ZONE", ["BANGLORE JAINAGAR", "BANGALORE YESHWANTPUR", "HOSUR"]),
    ("MADHYAPRADESH & CHHATTISGARH REGION", "WEST ZONE", ["BHOPAL", "INDORE", "RAIPUR"]),
    ("MUMBAI REGION", "WEST ZONE", ["MUMBAI ANDHERI", "MUMBAI PAREL", "THANE", "MUMBAI SANTA CRUZ"]),
    ("NOIDA REGION", "NORTH ZONE", ["GREATER NOIDA", "NOIDA EXPRESS WAY", "MEERUT"]),
    ("NORTHEAST REGION", "EAST ZONE", ["GUWAHATI", "SILIGURI"]),
    ("PUNJAB REGION", "NORTH ZONE", ["CHANDIGARH", "ZIRAKPUR", "JAMMU"]),
    ("RAJASTHAN REGION", "NORTH ZONE", ["JODHPUR", "JAIPUR SITAPURA"]),
    ("REST OF MAHARASTRA REGION", "WEST ZONE", ["PUNE WAGHOLI", "PUNE CAMP AREA", "NASHIK"]),
    ("UttarPradesh East Region", "NORTH ZONE", ["VARANASI", "AYODHYA"]),
    ("WESTBENGAL REGION", "EAST ZONE", ["KOLKATA SALT LAKE", "DURGAPUR"]),
]
RANKS = ["MajGen", "Brig", "Col", "", "", "", "", ""]
WORDS = ["Arvind", "Bharat", "Coastal", "Deccan", "Everest", "Ganga", "Himalaya", "Indus", "Jaipur", "Kaveri",
         "Lotus", "Malabar", "Narmada", "Orion", "Pinnacle", "Sahyadri", "Tapti", "Unity", "Vindhya", "Western",
         "Zenith", "Aravali", "Konkan", "Satpura", "Nilgiri", "Sunrise", "Krishna", "Godavari", "Meghna", "Trident"]
TRADES = ["CEMENT", "STEELS", "PHARMACEUTICALS", "AUTO COMPONENTS", "LOGISTICS", "DAIRY", "TEXTILES", "POWER",
          "HOSPITALS", "FOODS", "PIPES", "INFRASTRUCTURE", "PAPER MILLS", "CHEMICALS", "WAREHOUSING", "HOTELS"]
SUFFIX = ["PVT LTD", "PRIVATE LIMITED", "LIMITED", "LTD", "PVT. LTD.", "INDIA PVT LTD", "INDIA PRIVATE LIMITED"]
INSTITUTIONS = ["UNIVERSITY", "MEDICAL COLLEGE", "CHARITABLE TRUST", "DEVELOPMENT AUTHORITY", "MUNICIPAL CORPORATION",
                "INSTITUTE OF TECHNOLOGY", "PUBLIC SCHOOL SOCIETY", "CLUB LIMITED"]


def company():
    def make():
        r = f.r.random()
        if r < 0.78:
            name = f"{f.pick(WORDS).upper()} {f.pick(TRADES)} {f.pick(SUFFIX)}"
        elif r < 0.93:
            name = f"{f.pick(WORDS).upper()} {f.pick(INSTITUTIONS)}"
        else:
            name = f"{f.pick(WORDS).upper()} {f.pick(TRADES)}"
        if f.chance(0.05):
            name += f" - {f.pick(REGIONS)[2][0].strip().title()}"
        elif f.chance(0.03):
            name += f"({f.pick(['TEMP', 'HIRIYUR', 'UNIT 2', 'NON HRA'])})"
        return name
    name = f._unique(make)
    if f.chance(0.2):
        name = " ".join(w.capitalize() if w.isalpha() else w for w in name.split(" "))
    return name


def slug(name):
    return "".join(ch for ch in "".join(name.split(" ")[:2]).lower() if ch.isalpha())


def client_mail(name):
    return f._unique(lambda: _client_mail(name))


def _client_mail(name):
    first, last = f.pick(FIRST_IN).lower(), f.pick(LAST_IN).lower()
    local = f.pick([f"{first}.{last}", f"{first}.{last[0]}", f"{first[0]}{last}", f"security.{slug(name)}",
                    "cso", f"admin{f.r.randrange(1, 9)}", f"{first}{f.r.randrange(10, 99)}"])
    domain = f"{slug(name)}.test" if not f.chance(0.08) else f.pick(["example.com", "example.org"])
    mail = f"{local}@{domain}"
    return mail.upper() if f.chance(0.12) else (mail[0].upper() + mail[1:] if f.chance(0.03) else mail)


def rep_oyc():
    first, last = f.pick(FIRST_IN), f.pick(LAST_IN)
    rank = f.pick(RANKS)
    name = f"{rank}{first}{last}" + ("(Retd.)" if rank and f.chance(0.3) else "")
    return name, f"{first.lower()}{'.' + last.lower() if f.chance(0.6) else ''}@sisguard.test"


def rep_csat():
    first, last = f.pick(FIRST_IN).upper(), f.pick(LAST_IN).upper()
    middle = f" {f.pick(['KUMAR', 'PRATAP', 'PRAKASH', 'NARAYAN'])}" if f.chance(0.35) else ""
    name = ("MR." if f.chance(0.08) else "") + f"{first}{middle} {last}"
    mail = f"{first.lower()}.{last.lower()}@sisguard.test"
    if f.chance(0.03):
        mail = mail.title()
    elif f.chance(0.03):
        mail += " "
    return name, mail


rows = []
clients = []  # names so far, to repeat some
# OYC block: about a fifth of the rows, branch = region
for region, zone, branches in REGIONS:
    for _ in range(f.r.choice([1, 1, 2])):
        rep, rep_mail = rep_oyc()
        for _ in range(f.r.randrange(2, 6)):
            name = company()
            clients.append(name)
            rows.append([name + (" " if f.chance(0.05) else ""), client_mail(name), "OYC", rep, rep_mail,
                         region, region, zone])
# CSAT block: branch = a city or site of the region
while len(rows) < 420:
    region, zone, branches = f.pick(REGIONS)
    branch = f.pick(branches)
    rep, rep_mail = rep_csat()
    for _ in range(min(f.r.choice([1, 2, 3, 4, 5, 6, 8, 11, 14, 17]), 420 - len(rows))):
        if f.chance(0.05) and clients:
            name = f.pick(clients)  # the same client at another site, with another contact
            if f.chance(0.3):
                name = name.upper() if name != name.upper() else name.title()
        else:
            name = company()
            clients.append(name)
        rows.append([name + (" " if f.chance(0.05) else ""), client_mail(name), "CSAT", rep, rep_mail,
                     branch, region, zone])

# two client e-mails shared by two rows, as in the original
rows[300][1] = rows[120][1]
rows[350][1] = rows[351][1]

oyc = [r for r in rows if r[2] == "OYC"]
csat = sorted([r for r in rows if r[2] == "CSAT"], key=lambda r: (r[6].upper(), r[5]))
rows = oyc + csat

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
headers = ["Client", "ClientEmailId", "CustomerType", "SisRepresentativeName", "SisRepresentativeEmail", "Branch",
           "Region", "Zone", PITCH]
for j, h in enumerate(headers):
    c = ws.cell(1, j + 1, h)
    c.font = Font(bold=True, size=12)
ws["I1"].fill = PatternFill("solid", fgColor="FFFF00")
ws["I1"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[1].height = 74
for i, r in enumerate(rows):
    for j, v in enumerate(r + [REPLY]):
        ws.cell(2 + i, j + 1, v)
for col, width in zip(["A", "B", "C", "D", "E", "G", "H", "I"], [31.63, 34.27, 13.63, 22, 22.63, 24.45, 14.36, 71.18]):
    ws.column_dimensions[col].width = width
save(wb, "accounts-en-in-security.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for i, r in enumerate(rows):
            print(2 + i, r)
