"""
Shape of Baigei-886/bank-dialogue-agent "data/customers.xlsx" (at commit 70175b5): a bank's list of
card customers for a service desk, written by openpyxl: one sheet Sheet1, header 姓名 / 卡号后4位 /
注册手机号 / 账户状态, every cell text (the last four digits of the card keep their leading zero,
the registered mobile is eleven digits as text), the account state one of 正常, 已锁定, 已冻结
(mostly 正常). No title, no styles, no widths. A person imports every row as a client with the
name and the mobile; the card digits and the account state are not register fields (notes).
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-zh-cn-bankcards")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["姓名", "卡号后4位", "注册手机号", "账户状态"])
for _ in range(26):
    last4 = f"0{f.r.randrange(1000):03d}" if f.chance(0.12) else f"{f.r.randrange(1000, 10000)}"
    roll = f.r.random()
    state = "正常" if roll < 0.65 else "已锁定" if roll < 0.85 else "已冻结"
    ws.append([f.name_cn(), last4, f.mobile_cn(), state])
save(wb, "clients-zh-cn-bankcards.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
