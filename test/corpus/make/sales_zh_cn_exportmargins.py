"""
Shape of quzhupeng/customer-SKU-analysis 实际上传excel/出口部单品利润明细汇总1-5月.xlsx: the export
department of a Shandong chicken-products maker summing its January-May profit per region,
customer, product and category, made in Excel, five sheets, accounting number formats.

- "分地区": one row per sales region (韩国, 欧洲, 日本, 香港, 中东) with quantity, unit price,
  amount, cost, sea and land freight, agency fee, a tonne-margin formula, margin, margin rate,
  overheads, taxes, profit before and after tax and profit per tonne.
- "分客户": 地区 / 客户名称 / 数量 / 单价 / 金额 / 成本 / 海运费 / 陆运费 / 代办费 / 吨毛利 /
  毛利, 37 overseas buyers (Japanese trading houses as 株式会社…, European food groups, Hong Kong
  and Korean importers, one Middle East group), tonne margin as =K2/C2, freight and fees empty
  for some.
- "分单品": category / product with the same figures (406 products), autofilter.
- "分大类": a pivot pasted as values under two empty rows: 行标签 and the figures per category with
  a 总计 row.
- "基础表": 1,110 lines: region, category, ordering customer, product and every figure.
Values invented.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("sales-zh-cn-exportmargins")
r = f.r
cf = CachedFormulas()
ACC = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '

JP = ["丸", "山", "光", "寿", "和", "菱", "北", "东", "中", "大", "京", "吉", "松", "富士", "樱", "宝", "明", "福"]
JP2 = ["商事", "食品", "物产", "商会", "贸易", "水产", "食研", "通商", "冷食", "淀粉"]
EU = ["旗舰", "湖边", "卡帕", "北海", "金穗", "橡树", "蓝港", "阿尔卑", "莱茵", "维京", "塔林", "诺德"]
CATS = ["电烤类", "炭烤类", "蒸煮类", "油炸类", "鸡肉调理品", "其他食品其他"]
BASE = {"电烤类": ["辣鸡胸肉", "黑椒鸡块", "辣鸡胸肉条", "椒盐腿排", "酱油味腿排", "辣味鸡尾唐扬"],
        "炭烤类": ["照烧炭烤鸡肉粒", "照烧炭烤鸡排切块", "炭烤皮串", "炭烤腿肉葱串", "炭烤腿肉块"],
        "蒸煮类": ["蒸鸡丝", "盐味海苔面包粉胸排", "迷你腿排", "蒸胸肉串+红椒+洋葱", "蒸鸡胸片"],
        "油炸类": ["胸肉天妇罗", "脆皮裹粉鸡块", "唐扬鸡块", "炸鸡翅中"],
        "鸡肉调理品": ["调味鸡腿肉", "腌制鸡胸"], "其他食品其他": ["鸡肉饺子"]}
BRANDS = ["AL", "HC", "HI", "SK", "YC", "YM", "FBI", "TS", "JP"]
REGION_W = [("日本", 0.76), ("欧洲", 0.18), ("中东", 0.04), ("香港", 0.016), ("韩国", 0.004)]


def cust_name(region):
    if region == "日本":
        k = r.random()
        if k < 0.45:
            return f._unique(lambda: f"株式会社{f.pick(JP)}{f.pick(JP2)}")
        if k < 0.9:
            return f._unique(lambda: f"{f.pick(JP)}{f.pick(JP2)}株式会社")
        return f._unique(lambda: f"{f.pick(JP)}{f.pick(['悦', '冠', '立'])}国际贸易有限公司")
    if region == "欧洲":
        return f._unique(lambda: f"{f.pick(EU)}食品{f.pick(['有限公司', '集团有限公司', '欧洲有限公司', '英国有限公司', '贸易公司', '公司'])}")
    if region == "香港":
        return f._unique(lambda: f"{f.pick(JP)}{f.pick(['农社', '邦食品(新加坡)', '博进出口'])}有限公司")
    if region == "韩国":
        return f._unique(lambda: f"{f.pick(['BGF ', '韩国赛恩', 'CJ '])}食品{f.pick(['有限公司', '商务有限公司'])}")
    return f._unique(lambda: f"{f.pick(['伊斯', '萨拉', '哈立'])}{f.pick(['兰米', '丁'])}食品集团有限公司")


customers = []
for region, n in [("日本", 22), ("欧洲", 9), ("香港", 3), ("韩国", 2), ("中东", 1)]:
    for _ in range(n):
        customers.append((region, cust_name(region), r.paretovariate(1.1)))
customers.sort(key=lambda c: c[1])

products = []
for cat in CATS:
    n = {"电烤类": 150, "炭烤类": 110, "蒸煮类": 50, "油炸类": 50, "鸡肉调理品": 44, "其他食品其他": 2}[cat]
    for _ in range(n):
        products.append((cat, f._unique(lambda: f"{f.pick(BRANDS)}{f.pick(BASE[cat])}{f.pick(['', '', '27g', '40g', '35g', '彩袋', '彩盒', '(包装改)', '20/30g', '40±3g', '(TOHO)'])}"),
                         r.uniform(14, 42)))

lines = []
weights = [c[2] for c in customers]
for _ in range(1110):
    region, cust, _w = r.choices(customers, weights=weights)[0]
    cat, prod, price = f.pick(products)
    qty = r.choice([12, 60, 1058.4, 1987.2, 2160, 2760, 3663, 3974.4, 4940, 8124, 15192, 15632.64, 34996.2, 57000])
    qty = round(qty * r.uniform(0.5, 1.5), r.choice([0, 0, 1, 2]))
    amount = round(qty * price * r.uniform(0.9, 1.1), 2)
    cost = round(amount * r.uniform(0.62, 0.95), 2)
    sea = amount * r.uniform(0.001, 0.05) if f.chance(0.92) else None
    land = amount * r.uniform(0.005, 0.02) if f.chance(0.9) else None
    agency = amount * r.uniform(0.002, 0.12) if f.chance(0.66) else None
    margin = amount - cost - (sea or 0) - (land or 0) - (agency or 0)
    overhead = amount * 0.0137
    tax = amount * 0.00425
    before = margin - overhead - tax
    income_tax = before * 0.25 if f.chance(0.9) else None
    lines.append([region, cat, cust, prod, qty, amount / qty, amount, cost, sea, land, agency, margin, margin / amount,
                  overhead, tax, before, income_tax, before - (income_tax or 0), (before - (income_tax or 0)) / qty * 1000])


def totals(rows):
    q = sum(x[4] for x in rows)
    s = lambda i: sum(x[i] or 0 for x in rows)
    amount = s(6)
    return q, amount / q, amount, s(7), s(8) or None, s(9) or None, s(10) or None, s(11), s(11) / amount, s(13), s(14), \
        s(15), s(16), s(17), s(17) / q * 1000


wb = workbook()
ws = wb.active
ws.title = "分地区"
ws.append(["地区", "数量", "单价", "金额", "成本", "海运费", "陆运费", "代办费", "吨毛利", "毛利", "毛利率", "财管销",
           "营业税金及附加", "利润总额", "所得税", "利润", "吨利"])
for k, region in enumerate(["韩国", "欧洲", "日本", "香港", "中东"]):
    t = totals([x for x in lines if x[0] == region])
    rr = k + 2
    row = [region, *t[:7], None, *t[7:]]
    for j, v in enumerate(row):
        if v is not None:
            ws.cell(rr, j + 1, v).number_format = ACC
    cf.formula(ws, f"I{rr}", f"=J{rr}/B{rr}", t[7] / t[0])

cs = wb.create_sheet("分客户")
cs.append(["地区", "客户名称", "数量", "单价", "金额", "成本", "海运费", "陆运费", "代办费", "吨毛利", "毛利"])
for k, (region, cust, _w) in enumerate(customers):
    mine = [x for x in lines if x[2] == cust]
    rr = k + 2
    if not mine:
        q, amount, cost = 12, 172.51, 304.86
        row = [region, cust, q, amount / q, amount, cost, None, None, None, None, amount - cost]
        margin = amount - cost
    else:
        t = totals(mine)
        margin = t[7]
        row = [region, cust, t[0], t[1], t[2], t[3], t[4], t[5], t[6], None, margin]
    for j, v in enumerate(row):
        if v is not None:
            cs.cell(rr, j + 1, v).number_format = ACC if j not in (6, 7, 8) else "General"
    cf.formula(cs, f"J{rr}", f"=K{rr}/C{rr}", margin / row[2])

ps = wb.create_sheet("分单品")
ps.append(["物料基本分类", "物料名称", "数量", "单价", "金额", "成本", "海运费", "陆运费", "代办费", "吨毛利", "毛利"])
rr = 2
for cat, prod, _p in sorted(products, key=lambda p: (p[0], p[1])):
    mine = [x for x in lines if x[3] == prod]
    if not mine:
        continue
    t = totals(mine)
    for j, v in enumerate([cat, prod, t[0], t[1], t[2], t[3], t[4], t[5], t[6], None, t[7]]):
        if v is not None:
            ps.cell(rr, j + 1, v).number_format = ACC
    cf.formula(ps, f"J{rr}", f"=K{rr}/C{rr}", t[7] / t[0])
    rr += 1
ps.auto_filter.ref = f"A1:K{rr - 1}"

gs = wb.create_sheet("分大类")
gs["A3"] = "行标签"
for j, h in enumerate(["数量", "单价", "金额", "成本", "海运费", "陆运费", "代办费", "毛利", "毛利率", "财管销",
                       "营业税金及附加", "利润总额", "所得税", "利润", "吨利"]):
    gs.cell(3, j + 2, h)
k = 4
for cat in CATS:
    mine = [x for x in lines if x[1] == cat]
    if mine:
        gs.append([cat, *totals(mine)])
        k += 1
gs.append(["总计", *totals(lines)])

bs = wb.create_sheet("基础表")
bs.append(["地区", "物料基本分类", "订单客户", "物料名称", "数量", "单价", "金额", "成本", "海运费", "陆运费", "代办费",
           "毛利", "毛利率", "财管销", "营业税金及附加", "利润总额", "所得税", "利润", "吨利"])
lines.sort(key=lambda x: (x[0] != "欧洲", x[0], x[2]))
for i, x in enumerate(lines):
    for j, v in enumerate(x):
        if v is not None:
            bs.cell(i + 2, j + 1, v).number_format = ACC
for col, w in zip("ABCDEFGI", [6.2, 14.1, 28.8, 44.6, 11.4, 6.9, 12.9, 11.4]):
    bs.column_dimensions[col].width = w
for col, w in zip("ABCDEGKL", [6.4, 26.2, 14.8, 7.4, 15.7, 13.8, 14.8, 9.0]):
    cs.column_dimensions[col].width = w

cf.save(wb, "sales-zh-cn-exportmargins.xlsx")
