"""
Shape of yoyyx123/langchao_2 "member.xlsx": an IT service dealer's client workbook for its CRM
(Microsoft Excel), the client being one rural commercial bank whose every branch it services,
three sheets; the CRM's import read only the first.

- 客户信息: 序号 / 编号 (empty on every row) / 客户全称 / 客户简称 / 客户所属地 / 客户属性 / 地址, no
  title, plain header. One row per branch, head office first, then first-level and second-level
  branches, 分理处, 金融便利店, data and management centres, then the village banks the bank set
  up in other provinces (异地支行 / 异地分支行, named without the bank's prefix). Addresses without
  the city for Shanghai branches, with province and county elsewhere; a trailing space on some;
  '无' where a centre has no public address. Two branches entered twice with two addresses (a
  move), one village bank twice.
- 事件类型: the dealer's own list of service event types and the departments using them.
- ATM: the bank's ATM sites (name and address), with empty columns to J.
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("branches-zh-cn-bankitservice")
BANK = "申江农商银行"
wb = workbook()
ws = wb.active
ws.title = "客户信息"
ws.append(["序号", "编号", "客户全称", "客户简称", "客户所属地", "客户属性", "地址"])

TOWNS = ["泥城", "堡镇", "安亭", "洞泾", "干巷", "凉城", "东沟", "彭镇", "奉城", "新民", "马陆", "南翔", "江桥", "华漕", "七宝",
         "莘庄", "颛桥", "周浦", "航头", "惠南", "大团", "书院", "新场", "金桥", "高桥", "高行", "唐镇", "川沙", "祝桥", "朱家角",
         "练塘", "金泽", "车墩", "叶榭", "亭林", "枫泾", "廊下", "吕巷", "张堰", "漕泾", "庄行", "金汇", "青村", "南桥", "海湾",
         "柘林", "罗店", "月浦", "杨行", "顾村", "大场", "庙行", "淞南", "高境", "江湾", "五角场", "殷行", "长白", "延吉", "控江",
         "曹杨", "真如", "桃浦", "长征", "万里", "甘泉", "宜川", "石泉", "彭浦", "临汾", "共和新", "大宁", "芷江西", "天目西"]
ROADS = ["新城路", "人民路", "解放街", "长兴路", "新溪街", "车站南路", "东靖路", "新华路", "南奉公路", "新晨路", "沪南公路",
         "川沙路", "墨玉路", "朱枫公路", "沈杜公路", "保德路", "曹安公路", "嘉松北路", "沪太路", "共和新路", "中山北路"]
LEVELS = [("二级支行", "支行"), ("分理处", "分理处"), ("金融便利店", "金融便利店")]
rows = [("总行营业部", "上海", "一级支行", f"延安西路{f.r.randrange(100, 900)}号")]
for town in ["滨江", "黄浦", "浦东", "闵行", "嘉定", "宝山", "松江", "青浦", "金山", "奉贤", "崇明", "徐汇", "静安", "普陀",
             "长宁", "虹口", "杨浦", "临港", "张江", "外高桥"]:
    rows.append((f"{town}支行", "上海", "一级支行", f"{f.pick(ROADS)}{f.r.randrange(1, 999)}号"))
for name in ["数据中心", "昆山灾备中心", "票据中心", "运营中心", "信用卡中心", "培训中心"]:
    rows.append((name, "上海", "中心机构", "无" if f.chance(0.35) else f"{f.pick(ROADS)}{f.r.randrange(1, 999)}号"))
for name in ["浦东管理分部", "浦西管理分部", "郊区管理分部"]:
    rows.append((name, "上海", "管理分部", f"{f.pick(ROADS)}{f.r.randrange(1, 999)}号"))
used = {r[0] for r in rows}
while len(rows) < 420:
    town = f.pick(TOWNS)
    level, word = f.r.choices(LEVELS, [282, 93, 16])[0]
    name = f"{town}{word}" if word != "分理处" else f"{town}{f.pick(['', '新', '东', '西', '南', '北'])}{word}"
    if name in used:
        continue
    used.add(name)
    street = f"{town}镇{f.pick(ROADS)}{f.r.randrange(1, 3000)}号" if f.chance(0.4) else f"{f.pick(ROADS)}{f.r.randrange(1, 3000)}号"
    if f.chance(0.05):
        street += f"{f.r.randrange(1, 30)}弄{f.r.randrange(1, 9)}号"
    rows.append((name, "上海", level, street + (" " if f.chance(0.03) else "")))
VILLAGE = [("湖南", ["临澧", "石门", "澧县", "安乡", "津市", "汉寿"], "县"), ("山东", ["宁阳", "东平", "岱岳", "长清", "平阴"], "县"),
           ("云南", ["嵩明", "富民", "宜良", "石林", "禄劝"], "县"), ("北京", ["房山"], "区"), ("深圳", ["光明"], "区")]
for province, counties, suffix in VILLAGE:
    for county in counties:
        head = f"{county}沪农商村镇银行"
        city = {"湖南": "常德市", "山东": "泰安市", "云南": "昆明市", "北京": "北京市", "深圳": "深圳市"}[province]
        rows.append((head, province, "异地支行", f"{city}{county}{suffix}{f.pick(ROADS)}{f.r.randrange(1, 500)}号"))
        for _ in range(f.pick([0, 1, 1, 2])):
            branch = f"{head}{f.pick(['城关', '新城', '西门', '北街', '工业园'])}支行"
            if branch not in used:
                used.add(branch)
                rows.append((branch, province, "异地分支行", f"{county}{suffix}{f.pick(['城关镇', '新城街道', '工业园区'])}"
                                                             f"{f.pick(ROADS)}{f.r.randrange(1, 500)}号" + (" " if f.chance(0.2) else "")))
# Entered twice: two branches after a move, one village bank twice.
movers = [r for r in rows if r[2] == "二级支行"][:2] + [r for r in rows if r[2] == "异地支行"][:1]
for m in movers:
    idx = rows.index(m) + f.r.randrange(15, 30)
    rows.insert(idx, (m[0], m[1], m[2], f"{f.pick(ROADS)}{f.r.randrange(1, 3000)}弄{f.r.randrange(1, 9)}号"))

for i, (name, place, level, addr) in enumerate(rows, start=1):
    full = f"{BANK}{name}" if place in ("上海",) else name
    short = name if place == "上海" else name
    ws.append([i, None, full, short, place, level, addr])
for col, w in zip("ABCDEFG", [5.5, 41, 32, 11.25, 62.75, 10, 11.25]):
    ws.column_dimensions[col].width = w

events = wb.create_sheet("事件类型")
events.append(["序号", "事件类型", "使用部门"])
EVENTS = [("上门驻派", "全部"), ("取、送货", "全部"), ("事务处理", "全部"), ("PC安装、调试", "销售一部、技术拓展部"),
          ("PC维修", "销售一部、技术拓展部"), ("打印机安装、调试", "销售一部、技术拓展部"), ("打印机维修", "销售一部、技术拓展部"),
          ("网络布线", "技术拓展部"), ("交换机配置", "系统集成部"), ("服务器安装", "系统集成部"), ("服务器巡检", "系统集成部"),
          ("存储扩容", "系统集成部"), ("监控安装", "技术拓展部"), ("监控维修", "技术拓展部"), ("ATM巡检", "自助设备部"),
          ("ATM维修", "自助设备部"), ("ATM加钞协助", "自助设备部"), ("叫号机维修", "自助设备部"), ("排队机安装", "自助设备部"),
          ("视频会议系统安装调试", "系统集成部"), ("视频会议系统维护、抢修", "系统集成部"), ("UPS巡检", "技术拓展部"),
          ("机房搬迁", "系统集成部"), ("网点装修配合", "全部"), ("设备回收", "全部"), ("培训", "全部"), ("文档编写", "系统集成部")]
for i, (name, dept) in enumerate(EVENTS, start=1):
    events.append([i, name, dept])

atm = wb.create_sheet("ATM")
atm.append(["序号", "ATM自助银行", "地址"])
for i in range(1, 30):
    host = f.pick([r[0] for r in rows if r[1] == "上海" and r[2] == "二级支行"])
    if f.chance(0.5):
        label = f"{BANK}{f.pick(TOWNS)}{f.pick(['公寓', '小区', '广场', '新村'])}ATM"
    else:
        label = f"{host}ATM"
    atm.append([i, label, f"{f.pick(TOWNS)}镇{f.pick(ROADS)}{f.r.randrange(1, 2000)}号"])
atm.cell(1, 10).value = None
atm.column_dimensions["B"].width = 36
for sheet in (ws, events, atm):
    for c in sheet[1]:
        c.font = Font(bold=False)

save(wb, "branches-zh-cn-bankitservice.xlsx")
