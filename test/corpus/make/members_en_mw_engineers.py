"""
Shape of chisomocodes/MEI-evoting "members.xlsx": a Malawian engineers' institution's member list
for an e-voting system, saved as .xlsx by LibreOffice (24.2 on Linux), one sheet "Sheet1".

Column A empty (the view scrolled to B), header on row 1 from B: Member ID / Title / Surname /
Firstname / CompanyName / Email / Phone Number. Ten members MIE_001…MIE_010 with Mr/Mrs/Ms; under
CompanyName mostly the member's discipline ("Civil Engineering", "Mechanical Engineering", one
long one missing its closing bracket, "Engineer") and for two the firm they work for; e-mail
missing on two, phone missing on two; phones stored as 12-digit numbers with the 265 country code
and no plus. Arial 10, the columns given a style down to the sheet's end, three formatted empty
rows under the list.
Values invented (phones in a made-up 265 999 000 / 265 888 000 block, e-mails on .test / example).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-en-mw-engineers")

members = [
    ("Mr", "Chirwa", "Ronald", "Civil Engineering", "rchirwa@blantyrewater.test", 265888000114),
    ("Mr", "Kumwenda", "Clement", "Civil Engineering (Transportation and Waste Water Engineering", f.email("ckumwenda"),
     265999000237),
    ("Mr", "Banda", "Blessings", "Civil Engineering", f.email("banda.blessings"), 265999000318),
    ("Mr", "Mkandawire", "Cornelius", "Mechanical Engineering", None, 265888000442),
    ("Mr", "Phiri", "Dalitso", "Mechanical Engineering", "dphiri@shirefabrication.test", 265999000505),
    ("Mr", "Gondwe", "Stanford", "Mechanical Engineering", "sgondwe@northernwater.test", 265999000619),
    ("Mrs", "Mwale", "Susan", "Engineer", None, None),
    ("Mr", "Nyasulu", "William", "Civil Engineering", "william@lakeshoreconsult.test", None),
    ("Ms", "Msiska", "Wongani", "Kwacha Systems", f.email("wonganimsiska725"), 265999000886),
    ("Mr", "Chisale", "Roosevelt", "Kwacha Systems", "rchisale@kwachasystems.test", 265888000963),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
arial = Font(name="Arial", size=10)
ws.append([None, "Member ID", "Title", "Surname", "Firstname", "CompanyName", "Email", "Phone Number"])
for i, (title, surname, first, company, email, phone) in enumerate(members, start=1):
    ws.append([None, f"MIE_{i:03d}", title, surname, first, company, email, phone])
for row in ws.iter_rows(min_row=1, max_row=14, max_col=8):
    for c in row:
        c.font = arial
ws.column_dimensions["F"].width = 30.18
ws.column_dimensions["G"].width = 29.07
ws.sheet_view.topLeftCell = "B1"
save(wb, "members-en-mw-engineers.xlsx", libreoffice="xlsx")
