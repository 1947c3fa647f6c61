"""
Shape of FengAiLing2016/excel 全量导出.xlsx: a confectionery maker's store-coverage export for one
sales office in western Guangdong, saved in Excel by a supervisor's direct-sales rep, four sheets.

- "全量导出": a title row 全量导出 merged over A1:N1 (bold, centred), then the system's header
  大区 / 办事处 / 城市 / 上级岗位编号 / 上级主管 / 岗位编号 / 姓名 / 员工职位 / 一级渠道 / 二级渠道 /
  KA客户组 / 门店类型 / 门店编号 / 门店名称 with an autofilter, 1,732 stores: one region, one office,
  eight cities, one supervisor on every row, fourteen positions each with the rep's name (姓名 is
  the rep, not the store; vacant posts read 待招-<post code>), the rep's role, channel codes with
  Chinese (MT-现代渠道, DS-直营 ...), the key-account chain or 其他/单店, the store type, a unique
  store code S<date><n> and the store's name (generic names such as 便利店 on several stores).
- "Sheet1": one rep's 232 stores copied out under the same header, two unheaded columns added:
  a route number (1-11) and the store's address, typed short (赤坎区文中路) or in full with the
  province, some with a landmark; the chain stores first without either; an autofilter from row
  16; two empty rows at the end, one holding spaces.
- "Sheet2": the rep's eleven routes, number and the streets it covers, no header.
- "Sheet1 (2)": the same rep's 217 direct-sales stores again without a header row (row 1 empty),
  route number, a sparse unheaded marker column (1 or 4.1) and the address; the same empty tail.
Values invented.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("stores-zh-cn-repcoverage")
r = f.r

HEAD = ["大区", "办事处", "城市", "上级岗位编号", "上级主管", "岗位编号", "姓名", "员工职位", "一级渠道", "二级渠道",
        "KA客户组", "门店类型", "门店编号", "门店名称"]
CITIES = ["湛江", "茂名", "阳江", "化州", "高州", "电白", "廉江", "吴川"]
CHAINS = ["嘉润连锁", "海港购物", "南粤连锁", "百佳汇", "昌盛隆", "新岭海", "民丰", "好润多", "惠万家"]
SHOP_WORDS = ["生活超市", "综合商店", "日用品商店", "商行", "食品店", "便利店", "副食店", "烟酒店", "百货", "士多店",
              "平价超市", "文具店", "零食世家", "购物广场", "批发部"]
PREFIX = ["悦城", "求实", "福万家", "芸芸", "馨香", "海滨", "金记", "好又多", "万家", "顺心", "合兴", "永利", "新港",
          "鸿运", "美宜", "惠民", "百顺", "兴隆", "嘉禾", "利群", "旺角", "乐家", "康乐", "联华", "佳佳", "雄星",
          "二姐", "阿强", "华旭", "铭兴", "鑫英", "宜好", "天天", "大富", "金辉", "家惠", "恒嘉", "亚燕", "鹏杰"]
GENERIC = ["便利店", "士多店", "宜好", "美宜家", "心中客", "大利超市"]
ROADS = ["康宁路", "瑞云路", "源珠路", "跃进路", "寸金路", "文中路", "百姓路", "百姓中路", "东园路", "百金路", "湾北路",
         "金城路", "南桥路", "海滨大道", "振兴路", "御海路", "南油路", "荣基路", "京基路", "金沙湾路", "百元路"]
DISTRICTS = ["赤坎区", "霞山区", "开发区", "麻章区"]
LANDMARKS = ["海大学校对面", "一中附近", "菜市场旁", "万达广场旁", "师范学院北门"]
TYPES_MT = ["Hyper-大卖场", "Lsuper-大型超市", "Lsuper-大型超市"]
TYPES_TT = ["Minimart-小型超市", "Minimart-小型超市", "OGS-自选食杂店", "OGS-自选食杂店", "Conv-便利店"]

SUP_CODE, SUP_NAME = "P000" + str(r.randrange(100, 200)), f.name_cn()

# posts: (post code, rep name, role, stores); 张-like direct-sales rep is posts[1]
POSTS = []
sizes = [400, 232, 217, 188, 160, 143, 120, 96, 72, 40, 24, 20, 12, 8]
roles = ["直营员", "直营员", "经销商业代", "直营员", "批发代表", "综合代表", "直营员", "批发代表", "直营员", "理货员",
         "综合代表", "直营员", "理货员", "综合代表"]
for i, n in enumerate(sizes):
    code = f"P00{r.randrange(1000, 5000):04d}" if i != 2 else str(r.randrange(110000, 120000))
    name = f"待招-{code}" if i in (2, 10) else f.name_cn()
    POSTS.append((code, name, roles[i], n))


def store_code(year):
    return f._unique(lambda: f"S{year}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(0, 100000):05d}")


def store_name(city, chain=None):
    if chain:
        return f._unique(lambda: f"{chain}{f.pick(['', city])}{f.pick(PREFIX)}店")
    if f.chance(0.012):
        return f.pick(GENERIC)
    def make():
        n = f.pick(PREFIX) + f.pick(SHOP_WORDS)
        if f.chance(0.12):
            n = city + n
        if f.chance(0.1):
            n += f"（{f.pick(['东山', '新', '康宁路', '二区', '总'])}店）"
        return n
    return f._unique(make)


def address(full):
    road = f.pick(ROADS)
    if full == 0:
        return f"{f.pick(DISTRICTS)}{road}"
    if full == 1:
        return f"广东省湛江市{f.pick(DISTRICTS)}{road}{r.randrange(1, 300)}号"
    if full == 2:
        return f"湛江市{f.pick(DISTRICTS)}{road}{r.randrange(1, 120)}号"
    return f"湛江市{f.pick(LANDMARKS)}({f.pick(DISTRICTS)}{road}{r.randrange(1, 60)})"


stores = []  # dict rows
for pi, (code, name, role, n) in enumerate(POSTS):
    for k in range(n):
        city = "湛江" if pi in (0, 1) else f.pick(CITIES)
        if role == "综合代表" or (pi == 1 and k < 15) or (pi != 1 and role == "直营员" and f.chance(0.06)):
            ch1 = "MT-现代渠道"
            ch2 = f.pick(["LMT-当地零售客户", "LMT-当地零售客户", "NKA-全国重点客户", "LKA-当地重点客户"])
            ka = f.pick(CHAINS) if ch2 != "LMT-当地零售客户" else f.pick(["单店", "其他", "单店"])
            stype = f.pick(TYPES_MT)
        elif role == "批发代表":
            ch1, ch2, ka = "TT-传统渠道", "WS-批发", "其他"
            stype = f.pick(["WS1-P-整批-包装", "WS2-P-零批-包装", "WS2-P-零批-包装"])
        elif role == "经销商业代":
            ch1, ch2, ka = "TT-传统渠道", f.pick(["LGT-经销商通用渠道", "WS-批发"]), "其他"
            stype = f.pick(TYPES_TT + ["WS1-P-整批-包装"])
        else:
            ch1, ch2, ka = "TT-传统渠道", "DS-直营", "其他"
            stype = f.pick(TYPES_TT)
        chain = ka if ka not in ("单店", "其他") else None
        year = f.pick(["2016", "2017", "2018"]) if pi != 1 or k < 15 else "2018"
        stores.append({"row": ["南区", "广州办事处", city, SUP_CODE, SUP_NAME, code, name, role, ch1, ch2, ka, stype,
                               store_code(year), store_name(city, chain)], "post": pi, "mt": ch1.startswith("MT")})

# the maker's export lists modern-trade stores first, then by post
stores.sort(key=lambda s: (not s["mt"], s["post"]))

wb = workbook()
ws = wb.active
ws.title = "全量导出"
ws["A1"] = "全量导出"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A1:N1")
ws.append(HEAD)
for c in ws[2]:
    c.font = Font(bold=True)
for s in stores:
    ws.append(s["row"])
ws.auto_filter.ref = f"A2:N{ws.max_row}"
for col, w in zip("ABCDEFGHIJKLMN", [7, 16, 7, 19, 13, 9, 10, 13, 16, 23, 12, 16, 15, 33]):
    ws.column_dimensions[col].width = w

# the direct-sales rep's own stores: chain stores first, then routes
mine = [s for s in stores if s["post"] == 1]
mine.sort(key=lambda s: not s["mt"])
routes = {}
s1 = wb.create_sheet("Sheet1")
s1.append(HEAD)
tt = []
for s in mine:
    if s["mt"]:
        s1.append(s["row"])
        continue
    route = r.randrange(1, 12)
    kind = f.pick([0, 0, 1, 1, 1, 2, 3])
    s["route"], s["address"] = route, address(kind)
    tt.append(s)
tt.sort(key=lambda s: s["route"] if f.chance(0.8) else 0)
for s in tt:
    s1.append(s["row"] + [s["route"], s["address"]])
s1.append([])
s1.cell(s1.max_row + 1, 14, " " * 32)
s1.auto_filter.ref = f"A16:P{s1.max_row - 2}"
for col, w in zip("IKLMNOP", [22.1, 21.2, 19.7, 24, 37.2, 8.9, 41]):
    s1.column_dimensions[col].width = w

s2 = wb.create_sheet("Sheet2")
for i in range(1, 12):
    streets = "".join(f.pick(ROADS).replace("路", "路") for _ in range(r.choice([1, 2, 3])))
    s2.append([i, streets if i % 4 else f.pick(["京基", "金沙湾", "百姓村1线", "百姓村2线"])])
s2.column_dimensions["B"].width = 37

s3 = wb.create_sheet("Sheet1 (2)")
ds = [s for s in tt if s["row"][9] == "DS-直营"][:217]
ds.sort(key=lambda s: s["route"])
for i, s in enumerate(ds):
    mark = None
    if f.chance(0.055):
        mark = f.pick([1, 1, 1, 4.1])
    row = s["row"] + [s["route"], mark, s["address"]]
    for j, v in enumerate(row):
        if v is not None:
            s3.cell(i + 2, j + 1, v)
s3.cell(len(ds) + 3, 14, " " * 32)
s3.auto_filter.ref = f"A1:Q{len(ds) + 1}"
for col, w in zip("AIJKLMNOPQR", [8.9, 22.1, 8.9, 21.2, 19.7, 24, 37.2, 8.9, 8.9, 41, 8.9]):
    s3.column_dimensions[col].width = w

save(wb, "stores-zh-cn-repcoverage.xlsx")
