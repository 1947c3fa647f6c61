"""
Shape of BMMUGOMBA/WebScrapping "consultants.xlsx" (commit
453a5d5b9620a2cbe1cdae1af870d0b6dd6de023): one category of a Zimbabwean developer's scrape of an
online business directory, written by pandas (openpyxl; bold header cells with thin borders,
no index column, column A widened afterwards).

- Sheet1 A1:C101, header name, category, address; 100 businesses listed under "consultants"
  (the category on every row), in the directory's order: accounting, tax, HR, data, project
  management, security firms and a few that are not consultants at all (freight, forex, a coach).
  Names in title case, capitals or lower case, "(Pvt) Ltd" / "(Private) Limited", misspellings.
- address always begins "Address: " and ends " , Zimbabwe" after the town (Harare, Bulawayo,
  Masvingo, Mutare, Gweru), with " , " before the town; one carries the advertiser's note
  ("NO ADVERTISERS!! NO JOBS. Sales Enquiries only.") in front of the street, some a P.O. Box,
  one ". Zimbabwe" with full stops instead of commas.
Values invented (names, streets and numbers).
"""
from openpyxl.styles import Border, Font, Side

from fake import Fake, workbook, save

f = Fake("leads-en-zw-directoryconsultants")
STEMS = ["Mapfumo", "Tendai", "Kuda", "Chengeto", "Rufaro", "Tatenda", "Zvikomborero", "Nyasha", "Farai", "Tinashe",
         "Ruvimbo", "Vimbai", "Mufaro", "Takunda", "Shingai", "Anesu", "Chipo", "Kundai", "Makomborero", "Ropafadzo",
         "Apex", "Summit", "Baobab", "Zambezi", "Granite", "Msasa", "Kopje", "Mukwa", "Savanna", "Eastgate"]
KINDS = ["Business Consultants", "Tax Solutions", "Accounting Services", "HR Consultants", "Data Analytics",
         "Risk Advisors", "Management Consultants", "Payroll Solutions", "Project Management Experts", "Advisory Services",
         "Consulting Group", "Training and Advisory", "Business Solutions", "Audit Services", "Security Services"]
SUFFIX = ["", "", "", " (Pvt) Ltd", " (Private) Limited", " Zimbabwe", " Africa"]
STREETS = ["Jason Moyo Avenue", "Samora Machel Avenue", "Fife Avenue", "Josiah Tongogara Street", "Leopold Takawira Street",
           "Kwame Nkrumah Ave", "Borrowdale Road", "Enterprise Road", "Lomagundi Road", "Herbert Chitepo Ave",
           "Robert Mugabe Way", "Simon Mazorodze Road", "Main Street", "Fort Street", "Selous Avenue"]
SUBURBS = ["Avondale", "Msasa", "Belgravia", "Eastlea", "Mt Pleasant", "Newlands", "Milton Park", "Southerton",
           "Graniteside", "Hillside", "Suburbs", "Mucheke", "Ardbennie", "Kensington"]
TOWNS = ["Harare"] * 7 + ["Bulawayo"] * 2 + ["Masvingo", "Mutare", "Gweru"]
names = set()


def business():
    while True:
        n = f"{f.pick(STEMS)} {f.pick(KINDS)}{f.pick(SUFFIX)}"
        roll = f.r.random()
        if roll < 0.12:
            n = n.upper()
        elif roll < 0.16:
            n = n.lower()
        if n not in names:
            names.add(n)
            return n


def address():
    town = f.pick(TOWNS)
    roll = f.r.random()
    if roll < 0.35:
        street = f"{f.r.randrange(1, 250)} {f.pick(STREETS)}, {f.pick(SUBURBS)}"
    elif roll < 0.6:
        street = f"{f.pick(['Office', 'Suite', 'Shop'])} {f.r.randrange(1, 40)}, {f.pick(['2nd Floor', '1st Floor', '6th Floor'])} " \
                 f"{f.pick(['Pax House', 'Century House', 'Francis House', 'Batanai Gardens', 'Joina Centre'])}, " \
                 f"{f.r.randrange(1, 150)} {f.pick(STREETS)}"
    elif roll < 0.8:
        street = f"{f.r.randrange(1, 90)} {f.pick(['Close', 'Drive', 'Crescent', 'Lane'])} {f.pick(SUBURBS)}"
    else:
        street = f"No. {f.r.randrange(1, 60)} {f.pick(STREETS)}"
    if f.chance(0.08):
        street += f", P.O.Box {f.r.randrange(100, 9999)}"
    return f"Address: {street}, {town} , Zimbabwe"


rows = [[business(), "consultants", address()] for _ in range(100)]
rows[0] = ["MASHONALAND BUSINESS CONSULTING GROUP", "consultants",
           "Address: NO ADVERTISERS!! NO JOBS. Sales Enquiries only. 42 Coventry Road, Workington, Harare , Zimbabwe"]
rows[12] = ["Rutendo Chari - Life and Career Coach", "consultants", "Address: Arundel Close, Harare , Zimbabwe"]
rows[40] = ["Makoni Freight Services", "consultants", "Address: 12 Hilton Flats , Harare , Zimbabwe"]
rows[64] = ["Chivhu Forex", "consultants", "Address: 2217 Chiremba st Rujeko B, Masvingo , Zimbabwe"]
rows[13] = ["Kudzai Consultants", "consultants", "Address: 58 Jason Moyo. 2nd Floor Pax House. Harare . Zimbabwe"]
rows[28] = ["ConfideRight Payrol Sollutions", "consultants", "Address: 9 Ely Greencroft, Harare , Zimbabwe"]

wb = workbook()
wb.properties.creator = "openpyxl"
ws = wb.active
ws.title = "Sheet1"
ws.append(["name", "category", "address"])
thin = Side(style="thin")
for c in ws[1]:
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
for r in rows:
    ws.append(r)
ws.column_dimensions["A"].width = 49.5
save(wb, "leads-en-zw-directoryconsultants.xlsx")
