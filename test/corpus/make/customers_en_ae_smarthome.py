"""
Shape of cro0om3/FHD "data/customers.xlsx" (commit 1e06297f294c6e61abba1b5675605a115056ae2f): the
customer list of an Abu Dhabi smart-home installer's quotation app (Streamlit), written by pandas
through openpyxl each time a quotation is saved (app.xml "Microsoft Excel Compatible / Openpyxl").

- One sheet "Sheet1", header on row 1 in pandas' style (bold, thin border, centred):
  client_name / phone / location / email / status / notes / tags / next_follow_up / assigned_to /
  last_activity. No title, no formats; every empty cell is written as an empty inline string.
- Nine rows as the salesman typed them into the app: one customer four times under four spellings
  of his name (full name with two spellings of the last part, first name alone, first + middle)
  with the same mobile stored as a number without its leading 0; two keyboard-mash test entries
  without a phone; two customers as "Mr <surname>" (one with a mobile, one without); and a last row
  whose client_name is the first customer's mobile typed with its 0 (no phone, same area).
  location is "Abu Dhabi - <area>" on every row, status New or Active, email, notes, tags,
  next_follow_up and assigned_to empty throughout, last_activity an ISO date as text.
Values invented (mobiles in the fictional 5000001xx block; the area is a real district name).
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import save, workbook

HEADER = ["client_name", "phone", "location", "email", "status", "notes", "tags", "next_follow_up",
          "assigned_to", "last_activity"]
AREA = "Abu Dhabi - Khalifa City"
M1, M2 = 500000147, 500000182
ROWS = [
    ("Hamdan Saeed Rashid", M1, "New", "2025-11-16"),
    ("Hamdan Saeed Rasheed", M1, "Active", "2025-11-20"),
    ("Kjhdsfgkj", None, "Active", "2025-11-16"),
    ("Dfgdsf", None, "New", "2025-11-17"),
    ("Hamdan", M1, "New", "2025-11-17"),
    ("Mr Qassim", M2, "New", "2025-11-19"),
    ("Hamdan Saeed", M1, "New", "2025-11-20"),
    ("Mr Hashimi", None, "Active", "2025-11-20"),
    ("0500000147", None, "New", "2025-11-20"),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for j, h in enumerate(HEADER, 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")
for i, (name, phone, status, last) in enumerate(ROWS, 2):
    # pandas writes NaN as an empty string cell (openpyxl: <c t="inlineStr"></c>)
    values = [name, phone if phone is not None else "", AREA, "", status, "", "", "", "", last]
    for j, v in enumerate(values, 1):
        ws.cell(i, j, v)

save(wb, "customers-en-ae-smarthome.xlsx")
