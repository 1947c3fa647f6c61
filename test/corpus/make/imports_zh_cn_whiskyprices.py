"""
Shape of RaydeRais/wineisall "提取字段pro.xlsx": a whisky trader's price study, written by its
matching script (pandas, no styles): Chinese customs import declarations of Scotch whisky matched
against a foreign retail price list. One sheet "Sheet1", header row 1: 编号 / 经营单位名称 /
商品规格、型号 / 单价（欧元） / 酒名称 / 品牌 / 年份 / 匹配品牌 / 匹配年份 / 相似度 / 年份匹配 /
对比价格(欧元).

1554 rows. 编号 is the declaration's row number in the source extract (ascending with gaps,
16 … 5000). 经营单位名称 is the declaring importer or forwarder: a dozen Shanghai firms, the same
name with and without a trailing space, one forwarder on most rows. 商品规格、型号 is the customs
description as one '|'-joined text (4|3|product name with the English name run on|ingredients|
strength|brand statement|bottle size × bottles per case|brand|region|age or 未标注|casks|EAN barcode,
a trailing space on later rows); 单价（欧元） a float with many decimals; 酒名称 the product name cut
out of it; 品牌 the brand as declared (HighlandPark, ARDBEG(雅柏), 格兰菲迪Glenfiddich …); 年份 the
age as a number or 未标注; 匹配品牌 the matched brand of the price list with a trailing space;
匹配年份 the matched age as text or empty; 相似度 a match score 80-96; 年份匹配 是/否; 对比价格(欧元)
the matched retail price as a whole number. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("imports-zh-cn-whiskyprices")
r = f.r

FIRMS = ["上海星海国际货运代理有限公司"] * 10 + ["上海悦醇酒业有限公司"] * 2 + ["诺泽(上海)供应链管理有限公司", "上海迪泰贸易有限公司",
         "上海麦香进出口有限公司", "上海嘉禾酒业有限公司", "上海宏途国际物流有限公司", "上海澜庭贸易有限公司", "上海沐光供应链有限公司",
         "上海金樽酒业有限公司", "上海琥珀食品有限公司", "上海浦江跨境贸易有限公司"]
BRANDS = [
    ("高原骑士", "HIGHLANDPARK", ["HighlandPark", "HIGHLANDPARK(高地)"], "Highland Park ", ["高地区Highland", "Island(苏格兰岛屿区)"]),
    ("雅柏", "ARDBEG", ["ARDBEG(雅柏)", "雅柏ARDBEG"], "Ardbeg ", ["Islay(苏格兰艾雷岛)", "苏格兰艾雷岛Islay"]),
    ("格兰菲迪", "Glenfiddich", ["格兰菲迪Glenfiddich"], "Glenfiddich ", ["苏格兰斯佩赛Speyside"]),
    ("波摩", "Bowmore", ["波摩BOWMORE", "BOWMORE(波摩)"], "Bowmore ", ["艾雷岛Islay"]),
    ("拉弗格", "Laphroaig", ["LAPHROAIG(拉弗格)"], "Laphroaig ", ["Islay(苏格兰艾雷岛)"]),
    ("格兰格拉索", "Glenglassaugh", ["格兰格拉索Glenglassaugh"], "Glenglassaugh ", ["苏格兰高地Highland"]),
    ("慕赫", "Mortlach", ["MORTLACH(慕赫)"], "Mortlach ", ["Speyside(苏格兰斯佩赛)"]),
    ("费特肯", "FETTERCAIRN", ["费特肯Fettercairn"], "Fettercairn ", ["苏格兰高地Highland"]),
    ("布纳哈本", "Bunnahabhain", ["布纳哈本BUNNAHABHAIN"], "Bunnahabhain ", ["艾雷岛Islay"]),
    ("格兰威特", "Glenlivet", ["格兰威特THEGLENLIVET"], "The Glenlivet ", ["苏格兰斯佩赛Speyside"]),
    ("大摩", "Dalmore", ["大摩DALMORE"], "The Dalmore ", ["苏格兰高地Highland"]),
]
WEIGHTS = [8, 11, 16, 18, 9, 8, 6, 5, 7, 7, 5]
STYLES = ["单一麦芽威士忌", "单一麦芽威士忌酒", "单一大麦芽威士忌酒", "单一麦芽苏格兰威士忌酒"]
SERIES = ["战熊", "苍狼", "雄鹰", "奥之岬", "永恒珍选", "艾雷海岸", "PX雪莉桶", "桶强", "旅行限定", "珍藏"]
CASKS = ["雪莉桶", "波本桶", "波本桶，雪莉桶", "未标注", "雪莉桶,欧罗梭橡木桶,前波本桶", "佩德罗希梅内斯雪莉酒桶", "曼萨尼亚雪莉酒桶,橡木桶"]
SIZES = ["700毫升×6瓶/箱", "1升×12瓶/箱", "700毫升*12瓶/箱", "1000毫升*6瓶/箱", "700毫升×3瓶/箱", "700毫升*6瓶/箱"]
PRICE = {"Highland Park ": [1098, 234, 356], "Ardbeg ": [896, 104, 66], "Glenfiddich ": [98, 161, 2268], "Bowmore ": [145, 310, 742],
         "Laphroaig ": [83, 129, 512], "Glenglassaugh ": [210, 388], "Mortlach ": [212, 405], "Fettercairn ": [1726, 96],
         "Bunnahabhain ": [1568, 88, 281], "The Glenlivet ": [74, 190, 1337], "The Dalmore ": [9857, 337, 129]}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["编号", "经营单位名称", "商品规格、型号", "单价（欧元）", "酒名称", "品牌", "年份", "匹配品牌", "匹配年份", "相似度", "年份匹配",
           "对比价格(欧元)"])
no = 15
for i in range(1554):
    no += r.choice([1, 1, 2, 2, 3, 4, 5, 7, 9])
    cn, en, declared, matched, regions = r.choices(BRANDS, WEIGHTS)[0]
    age = r.choice([None, None, 10, 12, 14, 15, 16, 18, 21, 25])
    series = r.choice(SERIES) if r.random() < 0.5 else ""
    style = r.choice(STYLES)
    agetxt = f"{age}年" if age else ""
    strength = r.choice(["40", "40.0", "43", "43.4", "44.5", "46", "46.6", "48", "50", "50.2", "42.3"])
    english = f"{en.upper() if r.random() < 0.5 else en}{series and 'Edition'}{f'{age}YO' if age else ''}"
    if r.random() < 0.4:
        english += f"{r.choice([6, 12, 3])}X{r.choice(['70CL', '1L'])}{strength}%IND{r.choice(['18', '22'])}CNDF"
    sep = r.choice(["", ","])
    name = f"{'奥克尼' if cn == '高原骑士' and r.random() < 0.2 else ''}{cn}{series}{agetxt}{style}{sep}{english}"
    ean = f"50{r.randrange(10**10, 10**11)}"
    brand = r.choice(declared)
    spec = "|".join(["4", "3", name, r.choice(["水，大麦芽", "水,大麦芽", "大麦芽,水", "水,大麦芽,焦糖色", "麦芽大麦,水"]), f"{strength}%vol",
                     "原瓶有品牌", r.choice(SIZES), brand, r.choice(regions), agetxt or "未标注", r.choice(CASKS), ean])
    late = i > 600
    firm = r.choice(FIRMS)
    if late or r.random() < 0.5:
        firm += " "
    if late:
        spec += " "
    unit = r.uniform(12, 180) + r.random() / 7
    mage = None if r.random() < 0.1 else str(r.choice([age or 30, 10, 12, 18, 25, 30, 36]))
    ws.append([no, firm, spec, unit, name, brand, age if age else "未标注", matched, mage, r.choice([80, 81, 82, 84, 85, 86, 88, 96]),
               "是" if mage and age and mage == str(age) else "否", r.choice(PRICE[matched])])

save(wb, "imports-zh-cn-whiskyprices.xlsx")
