"""
Shape of 1464642840/crm "src/main/resources/file/合肥圆融2020年xx月客户拜访记录总表.xlsx" (at commit 4995635) as
the firm's CRM fills it (src/main/java/com/company/project/service/impl/StatisticsServiceImpl.java,
drawBaiFangExce, Spire.XLS with all values calculated): a supply-chain trader's daily tally of customer
visits per salesperson, one sheet 数量汇总表: a merged title '合肥圆融客户拜访2020年6月统计', a two-row
header (业务类别, 模块, 姓名, then that day's / the month's / the year's visits each split into 老客户 /
新客户 / 合计, 备注), the steel salespeople under a business label merged down column B with their
module, a 钢材业务小计 row of SUM formulas, the plastics salespeople likewise, 塑料业务小计, 其他部门小计
and 公司合计; every 合计 a SUM formula with its cached value. Salespeople are not clients: nothing here
is register data. Values invented.
"""
from openpyxl.styles import Alignment

from fake import CachedFormulas, Fake, workbook

f = Fake("visitstats-zh-cn-salesteam")
STEEL = [("钢材华南", "沙明远"), ("钢材华南", "邓凯"), ("钢材华东", "秦思远"), ("钢材华东", "许晓梅"), ("钢材华北", "龙建国")]
PLASTICS = [("业务中心", "干娜"), ("业务中心", "周凯"), ("业务中心", "吕晗"), ("电商部", "王建兵"), ("电商部", "宋雪"), ("再生料", "韦浩")]

wb = workbook()
ws = wb.active
ws.title = "数量汇总表"
calc = CachedFormulas()
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws["B1"] = "合肥圆融客户拜访2020年6月统计"
ws.merge_cells("B1:N1")
for ref, text in (("B2", "业务类别"), ("C2", "模块"), ("D2", "姓名"), ("E2", "6月18日拜访数据"), ("H2", "6月累计拜访数据"),
                  ("K2", "2020年累计拜访数据"), ("N2", "备注")):
    ws[ref] = text
for start in "EHK":
    col = ord(start) - 64
    for k, text in enumerate(("老客户", "新客户", "合计")):
        ws.cell(3, col + k, text)
for ref in ("E2:G2", "H2:J2", "K2:M2", "B2:B3", "C2:C3", "D2:D3", "N2:N3"):
    ws.merge_cells(ref)


def person_row(r, module, name):
    ws.cell(r, 3, module)
    ws.cell(r, 4, name)
    day_old, day_new = f.pick([0, 0, 1, 2, 3]), f.pick([0, 0, 0, 1])
    mon_old, mon_new = day_old + f.r.randrange(8, 40), day_new + f.r.randrange(0, 12)
    year_old, year_new = mon_old + f.r.randrange(40, 200), mon_new + f.r.randrange(5, 60)
    for col, v in zip((5, 6, 8, 9, 11, 12), (day_old, day_new, mon_old, mon_new, year_old, year_new)):
        ws.cell(r, col, v)
    for col, (a, b), v in ((7, ("E", "F"), day_old + day_new), (10, ("H", "I"), mon_old + mon_new), (13, ("K", "L"), year_old + year_new)):
        calc.formula(ws, f"{chr(64 + col)}{r}", f"=SUM({a}{r}:{b}{r})", v)
    return [day_old, day_new, day_old + day_new, mon_old, mon_new, mon_old + mon_new, year_old, year_new, year_old + year_new]


def total_row(r, first, last, rows, label):
    ws.cell(r, 2, label)
    ws.merge_cells(f"B{r}:D{r}")
    sums = [sum(x[k] for x in rows) for k in range(9)]
    for k, col in enumerate(range(5, 14)):
        letter = chr(64 + col)
        calc.formula(ws, f"{letter}{r}", f"=SUM({letter}{first}:{letter}{last})", sums[k])
    return sums


r = 4
steel = [person_row(r + i, m, n) for i, (m, n) in enumerate(STEEL)]
ws.cell(r, 2, "钢材业务")
ws.merge_cells(f"B{r}:B{r + len(STEEL) - 1}")
r += len(STEEL)
steel_total_row = r
steel_sum = total_row(r, 4, r - 1, steel, "钢材业务小计")
r += 1
first = r
plastics = [person_row(r + i, m, n) for i, (m, n) in enumerate(PLASTICS)]
ws.cell(r, 2, "塑料业务")
ws.merge_cells(f"B{r}:B{r + len(PLASTICS) - 1}")
r += len(PLASTICS)
plastics_total_row = r
plastics_sum = total_row(r, first, r - 1, plastics, "塑料业务小计")
r += 1
other_row = r
ws.cell(r, 2, "其他部门小计")
ws.merge_cells(f"B{r}:D{r}")
other = [f.pick([0, 1]), 0, 0, f.r.randrange(1, 6), f.r.randrange(0, 2), 0, f.r.randrange(5, 30), f.r.randrange(0, 5), 0]
other[2], other[5], other[8] = other[0] + other[1], other[3] + other[4], other[6] + other[7]
for k, col in enumerate((5, 6, 8, 9, 11, 12)):
    ws.cell(r, col, other[[0, 1, 3, 4, 6, 7][k]])
for col, (a, b), v in ((7, ("E", "F"), other[2]), (10, ("H", "I"), other[5]), (13, ("K", "L"), other[8])):
    calc.formula(ws, f"{chr(64 + col)}{r}", f"=SUM({a}{r}:{b}{r})", v)
r += 1
ws.cell(r, 2, "公司合计")
ws.merge_cells(f"B{r}:D{r}")
for k, col in enumerate(range(5, 14)):
    letter = chr(64 + col)
    calc.formula(ws, f"{letter}{r}", f"={letter}{steel_total_row}+{letter}{other_row}+{letter}{plastics_total_row}",
                 steel_sum[k] + plastics_sum[k] + other[k])

for row in ws.iter_rows(min_row=1, max_row=r, min_col=2, max_col=14):
    for c in row:
        c.alignment = center
for col, width in zip("ABCDEFGHIJKLMN", [2.5, 14, 12, 10, 9, 9, 9, 9, 9, 9, 9, 9, 9, 16]):
    ws.column_dimensions[col].width = width
ws.row_dimensions[1].height = 36

calc.save(wb, "visitstats-zh-cn-salesteam.xlsx")
