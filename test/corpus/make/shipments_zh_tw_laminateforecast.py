"""
Shape of a Taiwanese plant's shipment record and forecast as j3206017/ADT keeps it ("積層製品出貨19年-24年實績
2025年11月需求預估.xlsx", commit 3cc9338263381caf4798476999a01ed66e2d0c12): laminated-board shipments per month by
board thickness, one small table per year, with a yearly summary at the side.

- One sheet "工作表1". C2 the title in Japanese "積層基板の出荷実績と予測  (枚/年)"; from row 4 seven tables one
  above the other (2019 … 2025, five rows apart): 板厚 / "2019年/1月" … "2019年/12月" (text, formatted mmm-yy),
  rows 0.15t and 0.2t with monthly board counts (one cell a typed sum "=35520+1920"), a 合計 row of SUM formulas
  and a yearly SUM in column O; the 2025 table is the forecast.
- Q3 the title again and Q4:X7 the yearly totals in thousands (板厚 × 2019 … 2025, the first year as "=n/1000"
  formulas, the rest typed), number format "0_ ".
Values invented: every monthly count and yearly total; formulas carry their computed results.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("shipments-zh-tw-laminateforecast")
cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws["C2"] = "積層基板の出荷実績と予測  (枚/年)"
ws["Q3"] = "積層基板の出荷実績と予測  (枚/年)"
COLS = "CDEFGHIJKLMN"
yearly = {}
scale = {2019: (0.02, 0.3), 2020: (0.03, 0.4), 2021: (0.1, 0.7), 2022: (0.3, 1.2), 2023: (0.7, 1.1), 2024: (0.8, 1.0), 2025: (0.9, 1.0)}
for k, year in enumerate(range(2019, 2026)):
    top = 4 + k * 5 + (1 if year >= 2024 else 0) - (1 if year == 2024 else 0)
    top = [4, 9, 14, 19, 24, 29, 35][k]
    ws.cell(top, 2, "板厚")
    for m in range(12):
        c = ws.cell(top, 3 + m, f"{year}年/{m + 1}月")
        c.number_format = "mmm-yy"
    totals = []
    for i, thick in enumerate(["0.15t", "0.2t"]):
        r = top + 1 + i
        ws.cell(r, 2, thick)
        lo, hi = scale[year]
        vals = []
        for m in range(12):
            v = int(f.r.uniform(lo, hi) * (20000 if i == 0 else 28000) / 240) * 240 if f.chance(0.85) else 0
            if year == 2025:
                v = round(f.r.uniform(17000, 29000), -2)
                v = int(v)
            vals.append(v)
            if year == 2024 and i == 1 and m == 4:
                a = v - 1920
                cf.formula(ws, f"G{r}", f"={a}+1920", v)
            else:
                ws.cell(r, 3 + m, v)
        cf.formula(ws, f"O{r}", f"=SUM(C{r}:N{r})", sum(vals))
        totals.append(vals)
    r = top + 3
    ws.cell(r, 2, "合計")
    for m in range(12):
        col = COLS[m]
        cf.formula(ws, f"{col}{r}", f"=SUM({col}{top + 1}:{col}{top + 2})", totals[0][m] + totals[1][m])
    cf.formula(ws, f"O{r}", f"=SUM(C{r}:N{r})", sum(totals[0]) + sum(totals[1]))
    yearly[year] = (sum(totals[0]), sum(totals[1]))

for j, year in enumerate(range(2019, 2026)):
    col = "RSTUVWX"[j]
    ws[f"{col}4"] = year
    ws[f"{col}4"].number_format = "0_);[Red]\\(0\\)"
    a, b = yearly[year]
    for r, v in ((5, a), (6, b), (7, a + b)):
        if j == 0:
            cf.formula(ws, f"{col}{r}", f"={v}/1000", v / 1000)
        else:
            ws[f"{col}{r}"] = round(v / 1000, 3)
        ws[f"{col}{r}"].number_format = "0_ "
for r, t in ((5, "0.15t"), (6, "0.2t"), (7, "合計")):
    ws[f"Q{r}"] = t
cf.save(wb, "shipments-zh-tw-laminateforecast.xlsx")
