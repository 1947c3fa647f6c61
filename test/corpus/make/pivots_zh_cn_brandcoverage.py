"""
Shape of heart5/everwork "study/0大数据分析（真元）.xlsx": a Wuhan snack distributor's five-year sales
analysis kept in Excel — twenty-one sheets of month-by-month pivots copied out of its ERP, no single
customer anywhere. Three chart sheets (总图, 分部销售图, 分部客户数) with a year × month grid (12, 1 … 11
across, 2013 … 2017 down) and, lower down, blocks of branch rows pulled by formulas from other sheets
under month headers written as numbers or as text. The rest: a 销售汇总/覆盖汇总 SUM row on top, a
header in row 2 (品牌名称 / 品牌分类 / 客户分类 / 职员名称 and sixty months 201212 … 201711, the first 56
as text, the last four as numbers, text or empty), then one row per brand, brand-and-pack, customer
class, branch, region code or salesman, with sales amounts (negative for returns) or counts of
customers served; several sheets stack four tables (客户分类 / 类型描述 / 分部 / 区域), each with its own
header and sometimes its own 汇总 row; the salesman lists carry the pivot's caption 职员名称 sorted in
among the names; a scratch sheet 00临转站 holds all the blocks one under another. Frozen panes far to
the right. Values and names invented.
"""
from openpyxl.chart import LineChart, Reference
from openpyxl.utils import get_column_letter

from fake import Fake, workbook, CachedFormulas

f = Fake("pivots-zh-cn-brandcoverage")

MONTHS = []
y, m = 2012, 12
while (y, m) <= (2017, 11):
    MONTHS.append(y * 100 + m)
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
LAST_DATA = 201707

SYLLABLES = list("香辣鲜卤嫩脆麻甜酥爽味记坊园居斋楼铺家哥妹娘婆翁老小大金银福喜乐源兴隆盛")
BRANDS = sorted({f.pick(SYLLABLES) + f.pick(SYLLABLES) + ("" if f.chance(0.6) else f.pick(SYLLABLES))
                 for _ in range(120)})[:90] + ["促销品", "促宣品"]
BRANDS.sort()
PACKS = ["盒", "袋", "袋中袋", "单爪", "促销装", "盒荤鸡翅", "袋牛筋", "盒鱼", "袋鱼", "管"]
CATEGORIES = sorted({b + f.pick(PACKS) for b in BRANDS for _ in range(2) if f.chance(0.45)} | set(BRANDS[:20]))[:154]
CLASSES = ["公关客户", "连锁客户", "其他客户", "渠道客户", "直销客户", "终端客户"]
TYPES = ["连锁超市", "莫名客户", "内部营销", "普通超市", "社区店", "省内市外分销", "市内分销", "市内批发", "网吧",
         "校园内", "校园外", "娱乐场所", "直控连锁", "直销客户"]
BRANCHES = ["汉口分部", "汉阳分部", "武昌二部", "武昌一部"]
REGIONS = [f"{n:02d}" for n in list(range(0, 14)) + [21, 22, 23, 24, 25, 26, 31, 32, 33, 34]]
STAFF = sorted(f.name_cn() for _ in range(67))
STAFF_ROWS = STAFF[:61] + ["职员名称"] + STAFF[61:]      # the pivot's caption sorted in among the names

cf = CachedFormulas()


def series(scale, start=None, stop=None, negative=0.05):
    """A row of monthly figures: empty before the brand started and after it stopped."""
    start = start if start is not None else f.pick([0, 0, 0, 5, 12, 20, 30])
    stop = stop if stop is not None else f.pick([60, 60, 56, 56, 40, 24, 14])
    row = []
    for k, month in enumerate(MONTHS):
        if k < start or k >= stop or (month > LAST_DATA and f.chance(0.9)):
            row.append(None)
        elif f.chance(negative):
            row.append(-f.r.randrange(1, 600))
        else:
            row.append(round(scale * f.r.uniform(0.4, 1.6)))
    return row


def month_header(k, tail):
    month = MONTHS[k]
    if k < 56:
        return str(month)
    return {"int": month, "str": str(month), "none": None}[tail]


def table(ws, top, caption, rows, tail, total=None, total_range=None):
    """A pivot block: an optional SUM row, the header row, one row per label. Returns the next free row."""
    r = top
    if total is not None:
        ws.cell(r, 1, total)
        first, last = (r + 2, r + 1 + len(rows)) if total_range is None else total_range
        for k in range(len(MONTHS)):
            col = get_column_letter(k + 2)
            cached = sum(v[k] or 0 for _, v in rows)
            cf.formula(ws, f"{col}{r}", f"=SUM({col}{first}:{col}{last})", cached)
        r += 1
    ws.cell(r, 1, caption)
    for k in range(len(MONTHS)):
        value = month_header(k, tail)
        if value is not None:
            ws.cell(r, k + 2, value)
    r += 1
    for label, values in rows:
        ws.cell(r, 1, label)
        for k, v in enumerate(values):
            if v is not None:
                ws.cell(r, k + 2, v)
        r += 1
    return r


wb = workbook()
summary = wb.active
summary.title = "总图"
branch_sales = wb.create_sheet("分部销售图")
branch_counts = wb.create_sheet("分部客户数")


def year_grid(ws, top):
    for j, month in enumerate([12] + list(range(1, 12))):
        ws.cell(top, j + 2, month)
    for i, year in enumerate(range(2013, 2018)):
        ws.cell(top + 1 + i, 1, year)


year_grid(summary, 2)
for ws in (branch_sales, branch_counts):
    year_grid(ws, 1)


def charts(ws, n, anchor_rows):
    for i in range(n):
        chart = LineChart()
        chart.title = f"{2013 + i % 5}"
        chart.add_data(Reference(ws, min_col=2, max_col=13, min_row=2 + i % 5), from_rows=True)
        ws.add_chart(chart, f"{get_column_letter(15 + (i % 2) * 9)}{anchor_rows[i // 2]}")


charts(summary, 8, [2, 18, 34, 50])
charts(branch_sales, 4, [9, 25])
charts(branch_counts, 4, [9, 25])

brand_sales = {b: series(f.pick([300, 2000, 9000, 40000, 200000])) for b in BRANDS}
sheets = [
    ("品牌销售", "销售汇总", "品牌名称", BRANDS, 1.0, "int", "AG3"),
    ("品牌客户数", "覆盖汇总", "品牌名称", BRANDS, 0.004, "none", "AD3"),
    ("终端品牌销售", "销售汇总", "品牌名称", BRANDS[:90], 0.6, "int", "AG3"),
    ("终端品牌客户数", "覆盖汇总", "品牌名称", BRANDS[:90], 0.003, "str", "AD3"),
    ("终端品牌分类销售", "销售汇总", "品牌分类", CATEGORIES, None, "int", "AF72"),
    ("终端品牌分类客户数", "覆盖汇总", "品牌分类", CATEGORIES[:153], None, "str", "AE3"),
    ("渠道品牌销售", "销售汇总", "品牌名称", BRANDS[::4] + BRANDS[1::4][:47], 0.25, "int", "AF18"),
    ("渠道品牌客户数", "覆盖汇总", "品牌名称", BRANDS[::4] + BRANDS[1::4][:47], 0.0002, "none", "AE33"),
]
for title, total, caption, labels, share, tail, freeze in sheets:
    ws = wb.create_sheet(title)
    rows = []
    for label in labels:
        if share is None:
            rows.append((label, series(f.pick([200, 1500, 8000, 20000])) if "销售" in title
                           else series(f.pick([2, 10, 60, 200]), negative=0)))
        else:
            base = brand_sales.get(label, series(1000))
            rows.append((label, [None if v is None else max(1, round(abs(v) * share)) * (1 if v > 0 or share < 0.01 else -1)
                                 for v in base]))
    table(ws, 1, caption, rows, tail, total=total, total_range=(3, 100 if len(labels) < 98 else 199))
    ws.freeze_panes = freeze

scratch = wb.create_sheet("00临转站")
scratch_rows = [(b, series(900)) for b in BRANCHES] + [(r, series(300)) for r in REGIONS[4:]] + \
    [(s, series(f.pick([50, 400]))) for s in ["无职员", "无职员（201603）", "无职员无日期（201602）"] + STAFF[:16]] + \
    [(s, series(200)) for s in STAFF_ROWS[16:]] + [(b, series(800)) for b in BRANDS[40:]] + \
    [(c, series(300)) for c in CATEGORIES[-40:]]
scratch_rows = scratch_rows[:155]
scratch.cell(1, 1, "行")
for k in range(57):
    scratch.cell(1, k + 2, str(MONTHS[min(k, 55)]))
for i, (label, values) in enumerate(scratch_rows):
    scratch.cell(2 + i, 1, label)
    for k, v in enumerate(values[:57]):
        if v is not None:
            scratch.cell(2 + i, k + 2, v)

for title, n, tail in [("连锁品牌销售", 34, "int"), ("连锁超市品牌销售", 31, "int")]:
    ws = wb.create_sheet(title)
    table(ws, 1, "品牌名称", [(b, series(3000)) for b in BRANDS[:n]], tail, total="销售汇总",
          total_range=(3, 90 if n == 34 else 86))
    ws.freeze_panes = "AG3"
ws = wb.create_sheet("连锁超市品牌客户数")
table(ws, 1, "品牌名称", [(b, series(8, negative=0)) for b in BRANDS[:31]], "str", total="覆盖汇总", total_range=(3, 89))
ws.freeze_panes = "AF3"

# The customer-class sheets: four tables stacked on one sheet.
class_sales = [(c, series(f.pick([300, 90000, 250000]))) for c in CLASSES]
type_sales = [(t, series(f.pick([2000, 30000, 200000]))) for t in TYPES]
branch_rows = [(b, series(f.pick([60000, 130000, 220000]))) for b in BRANCHES]
region_rows = [(r, series(f.pick([3000, 20000, 45000]))) for r in REGIONS]
ws = wb.create_sheet("客户分类销售")
r = table(ws, 1, "客户分类", class_sales, "int", total="汇总") + 1
r = table(ws, r, "类型描述", type_sales, "int") + 1
r = table(ws, r, "分部", branch_rows, "int") + 1
table(ws, r, "区域", region_rows, "int")
ws.freeze_panes = "AG9"
class_tables = {}
for title, scale, freeze, first_caption, extra_total in [("分类分区客户数", 1, "AE24", "客户分类", False),
                                                        ("分类分区品牌覆盖", 3, "AE18", "客户分类", False),
                                                        ("分类分区条码覆盖", 9, "AE31", "行", True)]:
    ws = wb.create_sheet(title)
    tables = [[(c, series(f.pick([1, 30, 400]) * scale, negative=0)) for c in CLASSES],
              [(t, series(f.pick([5, 60, 300]) * scale, negative=0)) for t in TYPES],
              [(b, series(f.pick([150, 250, 450]) * scale, negative=0)) for b in BRANCHES],
              [(x, series(f.pick([10, 25, 50]) * scale, negative=0)) for x in REGIONS]]
    class_tables[title] = tables
    r = table(ws, 1, first_caption, tables[0], "int", total="汇总") + 1
    if title == "分类分区品牌覆盖":
        r += 1
    r = table(ws, r, "类型描述", tables[1], "int", total="汇总" if extra_total else None) + 1
    r = table(ws, r, "分部", tables[2], "int", total="汇总") + 1
    table(ws, r, "区域", tables[3], "int", total="汇总")
    ws.freeze_panes = freeze

ws = wb.create_sheet("职员销售")
staff_sales = [(s, series(f.pick([8000, 16000, 30000]), start=f.r.randrange(0, 50), stop=None) if s != "职员名称" else [None] * 60)
               for s in STAFF_ROWS]
table(ws, 2, "职员名称", staff_sales, "str", total=None)
cached = [sum(v[k] or 0 for _, v in staff_sales) for k in range(60)]
for k in range(60):
    col = get_column_letter(k + 2)
    cf.formula(ws, f"{col}1", f"=SUM({col}3:{col}200)", cached[k])
ws.freeze_panes = "AF3"
ws = wb.create_sheet("职员客户数")
table(ws, 1, "职员名称", [(s, [None if v is None else max(1, v // 4000) for v in vals]) for s, vals in staff_sales[:-1]], "str")
ws.freeze_panes = "AE2"

# The branch chart sheets pull the branch rows of 客户分类销售 / 分类分区客户数 in blocks of twelve months.
for ws, source, src_first, values in [(branch_sales, "客户分类销售", 27, branch_rows),
                                      (branch_counts, "分类分区客户数", 28, class_tables["分类分区客户数"][2])]:
    top = 34 if ws is branch_sales else 35
    for block in range(5):
        start = 48 - block * 12
        header_row = top + block * 6
        if block == 4:
            ws.cell(header_row, 1, "分部")
        for j in range(12):
            k = start + j
            ws.cell(header_row, j + 2, MONTHS[k] if block == 0 else str(MONTHS[k]))
        for i, (branch, vals) in enumerate(values):
            ws.cell(header_row + 1 + i, 1, branch)
            for j in range(12):
                k = start + j
                cf.formula(ws, f"{get_column_letter(j + 2)}{header_row + 1 + i}",
                           f"={source}!{get_column_letter(k + 2)}{src_first + i}", vals[k] if vals[k] is not None else "")

cf.save(wb, "pivots-zh-cn-brandcoverage.xlsx")
