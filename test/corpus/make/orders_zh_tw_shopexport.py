"""
Shape of a Taiwanese online shop's order table written by pandas (DataFrame.to_excel with its index), as
hcyuu/ecoomerce keeps it ("訂單.xlsx", commit 347b669d2093cb782dce17250198fd0d9bbc0bc2), the practice data of an
e-commerce analysis.

- One sheet "Sheet1": pandas' bold bordered header on row 1 with an empty A1 over the index column (0, 1, 2 …),
  then Order ID (text '1', '2' …) / Order Date / Customer ID / Phone / Email / Product / Quantity / Payment /
  Delivery / SubTotal / Discount / Total.
- One row per order, in date order from 2020/01/01: the first date a real date, every later one text
  'yyyy/mm/dd' (all formatted mm-dd-yy); Customer ID a letter and three digits drawn at random, so an ID comes
  back on later orders with another phone and e-mail (the practice data was generated row by row); Taiwanese
  mobiles 09xx-xxx-xxx and made-up e-mail addresses unique to each row; products S1-S5 at fixed prices,
  quantity 1 or 2, 現金 / 信用卡, 宅配 / 超商取貨; SubTotal a number, Discount empty except the last rows
  (=K*0.2, =K*0.3), Total =K-L on every row; formulas carry no cached result (written by openpyxl).
Rows cut from 5,994 to 320. Values invented: IDs, phones, e-mail addresses and orders.
"""
import datetime
import string

from openpyxl.styles import Border, Font, Side, Alignment

from fake import Fake, workbook, save

f = Fake("orders-zh-tw-shopexport")
PRICES = {"S1": 700, "S2": 1000, "S3": 2300, "S4": 2800, "S5": 3800}
N = 320
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
head = [None, "Order ID", "Order Date", "Customer ID", "Phone", "Email", "Product", "Quantity", "Payment", "Delivery",
        "SubTotal", "Discount", "Total"]
for c, h in enumerate(head, 1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.alignment = Alignment(horizontal="center", vertical="top")
start, end = datetime.date(2020, 1, 1), datetime.date(2023, 2, 9)
dates = sorted(f.date(start, end) for _ in range(N - 2)) + [start, start]
dates.sort()
ids = [f"{f.pick(string.ascii_lowercase)}{f.r.randrange(1, 200):03d}" for _ in range(N)]
# a few customers come back (the generator drew IDs from a small pool): reuse some IDs later on
for i in range(40, N):
    if f.chance(0.08):
        ids[i] = ids[f.r.randrange(0, i)]
for i in range(N):
    r = i + 2
    ws.cell(r, 1, i)
    ws.cell(r, 2, str(i + 1))
    d = dates[i]
    cell = ws.cell(r, 3, datetime.datetime.combine(d, datetime.time()) if i == 0 else d.strftime("%Y/%m/%d"))
    cell.number_format = "mm-dd-yy"
    ws.cell(r, 4, ids[i])
    ws.cell(r, 5, f.mobile_tw())
    local = "".join(f.pick(string.ascii_lowercase + string.digits) for _ in range(10))
    ws.cell(r, 6, f.email(local))
    p = f.pick(list(PRICES))
    q = f.r.choice([1, 2])
    ws.cell(r, 7, p)
    ws.cell(r, 8, q)
    ws.cell(r, 9, f.pick(["現金", "信用卡"]))
    ws.cell(r, 10, f.pick(["宅配", "超商取貨"]))
    ws.cell(r, 11, PRICES[p] * q)
    if i >= N - 12:
        ws.cell(r, 12, f"=K{r}*{0.2 if i < N - 4 else 0.3}")
    ws.cell(r, 13, f"=K{r}-L{r}")
ws.column_dimensions["A"].width = 13
save(wb, "orders-zh-tw-shopexport.xlsx")
