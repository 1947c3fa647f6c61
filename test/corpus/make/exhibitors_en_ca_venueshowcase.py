"""
Shape of richardhoshino/VenueSeries "Vendor List.xlsx": the vendor (exhibitor) list of a Vancouver
showcase where hotels, tourism boards and venues meet event planners, kept in Excel, one sheet.

- "Sheet1": header on row 1 in bold, no title: ID / COMPANY / ARRIVED / STATUS / PRIMARY REP /
  TITLE / EMAIL / SECONDARY REP / TITLE / EMAIL (TITLE and EMAIL twice, one pair per rep).
- 21 exhibitors V01 … V21, ARRIVED an "x" on every row (checked in on the day), STATUS Local /
  Not Local; reps' names often with a non-breaking space between given and family name; the
  secondary rep on about half the rows, once with a name only; long job titles; e-mails
  personal or role addresses ("dos@…", "meetings@…"), one rep's e-mail under another surname.
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("exhibitors-en-ca-venueshowcase")
NB = "\u00a0"
ROWS = [
    ("Harbourlight Hotel Vancouver", "Local", ("Dexter", "Aulin", "Sales & Marketing", "first.last"), None),
    ("Tourism Comox Valley", "Local", ("Gina", "Bethune", "Destination Sales Manager", "first"), None),
    ("Foothills Grand Hotel Calgary Downtown", "Not Local", ("Vir", "Shahani", "Sales Executive", "first.last"), None),
    ("Coastal Hotel Association", "Local", ("Samantha", "Glenn", "Member Services Manager", "first"), ("Olivia", "Wilde", None, None)),
    ("Laurentian Collection", "Not Local", ("Karine", "Houde", "Director of Sales", "first.last"), None),
    ("The Madrona Hotel, Heritage Collection", "Local", ("Dana", "Harlowe", "Director of National Accounts", "flast"), None),
    ("Meet in Okanagan Falls", "Local", ("Karen", "Davison", "Convention Bureau & Business Events Manager", "first.last"),
     ("Allison", "Marken", "Sales And Marketing Specialist", "first.last")),
    ("Northstar Live Events", "Local", ("Alex", "Chartrand", "Special Events Sales Manager", "firstlast"),
     ("Sasha", "Salinger", "Director of Special Event Sales", "firstlast")),
    ("Blue Inlet Hotel", "Local", ("Suzanne", "Bidwell", "Director of Sales", "dos"), None),
    ("Event Prairie City (SK)", "Not Local", ("Orest", "Gawryluk", "Manager, Business Development", "first"), None),
    ("Summit Stays (Summit Regency Vancouver)", "Local", ("Trina", "Wyllie", "Sales Manager", "first.last"),
     ("Ara", "Kalamian", "Event Sales Manager", "first.last")),
    ("Aldergrove Hotels & Resorts", "Local", ("Jennifer", "Halford", "Sales", "first.last"), None),
    ("Discover Moose Jaw", "Not Local", ("Anahi", "Sorensen", "Specialist, Business Development", "flast"), None),
    ("Pacific Northern Air", "Local", ("Chase", "Mayhill", "Manager, Business Development - Western Canada", "first.last"), None),
    ("Tourism Sun Peaks", "Local", ("Liana", "Duffield", "Manager, Conference Sales", "flast"),
     ("Kasey", "Nishida", "Manager, Conference Sales", "flast")),
    ("Cypress Ridge Mountain Resorts", "Local", ("Laura", "Wadell", "Catering Sales Manager", "flast"),
     ("Lynn", "Chapman", "Director, Sales & Partnerships", "flast")),
    ("Tourism Merritt", "Local", ("Archana", "Natha-Hale", "Business Events + Conference Sales", "meetings"),
     ("Roxanne", "Kenney", "Business Events + Conference Sales", "first")),
    ("Salish Sea Yacht Charters & SSY Catering", "Local", ("Suzanne", "Girardin", "Community Liaison + Marketing", "first"),
     ("Molly", "Stevenson", "Senior Sales Manager", "first")),
    ("Tourisme Trois-Rivières", "Not Local", ("Karine", "Lafrenière", "Manager - Meeting and Convention Sales", "flast"),
     ("Sylvie", "Marchand", "Gestionnaire, Ventes affaires", "flast")),
    ("Four Corners Inn + Harbourside Kelowna", "Local", ("Grace", "Bartlett", "Senior Sales Manager", "maiden"),
     ("Sara", "Fishman", "Director of Sales & Catering", "first.last")),
    ("Chairmaker Mills Corp.", "Local", ("Jean Pierre", "Cartwright", "Business Development Manager", "jp"), None),
]


def mail(first, last, style):
    first_l, last_l = first.lower().replace(" ", ""), last.lower().replace("-", "").replace("è", "e")
    local = {"first.last": f"{first_l}.{last_l}", "first": first_l, "flast": f"{first_l[0]}{last_l}",
             "firstlast": f"{first_l}{last_l}", "dos": "dos", "meetings": "meetings", "jp": "jp",
             "maiden": f"{first_l}.williamson"}[style]
    return f.email(local)


def rep_name(first, last):
    return f"{first}{NB if f.chance(0.4) else ' '}{last}"


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ID", "COMPANY", "ARRIVED", "STATUS", "PRIMARY REP", "TITLE", "EMAIL", "SECONDARY REP", "TITLE", "EMAIL"])
for c in ws[1]:
    c.font = Font(bold=True)
for i, (company, status, primary, secondary) in enumerate(ROWS, start=1):
    row = [f"V{i:02d}", company, "x", status, rep_name(primary[0], primary[1]), primary[2],
           mail(primary[0], primary[1], primary[3])]
    if secondary:
        row += [rep_name(secondary[0], secondary[1]), secondary[2],
                mail(secondary[0], secondary[1], secondary[3]) if secondary[3] else None]
    ws.append(row)
for col, w in (("A", 10.8), ("B", 60.5), ("C", 15.3), ("E", 25.8), ("K", 10.8)):
    ws.column_dimensions[col].width = w

save(wb, "exhibitors-en-ca-venueshowcase.xlsx")
