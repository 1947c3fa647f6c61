"""
Shape of kky529999/gfgs "data/客户进度表(4月2日).xlsx" (at commit ca8658e): a rooftop-solar installer's
customer progress sheet, saved by WPS 表格. Sheet1: a title 客户跟进情况记录表 merged over A1:T1 (24 pt,
bold, centred, row 40 high), the header in row 2 (bold, some wrapped: 序号, 区域 merged over B2:C2 —
district in B and town in C —, 客户\n名称, 业务员, 板数, 品牌, 户型, then the project's milestone dates
现勘, 设计\n出图, 建档通过, 备案, 并网资料\n+网上国网, 发货日期, a formula 发货至并网天数 (=P−N), 并网日期,
闭环日期, a formula 发货到\n闭环天数 (=Q−N, typed over with a number on some rows), 用户验收 (a date or
"/"), 项目\n公司, 业务费 (已付100% / 已付50%)). 29 households from row 3, one per row, 序号 skipping a
number; the first ones complete, the later ones with only their first milestones; the rep's name
on every row or 兼职 (a part-timer); dates as date serials (a few typed with the wrong year); two
stray dates right of the table (V3 and far out in SMJ3); 26 empty formatted rows below. Columns A–J
frozen. Re-saved by LibreOffice so that the formulas carry values (the original is a WPS file).
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-solarprogress")
D = datetime.date

AREAS = [("金台区", ["峡石镇", "蟠龙镇", "硖石镇"]), ("渭滨区", ["神农镇", "高家镇", "八鱼镇", "石鼓镇"]),
         ("高新区", ["马营镇", "八鱼镇"]), ("凤县", ["黄牛铺镇"])]
REPS = ["何秀英", "邱永刚", "蒋雨桐"]
BRANDS = [("天合", ["阳光房", "庭院", "庭院阳光房"]), ("光伏星", ["院内支架"]), ("海尔", ["地面支架"])]
COMPANIES = ["西安晟辉", "耀光泰", "嘉恒泰", "海顺达"]

HEADER = ["序号", "区域", None, "客户\n名称", "业务员", "板数", "品牌", "户型", "现勘", "设计\n出图", "建档通过", "备案",
          "并网资料\n+网上国网", "发货日期", "发货至并网天数", "并网日期", "闭环日期", "发货到\n闭环天数", "用户验收", "项目\n公司", "业务费"]

rows = []
survey = D(2025, 7, 12)
for i in range(29):
    n = i + 1 if i < 18 else i + 2  # the numbering skips 19
    district, towns = f.pick(AREAS[:3]) if i < 23 else AREAS[3] if i < 25 else f.pick(AREAS[:2])
    town = f.pick(towns)
    brand, kinds = f.pick(BRANDS) if i != 12 else BRANDS[2]
    rep = REPS[0] if i < 1 else f.pick(REPS[:2] if i < 8 else REPS[1:])
    if i in (17, 25):
        rep = "兼职"
    survey = survey + datetime.timedelta(days=f.r.randrange(0, 18))
    design = survey + datetime.timedelta(days=f.r.randrange(0, 4))
    filed = design + datetime.timedelta(days=f.r.randrange(0, 14))
    record = filed + datetime.timedelta(days=f.r.randrange(1, 20))
    grid_docs = record + datetime.timedelta(days=f.r.randrange(0, 4))
    shipped = grid_docs + datetime.timedelta(days=f.r.randrange(2, 40))
    connected = shipped + datetime.timedelta(days=f.r.randrange(15, 45))
    closed = connected + datetime.timedelta(days=f.r.randrange(2, 22))
    accepted = closed + datetime.timedelta(days=f.r.randrange(-8, 6))
    r = 3 + i
    row = [n, district, town, f.name_cn(), rep, f.r.randrange(30, 101), brand, f.pick(kinds), survey, design, filed, record,
           grid_docs, shipped, f"=P{r}-N{r}", connected, closed, f"=Q{r}-N{r}", accepted if f.chance(0.7) else "/",
           f.pick(COMPANIES), "已付100%"]
    if i >= 21:  # the later projects are still under way
        done = {21: 16, 22: 12, 23: 11, 24: 9, 25: 9}.get(i, 9)
        for c in range(done, 21):
            if c not in (19,):
                row[c] = None
        if i == 21:
            row[20] = "已付50%"
    rows.append(row)
# The typed-over day counts and the dates with a wrong year.
for i in (13, 14, 15, 18, 19):
    rows[i][17] = (rows[i][16] - rows[i][13]).days
rows[17][14] = (rows[17][15] - rows[17][13]).days
rows[17][17] = (rows[17][16] - rows[17][13]).days
rows[4][18] = D(2020, rows[4][18].month, rows[4][18].day) if isinstance(rows[4][18], D) else D(2020, 9, 4)
rows[16][18] = D(2025, 1, 21)
rows[20][9] = D(2025, rows[20][9].month, rows[20][9].day)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "客户跟进情况记录表"
ws.merge_cells("A1:T1")
ws["A1"].font = Font(size=24, bold=True)
ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[1].height = 40
for c, text in enumerate(HEADER, start=1):
    if text is None:
        continue
    cell = ws.cell(2, c, text)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text="\n" in text)
ws.merge_cells("B2:C2")
for n, row in enumerate(rows, start=3):
    for c, value in enumerate(row, start=1):
        if value is None:
            continue
        cell = ws.cell(n, c, value)
        if isinstance(value, D):
            cell.number_format = "yyyy/m/d;@" if (n, c) == (5, 17) else "mm-dd-yy"
# Two stray dates right of the table.
ws["V3"] = D(2026, 2, 10)
ws["V3"].number_format = "mm-dd-yy"
ws["SMJ3"] = D(2025, 12, 17)
ws["SMJ3"].number_format = "mm-dd-yy"
# Empty formatted rows below the list.
for n in range(3 + len(rows), 58):
    for c in range(1, 22):
        ws.cell(n, c).alignment = Alignment(horizontal="center", vertical="center")
widths = [5.37, 7.24, 8.88, 8.0, 8.61, 8.63, 8.33, 10.23, 11.0, 16.5, 10.67, 11.89, 11.3, 11.51, 9.13, 15.0, 11.75, 9.38,
          11.0, 10.13, 21.58, 11.5]
for c, w in enumerate(widths, start=1):
    ws.column_dimensions[get_column_letter(c)].width = w
ws.freeze_panes = "K1"
save(wb, "clients-zh-cn-solarprogress.xlsx", libreoffice="xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=3):
            print(n, [v.isoformat() if isinstance(v, D) else v for v in row])
