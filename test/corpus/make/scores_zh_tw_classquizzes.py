"""
Shape of Ray0224/studentManager "成績.xlsx" (at commit 3769bd82746e019eb2a1743e0678b5ec64a3b2f8): a Taiwanese
teacher's quiz-score sheet behind a small class-management web page (Excel 2013+, author 'user'), one sheet
工作表1: 姓名 in A1 and the quiz days as numbers written mmdd (1202, 1203, 1204, 1206, 1207, 1208, 1210) in
B1:H1, then fourteen students, one per row: the name and seven integer scores (5 to 99), no title, no totals,
no styling. A second file 名單.xlsx of the repository is the same fourteen names alone under 姓名.
Values invented: the students' names and every score (the original used cartoon-character names).
"""
from fake import Fake, save, workbook

f = Fake("scores-zh-tw-classquizzes")
wb = workbook()
wb.properties.creator = "user"
ws = wb.active
ws.title = "工作表1"
ws.append(["姓名", 1202, 1203, 1204, 1206, 1207, 1208, 1210])
for _ in range(14):
    base = f.r.randrange(30, 85)
    scores = [max(5, min(99, base + f.r.randrange(-25, 26))) for _ in range(7)]
    if f.chance(0.4):
        scores[1] = scores[0]  # the second quiz copied from the first, as on most rows of the original
    ws.append([f.name_tw()] + scores)
save(wb, "scores-zh-tw-classquizzes.xlsx")
