"""
Shape of blueschen/angrycat-app "AngryCatERP/WebContent/salesdetail_sample.xlsx" (at commit a3d3c77):
a Taiwanese charm-bead shop's order book kept in Excel before its ERP imported it (繁體): sheet 社團訂單
(orders taken in the shop's Facebook group: status, the buyer's Facebook name, group or fan page,
model code, item, price with shipping, member price, a 順序 column of 'NA', order date as m/d/yyyy
text, remarks, reconciliation status, the buyer's ID number, member discount, arrived, ship date,
shipping method, remarks; a filter on column R), sheet 專櫃訂單 (orders at the counter: status in a
coloured cell, Facebook or real name, sale date, model, item, list price, member price, payment date,
ID number, discount note, remarks, ship date, one 'address and phone' cell, the clerk who keyed it;
every cell of the sheet formatted in 細明體 12 with borders down to row 559 and across to column BB),
and an empty Sheet3. One row per item bought, so a buyer appears on several rows. Not client data:
an order book. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from fake import Fake, save, workbook

f = Fake("orders-zh-tw-beadshop")

SYL_FAMILY = ["Lin", "Chen", "Huang", "Chang", "Wang", "Wu", "Tsai", "Chiu", "Hsu", "Kuo", "Hung", "Tseng"]
SYL_GIVEN = ["Yi", "Ting", "Ling", "Rong", "Pei", "Chih", "Hui", "Ching", "Ya", "Wen", "Shu", "Mei", "Chun", "Hsin"]
ITEMS = [("WHF046", "Schnauzer 雪納瑞", 900), ("WHB132", "Castle 城堡", 840), ("AMV00704", "Cold Milk", 980),
         ("AAL024", "Love Cage", 2600), ("AMV00104", "Aurora Borealis - Reflections", 1600), ("TT043 (D)", "銀飾保存藥片 36片", 250),
         ("AAX005", "Kitix", 2000), ("WHB201", "Lighthouse 燈塔", 880), ("AMV00311", "Sakura 櫻花", 1280),
         ("AAL118", "Tea Party 下午茶", 1980), ("WHF077", "Shiba 柴犬", 900), ("AMV00522", "Deep Sea 深海", 1480)]


def fb_name():
    def make():
        given = f.pick(SYL_GIVEN) + f.pick(["", " ", "-"]) + f.pick(SYL_GIVEN).lower()
        given = given.replace("- ", "-").strip()
        return f"{given.split(' ')[0] if f.chance(0.5) else given} {f.pick(SYL_FAMILY)}" if f.chance(0.7) else \
            f"{f.pick(SYL_FAMILY)} {given}"
    return f._unique(make)


def id_number():
    return f._unique(lambda: f.pick("ABEFH") + f.pick("12") + "00000" + f"{f.r.randrange(1000):03d}")


def mdy(d):
    return f"{d.month}/{d.day}/{d.year}"


wb = workbook()
ws = wb.active
ws.title = "社團訂單"
ws.append(["狀態", "FB名稱", "社團/fanpage", "型號", "明細", "含運金額", "會員價(實收價格)", "順序", "接單日", "其他備註", "對帳狀態",
           "身份證字號", "會員九折", "已到貨", "出貨日", "郵寄方式", "備註"])
buyers = [(fb_name(), id_number() if f.chance(0.4) else None) for _ in range(8)]
start = datetime.date(2016, 1, 4)
group_rows = []
for i in range(30):
    name, idn = f.pick(buyers)
    code, item, price = f.pick(ITEMS)
    day = start + datetime.timedelta(days=f.r.randrange(0, 25))
    status = f.pick(["10. 待出貨", "10. 待出貨", "20. 已到貨", "99. 已出貨"])
    member = idn is not None and f.chance(0.6)
    paid = round(price * 0.9) if member else price
    shipped = status == "99. 已出貨"
    row = [status, name, f.pick(["特賣會", "特賣會", "OHM社團", "粉絲團"]), code, item, price + (60 if f.chance(0.3) else 0), paid, "NA",
           mdy(day), f.pick([None, None, "同批合併寄", "要禮盒"]), "對帳成功" if f.chance(0.8) else None, idn if member else None,
           "Y" if member else None, "Y" if status != "10. 待出貨" else None, mdy(day + datetime.timedelta(days=5)) if shipped else None,
           f.pick(["7-11", "郵局", "自取"]) if shipped else None, None]
    group_rows.append(row)
    ws.append(row)
ws.auto_filter.ref = f"R1:R{len(group_rows) + 1}"
for col, width in {"A": 9.1, "B": 41.3, "C": 17.0, "D": 15.9, "E": 45.7, "F": 7.9, "G": 8.4, "H": 7.6, "I": 14.4, "J": 9.1, "K": 16.9,
                   "L": 20.7, "M": 9.1, "P": 11.6, "Q": 9.1, "R": 13.6, "S": 9.1}.items():
    ws.column_dimensions[col].width = width
for cell in ws[1]:
    cell.font = Font(bold=True)

ws2 = wb.create_sheet("專櫃訂單")
ws2.append(["狀態", "FB名稱/客人姓名", "銷售日期", "型號", "明細", "定價", "會員價(實收價格)", "付款日期", "身份證字號", "折扣説明", "備註", "出貨日",
            "郵寄地址電話", "登單者"])
counter = [(fb_name() if f.chance(0.6) else f.name_tw(), id_number() if f.chance(0.5) else None) for _ in range(15)]
counter_rows = []
for i in range(45):
    name, idn = f.pick(counter)
    code, item, price = f.pick(ITEMS)
    day = datetime.date(2015, 12, 1) + datetime.timedelta(days=f.r.randrange(0, 60))
    status = f.pick(["99. 已出貨", "99. 已出貨", "99. 已出貨", "40. 調貨中", "10. 待出貨"])
    vip = idn is not None and f.chance(0.5)
    paid = round(price * (0.9 if vip else 0.85 if f.chance(0.2) else 1))
    mail = None
    if status != "40. 調貨中" and f.chance(0.25):
        mail = f"{f.address_tw()} {f.mobile_tw(dashed=False)}"
    row = [status, name, mdy(day), code, item, price, paid, mdy(day) if status != "40. 調貨中" else None, idn if vip else None,
           "VIP 9折" if vip else ("生日8折" if paid != price else None),
           f.pick([None, None, "無發票", "到貨，專櫃(請至少保留五顆，讓客人挑選)", f"{day.month}/{day.day + 3 if day.day < 25 else 1} 去結帳"]),
           mdy(day + datetime.timedelta(days=2)) if status == "99. 已出貨" else None, mail,
           f.pick(["miko", "A Boo", "社團登單", "Jerry"])]
    counter_rows.append(row)
    ws2.append(row)
font = Font(name="細明體", size=12)
thin = Side(style="thin")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True)
fill = PatternFill("solid", fgColor="FF6FA8DC")
for r in range(1, 560):
    for c in range(1, 55):
        cell = ws2.cell(r, c)
        cell.font = font
        cell.border = border
        cell.alignment = wrap
for r in range(2, len(counter_rows) + 2):
    if ws2.cell(r, 1).value == "40. 調貨中":
        ws2.cell(r, 1).fill = fill
for col, width in {"A": 9.1, "B": 27.7, "C": 15.9, "D": 20.4, "E": 29.6, "F": 14.1, "G": 9.1, "H": 16.1, "I": 19.4, "J": 16.0,
                   "K": 17.0, "L": 18.9, "M": 28.6, "N": 9.1}.items():
    ws2.column_dimensions[col].width = width
wb.create_sheet("Sheet3")
save(wb, "orders-zh-tw-beadshop.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in group_rows[:4] + counter_rows[:6]:
            print(row)
