"""
Shape of YangHong1206/Yixin_dataset "渠道管理列表.xlsx" (at commit a8e89e9163d44502ef58786b83d8f96507b7a861): an auto-finance
lessor's channel master for one branch, exported by its system with Apache POI (a second workbook of the repository that
holds visits-zh-cn-dealercheckins: that one logs visits, this one lists the dealers). Two sheets:

- 渠道管理列表: a plain header row of 51 columns, every value text ('YYYY-MM-DD' dates, counts and percentages too), some
  empty cells written as '' and others missing: channel number (QD + 9 digits, or an old B17xxxxxxx), channel class
  and subclass (直营 / 厂商 / 代理商 / 体验店; 直营二手车, 直营综合店, 厂商4S店, 直营自拓4S店 …), business types joined by
  commas, store code (DM + digits), store name (a company or a trading name), business tag, legal entity and its
  registration status (存续 / 注销 / 在业, empty on some), region and branch, the responsible advisors and their staff
  numbers (one to three names joined by ',', empty on a tenth), the supervisors and their numbers, the channel's status
  (已关停 / 合作中 / 已到期 / 已退网), province / city / district and an always-empty street, cooperation start and end
  dates (a 1970-01-01 and 2099-12-31 placeholder on some, empty on a few), the OEM project, sub-project, lease kinds,
  the lessor's booking entities, car types and sources, main brands ('不限品牌' or 'B 比亚迪-B 比亚迪-B 比亚迪·新能源'),
  first-effective, closing and store-opening dates, area / market / activity / store grades (codes explained on the
  second sheet), shop type, and 13 columns of weekly/monthly/yearly application, approval, sales and arrears counts and
  rates ('0%', '6.25%', '' when none);
- 1,547 channels (1,500 here) under 1,538 store codes and 1,508 store names: a store with a second channel under the same store code
  (a used-car line beside the new-car one, a region agent beside the direct one), the same store name under two or
  three old store codes, a few stores outside the branch's cities;
- 标签释义: the legend of the grade codes (标签类型 / 标签 / 释义), 45 rows, with leading spaces in some definitions.
Values invented: channel and store codes, store and company names, staff names and numbers, dates, projects, brands'
combinations and all counts (the lessor's grade codes and their definitions, the branch's cities and districts are real).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("dealers-zh-cn-channelmaster")

HEADER = ["渠道编号", "渠道一级科目", "渠道二级科目", "业务类型", "店面代码", "店面名称", "业务标签", "主体名称", "主体经营状态",
          "大区归属", "分公司归属", "负责员工(金融顾问)", "负责员工工号（金融顾问）", "业务上级", "业务上级工号", "状态", "店面所在省份",
          "店面所在城市", "店面所在区县", "店面所在街道", "合作开始日期", "合作到期日期", "合作项目", "子项目", "租赁属性", "提报主体",
          "车辆类型", "车辆来源", "主营品牌", "初始生效日期", "渠道关停日期", "直营建店日期", "地域等级", "市场等级", "活跃度", "店面评级",
          "细分店面评级", "门店类型", "周销量", "当月LCV进件量", "当月预审通过量", "当月预审通过进件量", "近3月预审通过量", "近3月预审通过进件量",
          "近1年M1+逾期率", "历史M1+逾期率", "活跃频次", "近1年销量", "近1年逾期量", "历史销量", "历史逾期量"]
LEGEND = [
    ("地域", "M", " 大都市，北上广深"), ("地域", "U1", " 城市，省会及直辖市"), ("地域", "U2", " 城市，地级市"),
    ("地域", "C1", " 县城，省会及直辖管辖的县/县级市"), ("地域", "C2", " 县城，地级市管辖的县/县级市"), ("地域", "Q", " 因省市信息缺失暂未匹配标签"),
    ("市场", "M", " 大都市，北上广深"), ("市场", "UA", "市场等级为A的U市场"), ("市场", "UB", "市场等级为B的U市场"), ("市场", "UC", "市场等级为C的U市场"),
    ("市场", "UD", "市场等级为D的U市场"), ("市场", "CA", "市场等级为A的C市场"), ("市场", "CB", "市场等级为B的C市场"), ("市场", "CC", "市场等级为C的C市场"),
    ("市场", "CD", "市场等级为D的C市场"), ("市场", "Q", " 因省市信息缺失暂未匹配标签"), ("活跃", "N3-", " 近三月建店无成交"),
    ("活跃", "N3+", " 建店三月以上无成交"), ("活跃", "Y1", " 当月有成交"), ("活跃", "Y3", " 近三月有成交"), ("活跃", "Y6", " 近六月有成交"),
    ("活跃", "Y12", " 近十二月有成交"), ("活跃", "Y24", " 近二十四月有成交"), ("活跃", "Y24+", " 二十四月以上有成交"),
    ("评级", "A+", "滚动近三个月总销量月均10单以上"), ("评级", "A", "滚动近三个月总销量月均5-10单（含）"), ("评级", "B", "滚动近三个月总销量月均2-5单（含）"),
    ("评级", "C", "滚动近三个月总销量月均0-2单（含）"), ("评级", "D", "滚动近三个月总销量月均0单"),
    ("细分评级", "4S-A+", "4S店滚动近三个月销量月均10单以上"), ("细分评级", "4S-A", "4S店滚动近三个月销量月均5-10单（含）"),
    ("细分评级", "4S-B", "4S店滚动近三个月销量月均2-5单（含）"), ("细分评级", "4S-C", "4S店滚动近三个月销量月均0-2单（含）"),
    ("细分评级", "4S-D", "4S店滚动近三个月销量月均0单"), ("细分评级", "Z-A+", "综合店滚动近三个月销量月均3单以上"),
    ("细分评级", "Z-A", "综合店滚动近三个月销量月均2-3单（含）"), ("细分评级", "Z-B", "综合店滚动近三个月销量月均1-2单（含）"),
    ("细分评级", "Z-C", "综合店滚动近三个月销量月均0-1单（含）"), ("细分评级", "Z-D", "综合店滚动近三个月销量月均0单"),
    ("细分评级", "E-A+", "二手车店滚动近三个月销量月均3单以上"), ("细分评级", "E-A", "二手车店滚动近三个月销量月均2-3单（含）"),
    ("细分评级", "E-B", "二手车店滚动近三个月销量月均1-2单（含）"), ("细分评级", "E-C", "二手车店滚动近三个月销量月均0-1单（含）"),
    ("细分评级", "E-D", "二手车店滚动近三个月销量月均0单"), ("细分评级", "Q", " 因直营渠道关停时间缺失")]

CITIES = [("福州市", [("仓山区", 351), ("闽侯县", 164), ("福清市", 74), ("晋安区", 58), ("鼓楼区", 23), ("马尾区", 20), ("长乐市", 19),
                     ("台江区", 14), ("平潭县", 8), ("永泰县", 8), ("连江县", 7), ("闽清县", 5), ("罗源县", 1)], "U1"),
          ("莆田市", [("荔城区", 94), ("涵江区", 60), ("仙游县", 33), ("城厢区", 21), ("秀屿区", 2)], "U2"),
          ("宁德市", [("蕉城区", 124), ("福鼎市", 27), ("福安市", 25), ("霞浦县", 12), ("柘荣县", 2), ("周宁县", 1), ("古田县", 1)], "U2"),
          ("三明市", [("三元区", 63), ("梅列区", 50), ("沙县", 29), ("永安市", 25), ("尤溪县", 8), ("将乐县", 4), ("明溪县", 2),
                     ("建宁县", 2), ("大田县", 1), ("宁化县", 1)], "U2"),
          ("南平市", [("延平区", 53), ("建瓯市", 41), ("建阳市", 39), ("邵武市", 14), ("武夷山市", 8), ("浦城县", 2), ("顺昌县", 1)], "U2"),
          ("厦门市", [("同安区", 10), ("湖里区", 8), ("集美区", 8), ("海沧区", 7), ("思明区", 1), ("翔安区", 1)], "U1"),
          ("漳州市", [("龙文区", 9), ("南靖县", 2), ("漳浦县", 1)], "U2")]
CITY_W = [752, 210, 192, 185, 158, 35, 12]
SUB = [(438, ("直营", "直营二手车", "直营二手车")), (408, ("直营", "直营综合店", "销售直营")), (388, ("厂商", "厂商4S店", "销售直营")),
       (249, ("直营", "直营自拓4S店", "销售直营")), (22, ("代理商", "全国代理商", "销售代理")), (15, ("代理商", "区域代理商", "租赁代理")),
       (7, ("直营", "分公司直营店", "平台合作")), (7, ("体验店", "体验店", "体验店")), (7, ("直营", "平台综合店", "平台合作")),
       (3, ("直营", "平台4S店", "淘车专用")), (3, ("直营", "直营二手车非标", "直营二手车非标"))]
BUSINESS = [(1261, "消费类业务"), (159, "消费类业务,车服务包"), (107, "消费类业务,联合融"), (7, "消费类业务,经营性租赁,联合融"),
            (4, "消费类业务,经营性租赁"), (3, "联合融,消费类业务"), (3, "消费类业务,车服务包,联合融"), (3, "经营性租赁,消费类业务")]
BRANDS = [("比亚迪", "B 比亚迪-B 比亚迪-B 比亚迪·新能源"), ("奇瑞", "Q 奇瑞-Q 奇瑞-Q 奇瑞汽车"), ("零跑汽车", "L 零跑汽车-L 零跑汽车-L 零跑汽车"),
          ("广汽丰田", "F 丰田-F 丰田-G 广汽丰田"), ("吉利", "J 吉利汽车-J 吉利汽车-J 吉利汽车"), ("理想", "L 理想汽车-L 理想汽车-L 理想汽车"),
          ("长安汽车", "C 长安-C 长安-C 长安汽车"), ("哪吒", "N 哪吒汽车-N 哪吒汽车-H 合众"), ("一汽丰田项目", "F 丰田-F 丰田-Y 一汽丰田"),
          ("众泰", "众泰-众泰"), ("一汽大众", "D 大众-D 大众-Y 一汽-大众"), ("广汽新能源", "G 广汽埃安-G 广汽埃安-G 广汽埃安"),
          ("捷途项目", "J 捷途-J 捷途-Q 奇瑞汽车"), ("长城", "H 哈弗-H 哈弗-C 长城汽车"),
          ("吉利", "J 几何汽车-J 几何汽车-J 吉利新能源（几何）,J 吉利-J 吉利-J 吉利新能源")]
WORDS = ["星航", "盈众", "佳凯盛", "大洲", "格兰德", "兆鸿", "九鼎", "乐淘", "润博", "好迈车", "联众", "万豪", "成业", "鸿城", "闽运",
         "海峡", "鑫源", "东南", "驰宇", "骏达", "鼎盛", "恒达", "金诚", "瑞丰", "宏达", "通源", "嘉禾", "天成", "华威", "荣盛", "新航",
         "安泰", "佳豪", "锦程", "旭日", "腾飞", "明辉", "信达", "润达", "博瑞", "中联", "永盛", "创达", "德信", "乐途", "优车", "车易通",
         "好车汇", "行远", "迅捷", "凯旋", "强盛", "奕驰", "万润泰", "皓晨", "永丰", "瑞驰", "恒信", "众驰", "聚禧", "华迪", "鹭翔",
         "长瑞兴", "汇城达", "宾联", "福兴迪", "佳信", "奇祥", "整点车", "盛源", "兴龙", "鸿运", "远必达", "中泰", "安驰", "联升", "合一",
         "易维", "福远", "宏迪", "元翔", "万鑫", "新闽安", "视维", "聚佳", "荣建", "赢宸", "京美", "星之联", "福顺", "捷路", "利星达",
         "合森", "万佰兴", "亿佳", "华奥", "车诚汇", "起源", "鑫鸿盛", "恒升", "祥泰", "广元", "乾途", "宝汇", "森帝", "广耀丰", "顺通"]
SUFFIXES = ["汽车销售服务有限公司"] * 8 + ["汽车销售有限公司"] * 4 + ["汽车贸易有限公司"] * 3 + ["汽车服务有限公司"] * 2 + \
           ["二手车经销有限公司", "汽车科技有限公司", "新能源汽车销售有限公司", "商贸有限公司", "汽车有限公司"]
CODE_WORDS = ["汽车", "二手车", "汽贸", "好车", "车行"]


def pick_weighted(pairs):
    total = sum(w for w, _ in pairs)
    x = f.r.uniform(0, total)
    for w, v in pairs:
        if x < w:
            return v
        x -= w
    return pairs[-1][1]


def day(start, end):
    return f.date(start, end).isoformat()


# staff -------------------------------------------------------------------------------------------
def staff_no():
    return str(f.r.choice([f.r.randrange(80000, 90000), f.r.randrange(100000, 114000)]))


bosses = [(f.name_cn(), staff_no()) for _ in range(14)]
bosses[2] = (bosses[2][0] + "(鑫途融资租赁厦门分公司)", bosses[2][1])
BOSS_W = [328, 325, 205, 172, 49, 27, 26, 20, 15, 14, 11, 8, 6, 4]
advisors = [(f.name_cn(), staff_no(), pick_weighted(list(zip(BOSS_W, range(len(bosses)))))) for _ in range(200)]


def people():
    k = pick_weighted([(85, 1), (12, 2), (3, 3)])
    team = f.r.sample(advisors[:60] if f.chance(0.7) else advisors, k)
    names = ",".join(a[0] for a in team)
    nos = ",".join(a[1] for a in team)
    bs = list(dict.fromkeys(bosses[a[2]] for a in team))
    return names, nos, ",".join(b[0] for b in bs), ",".join(b[1] for b in bs)


# stores ------------------------------------------------------------------------------------------
used_names = set()
used_channel = set()


def channel_no(start):
    while True:
        if start < "2017-06-01" and f.chance(0.7):
            c = f"B17{f.r.randrange(10000000):07d}"
        elif start < "2018-01-01":
            c = f"QD{f.r.randrange(4000, 9000):09d}"
        else:
            c = f"QD{start[2:4]}{start[5:7]}{start[8:10]}{f.r.randrange(1, 120):03d}"
        if c not in used_channel:
            used_channel.add(c)
            return c


used_codes = set()


def store_code(start):
    while True:
        if start < "2018-01-01":
            c = f.pick([f"DM{f.r.randrange(4000, 9000):09d}", f"DM0000{f.r.randrange(7000, 15000):06d}"])
        else:
            c = f"DM{start[2:4]}{start[5:7]}{start[8:10]}{f.r.randrange(1, 120):03d}"
        if c not in used_codes:
            used_codes.add(c)
            return c


def new_store():
    ci = pick_weighted(list(zip(CITY_W, range(len(CITIES)))))
    city, districts, tier = CITIES[ci]
    district = pick_weighted([(w, d) for d, w in districts])
    word = f.pick(WORDS)
    prefix = f.pick([city[:2], city, "福建", "福建省", district[:2], ""])
    entity = f"{prefix}{word}{f.pick(SUFFIXES)}"
    while entity in used_names:
        entity = f"{city[:2]}{word}{f.pick(WORDS)}{f.pick(SUFFIXES)}"
    used_names.add(entity)
    k = f.r.random()
    name = entity if k < 0.78 else f"{word}{f.pick(CODE_WORDS)}" if k < 0.9 else f"{entity}{f.pick(['（新车）', '（二手车）', '分公司', '4S店'])}"
    start = day(datetime.date(2015, 9, 1), datetime.date(2025, 2, 26))
    return {"city": city, "district": district, "tier": tier, "entity": entity, "name": name, "start": start,
            "code": store_code(start)}


rows = []
N = 1500
stores = []
while len(rows) < N:
    s = new_store()
    sub = pick_weighted(SUB)
    if s["start"] < "2019-01-01" and sub[1] == "直营二手车" and f.chance(0.5):
        sub = SUB[3][1]
    rows.append((s, sub, None))
    stores.append(s)
    if f.chance(0.006):  # a second channel for the same store code
        rows.append((s, pick_weighted(SUB[:2] + SUB[4:6]), "again"))
    elif f.chance(0.02) and s["start"] < "2018-01-01":  # the same store name under another old store code
        twin = dict(s, code=store_code("2017-01-01"), start=day(datetime.date(2016, 1, 1), datetime.date(2017, 12, 31)))
        rows.append((twin, sub, "twin"))
rows = rows[:N]

records = []
for s, (cls, subcls, tag), kind in rows:
    start = s["start"] if kind != "again" else day(datetime.date.fromisoformat(s["start"]), datetime.date(2025, 2, 26))
    placeholder = f.chance(0.004)
    if placeholder:
        start = "1970-01-01"
    years = f.pick([1, 1, 1, 2, 3])
    end = (datetime.date.fromisoformat(start if start != "1970-01-01" else "2023-01-01") +
           datetime.timedelta(days=365 * years - 1)).isoformat()
    if cls == "代理商" and f.chance(0.5):
        end = "2099-12-31"
    if end >= "2025-02-27":
        status = "合作中"
    else:
        status = pick_weighted([(846, "已关停"), (297, "已到期"), (3, "已退网")])
    closed = "" if status == "合作中" else day(datetime.date.fromisoformat(min(end, "2025-02-20")) - datetime.timedelta(days=400),
                                              datetime.date.fromisoformat(min(end, "2025-02-26")))
    if status != "合作中" and f.chance(0.15):
        closed = f.pick(["2023-08-23", "2019-03-30", "2018-10-06"])
    if status == "合作中" or f.chance(0.85):
        names, nos, boss, boss_nos = people()
    else:
        names = nos = boss = boss_nos = None
    no_dates = f.chance(0.02)
    project, brand = ("", "不限品牌")
    if subcls in ("厂商4S店", "直营自拓4S店") or f.chance(0.08):
        project, brand = f.pick(BRANDS)
        if f.chance(0.4):
            project = ""
    first = start if start != "1970-01-01" else "2015-09-27"
    grade = pick_weighted([(1283, "D"), (170, "C"), (33, "B"), (11, "A")])
    letter = {"厂商4S店": "4S", "直营自拓4S店": "4S", "直营二手车": "E", "直营二手车非标": "E"}.get(subcls, "Z")
    active = pick_weighted([(496, "N3+"), (480, "Y24+"), (126, "Y24"), (108, "Y1"), (106, "Y3"), (100, "Y12"), (59, "Y6"), (23, "N3-")])
    sold_hist = "" if f.chance(0.35) else str(f.pick([0, 1, 1, 2, 3, 4, 5, 8, 11, 12, 20, 35, 60]))
    arrears_hist = "" if sold_hist == "" else str(f.pick([0] * 8 + [1, 1, 2, 3]))
    rate_hist = "" if sold_hist in ("", "0") else ("0%" if arrears_hist == "0" else f"{round(int(arrears_hist) / max(int(sold_hist), 1) * 100, 2):g}%")
    sold_year = "" if sold_hist == "" or f.chance(0.4) else str(min(int(sold_hist), f.r.randrange(0, 14)))
    arrears_year = "" if sold_year == "" else f.pick(["0", "0", "0", "0", "1"])
    rate_year = "" if sold_year == "" else ("0%" if arrears_year == "0" else f"{round(100 / max(int(sold_year), 1), 2):g}%")
    province, city, district = "福建省", s["city"], s["district"]
    if f.chance(0.0015):
        province, city, district = f.pick([("天津市", "天津市", "东丽区"), ("山东省", "青岛市", "崂山区")])
    records.append([
        channel_no(start if start != "1970-01-01" else "2016-01-01"), cls, subcls, pick_weighted(BUSINESS), s["code"], s["name"],
        tag, s["entity"], None if f.chance(0.014) else pick_weighted([(1498, "存续"), (21, "注销"), (5, "在业"), (1, "开业")]),
        "华东区", "福州分公司" if s["city"] not in ("厦门市", "漳州市") else "厦门分公司", names, nos, boss, boss_nos, status,
        province, city, district, f.pick(["", None]), None if no_dates else start, None if no_dates else end,
        None if no_dates else project, f.pick(["", "", "", None]) if not f.chance(0.01) else f.pick(["淘车收单", "淘车带看", "淘车直租"]),
        None if no_dates else pick_weighted([(1001, "正租,回租"), (371, "回租"), (136, "回租,正租"), (4, "正租")]),
        pick_weighted([(1088, "上海鑫途,天津恒鑫"), (173, "天津恒鑫,上海鑫途"), (127, "上海鑫途,天津恒鑫,广州荣途"), (125, "上海鑫途")]),
        pick_weighted([(607, "新车"), (443, "新车,二手车"), (432, "二手车"), (36, "二手车,新车")]) if subcls != "直营二手车" else "二手车",
        pick_weighted([(1473, "非资源车"), (25, "资源车,非资源车"), (17, "非资源车,资源车")]), brand, first, closed,
        None if f.chance(0.03) else first, pick_weighted([(552, "U2"), (487, s["tier"]), (266, "C1"), (242, "C2")]),
        pick_weighted([(523, "UA"), (296, "CA"), (237, "UD"), (178, "UB"), (105, "CC"), (60, "CB")]),
        None if f.chance(0.03) else active, grade, f"{letter}-{grade}",
        f.pick(["普通车商", "普通车商", None, None, None, None]) if letter == "E" or f.chance(0.1) else None,
        pick_weighted([(1497, "0"), (38, "1"), (6, "2"), (3, ""), (2, "3")]), pick_weighted([(1541, "0"), (6, "1")]),
        pick_weighted([(1378, "0"), (61, "1"), (35, "2"), (30, "3"), (18, "4")]), pick_weighted([(1396, "0"), (64, "1"), (37, "2"), (21, "3")]),
        pick_weighted([(1264, "0"), (56, "1"), (29, "3"), (24, "2"), (20, "6"), (15, "")]),
        pick_weighted([(1284, "0"), (53, "1"), (31, "3"), (26, "2"), (22, "4"), (15, "")]),
        rate_year, rate_hist, pick_weighted([(1170, "0"), (86, "1"), (61, "2"), (40, "3"), (32, "4")]),
        sold_year, arrears_year, sold_hist, arrears_hist])

wb = workbook()
ws = wb.active
ws.title = "渠道管理列表"
ws.append(HEADER)
for rec in records:
    ws.append(rec)
for col in range(1, len(HEADER) + 1):
    ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 20
legend = wb.create_sheet("标签释义")
legend.append(["标签类型", "标签", "释义"])
for row in LEGEND:
    legend.append(list(row))
save(wb, "dealers-zh-cn-channelmaster.xlsx")

if __name__ == "__main__":
    import collections
    print(len(records), len({r[4] for r in records}), len({r[5] for r in records}), collections.Counter(r[15] for r in records))
