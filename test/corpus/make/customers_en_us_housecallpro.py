"""
Shape of Mikejz1978/sillydog-app "attached_assets/SillyDogPooperScooper_customer_export_….csv"
(at commit 56d9783): a Nevada dog-waste yard service's customers exported from Housecall Pro, the
field-service CRM it used before its own app: a UTF-8 CSV (LF, no BOM) with the 36 columns of that
export - First Name / Last Name / Display Name / Mobile Number / Home Number / Email / Additional
Emails / Company / Role / Work Number / Bills to / Accepts bills from / Tags / Notes / ID /
Customer Type / Customer notifications enabled / Customer is Contractor / Lead Source / Customer
created at / Last service date / Lifetime value / Address_1 … (street lines, city, state, postal
code, Billing?, notes) / Address_2 … (all empty). 59 homeowners: ten-digit mobiles without
separators, a home or work number on a few, e-mails missing on three, a single space in
Additional Emails, '""' in Accepts bills from, tags naming the technician and weekdays
("'mike', 'tues'"), multi-line notes with a gate code on a few, eight- or nine-digit ids,
'homeowner' / true / false on every row, ISO times with Z, the last service date empty on one,
lifetime value as '$1234.50', one town, the state as NV, Nv or nv, Billing? 'true' or '""'.
Values invented: phones use the 555-01xx block, e-mail domains example.com/.org/.net.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("customers-en-us-housecallpro")

FIRST = ["Angela", "Bonnie", "Clint", "Darlene", "Eddie", "Faith", "Glenn", "Heidi", "Ivy", "Jerry", "Kim", "Lorraine",
         "Marcy", "Neal", "Opal", "Pam", "Ron", "Sheila", "Trish", "Vern", "Wendy", "Audrey", "Bruce", "Cheryl",
         "Dwight", "Ellen", "Fred", "Gail", "Hank", "Jodi"]
LAST = ["Ackerman", "Bledsoe", "Crandall", "Duchene", "Eubanks", "Fontaine", "Gutierrez", "Haskins", "Ingram",
        "Jaramillo", "Kilgore", "Ledford", "Mayhew", "Nordquist", "Ortega", "Pulaski", "Rinehart", "Stallworth",
        "Thibodeaux", "Valdez", "Whitaker", "Yost", "Zielinski", "Bancroft", "Cartwright"]
STREETS = ["Kite St", "Black Rock Ave", "Fieldstone Dr", "Chaffe Ave", "N Barney St", "N Linda St", "Curtis Ct",
           "W Carnation Way", "Underbrush Ave", "E Kenosha Wy", "E Hickory St", "Intrepid St", "W Dyer Rd",
           "Ranch Acres Rd", "Verde Ave", "Zephyr Ave", "Hacienda St", "Santovito St", "Lucardo Dr", "Wheatland Dr",
           "Whirlwind Ave", "Venza St", "W Simkins Rd", "Applewood Ct", "Genoa Ave", "Humbolt Pl", "E Vineyard Dr",
           "Longmeadow Dr", "Stella St", "Turtle St", "Upland Ave", "Desert Ln", "Gypsy Ln", "Glencove Ave"]
AREAS = ["702", "775", "725", "661", "909", "719"]
DAYS = ["mon", "tues", "wed", "thurs", "fri"]

HEADER = ["First Name", "Last Name", "Display Name", "Mobile Number", "Home Number", "Email", "Additional Emails",
          "Company", "Role", "Work Number", "Bills to", "Accepts bills from", "Tags", "Notes", "ID", "Customer Type",
          "Customer notifications enabled", "Customer is Contractor", "Lead Source", "Customer created at",
          "Last service date", "Lifetime value", "Address_1 Street Line 1", "Address_1 Street Line 2",
          "Address_1 City", "Address_1 State", "Address_1 Postal Code", "Address_1 Billing?", "Address_1 Notes",
          "Address_2 Street Line 1", "Address_2 Street Line 2", "Address_2 City", "Address_2 State",
          "Address_2 Postal Code", "Address_2 Billing?", "Address_2 Notes"]


def q(v):
    return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v


def phone():
    return f._unique(lambda: f"{f.pick(AREAS)}55501{f.r.randrange(100):02d}")


def iso(d):
    return f"{d.isoformat()}T{f.r.randrange(14, 24):02d}:{f.r.randrange(60):02d}:{f.r.randrange(60):02d}Z"


people = set()
lines = [",".join(HEADER)]
for i in range(59):
    while True:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) not in people:
            people.add((first, last))
            break
    display = f"{first} {last}"
    email = "" if i in (9, 31, 50) else f"{f.pick([first.lower() + last.lower()[:3], first[0].lower() + last.lower(), last.lower() + str(f.r.randrange(10, 99))])}@{f.pick(['example.com', 'example.org', 'example.net'])}"
    if i in (4, 22):
        email = email[0].upper() + email[1:]
    home = phone() if i in (12, 30, 44) else ""
    work = phone() if i == 27 else ""
    tags = ""
    if i in (0, 7, 18, 33, 41):
        tags = ", ".join(f"'{t}'" for t in ["mike"] + sorted(f.r.sample(DAYS, f.pick([1, 1, 3])), key=DAYS.index))
    notes = ""
    if i == 0:
        notes = f"GC {f.r.randrange(1000, 9999):04d} \nRing door bell at gate Before entering"
    elif i == 18:
        notes = "Side gate is locked, \ntext when done"
    elif i == 33:
        notes = "2 big dogs\nkeep gate closed"
    elif i == 47:
        notes = "DO Not Charge till 14th"
    created = f.date(datetime.date(2022, 4, 1), datetime.date(2025, 11, 5))
    last_service = "" if i == 55 else iso(f.date(max(created, datetime.date(2025, 9, 1)), datetime.date(2025, 11, 14)))
    value = f"${f.r.randrange(9, 3600)}.{f.pick(['00', '50', '00', '25'])}"
    state = f.pick(["NV"] * 18 + ["Nv", "nv"])
    billing = '""' if i in (3, 15, 26, 38, 44, 51, 57) else "true"
    ident = str(f.r.randrange(10000000, 99999999) if i % 8 == 0 else f.r.randrange(100000000, 999999999))
    row = [first, last, display, phone(), home, email, " ", "", "", work, "", '""', q(tags), q(notes), ident,
           "homeowner", "true", "false", "", iso(created), last_service, value,
           f"{f.r.randrange(100, 9999)} {f.pick(STREETS)}", "", "Pahrump", state, f.pick(["89048", "89060", "89061"]),
           billing, "", "", "", "", "", "", '""', ""]
    lines.append(",".join(row))

with open(os.path.join(FILES, "customers-en-us-housecallpro.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\n".join(lines) + "\n")
