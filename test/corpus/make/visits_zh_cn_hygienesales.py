"""
Shape of jixiaoyan96/Sales "sales/protected/commands/template/readexcel.xlsx" (commit 964b181a): a
Guangzhou washroom-hygiene and pest-control service company's workbook for working out one
salesman's monthly points, made in WPS, three sheets.

- Sheet1: 销售段位得分规则, the scoring rules — a title, a 项目 / 准则 / 当月项目对应得分及算法 / 备注
  header, then rule blocks (visits per day, contracts signed per product line) with thresholds and
  multi-line formulas in text, a merged note row; not client data.
- 模拟数据: the rules applied to one salesman — label / value pairs with formulas ('=217/22',
  '=104040*0.1*(1+0.01*(17-1))') and the formula again as text beside it; not client data.
- <name>201912数据: the salesman's visit log for December 2019 as the CRM exported it and he pasted
  it: a two-row header (A–Q merged down over two rows: 地区 / 员工 / 职位 / 部门 / 类别 / 目的 / 区域 /
  街道 / 拜访日期 / 客户名称 / 分店店名(如有) / 客户类别 / 重点客户 / 负责人 / 职务 / 电话 / 备注; then
  one merged group per service line — 清洁报价, 租赁机器报价, 灭虫报价, 飘盈香报价, 甲醛报价, 纸品报价,
  一次性售卖报价 — with its sub-columns on row 2: 月金额(报价), items, 预估成交率(0-100%), 合同年金额,
  备注; and two ungrouped totals 'IA IB 签单总数' / '…金额' on row 1 only). One row per visit, newest
  first, the date as text '2019/12/31', the salesman as '400569 - name' on every row, the client's
  person in charge as surname + 生/小姐 with title and phone (mobile or 8-digit landline as a
  number, empty on some), a remark in sentences; a quote filled in one service block on about a
  third of the rows (Y ticks for pests covered). Clients come back over the month (首次 → 回访 →
  签单). Below the log nine empty rows, then the month's signed and add-on visits copied again
  (the same rows), then a row of SUM formulas under the annual contract columns.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from fake import CachedFormulas, Fake, workbook

f = Fake("visits-zh-cn-hygienesales")
cf = CachedFormulas()
wb = workbook()

REP = "邓志豪"
REP_CODE = f"4005{f.r.randrange(10, 99)} - {REP}"

# Sheet1: the rules -----------------------------------------------------------------------------
rules = wb.active
rules.title = "Sheet1"
rule_rows = [
    ["销售段位得分规则"], [],
    ["项目", "准则", "当月项目对应得分及算法", "备注"],
    ["销售每月平均每天拜访数量（拜访总数量/上班天数）"],
    [None, "平均每天<5条", "+0"], [None, "平均每天<10条", "+500"], [None, "平均每天<15条", "+1000"],
    [None, "平均每天>=15条", "+2000"], [],
    ["销售每月IA，IB签单单数 (A)"],
    ["销售每月IA，IB签单金额", "年金额 ", "如果年金额在30000以下，\n- 年金额 * 0.025 * (1+0.01*（(A)-1）) = 得分\n"
     "如果年金额在60000以下，\n- 年金额 * 0.05 * (1+0.01*（(A)-1）) = 得分  \n如果年金额在120000以上\n"
     "- 年金额 * 0.12 * (1+0.01*（(A)-1）) = 得分  "],
    ["销售每月飘盈香签单单数 (B)"],
    ["销售每月飘盈香签单金额", "年金额 ", "年金额 * 0.3 * (1+0.02*（(B)-1）)= 得分"],
    ["销售每月产品（不包括洗地易）签单 (C)"],
    ["销售每月产品（不包括洗地易）签单金额", "金额", "金额 * 0.8 * (1+0.005*（(C)-1）)= 得分"],
    ["销售每月洗地易/甲醛签单单数 (D)"],
    ["销售每月洗地易/甲醛签单金额", "金额 ", "金额 * 1.5 * (1+0.02*（(D)-1）)= 得分"], [],
    ["每月销售龙虎榜城市人均签单量排名"],
]
for rank in range(1, 21):
    rule_rows.append([None, f"排名{rank}", f"+{max(0, 2000 - rank * 200)}" if rank < 10 else f"扣{(rank - 9) * 200}"])
rule_rows.append([])
rule_rows.append(["每月销售龙虎榜城市人均签单金额排名"])
for rank in range(1, 21):
    rule_rows.append([None, f"排名{rank}", f"+{max(0, 2000 - rank * 200)}" if rank < 10 else f"扣{(rank - 9) * 200}"])
rule_rows.append([])
rule_rows.append(["注：餐饮组与商业组分开排名，地方销售人员按整体区比例折算；当月离职人员不参与排名。"])
note_row = len(rule_rows)
rule_rows += [[], ["段位", "得分区间"], [None, "青铜", "0-3000"], [None, "白银", "3001-8000"], [None, "黄金", "8001-15000"],
              [None, "铂金", "15001-25000"], [None, "钻石", "25001以上"]]
for r in rule_rows:
    rules.append(r)
rules.merge_cells(f"A{note_row}:D{note_row}")
rules["A1"].font = Font(bold=True, size=14)
rules.column_dimensions["A"].width = 40
rules.column_dimensions["C"].width = 48
for row in rules.iter_rows(min_row=1, max_row=rules.max_row):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="center")

# The visit log -----------------------------------------------------------------------------------
AREAS = {"海珠1": ["敦和", "滨江东", "鹭江", "东晓南", "江南西", "同福"], "增城": ["荔城", "新塘"],
         "越秀1": ["中山五路", "北京路", "农林下"], "天河1": ["猎德", "员村", "珠江新城"], "天河2": ["天河北", "石牌"],
         "番禺": ["市桥", "大石"], "白云": ["三元里", "京溪"]}
AREA_WEIGHTS = [("海珠1", 42), ("增城", 16), ("越秀1", 10), ("天河1", 10), ("天河2", 7), ("番禺", 6), ("白云", 5)]
BRANDS = ["椰香", "湘味", "粤港", "蜀香", "老街", "渔家", "茶语", "和风", "食尚", "海记", "旺角", "金煲", "福满", "味道",
          "禾田", "南粤", "鹿鸣", "一品", "悦来", "云顶", "半岛", "阿强", "花城", "星河", "小满", "九里", "乐滋", "鼎盛"]
KINDS = [("茶餐厅", "茶餐厅"), ("酒家", "粤菜"), ("海鲜酒家", "粤菜"), ("火锅", "火锅"), ("串串", "火锅"), ("烤肉", "日韩料理"),
         ("日本料理", "日韩料理"), ("西餐厅", "西餐"), ("音乐餐吧", "酒吧"), ("精酿馆", "酒吧"), ("湘菜馆", "川湘菜"),
         ("川菜馆", "川湘菜"), ("烘焙", "面包甜点"), ("饮品店", "饮品店"), ("鱼仔", "小吃快餐"), ("粉面馆", "小吃快餐"),
         ("点心公馆", "粤菜"), ("影城", "其他(非餐饮)"), ("食堂", "其他(餐饮)")]
MALLS = ["五月花", "合生", "高德汇", "万达", "同福", "工业大道", "华利路", "广粤", "东晓南", "江南西", "天汇", "正佳"]
TITLES = ["经理"] * 10 + ["店长"] * 6 + ["负责人"] * 3 + ["营运经理"] * 3 + ["主管", "营运总监", "办公室主任", "老板"]
SERVICES = ["洗手间服务", "灭虫服务", "飘盈香服务", "甲醛治理服务", "纸品"]


def client_name():
    brand, (kind, cat) = f.pick(BRANDS), f.pick(KINDS)
    name = brand + kind
    if f.chance(0.45):
        name += f"（{f.pick(MALLS)}店）"
    return name, cat


def contact():
    surname = f.pick(list("陈李刘梁张王黄林何罗郑谢冯邓"))
    return surname + f.pick(["生", "生", "小姐"]), f.pick(TITLES)


def phone():
    r = f.r.random()
    if r < 0.09:
        return None
    if r < 0.2:
        return int(f"{f.pick(['83', '84', '87', '89'])}{f.r.randrange(100000, 999999)}")
    return int(f.mobile_cn())


days = [d for d in range(2, 32) if datetime.date(2019, 12, d).weekday() != 6]
clients = []
used_names = set()
while len(clients) < 176:
    name, cat = client_name()
    if name in used_names:
        continue
    used_names.add(name)
    area = f.r.choices([a for a, _ in AREA_WEIGHTS], [w for _, w in AREA_WEIGHTS])[0]
    person, title = contact()
    clients.append({"name": name, "cat": cat, "area": area, "street": f.pick(AREAS[area]), "person": person,
                    "title": title, "phone": phone(), "key": "Y" if f.chance(0.25) else "N"})
# A chain manager looks after two branches: one phone on both, a digit slipped on a third.
chain = f.pick(BRANDS) + "烘焙"
for i, mall in enumerate(["华利路", "广粤"]):
    clients[i].update(name=f"{chain}（{mall}店）", cat="面包甜点", person="苏小姐", title="营运经理",
                      phone=13800005485, key="N", area="天河1", street="猎德")
clients[2].update(name=f"{chain}（工厂）", cat="其他(餐饮)", person="苏小姐", title="营运经理", phone=13800005845,
                  key="N", area="天河1", street="员村")

# Visits per client: most once, some up to five times over the month.
plan = []
for i, c in enumerate(clients):
    n = 1 if (i > 42 or i < 3) else f.pick([2, 2, 3, 3, 4, 5])
    plan.append((c, n))
total = sum(n for _, n in plan)
while total > 216:
    for k in range(len(plan) - 1, 0, -1):
        if plan[k][1] > 1:
            plan[k] = (plan[k][0], plan[k][1] - 1)
            total -= 1
            break
while total < 216:
    k = f.r.randrange(3, 42)
    plan[k] = (plan[k][0], plan[k][1] + 1)
    total += 1

visits = []
for c, n in plan:
    chosen = [2] if c["name"].startswith(chain) else sorted(f.r.sample(days, n))
    existing = f.chance(0.5)
    first_kind = "客户资源" if (c["key"] == "Y" or f.chance(0.25)) else "陌拜"
    for j, d in enumerate(chosen):
        last = j == n - 1
        if existing:
            kind = f.pick(["日常跟进"] * 5 + ["客户资源"])
            purpose = f.pick(["回访"] * 14 + ["签单", "停服务", "增加项目", "回访, 签单"]) if last else "回访"
        elif j == 0:
            kind = first_kind if not f.chance(0.02) else "电话上门"
            purpose = "首次, 报价" if f.chance(0.3) else "首次"
        elif last and f.chance(0.45):
            kind = f.pick(["客户资源", "日常跟进"])
            purpose = f.pick(["签单", "签单", "签单", "回访, 签单", "增加项目, 签单"])
        else:
            kind = "日常跟进"
            purpose = f.pick(["回访"] * 8 + ["回访, 报价"])
        if c["name"].startswith(chain):
            purpose, kind = "签单", "客户资源"
        visits.append((datetime.date(2019, 12, d), c, kind, purpose))
# Newest first; within a day in the order he typed them.
f.r.shuffle(visits)
visits.sort(key=lambda v: v[0], reverse=True)

GROUPS = [("清洁报价", ["月金额(报价)", "马桶", "尿斗", "水盆", "清新机", "皂液机", "雾化消毒", "预估成交率(0-100%)", "合同年金额", "备注"]),
          ("租赁机器报价", ["月金额(报价)", "风扇机", "TC豪华", "水性喷机", "压缩香罐", "预估成交率(0-100%)", "合同年金额", "备注"]),
          ("灭虫报价", ["月金额(报价)", "服务面积", "老鼠", "蟑螂", "果蝇", "租灭蝇灯", "焗雾", "预估成交率(0-100%)", "合同年金额", "备注"]),
          ("飘盈香报价", ["月金额(报价)", "迷你小机", "小机", "中机", "大机", "预估成交率(0-100%)", "合同年金额", "备注"]),
          ("甲醛报价", ["月金额(报价)", "服务面积", "除甲醛", "AC30", "PR10", "迷你清洁炮", "预估成交率(0-100%)", "合同年金额", "备注"]),
          ("纸品报价", ["擦手纸价", "大卷厕纸价", "合同金额", "备注"]),
          ("一次性售卖报价", ["合同金额", "种类", "备注"])]
FIXED = ["地区", "员工", "职位", "部门", "类别", "目的", "区域", "街道", "拜访日期", "客户名称", "分店店名(如有)", "客户类别",
         "重点客户", "负责人", "职务", "电话", "备注"]
log = wb.create_sheet(f"{REP}201912数据")
row1, row2 = list(FIXED), [None] * len(FIXED)
group_start = {}
for title, subs in GROUPS:
    group_start[title] = len(row1) + 1
    row1 += [title] + [None] * (len(subs) - 1)
    row2 += subs
row1 += ["IA IB 签单总数", "IA IB 签单总数金额"]
row2 += [None, None]
log.append(row1)
log.append(row2)
for i in range(1, len(FIXED) + 1):
    log.merge_cells(start_row=1, start_column=i, end_row=2, end_column=i)
for title, subs in GROUPS:
    s = group_start[title]
    log.merge_cells(start_row=1, start_column=s, end_row=1, end_column=s + len(subs) - 1)
for row in log.iter_rows(min_row=1, max_row=2):
    for c in row:
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.font = Font(bold=True)
WIDTH = len(row1)


def remark(kind, purpose, service):
    if purpose.startswith("首次"):
        head = "陌拜客户" if kind == "陌拜" else "新客户"
        tail = f.pick(["先留卡片，再访", "客户考虑中，再跟进", "由于客户在装修，再约时间到场，留卡片，再访",
                       "客户了解我司的服务，之前服务已停，主要考虑效果问题，先留卡片，如有需要再通知"])
        extra = "，已报价" if "报价" in purpose else ""
        return f"{head}，介绍{service}{f.pick(['', '和' + f.pick(SERVICES)])}{extra}，{tail}"
    if "签单" in purpose:
        return f"跟进客户，到场签{service}合同"
    if "增加项目" in purpose:
        return f"跟进客户，客户在原有服务上增加{service}"
    if purpose == "停服务":
        return f"客户反映{service}效果不理想，要求暂停服务，已上报主管跟进"
    return f"跟进客户，回访{service}使用情况，客户{f.pick(['满意', '基本满意', '提出需加强后厨处理', '考虑中'])}"


def quote(purpose, cells):
    """Fill one service block of a row (cells: dict column index → value)."""
    title = f.pick(["清洁报价", "灭虫报价", "灭虫报价", "飘盈香报价", "租赁机器报价", "甲醛报价"])
    s = group_start[title]
    monthly = f.pick([280, 300, 400, 450, 500, 570, 600, 650, 700, 1100, 1500])
    cells[s] = monthly
    signed = "签单" in purpose or "增加项目" in purpose
    if title == "灭虫报价":
        cells[s + 1] = f.pick([50, 60, 80, 100, 150, 200, 450, 500])
        if signed or f.chance(0.3):
            for k in (2, 3, 4):
                if f.chance(0.85):
                    cells[s + k] = "Y"
    elif title in ("清洁报价", "飘盈香报价", "租赁机器报价"):
        for k in range(1, 5):
            if f.chance(0.5):
                cells[s + k] = f.r.randrange(0, 5)
    elif title == "甲醛报价":
        cells[s + 1] = f.pick([80, 120, 300])
    rate_col = s + GROUPS[[g for g, _ in GROUPS].index(title)][1].index("预估成交率(0-100%)")
    if signed:
        cells[rate_col + 1] = monthly * 12
    else:
        cells[rate_col] = f.pick([30, 50, 70])
    return title


rows = []
for d, c, kind, purpose in visits:
    cells = {}
    service = f.pick(SERVICES)
    if "报价" in purpose or "签单" in purpose or "增加项目" in purpose or f.chance(0.08):
        title = quote(purpose, cells)
        service = {"清洁报价": "洗手间服务", "灭虫报价": "灭虫服务", "飘盈香报价": "飘盈香服务", "租赁机器报价": "飘盈香服务",
                   "甲醛报价": "甲醛治理服务"}[title]
    values = ["广州", REP_CODE, "高级销售顾问", "销售部", kind, purpose, c["area"], c["street"], d.strftime("%Y/%m/%d"),
              c["name"], None, c["cat"], c["key"], c["person"], c["title"], c["phone"], remark(kind, purpose, service)]
    values += [cells.get(i) for i in range(len(FIXED) + 1, WIDTH + 1)]
    rows.append(values)
for r in rows:
    log.append(r)
first_copy = log.max_row + 10
copies = [r for r in rows if "签单" in r[5] or "增加项目" in r[5]]
for k, r in enumerate(copies):
    for j, v in enumerate(r):
        if v is not None:
            log.cell(first_copy + k, j + 1, v)
last_copy = first_copy + len(copies) - 1
total_row = last_copy + 1
for title, subs in GROUPS:
    s = group_start[title]
    name = "合同年金额" if "合同年金额" in subs else "合同金额"
    col = s + subs.index(name)
    letter = get_column_letter(col)
    total = sum(log.cell(k, col).value or 0 for k in range(first_copy, last_copy + 1))
    cf.formula(log, f"{letter}{total_row}", f"=SUM({letter}{first_copy}:{letter}{last_copy})", total)
for col, w in zip("ABCDEFGHIJKLMNOPQ", [6, 17, 12, 8, 9, 11, 8, 9, 11, 26, 10, 10, 6, 8, 9, 13, 23]):
    log.column_dimensions[col].width = w

# 模拟数据: the rules applied to him ---------------------------------------------------------------------
calc = wb.create_sheet("模拟数据", 1)
signed_total = sum(r[group_start["灭虫报价"] + 7] or 0 for r in copies) + sum(
    r[group_start["清洁报价"] + 7] or 0 for r in copies)
fresh_total = sum(r[group_start["飘盈香报价"] + 5] or 0 for r in copies)
n_signed = sum(1 for r in copies if "签单" in r[5])
pairs = [("销售员", REP), ("销售每月平均每天拜访记录", ("=216/26", round(216 / 26, 6))),
         ("销售每月IA，IB签单单数 (A)", n_signed), ("销售每月IA，IB签单金额", (f"={signed_total}", signed_total)),
         ("销售每月飘盈香签单单数 (B)", 2), ("销售每月飘盈香签单金额", fresh_total),
         ("销售每月产品（不包括洗地易）签单 (C)", 0), ("销售每月产品（不包括洗地易）签单金额", 0),
         ("销售每月洗地易/甲醛签单单数 (D)", 0), ("销售每月洗地易/甲醛签单金额", 0),
         ("地方销售人员/整体区比例", ("=10/14", round(10 / 14, 6))), ("销售组别类型（餐饮组/商业组）", "餐饮"),
         ("每月销售龙虎榜销售排名", 9), ("每月销售龙虎榜城市人均签单量排名", 7), ("每月销售龙虎榜城市人均签单金额排名", 5),
         (None, None), ("他今月的积分得分 ：", None)]
for i, (label, value) in enumerate(pairs, start=1):
    if label:
        calc.cell(i, 1, label)
    if isinstance(value, tuple):
        cf.formula(calc, f"B{i}", value[0], value[1])
    elif value is not None:
        calc.cell(i, 2, value)
scores = [("销售每月IA，IB签单得分", signed_total, 0.1, 0.01, n_signed),
          ("销售每月飘盈香签单得分", fresh_total, 0.3, 0.02, 2),
          ("销售每月产品（不包括洗地易）签单得分", 0, 0.8, 0.005, 0),
          ("销售每月洗地易/甲醛签单得分", 0, 1.5, 0.02, 0)]
row = len(pairs) + 1
for label, amount, rate, step, n in scores:
    calc.cell(row, 1, label)
    cf.formula(calc, f"B{row}", f"={amount}*{rate}*(1+{step}*({n}-1))", round(amount * rate * (1 + step * (n - 1)), 4))
    calc.cell(row, 3, f"{amount} * {rate} *（1+{step}*（{n}-1)) ")
    row += 1
calc.column_dimensions["A"].width = 36
calc.column_dimensions["B"].width = 14

cf.save(wb, "visits-zh-cn-hygienesales.xlsx")
