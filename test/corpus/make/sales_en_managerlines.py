"""
Shape of Empanator/Company_Reports "Sales report.xlsx": an office-supplies seller's sales lines
per account manager, reworked by hand in Excel for a report, one sheet.

- "Sheet1": header Order Date / Account Manager / Product Name / Customer Type / Order Quantity /
  Profit Margin / Total Profit on row 1, no title; 1,039 product lines, newest first. Lines of the
  same day share one date cell merged down over them (two to six rows), and consecutive lines of
  one manager on the same day share a merged manager cell; a few manager cells are simply empty.
  Account Manager is one of fifteen staff members of the seller; Customer Type a segment
  (Corporate / Home Office / Small Business / Consumer); the buying customer is never named.
  Dates mm-dd-yy, margins and profits as long floats.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("sales-en-managerlines")
MANAGERS = [f.name_en() for _ in range(15)]
WEIGHTS = [143, 126, 119, 80, 72, 69, 68, 64, 61, 59, 47, 35, 19, 8, 30]
SEGMENTS = ["Corporate"] * 377 + ["Home Office"] * 264 + ["Small Business"] * 221 + ["Consumer"] * 177
BRANDS = ["Corvo", "Alton", "Brisk", "Penmark", "Tallis", "Quillon", "Ardent", "Hollis"]
ITEMS = [("Binder Clips", 0.55), ("105-Key Keyboard", 13.59), ("Legal 4-Ring Binder", 7.34), ("Labels", 1.02),
         ("Accent Highlighters", 3.33), ("Barrel Sharpener", 2.11), ("Color Inkjet Printer", 45.97),
         ("Hole Reinforcements", 2.24), ("Cordless Optical Suite", 144.47), ("Binder Posts", 2.24),
         ("Six-Color Fluorescent Set", 1.69), ("Parchment Paper, Assorted Colors", 2.69), ("Digital Answering Machine", 12.17),
         ("Straight Scissors", 7.79), ("Interoffice Envelopes", 11.15), ("Thumb-Tacks", 0.43), ("Poly Binder Pockets", 1.32),
         ("Metal Binder Clips", 1.02), ("Programmable 142-Key Keyboard", 120.46), ("General Use 3-Ring Binders", 0.7),
         ("Hidden Tab Index Sets", 2.02), ("Drawing Pencil Set", 1.61), ("X-ray Mailers", 31.91), ("Memo Sheets", 1.48),
         ("Box Cutter Scissors", 6.04), ("Document Frame", 6.72), ("Stacking Storage Drawers", 20.82), ("Message Book", 1.3)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Order Date", "Account Manager", "Product Name", "Customer Type", "Order Quantity", "Profit Margin", "Total Profit"])

day = datetime.date(2017, 2, 7)
row = 2
f.r.shuffle(SEGMENTS)
lines = 0
while lines < 1039:
    n = min(f.r.choices([1, 2, 3, 4, 5, 6], weights=[560, 231, 63, 3, 2, 1])[0], 1039 - lines)
    start = row
    prev = None
    run_start = None
    for k in range(n):
        manager = f.r.choices(MANAGERS, weights=WEIGHTS)[0]
        if k > 0 and f.chance(0.3):
            manager = prev
        item, margin = f.pick(ITEMS)
        qty = f.r.randrange(1, 51)
        margin = round(margin * f.pick([1, 1, 0.97, 1.03]), 2)
        ws.append([day if k == 0 else None, manager if manager != prev or k == 0 else None,
                   f"{f.pick(BRANDS)} {item}", SEGMENTS[lines], qty, margin + 1e-13 * f.r.randrange(-9, 9),
                   qty * margin])
        if k == 0:
            ws.cell(row, 1).number_format = "mm-dd-yy"
        if manager == prev and k > 0:
            if run_start is None:
                run_start = row - 1
        else:
            if run_start is not None:
                ws.merge_cells(f"B{run_start}:B{row - 1}")
            run_start = None
        prev = manager
        row += 1
        lines += 1
    if run_start is not None:
        ws.merge_cells(f"B{run_start}:B{row - 1}")
    if n > 1:
        ws.merge_cells(f"A{start}:A{row - 1}")
    day -= datetime.timedelta(days=f.r.randrange(1, 4))
merged_b = {m.min_row for m in ws.merged_cells.ranges if m.min_col == 2}
for r in f.r.sample(range(2, row), 40):
    if ws.cell(r, 2).value and ws.cell(r, 1).value is not None and r not in merged_b:
        ws.cell(r, 2).value = None

save(wb, "sales-en-managerlines.xlsx")
