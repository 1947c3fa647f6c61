"""
Shape of reaganwei0216/data "2016臺灣線上銷售資料 (Excel).xlsx" (at commit 65fedbcc5c869e855ecf3450eef8e7ef5288f92a):
a Taiwanese course's practice workbook of an online office-supplies shop's sales (the 'Superstore' layout with
Traditional Chinese headers and Taiwanese places), kept in a data-analysis repository. Four sheets:

- 'Orders': a title '台灣線上銷售資料' in A1 and '時間:2017/6/29' in A2, the header in row 3 with 26 columns
  (郵遞區號 / 分類參考名稱 / 商品分類 / 商品包裝尺寸 / 商品名稱 / 商品子分類 / 地區 / 寄送日期 / 縣市 / 行政區 /
  訂單優先順序 / 訂購日期 / 運送模式 / 顧客名稱 / 顧客類型 / 利潤 / 商品單價 / 商品折扣 / 商品數量 / 欄位編號 / 毛利率 /
  訂單編號 / 運費 / 銷售額 / 顧客年紀 / 顧客編號), one row per product line: the postcode as a number formatted as
  text, an English category reference, Chinese category / package / subcategory, English product names, the
  region, ship and order dates (mm-dd-yy), city and district, priority, shipping mode, the customer as an English
  person's name with its segment (大型企業 / 家庭辦公 / 個人用戶 / 小型企業), age and customer number, profit (some
  with '#,##0.00'), unit price, discount, quantity, row id and order number ('#,##0'), margin, shipping cost,
  sales; a customer on a few rows (several lines per order); 9,426 rows in the source, 2,000 here;
- 'Returns': 訂單編號 / Status, the returned orders, 'Returned' on every row;
- 'Users': Region / Manager, the four regional managers (placeholder first names);
- 'TW ZIPcode ' (trailing space): 縣市 / 行政區 (a no-break space after each district) / 郵遞區號.

An order ledger from a practice dataset, not a client list: a person keeping a client register does not turn its
order lines into clients. Values invented: customers, their numbers and ages, products, order numbers, dates and
amounts; the managers' names; the postcodes are a sample of the real table.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Font

f = Fake("orders-zh-tw-onlinesales")

HEADER = ["郵遞區號", "分類參考名稱", "商品分類", "商品包裝尺寸", "商品名稱", "商品子分類", "地區", "寄送日期", "縣市", "行政區",
          "訂單優先順序", "訂購日期", "運送模式", "顧客名稱", "顧客類型", "利潤", "商品單價", "商品折扣", "商品數量", "欄位編號", "毛利率",
          "訂單編號", "運費", "銷售額", "顧客年紀", "顧客編號"]
# (region, city, [(district, postcode)])
PLACES = [
    ("北部", "台北市", [("中正區", 100), ("大同區", 103), ("中山區", 104), ("松山區", 105), ("大安區", 106), ("信義區", 110), ("士林區", 111), ("內湖區", 114)]),
    ("北部", "新北市", [("板橋區", 220), ("三重區", 241), ("中和區", 235), ("新莊區", 242), ("新店區", 231), ("土城區", 236), ("汐止區", 221)]),
    ("北部", "基隆市", [("仁愛區", 200), ("信義區", 201), ("七堵區", 206)]),
    ("北部", "桃園市", [("桃園區", 330), ("中壢區", 320), ("龜山區", 333)]),
    ("北部", "新竹市", [("東區", 300), ("北區", 300), ("香山區", 300)]),
    ("北部", "新竹縣", [("竹北市", 302), ("竹東鎮", 310), ("湖口鄉", 303)]),
    ("北部", "宜蘭縣", [("宜蘭市", 260), ("羅東鎮", 265)]),
    ("中部", "台中市", [("西屯區", 407), ("北屯區", 406), ("南屯區", 408), ("霧峰區", 413), ("潭子區", 427), ("豐原區", 420)]),
    ("中部", "苗栗縣", [("苗栗市", 360), ("頭份市", 351)]),
    ("中部", "彰化縣", [("彰化市", 500), ("員林市", 510)]),
    ("中部", "南投縣", [("南投市", 540), ("埔里鎮", 545)]),
    ("中部", "雲林縣", [("斗六市", 640), ("虎尾鎮", 632)]),
    ("南部", "高雄市", [("苓雅區", 802), ("前鎮區", 806), ("左營區", 813), ("鳳山區", 830), ("三民區", 807)]),
    ("南部", "台南市", [("東區", 701), ("北區", 704), ("永康區", 710)]),
    ("南部", "嘉義市", [("東區", 600), ("西區", 600)]),
    ("南部", "嘉義縣", [("太保市", 612), ("民雄鄉", 621)]),
    ("南部", "屏東縣", [("屏東市", 900), ("潮州鎮", 920)]),
    ("東部", "花蓮縣", [("花蓮市", 970), ("吉安鄉", 973)]),
    ("東部", "台東縣", [("台東市", 950)]),
    ("外島", "澎湖縣", [("馬公市", 880)]),
    ("外島", "金門縣", [("金城鎮", 893)]),
    ("外島", "連江縣", [("南竿鄉", 209)]),
]
CITY_WEIGHTS = [16, 16, 3, 3, 5, 5, 3, 8, 3, 3, 3, 2, 8, 4, 4, 3, 3, 3, 1, 1, 1, 1]
CATEGORIES = {
    "辦公用品": ["紙張", "文件夾", "筆類", "剪刀、尺子及修正用品", "橡皮筋", "標籤", "信封", "收納用品", "事務機器"],
    "3C": ["電話及通訊設備", "電腦週邊", "影印機及傳真機", "辦公設備"],
    "家具": ["辦公家具", "椅子", "書櫃", "桌子"],
}
REFS = ["Electronics"] * 24 + ["Alcoholic beverages"] * 15 + ["Home and garden"] * 13 + ["Hot drinks"] * 8 + \
       ["Health and beauty"] * 6 + ["Sports"] * 5 + ["Clothing"] * 5 + ["Oils and spices"] * 4 + ["Seafood"] * 3 + \
       ["Cold drinks"] * 3 + ["Snacks and candy"] * 3 + ["Toys", "Meats", "Health foods", "Frozen foods", "Deli", "Dairy",
                                                         "Grains", "Bakery", "Breakfast", "Automotive"]
PACKS = ["小型箱"] * 52 + ["簡易包"] * 14 + ["小型袋"] * 11 + ["超大型桶"] * 8 + ["中型箱"] * 6 + ["大型箱"] * 5 + ["超大型箱"] * 4
PRODUCT_WORDS = {
    "紙張": ["Copy Paper, 500 Sheets", "Recycled Paper, Letter", "Colored Paper Pack", "Note Pads, 12/Pack"],
    "文件夾": ["Round Ring Binder, 1\"", "Hanging View Binder, White", "Poly Binder, Assorted", "Binding Covers, 100/Pack"],
    "筆類": ["Gel Pens, Black", "Highlighters, 5 Colors", "Pencils, #2, 24/Box"],
    "剪刀、尺子及修正用品": ["Office Scissors, 8\"", "Correction Tape", "Steel Ruler, 30cm"],
    "橡皮筋": ["Rubber Bands, Assorted", "Binder Clips, Medium"],
    "標籤": ["Address Labels, 750/Pack", "Shipping Labels"],
    "信封": ["Business Envelopes, #10", "Kraft Envelopes, 9x12"],
    "收納用品": ["Storage Box, Letter", "File Cart with Drawers", "Desk Organizer"],
    "事務機器": ["Electric Stapler", "Paper Shredder", "Laminator, 9\""],
    "電話及通訊設備": ["Cordless Phone", "Headset, Noise Cancelling", "Smart Phone Case"],
    "電腦週邊": ["Wireless Mouse", "USB Keyboard", "External Drive 1TB"],
    "影印機及傳真機": ["Laser Copier", "Fax Machine", "Inkjet Printer"],
    "辦公設備": ["Desk Lamp", "Wall Clock", "Whiteboard, 4x3"],
    "辦公家具": ["Office Partition", "Filing Cabinet", "Mobile Pedestal"],
    "椅子": ["Task Chair, Mesh", "Executive Chair", "Stacking Chair"],
    "書櫃": ["Bookcase, 5 Shelves", "Low Bookcase", "Corner Bookcase"],
    "桌子": ["Conference Table", "Computer Desk", "Folding Table"],
}
BRANDS = ["Acme", "Bright", "Everline", "Nordik", "Pacifica", "Summit", "Vista", "Keystone", "Orion", "Harbor"]
FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Amelia", "Mason", "Harper", "Logan",
         "Ella", "Aiden", "Chloe", "Caleb", "Nora", "Owen", "Zoe", "Wyatt", "Grace", "Henry", "Ruby", "Isaac",
         "Hazel", "Julian", "Ivy", "Miles", "Stella", "Leo"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers", "Jessop",
        "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quarrie", "Ridley", "Stanwick", "Thorne",
        "Upton", "Vance", "Whitlock", "Yardley"]
SEGMENTS = ["大型企業"] * 36 + ["家庭辦公"] * 25 + ["個人用戶"] * 20 + ["小型企業"] * 19
PRIORITIES = ["高", "低", "無指定", "中", "緊急"]
PRIORITIES_W = [21, 20, 20, 20, 19]

N_ROWS = 2000
N_CUSTOMERS = 560


def customer_name():
    def make():
        first, last = f.pick(FIRST), f.pick(LAST)
        if f.chance(0.08):
            return f"{first} {f.pick('ABCDEHJKLMNRST')} {last}"
        return f"{first} {last}"
    return f._unique(make)


customers = []
ids = f.r.sample(range(3, 3500), N_CUSTOMERS)
for cid in ids:
    city_i = f.r.choices(range(len(PLACES)), weights=CITY_WEIGHTS)[0]
    region, city, districts = PLACES[city_i]
    district, post = f.pick(districts)
    customers.append({"name": customer_name(), "id": cid, "segment": f.pick(SEGMENTS), "age": f.r.randrange(18, 84),
                      "region": region, "city": city, "district": district, "post": post})

wb = workbook()
ws = wb.active
ws.title = "Orders"
ws["A1"] = "台灣線上銷售資料"
ws["A2"] = "時間:2017/6/29"
ws.append(HEADER)
for c in ws[3]:
    c.font = Font(bold=True)

rows = []
order_no = 100
row_id = 0
while len(rows) < N_ROWS:
    cust = f.pick(customers)
    order_no += f.r.randrange(1, 14)
    ordered = f.date(datetime.date(2010, 1, 1), datetime.date(2013, 12, 28))
    shipped = ordered + datetime.timedelta(days=f.pick([0, 1, 1, 2, 2, 3, 5]))
    priority = f.r.choices(PRIORITIES, weights=PRIORITIES_W)[0]
    mode = f.r.choices(["一般空運", "陸運", "快捷空運"], weights=[74, 14, 12])[0]
    lines = f.r.choices([1, 1, 1, 2, 2, 3, 4], k=1)[0]
    # a customer of a different place now and then (the same person ordering for another office)
    if f.chance(0.15):
        region, city, districts = PLACES[f.r.choices(range(len(PLACES)), weights=CITY_WEIGHTS)[0]]
        district, post = f.pick(districts)
    else:
        region, city, district, post = cust["region"], cust["city"], cust["district"], cust["post"]
    for _ in range(lines):
        if len(rows) >= N_ROWS:
            break
        cat = f.r.choices(list(CATEGORIES), weights=[55, 25, 20])[0]
        sub = f.pick(CATEGORIES[cat])
        product = f"{f.pick(BRANDS)} {f.pick(PRODUCT_WORDS[sub])}"
        price = round(f.r.choice([f.r.uniform(1, 30), f.r.uniform(30, 300), f.r.uniform(300, 3000)]), 2)
        qty = f.r.randrange(1, 51)
        disc = f.pick([0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1])
        ship_cost = round(f.r.uniform(0.5, 60), 2)
        sales = round(price * qty * (1 - disc), 2)
        profit = round(sales * f.r.uniform(-0.4, 0.45), 4)
        margin = f.pick([0.35, 0.36, 0.37, 0.38, 0.39, 0.4, 0.55, 0.59, 0.6, 0.38])
        row_id += f.r.randrange(1, 6)
        rows.append([post, f.pick(REFS), cat, f.pick(PACKS), product, sub, region, shipped, city, district, priority,
                     ordered, mode, cust["name"], cust["segment"], profit, price, disc, qty, row_id, margin, order_no,
                     ship_cost, sales, cust["age"], cust["id"]])

for i, row in enumerate(rows):
    r = 4 + i
    for j, value in enumerate(row):
        c = ws.cell(r, j + 1, value)
        if j == 0:
            c.number_format = "@"
        elif j in (7, 11):
            c.number_format = "mm-dd-yy"
        elif j in (19, 21, 25):
            c.number_format = "#,##0"
        elif j in (15, 23) and abs(value) >= 1000:
            c.number_format = "#,##0.00"

for col, w in {"A": 13.5703125, "B": 19.140625, "D": 18.85546875, "E": 35.28515625, "F": 18.42578125, "H": 14.42578125,
               "K": 15.42578125, "L": 21.7109375, "M": 10.7109375, "N": 16.28515625, "O": 13.5703125}.items():
    ws.column_dimensions[col].width = w

returns = wb.create_sheet("Returns")
returns.append(["訂單編號", "Status"])
orders = sorted({row[21] for row in rows})
for o in sorted(f.r.sample(orders, len(orders) * 17 // 100)):
    returns.append([o, "Returned"])

users = wb.create_sheet("Users")
users.append(["Region", "Manager"])
for region, manager in [("Central", "Cora"), ("East", "Elliot"), ("South", "Selma"), ("West", "Wendell")]:
    users.append([region, manager])

zips = wb.create_sheet("TW ZIPcode ")
zips.append(["縣市", "行政區", "郵遞區號"])
seen = set()
for _, city, districts in PLACES:
    for district, post in districts:
        if (city, district) not in seen:
            seen.add((city, district))
            zips.append([city, district + "\xa0", post])

save(wb, "orders-zh-tw-onlinesales.xlsx")
