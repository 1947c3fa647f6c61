"""
Shape of Cnlomou/QN-big-study 名单.xls (commit 44b243d17f33cbc7dd1895415305b87f0586febe): the class list a
script uses to check which members of a college Youth League branch have done the weekly online
study ("青年大学习"), an Excel 97-2003 workbook. One sheet "Sheet1": header 组织代码(PID) / 姓名 /
班级(若是四级组织，此空不填), then fifty students, every row with the same branch code and the same
class, the name in the middle. Names, branch code and class invented. Saved by LibreOffice as .xls.
"""
from fake import Fake, save, workbook

f = Fake("roster-zh-cn-youthleaguestudy")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["组织代码(PID)", "姓名", "班级(若是四级组织，此空不填)"])
for _ in range(50):
    ws.append(["N0013000999990027", f.name_cn(), "rj203"])
ws.column_dimensions["A"].width = 22
ws.column_dimensions["C"].width = 30
save(wb, "roster-zh-cn-youthleaguestudy.xls", libreoffice="xls")
