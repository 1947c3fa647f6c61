"""
Shape of Hayben/sewing "src/test/resources/信贷客户资料.xlsx" (at commit c3ee9b07): a loan sales
team's call list of small firms in Wuxi (锡山区), saved by Excel in 2014 with three sheets, Sheet2 and
Sheet3 empty. Sheet1 has NO header row: 1001 rows of six text columns, in the order the list was
pasted from a business directory: firm, its boss, landline, mobile, fax, address. Two pastes meet
in it: about half the rows have every cell led by a space (' 86 0510 88150331', ' 1390…',
' 中国 江苏 无锡市锡山区 …'), the others are written '86-0510-88150331' with no space (and a tenth
'86 0510 …' with none). Landlines carry extensions (-809), a second number after '/', a mobile in
place of the number ('86-0510-139…'), an area code written twice; faxes are empty on a third of the
rows, '86--' or '-0510-…' on others; mobiles carry the caller's result fused to them on nine rows
(不需要, 关机, 错误, 停机, 打错, 不通, 挂电话), are 12 digits on three and empty on 38. Firms are
有限公司 / 厂 / 销售部 / 加工场 / 商行; rows 246–320 are 74 traders of a wholesale market listed by
their own name, the same name as boss; fifteen more are sole traders '某某（个体经营）' (or
'(个体经营)', '（个人）'), mostly with themselves as boss; an address with a QQ number run on; ten
firms appear twice with another contact (one pair identical but for the address). Bosses are
mostly full names, a few '张经理' / '廖先生', three missing. Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("prospects-zh-cn-creditcalls")

TOWNS = ["东港镇", "羊尖镇", "锡北镇", "东北塘镇", "安镇", "鹅湖镇", "八士镇", "厚桥", "云林", "东亭"]
PLACES = ["东方钢材城", "东方钢材城二期", "春雷工业园", "锡山经济开发区", "外山工业园", "锡港路", "二泉中路",
          "北环路", "团结中路", "春晖路", "华夏路", "友谊北路", "芙蓉三路", "天鹅湖工业园"]
STEMS = ["祥利", "新志", "晨旺", "犇云", "喜来顺", "天宙", "金华泽", "锡泉", "祥顺", "玺迪", "汇旭", "石岩", "如泰",
         "深鹏", "鑫源盛", "求和", "旭康", "法兰德", "和润", "永辉", "昌弘", "创辉", "舟轩", "双马", "佳洲", "博世",
         "彩虹之艺", "璐璐", "新君发", "金力", "宏泰", "华通", "锦顺", "瑞丰", "东晟", "联鑫", "恒达", "正昌", "利民"]
TRADES = ["机械制造厂", "铸造设备有限公司", "包装有限公司", "电机加工厂", "钢铁发展有限公司", "起动齿轮厂", "钢业有限公司",
          "机电阀门有限公司", "钢铁有限公司", "不锈钢有限公司", "线缆有限公司", "烫钻厂", "人造草坪有限公司",
          "国际货运代理有限公司", "不锈钢水箱有限公司", "电机科技有限公司销售部", "金属制品有限公司销售部",
          "光电器件厂", "冷藏物流有限公司", "五金加工厂", "电子器材厂销售部", "塑业", "液压科技有限公司（业务部）",
          "窗帘有限公司", "童装厂", "液压机械厂", "针织童装加工场", "纸品加工场", "纺织有限公司", "化工设备有限公司"]
RESULTS = ["不需要", "关机", "错误", "停机", "打错", "不通", "挂电话", "挂电话", "不需要"]


def number8():
    return f"{f.r.randrange(6, 9)}{f.r.randrange(10**7):07d}"


def firm():
    for _ in range(100):
        head = f.pick(["无锡市", "无锡", "无锡市锡山区", "锡山区", "江苏", "无锡市"])
        town = f.pick(TOWNS) if head.endswith("山区") and f.chance(0.5) else ""
        name = f"{head}{town}{f.pick(STEMS)}{f.pick(TRADES)}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no firm name")


def boss():
    if f.chance(0.02):
        return f.pick(SURNAMES) + f.pick(["经理", "先生", "女士", "总"])
    return f.name_cn(unique=False)


def landline(style):
    area = f.pick(["0510"] * 12 + ["510"])
    n = number8()
    tail = ""
    k = f.r.random()
    if k < 0.03:
        tail = f"-{f.r.randrange(100, 999)}"
    elif k < 0.045:
        tail = "/" + number8()
    elif k < 0.055:
        tail = "/" + f.mobile_cn()
    if f.chance(0.02):
        n = f.mobile_cn()
    if f.chance(0.006):
        area = "0510 0510" if style != "dash" else "0510-0510"
    if style == "dash":
        return f"86-{area}-{n}{tail}"
    return f"{' ' if style == 'space' else ''}86 {area} {n}{tail}"


def fax(style, phone):
    k = f.r.random()
    if k < 0.36:
        return None
    if style == "dash":
        if k < 0.43:
            return "86--"
        if k < 0.46:
            return "-0510-" + number8()
        return phone if f.chance(0.3) else f"86-0510-{number8()}"
    if k < 0.38:
        return " 86 "
    return (" " if style == "space" else "") + (phone.strip() if f.chance(0.3) else f"86 0510 {number8()}")


def mobile(style):
    if f.chance(0.038):
        return None
    m = f.mobile_cn()
    if f.chance(0.003):
        m = m + str(f.r.randrange(10))
    return (" " if style == "space" else "") + m


def address(style, town_first=None):
    k = f.r.random()
    city = "无锡市锡山区"
    if k < 0.011:
        city = "无锡"
    elif k < 0.022:
        city = "无锡市"
    elif k < 0.03:
        city = f.pick(["无锡市北塘区", "无锡市惠山区", "江阴市", "无锡市南长区", "常熟市", "无锡市崇安区"])
    place = town_first or f.pick([
        f"无锡市锡山区{f.pick(TOWNS)}",
        f"{f.pick(TOWNS)}{f.pick(['工业园', '南村村', '廊下村', '东青河村', ''])}",
        f"无锡市{f.pick(PLACES)}{f.r.randrange(1, 300)}号",
        f"无锡市北环路118号{f.pick(PLACES[:2])}{f.pick(['', '4栋D38-39', '2期c5-118号', '二期四幢楼'])}",
        f"{f.pick(PLACES)}{f.r.randrange(1, 200)}号",
        f"锡山区{f.pick(TOWNS)}{f.pick(PLACES)}{f.r.randrange(1, 99)}号",
    ])
    return f"{' ' if style == 'space' else ''}中国 江苏 {city} {place}"


SURNAMES = list("张王李陈周吴徐孙朱马胡郭何高林罗郑廖")
used = set()
rows = []
style = "space"
SOLE = {339, 376, 449, 473, 530, 542, 544, 562, 567, 594, 623, 790, 968, 180, 700}
for i in range(1001):
    if i % 60 == 0:
        style = f.pick(["space", "space", "space", "dash", "dash", "plain"])
    phone = landline(style)
    mob = mobile(style)
    if 245 <= i <= 319 and i != 318:
        # A wholesale market's traders, each listed under their own name.
        person = f.name_cn()
        market = f.pick(["五洲国际工业博览城", "五洲国际工业博览城二期福建街", "南方国际电动车城1区", "新世界国际涂料市场"])
        rows.append([person, person, phone, mob, fax(style, phone) if f.chance(0.4) else None,
                     address("space", f"无锡市{market}{f.pick('ABCD')}{f.r.randrange(10, 60)}栋{f.r.randrange(101, 130)}号")])
        continue
    name, contact = firm(), boss()
    if i in SOLE:
        person = f.name_cn()
        name = person + f.pick(["（个体经营）", "（个体经营）", "(个体经营)", "（个人）"])
        contact = person if f.chance(0.8) else contact
    rows.append([name, contact, phone, mob, fax(style, phone), address(style)])
rows[247][5] = rows[247][5] + "QQ：" + str(f.r.randrange(10**8, 10**10))
rows[249][2] = rows[249][2].replace("86 0510", "0086 0510", 1)
rows[243][2] = rows[243][2] + "/" + number8()[-4:] + "/" + f.mobile_cn()

# Callers' results written onto the mobile, as the team left them.
for i in [1, 2, 3, 4, 5, 7, 8, 9, 6][:9]:
    r = 40 * i + 1
    if rows[r][3] is None:
        rows[r][3] = f.mobile_cn()
    rows[r][3] = rows[r][3] + RESULTS[i - 1]
# Missing phones and bosses.
for r in (346, 348, 376, 401):
    rows[r][2] = None
for r in (794, 870, 945):
    rows[r][1] = None
# Firms listed twice, with another contact (one pair identical but for the address).
for a, b in [(92, 189), (144, 145), (170, 638), (470, 471), (646, 649), (673, 723), (707, 708), (771, 778),
             (909, 912), (947, 950)]:
    rows[b][0] = rows[a][0]
    if a in (909, 947):
        rows[b][1:5] = rows[a][1:5]
        if a == 947:
            rows[b][4] = "86--"
    else:
        rows[b][2] = rows[a][2] if f.chance(0.5) else rows[b][2]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
font = Font(name="宋体", size=11)
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(r, c, v).font = font
ws.column_dimensions["A"].width = 29.125
ws.column_dimensions["C"].width = 32.75
ws.column_dimensions["D"].width = 42.625
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "prospects-zh-cn-creditcalls.xlsx")
