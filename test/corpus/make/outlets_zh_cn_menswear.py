"""
Shape of a menswear brand's directory of its own shops as its head office keeps it in Excel, as in
Verten/CRM "KIKC店铺详细情况.xlsx" (Excel; the brand's order and stock tool reads it): a title row with
a side note ('橙底为本次更改或新增信息', changed rows in orange) over a 25-column header with line breaks
in the header cells: 序号 / 店铺名称 / 店铺代码 / 店铺级别 / 区域名称 / 销售区域负责人 / 省份 / 片区负责人 /
城市 / 县/区 / 城市级别 / 店铺性质 (直营, a few 联营 and 加盟) / 店铺类型 (店中店, 专柜, 专卖店) / 店铺面积 /
the sister line's and the brand's opening dates / 详细地址 / 联系人 (the shop manager) / 店铺座机 /
联系人电话 (mobiles as numbers) / 店铺QQ号 / a second 店铺性质 (新开店, 保留店) / 开店状态 (an IF formula) /
仓库发货是否需上楼 / 打印机. Hidden sheets: a VLOOKUP copy of part of the list, a pivot filter
of the open shops, an older backup with its own columns and a city-tier legend below; visible: the
closed shops in the same layout, the warehouse and after-sales addresses, the shop naming rules.
Shop names are province + city + mall or street + shop type. Values invented: brand names, shop
names and codes, managers, addresses, phones, QQ numbers, areas and dates.
"""
import datetime

from openpyxl.styles import Alignment, Font, PatternFill

from fake import CachedFormulas, Fake, workbook

f = Fake("outlets-zh-cn-menswear")
cf = CachedFormulas()
EPOCH = datetime.datetime(1899, 12, 30)
BRAND, SISTER = "KEVO", "urbanTONE"

PLACES = [  # province, code, area, area manager, [(city, [districts], area code, tier)]
    ("河北", 13, "北方", "甄林", [("唐山", ["路南区", "路北区"], "0315", "地级市"), ("沧州", ["运河区"], "0317", "地级市")]),
    ("辽宁", 38, "北方", "甄林", [("抚顺", ["新抚区"], "024", "地级市"), ("大连", ["开发区", "中山区"], "0411", "地级市"),
                              ("沈阳", ["铁西区", "沈河区"], "024", "省会")]),
    ("江苏", 28, "北方", "甄林", [("江阴", ["江阴"], "0510", "县城"), ("南通", ["崇川区"], "0513", "地级市")]),
    ("安徽", 25, "北方", "甄林", [("马鞍山", ["雨山区"], "0555", "地级市"), ("芜湖", ["弋江区", "镜湖区"], "0553", "地级市")]),
    ("山东", 15, "山东", "邓中科", [("威海", ["环翠区"], "0631", "地级市"), ("德州", ["德城区"], "0534", "地级市")]),
    ("广东", 30, "广东", "陈锐", [("广州", ["番禺区", "天河区", "白云区", "花都区"], "020", "省会"), ("深圳", ["龙岗区", "宝安区"], "0755", "省会"),
                             ("佛山", ["南海区"], "0757", "地级市"), ("东莞", ["长安镇", "厚街镇"], "0769", "地级市"), ("惠州", ["惠城区"], "0752", "地级市")]),
    ("广西", 45, "广西", "曾永书", [("南宁", ["青秀区", "兴宁区"], "0771", "省会"), ("桂林", ["秀峰区"], "0773", "地级市"), ("柳州", ["城中区"], "0772", "地级市")]),
    ("福建", 35, "福建", "曾永书", [("福州", ["鼓楼区", "台江区"], "0591", "省会"), ("晋江", ["晋江"], "0595", "县级市")]),
    ("湖北", 42, "华中", "黄明", [("武汉", ["江汉区", "洪山区", "经济技术开发区"], "027", "省会"), ("宜昌", ["西陵区"], "0717", "地级市"),
                             ("荆州", ["沙市区"], "0716", "地级市"), ("黄石", ["黄石港区"], "0714", "地级市")]),
    ("湖南", 21, "华中", "黄明", [("长沙", ["天心区", "芙蓉区", "岳麓区"], "0731", "省会"), ("衡阳", ["珠晖区"], "0734", "地级市"),
                             ("常德", ["武陵区"], "0736", "地级市")]),
    ("河南", 41, "华中", "黄明", [("安阳", ["文峰区"], "0372", "地级市"), ("南阳", ["宛城区"], "0377", "地级市")]),
    ("四川", 51, "西南", "余哲凯", [("成都", ["金牛区", "锦江区"], "028", "省会"), ("南充", ["顺庆区"], "0817", "地级市"), ("绵阳", ["涪城区"], "0816", "地级市")]),
]
MALLS = {"店中店": ["万达广场", "凯德广场", "银泰城", "吾悦广场", "宝龙广场", "万象汇购物中心", "天一城"],
         "专柜": ["新世界百货", "天虹百货", "茂业百货", "大洋百货", "王府井百货", "新华都", "中商百货", "丽日百货"],
         "专卖店": ["人民路", "解放路", "中山路", "步行街", "建设路", "文化路", "公园路", "大北街"]}
PRINTERS = ["热敏打印机"] * 14 + ["210小票打印机"] * 5 + [None] * 5 + ["HPL1020打印机"]
LEADS = {}  # district manager per province


def lead(prov):
    if prov not in LEADS:
        LEADS[prov] = [f.name_cn() for _ in range(2)]
    return f.pick(LEADS[prov])


def qq():
    return f._unique(lambda: f.r.randrange(2000000000, 3400000000))


def mobile_number():
    return int(f.mobile_cn())


def landline(code):
    n = f.r.randrange(2000000, 8999999) if len(code) == 4 else f.r.randrange(20000000, 89999999)
    return f"{code}-{n}"


used_names = set()


def make_shop(status_pool):
    prov, pcode, area, area_mgr, cities = f.pick(PLACES)
    city, districts, code, tier = f.pick(cities)
    kind = f.pick(["店中店"] * 9 + ["专柜"] * 7 + ["专卖店"] * 5)
    place = f.pick(MALLS[kind])
    for _ in range(20):
        name = f"{prov}{city}{place}{kind}"
        if name not in used_names:
            break
        place = f.pick(MALLS[kind]) if f.chance(0.5) else f"{f.pick(districts)[:2]}{f.pick(MALLS[kind])}"
        name = f"{prov}{city}{place}{kind}"
    else:
        name = f"{prov}{city}{place}{kind}{f.r.randrange(2, 4)}店"
    if name in used_names:
        name = f"{prov}{city}{place}{kind}{len(used_names)}店"
    used_names.add(name)
    district = f.pick(districts)
    floor = f.pick(["一层", "二层", "三层", "二楼", "负一楼", "4楼"])
    if kind == "专卖店":
        street = f"{place}{f.r.randrange(1, 400)}号"
    else:
        street = f"{f.pick(['人民西路', '中华路', '新华东道', '太白大道', '锦山大街', '渤海大街', '利民西路', '机场路'])}{f.r.randrange(1, 500)}号{place}{floor}{f.r.randrange(1001, 3100)}号"
    province = "广西" if prov == "广西" else f"{prov}省"
    address = f"{province}{city}市{district}{street}" if f.chance(0.8) else f"{prov}{city}{district}{street}"
    if f.chance(0.3):
        address += BRAND
    opened = f.date(datetime.date(2012, 8, 1), datetime.date(2015, 12, 20))
    manager = f.name_cn()
    phone = landline(code) if f.chance(0.9) else None
    if phone and f.chance(0.04):
        phone += f.pick(["\n", " "])
    cell = mobile_number()
    return {
        "name": name, "code": f._unique(lambda: f"{pcode}Z{f.r.randrange(1, 120):03d}" if f.chance(0.95) else f"{pcode % 10}Z{f.r.randrange(1, 60):03d}"),
        "grade": f.pick(["B"] * 9 + ["C"] * 6 + ["A"] * 2 + [None] * 2 + ["D"]), "area": area, "area_mgr": area_mgr,
        "prov": prov, "lead": lead(prov), "city": city, "district": district, "tier": tier,
        "nature": f.pick(["直营"] * 60 + ["联营", "加盟"]), "kind": kind, "size": f.pick([f.r.randrange(50, 240)] * 12 + [None, 173.5]),
        "sister_open": opened if f.chance(0.03) else None, "opened": opened if f.chance(0.96) else None,
        "address": address, "manager": manager, "landline": phone,
        "mobile": cell if f.chance(0.97) else f.pick([f"{cell}\n", None]),
        "qq": qq() if f.chance(0.93) else None, "status": f.pick(status_pool),
        "delivery": f.pick(["送货上楼"] * 14 + [None] * 4 + ["公司车送", "不需要"]), "printer": f.pick(PRINTERS),
    }


shops = [make_shop(["新开店"] * 48 + ["保留店"]) for _ in range(243)]
closed = [make_shop(["新开店"] * 6 + ["保留店", f"{SISTER}折扣店"]) for _ in range(29)]
for s in closed[5:8]:
    s["sister_open"] = s["opened"]

wb = workbook()
orange = PatternFill("solid", fgColor="FFC000")
head_fill = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")

MAIN_HEAD = ["序号", "店铺名称", "店铺\n代码", "店铺级别", "区域\n名称", "销售区域负责人", "省份", "片区\n负责人", "城市", "县/区",
             "城市\n级别", "店铺性质", "店铺\n类型", "店铺面积", f"{SISTER}\n开业时间", f"{BRAND}开业时间", "详细地址", "联系人",
             "店铺座机", "联系人电话", "店铺QQ号", "店铺性质", "开店\n状态", "仓库发货是否需上楼", "打印机"]


def shop_row(s, i):
    return [i, s["name"], s["code"], s["grade"], s["area"], s["area_mgr"], s["prov"], s["lead"], s["city"], s["district"],
            s["tier"], s["nature"], s["kind"], s["size"], s["sister_open"], s["opened"], s["address"], s["manager"],
            s["landline"], s["mobile"], s["qq"], f"{BRAND}{s['status']}" if "折扣" not in s["status"] else s["status"]]


ws = wb.active
ws.title = "店铺资料发布及录入系统版"
ws["B1"] = f"{BRAND}-店铺联系资料表"
ws["B1"].font = Font(bold=True, size=16)
ws["E1"] = "注：橙底为本次更改或新增信息"
ws["E1"].font = Font(color="FF0000")
for c, h in enumerate(MAIN_HEAD, 1):
    cell = ws.cell(2, c, h)
    cell.font = Font(bold=True)
    cell.fill = head_fill
    cell.alignment = wrap
ws.row_dimensions[2].height = 30
for i, s in enumerate(shops, 1):
    r = i + 2
    for c, v in enumerate(shop_row(s, i), 1):
        if v is not None:
            ws.cell(r, c, v)
    ws.cell(r, 15).number_format = "mm-dd-yy"
    ws.cell(r, 16).number_format = "mm-dd-yy"
    ws.cell(r, 14).number_format = "0_ ;[Red]\\-0\\ "
    cf.formula(ws, f"W{r}", f'=IF(P{r}>0,"已开","待开")', "已开" if s["opened"] else "待开")
    if s["delivery"]:
        ws.cell(r, 24, s["delivery"])
    if s["printer"]:
        ws.cell(r, 25, s["printer"])
    if f.chance(0.04):
        for c in range(1, 26):
            ws.cell(r, c).fill = orange
for col, width in zip("ABCDEFGHIJKLMNOPQRSTUVWXY", [5, 30, 8, 6, 6, 8, 6, 8, 7, 8, 7, 7, 7, 7, 11, 12, 50, 8, 14, 13, 12, 12, 6, 10, 13]):
    ws.column_dimensions[col].width = width
ws.freeze_panes = "C3"
ws.auto_filter.ref = f"A2:Y{len(shops) + 2}"

# Hidden: the shops of one delivery round looked up by name.
lookup = wb.create_sheet("Sheet1")
lookup.sheet_state = "hidden"
LOOK_HEAD = ["DRP店铺名称", "店铺代码", "销售区域负责人", "省份", "片区负责人", "城市", "县/区", "城市级别", "区域", "店铺类型",
             "店铺面积", "开业时间", "详细地址", "联系人", "店铺座机", "联系人电话", "开店状态", "经营品牌"]
for c, h in enumerate(LOOK_HEAD, 1):
    lookup.cell(1, c, h)
src = "店铺资料发布及录入系统版!$B:$X"
picks = f.r.sample(shops, 93)
for k, s in enumerate(picks):
    r = k + 2
    lookup.cell(r, 1, s["name"])
    refs = [("B", "COLUMN(B{r})", s["code"]), ("C", "COLUMN(D{r})", s["area_mgr"]), ("D", "COLUMN(E{r})", s["prov"]),
            ("E", "COLUMN(F{r})", s["lead"]), ("F", "COLUMN(G{r})", s["city"]), ("G", "COLUMN(H{r})", s["district"]),
            ("H", "COLUMN(I{r})", s["tier"]), ("I", "COLUMN(C{r})", s["area"]), ("J", "11", s["kind"]),
            ("K", "COLUMN(L{r})", s["size"] or 0), ("L", "14", (datetime.datetime.combine(s["opened"], datetime.time()) - EPOCH).days if s["opened"] else 0),
            ("M", "COLUMN(O{r})", s["address"]), ("N", "COLUMN(P{r})", s["manager"]), ("O", "COLUMN(Q{r})", s["landline"] or 0),
            ("P", "COLUMN(R{r})", s["mobile"] or 0)]
    for col, idx, cached in refs:
        cf.formula(lookup, f"{col}{r}", f"=VLOOKUP($A{r},{src},{idx.format(r=r)},0)", cached)
    lookup[f"L{r}"].number_format = "mm-dd-yy"
    cf.formula(lookup, f"Q{r}", f"=VLOOKUP(A{r},店铺资料发布及录入系统版!$B:$W,21,0)", "已开" if s["opened"] else "待开")
    lookup.cell(r, 18, BRAND)

# Hidden: a pivot of the open shops with its page filters above.
pivot = wb.create_sheet("透视过滤")
pivot.sheet_state = "hidden"
pivot["A1"], pivot["B1"] = "开店状态", "已开"
pivot["A2"], pivot["B2"] = "序号", "(全部)"
PIV_HEAD = ["省份", "销售区域负责人", "片区负责人", "城市", "店铺名称3", "店铺代码", f"{BRAND}开业时间", "店铺类型", "详细地址", "联系人",
            "店铺座机", "联系人电话"]
for c, h in enumerate(PIV_HEAD, 1):
    pivot.cell(5, c, h).font = Font(bold=True)
open_shops = sorted([s for s in shops if s["opened"]], key=lambda s: (s["prov"], s["area_mgr"], s["lead"], s["city"]))[:73]
previous = None
for k, s in enumerate(open_shops):
    r = k + 6
    key = (s["prov"], s["area_mgr"], s["lead"], s["city"])
    vals = [s["prov"], s["area_mgr"], s["lead"], s["city"], s["name"], s["code"], s["opened"], s["kind"], s["address"],
            s["manager"], s["landline"], s["mobile"]]
    for c, v in enumerate(vals, 1):
        if v is None or (previous and c <= 4 and key[:c] == previous[:c]):
            continue
        pivot.cell(r, c, v)
    pivot.cell(r, 7).number_format = "mm-dd-yy"
    previous = key

closed_ws = wb.create_sheet("关店信息")
CLOSED_HEAD = ["序号", "店铺名称3", "店铺代码", "区域名称", "销售区域负责人", "省份", "片区负责人", "城市", "县/区", "城市级别", "店铺性质",
               "店铺类型", "店铺面积", f"{SISTER}\n开业时间", f"{BRAND}开业时间", "详细地址", "联系人", "店铺座机", "联系人电话",
               "店铺QQ号", "店铺性质", "开店状态", "仓库发货是否需上楼"]
for c, h in enumerate(CLOSED_HEAD, 1):
    cell = closed_ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.alignment = wrap
for i, s in enumerate(closed, 1):
    row = shop_row(s, i)
    row = row[:3] + row[4:]  # the main list's order without 店铺级别
    for c, v in enumerate(row, 1):
        if v is not None:
            closed_ws.cell(i + 1, c, v)
    closed_ws.cell(i + 1, 14).number_format = 'yyyy"年"m"月"d"日";@'
    closed_ws.cell(i + 1, 15).number_format = 'yyyy"年"m"月"d"日";@'
    closed_ws.cell(i + 1, 22, "关店")
    if s["delivery"] == "送货上楼" and f.chance(0.4):
        closed_ws.cell(i + 1, 23, "送货上楼")

backup = wb.create_sheet("备份")
backup.sheet_state = "hidden"
BACK_HEAD = ["省份", "城市", "县/区", "城市级别", "店铺名称", "完整店铺名称", "区域负责人", "店铺性质", "店铺类型", "店铺类型\n2", "店铺面积",
             "开业时间", "详细地址", "联系人", "店铺座机", "联系人电话", "关联性\n-移仓", "关联性\n-查销售", "关联性\n-查库存", "关店状态"]
for c, h in enumerate(BACK_HEAD, 1):
    backup.cell(1, c, h).font = Font(bold=True)
old = sorted(f.r.sample(shops, 106), key=lambda s: (s["prov"], s["city"]))
for k, s in enumerate(old):
    r = k + 2
    short = s["name"][len(s["prov"]):].replace(s["kind"], "店")
    street_kind = {"专卖店": "街铺", "专柜": "商场", "店中店": "店中店"}[s["kind"]]
    vals = [s["prov"], s["city"], s["district"], s["tier"], short, s["name"], s["lead"], "直营", street_kind, s["kind"], s["size"],
            s["opened"], s["address"], s["manager"] if f.chance(0.8) else s["lead"], s["landline"] if f.chance(0.8) else None,
            s["mobile"] if f.chance(0.85) else None, 3 if f.chance(0.05) else None, None, None, f.pick(["新开店"] * 8 + ["保留店"])]
    for c, v in enumerate(vals, 1):
        if v is not None:
            backup.cell(r, c, v)
    backup.cell(r, 12).number_format = 'yyyy"年"m"月"d"日";@'
    backup.cell(r, 21, "1")
for k, (grade, cities) in enumerate([("1级", "北上广深"), ("2级", "沿海省会"), ("3级", "内陆省会"), ("4级", "地级市"), ("5级", "县城及县级市")]):
    r = 112 + k
    backup.cell(r, 2, grade)
    backup.cell(r, 3, cities)
    backup.merge_cells(f"C{r}:E{r}")

addr = wb.create_sheet("仓库及总部售后地址")
addr["A1"] = "仓库及总部售后地址"
addr.merge_cells("A1:B1")
addr["A1"].font = Font(bold=True, size=14)
addr["A1"].alignment = Alignment(horizontal="center")
addr["A2"] = "南沙仓库："
addr["B2"] = f"{f.address_cn(('广东省', '广州市', ['南沙区']))}           {f.name_cn()}（收） 电话：020-{f.r.randrange(30000000, 39999999)}、{f.mobile_cn()}"
addr["A3"] = "总部售后："
addr["B3"] = f"{f.address_cn(('广东省', '广州市', ['天河区']))}{f.r.randrange(10, 30)}{f.r.randrange(1, 20):02d}室               {f.name_cn()}（收） 电话：020-{f.r.randrange(20000000, 29999999)}"
addr.column_dimensions["A"].width = 14
addr.column_dimensions["B"].width = 90

rules = wb.create_sheet("命名规则")
rules["A1"] = f"{BRAND}标准店铺命名规则"
rules.merge_cells("A1:E1")
rules["A1"].font = Font(bold=True, size=14)
rows = [(3, ["常规店铺命名："]), (4, ["省份名称", "城市名称", "商场或街道名", "店铺性质"]), (5, ["广东", "广州", "天河城", "店中店"]),
        (6, ["湖南", "郴州", "八一路", "专卖店"]), (8, ["当同一个城市、商场有2家或以上店铺的，在【商场或街道名】中加以区别"]),
        (9, ["省份名称", "城市名称", "商场或街道名", "店铺性质"]), (10, ["广西", "桂林", "正阳步行街18号", "专卖店"]),
        (11, ["广西", "桂林", "正阳步行街40号", "专卖店"]), (13, ["特卖店命名："]), (14, ["省份名称", "城市名称", "临时特卖店", "序号"]),
        (15, ["湖北", "武汉", "临时特卖店", "1店"]), (16, ["注：店铺性质只能是 店中店 / 专柜 / 专卖店 三种"])]
for r, vals in rows:
    for c, v in enumerate(vals, 1):
        rules.cell(r, c, v)

cf.save(wb, "outlets-zh-cn-menswear.xlsx")
