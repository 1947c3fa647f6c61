"""
Shape of nikai1006/sale_chart "销售数据.xlsx": a franchise network's ranking of its city partners by
order amount, saved by WPS 表格. Sheet 合伙人订单金额总排名: header 排名 / 省份 / 城市 / 1月 … 6月 / 总额, then
straight under it a row of SUM formulas with no label (the column totals), then one row per partner
ranked by total: the partner is named by its city, or by city and a word when a city has several
(南昌小壹, 福州硬件, 荔湾运营, 郑州高新区); amounts with two decimals or whole, zeros for months without
orders, 总额 a SUM formula; five partners that joined in June at the bottom with no rank and no total;
three empty rows; frozen first row, a filter from B1; an empty Sheet2. Values invented.
"""
from fake import Fake, workbook, CachedFormulas

f = Fake("partners-zh-cn-orderranking")

CITIES = [("江苏", ["徐州", "淮安", "常州", "盐城", "苏州", "张家港", "连云港", "扬州", "常熟", "泰州", "无锡", "镇江", "新沂", "靖江", "昆山", "沭阳"]),
          ("浙江", ["宁波", "金华", "杭州", "慈溪", "绍兴", "海盐", "台州", "衢州", "嘉兴", "义乌", "桐庐", "长兴", "余杭", "丽水", "临安", "桐乡", "象山", "萧山", "余姚", "诸暨", "德清", "温州"]),
          ("山东", ["淄博", "东营", "潍坊", "临沂", "烟台", "济南", "枣庄", "日照", "滨州", "邹城", "威海", "德州", "聊城", "济宁", "莱芜", "泰安", "菏泽", "青岛"]),
          ("广东", ["中山", "东莞", "梅州", "阳江", "佛山", "深圳", "韶关", "珠海", "清远", "湛江", "汕头", "惠州", "江门", "河源", "茂名", "汕尾", "云浮", "肇庆", "广州"]),
          ("湖北", ["武汉", "宜昌", "黄石", "襄阳", "荆州", "十堰", "孝感", "荆门", "咸宁", "恩施", "随州", "仙桃", "黄冈", "鄂州"]),
          ("河南", ["洛阳", "郑州", "驻马店", "南阳", "许昌", "泌阳", "开封", "焦作", "巩义", "安阳", "漯河", "三门峡", "新乡", "信阳", "柘城", "周口"]),
          ("四川", ["泸州", "德阳", "绵阳", "广安", "成都", "宝鸡", "乐山", "眉山", "内江", "宜宾", "达州", "南充", "自贡", "都江堰", "遂宁", "彭州", "资阳", "广元"]),
          ("湖南", ["常德", "湘潭", "衡阳", "浏阳", "宁乡", "岳阳", "张家界", "邵阳", "湘西", "株洲", "娄底", "怀化", "郴州", "益阳", "永州"]),
          ("江西", ["南昌", "吉安", "上饶", "景德镇", "宜春", "萍乡", "抚州", "九江", "赣州", "鹰潭"]),
          ("福建", ["龙岩", "福州", "三明", "莆田", "漳州", "南平", "泉州", "厦门", "福清", "长乐"]),
          ("云南", ["昆明", "德宏", "大理", "保山", "红河", "丽江", "曲靖", "楚雄"]),
          ("广西", ["南宁", "桂林", "来宾", "玉林", "柳州", "梧州", "北海", "百色", "贵港"]),
          ("安徽", ["铜陵", "安庆", "合肥", "宿州", "六安", "滁州", "蚌埠", "宣城", "黄山", "芜湖", "淮北"]),
          ("山西", ["太原", "临汾", "晋中", "吕梁", "长治", "孝义", "运城"]),
          ("河北", ["张家口", "廊坊", "保定", "唐山", "邢台", "石家庄", "秦皇岛", "衡水", "沧州", "承德"]),
          ("辽宁", ["辽阳", "盘锦", "东港", "铁岭", "本溪", "沈阳", "葫芦岛", "阜新", "大连", "朝阳"]),
          ("内蒙古", ["呼和浩特", "呼伦贝尔", "赤峰", "包头", "太仆寺旗", "通辽", "乌海"]),
          ("贵州", ["六盘水", "黔东南", "习水", "铜仁", "毕节", "贵阳", "黔西南", "遵义", "安顺"]),
          ("陕西", ["西安", "咸阳", "安康", "渭南"]), ("甘肃", ["武威", "兰州", "天水"]), ("宁夏", ["银川", "固原"]),
          ("吉林", ["四平", "松原", "长春", "白山", "延边"]), ("黑龙江", ["哈尔滨", "牡丹江"]), ("海南", ["海口", "三亚"]),
          ("北京", ["北京"]), ("天津", ["天津"]), ("青海", ["西宁"]), ("重庆", ["重庆"])]
WORDS = ["小壹", "铁塔", "硬件", "运营", "思创", "易阅", "高创", "安邦", "华能", "高新区", "新区", "东区", "西区", "南区", "北区",
         "开发区", "城区", "一部", "二部", "智联"]

pool = [(p, c) for p, cs in CITIES for c in cs]
f.r.shuffle(pool)
partners = []
used = set()
for prov, city in pool:
    partners.append((prov, city))
    used.add(city)
extra_cities = ["南昌", "福州", "厦门", "温州", "青岛", "合肥", "郑州", "济南", "太原", "武汉", "贵阳", "成都", "哈尔滨", "重庆", "大连"]
for city in extra_cities:
    prov = next(p for p, cs in CITIES for c in cs if c == city)
    for _ in range(f.pick([1, 1, 2, 3])):
        name = f._unique(lambda: city + f.pick(WORDS))
        partners.append((prov, name))
f.r.shuffle(partners)
partners = partners[:269]


def month_amount(active):
    if not active:
        return 0
    v = f.r.choice([round(f.r.uniform(500, 400000), 1), f.r.randrange(100, 300000), round(f.r.uniform(1000, 1100000), 2)])
    return v


ranked = []
for prov, name in partners[:264]:
    level = f.r.random()
    months = [month_amount(f.chance(0.15 + 0.8 * level)) for _ in range(6)]
    if f.chance(0.12):
        months = [0] * 6
    ranked.append((prov, name, months))
ranked.sort(key=lambda p: -sum(p[2]))
newcomers = [(prov, name, [0, 0, 0, 0, 0, month_amount(True)]) for prov, name in partners[264:]]

wb = workbook()
ws = wb.active
ws.title = "合伙人订单金额总排名"
cf = CachedFormulas()
ws.append(["排名", "省份", "城市", "1月", "2月", "3月", "4月", "5月", "6月", "总额"])
first, last = 3, 2 + len(ranked) + len(newcomers)
for j, col in enumerate("DEFGHI"):
    cf.formula(ws, f"{col}2", f"=SUM({col}{first}:{col}{last})", round(sum(p[2][j] for p in ranked + newcomers), 2))
cf.formula(ws, "J2", f"=SUM(J{first}:J{first + len(ranked) - 1})", round(sum(sum(p[2]) for p in ranked), 2))
for i, (prov, name, months) in enumerate(ranked):
    r = first + i
    ws.append([i + 1, prov, name] + months)
    cf.formula(ws, f"J{r}", f"=SUM(D{r}:I{r})", round(sum(months), 2))
for prov, name, months in newcomers:
    ws.append([None, prov, name] + months)
for row in ws.iter_rows(min_row=2, min_col=4, max_col=10):
    for cell in row:
        cell.number_format = "#,##0.00_ "
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"B1:J{last}"
ws.row_dimensions[1].height = 23.0
for col, width in {"A": 17.1, "B": 17.1, "D": 21.6, "E": 23.5, "F": 21.6, "G": 19.8, "H": 20.4, "I": 20.1, "J": 33.8, "K": 18.9}.items():
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet2")
cf.save(wb, "partners-zh-cn-orderranking.xlsx")
