"""
Shape of huchaoyang1991/javaLearn "报名表.xlsx" (commit 51ae01eceb08c5e5a175c690bbf230b9c38e1dee): a
company's internal training sign-up form handed round empty. One sheet 报名信息, bilingual header
cells with a line break inside (编号\\nID / 部门\\nDepartment / 技术体系名称\\nTech System Name /
报名课程名称\\nCourse Name / 员工编号\\nEmployee ID / 学员姓名\\nAttendee Name / 岗位 / 邮件地址 Email
Address / 直属上级 / 期望学习时间 / 备注\\n Notes), the last two header cells in an accounting ¥
format, and no one signed up: the used range runs to row 1000 with every cell below the header
empty. No values to invent.
"""
from openpyxl.styles import Alignment

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "报名信息"
HEAD = ["编号\nID", "部门\nDepartment", "技术体系名称\nTech System Name", "报名课程名称\nCourse Name",
        "员工编号\nEmployee ID", "学员姓名\nAttendee Name", "岗位", "邮件地址 Email Address", "直属上级",
        "期望学习时间", "备注\n Notes"]
YEN = '_-"￥"* #,##0.00_-;\\-"￥"* #,##0.00_-;_-"￥"* "-"??_-;_-@_-'
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.alignment = Alignment(wrap_text=True, vertical="center")
    if j >= 10:
        c.number_format = YEN
for j, w in enumerate([9.0, 22.0, 16.5, 31.625, 11.625, 12.75, 10, 24, 10, 14, 16], 1):
    ws.column_dimensions[chr(64 + j)].width = w
for r in range(2, 1001):       # formatted but empty rows: the used range reaches row 1000
    ws.cell(r, 11).number_format = YEN
save(wb, "staff-zh-cn-trainingsignup.xlsx")
