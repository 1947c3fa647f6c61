"""
Shape of the product sheet behind a Taiwanese web-design course's 3C shop site (tablets, phones, cameras,
lenses, laptops, desktops, monitors copied from a shopping site), as justinhsieh/web-design keeps it
("資料.xlsx", commit 6395903420e81e7865393528d9aa0e7c25669017).

- One sheet, 工作表1, A1:J37. Column A holds a row number stored as a float, header row included (1.0 beside
  the headers, then 2.0 … 37.0). Headers: 商品名稱 / 品牌 / 顏色 / 售價 / 商品功能 / 商品介紹：款式 /
  商品介紹：類型 / 商品介紹：規格 / 商品網址.
- 36 products grouped by kind (平板, 手機, 單眼, 微單眼, 單眼鏡頭, 數位相機, 筆電, 主機, 螢幕): a name with a leading
  space on some, the brand, colours run together ('黑色白色綠色'), the price as a number formatted #,##0, three
  selling points on three lines in one cell ('1200 萬像素廣角相機', '3,300萬像素…'), the style, the type ('WIFI',
  '5G', '全幅 / CMOS', '無觸控螢幕'), a long multi-line spec text or 'specs per the maker's site: <url>', the
  shop's product URL. Wide columns B, F, I, J.
Values invented: product names, brands, prices, texts, URLs (example.com).
A product catalogue: a person imports nothing.
"""
from openpyxl.styles import Alignment

from fake import Fake, workbook, save

f = Fake("products-zh-tw-3cshop")
BRANDS = ["Lumeo", "Korvin", "Astera", "Nimbo", "Vexa", "Orra", "Tessel", "Quill"]
KINDS = [
    ("平板", 4, ["WIFI"], ["11吋", "128 GB", "M3 晶片", "1200 萬像素廣角相機", "抗反射鍍膜"], (11000, 36000), "平板電腦"),
    ("手機", 8, ["5G"], ["A18 晶片", "防潑、抗水與防塵 IP68等級", "5000 萬像素主鏡頭", "6.3吋 OLED 螢幕", "支援 AI 修圖"], (18000, 38000), "手機"),
    ("單眼", 2, ["全幅 / CMOS"], ["3,300萬像素35mm全片幅", "錄影即時自動追蹤", "先進影像處理器"], (44000, 62000), "單眼相機"),
    ("微單眼", 2, ["全幅 / CMOS", "APS-C CMOS"], ["4020萬畫素", "3吋傾斜式觸控螢幕", "總代理公司貨"], (50000, 135000), "微單眼"),
    ("單眼鏡頭", 4, ["超望遠變焦", "望遠定焦", "超廣角變焦", "標準定焦"], ["奈米鍍膜", "1:1 微距", "防塵防水滴", "三年保固（需回函）"], (14000, 57000), "鏡頭"),
    ("數位相機", 4, ["1/1.7吋 CMOS", "APS-C CMOS", "1/2.3吋 CMOS", "1/3吋CMOS"], ["4K超高清錄影", "2090萬有效像素", "觸控螢幕操作"], (14000, 40000), "數位相機"),
    ("筆電", 4, ["無觸控螢幕", "觸控螢幕"], ["第13代i7處理器", "14吋 2.2K 低藍光螢幕", "三年保固", "144Hz更新率"], (23000, 40000), "筆電"),
    ("主機", 4, ["家用桌上型", "電競桌上型", "商用桌上型"], ["可擴充至64G DDR5", "RTX 獨立顯示卡", "高穩定性、高擴充"], (8800, 170000), "電腦"),
    ("螢幕", 4, ["無觸控螢幕"], ["IPS 1ms 反應時間", "240Hz 更新率", "支援VESA壁掛", "三年原廠保固"], (2600, 20000), "電競螢幕"),
]
COLOURS = ["黑色", "白色", "銀色", "灰色", "藍色", "綠色", "粉紅色", "紫色", "曜石黑"]

wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append([1.0, "商品名稱", "品牌", "顏色", "售價", "商品功能", "商品介紹：款式", "商品介紹：類型", "商品介紹：規格", "商品網址"])
n = 2
for kind, count, types, points, (lo, hi), noun in KINDS:
    for i in range(count):
        brand = f.pick(BRANDS)
        model = f"{brand} {f.pick(['X', 'Z', 'Pro', 'Air', 'S', 'G'])}{f.r.randrange(2, 99)}"
        name = f"{model} {noun}" if f.chance(0.6) else f"{model}({f.pick(['128G', '256G', '512G', '14吋', '27型'])}) {noun}"
        if f.chance(0.15):
            name = " " + name
        colours = "".join(f.r.sample(COLOURS, f.pick([1, 1, 2, 3])))
        price = float(f.r.randrange(lo, hi) // 10 * 10 + f.pick([0, 8, 9]))
        feat = "\n".join(f.r.sample(points, 3))
        if f.chance(0.5):
            spec = f"實際規格依{brand}原廠公告為準:https://www.example.com/{brand.lower()}/tw"
        else:
            spec = f"型號：{brand[:2].upper()}-{f.r.randrange(100, 999)}\n" + "\n".join(f.r.sample(points, 2)) + "\n"
        url = f"https://shop.example.com/goods/GoodsDetail.jsp?i_code={f.r.randrange(10000000, 14000000)}"
        ws.append([float(n), name, brand, colours, price, feat, kind, f.pick(types), spec, url])
        ws.cell(n, 5).number_format = "#,##0"
        for c in (6, 9):
            ws.cell(n, c).alignment = Alignment(wrap_text=True)
        n += 1
for col, w in {"A": 6.38, "B": 43.88, "D": 17.25, "F": 25.38, "I": 157.5, "J": 72.75}.items():
    ws.column_dimensions[col].width = w
save(wb, "products-zh-tw-3cshop.xlsx")
