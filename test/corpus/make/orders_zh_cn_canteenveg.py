"""
Shape of Gc-Mall/CRM "example.xlsx" (at commit 13813626e7ef242a270aa16b939cd6151ccf650f): the working
workbook of a vegetable wholesaler that supplies school, hospital and factory canteens and small
eateries around a Sichuan town (简体, Excel), kept in a repository named CRM. Eight sheets, none a
client list:

- 总菜单: one day's orders typed down eight columns: a customer's short name (伊外, 厂, 农, 思, a
  school, 灌汤, 核, 小炒) heads each column in row 1 and the next customer's short name starts a new
  run inside the column ('伊' in A5, '安德' in D9 …); every other cell is an item glued to its
  quantity ('青笋400', '豆腐13盒', '蒜1袋', '冬瓜35+7', '凉粉丝7+18'); stray numbers in K (prices or
  weights) and stray names and short names in M-P; the used range runs to column XFD.
- 周菜单: the week's orders per customer: short names in row 1 merged over two columns for most of
  the bigger customers, day blocks 周1 … 周5 merged down A, item+quantity cells under each customer.
- 分类: the day's pivot by hand: the date serial in A1, customer short names across row 2 (26 of
  them), item names down A, quantities (some text: '4桶', '13盒', '7+18', '皮5') where a customer
  ordered the item; a second date block further down.
- 蔬情农残 and 伊柯农残: pesticide residue test reports for the wholesaler's two trading names under
  a merged title, 抽样时间 (date serials) / 样品名称 / 抑制率 (0, percent format) / 检测结果 (合格) /
  检验员, the company name and the date at the foot.
- 考勤表: a staff attendance grid: a legend of codes in rows 1-2, a merged title '员 工 考 勤 表',
  four staff across row 4, one text date per day ('2021年7月1') down A with A/B/C/D codes.
- Sheet1: the big customers across row 1, months down A, 'v' or a paid date as text ('2022年5月30')
  or an amount per month: when each customer's monthly bill was settled.
- Sheet2: empty.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("orders-zh-cn-canteenveg")

ITEMS = [("青笋", ["", "150", "400", "55", "20"]), ("白萝卜", ["200", "20", "150", "5", "50"]), ("胡萝卜", ["60", "48", "40"]),
         ("三月瓜", ["680", "50"]), ("姜", ["4", "5", "10", "14", "3"]), ("大葱", ["5", "30", "15", "2", "16", "1"]),
         ("蒜", ["1袋", "2袋", "2斤"]), ("豆腐", ["13盒", "1盒", "2盒"]), ("尖连白", ["200"]), ("连白", ["15", "25", "2个", "3个"]),
         ("小葱", ["1", "0.5", "2", "10", "3"]), ("土豆", ["200", "50", "180", "1袋46"]), ("冬瓜", ["260", "40", "35+7", "60"]),
         ("大青椒", ["20", "30", "8", "2"]), ("小青椒", ["2", "10", "30"]), ("茄子", ["180", "15", "60", "10"]),
         ("西红柿", ["15", "20", "8", "6"]), ("豇豆", ["14", "30", "10"]), ("南瓜", ["390", "40", "130", "15"]),
         ("白菜", ["260"]), ("大白菜", ["6", "20", "100", "10"]), ("凉粉丝", ["7+18"]), ("凤尾", ["0.5", "2", "20"]),
         ("黄瓜", ["2", "25", "15", "8"]), ("有机花", ["20", "50", "25"]), ("藕", ["15", "230", "40"]), ("香菇", ["21", "8", "15"]),
         ("磨芋", ["20", "10"]), ("血", ["4桶"]), ("黄凉粉", ["50"]), ("馒头", ["80个"]), ("红椒", ["5", "30", "10", "1"]),
         ("西兰花", ["25", "15"]), ("洋葱", ["60", "5", "30"]), ("丝瓜", ["25", "50", "40"]), ("苦瓜", ["15", "40", "3"]),
         ("芹菜", ["2", "10", "5"]), ("菠菜", ["60", "8"]), ("韭菜", ["65", "15", "20"]), ("鸡蛋", ["80"]), ("香梨", ["80个"]),
         ("红心火龙果", ["7"]), ("玉米棒", ["30", "80", "25"]), ("白凉粉", ["2盆", "6"]), ("精五花", ["6", "10"]), ("排骨", ["8"])]
SHORT = ["伊", "康", "安", "医早", "医院", "水", "厂", "柴", "农", "李", "思", "安德", "德", "犀浦", "古", "新民", "红星",
         "梦", "核", "拉面", "奶茶", "小炒", "馄饨", "盖", "面", "核早"]
HEADS = ["伊外", "厂", "农", "思", "红星中学", "灌汤", "核", "小炒"]
BIG = ["思", "古", "德", "犀浦", "安德", "红星中学", "新民镇小学"]


def item_cell():
    name, qty = f.pick(ITEMS)
    return name + f.pick(qty)


wb = workbook()

# 总菜单 ---------------------------------------------------------------------------------------
ws = wb.active
ws.title = "总菜单"
lengths = [38, 48, 44, 57, 54, 42, 48, 47]
pool = [s for s in SHORT if s not in HEADS]
for j, (head, length) in enumerate(zip(HEADS, lengths), 1):
    ws.cell(1, j, head)
    for r in range(2, length + 1):
        ws.cell(r, j, f.pick(pool) if f.chance(0.06) else item_cell())
for r in range(7, 15):
    ws.cell(r, 11, f.pick([20, 400, 22, 200, 280, 18, 25, 3]))
ws["K53"] = "小吃"
for ref, text in {"N2": "红", "O2": "小炒", "N15": "二哥", "N25": "温江", "O27": f.name_cn(unique=False)[:1] + "小妹",
                  "P32": "徐", "N38": "包", "O36": "灌汤", "M42": "五", "M50": "核早", "M58": "  同"}.items():
    ws[ref] = text
ws["XFD603"].font = Font(name="宋体")  # formatting carried to the sheet's last cell

# 周菜单 ---------------------------------------------------------------------------------------
ws = wb.create_sheet("周菜单")
cols = {"思": (2, 3), "安德": (4, 5), "德": (6, 7), "犀浦": (8, 8), "古": (9, 10), "红星中学": (11, 12), "新民镇小学": (13, 14)}
for name, (c1, c2) in cols.items():
    ws.cell(1, c1, name)
    if c2 > c1 and name != "红星中学":  # the school spans two columns without a merge
        ws.merge_cells(start_row=1, start_column=c1, end_row=1, end_column=c2)
blocks = [(2, 11), (12, 20), (21, 29), (30, 39), (40, 48)]
for day, (top, bottom) in enumerate(blocks, 1):
    ws.cell(top, 1, f"周{day}")
    ws.merge_cells(start_row=top, start_column=1, end_row=bottom, end_column=1)
    ws.cell(top, 1).alignment = Alignment(vertical="center")
    for c in range(2, 14):
        for r in range(top, bottom - f.r.randrange(0, 4)):
            if f.chance(0.75):
                ws.cell(r, c, item_cell())

# 分类 -----------------------------------------------------------------------------------------
ws = wb.create_sheet("分类")
day = datetime.date(2022, 6, 21)
serial = (day - datetime.date(1899, 12, 30)).days
ws["A1"] = serial
ws["B1"] = "伊外"
ws["W1"] = "核早"
for j, s in enumerate(SHORT[:25], 2):
    ws.cell(2, j, s)
names = [n for n, _ in ITEMS]
r = 3
for k, name in enumerate(names):
    if k == 38:
        ws.cell(r, 1, serial)
        r += 2
    ws.cell(r, 1, name + (" " if name == "香菇" else ""))
    for j in range(2, 27):
        if f.chance(0.12):
            ws.cell(r, j, f.pick([30, 15, 6, 70, 8, 25, 10, 5, 2, 180, "4桶", "13盒", "2盒", "7+18", "皮5", "1盒"]))
    r += 1

# 农残 reports -------------------------------------------------------------------------------
def residue(title, company, samples):
    s = wb.create_sheet(title)
    s["A1"] = "农药残留检测报告"
    s.merge_cells("A1:E1")
    s["A1"].alignment = Alignment(horizontal="center")
    for j, h in enumerate(["抽样时间", "样品名称", "抑制率", "检测结果", "检验员"], 1):
        s.cell(2, j, h)
    inspector = f.name_cn(unique=False)
    for i, sample in enumerate(samples):
        s.cell(3 + i, 1, serial - 1)
        s.cell(3 + i, 2, sample)
        s.cell(3 + i, 3, 0).number_format = "0%"
        s.cell(3 + i, 4, "合格")
        s.cell(3 + i, 5, inspector)
    s["C25"] = company
    s.merge_cells("C25:E25")
    s["C26"] = datetime.datetime(2022, 6, 20)
    s.merge_cells("C26:E26")
    return s


residue("蔬情农残", "四川蔬盈绿野农产品有限公司", ["白萝卜", "胡萝卜", "三月瓜", "土豆", "茄子", "小青椒"])

# 考勤表 ---------------------------------------------------------------------------------------
ws = wb.create_sheet("考勤表")
for ref, text in {"B1": "迟到", "C1": "请假", "D1": "迟到30分以上", "F1": "发视频", "B2": "B", "C2": "C", "D2": "D", "F2": "A"}.items():
    ws[ref] = text
for rng in ("D1:E1", "F1:G1", "D2:E2", "F2:G2"):
    ws.merge_cells(rng)
ws["A3"] = "员 工 考 勤 表"
ws.merge_cells("A3:G3")
staff = [f.name_cn() for _ in range(4)]
for j, s in enumerate(staff, 2):
    ws.cell(4, j, s)
for d in range(1, 31):
    ws.cell(4 + d, 1, f"2021年7月{d}")
    if d <= 24:
        for j in range(2, 6):
            if f.chance(0.95):
                ws.cell(4 + d, j, f.pick(["A", "A", "A", "A", "B", "C", "D"]))

residue("伊柯农残", "温江伊禾蔬菜经营部", ["土豆", "青笋", "冬瓜"])

# Sheet1: when each big customer's bill was settled ------------------------------------------
ws = wb.create_sheet("Sheet1")
for j, s in enumerate(BIG, 2):
    ws.cell(1, j, s)
for m in range(1, 9):
    ws.cell(m + 1, 1, f"{m}月")
    if m <= 4:
        for j in range(2, 9):
            roll = f.r.random()
            if roll < 0.4:
                v = "v"
            elif roll < 0.5:
                v = round(f.r.uniform(20000, 80000), f.pick([0, 1]))
            elif roll < 0.55:
                v = None
            else:
                v = f"2022年{f.pick([5, 6])}月{f.r.randrange(1, 31)}" if f.chance(0.7) else f"5月{f.r.randrange(1, 31)}"
            if v is not None:
                ws.cell(m + 1, j, v)

wb.create_sheet("Sheet2")
save(wb, "orders-zh-cn-canteenveg.xlsx")
