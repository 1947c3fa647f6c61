"""
Shape of animeshhparashar/lin-crm "data/Clients.xlsx" (commit
14220d5fd8a48982fc7c21b5b6ea962768e9922d): the seed file of a small B2B CRM ("LIN") holding its
converted leads — the people at its accounts — written from pandas and re-saved in Excel (column
widths set by hand, author and last editor a developer).

- One sheet "Sheet1", header on row 1, plain: an unheaded column A holding the lead's id (a pandas
  index kept from the lead list: 1, 17, 21, 25 … 1997, gaps where leads did not convert), then
  first_name / last_name / full_name / phone / email / title / department / status / lead_source /
  refered_by / account / assignedTo / address / postal_code. Widths on B…O, nothing frozen.
- 339 people at 131 accounts (large companies in capitals, up to six people each, not sorted),
  phone a ten-digit number, e-mail at many domains, job titles, twelve departments, status
  CONVERTED on every row, fourteen lead sources in capitals, refered_by a surname on 243 rows,
  assignedTo a sales rep's e-mail (25 reps), address a street line, postal_code empty on 183 rows,
  a number on 80 and text on 76 (foreign codes such as '126 36', '04990 CEDEX 9', '36400-000').
Values invented.
"""
from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("contacts-en-us-linconverted")

FIRST = FIRST_EN + ["Selma", "Nathan", "Renata", "Justin", "Cara", "Ninette", "Bettina", "Pepi", "Barrett", "Ingram",
                    "Dorian", "Edda", "Fitz", "Gwyn", "Hedda", "Ivo", "Jolie", "Kip", "Lorne", "Maud", "Nico", "Opal"]
LAST = LAST_EN + ["Lofts", "Dicken", "Youster", "Bessett", "Maltman", "Fenelow", "Pethy", "Dovey", "McIlvane", "Mothers",
                  "Quill", "Rendle", "Sowerby", "Tansley", "Ulver", "Vickery", "Wetherall", "Yeoell", "Zorn", "Abbiss"]
A1 = ["ATLAS", "BEACON", "CEDAR", "DELTA", "EVEREST", "FALCON", "GRANITE", "HARBOR", "IRONWOOD", "JUNIPER", "KESTREL",
      "LANTERN", "MERIDIAN", "NORTHSTAR", "OAKRIDGE", "PINNACLE", "QUARRY", "REDWOOD", "SUMMIT", "TRILLIUM", "UNITY",
      "VANTAGE", "WESTGATE", "ZENITH"]
A2 = ["HEALTH SYSTEMS", "BANK", "MOTORS", "INSURANCE GROUP", "TECHNOLOGIES", "FOODS", "LOGISTICS", "AEROSPACE",
      "ENERGY", "TELECOM", "PHARMACEUTICALS", "RETAIL CORPORATION", "CONSULTING", "& CO.", "INTERNATIONAL", "HOLDINGS, INC."]
TITLES = ["Information Systems Manager", "Tax Accountant", "Software Test Engineer II", "Senior Sales Associate",
          "Junior Executive", "Mechanical Systems Engineer", "Chemical Engineer", "Environmental Tech",
          "Speech Pathologist", "Senior Financial Analyst", "VP Marketing", "Account Executive", "Nurse Practicioner",
          "Budget/Accounting Analyst III", "Programmer Analyst IV", "Web Designer I", "Staff Scientist",
          "Recruiting Manager", "Help Desk Operator", "Office Assistant II", "Geological Engineer", "Paralegal",
          "Quality Engineer", "Structural Analysis Engineer", "Cost Accountant", "Database Administrator III",
          "Product Engineer", "Sales Representative", "Executive Secretary", "Analog Circuit Design manager"]
DEPTS = ["Business Development", "Human Resources", "Training", "Support", "Research and Development", "Marketing",
         "Product Management", "Engineering", "Legal", "Sales", "Accounting", "Services"]
SOURCES = ["OTHER", "CONFERENCE", "DIRECT MAIL", "EMPLOYEE", "PARTNER", "WEB SITE", "CAMPAIGN", "WORD OF MOUTH",
           "EXISTING CUSTOMER", "PUBLIC RELATIONS", "TRADE SHOW", "SELF GENERATED", "EMAIL", "COLD CALL"]
STREETS = ["Colorado Road", "Brown Junction", "Swallow Pass", "Lakeland Parkway", "Sutteridge Way", "Anzinger Road",
           "Express Circle", "Annamark Lane", "Laurel Street", "Main Junction", "Oak Valley Point", "Hoard Crossing",
           "Buell Alley", "Mifflin Court", "Kingsford Trail", "Moland Place", "Declaration Drive", "Straubel Hill"]
FOREIGN_POST = ["04990 CEDEX 9", "126 36", "26003 CEDEX", "579-8066", "95109 CEDEX", "735 41", "36400-000", "792 92",
                "4505-427", "696 17", "M2K", "34-212", "507 43", "62280-000", "7540-104", "333 24", "349 01", "32-640"]
DOMAINS = ["example.com", "example.org", "example.net"]

accounts = []
while len(accounts) < 131:
    a = f"{f.pick(A1)} {f.pick(A2)}"
    if a not in accounts:
        accounts.append(a)
reps = []
while len(reps) < 25:
    r = f"{f.pick(FIRST)[0].lower()}{f.pick(LAST).lower()}{f.r.randrange(0, 30):x}@lin.test"
    if r not in reps:
        reps.append(r)

# 339 people over 131 accounts: every account at least once, some up to six times
owners = accounts[:] + [f.pick(accounts[:60]) for _ in range(339 - 131)]
counts = {}
plan = []
for a in owners:
    if counts.get(a, 0) >= 6:
        a = f.pick(accounts[60:])
    counts[a] = counts.get(a, 0) + 1
    plan.append(a)
f.r.shuffle(plan)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
header = [None, "first_name", "last_name", "full_name", "phone", "email", "title", "department", "status",
          "lead_source", "refered_by", "account", "assignedTo", "address", "postal_code"]
for j, h in enumerate(header, 1):
    if h:
        ws.cell(1, j, h)
widths = [None, 18.140625, 13.85546875, 19.85546875, 28.0, 20.85546875, 29.0, 21.7109375, 16.7109375, 18.28515625,
          17.0, 27.85546875, 20.5703125, 27.28515625, 26.42578125]
for j, w in enumerate(widths, 1):
    if w:
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w

ids = sorted(f.r.sample(range(2, 1998), 337) + [1, 1997])
names = set()
for i, account in enumerate(plan):
    while True:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) not in names:
            break
    names.add((first, last))
    full = f"{first} {last}"
    phone = int(f"{f.r.randrange(201, 990)}55501{f.r.randrange(100):02d}")
    email = f"{first[0].lower()}{last.lower()}{i:x}@{f.pick(DOMAINS)}"
    referred = f.pick(LAST) if f.r.random() < 243 / 339 else None
    r = f.r.random()
    postal = None if r < 183 / 339 else (f.r.randrange(1000, 99999) if r < 263 / 339 else f.pick(FOREIGN_POST))
    row = [ids[i], first, last, full, phone, email, f.pick(TITLES), f.pick(DEPTS), "CONVERTED", f.pick(SOURCES),
           referred, account, f.pick(reps), f"{f.r.randrange(1, 99999)} {f.pick(STREETS)}", postal]
    for j, v in enumerate(row, 1):
        if v is not None:
            ws.cell(i + 2, j, v)

save(wb, "contacts-en-us-linconverted.xlsx")
