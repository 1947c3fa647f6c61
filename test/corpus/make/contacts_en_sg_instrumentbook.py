"""
Shape of ramaibz/cleaning-contact "Contacts.xlsx" (at commit 640f234c379b1d7e43ccdd47f9a329750cb07575):
the address book of a Singapore analytical-instrument and gas-analyser supplier, exported from an
Outlook-style contact manager with its 20 columns in alphabetical order (Business Fax, Business Phone,
Code, Company Address, Company Name, Country, Country Postal Code, Designation, Email, First Name, Full
Name, Home Phone, Last Name, Mobile Phone, Note, Pager, Postal Code, State, Title, Website), bold header,
every text column formatted as text ('@'). 1,896 rows there, 950 here; one row per person at a company
(customers, dealers, principals, labs, universities, but also hotels, florists, couriers, telcos):
- Code runs up with gaps; Full Name holds 0 on almost every row (a broken formula's value), empty on a few;
- a third of the people have only a First Name ('Choon Chye', 'Yu Liya/Dr Yung Lanry'), a few only a Last
  Name; Title is the salutation (Mr, Ms, Dr, Mdm, Mrs, 'Mr ', 'Mr/Ms'), Designation the job title;
- Company Name often with trailing spaces, a few with the address typed under the name on extra lines;
  most companies once, some with two to six people, one institute with many;
- Company Address over several lines ('10 Ubi Crescent  #07-90\\nUbi Techpark Lobby E\\n'); Postal Code as text
  ('049479'), Country Postal Code as a number that drops the leading zero, 0 when unknown and a few stray
  fractions; State only for foreign addresses (Selangor Darul Ehsan, Jakarta, Metro Manila);
- phones as typed: '6745 3758', '6331 1544,  Direct: 6331 1500', '6355 0851 (6 lines)', '(632) 631 5290 or 96',
  mobiles '9455 7195, Indonesia HP: +62-08-15-8794230', pager numbers, rare home phones;
- e-mails sometimes spaced ('exact @ po.example.net') or two in one cell; long free-text Notes (other
  people at the company, an IC number and date of birth, 'Reservist friend', who decides on analysers);
- about 2 % company-only rows (no person), a few people without a company, one row with only an address.
A person imports one contact per named person linked to their company, one enterprise client per company
(people without a company become individual clients), and skips the address-only row. Values invented.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Font

f = Fake(3209)
N = 950

STEMS = ["Flexisolve", "Ubitek", "Seraya", "Kallang", "Tuas", "Orchid", "Merlion", "Straits", "Harbourfront", "Jurong",
         "Senoko", "Pasir", "Bukit", "Changi", "Tampines", "Raffles", "Clementi", "Kranji", "Bedok", "Novena", "Pioneer",
         "Temasek", "Lion City", "Equator", "Monsoon", "Sunda", "Borneo", "Malacca", "Penang", "Klang", "Selat",
         "Pacific", "Asiatic", "Oriental", "Everbright", "Goldline", "Silverleaf", "Bluewater", "Greenfield", "Redhill",
         "Crestar", "Polaris", "Vertex", "Apex", "Summit", "Nexus", "Zenith", "Optima", "Prima", "Unitas", "Alpha",
         "Delta", "Sigma", "Omega", "Kappa", "Hupseng", "Kimleng", "Teckhin", "Chuanli", "Wahfook", "Yongsheng"]
TRADES = ["Technology", "Instruments", "Analytical", "Scientific", "Engineering", "Environmental", "Process Control",
          "Automation", "Electrical", "Industrial Gases", "Chemicals", "Laboratory Supplies", "Water Treatment",
          "Petrochemical", "Semiconductor", "Precision", "Calibration Services", "Trading", "Marine", "Power Systems",
          "Electronics", "Hardware", "Systems Integration", "Biotech", "Pharmaceuticals", "Refinery Services"]
COUNTRIES = ([("Singapore", "Pte Ltd", None)] * 48 + [("Malaysia", "Sdn Bhd", "Selangor Darul Ehsan")] * 6
             + [("Malaysia", "Sdn Bhd", "Kuala Lumpur")] * 6 + [("Indonesia", "", "Jakarta")] * 8
             + [("USA", "Inc.", "CA")] * 3 + [("USA", "Inc.", "TX")] * 3 + [("Philippines", "Inc.", "Metro Manila")] * 5
             + [("Thailand", "Co. Ltd.", "Bangkok")] * 3 + [("Germany", "GmbH", None)] * 2 + [("China", "Co. Ltd.", "Shanghai")]
             + [("Australia", "Pty Ltd", "NSW")] + [(None, "Pte Ltd", None)] * 5)
SG_ROADS = ["Ubi Crescent", "Senoko Way", "Tuas West Ave", "Ayer Rajah Crescent", "Kallang Avenue", "Woodlands Drive",
            "Ang Mo Kio Industrial Park", "Changi South Lane", "Toh Guan Road", "Kaki Bukit Road", "Jalan Buroh",
            "Pandan Loop", "Loyang Way", "Tampines Street 92", "Science Park Road", "Kent Ridge Crescent"]
PARKS = ["Ubi Techpark Lobby E", "TechPlace II", "Kallang Basin Industrial Estate", "Cintech III", "The Alpha",
         "Loyang Industrial Estate", "Sime Darby Centre", "Jurong Point"]
FIRSTS = ["Choon Chye", "Andrew", "Margaret", "Mun Kwong", "Khin Kheong", "Valerie", "Peggy", "K C", "Chew Leng",
          "Bryan", "Stanley How Chiong", "Toru", "Sok Hong", "Francis Thian Seng", "Ronnie", "Xiong Bai", "Susan",
          "Sebastian", "Art", "Dick K. W.", "Chatree", "Kevin Kee Teck", "Alvin ", "Chutchai", "Desmond", "Jean",
          "Thomas", "Andy S.", "Siew Ling", "Wei Ming", "Hui Min", "Boon Keng", "Kok Wah", "Mei Ling", "Agus",
          "Budi", "Siti", "Rizal", "Nurul", "Ahmad Fauzi", "Lakshmi", "Ravi", "Priya", "Jose Ma.", "Maricel",
          "Somchai", "Hans", "Jurgen", "Grace", "Patrick", "Vincent", "Jason", "Eileen", "Doris", "Raymond"]
LASTS = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Low", "Sim",
         "Chong", "Neo", "Beh", "Khong", "Ho", "Tang", "Eng", "Sum", "Loya", "Juntasaro", "Choo", "Sontillano",
         "Santoso", "Wijaya", "Hartono", "Abdullah", "Ismail", "Raman", "Nair", "Reyes", "Santos", "Srisuk",
         "Becker", "Vogel", "Hollis", "Ferrier", "Marsh"]
DESIG = ["Director", "Managing Director", "General Manager", "Sales Manager", "Sales Engineer", "Applications Engineer",
         "Project Manager", "Plant Manager", "Purchasing Executive", "Senior Buyer", "Laboratory Manager",
         "Technical Manager", "Marketing Executive", "Product Manager", "Service Engineer", "Chief Executive Officer",
         "Asst. Sales Manager", "Manager, Planning Division", "Executive (Commercial)", "Site Manager",
         "Principal, CEO", "Senior Research Fellow", "Dy Superintendent", "Sales & Service", " Manager",
         "Manager, Service Dept.", "Chemist", "QA/QC Manager", "Instrument Technician", "Consultant"]
NOTES = ["{p} is in charge of carbonated drinks.\n\n{q} - Tel : {t} (Production manager)",
         "Reservist friend (Ops security).\n\n1. {q} (General Manager)\n    Tel: {t}, DID: {t2}",
         "~ IC No: S{ic}J,  Date of Birth: {dob}\n~ Vehicle no: SDT {veh}, Model: Toyota",
         "{p} makes the decision for the type of analyser to be used.",
         "Met at the exhibition. Interested in portable gas detectors.",
         "Old address:\n{addr}",
         "Dealer for Indonesia. Quotation sent, follow up next month.",
         "{q} (facility personnel) {t}",
         "Contact for calibration gas orders.",
         "Old HP: {t}"]

HEADER = ["Business Fax", "Business Phone", "Code", "Company Address", "Company Name", "Country", "Country Postal Code",
          "Designation", "Email", "First Name", "Full Name", "Home Phone", "Last Name", "Mobile Phone", "Note", "Pager",
          "Postal Code", "State", "Title", "Website"]


def sg_phone():
    return f"6555 0{f.r.randrange(100, 999)}"


def mobile():
    return f"9555 0{f.r.randrange(100, 999)}"


def new_company():
    while True:
        country, suffix, state = f.pick(COUNTRIES)
        stem, trade = f.pick(STEMS), f.pick(TRADES)
        if country == "Indonesia":
            name = f"PT {stem} {trade}"
        else:
            name = f"{stem} {trade} {suffix}".strip()
        if name not in companies and name not in RESERVED:
            break
    slug = stem.lower().replace(" ", "") + trade.split()[0].lower()[:4]
    pc = f"{f.r.randrange(10000, 829999):06d}" if country in ("Singapore", None) else f"{f.r.randrange(10000, 99999)}"
    if country in ("Singapore", None):
        addr = f"{f.r.randrange(1, 120)} {f.pick(SG_ROADS)}"
        if f.chance(0.6):
            addr += f"  #{f.r.randrange(1, 12):02d}-{f.r.randrange(1, 99):02d}\n{f.pick(PARKS)}\n"
    else:
        addr = f"{f.r.randrange(1, 300)}, Jalan {f.pick(STEMS)}\n{state or ''}".strip()
        if f.chance(0.5):
            addr += "\n"
    companies[name] = dict(country=country, state=state, pc=pc, addr=addr, slug=slug,
                           fax=sg_phone() if country in ("Singapore", None) else f"+62-21-555-0{f.r.randrange(100, 999)}",
                           phone=sg_phone(), web=f"www.{slug}.test" if f.chance(0.3) else None)
    return name


companies = {}
RESERVED = {"Seraya Industrial Gases Pte Ltd", "Flexisolve Technology Pte Ltd", "Crestar Analytical Sdn Bhd",
            "PT Sunda Instruments", "Merlion Calibration Services Pte Ltd"}
# company sizes: one institute with many people, a few with several, most once
plan = []
big = new_company()
companies["Institute of Environmental Science & Engineering"] = companies.pop(big)
plan += ["Institute of Environmental Science & Engineering"] * 8
for k in (5, 4, 4, 3, 3, 3):
    plan += [new_company()] * k
for _ in range(36):
    plan += [new_company()] * 2
while len(plan) < N - 6:
    plan.append(new_company())
f.r.shuffle(plan)

rows = []
code = 0
person_names = {("Margaret", "Ang"), ("Choon Chye", ""), ("Ronnie", "Koh"), ("Budi", "Santoso"), ("Susan", "Eng")}
for i, comp in enumerate(plan):
    code += 1 + (1 if f.chance(0.04) else 0)
    c = companies[comp]
    kind = "person"
    if f.chance(0.024):
        kind = "companyonly"
    first = last = None
    if kind == "person":
        while True:
            r = f.r.random()
            first, last = f.pick(FIRSTS), f.pick(LASTS)
            if r < 0.31:
                last = None
            elif r < 0.325:
                first = None
            key = ((first or "").strip(), (last or "").strip())
            if key not in person_names:
                person_names.add(key)
                break
    title = None
    if kind == "person" or f.chance(0.1):
        title = f.pick(["Mr"] * 30 + ["Ms"] * 8 + ["Dr"] * 2 + ["Mr "] + ["Mrs", "Mdm", "Mr/Ms", "Ms "]) if f.chance(0.95) else None
    name_cell = comp
    if f.chance(0.15):
        name_cell = comp + " "
    if f.chance(0.03):
        name_cell = comp + "\n" + c["addr"].split("\n")[0]
    phone = c["phone"]
    if f.chance(0.1):
        phone = f"{phone},  Direct: {sg_phone()}"
    elif f.chance(0.05):
        phone = f"{phone} ({f.r.randrange(2, 12)} lines)"
    email = None
    if kind == "person" and f.chance(0.62):
        local = ((first or last or "sales").strip().split()[0]).lower()
        email = f"{local}@{c['slug']}.test" if not f.chance(0.04) else f"{local} @ {c['slug']}.test"
    elif kind == "companyonly" and f.chance(0.5):
        email = f"sales@{c['slug']}.test"
    mob = None
    if kind == "person" and f.chance(0.23):
        mob = mobile()
        if f.chance(0.05):
            mob += f", Indonesia HP: +62-08-15-555{f.r.randrange(1000, 9999)}"
    note = None
    if f.chance(0.5):
        q = f"Mr {f.pick(FIRSTS).strip()} {f.pick(LASTS)}"
        note = f.pick(NOTES).format(p=f"{title or 'Mr'} {(first or '').strip()} {(last or '').strip()}".replace("  ", " "),
                                    q=q, t=sg_phone(), t2=sg_phone(), ic=f"{f.r.randrange(1000000, 9999999)}",
                                    dob=f"{f.r.randrange(1, 28)}/{f.r.randrange(1, 12)}/19{f.r.randrange(50, 80)}",
                                    veh=f.r.randrange(1000, 9999), addr=c["addr"])
    cpc = None
    if c["pc"]:
        cpc = int(c["pc"]) if not f.chance(0.05) else 0
        if f.chance(0.04):
            cpc = round(f.r.random(), 5)
    rows.append([c["fax"] if f.chance(0.93) else None, phone, code, c["addr"] if f.chance(0.97) else None, name_cell,
                 c["country"], cpc, f.pick(DESIG) if kind == "person" and f.chance(0.57) else None, email, first,
                 0 if f.chance(0.98) else None, f"6555 0{f.r.randrange(100, 999)}" if f.chance(0.03) else None,
                 last, mob, note, mobile() if f.chance(0.08) else None,
                 c["pc"] if c["country"] == "Singapore" or f.chance(0.5) else None,
                 c["state"] if c["country"] not in ("Singapore", None) and f.chance(0.8) else None,
                 title, ("http://" + c["web"]) if c["web"] and f.chance(0.5) else c["web"]])

# people without a company, and one row holding only an address
LONERS = [("Gunter", "Zimmel", "Consultant", "office@zimmel-consult.test", None),
          ("Roselyn", "Lim", None, None, "538, Woodlands Drive 16\n#11-14"),
          ("Thomas J.", "Lennon", "Consultant", "tjlennon@example.net", "9 Indian Pond Ln\nAmherst, NH"),
          ("Andrew & Maureen", "Ong", None, None, "35E West Coast View"),
          ("Joo Keng", "Lee (Ah Lee)", None, None, "Blk 3, 128A Kallang Avenue")]
for first, last, desig, mail, addr in LONERS:
    at = f.r.randrange(20, len(rows) - 20)
    rows.insert(at, [None, sg_phone(), 0, addr, None, None, None, desig, mail, first, 0, None, last, None, None, None,
                     None, None, "Mr", None])
at = f.r.randrange(20, len(rows) - 20)
rows.insert(at, [None, None, 0, "Blk 5042 Ang Mo Kio \nIndustrial Park 2", None, None, None, None, None, None, None,
                 None, None, None, None, None, None, None, None, None])
# fixed records for the label's value checks
FIXED = [
    (40, "Ms", "Margaret", "Ang", "Plant Manager, ESG Centre", "Seraya Industrial Gases Pte Ltd", "margaret.ang@serayaind.test", "9555 0417", "6555 0311"),
    (140, "Mr", "Choon Chye", None, "Director", "Flexisolve Technology Pte Ltd", "chye@flexisolvetech.test", None, "6555 0743"),
    (300, "Dr", "Ronnie", "Koh", "Laboratory Manager", "Crestar Analytical Sdn Bhd ", "ronnie@crestarana.test", None, "03-5555 0126"),
    (520, "Mr", "Budi", "Santoso", "Sales Manager", "PT Sunda Instruments", None, "0811-555-0190", "+62-21-555-0162"),
    (700, "Mdm", "Susan", "Eng", "Dealer's Representative", "Merlion Calibration Services Pte Ltd", None, None, "6555 0219 (2 lines)"),
]
for at, title, first, last, desig, comp, mail, mob, phone in FIXED:
    code = rows[at][2]
    rows[at] = [sg_phone(), phone, code, f"{f.r.randrange(1, 99)} {f.pick(SG_ROADS)}", comp, "Singapore", 408564, desig,
                mail, first, 0, None, last, mob, None, None, "408564", None, title, None]
# Code runs up with gaps (deleted contacts)
code = 0
for r in rows:
    code += 1 + (1 if f.chance(0.04) else 0)
    r[2] = code

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADER)
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for j, cell in enumerate(row):
        if HEADER[j] not in ("Code", "Country Postal Code", "Full Name", "State", "Website"):
            cell.number_format = "@"
save(wb, "contacts-en-sg-instrumentbook.xlsx")

if __name__ == "__main__":
    import sys
    if "--stats" in sys.argv:
        comps = set()
        contacts = 0
        loners = 0
        skipped = 0
        for r in rows:
            comp = (r[4] or "").split("\n")[0].strip()
            person = (r[9] or "").strip() or (r[12] or "").strip()
            if comp:
                comps.add(comp)
                if person:
                    contacts += 1
            elif person:
                loners += 1
            else:
                skipped += 1
        print("rows", len(rows), "companies", len(comps), "contacts", contacts, "loners", loners, "skipped", skipped)
