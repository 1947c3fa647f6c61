"""
Shape of bft123/auto_luffy2 "media/sm/merchandise/经销商信息.xlsx" (at commit 3c9ab1f3): a household-
products maker's list of its supplying distributors, pulled from its field-sales CRM database with
a SQL client and saved by Excel. Sheet "Result 1": header in row 1 (not bold, frozen below it) —
供货经销商代码, 供货经销商名称, 大区, 省区, 营业所 — and 2209 distributors in the order the query
returned them (newest first): codes C + city letters + A + digits (CCSA487, CCDA6550), a few GS… and
QD0000000… codes; names of trading companies, wholesale shops, village stores, people (a sole
trader's own name), a street office, with ※ or ◎ marks typed after a third of them; 大区 / 省区 /
营业所 are the maker's own sales organisation (省区 mixes real provinces with 浙北省, 桂南省, 晋蒙省;
营业所 are sales offices). Seven names appear under two or three codes in different offices; two
rows have no 营业所 and one neither 省区 nor 营业所; at the end two placeholder accounts (经理渠道客户p,
临时渠道客户). Sheet "Query" holds the SQL text in A1. Values invented.
"""
from openpyxl.styles import Alignment

from fake import Fake, SURNAMES_CN, GIVEN_CN, save, workbook

f = Fake("dealers-zh-cn-channelquery")

# (大区, 省区, {营业所: dealers}, city letters, places)
ORG = [
    ("西北川渝大区", "四川省", {"成都所": 75, "川北组": 24}, "CD", ["武胜县", "简阳市", "绵阳市", "南充市", "遂宁市"]),
    ("西北川渝大区", "陕西省", {"宝鸡所": 23, "西安所": 26, "陕北所": 27}, "XA", ["延川县", "吴起县", "宝鸡市", "渭南市"]),
    ("西北川渝大区", "重庆", {"重庆所": 34, "万州组": 12, "鄂西组": 17}, "CQ", ["万州区", "涪陵区", "恩施市", "黔江区"]),
    ("西北川渝大区", "晋蒙省", {"太原所": 31, "内蒙组": 18, "临汾组": 11}, "TY", ["太原市", "鄂尔多斯市", "临汾市"]),
    ("西北川渝大区", "甘宁省", {"宁夏组": 16, "兰州组": 20, "河东组": 12, "河西组": 3}, "LZ", ["庆阳市", "兰州市", "银川市"]),
    ("西北川渝大区", "新疆", {"乌鲁木齐所": 10, "北疆所": 23, "南疆组": 14}, "WS", ["巴楚县", "库尔勒市", "昌吉市"]),
    ("西北川渝大区", "青藏省", {"青海组": 10, "西藏组": 4}, "QH", ["西宁市", "共和县"]),
    ("云贵广大区", "云南省", {"玉红所": 55, "昆明所": 52}, "KM", ["玉溪市", "红河县", "曲靖市"]),
    ("云贵广大区", "贵州省", {"贵阳所": 34, "遵义所": 29, "水城所": 14}, "GY", ["开阳县", "遵义市", "六盘水市"]),
    ("云贵广大区", "桂北省", {"柳州所": 34, "桂林所": 29, "贵港所": 13}, "GL", ["柳州市", "桂林市", "贵港市"]),
    ("云贵广大区", "桂南省", {"玉林所": 18, "北海所": 25, "南宁所": 22}, "NN", ["玉林市", "北海市", "南宁市"]),
    ("京津冀豫大区", "河南省", {"豫北所": 36, "郑州所": 29, "豫南所": 40}, "ZZ", ["清丰县", "内黄县", "固始县", "南召县"]),
    ("京津冀豫大区", "河北省", {"石衡所": 32, "邯邢所": 27, "保沧组": 17}, "SJ", ["衡水市", "邢台市", "沧州市"]),
    ("京津冀豫大区", "北京", {"北京所": 22, "外埠组": 15}, "BJ", ["隆化县", "昌平区", "大兴区"]),
    ("京津冀豫大区", "天津", {"天津所": 16, "外埠组": 15}, "TJ", ["武清区", "静海区"]),
    ("东北大区", "辽宁省", {"沈阳所": 38, "锦州所": 33, "鞍山所": 18, "大连所": 15}, "SY", ["康平县", "建昌县", "鞍山市"]),
    ("东北大区", "吉林省", {"长春所": 22, "四平所": 24, "吉林组": 9}, "CC", ["长岭县", "四平市", "吉林市"]),
    ("东北大区", "黑龙江省", {"哈尔滨所": 20, "哈外所": 32}, "HB", ["哈尔滨市", "绥化市"]),
    ("苏皖大区", "安徽省", {"皖中所": 29, "皖南所": 25, "皖北所": 24}, "HF", ["定远县", "芜湖市", "阜阳市"]),
    ("苏皖大区", "苏北省", {"南京所": 31, "南通所": 23, "苏北所": 34}, "NJ", ["南京市", "南通市", "宿迁市"]),
    ("苏皖大区", "苏南省", {"常镇所": 15, "苏州所": 14, "无锡所": 8}, "SZ", ["常州市", "苏州市", "无锡市"]),
    ("湘赣大区", "湖南省", {"衡阳所": 29, "永州所": 32, "长沙一所": 20, "怀化所": 19, "长沙二所": 15, "常德所": 15}, "CS",
     ["新化县", "溆浦县", "岳阳县", "永州市"]),
    ("湘赣大区", "江西省", {"赣州所": 25, "南昌所": 26, "上饶组": 7, "景德镇组": 7}, "NC", ["赣州市", "上饶市", "景德镇市"]),
    ("广东省", "广东省", {"东江所": 33, "潮州所": 17, "广州所": 63, "粤西所": 19, "佛山所": 19, "中江所": 14, "海南省": 16}, "GZ",
     ["梅州市", "潮州市", "湛江市", "佛山市"]),
    ("山东大区", "鲁西省", {"济南所": 29, "临沂所": 24, "济宁所": 23}, "JN", ["临沂市", "济宁市", "聊城市"]),
    ("山东大区", "鲁东省", {"烟威所": 9, "青岛所": 15, "潍坊所": 24}, "QD", ["潍坊市", "烟台市", "即墨区"]),
    ("浙江大区", "浙北省", {"绍金衢丽所": 33, "嘉湖所": 15, "杭州所": 17, "衢丽组": 1}, "HZ", ["永康市", "长兴县", "桐乡市"]),
    ("浙江大区", "浙南省", {"台州所": 11, "宁舟所": 15, "温州所": 6}, "TZ", ["台州市", "宁波市", "温州市"]),
    ("湖北省", "湖北省", {"武汉所": 33, "宜昌所": 31, "黄石所": 33}, "WH", ["武穴市", "宜城市", "阳新县"]),
    ("福建省", "福建省", {"厦门所": 25, "泉州所": 16, "福州所": 22}, "FZ", ["厦门市", "泉州市", "福州市"]),
    ("上海", "上海", {"沪南所": 12, "沪北所": 25, "浦东所": 13}, "SH", ["奉贤区", "宝山区", "浦东新区"]),
]
WORDS = list("鑫源航帆梦诚科净新鹏晟润颜初扬宇航泰丰薪和百顺兴达华联宏璟利时万通冠亿佳康盛旺隆昌福瑞金禾永安嘉美")
TRADES = ["商贸有限公司"] * 6 + ["贸易有限公司", "实业有限公司", "商贸有限责任公司", "日化批发部", "日化", "百货门市", "小百货",
                                "纸业", "烟酒副食", "商行", "购物广场", "超市"]


def dealer(place):
    shape = f.r.random()
    word = f.pick(WORDS) + f.pick(WORDS)
    if shape < 0.07:
        return f.pick(SURNAMES_CN) + "".join(f.pick(GIVEN_CN) for _ in range(f.pick([1, 2, 2])))
    if shape < 0.09:
        person = f.pick(SURNAMES_CN) + f.pick(GIVEN_CN) + f.pick(GIVEN_CN)
        return f"{person}（{word}日化批发站）"
    if shape < 0.16:
        return f"{place}{f.pick(['城关', '沿口', '云阳', '韩麻营', '亳城'])}镇{word}{f.pick(['综合门市', '百货门市', '日化'])}"
    return f"{place}{word}{f.pick(TRADES)}"


RESERVED = {"CTJA336", "CTYA038", "CCQA663", "CHFA335", "CSZA265", "CSZA225", "CHZA321", "CHZA320", "CNNA049", "CGLA190",
            "CGLA003", "CGLA229", "CGLA080", "CSHA1103"}
rows = []
seen = set()
for big, prov, offices, letters, places in ORG:
    n = 100
    for office, count in offices.items():
        for _ in range(count):
            name = dealer(f.pick(places))
            while name in seen:
                name = dealer(f.pick(places))
            seen.add(name)
            mark = f.pick(["※"] * 30 + ["◎"] * 3 + [""] * 67)
            n += f.r.randrange(1, 4)
            code = f"C{letters}A{n:03d}" if letters != "CD" else f"C{letters}A{6000 + n}"
            if code in RESERVED:
                n += 1
                code = f"C{letters}A{n:03d}"
            rows.append([code, name + mark, big, prov, office])
f.r.shuffle(rows)
rows = rows[:2189]
# the same company under two or three codes, served by different offices
twice = [("天津华润帕拉商贸有限责任公司", [("CTJA336", "京津冀豫大区", "天津", "天津所"), ("CTYA038", "西北川渝大区", "晋蒙省", "太原所")]),
         ("重庆吉丰信息科技有限公司", [("CCQA663", "西北川渝大区", "重庆", "鄂西组"), ("CHFA335", "苏皖大区", "安徽省", "皖南所")]),
         ("深圳市年盛达贸易有限公司", [("CSZA265", "广东省", "广东省", "广州所"), ("CSZA225", "广东省", "广东省", "广州所")]),
         ("北京华糖综合加工有限公司杭州分公司", [("CHZA321", "浙江大区", "浙南省", "宁舟所"), ("CHZA320", "浙江大区", "浙北省", "杭州所")]),
         ("广西南兴百货有限责任公司", [("CNNA049", "云贵广大区", "桂北省", "柳州所"), ("CGLA190", "云贵广大区", "桂北省", "桂林所"),
                                      ("CGLA003", "云贵广大区", "桂北省", None)]),
         ("桂林市安厦南兴百货有限公司", [("CGLA229", "云贵广大区", "桂北省", "桂林所"), ("CGLA080", "云贵广大区", "桂北省", "桂林所")])]
extra = []
for name, accounts in twice:
    for code, big, prov, office in accounts:
        extra.append([code, name, big, prov, office])
for pos, row in zip(sorted(f.r.sample(range(40, 2150), len(extra))), extra):
    rows.insert(pos, row)
rows.insert(291, ["GS00057", "庆阳宏景工贸有限责任公司", "西北川渝大区", "甘宁省", "河东组"])
rows.insert(292, ["GSQTBM", "甘肃临时专用※", "西北川渝大区", "甘宁省", "兰州组"])
rows.insert(294, ["GS00018", "七里河区华联超市绿都店", "西北川渝大区", "甘宁省", "兰州组"])
rows.insert(600, ["CSHA1103", "上海市奉贤区人民政府西渡街道办事处", "东北大区", "辽宁省", "锦州所"])
rows += [["QD0000000033", "经理渠道客户p", "广东省", None, None],
         ["QD0000000022", "上海艾思薇实业有限公司", "上海", "上海", None],
         ["QD0000000010", "临时渠道客户", "广东省", "广东省", "广州所"]]
assert len(rows) == 2209, len(rows)

wb = workbook()
ws = wb.active
ws.title = "Result 1"
ws.append(["供货经销商代码", "供货经销商名称", "大区", "省区", "营业所"])
for row in rows:
    ws.append(row)
ws.freeze_panes = "A2"
for col, w in zip("ABCDE", [16.41, 49.75, 12.33, 8.5, 10.41]):
    ws.column_dimensions[col].width = w
q = wb.create_sheet("Query")
q["A1"] = ("select t.channelcode as 供货经销商代码,\n       t.channelname as 供货经销商名称,\n       t.strings[4] as 大区,\n"
           "       t.strings[5] as 省区,\n       t.strings[6] as 营业所\nfrom (\n         SELECT kcc.channelcode AS channelcode,\n"
           "                kcc.channelname AS channelname,\n                string_to_array(sid.fullname,'/') AS strings,\n"
           "                kcc.contactname AS contactname,\n                kcc.contactphone AS contactphone,\n"
           "                kcc.address AS address,\n                kcc.status AS status\n"
           "         FROM ka_kq_channelcustomers AS kcc\n"
           "                  LEFT JOIN pl_orgstruct AS sid ON kcc.saleareaid = sid.orgstructid AND sid.platstatus = 1\n"
           "         WHERE kcc.status = '1'\n           AND kcc.platstatus = 1\n         ORDER BY kcc.createtime DESC\n) t\n"
           "where t.strings[4] <> '总部'")
q["A1"].alignment = Alignment(wrap_text=True)
save(wb, "dealers-zh-cn-channelquery.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)
