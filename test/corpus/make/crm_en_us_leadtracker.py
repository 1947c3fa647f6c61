"""
Shape of vishwachintu/Skool "CRM Template.xlsx" (at commit ebdda8872f352cf70d7e3d7bafe22de3e41010f7): a
small firm's CRM workbook built on a downloadable Excel template (a marketing consultant's rebranding of a
well-known one), eight sheets, each with two title lines and a copyright/link cell over a header in row 4,
frozen below it, and an "Insert new rows above the gray line" row closing each table:
- CRM: Name (typed, 'Last, First', a drop-down of the contact names) / Company / Work Function / Phone /
  Email — these four are VLOOKUP formulas into ContactDetails (IFERROR → "-", so the unused formula rows
  below the leads show four dashes and no name) / Estimated Sale / Last Contact / Next Action / Next Contact /
  Lead Status (drop-down: Active, Won, Loss, ❄ Cold, ♨ Warm, 🔥 Hot) / Lead Source / Owner (a team member's
  short name) / Notes; below the gray line a block of conditional-format thresholds (labels, two numbers
  each, a formula text) that is not data.
- ContactLog: Contact Date / Customer (drop-down of the contact names) / Purpose (often empty) / Method /
  Team Member / Notes.
- SalesLog: Date of Sale / Customer / Amount / Item / Product / Service / Invoice # / Team Member / Notes.
- ContactDetails: Name / Company / Work Function / Work Phone / Work Email / Mobile Phone / Personal Email /
  Address / City / ST / Zip (a number) / Notes — the list every other sheet looks names up in.
- Team: a Results period (From:/To: dates) over Lookup Name / Full Name / Role / Total Sales (SUMIFS) /
  Contacts (COUNTIFS) / Notes, and a note under the table.
- Settings (the two drop-down lists), Help (instructions), © (the template's credits).
The source holds the template's three example customers; here it is filled as a small firm would fill it
(22 contacts, 13 leads, 20 logged contacts, 9 sales), within the template's own rows. Values invented.
"""
import datetime as dt
from xml.sax.saxutils import escape

from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from fake import FIRST_EN, LAST_EN, CachedFormulas, Fake, workbook

f = Fake("crm-en-us-leadtracker")
D = dt.datetime

TITLE = Font(bold=True, size=16, color="FFFFFF")
HEAD = Font(bold=True, color="FFFFFF")
DARK = PatternFill("solid", fgColor="305496")
GRAY = PatternFill("solid", fgColor="BFBFBF")

COMPANIES = ["Northcott Plumbing", "Brightwell Dental Studio", "Carrow & Sons Roofing", "Fairbank Property Mgmt",
             "Holloway Auto Body", "Kettering Family Farms", "Lindqvist Bakery", "Marlow Fitness Club",
             "Oakes Landscaping LLC", "Pembury Insurance Agency", "Dunmore Veterinary Clinic", "Ivers Electric Inc.",
             "Jessop Printing", "Greyson Builders", "Ellery Cafe", "Ashdown Storage", "Riverbend HOA",
             "Summit Chiropractic", "Cedar Lane Realty", "Bluegate Logistics", "Harbor Point Marina"]
FUNCTIONS = ["Owner", "Office Manager", "Purchasing", "Operations Mgr", "Co-owner", "Facilities", "General Manager",
             "Bookkeeper", "President", "Business Dev."]
CITIES = [("Springfield", "IL", 62704), ("Madison", "WI", 53703), ("Peoria", "IL", 61602), ("Rockford", "IL", 61101),
          ("Dubuque", "IA", 52001)]
STREETS = ["Oak St.", "Maple Ave.", "Lincoln Hwy", "Main St.", "Harrison Dr.", "Elm Ct."]
TEAM = [("Dana", "Whitlock, Dana", "Sales"), ("Marcus", "Ferrell, Marcus", "Team Lead"), ("Priya", "Nandan, Priya", "Support"),
        ("Cole", "Avery, Cole", "Sales")]
STATUS = ["Active", "Won", "Loss", "❄ Cold", "♨ Warm", "🔥 Hot"]
SOURCES = ["Email", "Facebook", "LinkedIn", "Referral", "Website", "Trade Show", "Cold Call"]


def phone():
    return f._unique(lambda: f"{f.r.randrange(201, 989)}-555-01{f.r.randrange(100):02d}")


def title_rows(ws, title, cols):
    ws["A1"] = title
    ws["A1"].font = TITLE
    ws["A2"] = "Tri-County Business Services"
    ws.cell(1, cols + 2, '=HYPERLINK("https://www.example.com","by Example Templates")')
    ws.cell(3, cols + 2, "© 2013-2024 Example Templates")
    for c in range(1, cols + 1):
        ws.cell(1, c).fill = DARK


def header(ws, row, names):
    for i, h in enumerate(names, 1):
        cell = ws.cell(row, i, h)
        cell.font = HEAD
        cell.fill = DARK
    ws.freeze_panes = f"A{row + 1}"


def gray_line(ws, row, cols, last):
    ws.cell(row, 1, "Insert new rows above the gray line")
    ws.cell(row, last, "[42]")
    for c in range(1, cols + 1):
        ws.cell(row, c).fill = GRAY


wb = workbook()
cf = CachedFormulas()
_formula = cf.formula
# CachedFormulas writes a cached text into the XML as it is: escape & and <
cf.formula = lambda ws, ref, text, cached: _formula(ws, ref, text, escape(cached) if isinstance(cached, str) else cached)

# ---------------------------------------------------------------- the contacts everybody looks up
people = []
for i in range(22):
    first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
    while any(p["name"] == f"{last}, {first}" for p in people):
        first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
    company = COMPANIES[i] if i < len(COMPANIES) else None  # the last one is a homeowner: no company
    slug = company.split()[0].lower().replace("&", "") if company else last.lower()
    city = f.pick(CITIES)
    p = {
        "name": f"{last}, {first}",
        "company": company,
        "function": f.pick(FUNCTIONS) if company else None,
        "phone": phone(),
        "email": f.email((f"{first[0].lower()}{last.lower()}" if f.chance(0.5) else ("office" if f.chance(0.5) else "info"))
                         + "." + slug) if company else None,
        "mobile": phone() if f.chance(0.45) else None,
        "personal": f.email(f"{first.lower()}.{last.lower()}") if f.chance(0.3) or not company else None,
        "address": f"{f.r.randrange(100, 9900)} {f.pick(STREETS)}" if f.chance(0.55) or not company else None,
        "notes": f.pick(["Loves chocolate", "Prefers email", "Call after 3pm", "Met at expo 2023", "Spanish speaker",
                         "Referred by Oakes", "Gatekeeper: ask for the owner"]) if f.chance(0.35) else None,
    }
    if p["address"]:
        p["city"], p["st"], p["zip"] = city
    else:
        p["city"] = p["st"] = p["zip"] = None
    people.append(p)
# fixed records the label checks
people[0].update(name="Northcott, Owen", company="Northcott Plumbing", function="Owner", phone="309-555-0112",
                 email="owen.northcottplumbing@example.com", mobile="309-555-0187", personal=None,
                 address="4410 Lincoln Hwy", city="Peoria", st="IL", zip=61602, notes="Loves chocolate")
people[4].update(name="Holloway, Ava", company="Holloway Auto Body", function="Office Manager", phone="815-555-0140",
                 email="office.hollowayauto@example.net", mobile=None, personal=None, address=None, city=None, st=None,
                 zip=None, notes=None)
people[21].update(name="Fairbank, Zoe", company=None, function=None, phone="608-555-0171", email=None, mobile=None,
                  personal="zoe.fairbank@example.org", address="17 Elm Ct.", city="Madison", st="WI", zip=53703,
                  notes="Homeowner; lake cabin too")
by_name = {p["name"]: p for p in people}

# ---------------------------------------------------------------- CRM (leads)
ws = wb.active
ws.title = "CRM"
title_rows(ws, "CRM", 13)
ws["A2"] = "Marketing and Admin"
crm_head = ["Name", "Company", "Work Function", "Phone", "Email", "Estimated Sale", "Last Contact", "Next Action",
            "Next Contact", "Lead Status", "Lead Source", "Owner", "Notes"]
header(ws, 4, crm_head)
lead_idx = [0, 1, 2, 4, 6, 7, 9, 11, 12, 14, 16, 18, 21]
ACTIONS = ["Send quote", "Follow-up call", "Site walk", "Demo at their office", None, None, "Email brochure",
           "Check budget in Q3", None, "Contract to sign"]
leads = []
for k, i in enumerate(lead_idx):
    p = people[i]
    last = D(2024, 4, 1) + dt.timedelta(days=f.r.randrange(0, 60))
    leads.append({
        "p": p, "sale": f.pick([2500, 4500, 6000, 8200, 10000, 12500, 18000, 25000, 45000]),
        "last": last, "action": f.pick(ACTIONS), "next": last + dt.timedelta(days=f.r.randrange(5, 30)),
        "status": f.pick(STATUS), "source": f.pick(SOURCES), "owner": f.pick(TEAM)[0],
        "notes": f.pick([None, None, None, "Wants two bids", "Budget frozen until fall", "Decision by board"]),
    })
leads[0].update(sale=45000, last=D(2024, 5, 10), next=D(2024, 5, 29), action="Send quote", status="❄ Cold",
                source="Referral", owner="Dana", notes=None)
leads[3].update(sale=12500, last=D(2024, 5, 22), next=D(2024, 6, 5), action=None, status="🔥 Hot", source="Website",
                owner="Marcus", notes="Decision by board")


def lookup_formulas(ws, r, p):
    vals = [p["company"] if p and p["company"] else ("-" if not p else 0),
            p["function"] if p and p["function"] else ("-" if not p else 0),
            p["phone"] if p else "-"]
    for c, col in enumerate("BCD", 2):
        a = f"$A{r}" if c > 2 else f"A{r}"
        cf.formula(ws, f"{col}{r}", f'=IFERROR(VLOOKUP({a},ContactDetails!$A$4:$L$28,{c},false),"-")', vals[c - 2])
    email = (p["email"] if p["email"] else 0) if p else "-"
    cf.formula(ws, f"E{r}", f'=IFERROR(HYPERLINK("mailto:"&VLOOKUP($A{r},ContactDetails!$A$4:$L$28,5,false),'
                            f'VLOOKUP($A{r},ContactDetails!$A$4:$L$28,5,false)),"-")', email)


row = 5
for ld in leads:
    ws.cell(row, 1, ld["p"]["name"])
    lookup_formulas(ws, row, ld["p"])
    ws.cell(row, 6, ld["sale"]).number_format = '"$"#,##0'
    ws.cell(row, 7, ld["last"]).number_format = "m/d/yyyy"
    ws.cell(row, 8, ld["action"])
    ws.cell(row, 9, ld["next"]).number_format = "m/d/yyyy"
    ws.cell(row, 10, ld["status"])
    ws.cell(row, 11, ld["source"])
    ws.cell(row, 12, ld["owner"])
    ws.cell(row, 13, ld["notes"])
    row += 1
for r in (row, row + 1):  # the template's formula rows nobody has typed a name into yet
    lookup_formulas(ws, r, None)
gray_line(ws, 21, 13, 13)
ws["A23"] = "Feel free to hide these rows if you don't care to adjust the conditional formatting in the CRM table"
ws["A24"], ws["D24"] = "Days Since Last Contact (<=)", "Days Until Next Action (>=)"
ws["A25"], ws["D25"] = 2, 10
ws["A26"], ws["D26"] = 5, 5
cf.formula(ws, "A27", '="> "&A26', "> 5")
cf.formula(ws, "D27", '="< "&D26', "< 5")
for col, rng in (("J", "lead_status"), ("K", "lead_source"), ("L", "team_names")):
    dv = DataValidation(type="list", formula1=rng, allow_blank=True)
    dv.add(f"{col}5:{col}20")
    ws.add_data_validation(dv)

# ---------------------------------------------------------------- ContactLog (visits and calls)
ws = wb.create_sheet("ContactLog")
title_rows(ws, "CONTACT LOG", 6)
ws["A2"] = "Tri-County Business Services"
header(ws, 4, ["Contact Date", "Customer", "Purpose", "Method", "Team Member", "Notes"])
PURPOSES = [None, None, "Quote follow-up", "Intro", "Service issue", "Renewal", "Invoice question"]
METHODS = ["Phone", "Phone", "Email", "Email", "Meeting", "Site Visit", "Text"]
NOTES = [None, None, "Left voicemail", "Asked for revised pricing on the spring job",
         "Wants to see references before committing", "Sent brochure and price sheet", "Not ready until after tax season",
         "Walked the site with the owner; needs 3 units", "Complained about the late crew; offered discount"]
log = []
d = D(2024, 4, 2)
for k in range(20):
    d += dt.timedelta(days=f.r.randrange(0, 5))
    p = people[f.pick(lead_idx + [3, 5, 8])]
    log.append([d, p["name"], f.pick(PURPOSES), f.pick(METHODS), f.pick(TEAM)[0], f.pick(NOTES)])
log[0] = [D(2024, 4, 2), "Northcott, Owen", "Intro", "Phone", "Dana",
          "Owner answered; asked for a quote on two water heaters. This note wraps to a second line in the log."]
log[7] = [D(2024, 4, 19), "Holloway, Ava", None, "Site Visit", "Marcus", "Walked the shop; wants a yearly plan"]
for i, rec in enumerate(log):
    for j, v in enumerate(rec, 1):
        c = ws.cell(5 + i, j, v)
        if j == 1:
            c.number_format = "m/d/yyyy"
gray_line(ws, 29, 6, 6)
dv = DataValidation(type="list", formula1="Customers", allow_blank=True)
dv.add("B5:B28")
ws.add_data_validation(dv)

# ---------------------------------------------------------------- SalesLog (not register data)
ws = wb.create_sheet("SalesLog")
title_rows(ws, "SALES LOG", 7)
ws.cell(3, 7, "← Insert Copied Columns to the Left")
header(ws, 4, ["Date of Sale", "Customer", "Amount", "Item / Product / Service", "Invoice #", "Team Member", "Notes"])
sales = []
d = D(2024, 4, 4)
for k in range(9):
    d += dt.timedelta(days=f.r.randrange(1, 8))
    p = people[f.pick(lead_idx)]
    sales.append([d, p["name"], f.pick([450, 1200, 2500, 4500, 6800]), f.pick(["Installation", "Annual plan",
                  "Product ABC", "Repair visit", "Consulting (4h)"]), 2342 + k, f.pick(TEAM)[0], None])
for i, rec in enumerate(sales):
    for j, v in enumerate(rec, 1):
        c = ws.cell(5 + i, j, v)
        if j == 1:
            c.number_format = "m/d/yyyy"
        if j == 3:
            c.number_format = '"$"#,##0.00'
gray_line(ws, 29, 7, 7)

# ---------------------------------------------------------------- ContactDetails (the clients)
ws = wb.create_sheet("ContactDetails")
title_rows(ws, "CONTACT DETAILS", 12)
header(ws, 4, ["Name", "Company", "Work Function", "Work Phone", "Work Email", "Mobile Phone", "Personal Email",
               "Address", "City", "ST", "Zip", "Notes"])
for i, p in enumerate(people):
    rec = [p["name"], p["company"], p["function"], p["phone"], p["email"], p["mobile"], p["personal"], p["address"],
           p["city"], p["st"], p["zip"], p["notes"]]
    for j, v in enumerate(rec, 1):
        ws.cell(5 + i, j, v)
gray_line(ws, 29, 12, 12)

# ---------------------------------------------------------------- Team (staff, not clients)
ws = wb.create_sheet("Team")
ws["A1"] = "TEAM MEMBERS"
ws["A1"].font = TITLE
ws["A2"] = "Tri-County Business Services"
ws["D2"] = "Results"
ws["A3"], ws["C3"], ws["D3"] = "Team Lead: Marcus Ferrell", "From:", D(2024, 1, 1)
ws["C4"], ws["D4"] = "To:", D(2024, 12, 31)
ws.merge_cells("D2:E2")
ws.merge_cells("D3:E3")
ws.merge_cells("D4:E4")
header(ws, 5, ["Lookup Name", "Full Name", "Role", "Total Sales", "Contacts", "Notes"])
for i, (short, full, role) in enumerate(TEAM):
    r = 6 + i
    ws.cell(r, 1, short)
    ws.cell(r, 2, full)
    ws.cell(r, 3, role)
    total = sum(s[2] for s in sales if s[5] == short)
    count = sum(1 for v in log if v[4] == short)
    cf.formula(ws, f"D{r}", f'=SUMIFS(SalesLog!C:C,SalesLog!F:F,A{r},SalesLog!A:A,">="&$D$3,SalesLog!A:A,"<="&$D$4)', total)
    cf.formula(ws, f"E{r}", f'=COUNTIFS(ContactLog!E:E,A{r},ContactLog!A:A,">="&$D$3,ContactLog!A:A,"<="&$D$4)', count)
gray_line(ws, 23, 6, 6)
ws["A25"] = "Note: The Lookup Name column is used for the drop-down list in the CRM, SalesLog, and ContactLog worksheets."

# ---------------------------------------------------------------- Settings, Help, credits
ws = wb.create_sheet("Settings")
ws["A1"], ws["C1"] = "Lead Status", "Lead Source"
for i, v in enumerate(STATUS):
    ws.cell(3 + i, 1, v)
for i, v in enumerate(SOURCES[:5]):
    ws.cell(3 + i, 3, v)
ws = wb.create_sheet("Help")
ws["A1"], ws["C1"] = "Help", "Example Templates"
ws["A4"] = "About This Template"
ws["B5"] = ("Keep every customer on ContactDetails, then pick them from the drop-downs on the CRM, ContactLog and "
            "SalesLog sheets. The CRM sheet fills in company, phone and e-mail for you.")
ws["A7"] = "Tips"
ws["B8"] = "Insert new rows above the gray line so the formulas and drop-downs keep working."
ws["B9"] = "Add your team on the Team sheet; their short names feed the Owner and Team Member lists."
ws = wb.create_sheet("©")
ws["B1"], ws["C1"] = "CRM Template", "example.com"
ws["B3"] = "By Example Templates"
ws["B6"] = "© 2013-2024 Example Templates"

from openpyxl.workbook.defined_name import DefinedName  # noqa: E402

for name, ref in (("Customers", "ContactDetails!$A$5:$A$28"), ("lead_status", "Settings!$A$2:$A$16"),
                  ("lead_source", "Settings!$C$2:$C$16"), ("team_names", "Team!$A$6:$A$22")):
    wb.defined_names.append(DefinedName(name, attr_text=ref))

cf.save(wb, "crm-en-us-leadtracker.xlsx")
