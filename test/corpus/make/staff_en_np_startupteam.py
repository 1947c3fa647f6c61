"""
Shape of Kishaan-Enterprise/Kishaan_research "Members.ods" (at commit b2a2656): a small Nepali
agri-data start-up's list of its own team, kept in LibreOffice Calc for the website's team page.
One sheet "Sheet1": S.N. / Name / Email / Phone / Address / Date / Age / Field & level of Study /
Description / Staus / Type / Image ('Staus' misspelt). Five team members: serial number, full
name, a personal e-mail typed as a mailto link, a ten-digit mobile stored as a number, village or
town and district, the date they joined (mm/dd/yy), age, what they study, an empty description,
active / inactive, their role (Founder, Co-founder, Content writer, Web/Graphic Designer) and no
image; two more rows hold only the next serial numbers.
Values invented: mobiles 98000…, e-mail domains example.com/.org/.net.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("staff-en-np-startupteam")

PEOPLE = [("Bikash Adhikari", "Founder", "Computer Science", "active"),
          ("Sujan Thapa Magar", "Co-founder", "Computer Science", "active"),
          ("Prakash Bhandari", "Content writer", "Computer Science", "inactive"),
          ("Ramesh Karki", "Content writer", "Computer Science", "active"),
          ("Anish Shrestha", "Web/Graphic Designer", "Bsc. CSIT", "active")]
PLACES = ["Tansen, Palpa", "Bhimdatta, Kanchanpur", "Butwal, Rupandehi", "Tulsipur, Dang", "Banepa, Kavrepalanchok",
          "Ghorahi, Dang", "Birendranagar, Surkhet"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["S.N.", "Name", "Email", "Phone", "Address", "Date", "Age", "Field & level of Study", "Description", "Staus",
           "Type", "Image"])
joined = [datetime.date(2020, 7, 10), datetime.date(2021, 3, 2), datetime.date(2021, 4, 25), datetime.date(2021, 5, 28),
          datetime.date(2021, 4, 20)]
for i, (name, role, study, status) in enumerate(PEOPLE):
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    mail = f"{first}{last}{f.r.randrange(10, 2000)}@{f.pick(['example.com', 'example.org', 'example.net'])}"
    row = i + 2
    ws.cell(row, 1, i + 1)
    ws.cell(row, 2, name)
    ws.cell(row, 3, mail).hyperlink = f"mailto:{mail}"
    ws.cell(row, 4, int("98000" + f"{f.r.randrange(100000):05d}"))
    ws.cell(row, 5, f.pick(PLACES))
    ws.cell(row, 6, joined[i]).number_format = "mm/dd/yy"
    ws.cell(row, 7, f.r.randrange(19, 25))
    ws.cell(row, 8, study)
    ws.cell(row, 10, status)
    ws.cell(row, 11, role)
ws.cell(7, 1, 6)
ws.cell(8, 1, 7)
for col, w in zip("ABCDEFGHIJKL", [6, 22, 30, 13, 26, 10, 6, 22, 14, 9, 22, 8]):
    ws.column_dimensions[col].width = w

save(wb, "staff-en-np-startupteam.ods", libreoffice="ods")
