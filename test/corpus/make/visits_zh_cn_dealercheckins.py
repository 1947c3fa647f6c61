"""
Shape of YangHong1206/Yixin_dataset "店面拜访.xlsx" (at commit a8e89e9163d44502ef58786b83d8f96507b7a861): an auto-finance
lessor's store-visit export for one branch (华东区 / 福州分公司, February 2025), written by the lessor's system with
Go Excelize — one sheet Sheet1, a plain header row, every value a text cell (times, minutes and numbers too), no
styles, sorted by visit start time from the newest down:

- 18 columns: 大区 / 所属分公司 / 业务上级 / 拜访人 / 销售三级类 / 店面编号 / 店面名称 / 主体名称 / 拜访开始时间 /
  拜访结束时间 / 是否达标 / 拜访用时 / 店面营业执照地址 / 店面实际展业地址 / 店面系统定位类型 / 店面系统定位地址 /
  拜访开始地址 / 拜访结束地址;
- 2,205 check-in visits (2,000 here) by 37 financial advisors (金融顾问), their four managers (金融经理, who with the
  branch manager are the advisors' 业务上级) and the branch manager (分公司总经理, twice) to 397 car dealers and used-car lots (327
  visited here) — a dealer visited up to 30 times, 31 once; the same advisor visits the same dealers;
- names with the employer in brackets on two advisors and one manager ('<name>(<lessor>福州分公司-金融顾问)');
- the store code DM + 9 or 10 digits; the store name a registered company name or a trading name ('<word>汽车',
  '<word>二手车2', '<company>（新车）', a brand in brackets) and the legal entity beside it (different on a quarter
  of the stores);
- start and end as 'YYYY-MM-DD HH:MM:SS' text; the end, the end address and the minutes empty/'0' with 是否达标 否 on
  24 visits still open at export time (22 of them on the last morning); 是 on most, 否 on ~100 short ones; minutes up
  to several thousand on a few;
- the licence address with or without the province (a few in Beijing), the actual address always from 福建省 and on
  a fifth of the stores with the province, city and district written twice, the system location type (展业地址 on
  almost all, 分店 / 其他 / 合作店面 / 商超店), the system location and the check-in/check-out places as map
  addresses ('…号靠近<landmark>'), empty on a few.
Values invented: people, company and store names, store codes, addresses, landmarks, times and minutes (the
region, branch and the cities and districts of the branch are real).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("visits-zh-cn-dealercheckins")
D = datetime.datetime

HEADER = ["大区", "所属分公司", "业务上级", "拜访人", "销售三级类", "店面编号", "店面名称", "主体名称", "拜访开始时间",
          "拜访结束时间", "是否达标", "拜访用时", "店面营业执照地址", "店面实际展业地址", "店面系统定位类型", "店面系统定位地址",
          "拜访开始地址", "拜访结束地址"]
LESSOR = "鑫途融资租赁"

CITIES = [("福州市", ["仓山区", "鼓楼区", "台江区", "晋安区", "马尾区", "长乐区", "闽侯县", "福清市", "连江县", "平潭县"], 50),
          ("宁德市", ["蕉城区", "福安市", "福鼎市", "霞浦县", "东侨经济开发区"], 14),
          ("三明市", ["三元区", "沙县区", "永安市", "尤溪县", "大田县"], 13),
          ("莆田市", ["荔城区", "城厢区", "涵江区", "秀屿区", "仙游县"], 13),
          ("南平市", ["延平区", "建阳区", "建瓯市", "邵武市", "武夷山市"], 10)]
ROADS = ["福峡路", "高仕路", "潘墩路", "金林路", "工业路", "齐安路", "源通东路", "荔园东路", "建平大道", "南溪路", "武夷大道",
         "东乾二路", "疏港路", "滨海大道", "朱熹大道", "城涵西大道", "拱辰路", "新市中路", "海西大道", "闽江大道", "湖滨南街",
         "天马路", "华林路", "六一北路", "溪源路", "八一七中路", "龙腾路", "富兴路", "赤岸路", "岳峰路"]
PLACES = ["汽车产业园", "二手车交易市场", "汽车城", "汽车文化广场", "万达广场", "工业园", "物流园", "商贸城", "车管所",
          "汽车超市", "建材市场", "农贸市场", "地铁站", "公交站", "加油站", "小区", "大厦", "体育中心", "高铁站", "客运站"]
WORDS = ["强盛", "奕驰", "万润泰", "皓晨", "永丰", "瑞驰", "恒信", "众驰", "聚禧", "华迪", "鹭翔", "长瑞兴", "汇城达", "宾联",
         "福兴迪", "佳信", "奇祥", "整点车", "盛源", "兴龙", "鸿运", "远必达", "中泰", "安驰", "联升", "合一", "易维", "福远",
         "宏迪", "元翔", "万鑫", "盛世", "新闽安", "视维", "聚佳", "荣建", "赢宸捷", "京美", "星之联", "福顺", "捷路", "利星达",
         "合森", "万佰兴", "亿佳", "叁陆伍", "华奥", "车诚汇", "起源", "鑫鸿盛", "恒升", "祥泰", "广元", "乾途", "兆鸿", "星航",
         "宝汇", "森帝", "广耀丰", "顺通", "闽运", "海峡", "鑫源", "东南", "驰宇", "骏达", "鼎盛", "恒达", "金诚", "瑞丰", "宏达",
         "通源", "嘉禾", "天成", "华威", "荣盛", "新航", "安泰", "佳豪", "锦程", "旭日", "腾飞", "明辉", "信达", "润达", "博瑞",
         "中联", "永盛", "创达", "德信", "乐途", "优车", "车易通", "好车汇", "车之家", "行远", "迅捷", "诚信", "东方", "凯旋"]
SUFFIXES = ["汽车销售服务有限公司"] * 8 + ["汽车销售有限公司"] * 4 + ["汽车贸易有限公司"] * 3 + ["汽车服务有限公司"] * 2 + \
           ["二手车经销有限公司"] * 2 + ["汽车科技有限公司", "新能源汽车销售有限公司", "新能源科技有限公司", "商贸有限公司",
                                   "汽车信息咨询服务部", "汽车美容服务部", "汽配商行", "电动自行车经营部", "信息咨询服务部"]
BRANDS = ["比亚迪", "埃安", "吉利", "奇瑞", "红旗", "捷途", "理想", "零跑", "长安", "哪吒", "五菱", "eπ", "阳光出行", "新车", "二手车"]


def pick_weighted(pairs):
    total = sum(w for w, _ in pairs)
    x = f.r.uniform(0, total)
    for w, v in pairs:
        if x < w:
            return v
        x -= w
    return pairs[-1][1]


# people ------------------------------------------------------------------------------------------
managers = [f.name_cn() for _ in range(4)]
managers[0] = managers[0] + f"({LESSOR}厦门分公司)"
gm = f.name_cn()
rare_boss = f.name_cn()
advisors = []  # (name, boss, weight)
weights = [109, 104, 94, 94, 93, 85, 82, 80, 74, 74, 71, 68, 67, 66, 63, 62, 61, 60, 58, 56, 55, 53, 52, 52, 51, 48, 43, 43,
           42, 36, 20, 7]
for i, w in enumerate(weights):
    name = f.name_cn()
    if i == 9:
        name += f"({LESSOR}福州分公司-金融顾问)"
    if i == len(weights) - 1:
        name += f"({LESSOR}福州分公司)"
    boss = managers[i % 4] if i % 6 else gm
    advisors.append((name, boss, w))

# stores ------------------------------------------------------------------------------------------
used_codes = set()


def store_code():
    while True:
        if f.chance(0.07):
            code = f"DM0000{f.r.randrange(10000, 19999):06d}"
        else:
            d = datetime.date(2017, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 2960))
            code = f"DM{d:%y%m%d}{f.r.randrange(1, 130):03d}"
        if code not in used_codes:
            used_codes.add(code)
            return code


def road_no():
    return f"{f.pick(ROADS)}{f.r.randrange(1, 900)}号"


def map_addr(city, district):
    return f"福建省{city}{district}{road_no()}靠近{f.pick(WORDS[:60])}{f.pick(PLACES)}"


stores = []
used_names = set()
for i in range(360):
    city, districts, _ = pick_weighted([(w, c) for c in CITIES for w in [c[2]]])
    district = f.pick(districts)
    word = f.pick(WORDS)
    entity = f"{f.pick([city[:2], city[:2] + '市', '福建', '福建省', district[:2]]) if f.chance(0.85) else ''}{word}{f.pick(SUFFIXES)}"
    if entity in used_names:
        entity = f"{city[:2]}{word}{f.pick(WORDS)}{f.pick(SUFFIXES)}"
    used_names.add(entity)
    shape = f.r.random()
    if shape < 0.74:
        name = entity
    elif shape < 0.84:
        name = f"{word}{f.pick(['汽车', '汽贸', '二手车', '二手车行', '新能源', '好车'])}"
    elif shape < 0.90:
        name = f"{entity}（{f.pick(BRANDS)}）"
    elif shape < 0.94:
        name = f"{word}二手车{f.r.randrange(2, 4)}"
    else:
        name = f"{f.pick(BRANDS[:10])}{f.pick(['汽车', ''])}{city[:2]}{f.pick(['万达零售中心', '综合中心', '体验中心'])}"
    if name in used_names and name != entity:
        name = entity
    used_names.add(name)
    licence = f"福建省{city}{district}{road_no()}{f.pick(['', '一层', '1层展厅', '101店', '（展厅）', '店面'])}"
    k = f.r.random()
    if k < 0.10:
        licence = licence[3:]
    elif k < 0.13:
        licence = f"{district}{road_no()}" if district.endswith("市") else licence
    elif k < 0.145:
        licence = f"北京市顺义区高丽营镇恒兴路{f.r.randrange(1, 9)}号院1幢{f.r.randrange(101, 120)}室(科技创新功能区)"
    actual = licence if (k >= 0.145 and f.chance(0.12) and licence.startswith("福建省")) else \
        f"福建省{city}{district}{road_no()}{f.pick(['', '一层', '汽车产业园', '二手车市场内', '1层'])}"
    if f.chance(0.22):
        actual = f"福建省{city}{district}" + actual
    loc_type = pick_weighted([(975, "展业地址"), (15, "分店"), (7, "其他"), (2, "合作店面"), (1, "商超店")])
    system = map_addr(city, district)
    stores.append({"code": store_code(), "name": name, "entity": entity, "city": city, "district": district,
                   "licence": licence, "actual": actual, "type": loc_type, "system": system,
                   "advisor": f.r.randrange(len(advisors)), "weight": f.pick([1, 1, 2, 3, 4, 6, 8, 12, 20])})
# a few dealers visited only once
for s in stores[-31:]:
    s["weight"] = 0

# visits ------------------------------------------------------------------------------------------
DAYS = [(25, 155), (26, 154), (18, 139), (17, 135), (14, 133), (10, 132), (21, 131), (19, 128), (24, 125), (13, 125),
        (8, 124), (20, 122), (11, 122), (12, 120), (7, 112), (6, 91), (5, 75), (9, 12), (23, 10), (16, 7), (15, 7),
        (22, 6), (1, 4), (4, 3), (2, 1)]
HOURS = [(8, 453), (9, 221), (17, 219), (10, 201), (15, 192), (16, 189), (14, 165), (11, 157), (13, 125), (18, 114), (12, 87),
         (19, 40), (20, 29), (21, 13)]
N = 2000
rows = []
once = stores[-31:]
once_at = dict(zip(f.r.sample(range(24, N), len(once)), once))
regular = [s for s in stores if s["weight"]]
for i in range(N):
    if i in once_at:
        store = once_at[i]
    else:
        store = pick_weighted([(s["weight"], s) for s in regular])
    if i < 24:  # the last morning's visits
        day = 27
        start = D(2025, 2, 27, f.r.randrange(8, 10), f.r.randrange(60), f.r.randrange(60))
    else:
        day = pick_weighted([(w, d) for d, w in DAYS])
        start = D(2025, 2, day, pick_weighted([(w, h) for h, w in HOURS]), f.r.randrange(60), f.r.randrange(60))
    rows.append([start, store])
rows.sort(key=lambda x: x[0], reverse=True)

open_visits = set(range(22)) - {1, 5, 9, 11, 15, 19} | {23, 25, 27, 29, 31, 33} | {f.r.randrange(100, 1900) for _ in range(2)}
records = []
for i, (start, store) in enumerate(rows):
    r = f.r.random()
    if r < 0.08:
        name, boss, _ = advisors[store["advisor"]]
        visitor, role, boss_of = (boss if boss != gm else managers[1]), "金融经理", gm
    else:
        name, boss, _ = advisors[store["advisor"] if f.chance(0.9) else f.r.randrange(len(advisors))]
        visitor, role, boss_of = name, "金融顾问", boss
    if i in (700, 1500):
        visitor, role, boss_of = gm, "分公司总经理", rare_boss
    if i in open_visits:
        end, minutes, ok = "", "0", "否"
    else:
        minutes = pick_weighted([(10, f.r.randrange(0, 10)), (55, f.r.randrange(10, 40)), (30, f.r.randrange(40, 120)),
                                 (4, f.r.randrange(120, 600)), (1, f.r.randrange(600, 4000))])
        end_t = start + datetime.timedelta(minutes=minutes, seconds=f.r.randrange(60))
        end = f"{end_t:%Y-%m-%d %H:%M:%S}"
        minutes = str(minutes)
        ok = "否" if (int(minutes) < 10 and f.chance(0.2)) or f.chance(0.013) else "是"
    city, district = store["city"], store["district"]
    start_place = store["system"] if f.chance(0.11) else map_addr(city, district)
    if f.chance(0.004):
        start_place = ""
    end_place = "" if end == "" or f.chance(0.002) else (start_place if f.chance(0.3) else map_addr(city, district))
    records.append(["华东区", "福州分公司", boss_of, visitor, role, store["code"], store["name"], store["entity"],
                    f"{start:%Y-%m-%d %H:%M:%S}", end, ok, minutes, store["licence"], store["actual"], store["type"],
                    store["system"], start_place, end_place])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADER)
for rec in records:
    ws.append(rec)
save(wb, "visits-zh-cn-dealercheckins.xlsx")

if __name__ == "__main__":
    import collections
    print(len(records), len({r[5] for r in records}), collections.Counter(r[9] == "" for r in records))
