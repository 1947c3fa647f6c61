"""
Shape of CT-12/Cloud-SQL-Connection-Demo "utils/dataset/銷售資料.xlsx" (at commit 44e57af): a teaching
sales workbook in Traditional Chinese (Excel): sheet 銷售資料, 10,933 order lines (order number
P00001…, order and ship dates as real dates under mm-dd-yy, shipping mode 航運/空運/快捷, the customer
code C0001…C0010, the European city and country shipped to, product and category in Chinese, quantity
under #,##0, sales and profit under a $ accounting format with losses in brackets); sheet 客戶, the ten
customers: code, English shop name, a US street address, the used range running four rows and two
columns past the data. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("orders-zh-tw-salesdemo")

CUSTOMERS = [("C0001", "Brightway", "4127 Harbor View Rd. Salem, MA 01970"),
             ("C0002", "Tandem", "58 Old Mill Lane Ocala, FL 34470"),
             ("C0003", "Cornerstone", "903 Willow Bend Court Ashland, VA 23005"),
             ("C0004", "Frostline", "2210 Magnolia Ave. Slidell, LA 70458"),
             ("C0005", "Hearth", "71 Cedar Street Biloxi, MS 39530"),
             ("C0006", "Sprightly", "6638 E. Orchard Road Palm Bay, FL 32905"),
             ("C0007", "Eastgate", "1504 Lakeview Drive Tampa, FL 33602"),
             ("C0008", "Summitry", "385 Beacon Ave. Elgin, IL 60120"),
             ("C0009", "Plainly", "240 Quarry Street Towson, MD 21204"),
             ("C0010", "Pairwise", "19 S. Ridge Street Mankato, MN 56001")]
WEIGHTS = [1219, 971, 1296, 891, 1322, 879, 2524, 874, 441, 516]
PLACES = [("London", "United Kingdom"), ("Birmingham", "United Kingdom"), ("Bristol", "United Kingdom"),
          ("Manchester", "United Kingdom"), ("Berlin", "Germany"), ("Munich", "Germany"), ("Hamburg", "Germany"),
          ("Madrid", "Spain"), ("Barcelona", "Spain"), ("Paris", "France"), ("Zurich", "Switzerland"),
          ("Lisbon", "Portugal"), ("Rome", "Italy"), ("Vienna", "Austria"), ("Amsterdam", "Netherlands"),
          ("Brussels", "Belgium")]
PLACE_WEIGHTS = [1200, 800, 700, 753, 900, 900, 742, 900, 725, 862, 699, 456, 399, 341, 328, 228]
PRODUCTS = [("椅子", "傢俱", 55), ("桌子", "傢俱", 130), ("櫃子", "傢俱", 110), ("沙發", "傢俱", 600), ("書架", "傢俱", 160),
            ("延長線", "辦公品", 30), ("護貝機", "辦公品", 220), ("釘書機", "辦公品", 15), ("碎紙機", "辦公品", 180),
            ("吸塵器", "家電", 120), ("電風扇", "家電", 60), ("麥片", "食品", 18), ("咖啡豆", "食品", 25)]
MODES = ["航運"] * 4852 + ["空運"] * 3828 + ["快捷"] * 2253

wb = workbook()
ws = wb.active
ws.title = "銷售資料"
ws.append(["訂單編號", "訂單日期", "出貨日期", "配送方式", "客戶編號", "城市", "國家", "產品名稱", "產品類別", "銷售數量", "銷售金額", "商品利潤"])
for c in ("B1", "C1"):
    ws[c].number_format = "mm-dd-yy"
ws["J1"].number_format = "#,##0"
for c in ("K1", "L1"):
    ws[c].number_format = "$#,##0_);($#,##0)"
start = datetime.datetime(2018, 1, 1)
days = (datetime.datetime(2021, 12, 31) - start).days
N = 10933
for i in range(N):
    ordered = start + datetime.timedelta(days=int(days * i / (N - 1)))
    mode = f.pick(MODES)
    shipped = ordered + datetime.timedelta(days=0 if mode == "快捷" and f.chance(0.5) else f.r.randrange(1, 8))
    code = f.r.choices(CUSTOMERS, WEIGHTS)[0][0]
    city, country = f.r.choices(PLACES, PLACE_WEIGHTS)[0]
    product, category, price = f.pick(PRODUCTS)
    qty = f.r.randrange(1, 9)
    amount = round(price * qty * f.r.uniform(0.6, 1.2))
    profit = round(amount * f.r.uniform(-0.7, 0.45))
    r = i + 2
    ws.cell(r, 1, f"P{i + 1:05d}")
    ws.cell(r, 2, ordered).number_format = "mm-dd-yy"
    ws.cell(r, 3, shipped).number_format = "mm-dd-yy"
    for col, value in ((4, mode), (5, code), (6, city), (7, country), (8, product), (9, category)):
        ws.cell(r, col, value)
    ws.cell(r, 10, qty).number_format = "#,##0"
    ws.cell(r, 11, amount).number_format = "$#,##0_);($#,##0)"
    ws.cell(r, 12, profit).number_format = "$#,##0_);($#,##0)"

cs = wb.create_sheet("客戶")
cs.append(["客戶編號", "客戶名稱", "客戶地址"])
for row in CUSTOMERS:
    cs.append(list(row))
# the used range runs past the data (cells once typed and cleared)
for ref in ("D1", "E1", "A15", "E15"):
    cs[ref].number_format = "General"
    cs[ref].value = None
cs.cell(15, 5).style = "Normal"
save(wb, "orders-zh-tw-salesdemo.xlsx")
