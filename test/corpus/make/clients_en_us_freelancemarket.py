"""
Shape of rhit-kangd2/FreelanceDataImport "Clients.xlsx" (commit d1e31ea2): the client table of a
US college project's freelance marketplace (clients post jobs, freelancers apply), seed data made
in Excel for a database import, one sheet "Sheet1", A1:L7, bold header on row 1.

Header: FName / LName / Bio / Industry / Email / Password Salt / Password Hash / Cardholder Name /
Expiration / Card Number / CVV, and an empty twelfth column. Six clients: first and last name
apart, a one-line job request as Bio (with "…"), an industry (Analytics, Construction, Web Design,
Product Management), one e-mail each, four-letter salt and hash strings, the cardholder's name as
on the card (initials, a middle initial, a fuller first name), expiry as text "MM-01-YYYY", card
numbers as spaced text, CVV as a number. Column C very wide. Values invented (test card numbers).
"""
from openpyxl.styles import Font

from fake import save, workbook

ROWS = [
    ("Dana", "Whitlock", "Looking for a data science intern for my survey project… help!", "Analytics",
     "dana.whitlock@example.com", "qazx", "plmo", "Dana Whitlock", "02-01-2025", "4000 0000 0000 0002", 321),
    ("Russ", "Ketterman", "Need a structural engineer ASAP!", "Construction", "rketterman@example.org", "wsxc", "okmn",
     "Russell Ketterman", "06-01-2024", "5555 555555 55444", 432),
    ("Imogen", "Salter", "I need a website for my new bakery, hit me up on DMs", "Web Design", "imogen@example.net",
     "edcv", "ijnb", "Imogen R. Salter", "03-01-2026", "4111 1111 1111 1111", 543),
    ("Theo", "Brannigan", "I want to start a new career as a photographer… Help me build my portfolio site!",
     "Web Design", "theo.b@example.com", "rfvb", "uhbv", "Theodore Brannigan", "08-01-2026", "3782 822463 10005", 654),
    ("Marisol", "Pike", "Remodelling the barn into a studio..", "Construction", "mpike@example.org", "tgbn", "ygvc",
     "Marisol Pike", "12-01-2027", "6011 1111 1111 1117", 765),
    ("Gordon", "Ashby", "Need a manager to help me run my new juice bar!", "Product Management",
     "gordon@example.net", "yhnm", "tfcx", "G. Ashby", "10-01-2024", "5105 1051 0510 5100", 876),
]
HEAD = ["FName", "LName", "Bio", "Industry", "Email", "Password Salt", "Password Hash", "Cardholder Name",
        "Expiration", "Card Number", "CVV"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(HEAD, 1):
    ws.cell(1, j, h).font = Font(bold=True)
for i, row in enumerate(ROWS, 2):
    for j, v in enumerate(row, 1):
        c = ws.cell(i, j, v)
        if j in (9, 10):
            c.number_format = "@"
for col, w in zip("ACDEHIJK", [10.45, 79.36, 10.45, 10.45, 22.54, 22.54, 28.82, 21.36]):
    ws.column_dimensions[col].width = w
ws["L1"].font = Font(bold=True)                                 # the empty twelfth column, formatted
save(wb, "clients-en-us-freelancemarket.xlsx")
