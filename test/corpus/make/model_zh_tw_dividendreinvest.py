"""
Shape of Ares031/test "新增 Microsoft Excel 工作表.xlsx" (at commit 7b476c0edc2de788243bc76bff66772cc622fae0): a
Taiwanese small investor's projection of reinvesting a high-dividend ETF's payouts year after year, a workbook
left under Windows' default name (Excel, cached results saved). 工作表1: the header on row 1 from B
(資金 / 股價 / 配息 / 總資產 / 年初未配息總張數 / 年末配息後總張數 / 配息轉投入股數 / 股數年增, J empty,
總投入 / 成長 / 股息, N empty, 平均月息), year numbers 1…40 in A, capital carried from the previous year's total
plus a yearly contribution typed in J on every row, price and dividend typed on every row, the rest formulas
(lots of 1,000 shares, growth in %, monthly income), accounting formats with red negatives, panes frozen at A23.
工作表2: the same model with the contribution and the starting sum as parameters in O2/O3 (absolute references),
the columns shifted by one after 股數年增 (總投入 / 成長 / 股息, M the growth change, N 平均月息), panes frozen at A2.
工作表3 empty.
Values invented: starting sum, contribution, price and dividend; the formulas are the original's.
"""
from fake import CachedFormulas, workbook

wb = workbook()
cf = CachedFormulas()
ACC = "#,##0_);[Red]\\(#,##0\\)"
ACC2 = "#,##0.00_);[Red]\\(#,##0.00\\)"
NEG2 = "0.00_);[Red]\\(0.00\\)"

# --- 工作表1: contribution typed on every row ---------------------------------------------------
ws = wb.active
ws.title = "工作表1"
for col, h in zip("BCDEFGHIKLMO", ["資金", "股價", "配息", "總資產", "年初未配息總張數", "年末配息後總張數",
                                    "配息轉投入股數", "股數年增", "總投入", "成長", "股息", "平均月息"]):
    ws[f"{col}1"] = h
ws["O1"].number_format = "#,##0_ "
START, YEARLY, PRICE, DIV = 400000, 180000, 19.8, 1.2
prev = {}
for y in range(1, 41):
    r = y + 1
    ws[f"A{r}"] = y
    if y == 1:
        b = START + YEARLY
        ws[f"B{r}"] = b
    else:
        b = prev["E"] + YEARLY
        cf.formula(ws, f"B{r}", f"=E{r - 1}+J{r - 1}", b)
    ws[f"C{r}"] = PRICE
    ws[f"D{r}"] = DIV
    e = b / PRICE * DIV + b
    fv, gv = b / PRICE / 1000, e / PRICE / 1000
    h = gv - fv
    k = YEARLY * y + START
    l_ = e / k * 100
    m = b / PRICE * DIV
    cf.formula(ws, f"E{r}", f"=(B{r}/C{r})*D{r}+B{r}", e)
    cf.formula(ws, f"F{r}", f"=B{r}/C{r}/1000", fv)
    cf.formula(ws, f"G{r}", f"=E{r}/C{r}/1000", gv)
    cf.formula(ws, f"H{r}", f"=(G{r}-F{r})", h)
    if y > 1:
        cf.formula(ws, f"I{r}", f"=H{r}-H{r - 1}", h - prev["H"])
        cf.formula(ws, f"N{r}", f"=L{r}-L{r - 1}", l_ - prev["L"])
        ws[f"N{r}"].number_format = NEG2
    ws[f"J{r}"] = YEARLY
    cf.formula(ws, f"K{r}", f"=J{r}*A{r}+{START}", k)
    cf.formula(ws, f"L{r}", f"=E{r}/K{r}*100", l_)
    cf.formula(ws, f"M{r}", f"=B{r}/C{r}*D{r}", m)
    cf.formula(ws, f"O{r}", f"=M{r}/12", m / 12)
    for col, fmt in {"B": ACC, "E": ACC, "F": ACC2, "G": "0.00_ ", "H": "0.00_ ", "I": "0.00_ ", "K": ACC,
                     "L": "0.00_ ", "M": "#,##0_ ", "O": "#,##0_ "}.items():
        ws[f"{col}{r}"].number_format = fmt
    prev = {"E": e, "H": h, "L": l_}
ws.freeze_panes = "A23"
for col, w in {"A": 3.5, "B": 11.25, "E": 11.25, "F": 18.375, "H": 18.375, "K": 12.75, "L": 9.125, "M": 11.625,
               "N": 9.0, "O": 9.0}.items():
    ws.column_dimensions[col].width = w

# --- 工作表2: contribution and starting sum as parameters in O2/O3 -------------------------------
ws2 = wb.create_sheet("工作表2")
for col, h in zip("BCDEFGHIJKLN", ["資金", "股價", "配息", "總資產", "年初未配息總張數", "年末配息後總張數",
                                    "配息轉投入張數", "股數年增", "總投入", "成長", "股息", "平均月息"]):
    ws2[f"{col}1"] = h
ws2["N1"].number_format = "#,##0_ "
START2, YEARLY2, PRICE2, DIV2 = 300000, 150000, 16.2, 0.95
ws2["O2"], ws2["O3"] = START2, YEARLY2
prev = {}
for y in range(1, 41):
    r = y + 1
    ws2[f"A{r}"] = y
    if y == 1:
        b = START2 + YEARLY2
        cf.formula(ws2, f"B{r}", "=O2+O3", b)
    else:
        b = prev["E"] + YEARLY2
        cf.formula(ws2, f"B{r}", f"=E{r - 1}+$O$3", b)
    ws2[f"C{r}"] = PRICE2
    ws2[f"D{r}"] = DIV2
    e = b / PRICE2 * DIV2 + b
    fv, gv = b / PRICE2 / 1000, e / PRICE2 / 1000
    h = gv - fv
    j = YEARLY2 * y + START2
    k = e / j * 100
    l_ = b / PRICE2 * DIV2
    cf.formula(ws2, f"E{r}", f"=(B{r}/C{r})*D{r}+B{r}", e)
    cf.formula(ws2, f"F{r}", f"=B{r}/C{r}/1000", fv)
    cf.formula(ws2, f"G{r}", f"=E{r}/C{r}/1000", gv)
    cf.formula(ws2, f"H{r}", f"=(G{r}-F{r})", h)
    if y > 1:
        cf.formula(ws2, f"I{r}", f"=H{r}-H{r - 1}", h - prev["H"])
        cf.formula(ws2, f"M{r}", f"=K{r}-K{r - 1}", k - prev["K"])
        ws2[f"M{r}"].number_format = NEG2
    cf.formula(ws2, f"J{r}", f"=$O$3*A{r}+$O$2", j)
    cf.formula(ws2, f"K{r}", f"=E{r}/J{r}*100", k)
    cf.formula(ws2, f"L{r}", f"=B{r}/C{r}*D{r}", l_)
    cf.formula(ws2, f"N{r}", f"=L{r}/12", l_ / 12)
    for col, fmt in {"B": ACC, "E": ACC, "F": ACC2, "G": "0.00_ ", "H": "0.00_ ", "I": "0.00_ ", "J": ACC,
                     "K": "0.00_ ", "L": "#,##0_ ", "N": "#,##0_ "}.items():
        ws2[f"{col}{r}"].number_format = fmt
    prev = {"E": e, "H": h, "K": k}
ws2.freeze_panes = "A2"
for col, w in {"A": 3.5, "B": 11.25, "C": 5.5, "E": 11.25, "F": 18.375, "H": 16.125, "I": 9.5, "J": 11.25,
               "K": 8.5, "L": 10.0, "M": 7.625}.items():
    ws2.column_dimensions[col].width = w

wb.create_sheet("工作表3")
cf.save(wb, "model-zh-tw-dividendreinvest.xlsx")
