"""
Shape of TetianaLevchenko/customers-people "data/customers.xlsx" (commit
380c7392c78f53d8341161f5bf1bb1d0da2fdc30): an Excel exercise on a generated customer list,
last written by a pandas/openpyxl script (core creator "openpyxl", last saved by an Excel user),
two sheets.

- "Customers": header row 1 (bold, centred) index / customer_id / first_name / last_name /
  company / city / country / phone_1 / email / Subscription Date / website /
  Years_Until_Subscription — snake_case names beside two typed ones. 106 rows: 100 customers
  (15-character mixed-case hex ids, a person and the company they buy for, a made-up city, a
  country of the world, an international phone "+cc digits", an e-mail, a real date formatted
  yyyy-mm-dd, a website URL, a computed 1–3), then six near-copies appended at the end for a
  duplicate-finding exercise: the same person's company, city, phone, e-mail and date with a
  mangled first name ("Clarenolce", "Darcrell") and a shortened id, one URL without its
  trailing slash. The website column also carries the date format.
- "Customers_year": a caption in C1 ("Customers that are with us more than 2 year", 16 pt bold),
  "Year" in E2 with the threshold 3 in E3 on a yellow fill, and in C2 a dynamic-array formula
  _xlfn._xlws.FILTER(Customers!I:I,Customers!L:L>=Customers_year!E3) whose spilled e-mails sit
  in C3:C16 as plain values (the script rewrote them; C2 keeps no result). Gridlines off.
- Workbook names "country" (OFFSET over Customers!G) and two broken ones (OFFSET(#REF!…)).

A person imports the customers from "Customers" as clients (persons): id, first and last name
joined, company as employer, city and country as the address, phone, e-mail, subscription date
as client-since; the six garbled copies are the same customers again, so they merge into the
originals (100 clients). The FILTER sheet is a derived list of e-mails, not register data.
Values invented (names, companies, places; phones in a 555 block; e-mails on example domains).
"""
import datetime
import re

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName

from fake import Fake, _save_rewritten, workbook

f = Fake("customers-en-global-filterspill")

FIRST = ["Sheryl", "Preston", "Roy", "Linda", "Joanna", "Aimee", "Darren", "Brett", "Sheryl", "Michelle", "Alan",
         "Harold", "Kristine", "Ernest", "Veronica", "Dennis", "Gail", "Marvin", "Wendy", "Curtis", "Yvonne",
         "Clarence", "Darrell", "Karl", "Lynn", "Fred", "Sherry", "Bianca", "Trevor", "Nadine", "Gordon", "Kelsey",
         "Wallace", "Rhonda", "Damon", "Tamara", "Byron", "Colleen", "Jasmine", "Noel"]
LAST = ["Baxter", "Lozano", "Berry", "Mckinney", "Bentley", "Pratt", "Peck", "Mullen", "Meyers", "Travis",
        "Atkinson", "Guerra", "Farmer", "Haynes", "Douglas", "Greer", "Young", "Holden", "Whitfield", "Sampson",
        "Kramer", "Villarreal", "Oconnor", "Beasley", "Dorsey", "Ochoa", "Hensley", "Mcgee", "Ponce", "Strickland"]
SURN = ["Rasmussen", "Vega", "Gentry", "Murillo", "Perry", "Dominguez", "Mcmillan", "Carpenter", "Hobbs", "Lee",
        "Lucero", "Johnson", "Newton", "Petersen", "Mathis", "Carey", "Ware", "Burns", "Oneal", "Schmitt", "Jones",
        "Fitzgerald", "Harrell", "Le", "Nash", "Cross", "Walls", "Horne", "Stark", "Barrera"]
CITY_A = ["East", "West", "North", "South", "New", "Lake", "Port", ""]
CITY_B = ["Leonard", "Jimmy", "Isabel", "Daisy", "Richard", "Brad", "Ortega", "Elijah", "Judy", "Frank", "Megan",
          "Tyler", "Stacy", "Walter", "Rebecca"]
CITY_C = ["chester", "borough", "view", "mouth", "land", "ton", "side", "fort", "haven", "burgh"]
COUNTRIES = [("Chile", "+56"), ("Djibouti", "+253"), ("Antigua and Barbuda", "+1"), ("Dominican Republic", "+1"),
             ("Slovakia (Slovak Republic)", "+421"), ("Bosnia and Herzegovina", "+387"), ("Pitcairn Islands", "+64"),
             ("Bulgaria", "+359"), ("Cyprus", "+357"), ("Timor-Leste", "+670"), ("Guernsey", "+44"),
             ("Honduras", "+504"), ("Solomon Islands", "+677"), ("Mali", "+223"), ("Guyana", "+592"),
             ("Sri Lanka", "+94"), ("Aruba", "+297"), ("United States of America", "+1"), ("Canada", "+1"),
             ("Kenya", "+254"), ("Peru", "+51"), ("Norway", "+47"), ("Belize", "+501")]
TLD = ["com", "com", "org", "net", "info", "biz"]
HEX = "0123456789abcdefABCDEF"


def company():
    k = f.r.randrange(4)
    a, b, c = f.pick(SURN), f.pick(SURN), f.pick(SURN)
    return [f"{a}, {b} and {c}", f"{a}-{b}", f"{a} LLC", f"{a} Group", ][k] if k < 4 else a


def city():
    return (f.pick(CITY_A) + " " + f.pick(CITY_B) + f.pick(CITY_C)).strip() if f.chance(0.5) else \
        f.pick(CITY_B) + f.pick(CITY_C)


rows = []
seen = set()
for i in range(1, 101):
    first, last = f.pick(FIRST), f.pick(LAST)
    while (first, last) in seen:  # every customer a different person
        first, last = f.pick(FIRST), f.pick(LAST)
    seen.add((first, last))
    country, cc = f.pick(COUNTRIES)
    sub = f.date(datetime.date(2020, 1, 1), datetime.date(2022, 5, 31))
    years = 2023 - sub.year
    web_name = f.pick(SURN).lower() + ("-" + f.pick(SURN).lower() if f.chance(0.3) else "")
    web = f"{f.pick(['http://', 'https://'])}{'www.' if f.chance(0.4) else ''}{web_name}.{f.pick(TLD)}/"
    local = f.pick([f"{first.lower()}{f.r.randrange(10, 99)}", f"{first[0].lower()}{last.lower()}",
                    f"{last.lower()}{first.lower()}"])
    rows.append([i, "".join(f.pick(HEX) for _ in range(15)), first, last, company(), city(), country,
                 f"{cc} 555{f.r.randrange(10 ** 7):07d}", f"{local}@{f.pick(['example.com', 'example.org', 'example.net'])}",
                 sub, web, years])

# near-copies appended for the duplicate exercise
COPIES = [(99, "Clarenolce", 4), (99, "Clarenoglce", 3), (99, "Clarenoglce", 2), (99, "Clarenoglce", 5),
          (94, "Darcrell", 1), (95, "Kacrl", 1)]
for n, (src, name, cut) in enumerate(COPIES, start=101):
    s = list(rows[src])
    s[0] = n
    s[1] = s[1][:cut] + s[1][cut + 2:]
    s[2] = name
    if n == 106:
        s[10] = s[10].rstrip("/")
    rows.append(s)
rows[99][2] = "Clarence"
rows[94][2] = "Darrell"
rows[95][2] = "Karl"

wb = workbook()
wb.properties.creator = "openpyxl"
wb.properties.lastModifiedBy = "Nizgard"
ws = wb.active
ws.title = "Customers"
ws.append(["index", "customer_id", "first_name", "last_name", "company", "city", "country", "phone_1", "email",
           "Subscription Date", "website", "Years_Until_Subscription"])
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center")
for r in rows:
    ws.append(r)
for r in range(2, len(rows) + 2):
    ws.cell(r, 10).number_format = "yyyy\\-mm\\-dd"
    ws.cell(r, 11).number_format = "yyyy\\-mm\\-dd"
for col, w in {"A": 9.4, "B": 17.9, "C": 11.4, "D": 12.1, "E": 32.9, "F": 20.4, "G": 42.7, "H": 16.9, "I": 37.7,
               "J": 16.7, "K": 33.6, "L": 23.1}.items():
    ws.column_dimensions[col].width = w

cy = wb.create_sheet("Customers_year")
cy.sheet_view.showGridLines = False
cy["C1"] = "Customers that are with us more than 2 year"
cy["C1"].font = Font(bold=True, size=16)
cy.merge_cells("C1:D1")
cy["C2"] = "@@array@@"  # replaced by the array formula below (this openpyxl writes none)
cy["E2"] = "Year"
cy["E2"].font = Font(bold=True, size=16)
cy["E3"] = 3
cy["E3"].fill = PatternFill("solid", fgColor="FFFFFF00")
spill = [r[8] for r in rows if r[11] >= 3][:14]
for k, mail in enumerate(spill, start=3):
    cy.cell(k, 3, mail)
cy.column_dimensions["C"].width = 37.7
cy.column_dimensions["D"].width = 46.6

wb.defined_names.append(DefinedName("amount", attr_text="OFFSET(#REF!,0,0,COUNTA(#REF!)-1,1)"))
wb.defined_names.append(DefinedName("countries", attr_text="OFFSET(#REF!,0,0,COUNTA(#REF!)-1,1)"))
wb.defined_names.append(DefinedName("country", attr_text="OFFSET(Customers!$G:$G,0,0,COUNTA(Customers!$G:$G)-1,1)"))

ARRAY = ('<c r="C2"><f t="array" ref="C2:C16">_xlfn._xlws.FILTER(Customers!I:I,Customers!L:L&gt;=Customers_year!E3)'
         '</f><v></v></c>')


def rewrite(member, text):
    if member != "xl/worksheets/sheet2.xml":
        return text
    return re.sub(r'<c r="C2"[^>]*><is><t>@@array@@</t></is></c>', ARRAY, text)


_save_rewritten(wb, "customers-en-global-filterspill.xlsx", rewrite)
