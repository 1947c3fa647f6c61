"""
Shape of xenokhrist/supersector "Sellers.xlsx" (commit 54ff01d807cd48ca820e3f7630b4d3003ffb0a67):
the exhibitor list of a Chinese export-brand trade fair in Jakarta, exported by the organiser's
BI tool (Apache POI) for its sales team: English headers over mostly Chinese values. The exhibitors
are the organiser's clients; each has a sales clerk (account manager) and a customer-service rep.

- "cmpany_list": header on row 1, 31 columns: code (S + 8 digits) / Company name (English trade
  name, blank on two rows in five, capitals, no-break spaces or a trailing space on some) /
  Company registered name (the Chinese legal name, or "PT. ..." for Indonesian exhibitors) /
  Exhibition ID and Project name (the same on every row) / Booth (a number under a
  ###,###,##0 format, 0-4, a few blank) / Stand_no (one or several stand codes joined by commas)
  / Exhibition area / Exhibited products (Chinese) / T1 / Exhibition start/end time (text) /
  Service type (the package bought: 展商版, AI慧展标准版, O2O版 ...) / tag / a second T1 / T2 / T3
  ('|'-joined category paths, blank on two rows in five) / International station link / Clerk
  (the sales clerk, Chinese names, an Indonesian name for the local exhibitors) / Region (the
  organiser's sales region, "项目管理部Project Management Department" for the local ones) /
  Province / City / District (印尼 three times for Indonesian exhibitors) / Customer service /
  seven "Matching pre registered buyers" counts (numbers, blank where the tag columns are).
  One exhibitor in about fifteen fills two or three rows (one per product line, booth count
  differing); rows mostly in code order with stragglers at the end.
- "cmpany_list_过滤条件": the BI tool's filter conditions (且 / 过滤组件, merged A1:A2 and B1:B2,
  two conditions in C1:C2).
Original 1,000 rows; here 300. Values invented.
"""
import string

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("exhibitors-en-cn-tradefair")
PLACES = [("浙江省", "嘉兴市", ["秀洲区", "南湖区", "桐乡市"], "Jiaxing", "浙江大区"),
          ("浙江省", "宁波市", ["余姚市", "北仑区", "奉化区", "慈溪市"], "Ningbo", "宁波大区"),
          ("浙江省", "金华市", ["武义县", "浦江县", "义乌市", "永康市"], "Jinhua", "浙江大区"),
          ("浙江省", "绍兴市", ["柯桥区", "嵊州市", "诸暨市"], "Shaoxing", "浙江大区"),
          ("浙江省", "台州市", ["黄岩区", "温岭市", "路桥区"], "Taizhou", "台州大区"),
          ("浙江省", "温州市", ["瓯海区", "乐清市"], "Wenzhou", "浙江大区"),
          ("广东省", "佛山市", ["南海区", "顺德区", "禅城区"], "Foshan", "佛山大区"),
          ("广东省", "广州市", ["南沙区", "番禺区", "白云区"], "Guangzhou", "南沙大区"),
          ("广东省", "中山市", ["古镇镇", "小榄镇"], "Zhongshan", "南沙大区"),
          ("广东省", "深圳市", ["宝安区", "龙岗区"], "Shenzhen", "南沙大区"),
          ("江苏省", "苏州市", ["吴江区", "常熟市"], "Suzhou", "宁波大区")]
WEIGHTS = [8, 7, 6, 5, 4, 2, 12, 9, 5, 3, 2]
B1 = [("瑞", "Rui"), ("恒", "Heng"), ("佳", "Jia"), ("博", "Bo"), ("鑫", "Xin"), ("华", "Hua"), ("盛", "Sheng"),
      ("永", "Yong"), ("金", "Jin"), ("鸿", "Hong"), ("天", "Tian"), ("明", "Ming"), ("旭", "Xu"), ("东", "Dong"),
      ("润", "Run"), ("嘉", "Jia"), ("亿", "Yi"), ("凯", "Kai")]
B2 = [("丰", "feng"), ("信", "xin"), ("禾", "he"), ("远", "yuan"), ("达", "da"), ("耀", "yao"), ("辉", "hui"),
      ("安", "an"), ("诚", "cheng"), ("运", "yun"), ("宇", "yu"), ("泰", "tai"), ("日", "ri"), ("升", "sheng"),
      ("邦", "bang"), ("利", "li")]
SECTORS = [("家居用品", "Household Products", "Homelife", "Homelife", ["家居日用品", "收纳用品", "厨房用具", "发卷"],
            ("Homelife", "Home & Garden", "Household Cleaning Tools & Accessories"), ["Cleaning Brushes", "Storage Boxes", "Kitchen Towels"]),
           ("电器", "Electric Appliance", "Home Appliances", "Electronics & Appliances", ["剃须刀", "插头插座", "其他家电配件", "电风扇"],
            ("Electronics & Appliances", "Home Appliances", "Small Kitchen Appliances"), ["Electric Kettles", "Plugs & Sockets", "Fans"]),
           ("服装", "Garment", None, "Textiles & Garments", ["其他服装", "运动服装", "绣花", "其他服装面料"],
            ("Textiles & Garments", "Apparel", "Sportswear"), ["Sports Jackets", "Embroidered Fabric", "T-Shirts"]),
           ("建材", "Building Materials", "Building Materials", "Building Materials", ["幕墙玻璃", "瓷砖", "木纹地板", "门窗"],
            ("Building Materials", "Construction & Real Estate", "Door, Window & Accessories"), ["Woodgrain Vinyl", "Floor Tiles", "Aluminium Windows"]),
           ("家具", "Furniture", None, "Furniture & Decoration", ["户外家具", "办公椅", "沙发"],
            ("Furniture & Decoration", "Furniture", "Outdoor Furniture"), ["Outdoor Tables", "Garden Chairs", "Office Chairs"]),
           ("机械", "Machinery", "Industrial Machinery", "Industrial Machinery", ["包装机", "注塑机", "食品机械"],
            ("Industrial Machinery", "Food & Beverage Machinery", "Packaging Machines"), ["Sealing Machines", "Filling Machines"]),
           ("照明", "Lighting", "Electronics", "Electronics & Appliances", ["LED屏", "LED灯", "灯具配件"],
            ("Electronics & Appliances", "Lights & Lighting", "LED Displays"), ["LED Panels", "Street Lights"]),
           ("食品", "Food", "Homelife", "Homelife", ["面包", "水果罐头", "糖果"],
            ("Homelife", "Food & Beverage", "Canned Food"), ["Canned Fruit", "Biscuits", "Candy"])]
ID_WORDS = ["Sinar", "Maju", "Jaya", "Abadi", "Cahaya", "Sentosa", "Mitra", "Karya", "Prima", "Sejahtera", "Bintang"]
SERVICES = ["展商版", "AI慧展标准版", "O2O版", "展商版", "AI慧展标准版", "海外版", "AI慧展高级版"]
clerks = [f.name_cn() for _ in range(80)]
service_reps = [f.name_cn() for _ in range(10)]
ID_CLERK = "Dewi Lestari"


def weighted_place():
    x = f.r.uniform(0, sum(WEIGHTS))
    for p, w in zip(PLACES, WEIGHTS):
        x -= w
        if x <= 0:
            return p
    return PLACES[-1]


def stand():
    hall = f.pick("ABCD") + str(f.r.randrange(1, 4)) + f.pick("ABCDEFGHJK")
    return f"{hall}{f.r.randrange(1, 3)}{f.r.randrange(0, 2)}{f.r.randrange(1, 10)}"


companies = []
for i in range(282):
    code = f._unique(lambda: f"S{f.r.randrange(10000000, 19100000)}")
    sector = f.pick(SECTORS)
    if f.chance(0.07):
        reg = "PT. " + " ".join(f.r.sample(ID_WORDS, 2)) + f.pick([" Indonesia", " Internasional", ""])
        place = ("印尼", "印尼", "印尼", None, "项目管理部Project Management Department")
        en = None
        clerk = ID_CLERK
    else:
        prov, city, districts, city_py, region = weighted_place()
        (c1, p1), (c2, p2) = f.pick(B1), f.pick(B2)
        reg = f._unique(lambda: f"{city[:-1]}{f.pick(B1)[0]}{c2}{sector[0]}有限公司")
        brand = f"{p1}{p2}"
        cn_brand = reg[len(city) - 1:len(city) + 1]
        brand = dict(B1)[cn_brand[0]] + dict(B2)[cn_brand[1]]
        place = (prov, city, f.pick(districts), city_py, region)
        en = None
        if f.chance(0.6):
            en = f"{city_py} {brand} {sector[1]} Co., Ltd."
            if f.chance(0.25):
                en = en.upper().replace(" CO., LTD.", " CO.,LTD")
            if f.chance(0.1):
                en = en.replace(" ", "\u00a0", 2)
            if f.chance(0.08):
                en += " "
        clerk = f.pick(clerks)
    companies.append(dict(code=code, en=en, reg=reg, sector=sector, place=place, clerk=clerk,
                          service=f.pick(SERVICES), rep=f.pick(service_reps),
                          stands=",".join(stand() for _ in range(f.pick([1, 1, 1, 1, 2, 2, 3, 5])))))

companies.sort(key=lambda c: c["code"])
rows = []
for c in companies:
    n = 1 if f.r.random() > 0.065 else f.pick([2, 2, 3])
    for k in range(n):
        rows.append((c, k))
# a few stragglers moved to the end, as in the export
for _ in range(6):
    rows.append(rows.pop(f.r.randrange(len(rows) - 20)))

wb = workbook()
ws = wb.active
ws.title = "cmpany_list"
header = ["code", "Company name", "Company registered name", "Exhibition ID", "Project name", "Booth", "Stand_no",
          "Exhibition area", "Exhibited products", "T1", "Exhibition start time", "Exhibition end time",
          "Service type", "tag", "T1", "T2", "T3", "International station link", "Clerk", "Region", "Province", "City",
          "District", "Customer service", "Matching pre registered buyers-tag",
          "Matching pre registered VIP buyers-tag", "Matching pre registered bill buyers-tag",
          "Matching pre registered intended buyers-tag", "Matching pre registered contacted buyers-tag",
          "Matching pre registered buyers-T1", "Matching pre registered intended buyers-T1"]
for j, h in enumerate(header):
    ws.cell(1, j + 1, h).font = Font(bold=True)
tagged = {c["code"]: f.chance(0.6) for c in companies}
for i, (c, k) in enumerate(rows):
    r = i + 2
    sec = c["sector"]
    prov, city, district, _, region = c["place"]
    vals = [c["code"], c["en"], c["reg"], "152683595067", "2025年第十届中国（印尼）出口品牌联展", None,
            c["stands"] if not f.chance(0.025) else None, sec[2] if (sec[2] and f.chance(0.9)) else None,
            f.pick(sec[4]) if f.chance(0.985) else None, sec[3], "2025-11-26 00:00:00", "2025-11-29 00:00:00",
            c["service"]]
    if tagged[c["code"]]:
        vals += ["|".join(f.r.sample(sec[6], f.r.randrange(1, len(sec[6]) + 1))), sec[5][0], sec[5][1], sec[5][2]]
    else:
        vals += [None, None, None, None]
    link = None
    if c["en"]:
        slug = "-".join("".join(ch for ch in w if ch.isalnum()) for w in c["en"].replace("\u00a0", " ").split())
        link = f"https://www.tradechina.com/supplier/{slug}_1000000{f.r.randrange(10000, 99999)}.html"
    vals += [link, c["clerk"], region, prov, city, district, c["rep"] if f.chance(0.995) else None]
    for j, v in enumerate(vals):
        if v is not None:
            ws.cell(r, j + 1, v)
    if f.chance(0.985):
        booth = ws.cell(r, 6, f.pick([1, 1, 1, 2, 2, 0, 4]) if k == 0 else f.pick([0, 2]))
        booth.number_format = "###,###,###,###,###,##0"
    if tagged[c["code"]]:
        for j, v in enumerate([f.r.randrange(0, 40), f.r.randrange(0, 8), f.r.randrange(0, 12), 0, 0,
                               f.pick([995, 1419, 1630, 1852, 2538]), f.r.randrange(0, 5)]):
            ws.cell(r, 25 + j, v)
for col, w in zip("ABCDEFGH", [14, 22, 33, 23, 22, 15, 18, 25]):
    ws.column_dimensions[col].width = w

fs = wb.create_sheet("cmpany_list_过滤条件")
fs["A1"], fs["B1"] = "且", "过滤组件"
fs["C1"] = "【Project name·exbitition_name】属于\"2025年第十届中国（印尼）出口品牌联展\""
fs["C2"] = "【Exhibition start time·展会开始时间】属于\"2025.1.1-2025.12.31\""
fs.merge_cells("A1:A2")
fs.merge_cells("B1:B2")

save(wb, "exhibitors-en-cn-tradefair.xlsx")
print(len(rows), len(companies))
