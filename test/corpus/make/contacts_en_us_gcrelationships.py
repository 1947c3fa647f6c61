"""
Shape of mathaimoua/mortenson_project "Contacts.xlsx" (commit
fb13a2dbbf08cc0fd3849ce0430a8e970784790f): the contacts table of a US general contractor's
relationship database (a project for its business-development team, Minneapolis), exported from
the database and saved in Excel. Sheet "Contacts Export", plain header on row 1: id / first_name /
last_name / title / company / email / phone / role_type, then an empty "Sheet1". 100 people in
blocks by id: 1-20 the owners' side (facilities directors, capital-project managers at hospitals,
cities, universities, developers; role_type Owner or Owner PM), 21-50 the contractor's own project
managers (company = the contractor, GC PM), 51-75 its superintendents, then 76-100 alternating
fives of architects at five design firms (Architect) and the contractor's business-development
reps (BD Rep). Phones text ddd-555-xxxx, e-mails first.last@ the organisation's domain (here .test). Values
invented (the firm renamed "Halvorsen").
"""
import random

from fake import save, workbook

R = random.Random(3707)
FIRST = ["Michael", "Sarah", "James", "Rachel", "Daniel", "Ashley", "Kevin", "Nicole", "Brian", "Laura",
         "Ethan", "Olivia", "Noah", "Emma", "Liam", "Sophia", "Mason", "Isabella", "Logan", "Ava", "Jake",
         "Megan", "Tyler", "Hannah", "Justin", "Madison", "Ryan", "Grace", "Carl", "Bruce", "Amanda", "Chris",
         "Lily", "Lucas", "Benjamin", "Jason", "Erin", "Dustin", "Kayla", "Trevor", "Molly", "Derek"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers",
        "Jessop", "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quill", "Rasmussen",
        "Stroud", "Thorsby", "Upham", "Vance", "Whitcombe", "Yardley", "Amberg", "Bixby", "Colfax", "Darrow"]

OWNERS = [  # title, company, domain, area code, role
    ("Director of Facilities", "Brixton Health System", "brixtonhealth.test", "612", "Owner"),
    ("Capital Projects Manager", "City of Lakemont", "lkmt-mpls.test", "612", "Owner PM"),
    ("Facilities Manager", "Westvale University", "westvale.test", "612", "Owner"),
    ("Project Manager", "Pinehurst County", "pinehurstcounty.test", "612", "Owner PM"),
    ("Director of Real Estate", "Maplewood Development", "maplewooddev.test", "612", "Owner"),
    ("Capital Program Manager", "State of Northland", "northcivic.test", "612", "Owner PM"),
    ("Facilities Director", "Ironbridge Health", "ironbridgehealth.test", "612", "Owner"),
    ("Project Manager", "City of Delta Falls", "deltafalls.test", "720", "Owner PM"),
    ("VP Development", "Crescent Shore Properties", "crescentshore.test", "612", "Owner"),
    ("Facilities Manager", "Harbor Point Health", "harborpointhealth.test", "612", "Owner"),
    ("Project Manager", "Summit Valley University", "summitvu.test", "608", "Owner PM"),
    ("Facilities Director", "Lakemont Medical Center", "lakemontmed.test", "206", "Owner"),
    ("Capital Projects Manager", "Clearbrook District", "clearbrookdistrict.test", "206", "Owner PM"),
    ("Facilities Manager", "Ridgeway University", "ridgeway.test", "206", "Owner"),
    ("Director of Facilities", "Stonegate Health", "stonegatehealth.test", "206", "Owner"),
    ("Project Manager", "Elmwood Development", "elmwooddev.test", "312", "Owner PM"),
    ("Facilities Director", "NW Heritage Group", "nwheritagegroup.test", "414", "Owner"),
    ("Capital Projects Manager", "City of Mesaview", "mesaviewcity.test", "602", "Owner PM"),
    ("Facilities Manager", "Sandford Regional Health", "sandfordregional.test", "701", "Owner"),
    ("Project Manager", "City of Rose Harbor Projects", "roseharborprojects.test", "503", "Owner PM"),
]
FIRMS = [("HGB", "hgb.test"), ("DLW Group", "dlwgroup.test"), ("Perrin&Wade", "perrinwade.test"),
         ("HDK", "hdk.test"), ("HKR", "hkr.test")]
GC, GC_DOMAIN = "Halvorsen", "halvorsen.test"

used_names, used_phones = set(), set()


def person():
    while True:
        f, l = R.choice(FIRST), R.choice(LAST)
        if (f, l) not in used_names:
            used_names.add((f, l))
            return f, l


def phone(area):
    while True:
        p = f"{area}-555-01{R.randrange(100):02d}"
        if p not in used_phones:
            used_phones.add(p)
            return p


rows = []
for title, company, domain, area, role in OWNERS:
    rows.append((title, company, domain, area, role))
for i in range(30):
    rows.append(("Senior PM" if i % 4 == 1 else ("Senior Project Manager" if i == 6 else "Project Manager"),
                 GC, GC_DOMAIN, "612", "GC PM"))
for i in range(25):
    rows.append(("Lead Superintendent" if i % 4 == 0 else "Superintendent", GC, GC_DOMAIN, "612", "Superintendent"))
for block in range(5):
    if block % 2 == 0:
        for k, (firm, dom) in enumerate(FIRMS):
            t = "Lead Architect" if (block, k) == (0, 0) else ("Project Architect" if (block, k) == (4, 4) else "Architect")
            rows.append((t, firm, dom, "612", "Architect"))
    else:
        for k in range(5):
            t = "Client Relations Manager" if (block, k) == (1, 1) else ("BD Manager" if k in (2, 4) else "BD Rep")
            rows.append((t, GC, GC_DOMAIN, "612", "BD Rep"))

wb = workbook()
ws = wb.active
ws.title = "Contacts Export"
for j, h in enumerate(["id", "first_name", "last_name", "title", "company", "email", "phone", "role_type"]):
    ws.cell(1, j + 1, h)
for i, (title, company, domain, area, role) in enumerate(rows):
    f, l = person()
    for j, v in enumerate([i + 1, f, l, title, company, f"{f.lower()}.{l.lower()}@{domain}", phone(area), role]):
        ws.cell(i + 2, j + 1, v)
for col, w in zip("ABCDEFGH", [5.125, 12.625, 12.375, 21.875, 21.0, 31.5, 12.5, 13.625]):
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet1")
save(wb, "contacts-en-us-gcrelationships.xlsx")
