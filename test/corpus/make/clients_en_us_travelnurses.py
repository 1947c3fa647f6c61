"""
Shape of cdkirkwood/trustaff-rss-feed "server/Pipeline.xlsx" (commit
7718bd2bf0a0eca961c3a23295598e60c3e480b9): a travel-nurse staffing recruiter's pipeline, the nurses
she is placing and what each wants, kept in Excel (the repo matches them to job feeds). Three sheets,
"Sheet2" and "Sheet3" empty. "Sheet1": bold header on row 1, no title, Nurse / Specialty / City /
State / Zip / Miles from Zip / Shift / Date of Start / Rate of Pay requested / Specific Notes,
17 nurses: full name (one in lower case), specialty as typed ('NICU RN', 'MS/TELE RN', 'LVN/LPN',
one with a double space), home city (one misspelt) / two-letter state / zip as a number (New
England zips lose the leading 0), the radius in miles she will travel, shift wanted ('Any',
'12 HR AM', '12 HR PM', '12 HR'), the start date shown as d-mmm (three typed without the year
land in January of the current year, i.e. the past), hourly rate requested, and notes on a third
of the rows (states she accepts, schedule wishes, 'compact' licence). Wide notes column.
Values invented.
"""
import datetime
import random

from openpyxl.styles import Font

from fake import save, workbook

r = random.Random(3621)
D = datetime.datetime
ROWS = [
    # specialty, city, state, zip, miles, shift, start, rate, notes
    ("NICU RN", "Memphis", "TN", 38104, 250, "Any", D(2018, 11, 12), 45, "Blocked scheduling preferred, OK LA TX AR TN MS"),
    ("OR RN", "Myrtle Beach", "SC", 29577, 100, "12 HR AM", D(2018, 11, 12), 50, "Fri-Sun or sat-mon schedule only"),
    ("MS RN", "Columbia", "SC", 29201, 400, "Any", D(2018, 12, 10), 45, "compact"),
    ("Emergency RN", "Pheonix", "AZ", 85004, 50, "Any", D(2018, 12, 10), 43, None),
    ("Endoscopy  RN", "Council Bluffs", "IA", 51501, 250, "Any", D(2018, 11, 12), 50, None),
    ("LVN/LPN", "Mesquite", "NV", 89027, 250, "12 HR", D(2018, 12, 10), 34, "ID CO MT NE SD"),
    ("ICU/CCU RN", "Jackson", "MI", 49201, 100, "12 HR PM", D(2018, 12, 3), 48, "MI or OH"),
    ("MS/TELE RN", "Sylva", "NC", 28779, 200, "12 HR AM", D(2018, 11, 5), 45, "Blocked scheduling"),
    ("LVN/LPN", "Peabody", "MA", 1960, 100, "Any", D(2018, 12, 3), 35, None),
    ("LVN/LPN", "Waldoboro", "ME", 4572, 75, "12 HR AM", D(2018, 12, 10), 34, None),
    ("Dialysis RN", "Van Buren", "AR", 72956, 200, "Any", D(2018, 12, 3), 45, None),
    ("Psychiatric/Mental Health RN", "Los Angeles", "CA", 90012, 50, "12 HR PM", D(2018, 12, 3), 50, None),
    ("Wound Care", "Lakeland", "FL", 33801, 500, "Any", D(2018, 12, 3), 46, "compact state"),
    ("Emergency RN", "Sacramento", "CA", 95814, 75, "Any", D(2018, 1, 1), 60, None),
    ("MS/TELE RN", "Winter Park", "FL", 32789, 1000, "12 HR PM", D(2018, 1, 7), 44, "Walk through State"),
    ("ICU/CCU RN", "Seattle", "WA", 98104, 200, "12 HR AM", D(2018, 1, 21), 47, None),
    ("ICU/CCU RN", "Wilmington", "NC", 28401, 75, "12 HR AM", D(2018, 12, 3), 45, None),
]
NAMES = ["Marla Ashdown", "Karen Brightwell", "Charity Holloway", "Gina Fairbank", "Lisa Kettering",
         "Margot Ellery", "Anjali Dunmore", "Denise Carrow", "Jennifer Oakes", "andrea marlow", "Cheryl Jessop",
         "Michelle Northcott", "Beverly Pembury", "Amber Lindqvist", "Katia Greyson", "Heather Ivers",
         "Dana Ashdown"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
head = ["Nurse", "Specialty", "City", "State", "Zip", "Miles from Zip", "Shift", "Date of Start",
        "Rate of Pay requested", "Specific Notes"]
for j, h in enumerate(head):
    ws.cell(1, j + 1, h).font = Font(bold=True)
for i, (name, row) in enumerate(zip(NAMES, ROWS)):
    ws.cell(i + 2, 1, name)
    for j, v in enumerate(row):
        if v is None:
            continue
        c = ws.cell(i + 2, j + 2, v)
        if j == 6:
            c.number_format = "d-mmm"
for col, w in zip("ABCGHIJK", [26.2, 16.8, 13.5, 11.2, 12.0, 15.3, 54.7, 17.5]):
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "clients-en-us-travelnurses.xlsx")
