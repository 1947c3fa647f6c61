"""
Shape of LuJZ1402/Upan "库存.xlsx" (commit 54584926a2e4a3025a2158118de717a9cc2c789a): a steel-structure
fabricator's stock of finished members per project, Excel, sheet "Sheet1" A1:I68 plus empty
Sheet2 and Sheet3.

- Title 库存 merged over A1:F1; row 2: 项目名称 构件名称 构建规格 数量 单重 总重.
- 项目名称 (the building project the members are for: a company's name, a metro line, a resort)
  is merged down over its rows (A3:A56, A57:A63, A64:A68); each row a member mark (DCL1B, GZ5D,
  XGAL-5 …), its section (BH1180*360*…, L90*90*6, Φ140*4), count, unit weight and 总重 as
  =E*D (with cached results). From row 18 on the first project has weights only for batches:
  one figure merged down over a batch (E18:E32, F18:F32, E33:E56 …), the rest empty; some rows
  without count or weight; D7:F8 merged.
- Side notes in G:H: "合   计：" with a sum (=SUM(F3:F17) or a typed figure) at four places, H:I
  merged on those rows.
Stock of steel members, not people: nothing to import. Marks, sections and weights invented.
"""
from openpyxl.styles import Alignment

from fake import CachedFormulas, Fake, workbook

f = Fake("stock-zh-cn-steelmembers")
cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "库存"
ws.merge_cells("A1:F1")
ws["A1"].alignment = Alignment(horizontal="center")
for i, h in enumerate(["项目名称", "构件名称", "构建规格", "数量", "单重", "总重"]):
    ws.cell(2, i + 1, h)

# (mark, section, count, unit weight or None, formula?)
P1 = ([("DCL1A", "BH1200*350*250*10*16*10", 1), ("DCL2B", "BH1200*350*250*10*16*10", 1), ("GZ4D", "BH800*300*10*14", 1),
       ("GZ4E", "BH800*300*10*14", 1), ("SC", "L90*90*6", 36), ("ZC", "L125*125*10", None), ("XG", "Φ140*4", 30),
       ("HJ", "250*78*7", 12), ("GZ2", "BH800*300*10*14", 2), ("GZ2A", "BH800*300*10*14", 1)]
      + [(f"KFZ{n}", "BH600*200*8*12", 1) for n in (6, 4, 5, 7, 3)])
B1 = [(m, "BH(900～600)*250*8*12" if "GL3" in m or "GL6" in m or "GL9" in m else "BH600*250*8*12", c) for m, c in
      [("GL3", 1), ("GL3A", 1), ("GL3D", 1), ("GL6", 2), ("GL6A", 1), ("GL8", 2), ("GL8A", 1), ("GL8B", 1), ("GL8C", 1),
       ("GL8D", 1), ("GL9B", 1), ("GL9C", 1), ("GL9D", 1)]] + [("ZC1", "L125*125*10", 4), ("ZC3", "L125*125*10", 4)]
B2 = ([("HJ-1", "250*78*7", 6), ("HJ-4", "250*78*7", 1), ("HJ-5", "250*78*7", 1), ("FG1", "L63*63*6", 180),
       ("FG2", "L63*63*6", 40), ("FG3", "L63*63*6", 44), ("XFG1", "L63*63*6", 160), ("XFG2", "L63*63*6", 42),
       ("XFG3", "L63*63*6", 40), ("ZC2", "L125*125*10", 10), ("ZC4", "L125*125*10", 10), ("ZC5", "L100*100*10", 2),
       ("ZC6", "L100*100*10", 2)] + [(f"YC{n}", "L50*4", c) for n, c in
                                    zip(range(1, 12), [6, 6, 6, 150, 30, 30, 30, 30, 24, 24, 24])])
P2 = [(f"XGBL-{n}", "HI1000-32-16*150", c) for n, c in [(4, 1), (9, 1), (31, 1), (40, 2), (47, 3), (52, 4), (57, 2)]]
P3 = [("2DCL1", "WI2000-14-30*500-30*400", 1), ("2DCL2", "WI2000-14-30*500-30*400", 1),
      ("2DCL4", "WI2000-14-35*700-35*500", 1), ("2DCL5", "WI2000-14-35*700-35*500", 1),
      ("2DCL3", "WI2000-14-35*700-35*500", 1)]

r = 3
def each(rows, weigh=True):
    global r
    out = []
    for mark, sec, cnt in rows:
        ws.cell(r, 2, mark)
        ws.cell(r, 3, sec)
        if cnt is not None:
            ws.cell(r, 4, cnt)
        if weigh and cnt is not None and mark not in ("SC",):
            w = round(f.r.uniform(400, 1800), 1) if cnt < 5 else f.pick([90, 120, 150, 200])
            ws.cell(r, 5, w)
            cf.formula(ws, f"F{r}", f"=E{r}*D{r}", round(w * cnt, 6))
            out.append(w * cnt)
        elif weigh and mark == "SC":
            cf.formula(ws, f"F{r}", f"=E{r}*D{r}", 0)
        r += 1
    return out

start = r
w1 = each(P1)
ws.merge_cells("D7:D8"); ws.merge_cells("E7:E8"); ws.merge_cells("F7:F8")
b1 = r
each(B1, weigh=False)
ws.cell(b1, 5, 19870); ws.cell(b1, 6, 19870)
ws.merge_cells(f"E{b1}:E{r - 1}"); ws.merge_cells(f"F{b1}:F{r - 1}")
b2 = r
each(B2, weigh=False)
ws.cell(b2, 5, 11640); ws.cell(b2, 6, 11640)
ws.merge_cells(f"E{b2}:E{r - 1}"); ws.merge_cells(f"F{b2}:F{r - 1}")
ws.cell(start, 1, "江门华盛钢构厂房"); ws.merge_cells(f"A{start}:A{r - 1}")
p2 = r
w2 = each(P2)
ws.cell(p2, 1, "厦门地铁"); ws.merge_cells(f"A{p2}:A{r - 1}")
p3 = r
w3 = each(P3)
ws.cell(p3, 1, "南湾海"); ws.merge_cells(f"A{p3}:A{r - 1}")

def note(row, value, formula=None):
    ws.cell(row, 7, "合   计：")
    if formula:
        cf.formula(ws, f"H{row}", formula, value)
    else:
        ws.cell(row, 8, value)
    ws.merge_cells(f"H{row}:I{row}")

note(9, round(sum(w1), 6), "=SUM(F3:F17)")
note(25, 19870)
note(44, 11640)
note(p2 + 3, round(sum(w2), 6), f"=SUM(F{p2}:F{p3 - 1})")
note(p3 + 1, round(sum(w3), 6), f"=SUM(F{p3}:F{r - 1})")
for col, w in {"A": 10.11, "C": 26.56, "D": 9.0, "E": 9.67, "F": 10.67, "G": 9.0}.items():
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
cf.save(wb, "stock-zh-cn-steelmembers.xlsx")
