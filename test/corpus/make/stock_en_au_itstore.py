"""
Shape of m4cd4r4/EUC_AM "EUC_Perth_Assets.xlsx" (commit ea29f1aa14e1637aa0254d357900d7a9b00857df):
the stock workbook of a Perth (Western Australia) end-user-computing team's IT store room, written
by a Tkinter stock app (openpyxl) and edited in Excel. Six sheets, plain header on row 1 of each:

- "All SANs": SAN Number / Item / Time — 90 asset tags ("SAN125045") scanned in, the time as text
  "2024-01-10 16:29:34";
- "4.2 Items": Item / LastCount / NewCount — 17 stock items of level 4.2 (Desktop Mini G9, docks,
  laptops, monitors with ” and non-breaking spaces in the names, headsets, keyboards, mice);
- "4.2 Timestamps": Timestamp (text) / Item / Action ("add", "add 1", "subtract 3" …) / SAN # /
  Serial # / ServiceNow # (RITM… / TASK…), 252 movements, most without SAN or ticket;
- "BR Items" and "BR Timestamps": the same for a second store (BR), mostly blank counts, 13 movements;
- "Headsets": Serial # / ServiceNow # / " Notes" — 22 headset serials, one note, a serial twice.

All tags, serials, tickets, counts and times invented. A person imports nothing: an IT store's stock
counts and movements, no client, contact or person.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("stock-en-au-itstore")
NB = "\u00a0"
ITEMS = ["Desktop Mini G9", "Dock Thunderbolt Slim", "Dock Thunderbolt G2", "Dock Thunderbolt G4", "Laptop 840 G10",
         "Laptop 840 G9", "Laptop Bag", "Laptop Charger" + NB, "Laptop x360 G8", "Monitor 24”" + NB,
         "Monitor 34” Ultrawide", "USB DVD-RW Drive", "Wired Headset Poly", "Wired Keyboard", "Wired Mouse",
         "Wireless Headset" + NB + "Poly ", "Wireless KB & Mouse"]
TAGGED = ["Desktop Mini G9", "Laptop 840 G10", "Laptop 840 G9", "Laptop x360 G8"]


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def san():
    return f._unique(lambda: "SAN" + str(f.r.randint(120000, 126999)))


def ticket():
    return f.pick(["RITM", "TASK"]) + str(f.r.randint(1000000, 9999999))


def movements(n, start, days):
    t = start
    rows = []
    for i in range(n):
        t += datetime.timedelta(seconds=f.r.randint(5, 900))
        if f.chance(0.04) and days:
            t = t.replace(hour=19) + datetime.timedelta(days=f.r.randint(1, 3))
        item = f.pick(TAGGED) if f.chance(0.5) else f.pick(ITEMS)
        if i < n // 4:
            action = "add"
        else:
            action = f.pick(["add 1"] * 8 + ["subtract 1"] * 2 + ["add 2", "add 3", "subtract 2", "add 4", "subtract 4"])
        tag = san() if item in TAGGED and f.chance(0.9) else None
        serial = f"{f.r.randint(10, 99)}{f.pick('abcdefgh')}{f.pick('rstuvw')}{f.r.randint(10, 99)}" if f.chance(0.02) else None
        tk = ticket() if i > n // 2 and f.chance(0.18) else None
        rows.append([stamp(t), item, action, tag, serial, tk])
    if days:
        rows[n - 40][2] = "add 45"
        rows[n - 30][2] = "subtract 15"
    return rows


wb = workbook()
ws = wb.active
ws.title = "All SANs"
ws.append(["SAN Number", "Item", "Time"])
t = datetime.datetime(2024, 1, 10, 16, 29, 34)
for i in range(90):
    ws.append([san(), f.pick(TAGGED) if i > 20 else "Desktop Mini G9", stamp(t)])
    t += datetime.timedelta(seconds=f.r.randint(3, 40))
ws.column_dimensions["A"].width = 25.4

for prefix, n, start, blanks in (("4.2", 252, datetime.datetime(2024, 1, 10, 16, 17, 21), False),
                                 ("BR", 13, datetime.datetime(2024, 1, 12, 10, 52, 14), True)):
    wi = wb.create_sheet(f"{prefix} Items")
    wi.append(["Item", "LastCount", "NewCount"])
    for item in ITEMS:
        if blanks and f.chance(0.6):
            wi.append([item, None, None])
            continue
        last = f.r.randint(0, 8) if blanks else f.r.randint(1, 80)
        wi.append([item, last, max(0, last + f.pick([-4, -2, 1, 1, 2, 3, 5]))])
    wi.column_dimensions["A"].width = 28
    wt = wb.create_sheet(f"{prefix} Timestamps")
    wt.append(["Timestamp", "Item", "Action", "SAN #", "Serial #", "ServiceNow #"])
    for row in movements(n, start, not blanks):
        wt.append(row)
    wt.column_dimensions["A"].width = 18.5
    wt.column_dimensions["B"].width = 20.6 if not blanks else 17.1

wh = wb.create_sheet("Headsets")
wh.append(["Serial #", "ServiceNow #", " Notes"])
serials = []
for i in range(22):
    s = f"{f.r.randint(10, 99)}{f.pick('abcdefghjkrstw')}{f.pick('dfgjkrtw')}{f.r.randint(10, 99)}"
    if i == 20:
        s = serials[-1]                                            # the same serial twice
    serials.append(s)
    wh.append([s, ticket() if f.chance(0.75) else None, "Test for 2.14" if i == 7 else None])
wh.column_dimensions["B"].width = 12.6
save(wb, "stock-en-au-itstore.xlsx")
