"""
Shape of CriticalPathTraining/PowerAppsBestPractices "Customers.xlsx" (commit
7cfcbba6a8960692277c5e629494a069fd026093): a West Coast supplier's customer table kept as an
Excel table ("Customers", TableStyleMedium2) on sheet "Customer Data" to feed a Power Apps
app. Header CustomerId / FirstName / LastName / Company / EmailAddress / WorkPhone / HomePhone /
Address / City / State / Zipcode; 1,550 customers in the original (the first 300 here): people at
~100 companies (up to 30 people at one), e-mail First.Last@CompanyWithoutSpaces, phones written
'1(707)222-2222' (work and home the same on a few rows), street, city, CA / OR / WA, the zip as
text. One name appears twice at two different companies. Values invented.
"""
import random

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import save, workbook

R = random.Random(3723)
FIRST = ["Nina", "Melinda", "Pam", "Merle", "Roscoe", "Rae", "Forrest", "Milford", "Darren", "Beatrice", "Henrietta",
         "Nathanael", "Paris", "Tom", "Laverne", "Opal", "Wendell", "Gus", "Trudy", "Elmer", "Dolores", "Vince",
         "Marisol", "Harlan", "Ines", "Clyde", "Georgia", "Luther", "Rosalind", "Dewey", "Imogen", "Abel", "Coral",
         "Rufus", "Estelle", "Lamar", "Noreen", "Otto", "Priscilla", "Ward", "Sybil", "Boyd", "Hattie", "Royce"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers", "Jessop",
        "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quill", "Rasmussen", "Stroud",
        "Thorsby", "Upham", "Vance", "Whitcombe", "Yardley", "Amberg", "Bixby", "Colfax", "Darrow", "Eastlake",
        "Fenwick", "Gaskell", "Hendry", "Ibbotson", "Kilburn", "Lovejoy", "Mayhew", "Nettles", "Orchard"]
A1 = ["Blue", "Copper", "Granite", "Harbor", "Lantern", "Maple", "Pioneer", "Redwood", "Silver", "Summit", "Timber",
      "Valley", "Cascade", "Golden", "Iron", "Northwind", "Orchard", "Prairie", "Quartz", "Sunrise"]
A2 = ["Freight", "Mills", "Bakery", "Robotics", "Railway", "Brewing", "Outfitters", "Dynamics", "Diner", "Logistics",
      "Foods", "Mining", "Systems", "Cycles", "Textiles"]
SUF = ["", "", "", " Corporation", " Industries", " Co", " Inc"]
COMPANIES = []
while len(COMPANIES) < 96:
    c = f"{R.choice(A1)} {R.choice(A2)}{R.choice(SUF)}"
    if c not in COMPANIES:
        COMPANIES.append(c)
WEIGHTS = [R.choice([1, 1, 2, 3, 5, 8]) for _ in COMPANIES]
PLACES = {  # area code: (state, [(city, zip prefix)])
    "916": ("CA", [("Sacramento", "958"), ("Folsom", "956"), ("Roseville", "956")]),
    "503": ("OR", [("Portland", "972"), ("Salem", "973"), ("Beaverton", "970")]),
    "415": ("CA", [("San Francisco", "941")]),
    "707": ("CA", [("Napa", "945"), ("Eureka", "955"), ("Santa Rosa", "954")]),
    "541": ("OR", [("Albany", "973"), ("Eugene", "974"), ("Bend", "977")]),
    "425": ("WA", [("Bellevue", "980"), ("Everett", "982")]),
    "360": ("WA", [("Vancouver", "986"), ("Olympia", "985")]),
    "206": ("WA", [("Seattle", "981")]),
    "559": ("CA", [("Fresno", "937")]),
    "408": ("CA", [("San Jose", "951")]),
    "971": ("OR", [("Portland", "972")]),
    "509": ("WA", [("Spokane", "992")]),
}
AREAS = list(PLACES)
AREA_W = [48, 44, 38, 35, 33, 33, 21, 17, 16, 6, 5, 4]
STREETS = ["Route 41", "Green Street", "Mulberry Court", "Ann Street", "Devon Court", "Main Street West", "Park Street",
           "9th Street", "Durham Court", "Oak Avenue", "Cottage Street", "Forest Drive", "Grove Avenue", "Cedar Avenue",
           "Monroe Street", "4th Street North", "Willow Lane", "Highland Avenue", "Church Street", "Lake Road"]

names = set()
rows = []
for i in range(300):
    while True:
        f, l = R.choice(FIRST), R.choice(LAST)
        if (f, l) not in names:
            names.add((f, l))
            break
    if i == 289:
        f, l = rows[44][1], rows[44][2]  # a namesake at another company
    company = R.choices(COMPANIES, WEIGHTS)[0]
    if i == 289:
        while company == rows[44][3]:
            company = R.choice(COMPANIES)
    area = R.choices(AREAS, AREA_W)[0]
    state, cities = PLACES[area]
    city, zp = R.choice(cities)
    work = f"1({area})555-01{R.randrange(100):02d}"
    home = work if R.random() < 0.015 else f"1({area})555-01{R.randrange(100):02d}"
    email = f"{f}.{l}@{company.replace(' ', '')}.test"
    street = f"{R.choice([R.randrange(1, 100), R.randrange(100, 1000), R.randrange(1000, 8000)])} {R.choice(STREETS)}"
    rows.append((i + 1, f, l, company, email, work, home, street, city, state, f"{zp}{R.randrange(1, 40):02d}"))

wb = workbook()
ws = wb.active
ws.title = "Customer Data"
heads = ["CustomerId", "FirstName", "LastName", "Company", "EmailAddress", "WorkPhone", "HomePhone", "Address", "City",
         "State", "Zipcode"]
for j, h in enumerate(heads):
    ws.cell(1, j + 1, h)
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        ws.cell(i + 2, j + 1, v)
table = Table(displayName="Customers", ref=f"A1:K{len(rows) + 1}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(table)
for col, w in zip("ABCDEFHIJK", [13.0, 11.7, 11.6, 33.3, 46.2, 13.9, 22.7, 15.6, 7.6, 9.9]):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-us-powerappstable.xlsx")
