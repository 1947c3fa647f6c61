"""
Shape of MAliQ-pak/Client-Data-Cleaning "Client Data.xlsx" (commit
ef4741298bb1d8ce6435c45bb7a857de04fa3c7b): a small client contact list kept in Excel (author and
last editor two people), the input of a clean-up that merges its scattered e-mail and phone columns.

- One sheet "current", header on row 1 in bold: First Name / Last Name / Company / Email(default) /
  Email(Personal) / Email(Work) / Phone(default) / Phone(Work) / Phone(Home) / Phone(Mobile) /
  Phone(Main) / Phone(Other) / Country / Zip Code. Widths on A–G and M–O, nothing frozen.
- 13 people, each with exactly one e-mail in one of the three e-mail columns (a '.work' address in
  the Personal column once, '.personal' ones in Personal) and one phone (ddd-ddd-dddd) in one of the
  six phone columns; three numbers shared by two or three people (a company switchboard); two
  first names twice; companies short (ABC Corp, Tech Solutions twice); Country US or UK; Zip Code a
  number (12345, 2000, 90210 — UK rows too) or text (Canadian and British postcodes).
Values invented.
"""
from openpyxl.styles import Font

from fake import save, workbook

HEADER = ["First Name", "Last Name", "Company", "Email(default)", "Email(Personal)", "Email(Work)", "Phone(default)",
          "Phone(Work)", "Phone(Home)", "Phone(Mobile)", "Phone(Main)", "Phone(Other)", "Country", "Zip Code"]
P1, P2, P3 = "917-555-0131", "646-555-0178", "347-555-0112"
# (first, last, company, email column 0-2, email, phone column 0-5, phone, country, zip)
ROWS = [
    ("Owen", "Ashdown", "Birch Corp", 0, "owen.ashdown@example.com", 0, "212-555-0164", "US", 12345),
    ("Nora", "Carrow", "Quill Ltd", 1, "nora.carrow@example.com", 3, P1, "US", "M5A1A1"),
    ("Caleb", "Dunmore", "Tern Innov", 1, "caleb.dunmore.personal@example.org", 1, P2, "UK", "SW1A2AA"),
    ("Harper", "Ellery", "Global Loom", 0, "harper.ellery@example.com", 4, P2, "US", 2000),
    ("Logan", "Fairbank", "Innovatique", 2, "logan.fairbank@example.net", 5, "718-555-0127", "UK", 90210),
    ("Mia", "Greyson", "Tern Solutions", 1, "mia.greyson.work@example.com", 2, "929-555-0185", "US", "M6A1A1"),
    ("Aiden", "Holloway", "Global Tern", 2, "aiden.holloway.work@example.net", 4, P3, "UK", "SW1A2BB"),
    ("Nora", "Ivers", "Quill Solutions", 0, "nora.ivers@example.com", 0, P1, "UK", 3000),
    ("Wyatt", "Jessop", "Alder Co", 0, "wyatt.jessop@example.org", 5, "332-555-0150", "UK", 54321),
    ("Chloe", "Kettering", "Datum Tech", 0, "chloe.kettering@example.com", 3, "516-555-0196", "US", "M7A1A1"),
    ("Ethan", "Lindqvist", "Tern Solutions", 2, "ethan.lindqvist.work@example.net", 0, "631-555-0108", "UK", "SW1A2CC"),
    ("Harper", "Marlow", "Innovate Co", 2, "harper.marlow@example.org", 1, P1, "US", 4000),
    ("Lucas", "Northcott", "Tern Group", 1, "lucas.northcott.personal@example.com", 2, P3, "UK", 67890),
]

wb = workbook()
ws = wb.active
ws.title = "current"
for col, w in {"A": 9.375, "B": 9.25, "C": 12.625, "D": 25.0, "E": 31.0, "F": 29.625, "G": 13.75, "M": 8.125,
               "N": 8.875, "O": 11.0}.items():
    ws.column_dimensions[col].width = w
for j, h in enumerate(HEADER, 1):
    ws.cell(1, j, h).font = Font(bold=True)
for i, (first, last, company, ecol, email, pcol, phone, country, zipc) in enumerate(ROWS, 2):
    ws.cell(i, 1, first)
    ws.cell(i, 2, last)
    ws.cell(i, 3, company)
    ws.cell(i, 4 + ecol, email)
    ws.cell(i, 7 + pcol, phone)
    ws.cell(i, 13, country)
    ws.cell(i, 14, zipc)

save(wb, "contacts-en-us-scatteredcolumns.xlsx")
