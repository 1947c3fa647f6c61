"""
Shape of k22614775-spec/DGMSERP 庫存主檔.xlsx (commit 876c7d7f55f8b13b14c018f4117cfe1e2b5cb541):
a Taiwanese steel-products trader's item master (庫存主檔) dumped from its ERP ("DGCST2019_…鋼品ERP" in
a DataComeFrom column) into Excel by a small web app's author, one sheet oddly named "老公公轉出"
("grandpa's export"). Header on row 1, 63 columns in the ERP's field order: 型號 / 品名規格 / 厚度 /
寬度 / 長度 / 單位 / 成本基準 / 公式編號 / 單位重 / 密度 / 類別 / 進價 / 售價 / 異動日期 / 安全數量 … 異動人員 /
異動時間 / DataComeFrom / 規格 (a padded "  0.00    0.0    0.0" text) / 廠別編號 / 序號 (an ERP key like
"051_1~b01qh3rECAF9") … 本倉數量 / 寄倉數量 … 英文品名 / 內箱 / 中箱 / 外箱 … 顏色 / 漆種 / 鍍層 … 建檔日期 …
正面漆膜厚 / 背面漆膜厚 / 包裝方式 / 庫存控管 (Y/N) / 預設倉號 / 批號控管. Mostly zeros and blanks, dates
formatted mm-dd-yy and m/d/yy h:mm, 異動人員 "SYSTEM" everywhere. Items, prices and stock levels:
no client, a person imports nothing. The original holds four test items; this one a dozen invented
steel items in the same shape. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("items-zh-tw-steelerp")
HEADERS = ["型號", "品名規格", "厚度", "寬度", "長度", "單位", "成本基準", "公式編號", "單位重", "密度", "類別", "進價",
           "售價", "異動日期", "安全數量", "安全總數", "發票型號", "備註", "材質編號", "異動人員", "異動時間",
           "DataComeFrom", "規格", "廠別編號", "序號", "圖形編號", "圖形內容", "本倉數量", "本倉總數", "寄倉數量",
           "寄倉總數", "成本類別", "外徑", "管厚", "CAD圖檔", "英文品名", "內箱", "中箱", "外箱", "外箱材積", "外箱淨重",
           "外箱毛重", "內R角", "顏色", "漆種", "鍍層", "抗拉強度", "內徑", "寬度一", "銷貨品名", "建檔日期", "漆種編號",
           "鍍層編號", "抗拉強度編號", "色碼", "正面漆種", "背面漆種", "正面漆膜厚", "背面漆膜厚", "包裝方式", "庫存控管",
           "預設倉號", "批號控管"]
assert len(HEADERS) == 63
ITEMS = [("GI", "鍍鋅鋼捲", 0.5, 1219), ("GL", "鍍鋁鋅鋼捲", 0.45, 914), ("PP", "烤漆鋼板", 0.4, 1219),
         ("CR", "冷軋鋼捲", 1.0, 1250), ("HR", "熱軋鋼板", 3.0, 1524), ("SS", "不銹鋼板304", 1.5, 1219),
         ("CC", "C型鋼", 2.3, 150), ("SQ", "方管", 1.6, 50), ("RP", "圓管", 2.0, 60), ("ANG", "角鐵", 5.0, 50),
         ("PP", "烤漆浪板", 0.35, 760), ("GI", "鍍鋅鋼片", 0.8, 610)]
SOURCE = "DGCST2019_宏昇鋼品ERP"

wb = workbook()
ws = wb.active
ws.title = "老公公轉出"
ws.append(HEADERS)
day = datetime.datetime(2026, 4, 14)
used = {}
for k, (code, name, thick, width) in enumerate(ITEMS):
    used[code] = used.get(code, 0) + 1
    model = f"{code}{thick:g}-{width}" if k % 3 else f"{code}{used[code]:02d}"
    day += datetime.timedelta(days=f.r.randint(0, 5))
    changed = day + datetime.timedelta(days=f.r.randint(0, 12), hours=f.r.randint(8, 18), minutes=f.r.randint(0, 59),
                                       seconds=f.r.randint(0, 59))
    length = f.pick([0, 0, 2440, 3048, 6000])
    cost = f.pick([0, 0, 25, 28, 31, 42, 55])
    stock = f.pick([0, 0, 0, 5, 12, 33])
    key = "051_1~" + "".join(f.pick("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    spec = f"{thick:6.2f}{float(width if k % 2 else 0):7.1f}{float(length):7.1f}"
    row = [model, name, thick if k % 2 else 0, width if k % 2 else 0, length, None, 1, None, 0, 0, None, cost, 0,
           day, 0, 0, None, None, None, "SYSTEM", changed, SOURCE, spec, None, key, None, None, stock,
           round(stock * f.pick([10.8, 12.86, 357 / 33]), 2), 0, 0, 0, 0, 0, None, None, 0, 0, 0, 0, 0, 0, None,
           f.pick([None, None, 1]), None, None, None, 0, 0, None, None if k == 0 else day, None, None, None, None, None,
           None, 0, 0, None, f.pick([None, "Y", "N"]), f.pick([None, "A1", "A2"]), f.pick([None, "Y", "N"])]
    if k == 0:
        row[48] = 111111111111111
        row[51:60] = [2, 1, 1, 222, "B", "A", 10, 20, "C"]
    ws.append(row)
    ws.cell(ws.max_row, 14).number_format = "mm-dd-yy"
    ws.cell(ws.max_row, 21).number_format = "m/d/yy h:mm"
    if row[50] is not None:
        ws.cell(ws.max_row, 51).number_format = "m/d/yy h:mm"
save(wb, "items-zh-tw-steelerp.xlsx")
