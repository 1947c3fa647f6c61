"""
Shape of a teaching assistant's roll-call sheet as tzuchingchen/databases keeps it ("活頁簿1.xlsx", commit
79f51dffb314da79aa8bfa96d4254cb968120e11): one class meeting's attendance.

- One sheet "工作表1": the meeting date in C1 (a date formatted m"月"d"日"), no header row; from A2 one cell per
  student holding the student number and the name joined by two no-break spaces ("4040E005\\xa0\\xa0方昱詞");
  an "x" in column C for the absent and "遲到" for the late; the last row "總共27位學生" merged across A:O.
Values invented: student numbers, names and marks.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("roll-zh-tw-classattendance")
wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws["C1"] = datetime.datetime(2017, 9, 22)
ws["C1"].number_format = 'm"月"d"日"'
nums = sorted(f.r.sample(range(1, 90), 26))
students = [f"4020E{f.r.randrange(1, 40):03d}"] + [f"4040E{n:03d}" for n in nums]
for i, sid in enumerate(students):
    r = i + 2
    ws.cell(r, 1, f"{sid}\xa0\xa0{f.name_tw()}")
    if f.chance(0.22):
        ws.cell(r, 3, "x")
    elif f.chance(0.04):
        ws.cell(r, 3, "遲到")
last = len(students) + 2
ws.cell(last, 1, f"總共{len(students)}位學生")
ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=15)
ws.column_dimensions["A"].width = 9
save(wb, "roll-zh-tw-classattendance.xlsx")
