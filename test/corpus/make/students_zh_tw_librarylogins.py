"""
Shape of pp8323127/DB_LIC "member.xlsx" (at commit 7b9151fffe498bc88d4dba8a0645103319745104): the
member sheet of a Taiwanese university class's library-lending web project (PHP/MySQL, book.xlsx
beside it), made in Excel 2010 with a Traditional Chinese default (新細明體 12, tabs 工作表1–3):

- one header row of English database column names: id / name / passwd / class / sex / email / tel;
- four students of one class and a test row typed at the end ('0024000', name '123', class '123',
  tel '0315'); every cell formatted as text ('@'), so the student numbers keep their leading zeros,
  sex is the text '1' or '0' and the mobiles are 10-digit text without dashes;
- passwd is the formula =A2 (the student number) and email the formula ="u" & A2 & "@<school
  domain>", both with Excel's cached results (shared formulas from row 3 on);
- 工作表2 and 工作表3 are empty; column widths set for email and tel.

These are a school library's student login accounts for a course project, not clients: a person
keeping a client register imports nothing. Values invented: student numbers, names, sex and phones;
the school's mail domain is replaced by a .test domain.
"""
from fake import CachedFormulas, Fake, workbook
from openpyxl.styles import Font

f = Fake("students-zh-tw-librarylogins")

wb = workbook()
ws = wb.active
ws.title = "工作表1"
wb.create_sheet("工作表2")
wb.create_sheet("工作表3")
cf = CachedFormulas()

FONT = Font(name="新細明體", size=12)
ws.append(["id", "name", "passwd", "class", "sex", "email", "tel"])
for c in ws[1]:
    c.font = FONT
    c.number_format = "@" if c.column_letter != "C" else "General"

students = []
used = set()
for _ in range(4):
    while True:
        sid = f"00{f.r.randrange(24001, 24099):05d}"
        if sid not in used:
            used.add(sid)
            break
    students.append((sid, f.name_tw(), "資2B", f.pick(["0", "1"]), f.mobile_tw(dashed=False)))
students.append(("0024000", "123", "123", "1", "0315"))

for i, (sid, name, klass, sex, tel) in enumerate(students, start=2):
    for col, value in zip("ABDEG", (sid, name, klass, sex, tel)):
        cell = ws[f"{col}{i}"]
        cell.value = value
        cell.number_format = "@"
        cell.font = FONT
    cf.formula(ws, f"C{i}", f"=A{i}", sid)
    ws[f"C{i}"].number_format = "@"
    ws[f"C{i}"].font = FONT
    cf.formula(ws, f"F{i}", f'="u" & A{i} & "@univ.test"', f"u{sid}@univ.test")
    ws[f"F{i}"].font = FONT
    if i == 6:
        ws[f"F{i}"].number_format = "@"

ws.column_dimensions["F"].width = 23.125
ws.column_dimensions["G"].width = 11.625
cf.save(wb, "students-zh-tw-librarylogins.xlsx")
