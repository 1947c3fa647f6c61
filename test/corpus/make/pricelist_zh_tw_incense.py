"""
Shape of ArthurWang657/EasyQuotationSystem 客戶資料.xlsx: a wholesaler's per-customer price list
(繁體) on 工作表1 — 客戶名稱 repeated on every line, 品名, 單價, 一箱多少份, and an empty 出貨 column.
It names customers but is a price list, not a client list. Shop names and prices invented.
Also saved by LibreOffice as pricelist-zh-tw-incense.ods (the OpenDocument a WPS or LibreOffice
user would send).
"""
from fake import Fake, workbook, save

f = Fake("pricelist-zh-tw-incense")
SHOPS = ["明德香鋪", "宜安香鋪", "金福銀紙行", "李和堂香鋪", "狀元閣香鋪", "三元香鋪", "太和堂香鋪", "慈心堂香鋪",
         "頂豐香鋪", "玉成香鋪", "佛光香鋪", "德昌堂香鋪"]
ITEMS = [("套裝冥鈔.地府銀行", 70, 35), ("套裝天鈔.天庭銀行", 70, 35), ("燙金特大天鈔.天庭銀行", 230, 65),
         ("燙金特大冥鈔.地府銀行", 230, 65), ("燙金聚寶盆", 80, 120), ("燙金A級壽生蓮花", 80, 120),
         ("燙金A級往生蓮花", 80, 120), ("大壽金", 75, 40), ("刈金", 120, 10), ("環保香 尺三", 1200, 1),
         ("檀香粉 半斤", 450, 1), ("沉香線香", 680, 1), ("福金", 60, 50), ("天公金", 90, 30)]
wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(["客戶名稱", "品名", "單價", "一箱多少份", "出貨"])
for shop in SHOPS:
    for item, price, per_box in f.r.sample(ITEMS, f.r.randrange(8, len(ITEMS))):
        ws.append([shop, item, price + f.pick([0, 0, 0, 5, -5]), per_box, None])
save(wb, "pricelist-zh-tw-incense.xlsx")
save(wb, "pricelist-zh-tw-incense.ods", libreoffice="ods")
