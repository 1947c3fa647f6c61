"""
Shape of johnnywang885-gif/registration-system "報名表.xlsx" (commit c4fa7c80685efe05110c8b509892f9cd4fe9f783):
the blank event sign-up sheet a regional association hands to its local chapters (社), kept next to
a small web registration system. Sheet "報名表": one centred header row 社號 / 社名 / 職稱 / 姓名 / 身分證
/ 生日 / 手機 / 素 (vegetarian meal), widened columns, and only the first chapter's number and name
typed on row 2 as an example; nobody is entered. Sheet "社號社名": the lookup of the 31 chapters, number
and name (bold centred header, numbers 2401…2439 with gaps). Sheet "Sheet3": empty. A blank form and a
chapter list: a person imports nothing. Chapter names invented.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("signup-zh-tw-clubform")
CENTER = Alignment(horizontal="center")
WORDS = list("東西南北中新長平安和興仁義德福壽光明豐泉林溪山谷坪埔峰湖田園清華")
numbers = sorted(f.r.sample([n for n in range(2401, 2440)], 31))
numbers[0] = 2401
names = []
while len(names) < 31:
    n = f.pick(WORDS) + f.pick(WORDS)
    if n[0] != n[1] and n not in names:
        names.append(n)

wb = workbook()
ws = wb.active
ws.title = "報名表"
ws.append(["社號", "社名", "職稱", "姓名", "身分證", "生日", "手機", "素"])
ws.append([numbers[0], names[0]])
for row in ws.iter_rows(min_row=1, max_row=2):
    for c in row:
        if c.value is not None:
            c.alignment = CENTER
for col, w in zip("BCDEFGH", [12.82, 17.82, 16.63, 18.63, 19.18, 15.09, 10.18]):
    ws.column_dimensions[col].width = w

lookup = wb.create_sheet("社號社名")
lookup.append(["社號", "社名"])
for c in lookup[1]:
    c.font = Font(bold=True)
    c.alignment = CENTER
for n, name in zip(numbers, names):
    lookup.append([n, name])
    for c in lookup[lookup.max_row]:
        c.alignment = CENTER
lookup.column_dimensions["A"].width = 6.09
wb.create_sheet("Sheet3")
save(wb, "signup-zh-tw-clubform.xlsx")
