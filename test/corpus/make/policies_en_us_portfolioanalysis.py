"""
Shape of ipearson992/Policy-Data "Policy Data.xlsx": an analyst's Excel workbook on an insurer's
book of individual life, health and disability policies (Excel 365, several Excel tables).

- "Insurance Policies": the policy table (Table3) in A1:L (life, health, disability, auto, home): Policy_ID / Name / Age / Gender /
  Policy Type / Smoker / Premium / Sum Assured / Policy Term / Issue Date (mm-dd-yy) / Payout /
  Net Profits (=G-K), about 460 policies POL100000…; three namesakes (other age and gender).
  Beside it in P:AA, sharing row 1: a one-row lookup table for one policy (VLOOKUPs, "Profitable"
  Yes/No), a smokers-vs-non-smokers block (totals, averages, standard deviations), an all-customers
  block, a "Search ID By Name" box (a name and its XLOOKUP), a gender block, and Policy ID beside
  the NORM.DIST of its premium down to the last policy. Formulas with cached results.
- "Age & Smoking Profits", "Gender Profits & Costs", "Normal Distribution": pivot results from row 3
  (Sum of … / Row Labels / Grand Total), the last one policy ids sorted by value.
- "Age vs. Premium Reggressions": net profit per age and the Analysis ToolPak's regression output
  (summary, ANOVA, coefficients, residuals, probability output).
Values invented.
"""
import datetime
import math
import statistics

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import FIRST_EN, LAST_EN, CachedFormulas, Fake, workbook

f = Fake("policies-en-us-portfolioanalysis")

FIRST = FIRST_EN + ["Tyler", "Megan", "Jordan", "Kayla", "Dustin", "Brittany", "Travis", "Heather", "Cody", "Amber",
                    "Derek", "Tiffany", "Shawn", "Crystal", "Garrett", "Lindsey", "Brent", "Courtney", "Wesley", "Paige"]
LAST = LAST_EN + ["Ramsey", "Whitfield", "Calloway", "Pruitt", "Haskins", "Boone", "Delgado", "Mercer", "Stroud",
                  "Vance", "Holt", "Langley", "Sutton", "Crowley", "Barlow", "Finch"]
N = 461
TYPES = ["Disability", "Health", "Life", "Auto", "Home"]

rows = []
for i in range(N):
    name = f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")
    age = f.r.randrange(18, 80)
    gender = "Other" if f.chance(0.011) else f.pick(["Female", "Male"])
    premium = round(f.r.uniform(200, 2000), 2) if f.chance(0.985) else f.r.randrange(200, 2000)
    sum_assured = round(f.r.uniform(50000, 1000000), 2)
    term = f.r.randrange(5, 31)
    issued = datetime.date(2020, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 5 * 365))
    payout = 0 if f.chance(0.2) else round(f.r.uniform(50, 3000), 2)
    rows.append([f"POL{100000 + i}", name, age, gender, f.pick(TYPES), f.pick(["Smoker", "Non-Smoker"]), premium,
                 sum_assured, term, issued, payout])
# three namesakes: another person of another age and gender with the same name
for a, b in [(40, 212), (97, 318), (150, 433)]:
    rows[b][1] = rows[a][1]
    rows[b][2] = (rows[a][2] + 17) % 60 + 18
    rows[b][3] = "Male" if rows[a][3] == "Female" else "Female"

cached = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Insurance Policies"
HEAD = ["Policy_ID", "Name", "Age", "Gender", "Policy Type", "Smoker", "Premium", "Sum Assured", "Policy Term",
        "Issue Date", "Payout", "Net Profits"]
for j, h in enumerate(HEAD, start=1):
    ws.cell(1, j, h)
for r, row in enumerate(rows, start=2):
    for j, v in enumerate(row, start=1):
        c = ws.cell(r, j, v)
        if j == 10:
            c.number_format = "mm-dd-yy"
    cached.formula(ws, f"L{r}", f"=G{r}-K{r}", round(row[6] - row[10], 2))
last = N + 1

# one-row lookup table for a policy
LOOK = ["Policy ID", "Name", "Age", "Gender", "Policy Type", "Smoker", "Premium", "Sum Assured", "Policy Term",
        "Payout This Year", "Net Profits", "Profitable"]
for j, h in enumerate(LOOK):
    ws.cell(1, 16 + j, h)
ws["P2"] = rows[0][0]
src = [2, 3, 4, 5, 6, 7, 8, 9, 11, 12]
vals = [rows[0][1], rows[0][2], rows[0][3], rows[0][4], rows[0][5], rows[0][6], rows[0][7], rows[0][8], rows[0][10],
        round(rows[0][6] - rows[0][10], 2)]
for k, (col, v) in enumerate(zip(src, vals)):
    ref = f"{chr(ord('Q') + k)}2"
    cached.formula(ws, ref, f"=VLOOKUP(Table2[[#This Row],[Policy ID]],Table3[#All],{col},FALSE)", v)
cached.formula(ws, "AA2", '=IF(Table2[[#This Row],[Net Profits]]>0,"Yes", "No")', "Yes" if vals[-1] > 0 else "No")

net = [round(r[6] - r[10], 2) for r in rows]


def pick(col, smoker):
    return [r[col] if col != 11 else net[i] for i, r in enumerate(rows) if r[5] == smoker]


ws["P5"] = "Smokers (S) Vs. Non-Smokers(NS)"
for k, h in enumerate(["Premium (S)", "Premium (NS)", "Sum Assured (S)", "Sum Assured (NS)", "Payout (S)", "Payout (NS)",
                       "Net Profit (S)", "Net Profit (NS)"]):
    ws.cell(5, 17 + k, h)
ws["P6"], ws["P7"], ws["P8"] = "Total", "Average Per Customer ", "Standard Deveation"
STATS = [("Premium", 6), ("Sum Assured", 7), ("Payout", 10), ("Net Profits", 11)]
for k, (label, col) in enumerate(STATS):
    for m, who in enumerate(["Smoker", "Non-Smoker"]):
        colref = chr(ord("Q") + 2 * k + m)
        v = pick(col, who)
        cached.formula(ws, f"{colref}6", f'=SUMIF(Table3[Smoker],"{who}",Table3[{label}])', round(sum(v), 2))
        cached.formula(ws, f"{colref}7", f'=AVERAGEIF(Table3[Smoker],"{who}",Table3[{label}])', sum(v) / len(v))
        cached.formula(ws, f"{colref}8", f'=_xlfn.STDEV.P(IF(Table3[Smoker] = "{who}",Table3[{label}]))', statistics.pstdev(v))
ws["P10"] = "All Customers"
for k, (label, col) in enumerate(STATS):
    ws.cell(10, 17 + k, label.replace("Net Profits", "Net Profit"))
    v = [r[col] if col != 11 else net[i] for i, r in enumerate(rows)]
    colref = chr(ord("Q") + k)
    cached.formula(ws, f"{colref}11", f"=AVERAGE(Table3[{label}])", sum(v) / len(v))
    cached.formula(ws, f"{colref}12", f"=_xlfn.STDEV.P(Table3[{label}])", statistics.pstdev(v))
ws["P11"], ws["P12"] = "Average", "Standard Deviation"
ws["P14"] = "Search ID By Name"
ws["P15"] = rows[2][1]
cached.formula(ws, "P16", "=_xlfn.XLOOKUP(P15,Table3[Name],Table3[Policy_ID],0)", rows[2][0])
mean, sd = statistics.mean(r[6] for r in rows), statistics.pstdev(r[6] for r in rows)
ws["P19"], ws["Q19"] = "Policy ID", "Normal Distribution of Premiums"
dens = []
for i, r in enumerate(rows):
    ws.cell(20 + i, 16, r[0])
    d = math.exp(-((r[6] - mean) / sd) ** 2 / 2) / (sd * math.sqrt(2 * math.pi))
    dens.append(d)
    cached.formula(ws, f"Q{20 + i}", f"=_xlfn.NORM.DIST(G{2 + i},$Q$11,$Q$12,$Q$6+$R$6)", d)
ws["S24"], ws["T24"], ws["U24"], ws["V24"] = "Gender", "Premium", "Payout", "Profits"
for rr, (label, g) in zip((25, 26), (("Men", "Male"), ("Women", "Female"))):
    ws[f"S{rr}"] = label
    sel = [i for i, r in enumerate(rows) if r[3] == g]
    cached.formula(ws, f"T{rr}", f'=SUMIF(D:D,"{g}",G:G)', round(sum(rows[i][6] for i in sel), 2))
    cached.formula(ws, f"U{rr}", f'=SUMIF(D:D,"{g}",K:K)', round(sum(rows[i][10] for i in sel), 2))
    cached.formula(ws, f"V{rr}", f'=SUMIF(D:D,"{g}",L:L)', round(sum(net[i] for i in sel), 2))
for name, ref, style in [("Table3", f"A1:L{last}", "TableStyleMedium16"), ("Table2", "P1:AA2", "TableStyleMedium2"),
                         ("Table4", "P5:X8", "TableStyleMedium4"), ("Table6", "P10:T12", "TableStyleMedium2"),
                         ("Table7", "P14:P16", "TableStyleMedium2"), ("Table1", f"P19:Q{19 + N}", "TableStyleMedium2"),
                         ("Table5", "S24:V26", "TableStyleMedium2")]:
    t = Table(displayName=name, ref=ref)
    t.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True)
    ws.add_table(t)
for col, w in zip("ABCDEFGHIJKL", [12, 20, 6, 9, 12, 12, 10, 13, 12, 11, 10, 12]):
    ws.column_dimensions[col].width = w
ws.column_dimensions["P"].width = 30

# pivot results
ages = sorted({r[2] for r in rows})
p1 = wb.create_sheet("Age & Smoking Profits")
p1["A3"], p1["B3"] = "Sum of Net Profits", "Column Labels"
p1["A4"], p1["B4"], p1["C4"], p1["D4"] = "Age", "Non-Smoker", "Smoker", "Grand Total"
per_age = {}
for k, a in enumerate(ages):
    ns = sum(net[i] for i, r in enumerate(rows) if r[2] == a and r[5] == "Non-Smoker")
    s = sum(net[i] for i, r in enumerate(rows) if r[2] == a and r[5] == "Smoker")
    per_age[a] = ns + s
    p1.cell(5 + k, 1, a), p1.cell(5 + k, 2, ns), p1.cell(5 + k, 3, s), p1.cell(5 + k, 4, ns + s)
k = 5 + len(ages)
p1.cell(k, 1, "Grand Total"), p1.cell(k, 2, sum(net[i] for i, r in enumerate(rows) if r[5] == "Non-Smoker"))
p1.cell(k, 3, sum(net[i] for i, r in enumerate(rows) if r[5] == "Smoker")), p1.cell(k, 4, sum(net))

p2 = wb.create_sheet("Gender Profits & Costs")
p2["A3"], p2["B3"], p2["C3"], p2["D3"] = "Row Labels", "Sum of Profits", "Sum of Premium", "Sum of Payout"
tot = [0, 0, 0]
for k, (label, g) in enumerate((("Men", "Male"), ("Women", "Female"))):
    sel = [i for i, r in enumerate(rows) if r[3] == g]
    v = [sum(net[i] for i in sel), sum(rows[i][6] for i in sel), sum(rows[i][10] for i in sel)]
    tot = [a + b for a, b in zip(tot, v)]
    p2.cell(4 + k, 1, label), p2.cell(4 + k, 2, v[0]), p2.cell(4 + k, 3, v[1]), p2.cell(4 + k, 4, v[2])
p2["A6"], p2["B6"], p2["C6"], p2["D6"] = "Grand Total", tot[0], tot[1], tot[2]

p3 = wb.create_sheet("Normal Distribution")
p3["A3"], p3["B3"] = "Row Labels", "Sum of Normal Distribution of Premiums"
share = sorted(((d / sum(dens), r[0]) for d, r in zip(dens, rows)))
for k, (v, pid) in enumerate(share):
    p3.cell(4 + k, 1, pid)
    p3.cell(4 + k, 2, v).number_format = "0.00%"
p3.cell(4 + len(share), 1, "Grand Total")
p3.cell(4 + len(share), 2, 1).number_format = "0.00%"

p4 = wb.create_sheet("Age vs. Premium Reggressions")
p4["A1"], p4["B1"] = "Row Labels", "Sum of Net Profits"
xs, ys = ages, [per_age[a] for a in ages]
for k, (a, y) in enumerate(zip(xs, ys)):
    p4.cell(2 + k, 1, a), p4.cell(2 + k, 2, y)
p4.cell(2 + len(xs), 1, "Grand Total"), p4.cell(2 + len(xs), 2, sum(ys))
n = len(xs)
mx, my = statistics.mean(xs), statistics.mean(ys)
sxx = sum((x - mx) ** 2 for x in xs)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
icpt = my - slope * mx
pred = [icpt + slope * x for x in xs]
ss_res = sum((y - p) ** 2 for y, p in zip(ys, pred))
ss_tot = sum((y - my) ** 2 for y in ys)
r2 = 1 - ss_res / ss_tot
se = math.sqrt(ss_res / (n - 2))
out = [("SUMMARY OUTPUT",), (), ("Regression Statistics",), ("Multiple R", math.sqrt(max(r2, 0))), ("R Square", r2),
       ("Adjusted R Square", 1 - (1 - r2) * (n - 1) / (n - 2)), ("Standard Error", se), ("Observations", n), (),
       ("ANOVA",), (None, "df", "SS", "MS", "F", "Significance F"),
       ("Regression", 1, ss_tot - ss_res, ss_tot - ss_res, (ss_tot - ss_res) / (ss_res / (n - 2)), 0.37),
       ("Residual", n - 2, ss_res, ss_res / (n - 2)), ("Total", n - 1, ss_tot), (),
       (None, "Coefficients", "Standard Error", "t Stat", "P-value", "Lower 95%", "Upper 95%", "Lower 95.0%", "Upper 95.0%"),
       ("Intercept", icpt, se, icpt / se, 0.4, icpt - 2 * se, icpt + 2 * se, icpt - 2 * se, icpt + 2 * se),
       ("Row Labels", slope, se / math.sqrt(sxx), slope / (se / math.sqrt(sxx)), 0.37), (), (), (),
       ("RESIDUAL OUTPUT", None, None, None, None, "PROBABILITY OUTPUT"), (),
       ("Observation", "Predicted Sum of Net Profits", "Residuals", "Standard Residuals", None, "Percentile",
        "Sum of Net Profits")]
for k, line in enumerate(out):
    for j, v in enumerate(line):
        if v is not None:
            p4.cell(1 + k, 6 + j, v)
ranked = sorted(ys)
for k in range(n):
    r = 1 + len(out) + k
    p4.cell(r, 6, k + 1), p4.cell(r, 7, pred[k]), p4.cell(r, 8, ys[k] - pred[k]), p4.cell(r, 9, (ys[k] - pred[k]) / se)
    p4.cell(r, 11, (k + 0.5) * 100 / n), p4.cell(r, 12, ranked[k])
cached.save(wb, "policies-en-us-portfolioanalysis.xlsx")
