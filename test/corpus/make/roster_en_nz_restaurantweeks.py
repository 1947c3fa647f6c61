"""
Shape of GYSue/The-Haukai-Restaurant-Project "Staff Roster.xlsx" (commit a9c218e2): a New Zealand
restaurant's weekly staff roster made in Excel, one sheet "Sheet1", two weeks one under the other.

Each week: a title merged across A:I ("Haukai Restaurant Staff Roster Week  Ending Sunday  25rd
September -- 1st October", double spaces and the typos kept in spirit), centred; a header row
Employee / "Postion" (sic) / seven real dates formatted d-mmm-yy; eight staff rows (owners, chef de
cuisine, sous-chef, waiters, kitchen hands) with shifts written as text "5pm 11pm" or blank on days
off. A blank row between the weeks; the same eight people in both. Names invented.
A person imports nothing: the restaurant's own staff shifts.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("roster-en-nz-restaurantweeks")

FIRST = ["Tama", "Aroha", "Hemi", "Mere", "Nikau", "Kiri", "Rangi", "Ana", "Wiremu", "Maia", "Sione", "Leilani"]
LAST = ["Parata", "Walker", "Ngata", "Tipene", "Harris", "Kereama", "Tui", "Morgan", "Rewi", "Fale"]
firsts = f.r.sample(FIRST, 8)
lasts = f.r.sample(LAST, 7)
staff_names = [f"{firsts[0]} {lasts[0]}", f"{firsts[1]} {lasts[0]}"]      # the owners share a surname
staff_names += [f"{a} {b}" for a, b in zip(firsts[2:], lasts[1:])]
POSITIONS = ["Owner", "Owner", "Chef de cuisine", "Sous-chef", "Waiter", "Waiter", "Kitchen Hand", "Kitchen Hand"]
EARLY, LATE = "3pm 9pm", "5pm 11pm"
# which days each person works (Mon..Sun) and which shift
PATTERN = [(LATE, [2, 3, 4, 5, 6]), (EARLY, [0, 1, 2, 3, 4]), (LATE, [2, 3, 4, 5, 6]), (EARLY, [0, 1, 2, 3, 4]),
           (EARLY, [0, 1, 2, 3, 4]), (LATE, [2, 3, 4, 5, 6]), (LATE, [0, 1, 2, 3, 4]), (LATE, [5, 6])]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
TITLES = ["Haukai Restaurant Staff Roster Week  Ending Sunday  25rd September -- 1st October",
          "Haukai Restaurant Staff Roster Week  Ending Sunday  2nd october -- 8st October"]
START = [datetime.datetime(2023, 9, 25), datetime.datetime(2023, 10, 2)]
row = 1
for title, start in zip(TITLES, START):
    ws.cell(row, 1, title).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    row += 1
    ws.cell(row, 1, "Employee").font = Font(bold=True)
    ws.cell(row, 2, "Postion").font = Font(bold=True)
    for d in range(7):
        c = ws.cell(row, 3 + d, start + datetime.timedelta(days=d))
        c.number_format = "d-mmm-yy"
        c.font = Font(bold=True)
    row += 1
    for name, pos, (shift, days) in zip(staff_names, POSITIONS, PATTERN):
        ws.cell(row, 1, name)
        ws.cell(row, 2, pos)
        for d in days:
            ws.cell(row, 3 + d, shift)
        row += 1
    row += 1                                                   # blank row between the weeks
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 15
for col in "CDEFGHI":
    ws.column_dimensions[col].width = 10
save(wb, "roster-en-nz-restaurantweeks.xlsx")
print(staff_names)
