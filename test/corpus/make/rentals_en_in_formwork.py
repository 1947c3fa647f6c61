"""
Shape of SagarArora01/FarmaBusinessAccount "Accounts.xlsx": a small Indian formwork ("farma")
rental business's workbook kept in Excel for Mac, seven small sheets.

- "Account": the rental log: Date / Return Date / Customer / Item / Quantity / Rent/day / Days Kept /
  Advance / Total Payment; one customer on most rows in capitals, an "Auto" row (the rickshaw fare,
  'Auto' in every cell), a SUM row, a month label "July" merged across the row, then more rentals:
  days by formula or typed, quantities as numbers or "3set" / "9 set (36 plate)", items with
  line breaks, an advance as "102 on dated 28-05-2019", NO / No, a rental not yet returned.
- "Thakedaar": S. No. / Name / Number: five contractors with ten-digit mobiles stored as numbers.
- "Purchase": plates bought (rate per kg, weight, size, freight, running total by formula).
- "Bolts": bolts bought with a SUM, who holds how many, and a running balance typed far right.
- "TotalFarme": two blocks under merged titles (Farma, Bolts) with a two-row merged header of plate
  sizes, then the bolt balance again.
- one ledger sheet per customer named after him: the first customer's rentals with Debit/Credit and
  a running balance by formula, adjustments (advance returned, insurance amount, "Adjusted for
  Makaan"), and a side table of scaffolding items, rate, number and days with a Grand Total; the
  second customer's sheet holds only the header.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("rentals-en-in-formwork")
r = f.r

d = datetime.datetime
MAIN, MAIN_SHEET = "SHIV SHAKTI", "ShivShakti"
SECOND, SECOND_SHEET = "Ram Prakash", "RamPrakash"
OTHERS = ["Ganesh medical ", "Suresh"]

wb = workbook()
ws = wb.active
ws.title = "Account"
HEAD = ["Date", "Return Date", "Customer", "Item", "Quantity", "Rent/day", "Days Kept", "Advance", "Total Payment"]
ws.append(HEAD)
ws.append([d(2019, 5, 19), d(2019, 6, 6), MAIN, "Farma (9*12)", 1, 35, "=(B2-A2)+1", "102 on dated 28-05-2019", "=35*G2"])
ws.append([d(2019, 5, 31), d(2019, 6, 6), MAIN, "Farma (9*12)", 2, 35, "=(B3-A3)+1", "NO", 490])
ws.append([d(2019, 5, 19), d(2019, 6, 6), "Auto", "Auto", "Auto", "Auto", "Auto", "Auto", 150])
ws.append([None] * 8 + ["=SUM(I2:I4)"])
ws.append(["July"])
ws.merge_cells("A6:I6")
ws["A6"].alignment = Alignment(horizontal="center")
ws["A6"].font = Font(bold=True)
rows = [
    [d(2019, 7, 21), d(2019, 8, 2), MAIN, 'Farma 12"(7 plate)', 2, 35, 12, "NO", 840],
    [d(2019, 7, 29), None, OTHERS[0], 'Farma (12"2plate)(15"4plate)', 2, 40, None, "No", None],
    [d(2019, 8, 4), d(2019, 8, 11), MAIN, "Farma(9x15)", 6, 35, 8, "NO", 1680],
    [d(2019, 8, 28), d(2019, 9, 2), MAIN, "Farma (9x15)", "3set", 35, 5, "NO", 525],
    [d(2019, 9, 3), d(2019, 9, 6), MAIN, "Farma (9X15)", 6, 35, 3, "NO", 630],
    [d(2019, 9, 22), d(2019, 9, 24), MAIN, "Farma (9x15)", 6, 35, 2, None, 420],
    [d(2019, 10, 9), d(2019, 10, 12), SECOND, "Farma(9x9)1set\nFarma(9x12)6set\nFarma(9x18)2 set", "9 set (36 plate)",
     30, 810, "NO", 810],
    [d(2019, 10, 30), d(2019, 11, 6), OTHERS[1], "Faram (12x18) ", "4 set (plate size 15-18)", 40, 7, "NO", 1120],
]
for row in rows:
    ws.append(row)
for row in ws.iter_rows(min_row=2, max_col=2):
    for c in row:
        c.number_format = "mm-dd-yy"
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 26
ws.column_dimensions["H"].width = 22

th = wb.create_sheet("Thakedaar")
th.append(["S. No.", "Name", "Number"])
contractors = [f"{f.pick(['Satpal', 'Rakesh', 'Mohd', 'Jagdish', 'Vinod', 'Pappu', 'Raju'])} "
               f"{f.pick(['Thekedar', 'Khan', 'Lal', 'Singh', ''])}".strip() for _ in range(3)]
contractors += ["Naresh", "Bablu"]
seen = []
for name in contractors:
    while name in seen:
        name = name + " Ji"
    seen.append(name)
for i, name in enumerate(seen):
    th.append([i + 1, name, int(f.mobile_in())])
th.column_dimensions["B"].width = 20
th.column_dimensions["C"].width = 14

pu = wb.create_sheet("Purchase")
pu.append(["Date", "Rate(Per Kg)", "Weight            ( in kg)", "Size (in inch)", "Freight", "Total Purchased value"])
pu.append([d(2019, 6, 30), 65, None, "", None, 76400])
pu.append([d(2019, 10, 10), 60, 49.1, 2946, 0, "=D3+F2+E3"])
pu.append([d(2019, 10, 10), 62, 342, 21204, 200, "=D4+F3+E4"])

bo = wb.create_sheet("Bolts")
bo.append(["Date", "Number ", "Price"])
bo.append([d(2019, 8, 28), 114, 350])
bo.append([d(2019, 10, 9), 88, 210])
bo.append([d(2019, 10, 10), 43, 105, None, None, None, "Missing", 15])
bo.append([None, "=SUM(B2:B4)"])
bo.append(["With Whom", "Number "])
for who, n in [(MAIN_SHEET, 10), ("Inventory", 180), ("Missing", 15), (OTHERS[1], 40)]:
    bo.append([who, n])
bo.append([None, "=SUM(B7:B10)"])
side = [("Total Bolt", 114), (MAIN.title() + " ", 24), ("Balance", 75), (MAIN.title() + " 28.8.19", 40), ("Balance", 35),
        ("Add", 20), (MAIN.title(), 40), ("Balance", 15), ("Add 09-10-19", 88), (SECOND_SHEET, 80),
        ("Add 10-10-19", 43), (SECOND_SHEET, 43), ("Balance", 23)]
for i, (k, v) in enumerate(side):
    bo.cell(12 + i, 13, k)
    bo.cell(12 + i, 14, v)

tf = wb.create_sheet("TotalFarme")
tf["A1"], tf["H1"] = "Farma", "Bolts"
tf.merge_cells("A1:F1")
tf.merge_cells("H1:K1")
for col, v in zip("ABCDEFHIJK", ["Date", "9 inch", "12 inch", "15 inch", "18 inch", "Total Purchased value", "Date",
                                 "Length", "Radius", "Total Purchased value"]):
    tf[f"{col}2"] = v
for col, v in zip("BCDEIJ", ["Plate ", "Plate ", "Plate ", "plate", "Plate ", "Plate "]):
    tf[f"{col}3"] = v
for rng in ["A2:A3", "F2:F3", "H2:H3", "K2:K3"]:
    tf.merge_cells(rng)
tf.append([d(2019, 6, 30), 12, 8, 12, None, 76400])
tf.append([d(2019, 10, 10), 2, None, None, 8, 24350])
for i, (k, v) in enumerate(side):
    tf.cell(6 + i, 6, k)
    tf.cell(6 + i, 7, v if k != SECOND_SHEET or i < 10 else 73)

led = wb.create_sheet(MAIN_SHEET)
led.append(HEAD + ["Debit/Credit", "Balance", None, "Date", "Items", "Rate per day", "Number", "Rent per day",
                   "No. of days", "Total"])
entries = [
    [d(2019, 5, 19), d(2019, 6, 6), MAIN, "Farma (9*12)", 1, 35, "=(B2-A2)+1", "102 on dated 28-05-2019", "=35*G2"],
    [d(2019, 5, 31), d(2019, 6, 6), MAIN, "Farma (9*12)", 2, 35, "=(B3-A3)+1", "NO", 490],
    [d(2019, 5, 19), d(2019, 6, 6), "Auto", "Auto", "Auto", "Auto", "Auto", "Auto", 150],
    [d(2019, 6, 22), d(2019, 6, 24), MAIN, "Farma (9*12)", 2, 35, 2, "No", "=G5*F5*E5"],
    [d(2019, 6, 24), d(2019, 7, 18), MAIN, "Farma (9*12)", 4, 35, 24, "No", "=G6*F6*E6"],
    [d(2019, 6, 22), d(2019, 7, 10), MAIN, "9*15 farma", 2, 35, 18, "No", "=G7*F7*E7"],
    [None] * 7 + ["Advance", -102],
    [None] * 7 + ["insurance amount", 3000],
    [d(2019, 7, 21), d(2019, 8, 2), MAIN, 'Farma 12"(7 plate)', 2, 35, 12, "NO", 840],
    [d(2019, 8, 4), d(2019, 8, 11), MAIN, "Farma(9x15)", 6, 35, 8, "NO", 1680],
    [d(2019, 8, 12), None, None, None, None, None, None, "Adjusted for Makaan", -10000],
    [d(2019, 8, 28), d(2019, 9, 2), MAIN, "Farma (9x15)", 3, 35, 5, "NO", 525],
    [d(2019, 9, 3), d(2019, 9, 6), MAIN, "Farma (9X15)", 6, 35, 3, "NO", 630],
    [d(2019, 9, 22), d(2019, 9, 24), MAIN, "Farma (9x15)", 6, 35, 2, "NO", 420],
    [d(2019, 10, 17), d(2019, 10, 21), MAIN, "FOLDING", None, None, None, None, 1000],
]
items = [("3ft.x10", 2, 20, 38), ("5ft.x10", 3, 30, 38), ("10ft.x8", 4, 32, 38), ("Jaali x3", 5, 15, 38),
         ("3ft.x2", 2, 4, 37), ("5ft.x2", 3, 6, 37), ("10ft.x6", 4, 24, 37), ("Jaali x3", 5, 15, 37),
         ("3ft.x8", 2, 16, 31), ("5ft.x8", 3, 24, 31), ("10ft.x8", 4, 32, 31), ("Jaali ", 5, 15, 31),
         ("3ft.x6", 2, 12, 29), ("5ft.x8", 3, 24, 29), ("10ft.x6", 4, 24, 29), ("Jaali x4", 5, 20, 29)]
item_dates = {0: d(2020, 2, 23), 4: d(2020, 2, 24), 8: d(2020, 3, 1), 12: d(2020, 3, 3)}
for i, e in enumerate(entries):
    rr = i + 2
    for j, v in enumerate(e):
        if v is not None:
            led.cell(rr, j + 1, v)
    if e[8] is not None:
        led.cell(rr, 10, "Debit" if isinstance(e[8], int) and e[8] < 0 else ("Credit" if i < 14 else None))
        led.cell(rr, 11, f"=I{rr}" if rr == 2 else (f"=K{rr - 1}+I{rr}" if rr <= 12 else e[8]))
    if i < len(items):
        name, rate, rent, days = items[i]
        if i in item_dates:
            led.cell(rr, 13, item_dates[i])
        led.cell(rr, 14, name)
        led.cell(rr, 15, rate)
        led.cell(rr, 16, f"=Q{rr}/O{rr}")
        led.cell(rr, 17, rent)
        led.cell(rr, 18, days)
        led.cell(rr, 19, f"=R{rr}*Q{rr}")
led.cell(17, 11, "=SUM(K12:K16)")
for col, v in zip(range(14, 20), ["Jaali x4", 5, "=Q17/O17", 20, 29, "=R17*Q17"]):
    led.cell(17, col, v)
led.cell(18, 18, "Grand Total")
led.cell(18, 19, "=SUM(S2:S17)")

emp = wb.create_sheet(SECOND_SHEET)
emp.append(HEAD + ["Debit/Credit", "Balance"])

save(wb, "rentals-en-in-formwork.xlsx")
