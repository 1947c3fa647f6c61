"""
Shape of Colin-Roe/GaaClub "Members.xlsx": the member list of a Gaelic football club in Stuttgart,
exported by the club's small ASP.NET app with EPPlus (LoadFromCollection of the whole member
entity from A1, so no header row at all), one sheet "Members".

- Columns in the entity's order: ID (1, 2, 3 …) / OwnerID (always empty) / FirstName / LastName /
  UserId (0, or 1000xx for members with a login) / DateOfBirth as a bare Excel serial number with
  no date format (the app's default date 2019-12-xx on members whose birthday nobody typed) /
  Gender (the enum's name: Male, Female, None) / Email (empty on some) / Registered (0/1) / FeeID
  (2 or 4) / FullName (first + last again) / FeeType, which prints the class name
  "GaaClub.Models.FeeType" on every row.
- A dozen members, the club officers with the club's role addresses; default column widths.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("members-en-de-gaaclub")
PEOPLE = [("Ciaran", "Roe", "Male"), ("Dave", "Kinsella", "Male"), ("Aoife", "Henderson", "Female"),
          ("Felix", "Grün", "None"), ("Sean", "Brannigan", "Male"), ("Colm", "Breathnach", "Male"),
          ("Niamh", "Fitzgerald", "Female"), ("Lukas", "Weber", "Male"), ("Orla", "McSweeney", "Female"),
          ("Tadhg", "O'Connell", "Male"), ("Sinead", "Duggan", "None"), ("Jonas", "Schäfer", "Male"),
          ("Roisin", "Keane", "Female"), ("Padraig", "Nolan", "Male")]
EPOCH = datetime.date(1899, 12, 30)

wb = workbook()
ws = wb.active
ws.title = "Members"
for i, (first, last, gender) in enumerate(PEOPLE, start=1):
    if f.chance(0.35):
        born = datetime.date(2019, 12, f.r.randrange(1, 28))        # the app's default: nobody typed it
    else:
        born = f.date(datetime.date(1962, 1, 1), datetime.date(2003, 12, 31))
    if i == 1:
        email = f.email("secretary.stuttgart")
    elif i == 4:
        email = f.email("chairperson.stuttgart")
    elif f.chance(0.7):
        email = f.email(f"{first[0].lower()}{last.lower().replace(chr(39), '').replace('ä', 'ae').replace('ü', 'ue')}")
    else:
        email = None
    row = [i, None, first, last, 0 if f.chance(0.6) else 100000 + i * 2, (born - EPOCH).days, gender, email,
           1 if i == 1 or f.chance(0.2) else 0, 4 if i in (1, 4) or f.chance(0.2) else 2, f"{first} {last}",
           "GaaClub.Models.FeeType"]
    for j, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(i, j, v)
for col in "ABCEF":
    ws.column_dimensions[col].width = 9.140625
ws.column_dimensions["D"].width = 11.04

save(wb, "members-en-de-gaaclub.xlsx")
