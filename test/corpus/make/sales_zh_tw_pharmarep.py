"""
Shape of GibsonFu/patient "GM-業績 (3).xlsx" (at commit 4ca3be8): a Taiwanese pharmaceutical
company's sales-performance workbook for its GM sales division, as the sales office circulates it.
Four sheets:
- DATA: the sales ledger under a one-row header of 29 columns — 年, 季, 月, 年月 (text), 日期 (invoice
  date as eight-digit text), 發票號碼, 鼎新客編 (ERP customer code, text), 客戶名稱 (short hospital names),
  通路 (醫學中心 / 區域醫院 / 地區醫院 / 診所 / 健保藥局), 體系名稱 (the hospital group, often empty), 縣市 (city
  and district), 處別, 區域 (GMN/GMC/GMS), 業代碼, 業代名稱 (the rep), 類別, 產品系列, 產品名稱, 品號, 製造廠,
  數量(盒), 單價, 業績數量, 業績金額, 備註說明(…), 出貨庫別, 批號, 效期 (eight-digit text), 目標金額. Rows of
  last year's invoice lines (every column but the target), then this year's monthly targets per
  customer and product (year, quarter, month, customer, channel, rep, product and the target amount
  only). Numbers in accounting formats, codes and dates as text.
- 出貨明細: a pivot of quantities and amounts per rep, customer, class and product by month, under a
  page-filter row (區域 (全部)) and a 年月 caption; the rep, customer and class written only on a
  group's first row; "(空白)" as a month column.
- 達成率(GM) and 達成率(GM 各業代): pivots of sales, target and achievement ratio per class and product
  series (and per rep) by month with quarter subtotals, under a 年 2026 filter, a 季 / 年月 / 數值 caption
  row and two rows of column captions.
Not client data: a sales ledger and its pivots, which a rep might feed in by mistake. Values
invented (the original holds the company's real customers, reps, products and figures; fewer rows
here). Written by openpyxl; the pivots are written as the values Excel shows.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Font

f = Fake("sales-zh-tw-pharmarep")

ACC = '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'
PLACES = [("台北市", ["北投區", "中正區", "大安區", "萬華區"]), ("新北市", ["板橋區", "新店區"]), ("桃園市", ["桃園區", "中壢區"]),
          ("新竹市", ["北區", "東區"]), ("台中市", ["北區", "南區", "西屯區"]), ("彰化縣", ["員林市", "彰化市"]),
          ("嘉義市", ["西區"]), ("台南市", ["永康區", "東區"]), ("高雄市", ["苓雅區", "左營區"]), ("屏東縣", ["內埔鄉", "屏東市"])]
STEMS = ["仁濟", "安康", "博愛", "福民", "慈心", "康寧", "聖恩", "信義", "長安", "宏恩", "德生", "永和", "光明", "新生", "普仁",
         "同心", "惠民", "弘道", "德安", "佑心", "榮民", "明仁"]
SHAPES = ["{s}醫院", "{c}{s}", "{s}紀念醫院", "{c}{s}分院", "{s}附醫(急重症)", "{s}身心診所", "{c}市立{s}", "{s}藥局"]
CHANNELS = ["醫學中心", "區域醫院", "區域醫院", "地區醫院", "地區醫院", "地區醫院", "診所(含門前藥局)", "健保藥局"]
GROUPS = [None, None, None, "部標", "北市", "榮總", "慈心", "宏恩", "軍標", "台大"]
PRODUCTS = [("A1", "Calmex", "Calmex 5mg 安眠寧 500's/BX", "東竹-明德", 6.8), ("A1", "Seradol", "Seradol F.C. 100mg 舒樂 100's/BX", "南光", 11.3),
            ("A1", "Lactol Supp", "Lactol Supp 10mg 潤腸栓劑 100's/BX", "明德", 4.0), ("A2", "Tonep", "Tonep 25mg 寧安(BX) 1000's/BX", "東竹-健亞", 0.7),
            ("A1", "Dormil", "Dormil 30mg 安眠多 100's/BT", "東竹-杏林新生", 3.4), ("E", "Trinil", "Trinil 25mg 妥寧 1000's/BX", "東竹-健喬信元", 1.6),
            ("A1", "Epilex", "Epilex 300mg 易平 100's/BX", "東竹-歐帕", 2.1), ("A2", "Mirpax", "Mirpax 15mg 美沛 30's/BX", "南光", 9.9)]
REMARKS = ["健保調降之庫存價差", "重開發票(不出貨)", "12月業績調整至(2026-1月)", "價差補折讓", "不良品(短少、破損)"]
WAREHOUSES = ["裕利出貨-3PL(東竹發票)", "裕利出貨-3PL(東竹發票)", "裕利出貨-4PL(裕利發票)"]

reps = []
for region, codes in [("GMN", ["GM11", "GM12", "GM13"]), ("GMC", ["GM21", "GM22"]), ("GMS", ["GM31", "GM32", "GM33"])]:
    for code in codes:
        reps.append((region, code, f.name_tw()))

customers = []
for region, code, rep in reps:
    for _ in range(f.r.randrange(3, 6)):
        city, districts = f.pick(PLACES)
        name = f._unique(lambda: f.pick(SHAPES).format(s=f.pick(STEMS), c=city[:2]))
        erp = f._unique(lambda: f.pick("CCCFFB") + f"{f.r.randrange(1, 80):04d}" + f.pick(["00", "02", "03"]))
        customers.append(dict(name=name, erp=erp, channel=f.pick(CHANNELS), group=f.pick(GROUPS),
                              place=city + f.pick(districts), region=region, code=code, rep=rep))

HEADER = ["年", "季", "月", "年月", "日期", "發票號碼", "鼎新客編", "客戶名稱", "通路", "體系名稱", "縣市", "處別", "區域", "業代碼", "業代名稱",
          "類別", "產品系列", "產品名稱", "品號", "製造廠", "數量(盒)", "單價", "業績數量", "業績金額", "備註說明(健保調降之庫存價差/折讓/退貨)",
          "出貨庫別", "批號", "效期", "目標金額"]
TEXT = {0, 2, 3, 4, 6, 18}

ledger = []
invoice = 9205868
for month in range(1, 13):
    for c in f.r.sample(customers, 14):
        for cls, series, product, maker, price in f.r.sample(PRODUCTS, f.r.randrange(1, 3)):
            boxes = f.pick([2, 5, 10, 12, 20, 30, 50])
            units = boxes * (100 if "100's" in product else 500 if "500's" in product else 30 if "30's" in product else 1000)
            day = datetime.date(2025, month, 1) - datetime.timedelta(days=f.r.randrange(0, 3)) if f.chance(0.3) else datetime.date(2025, month, f.r.randrange(1, 28))
            invoice += f.r.randrange(2, 9)
            amount = round(units * price)
            ledger.append(["2025", f"Q{(month - 1) // 3 + 1}", f"{month:02d}", f"2025{month:02d}", day.strftime("%Y%m%d"),
                           f"HF{invoice:08d}", c["erp"], c["name"], c["channel"], c["group"], c["place"], "Div2", c["region"],
                           c["code"], c["rep"], cls, series, product, f"{f.r.randrange(500, 510)}{f.r.randrange(0, 10)}00", maker,
                           boxes, price, units, amount, f.pick(REMARKS) if f.chance(0.02) else None, f.pick(WAREHOUSES),
                           f"{f.r.randrange(1, 9)}{f.pick('DHG0')}{f.r.randrange(1000, 9999)}",
                           f"20{f.r.randrange(26, 28)}{f.r.randrange(1, 13):02d}{f.pick(['24', '27', '31', '30'])}", None])
targets = []
for month in range(1, 13):
    for c in customers[::3]:
        cls, series, product, maker, price = f.pick(PRODUCTS)
        targets.append(["2026", f"Q{(month - 1) // 3 + 1}", f"{month:02d}", f"2026{month:02d}", None, None, None, c["name"], c["channel"],
                        c["group"], c["place"], "Div2", c["region"], c["code"], c["rep"], cls, series, product] + [None] * 10 +
                       [f.r.randrange(400, 16000)])

wb = workbook()
ws = wb.active
ws.title = "DATA"
ws.append(HEADER)
for row in ledger + targets:
    ws.append(row)
for r in range(2, ws.max_row + 1):
    for c in TEXT:
        if ws.cell(r, c + 1).value is not None:
            ws.cell(r, c + 1).number_format = "@"
    ws.cell(r, 21).number_format = "0.00_);[Red]\\(0.00\\)"
    ws.cell(r, 22).number_format = ACC
    ws.cell(r, 23).number_format = "0_);[Red]\\(0\\)"
    ws.cell(r, 24).number_format = "0_);[Red]\\(0\\)"
    ws.cell(r, 29).number_format = ACC
ws.freeze_panes = "A2"

# Pivot of quantities and amounts per rep, customer, class and product by month.
months = [f"2025{m:02d}" for m in range(1, 13)] + ["202601"]
ps = wb.create_sheet("出貨明細")
ps["A1"], ps["B1"] = "區域", "(全部)"
ps["F3"] = "年月"
ps.append([])
for c, v in enumerate(["業代碼", "客戶名稱", "類別", "產品名稱", "數值"] + months + ["(空白)"], start=1):
    ps.cell(4, c, v)
totals = {}
for row in ledger:
    key = (row[13], row[7], row[15], row[17])
    totals.setdefault(key, {}).setdefault(row[3], [0, 0])
    totals[key][row[3]][0] += row[22]
    totals[key][row[3]][1] += row[23]
r = 5
last = (None, None, None)
for key in sorted(totals):
    for measure, idx in (("加總 - 業績數量", 0), ("加總 - 業績金額", 1)):
        shown = [key[0] if key[0] != last[0] else None, key[1] if key[1] != last[1] else None,
                 key[2] if key[:3] != last else None]
        if idx == 1:
            shown = [None, None, None]
        ps.cell(r, 1, shown[0])
        ps.cell(r, 2, shown[1])
        ps.cell(r, 3, shown[2])
        ps.cell(r, 4, key[3])
        ps.cell(r, 5, measure)
        for c, m in enumerate(months, start=6):
            if m in totals[key]:
                ps.cell(r, c, totals[key][m][idx])
        r += 1
    last = key[:3]
ps.cell(r, 1, "總計")

# Achievement pivots per class and series (and per rep) by month, with quarter subtotals.
def achievement(title, by_rep):
    ws = wb.create_sheet(title)
    ws["A2"], ws["B2"] = "年", "2026"
    off = 1 if by_rep else 0
    ws.cell(4, 3 + off, "季")
    ws.cell(4, 4 + off, "年月")
    ws.cell(4, 5 + off, "數值")
    col = 3 + off
    for q in range(1, 5):
        ws.cell(5, col, f"Q{q}")
        for m in range(3):
            ws.cell(6, col, f"2026{(q - 1) * 3 + m + 1:02d}")
            for k, cap in enumerate(["加總 - 業績金額", "加總 - 目標金額", "加總 - 達成率"]):
                ws.cell(7, col + k, cap)
            col += 3
        for k, cap in enumerate(["業績金額", "目標金額", "達成率"]):
            ws.cell(5, col + k, f"Q{q} 加總 - {cap}")
        col += 3
    heads = (["業代碼"] if by_rep else []) + ["類別", "產品系列"]
    for c, h in enumerate(heads, start=1):
        ws.cell(7, c, h)
    r = 8
    keys = sorted({(row[13] if by_rep else "", row[15], row[16]) for row in targets})
    last = (None, None)
    for rep, cls, series in keys:
        if by_rep and rep != last[0]:
            ws.cell(r, 1, rep)
        if (rep, cls) != last:
            ws.cell(r, 1 + off, cls)
        ws.cell(r, 2 + off, series)
        col = 3 + off
        for q in range(4):
            qs, qt = 0, 0
            for m in range(3):
                sale = f.r.randrange(0, 400000) if f.chance(0.85) else None
                target = f.r.randrange(5000, 250000) if series != "Dormil" else None
                ws.cell(r, col, sale)
                ws.cell(r, col + 1, target)
                if target:
                    ws.cell(r, col + 2, (sale or 0) / target)
                qs += sale or 0
                qt += target or 0
                col += 3
            ws.cell(r, col, qs)
            ws.cell(r, col + 1, qt or None)
            if qt:
                ws.cell(r, col + 2, qs / qt)
            col += 3
        last = (rep, cls)
        r += 1
    ws.cell(r, 1, "總計")


achievement("達成率(GM)", False)
achievement("達成率(GM 各業代)", True)
for ws in wb.worksheets:
    for cell in ws[1 if ws.title == "DATA" else 7]:
        if cell.value is not None:
            cell.font = Font(bold=True)

save(wb, "sales-zh-tw-pharmarep.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(ledger), "ledger rows;", len(targets), "target rows;", len(customers), "customers", reps)
