"""
Shape of jessicasao/ecommerce-analytics-system "ecommerce-analytics-system/sample_data/
sample_monthly_report.xlsx": a Taiwanese tea and gift brand's monthly report written by its
pandas script (openpyxl), joining its Shopify and Pinkoi order exports, four sheets.

- 月度統計: 統計項目 / 數值 pairs, section lines with an emoji (📊 整體概覽, 📈 渠道分析), a blank
  row between, values as text ('17 筆', '$9,513.50', '59.6%').
- 渠道對比: one row per channel (Pinkoi, Shopify): 訂單數 (a fraction, a pandas artefact), 營業額,
  折扣總額, 總利潤, 佔比 and 利潤率 as text percentages.
- Shopify訂單明細: 25 columns, English Shopify headers with the script's own Chinese columns in
  between (分攤後折扣, 商品金額, 分攤後金額), a header with a doubled space ('Cost  (unit)') and a
  leading space (' Gross Profit Margin'), then Order Id / Source / Customer Name / Phone. One row
  per order line: the second line of an order repeats the order number and dates but leaves Paid at,
  Order Id, Customer Name and usually Phone empty (once a different phone, once a different
  e-mail). Phones are numbers, so the Taiwanese mobile lost its leading 0 (922981052). Email empty
  on most orders. Times as date-times.
- Pinkoi訂單明細: the Pinkoi export's 46 columns (訂單成立日期 … 折讓日期, Column1, _1): 買家 (the
  buyer) and a different 收件人姓名 (the gift's recipient) with the recipient's address and phone
  (a number) — each line of one order ships to a different address; 購買人姓名/地址/電話 empty;
  amounts only on the first line of an order.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("orders-zh-tw-teashopreport")

PRODUCTS = [("散水小禮A", "LuckyBox", 10.9, 3.7), ("散水小禮D", "macau_c", 20.6, 12.8), ("凍頂烏龍茶", "setd_tea_1c", 14.2, 7.2),
            ("杉林溪茶", "shanlin_2", 18.0, 9.1), ("茶蠟燭", "candle_t", 12.5, 4.0), ("衣索比亞咖啡", "eth_cf", 22.0, 11.5),
            ("耶加雪菲", "yirga_cf", 24.0, 12.0)]
PINKOI_PRODUCTS = [("薰衣草香氛", 27.5), ("散水小禮D", 21.3), ("散水小禮E", 188.4), ("散水紀念品", 543.9)]


def phone_number():
    # The export kept mobiles as numbers: 0900123456 became 900123456.
    return int(f.mobile_tw(dashed=False))


wb = workbook()
summary = wb.active
summary.title = "月度統計"
channels = wb.create_sheet("渠道對比")
shop = wb.create_sheet("Shopify訂單明細")
pinkoi = wb.create_sheet("Pinkoi訂單明細")
bold = Font(bold=True)

# Shopify order lines -----------------------------------------------------------------------------
SHOP_HEADER = ["Index", "Order No", "Email", "Paid at", "Accepts Marketing", "Discount Code", "Discount Amount", "分攤後折扣",
               "Created at", "Product Name", "Variant SKU", "Selling Price", "商品金額", "Quantity", "Cost  (unit)",
               "Profit (unit)", "分攤後金額", "Total", "Total Cost", "Total Profit", " Gross Profit Margin", "Order Id",
               "Source", "Customer Name", "Phone"]
shop.append(SHOP_HEADER)
customers = []
index = 0
created = datetime.datetime(2026, 1, 31, 10, 12, 5)
shop_total = shop_profit = shop_discount = 0.0
order_count = 19
for k in range(order_count):
    created -= datetime.timedelta(hours=f.r.randrange(10, 60), minutes=f.r.randrange(60), seconds=f.r.randrange(60))
    if k == 11:
        name, phone = customers[2]                     # a buyer back for a second order
    else:
        name, phone = f.name_tw(), phone_number()
        customers.append((name, phone))
    email = f.email(f"user{f.r.randrange(1000, 9999)}") if k in (5, 11, 16) else None
    paid = created + datetime.timedelta(days=f.r.randrange(0, 18), hours=f.r.randrange(1, 20), minutes=f.r.randrange(60))
    code, discount = (f"Return{f.r.randrange(3, 9)}", round(f.r.uniform(20, 70), 1)) if k in (9, 14) else (None, 0)
    order_id = 4572912353329 - k * 1100000000 - f.r.randrange(100000000)
    lines = 2 if k in (5, 6, 8, 13) else 1
    for line in range(lines):
        index += 1
        product, sku, price, cost = f.pick(PRODUCTS)
        qty = f.pick([3, 9, 10, 20, 20, 25, 37, 40, 45, 50, 75, 90, 100])
        amount = round(price * qty * f.r.uniform(0.95, 1.05), 1)
        share = round(discount / lines, 1)
        total = round(amount - share + f.r.uniform(-10, 10), 1)
        tcost = round(cost * qty, 1)
        profit = round(total - tcost, 1)
        shop_total += total
        shop_profit += profit
        shop_discount += share
        first = line == 0
        row_email = email if first else (f.email(f"user{f.r.randrange(1000, 9999)}") if k == 5 else None)
        row_phone = phone if first else (phone_number() if k in (6, 8) else None)
        shop.append([index, f"SHOP-{1000 + k}", row_email, paid if first else None, ("yes" if email else "no") if first else None,
                     code if first else None, discount, share, created, product, sku, round(price * f.r.uniform(0.98, 1.02), 1),
                     amount, qty, cost, round(price - cost, 1), round(amount - share, 1), total, tcost, profit,
                     profit / total if total else 0, order_id if first else None, "web" if first else None,
                     name if first else None, row_phone])
for row in shop.iter_rows(min_row=2, min_col=4, max_col=4):
    row[0].number_format = "yyyy-mm-dd hh:mm:ss"
for row in shop.iter_rows(min_row=2, min_col=9, max_col=9):
    row[0].number_format = "yyyy-mm-dd hh:mm:ss"

# Pinkoi order lines -------------------------------------------------------------------------------
PINKOI_HEADER = ["訂單成立日期", "訂單類型", "訂單編號", "買家", "收件人姓名", "收件人地址", "收件人姓名（翻譯）", "收件人地址（翻譯）",
                 "收件人電話", "運送方式", "出貨單號", "運送地區", "購買品項", "商品規格", "SKU", "數量", "商品單價", "小計", "運費",
                 "網上交易費用", "折抵", "總金額", "付款方式", "貨幣別", "退款商品數量", "退款商品金額", "全額退款", "已完成退款",
                 "退款總金額", "購買人非收件人", "購買人姓名", "購買人地址", "購買人電話", "發票抬頭", "統編", "購買人備註",
                 "訂單出貨日期", "追蹤單號", "Paid At", "電子發票載具", "發票號碼", "發票日期", "折讓號碼", "折讓日期", "Column1", "_1"]
pinkoi.append(PINKOI_HEADER)
day = datetime.datetime(2026, 1, 20)
pinkoi_total = 0.0
pinkoi_orders = 4
for k in range(pinkoi_orders):
    day -= datetime.timedelta(days=f.r.randrange(1, 4))
    buyer = f.name_tw()
    recipient = f.name_tw()
    customers.append((buyer, None))
    lines = 3 if k == 0 else 2 if k == 2 else 1
    pay = f.pick(["Apple Pay", "信用卡安全加密付款"])
    track = f"JDX0478{f.r.randrange(10**8):08d}"
    for line in range(lines):
        product, price = f.pick(PINKOI_PRODUCTS)
        qty = f.pick([1, 1, 2])
        sub = round(price * qty * f.r.uniform(0.97, 1.0), 1)
        first = line == 0
        fee = round(sub * 0.3, 1) if first and k else 0
        total = round(sub - fee + f.r.uniform(0, 200), 1) if first else None
        if total:
            pinkoi_total += total
        row = [day, "已完成", f"PINKOI-{1000 + k}", buyer, recipient, f.address_tw() + f"{f.r.randrange(2, 20)}樓",
               None, None, phone_number(), "順豐速運 (貨到付運費)", None, "香港", product, None, None, qty, price, sub,
               0 if first else None, 0 if first else None, fee if first else None, total, pay, "HKD"]
        row += [None] * 12 + [day + datetime.timedelta(days=1 if k < 2 else 2), track, day] + [None] * 7
        pinkoi.append(row)
for col in ("A", "AK", "AM"):
    for c in pinkoi[col][1:]:
        c.number_format = "yyyy-mm-dd hh:mm:ss"

# Summary sheets --------------------------------------------------------------------------------
shop_orders = order_count
all_orders = shop_orders + pinkoi_orders
lines_total = shop.max_row - 1 + pinkoi.max_row - 1
revenue = shop_total + pinkoi_total
profit = shop_profit + pinkoi_total
summary_rows = [("統計項目", "數值"), ("📊 整體概覽", None), ("總訂單數", f"{all_orders} 筆"), ("總商品明細數", f"{lines_total} 筆"),
                ("總營業額", f"${revenue:,.2f}"), ("總折扣金額", f"${shop_discount:,.2f}"), ("總利潤", f"${profit:,.2f}"),
                ("平均利潤率", f"{profit / revenue * 100:.1f}%"), ("平均客單價", f"${revenue / all_orders:,.2f}"), (None, None),
                ("📈 渠道分析", None), ("Shopify 訂單數", f"{shop_orders} 筆"), ("Shopify 營業額", f"${shop_total:,.2f}"),
                ("Shopify 佔比", f"{shop_total / revenue * 100:.1f}%"), ("Shopify 利潤", f"${shop_profit:,.2f}"),
                ("Shopify 利潤率", f"{shop_profit / shop_total * 100:.1f}%"), ("Pinkoi 訂單數", f"{pinkoi_orders} 筆"),
                ("Pinkoi 營業額", f"${pinkoi_total:,.2f}"), ("Pinkoi 佔比", f"{pinkoi_total / revenue * 100:.1f}%"),
                ("Pinkoi 利潤", f"${pinkoi_total:,.2f}"), ("Pinkoi 利潤率", "100.0%")]
for r in summary_rows:
    summary.append(list(r))
channels.append(["渠道", "訂單數", "營業額", "折扣總額", "總利潤", "佔比", "利潤率"])
channels.append(["Pinkoi", round(pinkoi_orders * 0.97, 1), round(pinkoi_total * 1.02, 1), round(pinkoi_total * 0.14, 1),
                 round(pinkoi_total * 0.99, 1), f"{pinkoi_total / revenue * 100:.1f}%", "100.0%"])
channels.append(["Shopify", round(shop_orders * 0.99, 1), round(shop_total * 0.99, 1), round(shop_discount * 0.5, 1),
                 round(shop_profit * 1.03, 1), f"{shop_total / revenue * 100:.1f}%", f"{shop_profit / shop_total * 100:.1f}%"])

for ws in wb.worksheets:
    for c in ws[1]:
        c.font = bold
    ws.column_dimensions["A"].width = 13

save(wb, "orders-zh-tw-teashopreport.xlsx")
