"""
Shape of babbincocks/OnlineService "Members.xlsx": the working workbook of a small online
subscription service (talks and events for members), kept in Excel beside its database, six
sheets:

- "Members": a two-row header. Row 1 holds only two merged group labels, "Mailing Address" over
  H1:K1 and "Billing Address" over M1:P1; row 2 the column names: MemberID / First Name /
  Middle Name / Last Name / Email / Phone / Gender / Address / City / State / ZIP / Billing Same
  as Mailling (sic) / Address / City / State / ZIP / Joined / Current / Subscription /
  Birthdate / Interest1 / Interest2 / Interest3 / Notes. Address, City, State and ZIP appear
  twice, once per group. 15 members M0001 … M0015: phones as text ddd-ddd-dddd, states spelled
  out, ZIP codes as numbers (a New England ZIP lost its leading zero), "Yes"/"No" in Billing
  Same as Mailling and Current, the billing block filled only on the "No" rows (a P.O. Box in
  the same city), Subscription Monthly / Quarterly / Yearly, one to three interests (once two in
  one cell), a long free-text note on every member.
- "PaymentMethods": row 1 empty, header on row 2 (Member / Card Type / Card Number / Card Exp),
  one card per member: lower-case card brands ("americanexpress", "diners-club-carte-blanche"),
  card numbers as text, expiry as a date.
- "Pricing": row 1 empty, four plan names and prices from row 2, no header.
- "Transactions": row 1 empty, header on row 2: Member / Trans. Date / Charge / Result and a
  long instruction typed into E2 as a header ("One v means …"); E holds "vv1" … tick marks
  (one odd mark), a stray plan word in column T on a dozen rows, 92 charges (Approved /
  Declined / Invalid Card), a CONCATENATE formula far below the data.
- "Event Attendance": talk titles in quotes on row 1 (E1:I1), the speakers on row 2, MemberID /
  First Name / last_name and the event dates on row 3, a blank row 4, then one row per member
  with "X" under each talk attended; one member's surname differs from the Members sheet.
Values invented (names, e-mails at example domains, 555-01xx phones, test card numbers).
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-en-us-onlineservice")
D = datetime.date

# (first, middle, last, gender, street, city, state, zip, billing box or None, joined, current,
#  subscription, birthdate, interests)
MEMBERS = [
    ("Otis", "Brooke", "Fallmore", "Male", "20 New Castle Way", "Port Washington", "New York", 11050, None,
     D(2017, 4, 7), "Yes", "Monthly", D(1971, 6, 29), ["Acting", "Video Games", "Crossword Puzzles"]),
    ("Katee", "Virgie", "Gepperton", "Female", "8 Corry Parkway", "Newton", "Massachusetts", 2458, "P.O. Box 7012",
     D(2017, 11, 29), "Yes", "Monthly", D(1972, 4, 3), ["Calligraphy"]),
    ("Lilla", "Charmion", "Eastbrook", "Female", "3942 Stone Corner Drive", "Peoria", "Illinois", 61605, None,
     D(2017, 2, 26), "Yes", "Quarterly", D(1975, 12, 13), ["Movies", "Restaurants", "Woodworking"]),
    ("Ddene", "Shelba", "Clapham", "Female", "921 Granby Junction", "Oklahoma City", "Oklahoma", 73173, None,
     D(2017, 11, 5), "Yes", "Quarterly", D(1997, 2, 19), ["Juggling", "Quilting"]),
    ("Audrye", "Agathe", "Dawson", "Female", "77 Butternut Parkway", "Saint Paul", "Minnesota", 55146, None,
     D(2016, 1, 15), "Yes", "Monthly", D(1989, 2, 7), ["Electronics"]),
    ("Fredi", "Melisandra", "Burgess", "Female", "821 Ilene Drive", "Odessa", "Texas", 79764, None,
     D(2017, 3, 13), "Yes", "Yearly", D(1956, 5, 31), ["Sewing", "Cooking", "Movies"]),
    ("Dimitri", "Francisco", "Bellamy", "Male", "1110 Johnson Court", "Rochester", "New York", 14624, None,
     D(2017, 8, 9), "Yes", "Monthly", D(1976, 10, 12), ["Botany", "Skating"]),
    ("Enrico", "Cleve", "Seaton", "Male", "6 Canary Hill", "Tallahassee", "Florida", 32309, "P.O. Box 281",
     D(2016, 9, 9), "Yes", "Yearly", D(1988, 2, 29), ["Dancing", "Coffee", "Foreign Languages"]),
    ("Marylinda", "Jenine", "O'Shaughnan", "Female", "9 Buhler Lane", "Bismarck", "North Dakota", 58505, None,
     D(2016, 11, 21), "No", "Yearly", D(1965, 2, 6), ["Fashion"]),
    ("Luce", "Codi", "Kowalczyk", "Male", "99 Northwestern Pass", "Midland", "Texas", 79710, None,
     D(2017, 12, 22), "Yes", "Monthly", D(1978, 3, 31), ["Woodworking"]),
    ("Claiborn", "Shadow", "Baldwin", "Male", "69 Spenser Hill", "Provo", "Utah", 84605, None,
     D(2017, 3, 19), "Yes", "Monthly", D(1991, 12, 26), ["Homebrewing", "Geneology", "Movies, Scrapbooking"]),
    ("Isabelle", "Betty", "Glossmore", "Female", "3234 Kings Court", "Tacoma", "Washington", 98424, "P.O. Box 1290",
     D(2016, 4, 25), "Yes", "Quarterly", D(1965, 2, 17), ["Surfing", "Amateur Radio"]),
    ("Davina", "Lira", "Witherby", "Female", "3 Lakewood Gardens Circle", "Columbia", "South Carolina", 29225, None,
     D(2016, 3, 21), "Yes", "Yearly", D(1957, 12, 16), ["Computers"]),
    ("Panchito", "Hashim", "De Gregori", "Male", "198 Muir Parkway", "Fairfax", "Virginia", 22036, None,
     D(2017, 1, 27), "Yes", "Monthly", D(1964, 10, 14), ["Writing", "Singing"]),
    ("Rowen", "Arvin", "Birdwell", "Male", "258 Jenna Drive", "Pensacola", "Florida", 32520, None,
     D(2017, 10, 6), "No", "Monthly", D(1983, 1, 9), ["Reading", "Pottery"]),
]
NOTES = [
    "Found us through the spring newsletter; prefers e-mail over phone.",
    "Asked for the quarterly plan next year; call before renewal.",
    "Brought two friends to the March talk.",
    "Wants recordings of talks she misses.",
    "Longest-standing monthly member; never missed a payment.",
    "Gift membership from her daughter.",
    "Interested in volunteering at events.",
    "Switched to a P.O. Box for billing after moving offices.",
    "Let the membership lapse after the card expired; follow up.",
    "Joined at the December open house.",
    "Card declined once in July, paid next day.",
    "Pays quarterly by mail reminder.",
    "Yearly plan, renews each March.",
    "Suggested a talk on local history.",
    "Card reported invalid on sign-up; membership not active.",
]
# Public test card numbers of the card networks, never real cards.
CARDS = {"americanexpress": "378282246310005", "visa": "4111111111111111", "jcb": "3530111333300000",
         "mastercard": "5555555555554444", "diners-club-carte-blanche": "30569309025904"}
CARD_OF = ["americanexpress", "visa", "visa", "jcb", "jcb", "diners-club-carte-blanche", "jcb", "jcb", "jcb", "jcb",
           "mastercard", "jcb", "jcb", "diners-club-carte-blanche", "jcb"]
PRICE = {"Monthly": 9.99, "Quarterly": 27, "Yearly": 99}
STEP = {"Monthly": 1, "Quarterly": 3, "Yearly": 12}

wb = workbook()
bold = Font(bold=True)

# Members ------------------------------------------------------------------------------------
ws = wb.active
ws.title = "Members"
ws["H1"] = "Mailing Address"
ws["M1"] = "Billing Address"
ws.merge_cells("H1:K1")
ws.merge_cells("M1:P1")
ws.append(["MemberID", "First Name", "Middle Name", "Last Name", "Email", "Phone", "Gender", "Address", "City",
           "State", "ZIP", "Billing Same as Mailling", "Address", "City", "State", "ZIP", "Joined", "Current",
           "Subscription", "Birthdate", "Interest1", "Interest2", "Interest3", "Notes"])
for c in list(ws[1]) + list(ws[2]):
    c.font = bold
ids = []
for i, m in enumerate(MEMBERS, start=1):
    first, middle, last, gender, street, city, state, zipc, box, joined, current, sub, born, interests = m
    mid = f"M{i:04d}"
    ids.append(mid)
    local = (first[0] + last.replace("'", "").replace(" ", "")).lower() + str(i)
    area = f.r.randrange(201, 989)
    phone = f"{area}-555-01{f.r.randrange(100):02d}"
    billing = [box, city, state, zipc] if box else [None, None, None, None]
    row = [mid, first, middle, last, f.email(local), phone, gender, street, city, state, zipc,
           "No" if box else "Yes", *billing, joined, current, sub, born,
           *(interests + [None] * (3 - len(interests))), NOTES[i - 1]]
    ws.append(row)
    r = ws.max_row
    ws.cell(r, 17).number_format = "m/d/yyyy"
    ws.cell(r, 20).number_format = "m/d/yyyy"
for col, w in (("A", 10), ("B", 12), ("C", 12), ("D", 13), ("E", 30), ("F", 13), ("H", 26), ("L", 22),
               ("M", 14), ("Q", 11), ("T", 11), ("X", 60)):
    ws.column_dimensions[col].width = w

# PaymentMethods -------------------------------------------------------------------------------
ws = wb.create_sheet("PaymentMethods")
ws.append([None])
ws.append(["Member", "Card Type", "Card Number", "Card Exp"])
for mid, brand in zip(ids, CARD_OF):
    ws.append([mid, brand, CARDS[brand], f.date(D(2018, 5, 1), D(2020, 3, 31))])
    ws.cell(ws.max_row, 4).number_format = "m/d/yyyy"
    ws.cell(ws.max_row, 3).number_format = "@"

# Pricing --------------------------------------------------------------------------------------
ws = wb.create_sheet("Pricing")
ws.append([None])
for plan, price in (("2 Year Plan", 189), ("1 Year Plan", 99), ("Quarterly", 27), ("Monthly", 9.99)):
    ws.append([plan, price])

# Transactions ---------------------------------------------------------------------------------
ws = wb.create_sheet("Transactions")
ws.append([None])
ws.append(["Member", "Trans. Date", "Charge", "Result",
           "One v means it's been put in Transactions, two v's means it's been put in both Charges and "
           "Transactions. Anything else means issue and been omitted."])


def add_months(d, n):
    y, mth = divmod(d.month - 1 + n, 12)
    return D(d.year + y, mth + 1, min(d.day, 28 if mth + 1 == 2 else 30 if mth + 1 in (4, 6, 9, 11) else 31))


charges = []
for mid, m in zip(ids, MEMBERS):
    joined, current, sub = m[9], m[10], m[11]
    d = joined
    while d <= D(2018, 1, 31):
        charges.append((d, mid, PRICE[sub]))
        if current == "No" and d >= add_months(joined, STEP[sub]):
            break
        d = add_months(d, STEP[sub])
charges.sort()
DECLINED = {3, 41, 70}
tick = 0
stray = ["Quarterly", "Monthly", "Yearly", "Monthly", "Yearly", "Monthly", "Monthly", "Yearly", "Monthly",
         "Monthly", "Quarterly", "Yearly", "Monthly"]
for n, (d, mid, amount) in enumerate(charges[:88]):
    results = ["Declined", "Approved"] if n in DECLINED else ["Invalid Card"] if mid == "M0015" else ["Approved"]
    for k, result in enumerate(results):
        tick += 1
        mark = "___/\\_____" if tick == 6 else f"vv{tick}"
        ws.append([mid, d + datetime.timedelta(days=k), amount, result, mark])
        r = ws.max_row
        ws.cell(r, 2).number_format = "m/d/yyyy"
        if 9 <= r <= 21:
            ws.cell(r, 20, stray[r - 9])
ws["E98"] = '=CONCATENATE("(","\'",B57,"\'",",","\'",C57,"\'", ")")'
ws.column_dimensions["B"].width = 11

# Event Attendance -----------------------------------------------------------------------------
ws = wb.create_sheet("Event Attendance")
TALKS = ['"Why Habits Outlast Plans"', '"Leading Without a Title"', '"What Keeps Us Curious"',
         '"The Craft of Starting Over"', '"Are Spreadsheets Secretly Databases?"']
SPEAKERS = ["Harriet Vance", "Colm Aldridge", "Priya Halloran", "Bettina Morrow", "Owen Castellan"]
ws.append([None, None, None, None, *TALKS])
ws.append([None, None, None, None, *SPEAKERS])
ws.append(["MemberID", "First Name", "last_name", None,
           D(2017, 1, 12), D(2017, 2, 22), D(2017, 3, 5), D(2017, 4, 16), D(2017, 5, 1)])
for c in ws[3][4:]:
    c.number_format = "m/d/yyyy"
ws.append([None])
for mid, m in zip(ids, MEMBERS):
    last = "Whitaker" if mid == "M0013" else m[2]
    ws.append([mid, m[0], last, None, *["X" if f.chance(0.65) else None for _ in TALKS]])

save(wb, "members-en-us-onlineservice.xlsx")
