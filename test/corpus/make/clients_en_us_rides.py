"""
Shape of Sinatabuu/bahati "clients.xlsx": a small Massachusetts ride service's rider list, made in
Excel, one sheet.

- "Sheet1": header First Name / Last Name / Pickup Adress / Pickup City / Dropoff Adress /
  Drop off City / Phone / Logisticare / Pickup Time (AM) / Pickup Time (PM), no title. One row per
  rider: given name and family name typed in either order, often only an initial for the family
  name (some with a trailing space), one rider with no family name; home street in lower case
  ("rd", "st"), towns with typos and one in lower case; the drop-off is a day programme or
  workplace that many riders share; riders of one group home share the pickup address. The Phone
  column is empty on every row. Logisticare is Yes/No (the broker paying the ride). The pickup
  times were dragged down: real times on the first rows, then whole hours counting up past
  midnight, which Excel keeps as 1900-01-01 date-times.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-en-us-rides")

TOWNS = ["Tyngsboro", "Billerica", "Westford", "Dracut", "Lowell", "Danvers", "Lexington", "Salisbury",
         "Andover", "Methuen", "Haverhill", "Leominster", "Hubbardstone", "Pepperell", "Worcester", "Littleton",
         "Dudley", "Carlisle", "Chelmsford", "Paxton ", "Topsfield", "Boston", "Tewksbury"]
STREETS = ["Buckhill st", "Lexinton rd", "Plain rd", "Champlain st", "Bridge st", "Bayberry rd", "Oakland st",
           "Mudnock rd", "Osgood st", "Merrimack st", "Forest Acers Dr", "Salisbury st", "Burnshirt",
           "Ridge rd", "Orient st", "Mill rd", "Summer st", "Bedford st", "Hill st", "Gary st", "Oldferry rd",
           "Broadman way", "Kenoza", "Marshall st", "Rowley Bridge rd", "Tenadel Ave", "Brick Kiln rd",
           "Massachusetts ave", "Smith st", "Pond rd", "Elm st", "Chestnut st"]
DROPOFFS = [("10 Opportunity Way", "Newburyport"), ("860 East Street", "Tewksbury"), ("161 Jackson st", "Lowell"),
            ("88 Gilmore st", "Dracut"), ("4 Noel st", "Amesbury"), ("400 Lowell st", "Haverhill"),
            ("783 Water st", "Fitchburg"), ("444 Green st", "gardener"), ("14 Reasearch rd", "N. Chelmsford"),
            ("24 Layman st", "Westborough"), ("56 Winthrop st", "Concord"), ("150 Industrial ave", "Lowell"),
            ("22 Parkridge rd", "Haverhill"), ("25 Pleasant st", "Worcester"), ("200 Massmill dr", "Lowell")]
FIRST = ["Barry", "Curtis", "Raul", "Christine", "Karen", "Ryan", "Joey", "Julie", "Charlie", "Ken", "Theresa",
         "Tyler", "Peace ", "Barbra", "Carl", "Kristen", "Yang", "Samuel", "Bhan", "Julio", "Mary", "Dorothy",
         "Donald", "Jonathan", "Sandra", "Jane", "Hilda", "Elizabeth", "Allison", "Mateo", "Quan", "Jinyou",
         "Alexander", "Marcus", "Denise", "Oscar"]
LAST = ["Caldwell", "Barros", "Murphy", "Reynoso", "Magazzy", "MaJor", "Prosper", "Denton", "Keka", "Chronolous",
        "Williams", "Theoharris", "Couch", "Burke", "Lamboy", "Cruz", "Pelletier", "Okafor", "Dufresne",
        "Vasquez", "Nguyen", "Brennan", "Sullivan", "Haddad"]

rows = []
homes = {}
for i in range(36):
    first = FIRST[i]
    kind = f.r.random()
    if i == 27:
        last = None                                    # no family name typed
    elif kind < 0.35:
        last = f.pick("CKSGMO") + f.pick(["", "", " "])  # an initial only
    else:
        last = f.pick(LAST)
    if i in (4, 17, 25, 30) and last and len(last.strip()) > 1:
        first, last = last, first.lower() if i == 4 else first   # family name typed first
    # Riders of one group home share the pickup (and usually the drop-off).
    if i in (6, 7, 8):
        home = homes.setdefault("A", (f"{f.r.randrange(1, 200)} {f.pick(STREETS)}", "Danvers"))
    elif i in (22, 23):
        home = homes.setdefault("B", (f"{f.r.randrange(1, 90)} {f.pick(STREETS)}", "Chelmsford"))
    elif i in (27, 28):
        home = homes.setdefault("C", (f"{f.r.randrange(100, 900)} {f.pick(STREETS)}", "Haverhill"))
    elif i in (33, 34):
        home = homes.setdefault("D", (f"{f.r.randrange(1, 120)} {f.pick(STREETS)}", "Chelmsford"))
    else:
        home = (f"{f.r.randrange(1, 1300)} {f.pick(STREETS)}", f.pick(TOWNS))
    if i in (6, 7, 8):
        drop = DROPOFFS[4]
    elif i in (22, 23):
        drop = DROPOFFS[11]
    else:
        drop = f.pick(DROPOFFS)
    rows.append([first, last, home[0], home[1], drop[0], drop[1]])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["First Name", "Last Name", "Pickup Adress", "Pickup City", "Dropoff Adress", "Drop off City", "Phone",
           "Logisticare", "Pickup Time (AM)", "Pickup Time (PM)"])
for c in ws[1]:
    c.font = Font(bold=True)
am = [datetime.time(7, 30), datetime.time(8, 0), datetime.time(9, 0), datetime.time(9, 0), datetime.time(8, 0),
      datetime.time(12, 0), datetime.time(8, 0), datetime.time(8, 0), datetime.time(9, 0), datetime.time(9, 0),
      datetime.time(8, 15), datetime.time(8, 0), datetime.time(9, 0)]
pm = [datetime.time(15, 0), datetime.time(15, 0), datetime.time(13, 30), datetime.time(13, 30), datetime.time(12, 0),
      datetime.time(15, 0), datetime.time(14, 0), datetime.time(14, 0), datetime.time(14, 0)]


def dragged(start_hour, k):
    h = start_hour + k
    if h < 24:
        return datetime.time(h, 0)
    return datetime.datetime(1900, 1, 1, h - 24, 0)    # Excel's day 1: a fill that ran past midnight


for k, r in enumerate(rows):
    care = "Yes" if 8 <= k <= 21 else "No"
    a = am[k] if k < len(am) else dragged(10, k - len(am))
    p = pm[k] if k < len(pm) else dragged(3, k - len(pm))
    ws.append(r + [None, care, a, p])
    for col in (9, 10):
        cell = ws.cell(ws.max_row, col)
        cell.number_format = "h:mm AM/PM"
for col, w in zip("ABCDEFGHIJ", [12, 12, 22, 14, 22, 14, 12, 11, 16, 16]):
    ws.column_dimensions[col].width = w

save(wb, "clients-en-us-rides.xlsx")
