"""
Shape of a small shop's customer table written by pandas (DataFrame.to_excel without the index), as
laiguoliang/excel-analysis keeps it ("data/customers.xlsx", commit 79b08e81f7afd0e71c2255d54c25d148e2e24e3f), the
customer side of a shopping-basket and clustering exercise.

- One sheet "Sheet1": pandas' bold, bordered, centred header on row 1: 顧客ID / 姓名 / 年購買金額 / 購買次數.
- Ten customers: codes CUST001 … CUST010, names written as placeholders 客戶1 … 客戶10 (the data was
  anonymised), the year's spend as a whole number of NT dollars, the number of purchases.
Values invented: the spend and purchase counts (codes and placeholder names keep the source's spelling).
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, workbook, save

f = Fake("customers-zh-tw-purchasetotals")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for c, h in enumerate(["顧客ID", "姓名", "年購買金額", "購買次數"], 1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.alignment = Alignment(horizontal="center", vertical="top")
for i in range(10):
    r = i + 2
    ws.cell(r, 1, f"CUST{i + 1:03d}")
    ws.cell(r, 2, f"客戶{i + 1}")
    ws.cell(r, 3, f.r.randrange(9000, 48000))
    ws.cell(r, 4, f.r.randrange(8, 60))
save(wb, "customers-zh-tw-purchasetotals.xlsx")
