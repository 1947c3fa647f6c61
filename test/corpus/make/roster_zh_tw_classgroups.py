"""
Shape of the sample class list a Taiwanese teacher's classroom game (SmartClass, a web page that draws
students and scores groups) asks to be uploaded, as littleyi22/SmartClass keeps it ("學生名單範例.xlsx",
commit 7cbb14336b7510e19cd0d04d9b9256c4c3838dcd).

- One sheet, 學生名單, A1:D10: header 班級 / 座號 / 姓名 / 小組(1~10), then nine pupils of class 113 in seat
  order: class number, seat number 1-9, the pupil's name, group number 1-3. All numbers stored as numbers.
Names invented.
A class roster for a game: pupils, not clients; a person imports nothing.
"""
from fake import Fake, workbook, save

f = Fake("roster-zh-tw-classgroups")
wb = workbook()
ws = wb.active
ws.title = "學生名單"
ws.append(["班級", "座號", "姓名", "小組(1~10)"])
groups = [3, 3, 1, 1, 3, 2, 2, 2, 1]
for seat, g in enumerate(groups, start=1):
    ws.append([113, seat, f.name_tw(), g])
save(wb, "roster-zh-tw-classgroups.xlsx")
