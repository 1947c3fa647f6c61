"""
Shape of sallystang01/DataModel "Excel Spreadsheets/Members.xlsx" (commit
fa9a4df2e7907bb919e03c3bff14106467326068): a US subscription club's member workbook (talks and
events, paid monthly / quarterly / yearly) as a data-modelling student kept it in Excel. Six sheets:
- "OldMembers": a band row 1 with 'Mailing Address' merged over H1:K1 and 'Billing Address' over
  M1:P1, header row 2 (centred) MemberID / First Name / Middle Name / Last Name / Email / Phone /
  Gender / Address / City / State / ZIP / 'Billing Same as Mailling' / Address / City / State / ZIP /
  Joined / Current / Subscription / Birthdate / Interest1-3 / Notes; 15 members M0001-M0015, the
  billing block filled only when 'No', ZIP as a number (02458 lost its 0), dates mm-dd-yy, state
  names spelled out, lorem-ipsum notes; one Interest3 holds two interests.
- "PaymentMethods": Member / Card Type / Card Number (text) / Card Exp (mmm-yy) per member.
- "Pricing": four plans and their price, no header.
- "Transactions": Member (a number 101-115, not the M-code) / Trans. Date / Charge / Result, 92 charges
  with Declined and Invalid Card rows and stray plan names in column T.
- "Event Attendance": five talk titles in row 1, speakers in row 2, header row 3 MemberID / First Name /
  last_name with the talk dates, an empty row 4, then an X per talk attended (one member under a
  different surname than elsewhere).
- "Members": the member table re-arranged for a database: the same empty merged band, header row 2
  RenewalID (holding the plan) / MemberNumber / FirstName / MiddleName / LastName / Email / Phone /
  Gender / StartDate / CurrentFlag (1/0), columns K-R empty, then Subscription / Birthdate /
  Interest1-3 / Notes.
Values invented (join dates kept in step with the charges); card numbers are test numbers.
"""
import datetime
import random

from openpyxl.styles import Alignment

from fake import save, workbook

R = random.Random(3719)
D = datetime.datetime
CENTER = Alignment(horizontal="center")

LOREM = ("lorem ipsum dolor sit amet consectetuer adipiscing elit proin risus praesent lectus vestibulum quam sapien "
         "varius ut blandit non interdum in ante vestibulum ante ipsum primis in faucibus orci luctus et ultrices "
         "posuere cubilia curae duis faucibus accumsan odio curabitur convallis duis consequat dui nec nisi volutpat").split()

# first, middle, last, area code, gender, street, city, state, zip, billing PO box or None, joined, current, plan,
# birthdate, interests
MEMBERS = [
    ("Oren", "Blake", "Fairbank", "818", "Male", "020 New Haven Way", "Port Washington", "New York", 11050, None, D(2017, 4, 7), "Yes", "Monthly", D(1971, 8, 14), ["Acting", "Video Games", "Crossword Puzzles"]),
    ("Kaylee", "Vera", "Gillott", "503", "Female", "8 Colby Parkway", "Newton", "Massachusetts", 2459, "P.O. Box 7041", D(2017, 11, 29), "Yes", "Monthly", D(1972, 5, 9), ["Calligraphy"]),
    ("Lila", "Charmaine", "Eastwick", "210", "Female", "39410 Stone Bridge Drive", "Peoria", "Illinois", 61604, None, D(2017, 2, 26), "Yes", "Quarterly", D(1975, 10, 2), ["Movies", "Restaurants", "Woodworking"]),
    ("Dena", "Shelby", "Claverton", "716", "Female", "921 Granite Junction", "Oklahoma City", "Oklahoma", 73170, None, D(2017, 11, 5), "Yes", "Quarterly", D(1997, 3, 22), ["Juggling", "Quilting"]),
    ("Audra", "Agnes", "Dawley", "305", "Female", "77 Buttonwood Parkway", "Saint Paul", "Minnesota", 55144, None, D(2016, 1, 15), "Yes", "Monthly", D(1989, 4, 18), ["Electronics"]),
    ("Fran", "Melisande", "Burgess", "214", "Female", "821 Irene Drive", "Odessa", "Texas", 79762, None, D(2017, 3, 13), "Yes", "Yearly", D(1956, 7, 3), ["Sewing", "Cooking", "Movies"]),
    ("Demetri", "Franco", "Bellamy", "937", "Male", "1110 Jackson Court", "Rochester", "New York", 14623, None, D(2017, 8, 9), "Yes", "Monthly", D(1976, 9, 25), ["Botany", "Skating"]),
    ("Enzo", "Cleve", "Seabright", "407", "Male", "6 Cardinal Hill", "Tallahassee", "Florida", 32308, "P.O. Box 218", D(2016, 9, 9), "Yes", "Yearly", D(1988, 2, 29), ["Dancing", "Coffee", "Foreign Languages"]),
    ("Marylou", "Janine", "O'Shaughnan", "206", "Female", "9 Buckner Lane", "Bismarck", "North Dakota", 58504, None, D(2016, 11, 21), "No", "Yearly", D(1965, 1, 11), ["Fashion"]),
    ("Lucan", "Cody", "Kowalczyk", "253", "Male", "99 Northwood Pass", "Midland", "Texas", 79712, None, D(2017, 12, 22), "Yes", "Monthly", D(1978, 6, 6), ["Woodworking"]),
    ("Clayborne", "Shadrach", "Baldassare", "253", "Male", "69 Spencer Hill", "Provo", "Utah", 84604, None, D(2017, 3, 19), "Yes", "Monthly", D(1991, 11, 30), ["Homebrewing", "Geneology", "Movies, Scrapbooking"]),
    ("Isabel", "Bette", "Glossing", "412", "Female", "3234 Queens Court", "Tacoma", "Washington", 98422, "P.O. Box 1207", D(2016, 4, 25), "Yes", "Quarterly", D(1965, 3, 28), ["Surfing", "Amateur Radio"]),
    ("Davinia", "Lyra", "Withers", "404", "Female", "3 Lakeview Gardens Circle", "Columbia", "South Carolina", 29223, None, D(2016, 3, 21), "Yes", "Yearly", D(1957, 10, 8), ["Computers"]),
    ("Pancho", "Hakim", "Di Gregorio", "484", "Male", "198 Muirfield Parkway", "Fairfax", "Virginia", 22031, None, D(2017, 1, 27), "Yes", "Monthly", D(1964, 12, 1), ["Writing", "Singing"]),
    ("Rowan", "Arvid", "Birchfield", "915", "Male", "258 Jenner Drive", "Pensacola", "Florida", 32526, None, D(2017, 10, 6), "No", "Monthly", D(1983, 2, 17), ["Reading", "Pottery"]),
]
CARDS = ["americanexpress", "visa", "visa", "jcb", "jcb", "diners-club-carte-blanche", "jcb", "jcb", "jcb", "jcb",
         "mastercard", "jcb", "jcb", "diners-club-carte-blanche", "jcb"]
TEST_CARD = {"americanexpress": "378282246310005", "visa": "4111111111111111", "jcb": "3530111333300000",
             "mastercard": "5555555555554444", "diners-club-carte-blanche": "30569309025904"}
PRICE = {"Monthly": 9.99, "Quarterly": 27, "Yearly": 99}

people = []
for i, m in enumerate(MEMBERS):
    first, middle, last, area = m[:4]
    email = f"{middle[0].lower()}{last.lower().replace(' ', '').replace(chr(39), '')}{i:x}@example.{R.choice(['com', 'org', 'net'])}"
    phone = f"{area}-555-01{R.randrange(100):02d}"
    notes = " ".join(R.choice(LOREM) for _ in range(R.randrange(12, 26)))
    people.append((f"M{i + 1:04d}", email, phone, notes) + m)

wb = workbook()


def member_sheet(ws, old):
    ws.merge_cells("H1:K1")
    ws.merge_cells("M1:P1")
    if old:
        ws["H1"], ws["M1"] = "Mailing Address", "Billing Address"
        heads = ["MemberID", "First Name", "Middle Name", "Last Name", "Email", "Phone", "Gender", "Address", "City",
                 "State", "ZIP", "Billing Same as Mailling", "Address", "City", "State", "ZIP", "Joined", "Current",
                 "Subscription", "Birthdate", "Interest1", "Interest2", "Interest3", "Notes"]
    else:
        heads = ["RenewalID", "MemberNumber", "FirstName", "MiddleName", "LastName", "Email", "Phone", "Gender",
                 "StartDate", "CurrentFlag"] + [None] * 8 + ["Subscription", "Birthdate", "Interest1", "Interest2",
                                                              "Interest3", "Notes"]
    ws["H1"].alignment = ws["M1"].alignment = CENTER
    for j, h in enumerate(heads):
        if h:
            ws.cell(2, j + 1, h).alignment = CENTER
    for i, p in enumerate(people):
        mid, email, phone, notes, first, middle, last, area, gender, street, city, state, zipc, pobox, joined, current, plan, born, interests = p
        r = i + 3
        if old:
            row = [mid, first, middle, last, email, phone, gender, street, city, state, zipc, "No" if pobox else "Yes"]
            row += [pobox, city, state, zipc] if pobox else [None] * 4
            row += [joined, current, plan, born]
        else:
            row = [plan, mid, first, middle, last, email, phone, gender, joined, 1 if current == "Yes" else 0]
            row += [None] * 8 + [plan, born]
        row += (interests + [None] * 3)[:3] + [notes]
        for j, v in enumerate(row):
            if v is not None:
                c = ws.cell(r, j + 1, v)
                if isinstance(v, datetime.datetime) or j >= (16 if old else 18):
                    c.number_format = "mm-dd-yy"


ws = wb.active
ws.title = "OldMembers"
member_sheet(ws, True)
for col, w in {"A": 10.4, "B": 15.3, "C": 15.1, "E": 28.0, "F": 22.9, "G": 28.0, "H": 15.3, "I": 15.1, "K": 11.1,
               "L": 22.1, "M": 15.3, "N": 15.1, "P": 11.1, "Q": 15.3, "T": 10.7, "U": 13.7, "V": 14.3, "W": 20.6,
               "X": 152.7}.items():
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("PaymentMethods")
for j, h in enumerate(["Member", "Card Type", "Card Number", "Card Exp"]):
    ws.cell(2, j + 1, h)
for i, (p, card) in enumerate(zip(people, CARDS)):
    ws.cell(i + 3, 1, p[0])
    ws.cell(i + 3, 2, card)
    ws.cell(i + 3, 3, TEST_CARD[card]).number_format = "@"
    ws.cell(i + 3, 4, D(2018 + R.randrange(3), R.randrange(1, 13), R.randrange(1, 29))).number_format = "[$-409]mmm\\-yy;@"
for col, w in {"A": 10.6, "B": 24.3, "C": 17.3, "D": 12.0}.items():
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Pricing")
for i, (plan, price) in enumerate([("2 Year Plan", 189), ("1 Year Plan", 99), ("Quarterly", 27), ("Monthly", 9.99)]):
    ws.cell(i + 2, 1, plan)
    ws.cell(i + 2, 2, price).number_format = '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)' if price < 10 else '"$"#,##0_);[Red]\\("$"#,##0\\)'
ws.column_dimensions["A"].width = 13.4

# Charges: each member pays on the day of the month he joined, by plan, up to Jan 2018.
charges = []
for i, p in enumerate(people):
    joined, plan = p[14], p[16]
    step = {"Monthly": 1, "Quarterly": 3, "Yearly": 12}[plan]
    y, m = joined.year, joined.month
    while D(y, m, min(joined.day, 28)) <= D(2018, 1, 31):
        charges.append((D(y, m, min(joined.day, 28)), 101 + i, PRICE[plan], "Approved"))
        m += step
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
charges.sort()
out = []
for k, (d, who, amount, res) in enumerate(charges):
    if k in (40, 47, 74):  # declined, taken again the next day
        out.append((d, who, amount, "Declined"))
        d = d + datetime.timedelta(days=1)
    out.append((d, who, amount, res))
out[62] = out[62][:3] + ("Invalid Card",)
ws = wb.create_sheet("Transactions")
for j, h in enumerate(["Member", "Trans. Date", "Charge", "Result"]):
    ws.cell(2, j + 1, h).alignment = CENTER
for i, (d, who, amount, res) in enumerate(out[:92]):
    r = i + 3
    ws.cell(r, 1, who)
    ws.cell(r, 2, d).number_format = "mm-dd-yy"
    ws.cell(r, 3, amount).number_format = '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'
    ws.cell(r, 4, res)
    if 9 <= r <= 21 and r != 20:
        ws.cell(r, 20, R.choice(["Monthly", "Quarterly", "Yearly"]))
for col, w in {"B": 10.7, "C": 12.0, "D": 11.4, "E": 16.9, "R": 10.7}.items():
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Event Attendance")
talks = [('"What Our Moods Remember"', "Harriet Lowell"), ('"Why Some Teams Keep Going"', "Simon Achterberg"),
         ('"The Riddle of Drive"', "Dana Pinkerton"), ('"Where Ideas Come From"', "Eliza Garland"),
         ('"Why Are Coders So Curious?"', "Andrew Combe")]
dates = [D(2017, 1, 12), D(2017, 2, 22), D(2017, 3, 5), D(2017, 4, 16), D(2017, 5, 1)]
for j, ((title, speaker), d) in enumerate(zip(talks, dates)):
    ws.cell(1, 5 + j, title).alignment = CENTER
    ws.cell(2, 5 + j, speaker).alignment = CENTER
    ws.cell(3, 5 + j, d).number_format = "mm-dd-yy"
for j, h in enumerate(["MemberID", "First Name", "last_name"]):
    ws.cell(3, j + 1, h)
for i, p in enumerate(people):
    r = i + 5
    ws.cell(r, 1, p[0])
    ws.cell(r, 2, p[4])
    ws.cell(r, 3, "Smithers" if p[0] == "M0013" else p[6])
    for j in range(5):
        if R.random() < 0.65:
            ws.cell(r, 5 + j, "X")
for col, w in {"B": 10.6, "C": 11.6, "E": 31.1, "F": 32.7, "G": 25.0, "H": 28.4, "I": 32.1}.items():
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Members")
member_sheet(ws, False)
ws.column_dimensions["H"].width = 14.3
save(wb, "members-en-us-talksclub.xlsx")
