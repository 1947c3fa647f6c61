"""
Shape of Baigei-886/bank-dialogue-agent "data/customers.xlsx" (commit
d89e57a318cd26b5ee5753f69bfb78b14b3072e9): the customer table behind a bank's customer-service
dialogue agent, written by openpyxl, one sheet "Sheet1" A1:D27, no styling.

- Row 1: 姓名 卡号后4位 注册手机号 账户状态; 26 customers, every value text: the name, the card's last
  four digits (two with a leading 0), the registered mobile, the account status 正常 / 已锁定 / 已冻结.
Values invented.
"""
from fake import Fake, workbook, save

f = Fake("customers-zh-cn-bankagentcards")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["姓名", "卡号后4位", "注册手机号", "账户状态"])
for i in range(26):
    last4 = f"{f.r.randrange(1000, 10000)}" if i not in (13, 21) else f"0{f.r.randrange(100, 1000)}"
    status = f.r.choices(["正常", "已锁定", "已冻结"], [17, 6, 3])[0]
    ws.append([f.name_cn(), last4, f.mobile_cn(), status])
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.data_type = "s"
save(wb, "customers-zh-cn-bankagentcards.xlsx")
