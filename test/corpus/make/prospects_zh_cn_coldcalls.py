"""
Shape of a telemarketer's cold-call list of companies in one industry park, as in
DonaghyMO/leeta_address_book "hunan_enterprise.xlsx" (Excel; a script loads it into an enterprise
directory): one sheet 'Sheet1' without a header row. A company name; a phone (mobiles stored as
numbers, landlines '0731-…' as text, some with a no-break space before or after); the registered
address in C, merged over C:D on most of the called rows, with a HYPERLINK formula to the website in
D on a few rows instead; E empty (the script's 'visited'); '√' in F on the companies already called
(the first 39); the call's outcome in G as typed ('空号', '未接听', '拒接', '停机', '前台接的\\n不用',
'沟通成功<mobile> 刘总' …). Several companies share a cluster-registration address, two a mobile.
Values invented: companies, phones, addresses, websites and names.
"""
from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("prospects-zh-cn-coldcalls")
cf = CachedFormulas()

PREFIX = ["湖南", "湖南", "湖南", "长沙", "湖南省"]
WORDS = ["天河国云", "兆物信链", "圣火", "泽远", "聚朵", "中能北斗", "水克拉", "中投", "火星", "求索", "瀚汇辰鑫", "宸瀚", "农商链",
         "东康", "车仕库", "坤海", "福鑫链", "新内容", "环球链", "九点零", "快讯", "乐车链", "御鼎", "维大", "亿迅云", "星光",
         "裕智", "科纳菲", "度科", "彗众", "振湘", "大惠堂", "艾德思普", "融度", "航图", "酿福", "信链通", "金恒汇", "易畅银",
         "智慧政务", "柏安", "德恒", "慧谱", "永恩", "融链", "普天", "文链", "易购", "链未来", "至乐", "黑茶", "链城", "中电工",
         "证通云", "华智", "云创", "大爱", "边城", "知洋", "蜂鸟", "鑫西达", "天冠", "链信安", "自链", "和信安华", "创发", "威胜",
         "科创", "百川", "三省", "迪安", "湘链", "麓谷", "星沙", "芯城"]
TRADES = ["区块链科技有限公司", "区块链有限公司", "科技有限公司", "网络科技有限公司", "信息科技有限公司", "电子商务有限公司",
          "数据技术有限公司", "智能科技有限公司", "生态农业科技有限公司", "知识产权代理有限公司", "信息技术股份有限公司",
          "商业管理有限公司", "劳务有限责任公司"]
BUILDINGS = ["长沙中电软件园总部大楼", "奥克斯广场1栋", "德思勤城市广场A3栋", "开福万达广场B区商业综合体", "嘉盛商务广场",
             "麓谷钰园A3栋", "麓枫和苑5栋", "星沙区块链产业园", "运达中央广场商务综合楼N单元", "曙光大厦", "湖南商会大厦",
             "神汉商业广场", "景泰雅苑1栋", "芯城科技园5栋", "宏景名厦"]
DISTRICTS = ["长沙高新开发区", "湖南省长沙市岳麓区", "湖南省长沙市雨花区", "湖南省长沙市开福区", "湖南省长沙市天心区",
             "长沙经济技术开发区", "长沙市芙蓉区", "湖南省娄底市娄星区"]
ROADS = ["尖山路", "岳麓大道", "迎新路", "麓松路", "劳动西路", "芙蓉北路二段", "中山路", "万家丽中路二段", "潇湘中路", "蓝田北路",
         "文轩路", "韶山北路", "曙光北路", "东方红中路", "裕农街", "桐梓坡西路"]
OUTCOMES = ["空号"] * 7 + ["未接听"] * 4 + ["拒接", "停机", "关机", "不是", "不存在", "已注销", "现在不做了", "能通在有事",
                                      "前台接的\n不用", "前台接不需要", "随意号码打错 ", "注册随意填的号码", "不在那公司了 公司不存在了"]
SURNAMES = ["刘", "王", "陈", "张", "李"]
CLUSTER = "长沙经济技术开发区星沙产业基地蓝田北路1号星沙区块链产业园401号(集群注册)"

names = set()


def company():
    def make():
        return f"{f.pick(PREFIX)}{f.pick(WORDS)}{f.pick(TRADES)}"
    name = f._unique(make)
    names.add(name)
    return name


def address():
    text = f"{f.pick(DISTRICTS)}{f.pick(ROADS)}{f.r.randrange(1, 900)}号{f.pick(BUILDINGS)}{f.r.randrange(2, 45)}{f.r.randrange(1, 30):02d}房"
    return text + f.pick(["", "", "", " ", "  "])


def landline():
    return f"0731-8{f.r.randrange(1000000, 9999999)}"


rows = []
shared_mobile = int(f.mobile_cn())
shared_address = address().strip()
for i in range(73):
    called = i < 39
    name = company()
    if f.chance(0.05):
        name += " "
    phone = None
    if f.chance(0.78 if called else 0.72):
        if f.chance(0.6 if called else 0.45):
            phone = int(f.mobile_cn())
        else:
            phone = landline()
        if not called and isinstance(phone, str) and f.chance(0.3):
            phone += "\xa0"
        elif not called and isinstance(phone, int) and f.chance(0.2):
            phone = f"{phone}\xa0"
    addr = address()
    if not called and f.chance(0.2):
        addr = CLUSTER
    if not called and f.chance(0.15):
        addr = "\xa0" + addr.strip()
    rows.append({"name": name, "phone": phone, "address": addr, "called": called, "site": None, "outcome": None})

# Two companies at one address under one mobile (the same person registered both).
for k in (2, 19):
    rows[k]["phone"], rows[k]["address"] = shared_mobile, shared_address
# A few called companies with their website instead of a merged address cell.
for k in (0, 8, 11):
    rows[k]["site"] = f"www.{f.pick(['tianyun', 'lianke', 'xinchain', 'yunlu', 'hxlink'])}{k}.example.com"
rows[0]["address"] = None
rows[0]["phone"] = None
for k, row in enumerate(rows[:39]):
    if row["phone"] is not None and f.chance(0.8):
        row["outcome"] = f.pick(OUTCOMES)
rows[7]["outcome"] = f"沟通成功{f.mobile_cn()} {f.pick(SURNAMES)}总 "
rows[11]["outcome"] = rows[5]["name"][2:6]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
font = Font(name="宋体", size=12)
for r, row in enumerate(rows, 1):
    ws.cell(r, 1, row["name"]).font = font
    if row["phone"] is not None:
        ws.cell(r, 2, row["phone"]).font = font
    if row["address"] is not None:
        ws.cell(r, 3, row["address"]).font = font
    if row["site"]:
        cf.formula(ws, f"D{r}", f'=HYPERLINK("{row["site"]}","{row["site"]}")', row["site"])
    elif row["called"] and row["address"] and f.chance(0.75):
        ws.merge_cells(f"C{r}:D{r}")
    if row["called"]:
        ws.cell(r, 6, "√").alignment = Alignment(horizontal="center")
    if row["outcome"]:
        cell = ws.cell(r, 7, row["outcome"])
        cell.alignment = Alignment(wrap_text="\n" in row["outcome"])
for col, width in zip("ABCDEFG", [46.4, 40.5, 110.9, 50.4, 19.4, 13, 13]):
    ws.column_dimensions[col].width = width

cf.save(wb, "prospects-zh-cn-coldcalls.xlsx")
