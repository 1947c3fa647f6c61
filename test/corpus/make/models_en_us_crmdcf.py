"""
Shape of jeffersonhwang/models "CRM.xlsx" (at commit dcd59fe): an investor's Excel model of a
listed software company, named after its ticker - a workbook called CRM that holds no customer.
- "Main": a price block in L2:N7 (Price / Shares / MC / Cash / Debt / EV, the quarter the figures
  come from beside them, MC and EV as formulas).
- "Model": frozen at L4; quarter-end dates in row 3 (m/d/yy) over eighteen quarterly columns and
  fiscal-year labels FY18-FY24 in row 2 over seven yearly columns; line items in column B (RPO,
  revenue by cloud, Subscription, Services, Revenue, COGS, Gross Profit, R&D, M&S, G&A, OpEx,
  OpInc, IntExp, Pretax, Taxes, NetInc, EPS, Shares, Revenue y/y, a balance sheet, a cash-flow
  block) with numbers typed in, sums and ratios as formulas (some typed as '=1146+467'), many
  rows started but not filled; a free-cash-flow projection dragged across a hundred columns to
  EN, and the valuation inputs (Growth Rate, Terminal, Discount, NPV, Share) in AD61:AE66.
Figures invented; formulas carry the results Excel cached.
"""
import datetime

from openpyxl.utils import get_column_letter as L

from fake import CachedFormulas, Fake, workbook

f = Fake("models-en-us-crmdcf")
cf = CachedFormulas()
wb = workbook()

main = wb.active
main.title = "Main"
price, shares, cash, debt = 271.4, 968, 15210, 0
for r, (label, value, fmt) in enumerate([("Price", price, "#,##0.00"), ("Shares", shares, "#,##0")], 2):
    main[f"L{r}"] = label
    main[f"M{r}"] = value
    main[f"M{r}"].number_format = fmt
main["N3"] = "Q224"
main["L4"] = "MC"
cf.formula(main, "M4", "=M2*M3", round(price * shares, 4))
main["L5"], main["M5"], main["N5"] = "Cash", cash, "Q224"
main["L6"], main["M6"], main["N6"] = "Debt", debt, "Q224"
main["L7"] = "EV"
cf.formula(main, "M7", "=M4-M5+M6", round(price * shares - cash + debt, 4))
for c in ("M4", "M5", "M6", "M7"):
    main[c].number_format = "#,##0"

m = wb.create_sheet("Model")
m.freeze_panes = "L4"
m["A1"] = "Main"
m["A1"].hyperlink = "#Main!A1"
ITEMS = {4: "RPO", 6: "Sales", 7: "Service", 8: "Platform", 9: "Marketing", 10: "Integration", 12: "Subscription",
         13: "Services", 14: "Revenue", 15: "COGS", 16: "Gross Profit", 17: "R&D", 18: "M&S", 19: "G&A", 20: "OpEx",
         21: "OpInc", 22: "IntExp", 23: "Pretax", 24: "Taxes", 25: "NetInc", 26: "EPS", 27: "Shares",
         29: "Revenue y/y", 31: "Net Cash", 32: "Cash", 33: "AR", 34: "Contract Cost", 35: "Prepaids", 36: "PP&E",
         37: "Lease", 38: "Goodwill", 39: "DTA", 40: "Assets", 42: "AP", 43: "Lease", 44: "DR", 45: "Debt",
         46: "ONCL", 47: "SE", 48: "L+SE", 50: "Model NI", 51: "Reported NI", 52: "D&A", 53: "Amortization",
         54: "SBC", 55: "Investment Gain", 56: "WC", 57: "CFFO", 59: "Acquisitions", 60: "Investments",
         61: "CapEx", 62: "FCF", 64: "Buyback", 65: "ESOP", 66: "Debt", 67: "Dividends", 68: "CFFF", 70: "FX", 71: "CIC"}
for r, label in ITEMS.items():
    m[f"B{r}"] = label
    m[f"B{r}"].number_format = "#,##0" if r >= 6 else "m/d/yy;@"

quarters = list(range(3, 21))            # C..T
end = datetime.date(2021, 1, 30)
for k, col in enumerate(quarters):
    d = datetime.date(end.year + (end.month + 3 * k - 1) // 12, (end.month + 3 * k - 1) % 12 + 1, 28)
    m.cell(3, col, d).number_format = "m/d/yy;@"
years = list(range(22, 29))              # V..AB
for k, col in enumerate(years):
    m.cell(2, col, f"FY{18 + k}")
    m.cell(3, col, datetime.date(2018 + k, 1, 31)).number_format = "m/d/yy;@"

sub = 5400.0
values = {}
for k, col in enumerate(quarters[1:], 1):
    c = L(col)
    sub *= 1 + f.r.uniform(0.015, 0.05)
    s, sv = round(sub), round(sub * f.r.uniform(0.07, 0.09))
    cogs, rd, ms, ga = round((s + sv) * f.r.uniform(0.24, 0.28)), round(s * 0.17), round(s * 0.45), round(s * 0.1)
    m[f"{c}12"], m[f"{c}13"] = s, sv
    cf.formula(m, f"{c}14", f"={c}12+{c}13", s + sv)
    if k % 5 == 2:
        a = round(cogs * 0.7)
        cf.formula(m, f"{c}15", f"={a}+{cogs - a}", cogs)
    else:
        m[f"{c}15"] = cogs
    cf.formula(m, f"{c}16", f"={c}14-{c}15", s + sv - cogs)
    m[f"{c}17"], m[f"{c}18"], m[f"{c}19"] = rd, ms, ga
    cf.formula(m, f"{c}20", f"=SUM({c}17:{c}19)", rd + ms + ga)
    opinc = s + sv - cogs - rd - ms - ga
    cf.formula(m, f"{c}21", f"={c}16-{c}20", opinc)
    ie = -f.r.randrange(20, 120)
    m[f"{c}22"] = ie
    cf.formula(m, f"{c}23", f"={c}22+{c}21", opinc + ie)
    tax = max(0, round((opinc + ie) * f.r.uniform(0.05, 0.3)))
    m[f"{c}24"] = tax
    ni = opinc + ie - tax
    cf.formula(m, f"{c}25", f"={c}23-{c}24", ni)
    sh = 930 + 4 * k
    m[f"{c}27"] = sh
    cf.formula(m, f"{c}26", f"={c}25/{c}27", round(ni / sh, 6))
    cf.formula(m, f"{c}50", f"=+{c}25", ni)
    values[col] = s + sv
    if k >= 8:
        m[f"{c}4"] = round(f.r.uniform(45, 58), 1)
    if k >= 5:
        prev = L(col - 4)
        cf.formula(m, f"{c}29", f"=+{c}14/{prev}14-1", round(values[col] / values[col - 4] - 1, 6))
    if k >= 6:
        m[f"{c}61"] = -f.r.randrange(150, 260)
    if k >= 10:
        for r in (6, 7, 8, 9, 10):
            m[f"{c}{r}"] = round(s * f.r.uniform(0.15, 0.25))
        for r in (32, 33, 38, 42, 45, 47):
            m[f"{c}{r}"] = f.r.randrange(4000, 50000)
        cf.formula(m, f"{c}31", f"=+{c}32-{c}45", m[f"{c}32"].value - m[f"{c}45"].value)
    for cell in (f"{c}{r}" for r in range(12, 28)):
        if m[cell].value is not None:
            m[cell].number_format = "0.00" if cell.endswith("26") else "#,##0"

yearly = [16000, 19800, 23600, 28100, 32400, 35900, 38800]
for k, col in enumerate(years):
    c = L(col)
    m[f"{c}12"] = round(yearly[k] * 0.93)
    m[f"{c}13"] = yearly[k] - round(yearly[k] * 0.93)
    cf.formula(m, f"{c}14", f"={c}12+{c}13", yearly[k])
    if k:
        cf.formula(m, f"{c}29", f"=+{c}14/{L(col - 1)}14-1", round(yearly[k] / yearly[k - 1] - 1, 6))
m["AB57"] = 12100
fcf = 12100.0
m["AD61"], m["AE61"] = "Growth Rate", 0.07
m["AD62"], m["AE62"] = "Terminal", 0.01
m["AD63"], m["AE63"] = "Discount", 0.08
npv = 0.0
for col in range(29, 145):               # AC..EN, the projection dragged across
    c, p = L(col), L(col - 1)
    new = fcf * 1.07
    cf.formula(m, f"{c}57", f"=+{p}57*(1+$AE$61)", round(new, 4))
    cf.formula(m, f"{c}58", f"=+{c}57/{p}57-1", 0.07)
    fcf = new
for k in range(1, 89):
    npv += 12100 * 1.07 ** k / 1.08 ** k
m["AD64"] = "NPV"
cf.formula(m, "AE64", "=NPV(AE63,AB57:DJ57)", round(npv, 4))
m["AD65"] = "Share"
cf.formula(m, "AE65", "=+AE64/1000", round(npv / 1000, 4))
cf.formula(m, "AE66", "=+AE65/Main!M2-1", round(npv / 1000 / price - 1, 6))

cf.save(wb, "models-en-us-crmdcf.xlsx")
