"""
Shape of LeiSoft/word_automation 客户清单.xlsx: a bank branch's list of wealth-management contracts,
kept to fill contract letters by mail merge. One sheet, no title: 客户名称 / 理财金额 written as
text in 万 ("10万") / 起始日期 / 截止日期 / 合同日期, dates as real dates shown mm-dd-yy, one
contract per client, the contract dated on its first day and running one year. Values invented
(the original names four figures of a classic novel).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("assets-zh-cn-wealth")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户名称", "理财金额", "起始日期", "截止日期", "合同日期"])
for i in range(4):
    start = datetime.datetime(2022, 9 + i, 1)
    end = datetime.datetime(2023, 9 + i, 1)
    ws.append([f.name_cn(), f"{10 * (i + 1)}万", start, end, start])
for r in range(2, ws.max_row + 1):
    for c in (3, 4, 5):
        ws.cell(r, c).number_format = "mm-dd-yy"
save(wb, "assets-zh-cn-wealth.xlsx")
