"""
Shape of meaglewellyn-blip/virtual-pike "Birthdays.xlsx" (commit f3123be41cee43c79cdcf10de0a5ed755567a425):
a personal reminder list behind a small assistant bot, exported from Google Sheets. One sheet
"Sheet1" (1,000 rows in the grid), header Family / Birthday / Sobriety Date on row 1, then three
family members by first name or kinship ("Dad") with "na" for the sobriety date, a blank row, a
section row "Friends" alone in column A, and eight friends by first name with a birthday and a
sobriety anniversary. Dates stored with this year and shown as 'mmmm" "d' (month and day only).
Names and dates invented.
A person imports nothing: the owner's own family and friends with birthdays and recovery
anniversaries, not clients.
"""
import datetime

from fake import save, workbook

FAMILY = [("Mom", (3, 22), "na"), ("Beth", (10, 9), "na"), ("Kyle", (7, 14), "na")]
FRIENDS = [("Lacey", (1, 24), (4, 11)), ("Jordan", (5, 2), (6, 28)), ("Megan", (9, 19), (1, 6)),
           ("Rusty", (3, 8), (8, 30)), ("Casey", (4, 27), (11, 15)), ("Morgan", (8, 12), (5, 21)),
           ("Sami", (9, 24), (10, 2)), ("Cole", (12, 3), (2, 17))]
FMT = 'mmmm" "d'


def day(md):
    return datetime.datetime(2026, *md)


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(["Family", "Birthday", "Sobriety Date"], 1):
    ws.cell(1, c, h)
r = 2
for name, b, s in FAMILY:
    ws.cell(r, 1, name)
    ws.cell(r, 2, day(b)).number_format = FMT
    ws.cell(r, 3, s)
    r += 1
r += 1
ws.cell(r, 1, "Friends")
r += 1
for name, b, s in FRIENDS:
    ws.cell(r, 1, name)
    ws.cell(r, 2, day(b)).number_format = FMT
    ws.cell(r, 3, day(s)).number_format = FMT
    r += 1
ws.row_dimensions[1000].height = 15.75
save(wb, "birthdays-en-us-familyfriends.xlsx")
