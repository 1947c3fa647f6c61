"""
Shape of Samantha15perez/EventDatabase "Members.xlsx" (commit
f4c3fbb9c3ab55d81622e5781762d198d6771c5b): the member workbook of a small US subscription club
that runs talk evenings (Excel; author "Andrew", last saved by "Cyberadmin"). Five sheets:

- "Members": a two-row header — row 1 holds only the group captions "Mailing Address" (merged
  H1:K1, centred) and "Billing Address" (merged M1:P1); row 2 the column names on a green
  (C6EFCE) fill: MemberID / First Name / Middle Name / Last Name / Email / Phone / Gender /
  Address / City / State / ZIP / Billing Same as Mailling (sic) / Address / City / State / ZIP /
  Joined / Current / Subscription / Birthdate / Interest1 / Interest2 / Interest3 / Notes. 15
  members M0001 … M0015, one per row from row 3. State spelled out, ZIP a number (leading zero
  lost: 2458), billing columns filled only where "Billing Same as Mailling" is No (P.O. boxes),
  Joined and Birthdate real dates (mm-dd-yy), the columns Current … Interest3 also carry the
  date format on text; one to three interests, one cell "Movies, Scrapbooking"; Notes a long
  placeholder sentence. Column X 152 wide.
- "PaymentMethods": row 1 empty, header in row 2 (Member / Card Type / Card Number / Card Exp),
  one card per member, the number as text (format @), expiry formatted mmm-yy.
- "Pricing": four plans and prices from row 2, no header (2 Year Plan 189 … Monthly 9.99).
- "Transactions": row 1 empty, header in row 2 (Member / Trans. Date / Charge / Result), 92
  charges in date order from Jan 2016 (monthly 9.99, quarterly 27, yearly 99), a few Declined
  followed by an approved retry the next day, one "Invalid Card"; columns to T formatted.
- "Event Attendance": talk titles in quotes on row 1, speakers on row 2, row 3 the header
  MemberID / First Name / last_name then the talk dates, row 4 empty, then the 15 members with an
  X under each talk attended; one member's surname differs from the Members sheet (married name).

A person imports the 15 members as clients (persons) from "Members": id, first, middle and last
name joined, e-mail, phone, mailing address joined, joined date as client-since, birthday,
interests as hobbies. The card list, the price list, the charges and the attendance matrix are
not register data. Values invented (names, e-mail on example domains, 555-01xx phones, card
numbers of the test ranges, placeholder notes).
"""
import datetime

from openpyxl.styles import Alignment, PatternFill

from fake import Fake, save, workbook

f = Fake("members-en-us-speakerclub")
D = datetime.date

FIRST = ["Orrin", "Katelyn", "Lilah", "Dacey", "Audra", "Fredrika", "Demetrius", "Enzo", "Marilee", "Lucius",
         "Clayborne", "Isobel", "Davinia", "Pancho", "Rowan"]
MIDDLE = ["Brook", "Verity", "Charmaine", "Shelby", "Agatha", "Melisande", "Francis", "Cleve", "Jeannine", "Cody",
          "Shadow", "Bettina", "Lyra", "Hamish", "Arvid"]
LAST = ["Fallowfield", "Gedney", "Eastbrook", "Clapham", "Dawkinson", "Burgoyne", "Bellamy", "Seabrook",
        "O'Sheehan", "Kowalczyk", "Baldassare", "Glossington", "Witherspoon", "De Gregori", "Birchfield"]
GENDER = ["Male", "Female", "Female", "Female", "Female", "Female", "Male", "Male", "Female", "Male", "Male",
          "Female", "Female", "Male", "Male"]
PLACES = [("Port Washington", "New York", 11050), ("Newton", "Massachusetts", 2459), ("Peoria", "Illinois", 61604),
          ("Oklahoma City", "Oklahoma", 73170), ("Saint Paul", "Minnesota", 55104), ("Odessa", "Texas", 79762),
          ("Rochester", "New York", 14620), ("Tallahassee", "Florida", 32308), ("Bismarck", "North Dakota", 58501),
          ("Midland", "Texas", 79705), ("Provo", "Utah", 84604), ("Tacoma", "Washington", 98405),
          ("Columbia", "South Carolina", 29205), ("Fairfax", "Virginia", 22030), ("Pensacola", "Florida", 32503)]
STREETS = ["New Castle Way", "Corry Parkway", "Stone Corner Drive", "Granby Junction", "Butternut Parkway",
           "Ilene Drive", "Johnson Court", "Canary Hill", "Buhler Lane", "Northwestern Pass", "Spenser Hill",
           "Kings Court", "Lakewood Gardens Circle", "Muir Parkway", "Jenna Drive"]
AREA = ["516", "617", "309", "405", "651", "432", "585", "850", "701", "432", "801", "253", "803", "703", "850"]
INTERESTS = ["Acting", "Video Games", "Crossword Puzzles", "Calligraphy", "Movies", "Restaurants", "Woodworking",
             "Juggling", "Quilting", "Electronics", "Sewing", "Cooking", "Botany", "Skating", "Dancing", "Coffee",
             "Foreign Languages", "Fashion", "Homebrewing", "Geneology", "Surfing", "Amateur Radio", "Computers",
             "Writing", "Singing", "Reading", "Pottery", "Scrapbooking"]
LOREM = ("lorem ipsum dolor sit amet consectetuer adipiscing elit sed diam nonummy nibh euismod tincidunt ut "
         "laoreet dolore magna aliquam erat volutpat ut wisi enim ad minim veniam quis nostrud exerci tation "
         "ullamcorper suscipit lobortis nisl ut aliquip ex ea commodo consequat duis autem vel eum iriure").split()
PLAN = {"Monthly": 9.99, "Quarterly": 27, "Yearly": 99}
MONTHS = {"Monthly": 1, "Quarterly": 3, "Yearly": 12}
SUBS = ["Monthly", "Monthly", "Quarterly", "Quarterly", "Monthly", "Yearly", "Monthly", "Yearly", "Yearly",
        "Monthly", "Monthly", "Quarterly", "Yearly", "Monthly", "Monthly"]
JOINED = [D(2017, 4, 9), D(2017, 11, 27), D(2017, 2, 24), D(2017, 11, 3), D(2016, 1, 13), D(2017, 3, 11),
          D(2017, 8, 7), D(2016, 9, 7), D(2016, 11, 19), D(2017, 12, 20), D(2017, 3, 17), D(2016, 4, 23),
          D(2016, 3, 19), D(2017, 1, 25), D(2017, 10, 4)]
CURRENT = ["Yes"] * 8 + ["No"] + ["Yes"] * 5 + ["No"]
BILLING_NO = {1, 7, 11}   # indexes with a separate P.O. box billing address

members = []
for i in range(15):
    city, state, zipc = PLACES[i]
    n_int = f.pick([1, 2, 3, 3])
    interests = []
    while len(interests) < n_int:
        x = f.pick(INTERESTS)
        if x not in interests:
            interests.append(x)
    if i == 10:
        interests[2:] = ["Movies, Scrapbooking"]
    email = f"{MIDDLE[i][0].lower()}{LAST[i].lower().replace(' ', '').replace(chr(39), '')}{i}@" + \
        f.pick(["example.com", "example.org", "example.net"])
    members.append({
        "id": f"M{i + 1:04d}", "first": FIRST[i], "middle": MIDDLE[i], "last": LAST[i], "email": email,
        "phone": f"{AREA[i]}-555-01{f.r.randrange(100):02d}", "gender": GENDER[i],
        "street": f"{f.r.randrange(1, 40000)} {STREETS[i]}", "city": city, "state": state, "zip": zipc,
        "billing": "No" if i in BILLING_NO else "Yes", "pobox": f"P.O. Box {f.r.randrange(100, 9000)}",
        "joined": JOINED[i], "current": CURRENT[i], "sub": SUBS[i],
        "birth": f.date(D(1955, 1, 1), D(1998, 12, 31)), "interests": interests,
        "notes": " ".join(f.pick(LOREM) for _ in range(f.r.randrange(14, 28))),
    })

wb = workbook()
wb.properties.creator = "Andrew"
wb.properties.lastModifiedBy = "Cyberadmin"
ws = wb.active
ws.title = "Members"
ws["H1"] = "Mailing Address"
ws["M1"] = "Billing Address"
ws.merge_cells("H1:K1")
ws.merge_cells("M1:P1")
for ref in ("H1", "M1"):
    ws[ref].alignment = Alignment(horizontal="center")
HEAD = ["MemberID", "First Name", "Middle Name", "Last Name", "Email", "Phone", "Gender", "Address", "City",
        "State", "ZIP", "Billing Same as Mailling", "Address", "City", "State", "ZIP", "Joined", "Current",
        "Subscription", "Birthdate", "Interest1", "Interest2", "Interest3", "Notes"]
green = PatternFill("solid", fgColor="FFC6EFCE")
for c, h in enumerate(HEAD, start=1):
    cell = ws.cell(2, c, h)
    cell.fill = green
for r, m in enumerate(members, start=3):
    row = [m["id"], m["first"], m["middle"], m["last"], m["email"], m["phone"], m["gender"], m["street"], m["city"],
           m["state"], m["zip"], m["billing"]]
    row += [m["pobox"], m["city"], m["state"], m["zip"]] if m["billing"] == "No" else [None] * 4
    row += [m["joined"], m["current"], m["sub"], m["birth"]] + (m["interests"] + [None] * 3)[:3] + [m["notes"]]
    for c, v in enumerate(row, start=1):
        cell = ws.cell(r, c, v)
        if 17 <= c <= 23:
            cell.number_format = "mm-dd-yy"
for col, w in {"A": 10.4, "B": 15.3, "C": 15.1, "E": 28.0, "F": 22.9, "G": 28.0, "H": 15.3, "I": 15.1, "K": 11.1,
               "L": 22.1, "M": 15.3, "N": 15.1, "P": 11.1, "Q": 15.3, "T": 10.7, "U": 13.7, "V": 14.3, "W": 20.6,
               "X": 152.7}.items():
    ws.column_dimensions[col].width = w

# card list
pm = wb.create_sheet("PaymentMethods")
for c, h in enumerate(["Member", "Card Type", "Card Number", "Card Exp"], start=1):
    pm.cell(2, c, h)
CARDS = [("visa", "4111111111"), ("mastercard", "5555555555"), ("jcb", "3530111333"),
         ("americanexpress", "3782822463"), ("diners-club-carte-blanche", "3056930902")]
for r, m in enumerate(members, start=3):
    kind, prefix = f.pick(CARDS)
    pm.cell(r, 1, m["id"])
    pm.cell(r, 2, kind)
    num = pm.cell(r, 3, prefix + f"{f.r.randrange(10 ** 5):05d}" + ("" if kind.startswith("diners") else "0"))
    num.number_format = "@"
    exp = pm.cell(r, 4, datetime.datetime.combine(f.date(D(2018, 5, 1), D(2020, 4, 30)), datetime.time()))
    exp.number_format = "[$-409]mmm\\-yy;@"
for col, w in {"A": 10.6, "B": 24.3, "C": 17.3, "D": 12.0}.items():
    pm.column_dimensions[col].width = w

# price list
pr = wb.create_sheet("Pricing")
for r, (plan, price, fmt) in enumerate([("2 Year Plan", 189, '"$"#,##0_);[Red]\\("$"#,##0\\)'),
                                        ("1 Year Plan", 99, '"$"#,##0_);[Red]\\("$"#,##0\\)'),
                                        ("Quarterly", 27, '"$"#,##0_);[Red]\\("$"#,##0\\)'),
                                        ("Monthly", 9.99, '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)')], start=2):
    pr.cell(r, 1, plan)
    pr.cell(r, 2, price).number_format = fmt


def add_months(d, n):
    y, mo = divmod(d.month - 1 + n, 12)
    day = min(d.day, 28)
    return D(d.year + y, mo + 1, day)


# charges
charges = []
for m in members:
    d = m["joined"]
    while d <= D(2018, 1, 31):
        charges.append([m["id"], d, PLAN[m["sub"]], "Approved"])
        d = add_months(d, MONTHS[m["sub"]])
charges.sort(key=lambda c: (c[1], c[0]))
for k in (30, 55, 71):
    mid, d, amt, _ = charges[k]
    charges[k][3] = "Declined"
    charges.append([mid, d + datetime.timedelta(days=1), amt, "Approved"])
last = members[14]
charges = [c for c in charges if not (c[0] == last["id"] and c[1] == last["joined"])]
charges.append([last["id"], last["joined"], PLAN[last["sub"]], "Invalid Card"])
charges.sort(key=lambda c: (c[1], c[0]))
tr = wb.create_sheet("Transactions")
for c, h in enumerate(["Member", "Trans. Date", "Charge", "Result"], start=1):
    tr.cell(2, c, h)
for r, (mid, d, amt, res) in enumerate(charges, start=3):
    tr.cell(r, 1, mid)
    tr.cell(r, 2, d).number_format = "mm-dd-yy"
    fmt = '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'
    tr.cell(r, 3, amt).number_format = fmt
    tr.cell(r, 4, res)
    tr.cell(r, 20).number_format = "General"
for col, w in {"B": 10.7, "C": 12.0, "D": 11.4, "E": 16.9, "R": 10.7}.items():
    tr.column_dimensions[col].width = w

# attendance matrix
ev = wb.create_sheet("Event Attendance")
TALKS = [('"Why Small Habits Stick"', "Marguerite Lindell", D(2017, 1, 12)),
         ('"Leading Without a Title"', "Ambrose Keane", D(2017, 2, 22)),
         ('"The Science of Curiosity"', "Priya Castellan", D(2017, 3, 5)),
         ('"Making Room for Creativity"', "Hollis Brandt", D(2017, 4, 16)),
         ('"What Code Teaches Us About Writing"', "Andrew Comfort", D(2017, 5, 1))]
for c, (title, speaker, day) in enumerate(TALKS, start=5):
    ev.cell(1, c, title)
    ev.cell(2, c, speaker)
    ev.cell(3, c, day).number_format = "mm-dd-yy"
for c, h in enumerate(["MemberID", "First Name", "last_name"], start=1):
    ev.cell(3, c, h)
for r, m in enumerate(members, start=5):
    ev.cell(r, 1, m["id"])
    ev.cell(r, 2, m["first"])
    ev.cell(r, 3, "Smithers" if m["id"] == "M0013" else m["last"])
    for c in range(5, 10):
        if f.chance(0.65):
            ev.cell(r, c, "X")
for col, w in {"B": 10.6, "C": 11.6, "E": 100.9, "F": 32.7, "G": 25.0, "H": 28.4, "I": 32.1}.items():
    ev.column_dimensions[col].width = w

save(wb, "members-en-us-speakerclub.xlsx")
