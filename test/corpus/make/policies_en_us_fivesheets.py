"""
Shape of Maneesh1378/Insurance-Data-Dashboard "Policy Data.xlsx": an insurer's data set for a
dashboard, five sheets of 5,000 rows each, linked by ids, bold headers on row 1, no titles.

- "Customer Information": Customer ID (CUST + 8 digits) / Name (some with "Dr.", "Mrs." or a
  "DDS"/"PhD" suffix, a few full names shared by different customers) / Gender (Male / Female
  / Other) / Age / Occupation / Marital Status / "Address (City, State, Zip Code)" as one text
  "Port Cody, Kentucky, 70305".
- "Policy Details": Policy ID (POL + 8 digits) / Policy Type (Health, Property, Life, Auto) /
  Coverage Amount / Premium Amount (two decimals) / Policy Start Date / Policy End Date
  (yyyy-mm-dd) / Payment Frequency (Monthly, Quarterly, Annually) / Status (Active, Lapsed,
  Terminated) / Customer ID last: each policy names a customer of the first sheet, drawn at
  random, so about 3,150 customers hold one or more policies and the rest none.
- "Claims": Claim ID / Date of Claim / Claim Amount / Claim Status / Reason for Claim (a
  nonsense sentence) / Settlement Date (empty on a third) / Policy ID.
- "Payment History": Payment ID / Date of Payment / Amount Paid / Payment Method / Payment
  Status / Policy ID.
- "Additional Fields": Agent ID / Renewal Status / Policy Discounts / Risk Score / Policy ID,
  one row per policy.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("policies-en-us-fivesheets")
N = 5000
FIRST = FIRST_EN + ["Norma", "Susan", "Martin", "Brian", "Heather", "Gloria", "Dennis", "Tammy", "Kyle", "Janet",
                    "Curtis", "Monica", "Gregory", "Denise", "Victor", "Paula", "Brandon", "Carla", "Derek", "Erin", "Franklin",
         "Holly", "Jared", "Kristen", "Leon", "Megan", "Neil", "Rosa", "Shane", "Tara", "Wade", "Yvonne", "Calvin",
         "Dana", "Grant", "Joanna"]
LAST = LAST_EN + ["Fisher", "Wagner", "Collins", "Harris", "Hernandez", "Morrow", "Whitaker", "Barnes", "Kim",
                  "Navarro", "Ortega", "Pruitt", "Rowe", "Salazar", "Tucker", "Vance", "Weaver", "Yates", "Abbott", "Bishop",
        "Crane", "Delgado", "Ellison", "Frost", "Gentry", "Hobbs", "Ingram", "Jarvis", "Keane", "Lowry", "Mercer",
        "Nolan", "Orr", "Pace", "Ramsey", "Shaffer", "Tate", "Underwood", "Vickers", "Wolfe", "Yoder", "Zamora",
        "Blair", "Cole", "Dalton", "Emery", "Finch", "Garner"]
JOBS = ["Futures trader", "Herbalist", "Buyer, retail", "Sub", "Dietitian", "Engineer, civil (consulting)",
        "Radio producer", "Museum education officer", "Tax adviser", "Paramedic", "Surveyor, minerals",
        "Teacher, primary school", "Charity officer", "Systems analyst", "Geologist, wellsite", "Barrister",
        "Copywriter, advertising", "Occupational therapist", "Landscape architect", "Chief Financial Officer"]
STATES = ["New Mexico", "Kentucky", "Minnesota", "Oregon", "Georgia", "Vermont", "Nevada", "Ohio", "Texas",
          "Maine", "Iowa", "Alabama", "Colorado", "Delaware", "Montana"]
WORDS = ["cover", "member", "effect", "wall", "walk", "model", "toward", "main", "maintain", "outside", "produce",
         "easy", "start", "receive", "paper", "change", "value", "simple", "return", "season", "office", "carry"]


def uid(prefix, used):
    while True:
        v = f"{prefix}{f.r.randrange(10**8):08d}"
        if v not in used:
            used.add(v)
            return v


def day(a, b):
    d = f.date(a, b)
    return datetime.datetime(d.year, d.month, d.day)


used = set()
customers = []
for i in range(N):
    name = f"{f.pick(FIRST)} {f.pick(LAST)}"
    if f.chance(0.03):
        name = f"{f.pick(['Dr.', 'Mrs.', 'Mr.', 'Ms.'])} {name}"
    elif f.chance(0.015):
        name = f"{name} {f.pick(['DDS', 'PhD', 'MD', 'Jr.'])}"
    city = f"{f.pick(['Port ', 'Lake ', 'East ', 'New ', 'North ', '', '', ''])}{f.pick(LAST)}{f.pick(['ville', 'port', 'side', 'town', 'berg', 'mouth', 'haven', ''])}"
    customers.append([uid("CUST", used), name, f.pick(["Male", "Female", "Other"]), f.r.randrange(18, 80),
                      f.pick(JOBS), f.pick(["Married", "Single", "Divorced", "Widowed"]),
                      f"{city}, {f.pick(STATES)}, {f.r.randrange(601, 99950):05d}"])
policies = []
for i in range(N):
    start = day(datetime.date(2015, 1, 1), datetime.date(2023, 12, 31))
    end = start + datetime.timedelta(days=f.r.randrange(300, 3900))
    policies.append([uid("POL", used), f.pick(["Health", "Property", "Life", "Auto"]), f.r.randrange(10000, 500000),
                     round(f.r.uniform(100, 2000), 2), start, end, f.pick(["Monthly", "Quarterly", "Annually"]),
                     f.pick(["Active", "Lapsed", "Terminated"]), f.pick(customers)[0]])
claims = []
for i in range(N):
    on = day(datetime.date(2022, 1, 1), datetime.date(2024, 9, 30))
    sentence = " ".join(f.pick(WORDS) for _ in range(f.r.randrange(4, 8))).capitalize() + "."
    claims.append([uid("CLM", used), on, f.r.randrange(1000, 100000), f.pick(["Approved", "Pending", "Denied"]),
                   sentence, None if f.chance(0.31) else on + datetime.timedelta(days=f.r.randrange(3, 60)),
                   f.pick(policies)[0]])
payments = [[uid("PAY", used), day(datetime.date(2022, 1, 1), datetime.date(2024, 9, 30)), round(f.r.uniform(100, 2000), 2),
             f.pick(["Cash", "Bank Transfer", "Credit Card"]), f.pick(["Successful", "Failed"]), f.pick(policies)[0]]
            for _ in range(N)]
extra = [[uid("AGT", used), f.pick(["Renewed", "Not Renewed", "Pending"]), f.r.randrange(0, 50), f.r.randrange(0, 101), p[0]]
         for p in policies]

wb = workbook()
wb.remove(wb.active)
SHEETS = [
    ("Customer Information", ["Customer ID", "Name", "Gender", "Age", "Occupation", "Marital Status",
                              "Address (City, State, Zip Code)"], customers, ()),
    ("Policy Details", ["Policy ID", "Policy Type", "Coverage Amount", "Premium Amount", "Policy Start Date",
                        "Policy End Date", "Payment Frequency", "Status", "Customer ID"], policies, (4, 5)),
    ("Claims", ["Claim ID", "Date of Claim", "Claim Amount", "Claim Status", "Reason for Claim", "Settlement Date",
                "Policy ID"], claims, (1, 5)),
    ("Payment History", ["Payment ID", "Date of Payment", "Amount Paid", "Payment Method", "Payment Status",
                         "Policy ID"], payments, (1,)),
    ("Additional Fields", ["Agent ID", "Renewal Status", "Policy Discounts", "Risk Score", "Policy ID"], extra, ()),
]
for title, head, rows, dates in SHEETS:
    ws = wb.create_sheet(title)
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for j, v in enumerate(row):
            if v is not None:
                cell = ws.cell(r, j + 1, v)
                if j in dates:
                    cell.number_format = "yyyy\\-mm\\-dd"
    for j in range(len(head)):
        ws.column_dimensions[ws.cell(1, j + 1).column_letter].width = 15

save(wb, "policies-en-us-fivesheets.xlsx")
