"""
Shape of hzqhaqhgs/homework 名单.xlsx (commit c02b8e686e1c198a8d7fedf16f9e92bde6048eb6): a
university's student attendance and assessment sheet for one course. Title "<university>学生考勤、
考核表" merged over A1:X1; term, course code and name, teacher, times and room, hours/credits and
"总人数： 76" in one wrapped cell merged over A2:X7; a two-row header: 学号 / 姓名 / 班级 / 最后成绩
each merged down rows 8-9, 考勤考核情况 merged over E8:T8 with the week numbers 1-20 on row 9
(E9:X9). 76 students of four classes (软件51-54) in class order: ten-digit student numbers, the
final mark left empty, a letter grade or 缺 for weeks 1-5 and 7-9 (week 6 and 10-19 empty), and a
count in the column under 20. The class list and marks of one course: nothing to import.
University, teacher, names, numbers and marks invented.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, workbook, save

f = Fake("attendance-zh-cn-coursegrades")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "华东理工学院学生考勤、考核表"
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
teacher = f.name_cn()
ws["A2"] = ("（2016-2017学年 第二学期)\n课程代码：SOFT310522\xa0\xa0\xa0\xa0课程名称：数据库系统(01)\xa0\xa0\xa0\xa0"
            f"任课老师：{teacher}(40)[主讲] 时间地点： 1-10 星期二(3-4),1-10 星期四(1-2)(北校区 教2 2105) "
            "学时/学分：48.0 / 3.0\xa0\xa0\xa0\xa0总人数： 76")
ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A8"], ws["B8"], ws["C8"], ws["D8"], ws["E8"] = "学号", "姓名", "班级", "最后成绩", "考勤考核情况"
for w in range(1, 21):
    ws.cell(9, 4 + w, w)
for rng in ["A1:X1", "A2:X7", "A8:A9", "B8:B9", "C8:C9", "D8:D9", "E8:T8"]:
    ws.merge_cells(rng)
GRADES = ["A+", "A", "A-", "B+", "B", "B-", "C", "缺"]
WEIGHTS = [12, 16, 10, 10, 14, 6, 2, 8]
row = 10
for cls, n in [("软件51", 23), ("软件52", 19), ("软件53", 19), ("软件54", 15)]:
    base = 2151601000 + {"软件51": 0, "软件52": 20, "软件53": 40, "软件54": 58}[cls]
    nums = sorted(f.r.sample(range(base + 1, base + 30), n))
    if cls == "软件51":
        nums[0] = 2130506000 + f.r.randrange(100, 200)
        nums[1] = 2141601000 + f.r.randrange(1, 20)
    for num in nums:
        ws.cell(row, 1, num)
        ws.cell(row, 2, f.name_cn())
        ws.cell(row, 3, cls)
        for wk in [1, 2, 3, 4, 5, 7, 8, 9]:
            ws.cell(row, 4 + wk, f.r.choices(GRADES, WEIGHTS)[0])
        ws.cell(row, 24, f.r.randrange(6, 16))
        row += 1
for col, w in {"A": 16.625, "B": 9.0, "D": 8.5, "E": 3.625, "Y": 8.5}.items():
    ws.column_dimensions[col].width = w
ws.row_dimensions[2].height = 14.25
save(wb, "attendance-zh-cn-coursegrades.xlsx")
