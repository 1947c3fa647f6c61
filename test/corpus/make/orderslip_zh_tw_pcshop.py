"""
Shape of the order slip a Taiwanese class-project shop app (Java Swing + MySQL) writes for one sale, as
IvesShe/JavaMavenSwingMySQLShoppingMallEmployee keeps it ("訂單.xlsx", commit
e0dd8e329f3b3a3e3014fe4b93fb1cfc3945b651), written by Apache POI.

- One sheet "訂單資訊", seven label / value pairs down columns A:B, no header row: 訂單編號 (S + date + serial),
  顧客姓名, 產品名稱, 產品售價 (text digits), 產品數量 (text digit), VIP會員 ('是，打九折'), 成交金額 (the sum
  spelled out: '1999 元 x 4 x 0.9 = 7196 元'). Every value stored as text; no styles (the writer left out the
  default style).
Values invented: order number, customer, product, price, quantity.
One order's slip, not a list of clients: a person imports nothing.
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "訂單資訊"
price, qty = 2490, 3
total = round(price * qty * 0.9)
pairs = [
    ("訂單編號", "S202503140007"),
    ("顧客姓名", "顧客莊品妍"),
    ("產品名稱", "羅技無線滑鼠"),
    ("產品售價", str(price)),
    ("產品數量", str(qty)),
    ("VIP會員", "是，打九折"),
    ("成交金額", f"{price} 元 x {qty} x 0.9 = {total} 元"),
]
for r, (k, v) in enumerate(pairs, 1):
    ws.cell(r, 1, k)
    ws.cell(r, 2, v)
save(wb, "orderslip-zh-tw-pcshop.xlsx")
