"""
Shape of benjamin555/ant-web "src/main/webapp/xls/tempCustomer.xls": the potential-customer
(潜在客户) import file of a small Java CRM, Excel 97-2003 .xls, as the sales staff filled it in
before uploading it (the same sheet also exists as 潜在客户.xlsx in the repository's history).

- Sheet "Sheet1", header on row 1, ten columns: 主题 / 状态 / 优先级 / 下单日期 / 客户类型 / 联系人 /
  电话 / 传真 / QQ或电子邮箱 / 跟踪日期; every cell (header included) carries the text format "@".
  Column widths 2304 twips-units (9 chars), 下单日期 2976, QQ或电子邮箱 3360, 跟踪日期 4640.
- 10 rows. The first two are test rows: 主题 "test2" / "test", digits in 联系人, 传真 and the QQ
  column. The other eight are customers named like the contact: a full name or a surname +
  先生/小姐 in 主题 and the same in 联系人.
- 状态 is 下单 on every row, 优先级 普通; 客户类型 一级客户 or 代理商.
- 下单日期 and 跟踪日期: dates typed as text "2014-09-01" (the same day in both), several rows on
  the same day.
- 电话 and the QQ column: one placeholder number typed on every row (12312312 / 1231231), stored as
  numbers despite the text format; 传真 only on the test rows.
- Sheets "Sheet2" and "Sheet3" empty.
Saved through LibreOffice as .xls. Values invented (names), placeholders kept as the source has them.
"""
from openpyxl.utils import get_column_letter

from fake import Fake, save, workbook

f = Fake("prospects-zh-cn-crmtemplate")

HEADER = ["主题", "状态", "优先级", "下单日期", "客户类型", "联系人", "电话", "传真", "QQ或电子邮箱", "跟踪日期"]
people = [f.name_cn(), f.pick("王李张刘陈杨黄赵") + "小姐", f.name_cn(), f.pick("周徐孙马朱胡郭何") + "先生",
          "高先生", "罗先生", "郑先生", "梁先生"]
types = ["代理商", "一级客户", "一级客户", "一级客户", "一级客户", "一级客户", "代理商", "一级客户"]
days = ["2014-09-03", "2014-09-04", "2014-09-05", "2014-09-06", "2014-09-07", "2014-09-07", "2014-09-07", "2014-09-07"]

rows = [["test2", "下单", "普通", "2014-09-01", "一级客户", 12312312, 12312312, 231231, 1231231, "2014-09-01"],
        ["test", "下单", "普通", "2014-09-02", "一级客户", 12312312, 12312312, 231231, 1231231, "2014-09-02"]]
for name, kind, day in zip(people, types, days):
    rows.append([name, "下单", "普通", day, kind, name, 12312312, None, 1231231, day])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for r, row in enumerate([HEADER] + rows, start=1):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(r, c, v)
        cell.number_format = "@"
for c, w in enumerate([2304, 2304, 2304, 2976, 2304, 2304, 2304, 2304, 3360, 4640], start=1):
    ws.column_dimensions[get_column_letter(c)].width = round(w / 256, 2)
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

save(wb, "prospects-zh-cn-crmtemplate.xls", libreoffice="xls")
print(people)
