"""
Shape of a menswear brand's stock export per shop and warehouse, as in Verten/CRM "库存.xlsx" (Excel;
the brand's stock tool writes and reads it): sheet '商品库存数据分析' with one row per warehouse ×
article × colour × size: 区域名称 / 仓库名称 (a shop named province + city + mall or street + shop type,
an online-store warehouse like '唯品会-成都', or a head-office warehouse) / 商品年份 / 波段名称 /
季节名称 / 大类名称 / 中类名称 / 类型名称 / 商品代码 / 色号代码 / 色号名称 / 尺码名称 / 数量. Every
code and size is text ('2015', '10.2', '08', '50', 'OF'), the quantity a number (some 0 and -1). A
second sheet holds a pivot of the stock per shop of one region (region shown once, a region total
and a grand total), the third is empty. The real export has 12,000 lines; this one about 3,000.
Values invented: shop names, article codes, colours and quantities.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("inventory-zh-cn-menswearstock")

REGIONS = [  # region, provinces with cities and shopping places
    ("华中", [("湖北", ["武汉", "荆州", "宜昌"]), ("湖南", ["长沙", "常德", "衡阳"])]),
    ("广东", [("广东", ["广州", "深圳", "佛山", "东莞"])]),
    ("北方", [("辽宁", ["大连", "抚顺"]), ("河北", ["唐山"]), ("安徽", ["芜湖"])]),
    ("西南", [("四川", ["成都", "南充", "绵阳"])]),
    ("广西", [("广西", ["南宁", "桂林", "柳州"])]),
    ("福建", [("福建", ["福州", "厦门", "莆田", "漳州"])]),
    ("山东", [("山东", ["威海", "德州"])]),
]
PLACES = ["万达广场店中店", "步行街专卖店", "天虹专柜", "新世界百货专柜", "解放路专卖店", "吾悦广场店中店", "大洋百货专柜",
          "中山路专卖店", "凯德广场店中店", "商业城专卖店"]
ARTICLES = [  # big class, middle class, type, size run
    ("男上装", "长袖", "长袖毛衣", ["48", "50", "52", "54", "56"]), ("男上装", "外套", "羽绒服", ["48", "50", "52", "54", "56"]),
    ("男下装", "长裤", "休闲裤", ["29", "30", "31", "32", "33", "34"]), ("男上装", "长袖", "长袖休闲衬衫", ["48", "50", "52", "54"]),
    ("男上装", "外套", "茄克衫", ["48", "50", "52", "54", "56"]), ("男上装", "外套", "棉衣", ["48", "50", "52", "54"]),
    ("配饰", "配件", "围巾", ["OF"]), ("男下装", "长裤", "牛仔裤", ["29", "30", "31", "32", "33"]),
    ("男上装", "外套", "羽绒马甲", ["50", "52", "54"]), ("男下装", "长裤", "针织裤", ["30", "32", "34"]),
    ("男上装", "外套", "休闲西服", ["48", "50", "52"]),
]
COLOURS = [("04", "深蓝"), ("14", "宝蓝"), ("05", "深红"), ("01", "深黑"), ("07", "深绿"), ("54", "湖水蓝"), ("08", "金黄"),
           ("48", "卡其"), ("15", "暗红"), ("03", "深灰"), ("02", "漂白"), ("45", "酒红")]
WAVES = {"秋季": ["8.1", "8.2", "9.1", "9.2", "10.1", "10.2"], "冬季": ["11.1", "11.2", "11.3", "12.1"], "夏季": ["3.1"]}

# An article catalogue: code = year digit + season digit + class letter + serial.
catalogue = []
for k in range(60):
    big, mid, kind, sizes = f.pick(ARTICLES)
    year = f.pick(["2015"] * 14 + ["2014"] + ["2013"])
    season = "冬季" if kind in ("羽绒服", "棉衣", "羽绒马甲") else f.pick(["秋季", "冬季", "冬季"] + (["夏季"] if k % 20 == 0 else []))
    wave = "未定义" if big == "配饰" else f.pick(WAVES[season])
    code = f._unique(lambda: f"{year[-2:]}{f.pick('345')}{f.pick('BCD')}{f.r.randrange(1000, 9999):04d}{f.r.randrange(10, 99)}")
    colours = f.r.sample(COLOURS, f.pick([1, 2, 2, 3]))
    catalogue.append((year, wave, season, big, mid, kind, code, colours, sizes))

warehouses = []
for region, provinces in REGIONS:
    names = set()
    for prov, cities in provinces:
        for city in cities:
            for place in f.r.sample(PLACES, f.pick([1, 2, 2, 3])):
                names.add(f"{prov}{city}{place}")
    warehouses += [(region, n) for n in sorted(names)]
warehouses += [("电商", f"唯品会-{c}") for c in ["成都", "广州", "北京"]] + [("总部", "总部正品仓"), ("总部", "总部次品仓")]
warehouses += [("营销", "营销部样衣仓")]

rows = []
for region, wh in warehouses:
    stocked = f.r.sample(catalogue, f.r.randrange(6, 14))
    for year, wave, season, big, mid, kind, code, colours, sizes in sorted(stocked, key=lambda a: (a[0], a[1], a[6]), reverse=True):
        for colour_code, colour in colours:
            for size in sizes:
                if f.chance(0.3):
                    continue
                qty = f.pick([1] * 12 + [2] * 10 + [3] * 6 + [4] * 3 + [5, 6, 7, 8, 0, -1])
                rows.append((region, wh, year, wave, season, big, mid, kind, code, colour_code, colour, size, qty))

wb = workbook()
ws = wb.active
ws.title = "商品库存数据分析"
HEAD = ["区域名称", "仓库名称", "商品年份", "波段名称", "季节名称", "大类名称", "中类名称", "类型名称", "商品代码", "色号代码", "色号名称",
        "尺码名称", "数量"]
for c, h in enumerate(HEAD, 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, row in enumerate(rows, 2):
    for c, v in enumerate(row, 1):
        ws.cell(r, c, v)
for col, width in zip("ABCDEFGHIJKLM", [9, 34, 9, 9, 9, 9, 9, 13, 13, 9, 9, 9, 7]):
    ws.column_dimensions[col].width = width

pivot = wb.create_sheet("Sheet2")
pivot.append(["区域名称", "仓库名称", "求和项:数量"])
fujian = [(wh, sum(r[12] for r in rows if r[1] == wh)) for region, wh in warehouses if region == "福建"]
for k, (wh, total) in enumerate(fujian):
    pivot.append(["福建" if k == 0 else None, wh, total])
grand = sum(t for _, t in fujian)
pivot.append(["福建 汇总", None, grand])
pivot.append(["总计", None, grand])
for c in range(1, 4):
    pivot.cell(1, c).font = Font(bold=True)
pivot.column_dimensions["B"].width = 30

wb.create_sheet("Sheet3")
save(wb, "inventory-zh-cn-menswearstock.xlsx")
