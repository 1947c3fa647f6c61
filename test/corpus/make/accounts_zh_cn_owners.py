"""
Shape of rainthm/Hello "kehu.xlsx" (at commit a8e99ee): a cloud and network services seller's list
of its key accounts and who owns them (Excel, 简体 with English team and owner names). Sheet1: header
in row 1, bold on A–E only (公司代码, 对应团队, 客户所有人, 公司名称, 客户状态) and a sixth column headed
公司名称 again, added later by a script: a "short name" made by cutting city names and words such as
有限公司/科技/技术 out of the full name, which leaves fragments (市中易通数字, ' BEECLOUDSYSTEM  SERVICES ',
trailing spaces). 715 accounts sorted by their four-letter code, every cell text-formatted (@):
the sales team (North Sales Team 1, East Sales D（Lily）…, full-width brackets in some), the owner as
"Surname Given" in pinyin + English name (one in lower case), the company's legal name (Chinese
mostly, some English or Hong Kong/Singapore companies in capitals, one with （原为：…） for its former
name), the status 现有客户 or 锁定客户. An empty Sheet2. No blank rows, no filter, no freeze.
Values invented.
"""
import re
import string

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("accounts-zh-cn-owners")

OWNER_SURNAMES = ["Wang", "Gao", "Lin", "Xu", "Sun", "Shen", "Hu", "Li", "Pan", "Du", "He", "Dong", "Jia", "Zhou", "Chen",
                  "Zhang", "Liu", "Yang", "Zhao", "Huang", "Wu", "Zheng", "Luo", "Tang", "Feng", "Cao"]
OWNER_GIVEN = ["Morgan", "Celia", "Rowan", "Tess", "Damon", "Vera", "Ivan", "Sean", "Alvin", "Quinn", "Hazel", "Nolan",
               "Elsa", "Felix", "Gina", "Hugo", "Iris", "Jonah", "Kara", "Leon", "Milo", "Nina", "Otto", "Pearl",
               "Rex", "Sabrina", "Toby", "Una", "Victor", "Wendy", "Yale", "Zora", "Brice", "Cleo", "Dario", "Edie",
               "Flynn", "Greta", "Hank", "Ines", "Jude", "Kit", "Lorna"]
LEADS = ["Rowan", "Celia", "Tess", "Damon", "Vera"]
TEAMS = ["North Sales Team 1", "South sales 3", "South Enterprise Sales1", "South Enterprise Sales 2",
         f"East Sales D（{LEADS[0]}）", f"East Sales（{LEADS[1]}）", f"East Sales D（{LEADS[2]}）", "North Sales Team-2",
         f"East Sales D（{LEADS[1]}）", f"New BD Sales ({LEADS[3]})", f"East Sales D（{LEADS[4]}）", "South Sales 3 D",
         "North Sales II Director", "South Division", "East Sales D（Kit）", "CR Team", "North Sales I Director",
         "International Sales Manager", "North SOP", "East Division"]
TEAM_WEIGHTS = [142, 128, 85, 54, 53, 44, 41, 37, 33, 26, 19, 15, 14, 7, 7, 5, 2, 1, 1, 1]
CITIES = ["上海", "深圳", "北京", "广州", "杭州", "成都", "东莞", "惠州", "苏州", "南京", "武汉", "厦门", "张家口", "天津"]
STEMS = ["祖越", "中宇", "安畅", "奥比", "爱驰", "艾博", "筑裕", "易通", "云帆", "星环", "华讯", "数联", "博纳", "启明", "远景",
         "蓝讯", "天润", "鼎捷", "汇川", "瑞联", "锐捷", "网宿", "迅达", "优刻", "极光", "明略", "智云", "睿创", "联动", "亿航",
         "拓维", "信安", "宏图", "卓越", "万达", "思特", "凌云", "新宇", "海纳", "德赛", "安必", "贝尔", "微盟", "聚能",
         "中易", "世纪", "光环", "金山", "方正", "创维", "佳讯", "长亮", "恒生", "同花", "新华", "易捷", "乐信", "美图"]
TRADES = ["通信技术有限公司", "信息技术有限公司", "网络科技有限公司", "科技股份有限公司", "数字科技有限公司", "云计算服务有限公司",
          "电子商务有限公司", "汽车有限公司", "生物科技有限公司", "贸易有限公司", "数据服务有限公司", "科技发展有限公司",
          "软件有限公司", "传媒有限公司", "智能科技有限公司", "金融信息服务有限公司"]
EN_STEMS = ["AURORA", "BEECLOUD", "KESTREL", "LUMEN", "NIMBUS", "ORBIT", "PAXTON", "QUASAR", "RIVULET", "SOLACE",
            "TANDEM", "VERTEX", "WAYPOINT", "ZENITH"]
EN_TRADES = ["TECHNOLOGY LIMITED", "NETWORKS LIMITED", "Pte Ltd", "SCIENCE AND TECHNOLOGY LIMITED", "DATA INTERNATIONAL COMPANY LIMITED",
             "FINANCIAL LIMITED", ",Inc", "Research & Development GmbH"]
CUT = CITIES + ["有限公司", "股份", "科技", "技术", "信息", "服务", "（中国）", "(中国)", "集团", "发展", "网络", "贸易",
                "LIMITED", "Limited", "TECHNOLOGY", "Ltd", "COMPANY", "HK "]

owners = {}
for g in OWNER_GIVEN:
    s = f.pick(OWNER_SURNAMES)
    owners[g] = f"{s} {g}"
owners["Kit"] = "Hu kit"  # one written in lower case
owner_names = list(owners.values())


def company():
    roll = f.r.random()
    if roll < 0.08:
        name = f.pick(EN_STEMS) + " " + f.pick(EN_TRADES)
        return ("HK " + name) if f.chance(0.2) else name
    city = f.pick(CITIES)
    stem = f.pick(STEMS) + f.pick(["", "", f.pick(STEMS)[:1]])
    trade = f.pick(TRADES)
    if f.chance(0.15):
        return f"{stem}{trade[:-4]}（{city}）有限公司"
    name = f"{city}{'市' if f.chance(0.2) else ''}{stem}{trade}"
    return name


def short(name):
    s = name
    for word in CUT:
        s = s.replace(word, "")
    s = re.sub(r"[（）()：]", "", s)
    return s if s.strip() else name


def code():
    return "".join(f.pick(string.ascii_uppercase) for _ in range(4))


rows = []
names = set()
codes = set()
while len(rows) < 715:
    name = company()
    c = code()
    if name in names or c in codes:
        continue
    names.add(name)
    codes.add(c)
    team = f.r.choices(TEAMS, TEAM_WEIGHTS)[0]
    lead = re.search(r"[（(](\w+)[）)]", team)
    owner = owners[lead.group(1)] if lead and f.chance(0.8) else f.pick(owner_names)
    status = "现有客户" if f.chance(0.62) else "锁定客户"
    rows.append([c, team, owner, name, status])
rows.sort(key=lambda r: r[0])
# A company with its former name in brackets.
rows[700][3] = rows[700][3].replace("有限公司", "有限公司（原为：" + rows[699][3][:2] + "俞越通信科技发展有限公司）", 1)
for r in rows:
    r.append(short(r[3]) + (" " if f.chance(0.05) else ""))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["公司代码", "对应团队", "客户所有人", "公司名称", "客户状态", "公司名称"])
for cell in ws[1][:5]:
    cell.font = Font(bold=True)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2, max_col=5):
    for cell in row:
        cell.number_format = "@"
for col, width in {"A": 9.55, "B": 26.78, "C": 15.22, "D": 47.44}.items():
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet2")
save(wb, "accounts-zh-cn-owners.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)
