"""
Shape of 1101137120/SmcEslSystemDB_Beacon_ComPort "AP36DemoProductnull.xlsx" (at commit
871e9c2a08a55e62636ff808c175b8239a80dd73): the product workbook a Taiwanese electronic-shelf-label (ESL) system
reads and writes for a demo convenience-store shelf (Excel, author 'ihoinserv', last saved by 'mike'), five sheets:
- 工作表1: ESL ID / 更新狀態 / 商品條碼 / 品名(最多10字) / 品牌 / 規格 / 售價 / 促銷價 / Qrcode 網址 / use_address /
  版型 / 貨架 / 特價 / 上架 / UpTime / UpTimeE / 特價時間S / 特價時間E / 促銷時間S / 促銷時間E / 促銷註解 (A1:C1
  formatted '0'), 26 products: a label's MAC address on the products bound to one (and again in use_address),
  update times as text '2018/10/22 下午 06:08:45', EAN-13 barcodes as numbers, name, brand, size, price, promotion
  price, the vendor's URL, template name (or a number), X/V flags, up-times as text; the lower rows without
  brand, size or promotion price; two cells with a stray scientific format. C 43.5 and D 27.6 wide.
- 工作表2: label templates, 版型名稱 / 套用 / 版型類型 / 版型尺寸 then unlabelled layout numbers (field, caption,
  x, y, width, height, font, size, style, colours …) across many columns, gaps between template rows.
- 工作表3: the label devices, ESL ID / 更新時間 / 套用樣式 / RSSI / 電量 / 綁定 / 貨架 / 配對AP: hundreds of MAC
  addresses, most 未綁定 (unbound) with only the access point's IP, a few bound to a product name.
- 工作表4: the access points, AP名稱 / IP / Port / 狀態 / 綁定數量 (B and C formatted '0').
- 工作表5: an older template table (版型名稱 / 套用版型 / 版型類型 …, a business-card template with a padded text).
Values invented: product names, brands, sizes, prices, barcodes, MAC addresses, times and IPs; the device list is
cut from about 2,600 rows to 300, the layout tables to their first 24 columns.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("prices-zh-tw-shelflabels")
wb = workbook()
wb.properties.creator = "ihoinserv"
wb.properties.lastModifiedBy = "mike"


def mac():
    return "".join(f.pick("0123456789ABCDEF") for _ in range(6)) + "50A0BB"


def stamp(d):
    h = d.hour % 12 or 12
    return f"{d.year}/{d.month}/{d.day} {'上午' if d.hour < 12 else '下午'} {h:02d}:{d.minute:02d}:{d.second:02d}"


ws = wb.active
ws.title = "工作表1"
HEAD = ["ESL ID", "更新狀態", "商品條碼", "品名(最多10字)", "品牌", "規格", "售價", "促銷價", "Qrcode 網址", "use_address",
        "版型", "貨架", "特價", "上架", "UpTime", "UpTimeE", "特價時間S", "特價時間E", "促銷時間S", "促銷時間E", "促銷註解"]
ws.append(HEAD)
for c in "ABC":
    ws[f"{c}1"].number_format = "0"
URL = "http://www.esl-demo.example.com"
FULL = [("綠茶微泡", "青山", "300毫升", 10, 9), ("高纖無糖豆漿", "晨光", "450毫升", 23, 18), ("維生素飲P", "元氣", "330毫升", 20, 18),
        ("麥根汽水", "金泉", "350毫升", 22, 18), ("深焙咖啡", "咖啡日", "275毫升", 30, 25), ("茉香奶綠", "茶語", "560毫升", 29, 25),
        ("燕麥濃飲", "穀豐", "290毫升", 30, 26), ("可可調味乳", "牧場", "200毫升", 22, 18), ("茉莉綠茶", "光田", "585毫升", 21, 20),
        ("經典沙士", "老松", "330毫升", 20, 19), ("護手凝膠", "潤膚坊", "3.75oz", 65, 58), ("綜合B群錠", "康健", "100錠入", 500, 450)]
BARE = [("super supau", 12), ("海鹽洋芋片", 45), ("沐浴乳", 499), ("薄荷牙膏", 50), ("即溶咖啡", 109), ("煉乳", 39), ("點心麵", 45),
        ("大麥茶", 25)]
TAIL = [("奶油小泡芙", "甜心", "80公克", 29, None), ("阿薩姆奶茶", "麥田", "700毫升 ", 25, 22), ("運動飲料", "元氣", "400毫升", 20, 16),
        ("捲心酥", "酥香", "80公克", 35, 33), ("每日綠茶", "茶語", "650毫升", 25, 22), ("無糖黑豆漿", "光田8888", "500毫升", 25, 22)]
bound = {1, 3, 4, 5, 6}
r = 2
base = datetime.datetime(2018, 10, 18, 18, 1, 4)
for i, (name, brand, size, price, promo) in enumerate(FULL):
    t = base + datetime.timedelta(days=f.r.randrange(0, 5), minutes=f.r.randrange(0, 150)) if i < 11 else \
        datetime.datetime(2018, 3, f.r.randrange(1, 9), 15, f.r.randrange(0, 59), f.r.randrange(0, 59))
    m = mac() if i in bound else None
    row = [m, stamp(t + datetime.timedelta(seconds=5)), int("4710" + "".join(str(f.r.randrange(10)) for _ in range(9))),
           name, brand, size, price, promo, URL if i != 11 else None, m,
           ("test1" if i != 3 else 566) if m else None, None, "X", "V" if m else "X",
           stamp(t), stamp(t + datetime.timedelta(seconds=6))]
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(r, c, v)
    for c in "BC":
        ws[f"{c}{r}"].number_format = "0"
    r += 1
ws["D5"].number_format = "0.00E+00"
ws["F6"].number_format = "0.00E+00"
for i, (name, price) in enumerate(BARE):
    t = datetime.datetime(2018, 5, f.r.randrange(8, 31), 13 + f.r.randrange(0, 3), f.r.randrange(0, 59), f.r.randrange(0, 59))
    row = [None, stamp(t), int("4710" + "".join(str(f.r.randrange(10)) for _ in range(9))), name, None, None, price, None,
           URL if i >= 2 else None, None, None, None, "X" if i != 2 else None, "X", stamp(t - datetime.timedelta(seconds=11)),
           stamp(t + datetime.timedelta(seconds=2))]
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(r, c, v)
    r += 1
for i, (name, brand, size, price, promo) in enumerate(TAIL):
    t = datetime.datetime(2018, 5, 31, 16, 40 + i * 3, f.r.randrange(0, 59))
    row = [None, stamp(t), int("4710" + "".join(str(f.r.randrange(10)) for _ in range(9))), name, brand, size, price, promo,
           URL if promo else None, None, None, None, "X", "X", stamp(t - datetime.timedelta(seconds=12)),
           stamp(t + datetime.timedelta(seconds=1))]
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(r, c, v)
    r += 1
ws.column_dimensions["C"].width = 43.5
ws.column_dimensions["D"].width = 27.625

# 工作表2: label templates
t2 = wb.create_sheet("工作表2")
for c, h in enumerate(["版型名稱", "套用", "版型類型", "版型尺寸"], start=1):
    t2.cell(1, c, h)
TEMPLATES = [(2, "特價版型", None, 1, 0), (3, "預設版型", None, 0, 0), (4, "testonsale", "V", 1, 0), (8, "test1", "V", 0, 0),
             (9, "ssa", None, 1, 0), (10, 566, "V", 0, 2), (13, "29t", "V", 0, 1), (14, "29_2", None, 0, 1),
             (16, "29sale", "V", 1, 1), (17, "42Sale", "V", 1, 2)]
for row, name, use, kind, size in TEMPLATES:
    vals = [name, use, kind, size, f.pick(["L", "T"]), "品牌", "品牌:", f.r.randrange(30, 75), f.r.randrange(12, 28),
            f.r.randrange(3, 55), f.r.randrange(5, 110), f.pick(["新細明體", "Cambria"]), f.pick([9, 12, 20]),
            f.pick(["Regular", "Bold", "Italic, Strikeout"]), 255, 0, 0, 0, 255, 255, 255, 255, "L", "品名(最多10字)"]
    for c, v in enumerate(vals, start=1):
        if v is not None:
            t2.cell(row, c, v)

# 工作表3: label devices
t3 = wb.create_sheet("工作表3")
for c, h in enumerate(["ESL ID", "更新時間", "套用樣式", "RSSI", "電量", "綁定", "貨架", "配對AP"], start=1):
    t3.cell(1, c, h)
names = [p[0] for p in FULL[:8]]
for row in range(2, 302):
    t3.cell(row, 1, mac())
    if f.chance(0.05):
        t3.cell(row, 2, stamp(datetime.datetime(2018, f.pick([5, 10]), f.r.randrange(1, 28), 15, f.r.randrange(60), f.r.randrange(60))))
        t3.cell(row, 3, "test1")
        t3.cell(row, 6, f.pick(names))
    else:
        if f.chance(0.08):
            t3.cell(row, 2, stamp(datetime.datetime(2018, 5, 30, 15, f.r.randrange(60), f.r.randrange(60))))
        t3.cell(row, 6, "未綁定")
    t3.cell(row, 8, f.pick(["10.0.8.36"] * 6 + ["10.0.8.37"]))

# 工作表4: access points
t4 = wb.create_sheet("工作表4")
for c, h in enumerate(["AP名稱", "IP", "Port", "狀態", "綁定數量"], start=1):
    t4.cell(1, c, h)
t4["B1"].number_format = t4["C1"].number_format = "0"
t4["A2"] = "未指定"
for row, ip in enumerate(["10.0.8.37", "10.0.8.38", "10.0.8.36", "10.0.8.39", "192.168.10.20"], start=3):
    t4.cell(row, 1, "TCP232-GW2")
    t4.cell(row, 2, ip).number_format = "0"
    t4.cell(row, 3, 1200).number_format = "0"
for col, w in {"A": 15.375, "B": 12.25, "C": 5.5}.items():
    t4.column_dimensions[col].width = w

# 工作表5: the older template table
t5 = wb.create_sheet("工作表5")
for c, h in enumerate(["版型名稱", "套用版型", "版型類型"], start=1):
    t5.cell(1, c, h)
OLD = [["預設版型", "C_action", 0, "L", "品牌", "品牌值", 41, 12, 41, 32, "新細明體", 9, 0, 255, 0, 0, 0, 255, 255, 255, 255, "L"],
       ["特價版型", "S_action", 1, "L", "品牌", "品牌值", 41, 12, 41, 44, "新細明體", 9, 0, 255, 0, 0, 0, 255, 255, 255, 255, "L"],
       ["商品條碼", None, 1, "L", "品牌", "品牌值", 41, 12, 41, 27, "新細明體", 9, 0, 255, 0, 0, 0, 255, 255, 255, 255, "L", "規格"],
       ["名片2", None, 0, "Header", "TEXT", "     業務專員            業務部              ", 213, 17, 0, 0, "Calibri", 10, 0,
        255, 255, 255, 255, 255, 0, 0, 0, "Header", "TEXT"]]
for row, vals in enumerate(OLD, start=2):
    for c, v in enumerate(vals, start=1):
        if v is not None:
            t5.cell(row, c, v)
save(wb, "prices-zh-tw-shelflabels.xlsx")
