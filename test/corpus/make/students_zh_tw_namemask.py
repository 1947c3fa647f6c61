"""
Shape of fishjacky0710/mumucare-llm "學生名單.xlsx" (commit 1d5341a4a428310911dc643726dc9f997058021d): the roster
a Taiwanese special-education and care centre's LLM helper reads only to star out its students' names in
generated goals and strategies. One sheet 工作表1, one column: 姓名 in A1 and 369 names under it (繁體, mostly
three characters, a few two), no other column, no blank rows. Names invented.
"""
from fake import Fake, SURNAMES_TW, GIVEN_TW, save, workbook

f = Fake("students-zh-tw-namemask")
wb = workbook()
wb.properties.creator = "corpus generator"
ws = wb.active
ws.title = "工作表1"
ws.append(["姓名"])
seen = set()
while len(seen) < 369:
    if f.chance(0.03):
        n = f.pick(SURNAMES_TW) + f.pick(GIVEN_TW)
    else:
        n = f.name_tw(unique=False)
    if n in seen:
        continue
    seen.add(n)
    ws.append([n])
save(wb, "students-zh-tw-namemask.xlsx")
