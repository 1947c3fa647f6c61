"""
Shape of a hydrological station's observation import sheet, as in gaoming2222/360OPS- "导入模板.xlsx"
(commit 63c34f5d934218f3c2a1af9ba36210194de3a736; the import template of an operations platform, with
a few test readings). One sheet named after the date range ('1-9'): a title merged over A1:H1,
centred ('朱沱站站水位、流量、气温、水温观测值'), the header on row 2 — 站号 / 月份 / 日期 / 时间 /
'水位  （m）' / '相应流量(m3/s）' / '气温（℃）' / '水温   （℃）' (stray spaces and mixed brackets as
typed) — then one reading per hour; every cell, numbers included, is text in '@'-formatted cells,
and most readings leave some columns blank. The real template has two readings; this one a day's
worth, 24. Values invented: station number and readings.
"""
from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("readings-zh-cn-hydrostation")

wb = workbook()
ws = wb.active
ws.title = "1-9"
ws["A1"] = "朱沱站站水位、流量、气温、水温观测值"
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A1:H1")
HEAD = ["站号", "月份", "日期", "时间", "水位  （m）", "相应流量(m3/s）", "气温（℃）", "水温   （℃）"]
for c, h in enumerate(HEAD, 1):
    ws.cell(2, c, h)
level = 1.5
for i, hour in enumerate(range(8, 32)):
    level = round(level + f.pick([-0.02, -0.01, 0, 0.01, 0.02, 0.03]), 2)
    row = ["6001", "1", str(9 + hour // 24), str(hour % 24),
           str(level) if hour % 2 == 0 else None,
           str(f.r.randrange(2900, 3400)) if hour % 6 == 0 else None,
           str(f.r.randrange(6, 14)) if hour % 3 == 0 else None,
           str(f.pick([14, 15, 15, 16]))]
    for c, v in enumerate(row, 1):
        ws.cell(3 + i, c, v)
for r in ws.iter_rows(min_row=1, max_row=26, max_col=8):
    for cell in r:
        cell.number_format = "@"
ws.column_dimensions["A"].width = 9.9
save(wb, "readings-zh-cn-hydrostation.xlsx")
