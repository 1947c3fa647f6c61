"""
Shape of longdsh/yptp 名单.xls (commit 218828a2538bab21ab32ed0527113198b36b2a11): the test list a small
company tool reads for paying staff, an Excel 97-2003 workbook. One sheet "Sheet1": 工号 / 姓名 /
金额 — eight employees numbered 1-8, three with placeholder Chinese names and five typed "aa",
"bb" …, amounts rising by 500 and a last one keyed in as a run of digits. Placeholder names and
amounts invented. Saved by LibreOffice as .xls.
"""
from fake import save, workbook

ROWS = [(1, "张三", 3000), (2, "李四", 3500), (3, "王五", 4000), (4, "aa", 4500), (5, "bb", 5000), (6, "cc", 5500),
        (7, "dd", 6000), (8, "ee", 3121457)]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["工号", "姓名", "金额"])
for row in ROWS:
    ws.append(list(row))
save(wb, "staff-zh-cn-payouttestxls.xls", libreoffice="xls")
