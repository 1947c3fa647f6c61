"""
Shape of gengdie/Planning_HuaYu-master "data/order_machine/当前订单量在机信息.xlsx": a warp-knitting
mill's export of what every machine is producing, from its ERP saved by WPS 表格, read by a
scheduling script. One sheet "1".

- Row 1 merged A1:N1 and empty (the report title left blank); header in row 2: 机台编号 / 新产品名称 /
  下单日期 / 理论产量(天) / 生产通知数 / 机台安排数 / 当前库存 / 当天入库 / 累计生产验布数 / 累计生产入库数 /
  累计次品数 / 次品率% / 生产效率% / 制单日期, with a filter over A2:N580.
- 577 machine rows: machine numbers as text ('0001' … '9046', grouped by workshop: 0xxx, 1xxx, 2xxx,
  5xxx, 6xxx, 9xxx), product codes with series prefixes (YT-, HT-, YD-, '耐折CY-…'), order dates at
  20:00 or midnight (one 1900-01-01 where the date was missing), counts and metres with decimals,
  rates mostly 0; the sheet's last row holds unlabelled column totals under G…M.
Not client data: machines and the fabric articles on them. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("production-zh-cn-warpknitting")

wb = workbook()
ws = wb.active
ws.title = "1"
ws.merge_cells("A1:N1")
ws.row_dimensions[1].height = 24
header = ["机台编号", "新产品名称", "下单日期", "理论产量(天)", "生产通知数", "机台安排数", "当前库存", "当天入库", "累计生产验布数",
          "累计生产入库数", "累计次品数", "次品率%", "生产效率%", "制单日期"]
for c, h in enumerate(header, 1):
    cell = ws.cell(2, c, h)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center")

WORKSHOPS = [(0, 190), (1000, 147), (2000, 34), (3000, 21), (5000, 88), (6600, 59), (9000, 38)]
SERIES = ["YT"] * 8 + ["耐折CY", "耐折AY", "HT", "YH", "YD", "2D", "SY", "JD", "HP", "EY", "JY", "HH", "HD", "YA", "QY"]
rows = []
for base, n in WORKSHOPS:
    for k in range(n):
        no = f"{base + k + 1:04d}"
        s = f.pick(SERIES)
        if s.startswith("耐折"):
            code = f"{s}-{f.pick(['QD', 'DJ', 'LN'])}{f.r.randrange(10, 200)}-{f.pick(['9.5M-', '14-', ''])}{f.pick(['24E', '22E', '24EL'])}"
        elif s == "2D":
            code = f"2D{f.r.randrange(10, 99):03d}"
        else:
            code = f"{s}-{f.r.randrange(1000, 99999)}{f.pick(['', '', 'MS', '-26E', '-26E-F'])}"
        day = f.date(datetime.date(2020, 9, 1), datetime.date(2020, 12, 1))
        hour = 20 if f.chance(0.3) else 0
        ordered = datetime.datetime.combine(day, datetime.time(hour))
        if base == 9000 and k == 21:
            ordered = datetime.datetime(1900, 1, 1)
        made = datetime.datetime.combine(day + datetime.timedelta(days=f.pick([0, 0, 1, 1, 2, 3, 8, 27])), datetime.time())
        theory = 0 if f.chance(0.25) else f.r.randrange(60, 450)
        notice = f.pick([1000, 2000, 4300, 5000, 10000, 13000, 20000, 38300, 64000, 102000, 405000]) if not f.chance(0.02) else 0.1
        plan = min(notice, f.pick([notice, 500, 1000, 5000, 10000, 18000, 0]))
        stock = round(f.r.uniform(0, plan or 500), 2) if plan else 0
        today = round(f.r.uniform(30, 160), 2) if theory and f.chance(0.7) else 0
        checked = round(f.r.uniform(0, plan * 1.1), 2) if plan > 0.1 else 0
        stored = round(checked * f.r.uniform(0.92, 1.0), 2) if checked else 0
        defects = round(checked * f.r.uniform(0, 0.06), 2) if checked and f.chance(0.7) else 0
        rows.append([no, code, ordered, theory, notice, plan, stock, today, checked, stored, defects, 0, 0, made])
for i, r in enumerate(rows):
    row = i + 3
    for c, v in enumerate(r, 1):
        cell = ws.cell(row, c, v)
    ws.cell(row, 1).number_format = "@"
    ws.cell(row, 2).number_format = "@"
    ws.cell(row, 3).number_format = "yyyy/mm/dd"
    ws.cell(row, 14).number_format = "yyyy/mm/dd"
last = len(rows) + 3
for c in range(7, 14):
    total = sum(r[c - 1] for r in rows)
    ws.cell(last, c, round(total, 2) if c < 12 else round(f.r.uniform(100, 300), 2))
ws.auto_filter.ref = f"A2:N{last}"
for col, w in {"A": 10.8, "B": 18.4, "C": 10.8, "I": 16.3, "J": 16.6, "K": 10.8}.items():
    ws.column_dimensions[col].width = w

save(wb, "production-zh-cn-warpknitting.xlsx")
