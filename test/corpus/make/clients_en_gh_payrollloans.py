"""
Shape of kwansodan/ifrs9pro_backend "data/customer_data.xlsx" (commit
27efe4afa7f2fe5f4f86bbae83448bb3d58f7598): the client sheet a payroll lender (Ghana) uploads into
its IFRS 9 impairment software, saved by Excel Online (author LENOVO, last editor a staff user).

- One sheet "Sheet1", header on row 1 in bold: Employee Id / Lastname / Othernames / (no header)
  / Residential Address / Postal Address / Client Phone No. / Title / Marital Status / Gender /
  Date of Birth / Employer / Previous Employee No. / Social Security No. / Voters Id No. /
  Employment Date / Next of Kin / Next of Kin Contact: / Next of Kin Address / Search Name.
  Column A 15.14 wide, nothing frozen, no filter.
- 250 clients, EMP0001 … EMP0250 in order. D holds =CONCAT(B," ",C) (cached: "Lastname
  Othernames"); T the same name in lower case. Addresses are one-line US-style street addresses
  (some APO/FPO/DPO military boxes), phones typed in many spellings (with x-extensions, +1-, 001-,
  dots, brackets, bare ten digits), all text. Title (Miss/Mrs./Dr./Mr.) does not agree with Gender.
  Dates of birth 1964–2003 and employment dates 2015–2025 as dates (yyyy-mm-dd). The previous
  employee number is another EMP code; social security and voter ids are text. Next of kin is a
  full name with a phone and an address. Two clients share a name (different ids).
Values invented (phones in the fictional 555-01xx block).
"""
import datetime

from openpyxl.styles import Font

from fake import FIRST_EN, LAST_EN, CachedFormulas, Fake, workbook

f = Fake("clients-en-gh-payrollloans")

FIRST = FIRST_EN + ["Grace", "Henry", "Isaac", "Julia", "Kevin", "Laura", "Martin", "Nancy", "Oscar", "Paula",
                    "Quentin", "Rachel", "Samuel", "Tracy", "Victor", "Wendy"]
LAST = LAST_EN + ["Quarry", "Redfern", "Stanmore", "Thorne", "Upton", "Vance", "Whitlock", "Yardley", "Ashcombe",
                  "Blakeney", "Cresswell", "Dorrington"]
STREETS = ["Franklin Knolls", "Martinez Terrace", "Willow Springs", "Hawkins Wells", "Bishop Crossroad",
           "Rhodes Ways", "Kimberly Pines", "Keith Turnpike", "Little Points", "Wall Loop", "Jerome Street",
           "Underwood Camp", "Berry Manor", "Erika Parkways", "Anderson Mountains", "Perez Highway"]
TOWNS = ["Reidtown", "Brownburgh", "Jonathanton", "South Kathymouth", "West Christina", "Spencerberg",
         "Michaelchester", "East Kevin", "Jefferymouth", "Lawsonside", "Port Ann", "New Gary", "Thomasburgh"]
STATES = ["MT", "HI", "KY", "VA", "VT", "AZ", "CA", "LA", "FL", "OH", "WI", "NH", "NJ", "PA", "NY", "AK"]
EMPLOYERS = ["Williams-Wallace", "Ali PLC", "Walker, Miles and Trujillo", "Kelly-Potter", "Perez-Sanders",
             "Acosta, Stevens and Thomas", "Thomas-Jackson", "Boyd, Mcpherson and Miller", "Rush, Thomas and Brown",
             "Abbott-Spencer", "Hill Group", "Ramos Ltd", "Nguyen Inc", "Carter LLC", "Brooks-Mendez"]


def address():
    r = f.r.random()
    if r < 0.08:
        return f"PSC {f.r.randrange(1000, 9999)}, Box {f.r.randrange(1000, 9999)}, APO {f.pick(['AA', 'AE', 'AP'])} {f.r.randrange(10000, 99999)}"
    if r < 0.14:
        return f"Unit {f.r.randrange(1000, 9999)} Box {f.r.randrange(1000, 9999)}, DPO {f.pick(['AA', 'AE', 'AP'])} {f.r.randrange(10000, 99999)}"
    if r < 0.18:
        return f"USNS {f.pick(LAST)}, FPO {f.pick(['AA', 'AE', 'AP'])} {f.r.randrange(10000, 99999)}"
    apt = f" {f.pick(['Apt.', 'Suite'])} {f.r.randrange(100, 999)}" if f.chance(0.4) else ""
    return f"{f.r.randrange(1, 99999)} {f.pick(STREETS)}{apt}, {f.pick(TOWNS)}, {f.pick(STATES)} {f.r.randrange(10000, 99999):05d}"


def phone():
    a = f.r.randrange(201, 989)
    n = f"{f.r.randrange(100):02d}"
    ext = f"x{f.r.randrange(10, 99999)}" if f.chance(0.5) else ""
    return f.pick([f"({a})555-01{n}{ext}", f"{a}55501{n}", f"{a}.555.01{n}{ext}", f"+1-{a}-555-01{n}{ext}",
                   f"001-{a}-555-01{n}{ext}", f"{a}-555-01{n}{ext}"])


def letters(k):
    return "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz") for _ in range(k))


HEADER = ["Employee Id", "Lastname", "Othernames", None, "Residential Address", "Postal Address", "Client Phone No.",
          "Title", "Marital Status", "Gender", "Date of Birth", "Employer", "Previous Employee No.",
          "Social Security No.", "Voters Id No.", "Employment Date", "Next of Kin", "Next of Kin Contact:",
          "Next of Kin Address", "Search Name"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["A"].width = 15.140625
bold = Font(name="Calibri", size=11, bold=True)
for j, h in enumerate(HEADER, 1):
    c = ws.cell(1, j, h)
    c.font = bold

cf = CachedFormulas()
seen = set()
people = []
for i in range(250):
    while True:
        last, other = f.pick(LAST), f.pick(FIRST)
        if (last, other) not in seen:
            break
    seen.add((last, other))
    people.append((last, other))
people[201] = people[57]          # two clients with the same name, different ids

for i, (last, other) in enumerate(people):
    r = i + 2
    dob = f.date(datetime.date(1964, 5, 1), datetime.date(2003, 4, 4))
    hired = f.date(datetime.date(2015, 4, 8), datetime.date(2025, 4, 5))
    row = [f"EMP{i + 1:04d}", last, other, None, address(), address(), phone(),
           f.pick(["Miss", "Mrs.", "Dr.", "Mr."]), f.pick(["Widowed", "Single", "Divorced", "Married"]),
           f.pick(["Female", "Male"]), datetime.datetime.combine(dob, datetime.time()), f.pick(EMPLOYERS),
           f"EMP{f.r.randrange(1, 1000):04d}", f"9{f.r.randrange(10, 99)}-{f.r.randrange(10, 99)}-{f.r.randrange(1000, 9999)}",
           f"{letters(3)}{f.r.randrange(1000000, 9999999)}", datetime.datetime.combine(hired, datetime.time()),
           f"{f.pick(FIRST)} {f.pick(LAST)}", phone(), address(), f"{last.lower()} {other.lower()}"]
    for j, v in enumerate(row, 1):
        if v is None:
            continue
        c = ws.cell(r, j, v)
        if isinstance(v, datetime.datetime):
            c.number_format = "yyyy\\-mm\\-dd"
    cf.formula(ws, f"D{r}", f'=_xlfn.CONCAT(B{r}," ",C{r})', f"{last} {other}")

cf.save(wb, "clients-en-gh-payrollloans.xlsx")
