"""
Shape of msveiven/AEO2016-2017 "Contact List.xlsx" (commit 4aa56065467dd393a092147547f516d30535019c):
the contact list of a university senior-design team (six engineering students building an elbow
orthosis, plus their two faculty mentors), made in Google Sheets and downloaded as xlsx. One sheet
"Sheet1": header on row 1 in bold on a blue fill (4A86E8): First Name / Last Name / "Phone Number "
(trailing space) / Email / Best Method of Contact / Favorite Bar & Drink. Six students with
university e-mails, phones in mixed spellings ('(661) 310 - 4129', '(602)384-8928'), a trailing
space after some first and last names, the contact preference and a favourite bar and drink
filled by the first four, then two mentors with 'Dr.' in the first-name cell, 'N/A' in the last
two columns and one without a phone. Wider D-F columns. Values invented.
"""
from openpyxl.styles import Font, PatternFill

from fake import save, workbook

ROWS = [
    ["Marcus", "Ellery", "(661) 555 - 0141", "mellery@email.university.test", "text or call", "Malloy's & Beer"],
    ["Brynn", "Kettering", "(602)555-0187", "bkettering@email.university.test", "text or email", "The Anchor/ Rum & Coke"],
    ["Carla", "Greyson", "(520) 555-0123", "carla10g@email.university.test", "text or email", "copper and lace/micheladas"],
    ["Jason", "Holloway", "(520) 555-0164", "jasonholloway@email.university.test", "text or email",
     "Malloys/Fourth Ave & tequila shots"],
    ["Adriana ", "Oakes ", "(520) 555 - 0119", "adrianaoakes@email.university.test", None, None],
    ["Tobias ", "Marlow", "(620) 555 - 0158", "tmarlow17@email.university.test", None, None],
    ["Dr. Jonah", "Lindqvist", "(520) 555 - 0102", "lindqvist@email.university.test", "N/A", "N/A"],
    ["Dr. Daniel", "Pembury", None, "dpembury@email.university.test", "N/A", "N/A"],
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
fill = PatternFill("solid", fgColor="FF4A86E8")
for j, h in enumerate(["First Name", "Last Name", "Phone Number ", "Email", "Best Method of Contact",
                       "Favorite Bar & Drink"]):
    c = ws.cell(1, j + 1, h)
    c.font = Font(bold=True)
    c.fill = fill
for i, row in enumerate(ROWS):
    for j, v in enumerate(row):
        if v is not None:
            ws.cell(i + 2, j + 1, v)
for col, w in zip("DEF", [28.6, 21.6, 30.9]):
    ws.column_dimensions[col].width = w
save(wb, "team-en-us-seniordesign.xlsx")
