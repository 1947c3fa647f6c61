"""
Shape of Eslam0132/Flet_Testing "Dealers.xlsx" (commit 39ba7a50e802948cc26039a95f14c2d14ddc377b):
a car maker's Middle East customer-experience centre's directory of its dealers' people, used to
route hot leads and complaints (Saudi Arabia, UAE, Qatar, Kuwait, Bahrain, Oman, Jordan,
Lebanon). Two sheets, header on row 1, no formats, no merges.

- "Rep" (197 rows in the original, 150 here): Country ("KSA AAC", "UAE Bin Hamoodah",
  "QAR (Jaidah)": market plus dealer code) / Dealer / Brand ("Core " with a space, "Cadillac ",
  "Chevrolet", "GMC", "-") / City ("HT - Buridah", "Sharjah " with a space, "Shuwaikh / Al Rai /
  Fahaheel") / Name / Designation (twenty spellings of "Sales Rep. (Chevrolet, GMC)", empty on
  some) / Mobile (a number without country code, or text "+971 5…", "(+974)…", "054 …",
  "505948999 - 50594899", two numbers with "/" or ",") / Email (the dealer's domain on the Saudi
  dealer, empty for most others).
- "Escalation" (143 rows in the original, 90 here): Country / Brand / CEC title ("Level1 (To)",
  "Level2 (CC)", "NA", "Escalation level") / Title (mostly "-") / NAME (often with the role in
  brackets and non-breaking spaces, a shared mailbox's name such as "… Group" or "Customer Care
  Managers", a log-in name) / Email / Number ("-", a number with country code, "office : … -
  mobile : …", "Mobile: … / …") / Case Type (mostly "-"). The same people repeat per brand and
  level; one row holds a job title in the Email column.
Dealer names, people, e-mails and numbers invented.
"""
from fake import Fake, save, workbook

f = Fake("contacts-en-ae-gmdealerreps")

DEALERS = [  # country label, dealer, cities, domain, e-mail kept, country code, share
    ("KSA NAM", "NAM", ["Riyadh", "Jeddah", "Dammam", "HT - Buridah", "HT - Tabouk", "HT - Hail", "Madinah", "Makkah", "Taif"], "namauto", True, "966", 55),
    ("UAE Bin Rashed", "Bin Rashed Auto", ["Abu Dhabi", "Al Ain"], "bra", False, "971", 23),
    ("KSA GMA", "GMA", ["Riyadh", "Jeddah", "Dammam", "Yanbu", "Jubail"], "gma", True, "966", 16),
    ("UAE Al Fardan", "Al Fardan Auto", ["Dubai", "Dubai SZR", "Dubai ", "Fujairah", "Ras Al Khaimah"], "alfardan", False, "971", 13),
    ("QAR (Kuwari)", "Kuwari Motors", ["Jaidai Square", "Doha", "Al-Khor "], "kuwari", False, "974", 8),
    ("UAE Al Fardan", "Horizon Auto", ["Sharjah ", "Sharjah", "Om Al Quween"], "alfardan", False, "971", 7),
    ("KUW (Al Sabah )", "Al Wafra Industries Co. S.A.K. (Al Sabah)", ["Shuwaikh", "Al Rai", "Fahaheel / Al Rai"], "wafra", False, "965", 6),
    ("QAR (Obaidly)", "Obaidly Trading ", ["Doha"], "obaidly", False, "974", 6),
    ("JOR (JVC)", "Jordan Vehicles", ["Amman"], "jvc", False, "962", 5),
    ("BAH (Gulf Motors - GMB)", "GMB", ["Sitra"], "gmb", False, "973", 5),
    ("OMN (OAE)", "Oman Automotive Establisment LLC", ["Muscat", "Oman"], "oae", False, "968", 4),
    ("LEB (Cedar)", "CEDAR", ["Beirut"], "cedar", False, "961", 2),
]
FIRST = ["Ahmed", "Mohammed", "Abdullah", "Khalid", "Faisal", "Saad", "Omar", "Yousef", "Hassan", "Ali", "Tariq", "Nabil",
         "Rami", "Sami", "Fahad", "Nasser", "Majed", "Waleed", "Ibrahim", "Hani", "Rashid", "Ziad", "Bilal", "Anas",
         "Raj", "Suresh", "Joseph", "Mark", "Hanan", "Reem", "Lina", "Noura"]
MID = ["Saleh", "Nasser", "Abdulaziz", "Ibrahim", "Mohammed", "Ali", "S.", "M.", "Hamad", ""]
LAST = ["Al-Harbi", "Al Qahtani", "Alghamdi", "Al Shehri", "Ba Khail", "Al Otaibi", "Al Dossary", "Haddad", "Khoury",
        "Nasser", "Al Mansoori", "Al Hashmi", "Al Kuwari", "Al Marri", "Al Sabah", "Al Balushi", "Al Harthy", "Qasem",
        "Saleh", "Menon", "Pillai", "D'Souza", "Barakat", "Al Zahrani", "Al Mutairi"]
DESIG = ["Sales Rep. (Chevrolet, GMC)"] * 8 + ["Sales Rep."] * 5 + [None] * 3 + [
    "Sales Rep. Cadillac ", " Sales rep. Chevrolet", "Sales rep. GMC", " Sales Consultant for Chevrolet",
    "Sales Rep.  (Cadillac)", "Sales Supervisor  (Chevrolet, GMC)", "Sales Rep (GMC)", "Sales Rep - Chevrolet/ GMC",
    " Sales consultant - Cadillac", "Pre-owned", "Fleet Sales", "Sales Supervisor", "Sales Consultant",
    "sales consultant (Chevrolet & GMC)", "Sales Manager (Cadillac)"]
BRANDS = ["Core "] * 7 + ["-"] * 4 + ["Cadillac "] * 3 + ["Chevrolet"] * 3 + ["GMC"] * 2


def person():
    m = f.pick(MID)
    return " ".join(p for p in [f.pick(FIRST), m, f.pick(LAST)] if p)


def local(name):
    parts = name.replace("'", "").replace(".", "").split()
    return f"{parts[0]}.{parts[-1].replace('-', '').replace(' ', '')}".lower() if len(parts) > 1 else parts[0].lower()


def digits(cc):
    if cc == "966":
        return "5000" + f"{f.r.randrange(100000):05d}"
    if cc == "971":
        return "5000" + f"{f.r.randrange(100000):05d}"
    return "5500" + f"{f.r.randrange(10000):04d}"


def mail(loc):
    return f"{loc}@example.{['com', 'org', 'net'][len(loc) % 3]}"


def mobile(cc):
    d = digits(cc)
    k = f.r.random()
    if k < 0.32:
        return int(d)
    if k < 0.45:
        return f"+{cc} {d}"
    if k < 0.55:
        return f"+{cc}{d}"
    if k < 0.64:
        return int(cc + d)
    if k < 0.72:
        return f"0{d[:2]} {d[2:]}"
    if k < 0.78:
        return f"(+{cc}){d}"
    if k < 0.83:
        return f"+{cc}{d} "
    if k < 0.87:
        return f"{d} - {d[:-1]}"
    if k < 0.9:
        return f"{cc}{d} / {cc}{digits(cc)}"
    if k < 0.92:
        return f"{d}, {digits(cc)}"
    return f"(+{cc}) {d}"


wb = workbook()
ws = wb.active
ws.title = "Rep"
ws.append(["Country", "Dealer", "Brand", "City", "Name", "Designation", "Mobile", "Email"])
staff = {}
for country, dealer, cities, dom, keep_mail, cc, share in DEALERS:
    staff[country] = []
    for _ in range(round(share * 150 / 150)):
        n = person()
        staff[country].append((n, dom, cc))
        email = mail(local(n)) if keep_mail or f.chance(0.15) else None
        ws.append([country, dealer, f.pick(BRANDS), f.pick(cities), n, f.pick(DESIG), mobile(cc), email])
for col, w in zip("ABCDEFGH", [22, 28, 10, 14, 43, 34, 22, 40]):
    ws.column_dimensions[col].width = w

es = wb.create_sheet("Escalation")
es.append(["Country", "Brand", "CEC title", "Title", "NAME", "Email", "Number", "Case Type"])
ROLE = ["General Sales Manager", "Customer Care", "CRM Manager", "Showroom Manager Core Brands", "Sales Manager for Cadillac",
        "Sales Supervisor  (Chevrolet, GMC)", "CRM Agent", "Operations Manager"]
TITLES = ["General Manager", "CRM Asst. Manager", "\u00a0CRM Agent", "Marketing & CRM Manager", "Operations Manager",
          "Sales Manager\u00a0 (GMC) - Retail", "CRM Supervisor", "Head of Brands\u00a0", "Showroom Manager"]
CASES = ["Sales Complaint Escalation (Chevrolet & GMC)", "Sales Complaints", "Sales Complaints Followup/Escalation ",
         "Retail - Sales Hot Lead Requests", "Fleet -\u00a0 Sales Hot Lead Requests"]
GROUPS = {"KSA NAM": "NAM Group", "KSA GMA": "Customer Care Managers "}
rows = 0
for country, dealer, cities, dom, keep_mail, cc, share in DEALERS:
    people = []
    for _ in range(max(2, share // 6)):
        n = person()
        num = "-" if f.chance(0.3) else f.pick([int(cc + digits(cc)), int(cc + digits(cc)),
                                                  f"office : {cc}4000{f.r.randrange(1000):03d} - mobile : {cc}{digits(cc)}",
                                                  f"\u00a0+{cc}{digits(cc)}", f"Mobile: +{cc}{digits(cc)} / {digits(cc)}"])
        people.append((n, f.pick(ROLE), num))
    saudi = country.startswith("KSA")
    for brand in (["Chevrolet & GMC", "Cadillac"] if saudi else [f.pick(["Chevrolet", "GMC", "Cadillac", "Chevrolet & GMC"])]):
        for lvl, k in (("Level1 (To)", 3 if saudi else 2), ("Level2 (CC)", 2)):
            if country in GROUPS and lvl.startswith("Level1"):
                es.append([country, brand, lvl, "-", GROUPS[country], mail(f"cec.{dom}"), "-", "-" if saudi and country != "KSA GMA" else "Sales Complaints"])
            for n, role, num in f.r.sample(people, min(k, len(people))):
                name = f"{n} (\u00a0{role} )" if f.chance(0.5) else (f"{n} - {role}" if f.chance(0.2) else f"{n} ")
                title = "-" if saudi or f.chance(0.4) else f.pick(TITLES)
                case = "-" if f.chance(0.75) else f.pick(CASES)
                es.append([country, brand, lvl, title, name, mail(local(n)), num, case])
es.append(["Iraq", "Chevrolet", "NA", "-", "Karim Jasim", mail("karim.jasim"), "-", "-"])
es.append(["Iraq", "Cadillac", "Escalation level", "SBM", "Karim Jasim", mail("karim.jasim"), "-", "-"])
es.cell(4, 6, "Customer Relations Officer ")
for col, w in zip("ABCDEFGH", [22, 18, 16, 22, 68, 40, 28, 30]):
    es.column_dimensions[col].width = w
save(wb, "contacts-en-ae-gmdealerreps.xlsx")

if __name__ == "__main__":
    print(ws.max_row - 1, es.max_row - 1)
    for r in list(es.iter_rows(values_only=True))[:12]:
        print(r)
