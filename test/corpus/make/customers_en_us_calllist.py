"""
Shape of AlexTheAnalyst/PandasYouTubeSeries "Customer Call List.xlsx": a small company's customer
call list typed in Excel before a calling round, the kind handed over to be cleaned.

- One sheet "Call List": CustomerID / First_Name / Last_Name / Phone_Number / Address /
  Paying Customer / Do_Not_Contact / Not_Useful_Column in row 1, 20 customers (1001–1020) and the
  last one pasted twice; empty cells in column J formatted as dates.
- Last names with junk typed or pasted in front or behind ("/Marlow", "...Fairbank", "Oakes_",
  leading spaces), a first name with a trailing space, one customer with a first name only.
- Phone_Number as 312-555-0142, 312/555/0187, 312|555|0119, a bare number, "N/a", empty.
- Address a street, sometimes with town and ZIP; "N/a" once.
- Paying Customer and Do_Not_Contact as Yes/No/Y/N, "N/a", empty; Not_Useful_Column TRUE/FALSE.
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("customers-en-us-calllist")

PEOPLE = [  # first, last as typed, phone style, address
    ("Olivia", "Ashdown", "dash", "412 Holloway Lane, Brookfield"),
    ("Liam", "Brightwell", "slash", "93 West Main Street"),
    ("Emma", "/Marlow", "number", "298 Quarry Road"),
    ("Noah", "Carrow", "dash", "980 Mill Avenue, Pennsylvania, 18503"),
    ("Ava", "Dunmore", "bar", "123 Orchard Road"),
    ("Ethan", "Ellery", "dash", "768 City Parkway"),
    ("Mia", "  Greyson", None, "1209 South Street"),
    ("Lucas", "Holloway", "bar", "98 Harbor Drive"),
    ("Amelia", None, "N/a", "123 Lakeview Terrace"),
    ("Mason", "Ivers", "dash", "25th Main Street, New York"),
    ("Harper", "Jessop", None, "612 Holloway Lane, Brookfield"),
    ("Logan", "...Fairbank", "number", "2394 College Avenue"),
    ("Ella", "Kettering", "dash", "2039 Main Street"),
    ("Aiden", "Lindqvist", "bar", "343 City Parkway"),
    ("Chloe", "Oakes_", "dash", "214 Elm Avenue"),
    ("Caleb", "Northcott", "dash", "2395 College Avenue"),
    ("Nora ", "Pembury", "slash", "121 Mill Avenue, Pennsylvania"),
    ("Owen", "Marlow", "number", "3498 Summit Lane"),
    ("Zoe", "Fairbank", "N/a", "N/a"),
    ("Wyatt", "Ashdown", "bar", "910 Canyon Road, Redmond"),
]
PAYING = ["Yes", "No", "N", "Yes", "Y", "Yes", "No", "N", "Yes", "Yes", "Yes", "Y", "Yes", "Yes", "N", "No", "Yes", "Y",
          "N/a", "Yes"]
DNC = ["No", "Yes", None, "Y", "No", "Yes", "No", "No", None, "No", "No", None, "N", "No", "No", "N", "No", None, "Yes",
       "N"]


def phone(style):
    if style in (None, "N/a"):
        return style
    n = f._unique(lambda: f"{f.pick(['312', '704', '480', '919', '206'])}555{f.r.randrange(100):04d}")
    n = n[:6] + "01" + n[8:]
    if style == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == "slash":
        return f"{n[:3]}/{n[3:6]}/{n[6:]}"
    if style == "bar":
        return f"{n[:3]}|{n[3:6]}|{n[6:]}"
    return int(n)


wb = workbook()
ws = wb.active
ws.title = "Call List"
header = ["CustomerID", "First_Name", "Last_Name", "Phone_Number", "Address", "Paying Customer", "Do_Not_Contact",
          "Not_Useful_Column"]
for j, h in enumerate(header, start=1):
    ws.cell(1, j, h).font = Font(bold=False)
rows = []
for i, (first, last, style, addr) in enumerate(PEOPLE):
    rows.append([1001 + i, first, last, phone(style), addr, PAYING[i], DNC[i], f.chance(0.55)])
rows.append(list(rows[-1]))
for r, row in enumerate(rows, start=2):
    for j, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(r, j, v)
    ws.cell(r, 10).number_format = "mm-dd-yy"
for col, width in zip("ABCDEFGH", [10.66, 10.33, 10.89, 13.78, 33.33, 14.66, 15.0, 17.78]):
    ws.column_dimensions[col].width = width
save(wb, "customers-en-us-calllist.xlsx")
