"""
Shape of rejkid/ScheduleMeWorkspaceData "Accounts.xlsx" (commit
4aed582104a8f6f295d8bb3ba7832108cff13dc9): the seed file of user accounts for an Australian
parish's ministry-rostering app (cleaners, acolytes, readers, extraordinary ministers, choir),
kept in Excel. One sheet "Users", no header: title / first name / surname / e-mail / mobile
(text, 04xx, often empty or '') / birth date (mm-dd-yy) / a shared initial password / the ministry
(one or several words, some with a leading space) / a cleaning-team letter or a nickname; a
person appears once per ministry, families share one e-mail, test people (Smith / White / Black)
with made-up birth dates, a woman titled 'Mr'. 28 rows. The parish's own volunteers set up as app
users: a person imports nothing. Values invented (mobiles from the range ACMA keeps for fiction).
"""
import datetime

from fake import save, workbook

D = datetime.datetime
M = ["0491 570 006", "0491 570 156", "0491 570 157", "0491 570 158", "0491 570 159", "0491 570 110"]
PW = "Welcome@100"
ROWS = [
    ("Mr", "Tomasz", "Zielinski", "tzielinski@example.com", M[0].replace(" ", ""), D(1962, 5, 11), "Cleaner", "A"),
    ("Mr", "Tomasz", "Zielinski", "tzielinski@example.com", M[0].replace(" ", ""), D(1962, 5, 11), "Acolyte", None),
    ("Mrs", "Halina", "Zielinska", "tzielinski@example.com", M[1].replace(" ", ""), D(1963, 9, 2), "Reader1", None),
    ("Miss", "Agata", "Zielinska", "tzielinski@example.com", M[2].replace(" ", ""), D(1997, 4, 19), "Reader2", None),
    ("Mr", "Pawel", "Zielinski", "tzielinski@example.com", M[3].replace(" ", ""), D(1993, 10, 30), "MAS", None),
    ("Mr", "John", "Smith", "jsmith@example.com", M[4].replace(" ", ""), D(1962, 5, 11), "EMHC  Reader2", None),
    ("Mrs", "Irene", "Smith", "ismith@example.com", None, D(1963, 9, 2), "Cleaner", "A"),
    ("Mrs", "Irene", "Smith", "ismith@example.com", None, D(1963, 9, 2), "Acolyte", None),
    ("Mr", "Andrew", "Smith", "asmith@example.com", None, D(1997, 4, 19), "Cleaner", "A"),
    ("Mr", "John", "White", "jwhite@example.com", "", D(1962, 5, 11), "EMHC Reader1", None),
    ("Mrs", "Irene", "White", "iwhite@example.com", None, D(1963, 9, 2), "Cleaner", "B"),
    ("Mr", "Andrew", "White", "awhite@example.com", None, D(1997, 4, 19), "Cleaner", "B"),
    ("Mr", "John", "Black", "jblack@example.com", "", D(1962, 5, 11), "EMHC Reader1 Acolyte", None),
    ("Mrs", "Irene", "Black", "iblack@example.com", None, D(1963, 9, 2), "Cleaner", "B"),
    ("Mr", "Andrew", "Black", "ablack@example.com", None, D(1997, 4, 19), "Cleaner", "B"),
    ("Mr", "Andrew", "Bellamy", "parishoffice77@example.net", None, D(1962, 5, 11), "MAS", None),
    ("Mr", "Margaret", "Keogh", "mkeogh@example.org", None, D(2010, 1, 1), "Cleaner", "C"),
    ("Mr", "Margaret", "Keogh", "mkeogh@example.org", None, D(2010, 1, 1), "MAS", None),
    ("Mr", "Daniel", "Camilleri", "dcamilleri@example.org", None, D(2010, 1, 1), "Acolyte", None),
    ("Mr", "Caleb", "Camilleri", "dcamilleri@example.org", None, D(1980, 1, 1), "MAS", None),
    ("Mr", "Dana", "Camilleri", "dcamilleri@example.org", None, D(1979, 1, 1), "Reader1", None),
    ("Mr", "Tomasz", "Zielinski", "test@example.com", None, D(1962, 5, 11), " Cleaner", "D"),
    ("Mr", "Tomasz", "Zielinski", "test@example.com", None, D(1962, 5, 11), " Acolyte", None),
    ("Ms", "Marta", "Zielinska", "mzielinska@example.com", "", D(1997, 4, 19), "Reader2", None),
    ("Mr", "Dawid", "Zielinski", "dzielinski@example.com", "", D(1997, 4, 19), "Acolyte", None),
    ("Ms", "Beata", "Zielinska", "bzielinska@example.com", "", D(1997, 4, 19), "Reader1", None),
    ("Ms", "Kasia", "Zielinska", "kpolak@example.net", "", D(1997, 4, 19), "Choir", "Kasia"),
    ("Ms", "Josephine", "Borg", "jborg@example.net", "", D(1997, 4, 19), "Choir", "Josephin"),
]

wb = workbook()
ws = wb.active
ws.title = "Users"
for i, (title, first, last, email, mobile, born, ministry, extra) in enumerate(ROWS):
    r = i + 1
    for j, v in enumerate([title, first, last, email]):
        ws.cell(r, j + 1, v)
    if mobile is not None:
        ws.cell(r, 5, mobile).number_format = "@"
    ws.cell(r, 6, born).number_format = "mm-dd-yy"
    ws.cell(r, 7, PW).number_format = "@"
    ws.cell(r, 8, ministry)
    if extra:
        ws.cell(r, 9, extra).number_format = "@"
for col, w in {"D": 23.4, "E": 11.0, "F": 10.7, "G": 14.4, "H": 21.4}.items():
    ws.column_dimensions[col].width = w
save(wb, "roster-en-au-parishministries.xlsx")
