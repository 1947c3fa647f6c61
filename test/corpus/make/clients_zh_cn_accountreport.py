"""
clients-zh-cn-accountreport.xlsx: a bank sub-branch's monthly analysis of its corporate
customers' base/valid account status, written by a pandas/openpyxl script, the shape of
客户基础户有效户分析报告_26 年 3 月目标.xlsx in flashbird233/WmAnalysis: five sheets with bold centred
headers on row 1 —
  客户明细        every customer (182): number, name, account manager (or the public pool 公共户),
                  current type (基础户/有效户/非基础户), change of base and valid status, warning
                  flag 0/1 and its kind, daily average and point balance in 万元, the money needed
                  to keep the status and what for; frozen header, autofilter;
  预警客户明细    the five warned customers again, same columns;
  需来款客户明细  the twelve customers who need new money again (the five warned first);
  管户经理汇总    one row per manager: counts, sums, shares as text percentages;
  整体统计汇总    key / value lines of overall statistics.

Values are invented (fake.py, _bank_zh_cn.py).
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook
from _bank_zh_cn import company

f = Fake(1524)
wb = workbook()

HEADER = ["客户号", "客户名称", "管户经理", "当前客户类型", "基础户变化类型", "有效户变化类型", "是否预警", "预警类型",
          "当前年日均（万元）", "当前时点（万元）", "需来款金额（万元）", "来款用途"]
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center")


def header(ws, names):
    for j, h in enumerate(names, 1):
        c = ws.cell(1, j, h)
        c.font = BOLD
        c.alignment = CENTER


managers = [f.name_cn() for _ in range(6)]
POOL = "石家庄维明大街支行公共户"
owners = [managers[0]] * 69 + [POOL] * 57 + [managers[1]] * 42 + [managers[2]] * 6 + [managers[3]] * 4 + \
         [managers[4]] * 3 + [managers[5]] * 1
f.r.shuffle(owners)
# the original lists customers by manager in no particular order: keep them grouped loosely
owners.sort(key=lambda o: {managers[4]: 0, managers[2]: 1, managers[5]: 2}.get(o, 3))

used = set()
numbers = set()
clients = []
for owner in owners:
    while True:
        n = int(f.pick(["16", "17", "17", "17"]) + f"{f.r.randrange(10**8):08d}")
        if n not in numbers:
            numbers.add(n)
            break
    kind = f.r.choice(["基础户"] * 87 + ["有效户"] * 56 + ["非基础户"] * 39)
    if kind == "有效户":
        avg = round(f.r.uniform(50, 1500), 6)
    elif kind == "基础户":
        avg = round(f.r.uniform(10, 50), 6)
    else:
        avg = f.r.choice([0, round(f.r.uniform(0, 10), 6)])
    point = round(avg * f.r.uniform(0, 1.6), 6) if avg else 0
    base_change = {"非基础户": "基础户降级"}.get(kind, f.r.choice(["保持基础户", "保持基础户", "升级为基础户"]))
    valid_change = "保持有效户" if kind == "有效户" and f.chance(0.75) else \
        "升级为有效户" if kind == "有效户" else f.r.choice(["保持非有效户"] * 9 + ["有效户降级"])
    name = company(f, used, odd=0.12)
    clients.append([n, name, owner, kind, base_change, valid_change, 0, "无预警", avg, point, 0, "无需求"])

# five warned customers, seven more who need money to reach the valid threshold
warned = f.r.sample(range(len(clients)), 5)
for k, i in enumerate(warned):
    c = clients[i]
    c[6] = 1
    if k < 3:
        c[3], c[7], c[10], c[11] = "基础户", "基础户预警（将降级为非基础户）", round(f.r.uniform(0.5, 9), 2), "维持基础户需来款"
    else:
        c[3], c[7], c[10], c[11] = "有效户", "有效户预警（将降级为基础户/非基础户）", round(f.r.uniform(9, 19), 2), "维持有效户需来款"
need = [i for i in range(len(clients)) if clients[i][6] == 0 and clients[i][3] == "基础户"][:7]
for i in need:
    clients[i][10], clients[i][11] = round(f.r.uniform(45, 95), 2), "达标有效户需来款（临界）"

ws = wb.active
ws.title = "客户明细"
header(ws, HEADER)
for i, c in enumerate(clients, 2):
    for j, v in enumerate(c, 1):
        ws.cell(i, j, v)
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:L{len(clients) + 1}"
for col, w in {"C": 18.3, "D": 18.1, "E": 16.6, "F": 21.0, "I": 21.9, "J": 21.0, "K": 21.5, "L": 26.2}.items():
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("预警客户明细")
header(ws, HEADER)
warned_rows = sorted((clients[i] for i in warned), key=lambda c: c[7])
for i, c in enumerate(warned_rows, 2):
    for j, v in enumerate(c, 1):
        ws.cell(i, j, v)

ws = wb.create_sheet("需来款客户明细")
header(ws, HEADER)
need_rows = sorted((c for c in clients if c[10]), key=lambda c: c[10])
for i, c in enumerate(need_rows, 2):
    for j, v in enumerate(c, 1):
        ws.cell(i, j, v)

ws = wb.create_sheet("管户经理汇总")
header(ws, ["管户经理", "客户总数", "有效户数", "基础户数", "非基础户数", "预警客户数", "有来款需求客户数", "总需来款金额（万元）",
            "总年日均（万元）", "总时点（万元）", "基础户占比", "有效户占比"])
by = {}
for c in clients:
    by.setdefault(c[2], []).append(c)
for i, (m, cs) in enumerate(sorted(by.items()), 2):
    total = len(cs)
    valid = sum(c[3] == "有效户" for c in cs)
    base = sum(c[3] == "基础户" for c in cs)
    row = [m, total, valid, base, total - valid - base, sum(c[6] for c in cs), total,
           round(sum(c[10] for c in cs), 2), round(sum(c[8] for c in cs), 2), round(sum(c[9] for c in cs), 2),
           f"{base / total:.1%}", f"{valid / total:.1%}"]
    for j, v in enumerate(row, 1):
        ws.cell(i, j, v)

ws = wb.create_sheet("整体统计汇总")
header(ws, ["统计项目", "数值"])
valid = sum(c[3] == "有效户" for c in clients)
base = sum(c[3] == "基础户" for c in clients)
stats = [("总客户数", len(clients)), ("当前有效户数", valid), ("当前基础户数", base),
         ("当前非基础户数", len(clients) - valid - base), ("预警客户数", 5), ("有来款需求客户数", len(need_rows)),
         ("总需来款金额（万元）", round(sum(c[10] for c in clients), 2)),
         ("总年日均余额（万元）", round(sum(c[8] for c in clients), 2)),
         ("总时点余额（万元）", round(sum(c[9] for c in clients), 2)),
         ("基础户占比", f"{base / len(clients):.1%}"), ("有效户占比", f"{valid / len(clients):.1%}"),
         ("新增基础户数", sum(c[4] == "升级为基础户" for c in clients)),
         ("基础户降级/流失数", sum(c[4] == "基础户降级" for c in clients)),
         ("基础户净变化", sum(c[4] == "升级为基础户" for c in clients) - sum(c[4] == "基础户降级" for c in clients)),
         ("新增有效户数", sum(c[5] == "升级为有效户" for c in clients)),
         ("有效户降级/流失数", sum(c[5] == "有效户降级" for c in clients)),
         ("有效户净变化", sum(c[5] == "升级为有效户" for c in clients) - sum(c[5] == "有效户降级" for c in clients))]
for i, (k, v) in enumerate(stats, 2):
    ws.cell(i, 1, k)
    ws.cell(i, 2, v)
ws.column_dimensions["A"].width = 22.5
ws.column_dimensions["B"].width = 27.6

save(wb, "clients-zh-cn-accountreport.xlsx")
