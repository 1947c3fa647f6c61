"""
Shape of bft123/auto_luffy2 "media/sm/bug/bugs_202206_浙江大区-浙北.xlsx" (at commit 3c9ab1f3): a
household-products maker's store-visit display checks for one sales province, merged by a pandas
script with its master data to find bad rows ("bugs"). One sheet Sheet1, header in row 1, 35 columns,
every cell text except a few numbers: the maker's sales organisation (大区 written 浙江 on one office's
rows and 浙江大区 on the other's, 省区 浙北, 营业所), the supplying distributor's code and name, the
store's channel (士多店, 经销LKA, MA, 餐饮, 批发商) and class (CC, CB, 经销LKA超市 …), store number,
store name, 省/市/区/乡镇/路及门牌, store phone (a mobile as text, empty, or 0 on one distributor's
stores), 状态 启用, an empty 工号, the sales rep's name and 共担业代, the visit date as text
'YYYY-MM-DD 00:00:00', then one product per row: code, name, pack size as text, facings (1 or 2) and
shelf price per bottle. Then the script's checks: 经销商信息_x / _y, 门店信息_x / _y, 人员信息,
产品信息_x / _y, 售价瓶_x, 拜访日期_x as '0'/'1' with the joined master record ('a;b;c') in the _y
columns, and 校验结果. 810 rows: three distributors, three reps, 306 stores, 373 store visits over a
month (a chain's stores with many products per visit, a store visited twice). Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("visits-zh-cn-displaychecks")

HEADER = ["大区", "省区", "营业所", "供货经销商代码", "供货经销商名称", "通路名称", "客户分类", "门店编号", "门店名称", "省", "市", "区",
          "乡镇", "路及门牌", "门店电话", "状态", "工号", "业务姓名", "人员属性", "拜访日期", "产品代码", "产品名称", "箱入数", "陈列面数",
          "售价瓶", "经销商信息_x", "经销商信息_y", "门店信息_x", "门店信息_y", "人员信息", "产品信息_x", "产品信息_y", "售价瓶_x",
          "拜访日期_x", "校验结果"]

KINDS = [("洗洁精1.128kg（1kg+128g）*10", "10", [9.9, 10, 11.5]), ("洗洁精408g*30", "30", [3.5, 3.9]),
         ("绿茶薄荷洗洁精1.188kg（1.02kg+168g）*10", "10", [10, 11.5, 11.8]), ("彩漂700g*12（3年保质期）", "12", [8.5, 9.9]),
         ("洁衣用漂水700g*12（到期日标注）", "12", [6.5, 7]), ("洁净香氛洗衣粉2.15kg*4（薰衣草）", "4", [19.9, 20, 22]),
         ("洁净香氛洗衣粉1.028kg*8（薰衣草）", "8", [10, 10.5]), ("生姜洗洁精1.096kg（908g+188g）*10（限期）", "10", [11.5, 12]),
         ("小苏打洗衣液2.6kg*4（瓶装）", "4", [26.8, 29.9]), ("柠檬洗洁精500g*20", "20", [4.5, 5]),
         ("无磷洗衣粉508g*20", "20", [5.5, 6]), ("除菌洗衣液1kg*12", "12", [16, 16.8]), ("厨房重油污净500g*12", "12", [12, 13.5]),
         ("洗衣皂232g*36", "36", [3, 3.5]), ("消毒液1.5kg*8", "8", [12.5, 13.9]), ("洗手液500g*12", "12", [9.9, 11]),
         ("柔顺剂2kg*6", "6", [19.9, 23]), ("洗洁精2.5kg*6（家庭装）", "6", [20, 21.5])]
PRODUCTS = []
for n, (name, pack, prices) in enumerate(KINDS):
    PRODUCTS.append((f"C{11109900 + n * 1301}", "白鹤" + name, pack, prices))
    if n % 3 == 0:  # the same product again under a second code (limited-time pack)
        PRODUCTS.append((f"C{11109900 + n * 1301 + 4}", "白鹤" + name.replace("*", "*", 1) + "（限期）", pack, prices))
CATALOGUE_MISSING = {PRODUCTS[5][0], PRODUCTS[11][0]}  # two codes the product master does not know

DISTRIBUTORS = [
    # code, name, office, 大区 as typed, city, districts and towns, rep, rows wanted, phone style
    ("CNBA019", "诸暨市万德隆商贸有限公司", "绍金衢丽所", "浙江大区", "绍兴市",
     {"诸暨市": ["店口镇", "暨阳街道", "浣东街道", "牌头镇", "陶朱街道", "大唐街道"]}, "张建华", 354, "zero"),
    ("CHZA257", "长兴昊瑞日用品有限公司", "嘉湖所", "浙江", "湖州市",
     {"长兴县": ["雉城街道", "太湖街道", None], "南浔区": [None, "练市镇", "旧馆街道"], "安吉县": [None, "递铺街道"]},
     "赵丹丹", 325, "mixed"),
    ("CHZA182", "嘉兴市汉光生活用品有限责任公司", "嘉湖所", "浙江", "嘉兴市",
     {"南湖区": [None, "新兴街道"], "秀洲区": [None, "王店镇"]}, "王尚志", 131, "mixed"),
]
BRANCHES = ["良朋", "旧馆", "南浔", "练市", "安吉", "南浔新区", "城东", "和平", "泗安", "林城", "太湖", "雉城", "画溪"]
ROADS = ["振兴路", "江南路", "万顺路", "年丰路", "人民路", "解放路", "中山路", "望云路", "浣纱路", "城北路", "太湖路", "梅园路"]
SHOPS = ["便利店", "超市", "副食店", "百货店", "生活超市", "日杂店", "烟酒店"]
WORDS = list("恒隆兴发佳乐旺福顺鑫丰源新华好又多联惠万家利民")


def store_name(district, town, channel):
    word = f.pick(WORDS) + f.pick(WORDS)
    if channel == "经销LKA":
        return f"湖畔百货超市{BRANCHES.pop(0)}店"
    if channel == "餐饮":
        return f"{word}{f.pick(['饭店', '大酒店', '农家乐'])}"
    if channel == "批发商":
        return f"{district.rstrip('市县区')}{word}日化批发部"
    if channel == "MA":
        return f"{word}{f.pick(['购物中心', '超市（' + (town or district) + '店）'])}"
    if f.chance(0.15):
        return f"{district.rstrip('市县区')}{(town or '')[:2]}菜场{f.r.randrange(1, 40):02d}号营业房"
    return f"{word}{f.pick(SHOPS)}"


def address(town):
    shape = f.r.random()
    if shape < 0.5:
        return f"{f.pick(ROADS)}{f.r.randrange(1, 300)}号"
    if shape < 0.75:
        return f"{f.pick(ROADS)}与{f.pick(ROADS)}交叉口"
    if shape < 0.9:
        return f"{(town or '')[:2]}镇中学东南侧约{f.r.randrange(50, 300)}米"
    return f"{f.pick(ROADS)}{f.r.randrange(1, 60)}-{f.r.randrange(61, 99)}号"


rows = []
names_used = set()
store_no = 1101200
for code, dname, office, big, city, districts, rep, wanted, phones in DISTRIBUTORS:
    made = 0
    day0 = datetime.date(2022, 5, 25)
    chain_left = 12 if code == "CHZA257" else 0
    while made < wanted:
        district = f.pick(list(districts))
        town = f.pick(districts[district])
        if chain_left:
            channel, klass = "经销LKA", "经销LKA超市"
            chain_left -= 1
        else:
            channel = f.pick(["士多店"] * 14 + ["MA", "餐饮", "批发商"])
            klass = {"士多店": f.pick(["CC", "CC", "CB"]), "MA": "MA", "餐饮": "餐饮", "批发商": "批批"}[channel]
        store_no += f.r.randrange(1, 30)
        sid = str(store_no if channel != "经销LKA" else 1040700 + made)
        name = store_name(district, town, channel)
        while name in names_used:
            name = store_name(district, town, channel)
        names_used.add(name)
        if phones == "zero":
            phone = 0
        else:
            phone = f.mobile_cn() if f.chance(0.3) else None
        road = address(town)
        visits = [day0 + datetime.timedelta(days=f.r.randrange(0, 30))]
        if f.chance(0.2):
            visits.append(visits[0] + datetime.timedelta(days=f.r.randrange(7, 20)))
        store_known = not f.chance(0.035)
        for visit in visits:
            lines = f.r.randrange(12, 19) if channel == "经销LKA" else f.pick([1, 1, 1, 2, 2, 3])
            for product in f.r.sample(PRODUCTS, min(lines, len(PRODUCTS))):
                if made >= wanted:
                    break
                pcode, pname, pack, prices = product
                row = [big, "浙北", office, code, dname, channel, klass, sid, name, "浙江省", city, district, town, road, phone,
                       "启用", None, rep, "共担业代", f"{visit:%Y-%m-%d} 00:00:00", pcode, pname, pack, f.pick([1, 2]),
                       f.pick(prices)]
                dist_ok = "1" if big == "浙江大区" else "0"
                store_ok = "1" if store_known else "0"
                prod_ok = "0" if pcode in CATALOGUE_MISSING else "1"
                checks = [dist_ok, f"浙江大区;浙北;{office};{code};{dname}", store_ok,
                          f"{channel};{klass};{sid};{name};浙江省;{city};{district};{town or ''};{road};启用",
                          "1", prod_ok, f"{pcode};{pname};{pack}", "1", "1",
                          "1" if dist_ok == store_ok == prod_ok == "1" else "0"]
                rows.append(row + checks)
                made += 1

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADER)
for row in rows:
    ws.append(row)
save(wb, "visits-zh-cn-displaychecks.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row[:25])
