"""
Shape of memosk8/bizzabo-api-actions-cli "checkins.xlsx" (commit a0e13701): a UK event's attendance
list exported from the Bizzabo event platform and tidied in Excel, one sheet "Attendance list",
A1:G324, no title, bold header on row 1.

Header: Ticket Number / First Name / Last Name / Email / Company / Registered? / Logged on.
323 attendees (independent financial advisers, wealth managers, paraplanners), sorted by last name;
eight-digit ticket numbers out of order; names typed by the attendees themselves: trailing blanks
("Adam "), all lower case ("lucy", "simon fry"), all capitals ("ANDREW HERYET"); one e-mail per
person at the firm's domain (a few at web-mail); Company blank on 13 rows, trailing blanks,
abbreviations ("S&P", "wsc ltd"), one firm with four people; Registered? always "yes", Logged on
"yes" (once "Yes", once "yes "). Values invented (names, firms, domains, ticket numbers).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("attendees-en-gb-adviserwebinar")

FIRST = ["Adam", "Alice", "Andrew", "Anthony", "Beth", "Ben", "Carl", "Caroline", "Chris", "Claire", "Craig", "Dan",
         "David", "Dean", "Diane", "Emma", "Fiona", "Gareth", "Gary", "Gemma", "Graham", "Hannah", "Helen", "Ian",
         "Jack", "James", "Jane", "Jason", "Jo", "John", "Jon", "Julie", "Karen", "Kate", "Keith", "Kevin", "Laura",
         "Lee", "Lewis", "Lisa", "Lucy", "Mark", "Martin", "Matt", "Michael", "Neil", "Nick", "Owen", "Paul",
         "Peter", "Phil", "Rachel", "Rhys", "Richard", "Rob", "Ross", "Ryan", "Sally", "Sam", "Sarah", "Scott",
         "Simon", "Sophie", "Steve", "Stuart", "Tom", "Tony", "Vicky", "Will", "Zoe", "Priya", "Rajesh", "Aled",
         "Ewan", "Callum", "Niamh", "Siobhan", "Dylan"]
LAST = ["Abbott", "Ainsworth", "Barker", "Beaumont", "Bickerstaff", "Blackwood", "Bramley", "Brennan", "Calder",
        "Carver", "Chadwick", "Cullen", "Dawlish", "Denholm", "Dobbs", "Eastwood", "Elwood", "Fenwick", "Fletcher",
        "Garside", "Gilmour", "Hadley", "Halliwell", "Harrop", "Hebden", "Ingram", "Jowett", "Kershaw", "Kinsella",
        "Lacey", "Langford", "Lomax", "Maddox", "Marsden", "McAllister", "Merritt", "Naylor", "Nuttall", "Ormerod",
        "Pendle", "Pickering", "Quigley", "Radcliffe", "Redfern", "Royle", "Sandford", "Shackleton", "Stainton",
        "Sutcliffe", "Tattersall", "Thwaite", "Towler", "Upton", "Varley", "Wadsworth", "Whitaker", "Winstanley",
        "Yardley", "Mistry", "Chauhan", "Rees", "Pryce", "Morgan", "Lloyd", "Baird", "Munro", "Doherty"]
FIRM_A = ["Ashgrove", "Beacon", "Birchwood", "Bluebell", "Castle", "Clearwater", "Copperfield", "Evergreen", "Fairway",
          "Harbour", "Heathfield", "Kestrel", "Lantern", "Meadowbank", "Northgate", "Oakridge", "Pennine", "Quayside",
          "Riverside", "Rowan", "Saltire", "Severn", "Summit", "Thistle", "Westbury", "Willow", "Yew Tree",
          "Brightstone", "Coastline", "Foxglove"]
FIRM_B = ["Financial Planning", "Wealth Management", "Financial Services", "Associates", "Wealth", "Financial Advisers",
          "Investment Management", "Private Clients", "Financial Management", "Partners"]
FIRM_C = [" Ltd", " Ltd", " Limited", "", "", "", " LLP", " PLC"]

firms = []
for _ in range(260):
    firms.append(f"{f.pick(FIRM_A)} {f.pick(FIRM_B)}{f.pick(FIRM_C)}")


def domain(firm):
    words = [w for w in firm.replace("&", "").split() if w not in ("Ltd", "Limited", "LLP", "PLC")]
    slug = "".join(w[0] for w in words[1:]).lower()
    return (words[0].lower() + slug + f.pick([".co", ".co", ""]) + ".test").replace(" ", "")


people = []
seen = set()
while len(people) < 323:
    first, last = f.pick(FIRST), f.pick(LAST)
    if (first, last) in seen:
        continue
    seen.add((first, last))
    people.append([first, last])
people.sort(key=lambda p: (p[1], p[0]))

rows = []
big = "Quayside Financial Advisers"
for i, (first, last) in enumerate(people):
    firm = f.pick(firms)
    if i in (40, 130, 200, 290):
        firm = big
    if i in (35, 36):
        firm = "Meadowbank Wealth Management Ltd"
    local = f.pick([f"{first}.{last}", first, f"{first[0]}{last}", f"{first}{last}"]).lower()
    email = f"{local}@{domain(firm)}"
    if f.chance(0.03):
        email = f.email(f"{first}{last}".lower())           # web-mail rather than the firm's domain
    ticket = f.r.randrange(26500000, 27300000)
    rows.append([ticket, first, last, email, firm, "yes", "yes"])

for i in f.r.sample(range(323), 13):                        # no company given
    rows[i][4] = None
mess = f.r.sample([i for i in range(323) if rows[i][4]], 40)
for i in mess[:14]:
    rows[i][1] += " "                                       # "Adam "
for i in mess[14:22]:
    rows[i][1] = rows[i][1].lower()                         # "lucy"
for i in mess[22:27]:
    rows[i][1], rows[i][2] = rows[i][1].lower(), rows[i][2].lower()   # "simon fry"
for i in mess[27:32]:
    rows[i][1] = rows[i][1].upper()                         # "CHRIS Hampson"
for i in mess[32:35]:
    rows[i][1], rows[i][2] = rows[i][1].upper(), rows[i][2].upper()   # "ANDREW HERYET"
for i in mess[35:38]:
    rows[i][4] += " "                                       # "Harvest Associates Ltd "
rows[mess[38]][4] = "S&P"
rows[mess[39]][4] = "wsc ltd"
rows[mess[0]][2] += " "                                     # "Greenhalgh "
rows[101][6] = "Yes"
rows[207][6] = "yes "

wb = workbook()
ws = wb.active
ws.title = "Attendance list"
for j, h in enumerate(["Ticket Number", "First Name", "Last Name", "Email", "Company", "Registered?", "Logged on"], 1):
    ws.cell(1, j, h).font = Font(bold=True)
for i, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        if v is not None:
            ws.cell(i, j, v)
for col, w in zip("ABCDEFG", [16.3, 14, 16, 34.3, 36, 12, 10]):
    ws.column_dimensions[col].width = w
save(wb, "attendees-en-gb-adviserwebinar.xlsx")
for i in (0, 40, 130, 35, 36, mess[0], mess[14], mess[32], 101):
    print(i + 2, rows[i])
print([r for r in rows if r[4] is None][:2])
