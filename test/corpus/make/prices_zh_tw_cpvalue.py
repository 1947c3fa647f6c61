"""
Shape of a Taiwanese shopper's value-for-money tracker, as christypy/cp-tracker keeps its seed file
("初始資料匯入.csv", commit 3fec085dc454bf5c18d4c243ab06e2ea6c1c3e9c), imported by the tracker app.

- UTF-8 with a byte-order mark, CRLF line ends; header 品項名稱,類別,克數,價格,CP值,新增時間.
- 24 items: product name with the shop or pack in brackets or after a space ('(全聯)', '500ml', '團購(85折優惠券)'),
  category (防曬, 美白精華, 彩妝, 清潔用品, 沐浴乳, 洗手乳, 身體乳, 食物), grams / millilitres (a decimal on one),
  price (a decimal after a discount), CP值 the price per gram to four decimals, 新增時間 always empty.
- The same product at several shops or sizes on consecutive rows.
Values invented: products, sizes, prices.
A price comparison list, no clients: a person imports nothing.
"""
import os

from fake import FILES, Fake

f = Fake("prices-zh-tw-cpvalue")
rows = [
    ("晶透亮白防曬乳", "防曬", 50), ("清爽水感防曬", "防曬", 50), ("極效三重防護防曬凝乳", "防曬", 180), ("家庭號防曬", "防曬", 170),
    ("水潤高保濕防曬精華", "防曬", 70), ("維他命C精華 團購", "美白精華", 30), ("維他命C精華 團購(85折優惠券)", "美白精華", 30),
    ("菸鹼醯胺亮白精華", "美白精華", 30), ("穀胱甘肽淨白安瓶", "美白精華", 30), ("控油蜜粉", "彩妝", 10),
    ("溫和卸妝水(全聯)", "清潔用品", 2000), ("溫和卸妝水 500ml", "清潔用品", 500), ("溫和卸妝水 850ml", "清潔用品", 850),
    ("茉莉沐浴乳", "沐浴乳", 1000), ("抗菌洗手乳", "洗手乳", 2000), ("泡泡洗手乳", "洗手乳", 700),
    ("果酸身體乳", "身體乳", 300), ("黑雷巧克力", "食物", 877.5), ("黑雷巧克力(日本版)", "食物", 139),
    ("藍莓(全聯 富)", "食物", 350), ("藍莓(家樂福)", "食物", 400), ("藍莓(天時)", "食物", 227),
    ("藍莓(美聯社線上)", "食物", 200), ("藍莓(美聯社)", "食物", 200),
]
lines = ["品項名稱,類別,克數,價格,CP值,新增時間"]
prev = None
for name, cat, g in rows:
    base = name.split("(")[0].split(" ")[0]
    unit = {"防曬": 5, "美白精華": 20, "彩妝": 24, "清潔用品": 0.5, "沐浴乳": 0.16, "洗手乳": 0.1, "身體乳": 0.6, "食物": 0.5}[cat]
    price = round(g * unit * f.r.uniform(0.6, 1.4))
    if "85折" in name and prev:
        price = round(prev * 0.85, 1)
    prev = price
    cp = round(price / g, 4)
    gs = str(g) if isinstance(g, float) else str(g)
    lines.append(f"{name},{cat},{gs},{price},{cp:g},")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prices-zh-tw-cpvalue.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")
