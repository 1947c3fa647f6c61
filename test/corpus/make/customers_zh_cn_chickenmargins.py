"""
Shape of quzhupeng/customer-SKU-analysis 实际上传excel/流通 -按客户+单品.xlsx: a Shandong chicken-
products maker's profit workbook for its wholesale ("流通") channel, saved by WPS, three sheets,
no title rows.

- "按客户": 客户名称 / 数量 / 金额 / 成本 / 仓储费 / 运费 / 促销管理费 / 毛利, 369 customers in
  pinyin order: trading and supply-chain companies, individual dealers typed as province or city
  plus the person's name (安徽省陈金桥), school and kindergarten canteens of one county, a few
  restaurants and shops, and two bookkeeping buckets (零星客户 sundry customers, 开票客户 invoice
  customers). Quantities in kg with decimals, long unrounded floats for cost and margin, the three
  fee columns mostly empty (storage fees on two customers).
- "按单品": the same figures per product with an autofilter and a tonne-margin formula
  (=I2/B2*1000, format 0.00_ ).
- "B级品": B-grade products, margin per kg as numbers, a SUM row under the list.
Values invented.
"""
from fake import CachedFormulas, Fake, SURNAMES_CN, GIVEN_CN, workbook

f = Fake("customers-zh-cn-chickenmargins")
r = f.r
cf = CachedFormulas()

# places in the pinyin order the sheet is sorted by
PLACES = ["安徽省", "巴彦淖尔市", "保定市", "北京", "滨州市", "沧州市", "长春市", "常州市", "成都", "大连",
          "德州市", "东营市", "福建省", "甘肃省", "广东省", "广州", "哈尔滨", "海阳市", "邯郸市", "杭州", "合肥",
          "河北省", "河南省", "菏泽市", "湖北省", "湖南省", "即墨市", "济南", "济宁市", "江苏省", "江西省", "莱西市",
          "莱阳", "莱州市", "聊城市", "临沂市", "龙口市", "内蒙古自治区", "南京", "宁波市", "蓬莱市", "青岛", "日照市",
          "山东", "山西省", "上海", "沈阳", "石家庄", "寿光市", "苏州", "泰安市", "唐山市", "天津", "威海", "潍坊",
          "无锡", "武汉", "西安", "新疆维吾尔自治区", "徐州", "烟台", "扬州", "枣庄市", "浙江省", "郑州", "重庆",
          "诸城市", "淄博"]
TRADE = ["商贸有限公司", "食品有限公司", "贸易有限公司", "供应链管理有限公司", "冷链物流有限公司", "餐饮管理有限公司",
         "水产有限公司", "冷冻食品有限公司"]
WORDS = ["鼎佳", "鑫源", "锦晖", "圣达", "天地源", "永盛", "汇鑫", "恒泰", "冰洋", "达恩", "悦洪", "信宝", "优鲜",
         "泓润", "福瑞", "嘉禾", "金港", "宏远", "兴旺", "瑞丰", "百味", "康达", "润泽", "顺通", "久丰", "华盛"]
TOWNS = ["柏林庄", "大夼", "高格庄", "古柳", "河洛", "姜疃", "龙旺庄", "吕格庄", "沐浴店", "山前店", "谭格庄", "万第",
         "穴坊", "羊郡", "照旺庄"]
PRODUCT_BASE = ["炭烤鸡腿排", "奥尔良鸡腿肉", "孜然鸡柳", "照烧鸡腿排", "蘸酱腿肉串", "川香鸡柳", "原味鸡米花", "鸡胸肉条",
                "裹粉小胸", "台湾鸡条", "软骨肉串", "唐扬鸡块", "鸡肉天妇罗", "黑椒鸡块", "香酥鸡排", "盐酥鸡", "鸡翅根",
                "鸡翅中", "鸡肉丸", "蒸煮块", "成型鸡块", "成型鸡柳", "百味鸡丁", "炸鸡皮", "油炸胸排", "菜卷"]
PACKS = ["", "(大包装)", "(飨享优品)", "(日龙)", "120g", "35G", "4/16彩盒", "彩袋"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_CN) + "".join(f.pick(GIVEN_CN) for _ in range(r.choice([1, 2, 2]))))


customers = []  # (place index, name)
for _ in range(214):
    i = r.randrange(len(PLACES))
    place = PLACES[i].rstrip("市省") if f.chance(0.5) and not PLACES[i].endswith("区") else PLACES[i]
    if place.endswith("自治区"):
        place = PLACES[i]
    name = f._unique(lambda: f"{place}{f.pick(WORDS)}{f.pick(TRADE)}" if f.chance(0.85)
                     else f"{f.pick(WORDS)}{f.pick(TRADE)[:-4]}（{place.rstrip('市省')}）有限公司")
    customers.append((i, name))
for _ in range(128):
    i = r.randrange(len(PLACES))
    customers.append((i, PLACES[i] + person()))
lai = PLACES.index("莱阳")
for town in r.sample(TOWNS, 12):
    for kind in r.sample(["镇中心幼儿园", "中心初级中学", "中心小学"], r.choice([1, 2])):
        customers.append((lai, f"莱阳市{town}{kind}"))
customers.append((lai, "莱阳开发区中心中学"))
customers.append((lai, "莱阳市职业中等专业学校"))
customers.append((lai, f"莱阳市城厢{f.pick(WORDS)}肉食经营部"))
customers.append((PLACES.index("海阳市"), "海阳市" + f.pick(WORDS) + "学校"))
customers.append((PLACES.index("寿光市"), f"寿光市{f.pick(WORDS)}水产门市部"))
customers.append((PLACES.index("青岛"), "青岛" + f.pick(["理工", "海洋"]) + "学院"))
customers.append((PLACES.index("东营市"), "东门市部"))
customers.append((PLACES.index("内蒙古自治区"), f"{f.pick(WORDS)}餐厅"))
customers.append((PLACES.index("烟台"), "烟台" + f.pick(WORDS) + "快餐店"))
customers.append((PLACES.index("广州"), "公司餐厅"))
customers = customers[:367]
customers.append((r.randrange(len(PLACES)), "零星客户"))
customers.append((r.randrange(len(PLACES)), "开票客户"))
customers.sort(key=lambda c: (c[0], r.random()))
names = [c[1] for c in customers]

wb = workbook()
ws = wb.active
ws.title = "按客户"
ws.append(["客户名称", "数量", "金额", "成本", "仓储费", "运费", "促销管理费", "毛利"])
storage = set(r.sample(range(len(names)), 2))
for k, name in enumerate(names):
    qty = r.choice([r.randrange(20, 900), r.randrange(500, 20000), r.randrange(500, 20000), r.randrange(10000, 400000)])
    if f.chance(0.12):
        qty += r.choice([0.2, 0.4, 0.57, 0.8])
    amount = round(qty * r.uniform(7, 24), 2)
    cost = amount * r.uniform(0.68, 1.05)
    store = amount * r.uniform(0.005, 0.02) if k in storage else None
    freight = amount * r.uniform(0.001, 0.03) if f.chance(0.09) else None
    promo = amount * r.uniform(0.0005, 0.2) if f.chance(0.33) else None
    margin = amount - cost - (store or 0) - (freight or 0) - (promo or 0)
    ws.append([name, qty, amount, cost, store, freight, promo, margin])
ws.column_dimensions["A"].width = 44.2
ws.column_dimensions["B"].width = 20.5


def product_rows(n, b_grade):
    seen, rows = set(), []
    while len(rows) < n:
        name = f.pick(PRODUCT_BASE)
        name = (f.pick(["", "", "成型", "油炸", "蒸煮", "调理", "速冻"]) + name + "(B级品)") if b_grade else (f.pick(["", "", "HS", "AL冷冻全熟的", "M", "KR"]) + name + f.pick(PACKS))
        if name in seen:
            continue
        seen.add(name)
        qty = round(r.uniform(8, 20000), r.choice([0, 0, 1, 2]))
        amount = round(qty * r.uniform(3, 32), 2)
        cost = amount * r.uniform(0.6, 1.5)
        freight = amount * r.uniform(0.01, 0.05) if f.chance(0.2) else None
        promo = amount * r.uniform(0.001, 0.05) if f.chance(0.1) else None
        rows.append([name, qty, amount, cost, None, freight, promo, amount - cost - (freight or 0) - (promo or 0)])
    rows.sort(key=lambda x: (not x[0][0].isascii(), x[0]))
    return rows


ps = wb.create_sheet("按单品")
ps.append(["物料名称", "数量", "金额", "成本", "仓储费", "运费", "促销管理费", "吨毛利", "毛利"])
for k, row in enumerate(product_rows(119, False)):
    rr = k + 2
    for j, v in enumerate(row[:7]):
        if v is not None:
            ps.cell(rr, j + 1, v)
    cf.formula(ps, f"H{rr}", f"=I{rr}/B{rr}*1000", row[7] / row[1] * 1000)
    ps[f"H{rr}"].number_format = "0.00_ "
    ps.cell(rr, 9, row[7])
ps.auto_filter.ref = f"A1:I{ps.max_row}"
for col, w in zip("ABCDI", [37.3, 12.9, 11.8, 12.9, 14.1]):
    ps.column_dimensions[col].width = w

bs = wb.create_sheet("B级品")
bs.append(["物料名称", "数量", "金额", "成本", "仓储费", "运费", "促销管理费", "吨毛利", "毛利"])
b_rows = product_rows(61, True)
for row in b_rows:
    bs.append(row[:7] + [row[7] / row[1], row[7]])
last = bs.max_row
total_row = last + 1
for j, col in enumerate("BCDEFGHI"):
    vals = [x[j + 1] if j < 6 else (x[7] / x[1] if j == 6 else x[7]) for x in b_rows]
    cf.formula(bs, f"{col}{total_row}", f"=SUM({col}2:{col}{last})", sum(v for v in vals if v is not None))
for col, w in zip("ABCDEFH", [27.7, 7.7, 10.7, 12.9, 8.2, 12.9, 14.1]):
    bs.column_dimensions[col].width = w

cf.save(wb, "customers-zh-cn-chickenmargins.xlsx")
