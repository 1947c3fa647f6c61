"""
Shape of RishabhBhatt28/Call-Center-Report "Call Report.xlsx" (at commit 1689f11cb64d3ad3dbdf8113fbe36c08fbea8633): an
Excel dashboard exercise built on a call centre's sales calls (US, Ohio cities). Four sheets:
- Data: a title 'Call Centre Data' in B1 (18 pt), then two Excel tables side by side on row 3. Table 'calls'
  (B3:L1003): Call number (Call_7271…, one per row), Customer ID (C0001…C0015, a code only), Duration (minutes),
  Representative (R01…R05, formatted 0.00), Date of Call (d-mmm-yy, 1 Jan – 31 Dec 2023, several calls a day),
  Purchase Amount, Satisfaction Rating (0–5, one decimal), then four formula columns with structured references and
  cached results: FY (fiscal year from July), Day of week (TEXT … "DDDD"), Duration Bucket (_xlfn.IFS) and Rating
  rounded. Table 'customers' (Q3:T18), after three empty columns: Customer ID, 'Gedner' (sic, formatted 0%),
  Age, City — fifteen coded customers, no names or contact details.
- Customer Centre Report: a dashboard — 'CALL CENTRE REPORT' title, a spilled copy of a pivot (purchase amount by
  city and customer code × rep), the selected rep's picture cell (#VALUE!) and labels from Pivots (merged cells).
- Pivots: pivot outputs (totals, the selected rep's totals, calls per month and weekday, per rep, city × gender,
  per rating, amount by city/customer × rep) and helper formulas (NA() for reps not selected, XLOOKUP, RANK.AVG).
- Assets: Rep ID and an _xlfn.IMAGE cell per rep, each cached as #VALUE!.
Values invented (call numbers, durations, dates, amounts, ratings, the customers' gender / age / city).
"""
import datetime
from collections import Counter, defaultdict

from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import CachedFormulas, Fake, workbook

f = Fake("calls-en-us-callcentrereport")
cf = CachedFormulas()

REPS = ["R01", "R02", "R03", "R04", "R05"]
CITIES = ["Columbus", "Cleveland", "Cincinnati"]
customers = []
for i in range(15):
    customers.append((f"C{i + 1:04d}", "Male" if i < 6 else "Female", f.r.randrange(21, 45), f.pick(CITIES)))
cust_weight = [f.r.randrange(50, 90) for _ in customers]

calls = []
day = datetime.date(2023, 1, 1)
n = 7271
while len(calls) < 1000:
    for _ in range(f.pick([1, 2, 3, 3, 4, 5])):
        if len(calls) >= 1000:
            break
        cid = f.r.choices(customers, weights=cust_weight)[0][0]
        dur = max(2, min(176, int(f.r.gauss(90, 38))))
        amount = max(20, min(225, int(f.r.gauss(97, 45))))
        rating = round(min(5.0, max(0.0, f.r.gauss(3.9, 0.8))), 1)
        calls.append([f"Call_{n}", cid, dur, f.pick(REPS), datetime.datetime(day.year, day.month, day.day), amount, rating])
        n += 1
    day += datetime.timedelta(days=f.pick([1, 1, 1, 2]))
    if day.year > 2023:
        day = datetime.date(2023, 12, 31)


def fy(d):
    return d.year if d.month <= 6 else d.year + 1


def bucket(m):
    if m <= 10:
        return "Under 10 mins"
    if m <= 30:
        return "10 to 30 mins"
    if m <= 60:
        return "30 to 60 mins"
    if m <= 120:
        return "1 to 2 hours"
    return "More than 2 hours"


def excel_round(x):
    return int(x + 0.5)


wb = workbook()
ws = wb.active
ws.title = "Data"
ws["B1"] = "Call Centre Data"
ws["B1"].font = Font(size=18)
HEAD = ["Call number", "Customer ID", "Duration", "Representative", "Date of Call", "Purchase Amount",
        "Satisfaction Rating", "FY", "Day of week", "Duration Bucket", "Rating rounded"]
for j, h in enumerate(HEAD):
    ws.cell(3, 2 + j, h)
for i, c in enumerate(calls):
    r = 4 + i
    for j, v in enumerate(c):
        ws.cell(r, 2 + j, v)
    ws.cell(r, 5).number_format = "0.00"
    ws.cell(r, 6).number_format = "[$-409]d\\-mmm\\-yy;@"
    d = c[4]
    cf.formula(ws, f"I{r}", "=IF(MONTH(calls[[#This Row],[Date of Call]])<=6, YEAR(calls[[#This Row],[Date of Call]]), "
                            "YEAR(calls[[#This Row],[Date of Call]])+1)", fy(d))
    cf.formula(ws, f"J{r}", '=TEXT(calls[[#This Row],[Date of Call]],"DDDD")', d.strftime("%A"))
    cf.formula(ws, f"K{r}", '=_xlfn.IFS(calls[[#This Row],[Duration]]<=10,"Under 10 mins", calls[[#This Row],[Duration]]<=30, '
                            '"10 to 30 mins", calls[[#This Row],[Duration]]<=60, "30 to 60 mins", calls[[#This Row],[Duration]]<=120, '
                            '"1 to 2 hours", TRUE, "More than 2 hours")', bucket(c[2]))
    cf.formula(ws, f"L{r}", "=ROUND(calls[[#This Row],[Satisfaction Rating]],0)", excel_round(c[6]))
for j, h in enumerate(["Customer ID", "Gedner", "Age", "City"]):
    ws.cell(3, 17 + j, h)
for i, c in enumerate(customers):
    for j, v in enumerate(c):
        ws.cell(4 + i, 17 + j, v)
    ws.cell(4 + i, 18).number_format = "0%"
style = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
t1 = Table(displayName="calls", ref=f"B3:L{3 + len(calls)}")
t1.tableStyleInfo = style
ws.add_table(t1)
t2 = Table(displayName="customers", ref=f"Q3:T{3 + len(customers)}")
t2.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t2)
for col, w in {"A": 3.25, "B": 14.625, "C": 12.875, "D": 16.625, "E": 15.0, "F": 16.125, "G": 17.25, "H": 18.375,
               "I": 17.25, "J": 15.5, "M": 7.5, "Q": 14.625, "T": 10.625}.items():
    ws.column_dimensions[col].width = w

# ---- pivots ------------------------------------------------------------------------------------
city_of = {c[0]: c[3] for c in customers}
gender_of = {c[0]: c[1] for c in customers}
SEL = "R04"
sel = [c for c in calls if c[3] == SEL]


def totals(rows):
    return [len(rows), sum(c[5] for c in rows), sum(c[2] for c in rows), sum(c[6] for c in rows) / len(rows),
            sum(1 for c in rows if excel_round(c[6]) == 5)]


wp = wb.create_sheet("Pivots")
wr = wb.create_sheet("Customer Centre Report")
wb.move_sheet("Customer Centre Report", offset=-1)
KPI = ["Call Count", "Total Amount", "Total Duration", "Avg. Rating", "5* Calls"]
for j, h in enumerate(KPI):
    wp.cell(3, 1 + j, h)
    wp.cell(9, 1 + j, h)
for j, v in enumerate(totals(calls)):
    wp.cell(4, 1 + j, v)
for j, v in enumerate(totals(sel)):
    wp.cell(10, 1 + j, v)
wp["A24"], wp["B24"], wp["C24"], wp["G24"], wp["H24"] = "Row Labels", "Call Count", "Call Count2", "Row Labels", "Call Count"
months = Counter(c[4].month for c in sel)
for i, m in enumerate(range(1, 13)):
    wp.cell(25 + i, 1, datetime.date(2023, m, 1).strftime("%b"))
    wp.cell(25 + i, 2, months[m])
    wp.cell(25 + i, 3, months[m])
wp["A37"], wp["B37"], wp["C37"] = "Grand Total", len(sel), len(sel)
days = Counter(c[4].strftime("%A") for c in sel)
for i, d in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]):
    wp.cell(25 + i, 7, d)
    wp.cell(25 + i, 8, days[d])
wp["G32"], wp["H32"] = "Grand Total", len(sel)
wp["F50"], wp["I50"] = "For graph", "Selected rep"
cf.formula(wp, "J50", "=A66", SEL)
for j, h in enumerate(["Row Labels", "Call Count", "Total Amount"]):
    wp.cell(52, 1 + j, h)
for j, h in enumerate(["Rep", "Calls", "Amount", "Sel. Calls", "Sel. Amount"]):
    wp.cell(52, 6 + j, h)
per_rep = {r: [c for c in calls if c[3] == r] for r in REPS}
for i, r in enumerate(REPS):
    row = 53 + i
    cnt, amt = len(per_rep[r]), sum(c[5] for c in per_rep[r])
    wp.cell(row, 1, r), wp.cell(row, 2, cnt), wp.cell(row, 3, amt)
    if i == 0:
        cf.formula(wp, "F53", "=A53:C57", r)
    else:
        wp.cell(row, 6, r)
    wp.cell(row, 7, cnt), wp.cell(row, 8, amt)
    cf.formula(wp, f"I{row}", f"=IF(F{row}=$J$50,G{row},NA())", cnt if r == SEL else "#N/A")
    cf.formula(wp, f"J{row}", f"=IF(F{row}=$J$50,H{row},NA())", amt if r == SEL else "#N/A")
wp["A58"], wp["B58"], wp["C58"] = "Grand Total", len(calls), sum(c[5] for c in calls)
wp["G63"], wp["A65"], wp["G65"], wp["A66"] = "Rep Summary", "Row Labels", "% of calls", SEL
share = len(sel) / len(calls)
cf.formula(wp, "H65", "=A10/A4", share)
wp["G66"], wp["G67"], wp["G69"], wp["G70"], wp["G72"], wp["G76"] = "Calls", "Amount", "Call rank", "Amount rank", "Labels:", "Image:"
cf.formula(wp, "H66", "=_xlfn.XLOOKUP(A66,F53:F57,G53:G57)", len(sel))
cf.formula(wp, "H67", "=_xlfn.XLOOKUP(A66,F53:F57,H53:H57)", sum(c[5] for c in sel))
call_rank = 1 + sum(1 for r in REPS if len(per_rep[r]) > len(sel))
amt_rank = 1 + sum(1 for r in REPS if sum(c[5] for c in per_rep[r]) > sum(c[5] for c in sel))
cf.formula(wp, "H69", "=_xlfn.RANK.AVG(H66,G53:G57)", call_rank)
cf.formula(wp, "H70", "=_xlfn.RANK.AVG(H67,H53:H57)", amt_rank)
label_pct = f"% of calls:{round(share * 100)}%"
cf.formula(wp, "H73", '="% of calls:"&TEXT(H65,"0%")', label_pct)
cf.formula(wp, "H74", '=IF(COUNTA(A66:A70)>1,"","Call rank:"&H69)', f"Call rank:{call_rank}")
cf.formula(wp, "H75", '=IF(COUNTA(A66:A70)>1,"","Amount rank:"&H70)', f"Amount rank:{amt_rank}")
cf.formula(wp, "H76", "=_xlfn.XLOOKUP(A66,Assets!E3:E7,Assets!F3:F7)", "#VALUE!")
wp["A77"], wp["B77"] = "Call Count", "Column Labels"
for j, h in enumerate(["Row Labels", "Female", "Male", "Grand Total"]):
    wp.cell(78, 1 + j, h)
cg = Counter((city_of[c[1]], gender_of[c[1]]) for c in calls)
for i, city in enumerate(sorted(CITIES)):
    wp.cell(79 + i, 1, city)
    wp.cell(79 + i, 2, cg[(city, "Female")])
    wp.cell(79 + i, 3, cg[(city, "Male")])
    wp.cell(79 + i, 4, cg[(city, "Female")] + cg[(city, "Male")])
wp["A82"] = "Grand Total"
wp["B82"] = sum(v for (c, g), v in cg.items() if g == "Female")
wp["C82"] = sum(v for (c, g), v in cg.items() if g == "Male")
wp["D82"] = len(calls)
wp["A89"], wp["B89"] = "Row Labels", "Call Count"
rc = Counter(excel_round(c[6]) for c in sel)
row = 90
for k in sorted(rc):
    wp.cell(row, 1, k), wp.cell(row, 2, rc[k])
    row += 1
wp.cell(row, 1, "Grand Total"), wp.cell(row, 2, len(sel))
wp["A106"], wp["B106"] = "Total Amount", "Column Labels"
for j, h in enumerate(["Row Labels"] + REPS + ["Grand Total"]):
    wp.cell(107, 1 + j, h)
amt = defaultdict(int)
for c in calls:
    amt[(c[1], c[3])] += c[5]
block = []  # the pivot rows A108… as the report copies them
for city in sorted(CITIES):
    block.append([city] + [""] * 6)
    for cid in sorted(c[0] for c in customers if c[3] == city):
        vals = [amt[(cid, r)] for r in REPS]
        block.append([cid] + vals + [sum(vals)])
for i, b in enumerate(block):
    for j, v in enumerate(b):
        if v != "":
            wp.cell(108 + i, 1 + j, v)

# ---- report --------------------------------------------------------------------------------------
wr["C1"] = "CALL CENTRE REPORT"
wr["C1"].font = Font(size=24)
cf.formula(wr, "Q18", "=Pivots!B107:F107", REPS[0])
for j, r in enumerate(REPS[1:] + ["TOTAL"]):
    wr.cell(18, 18 + j, r)
last = 107 + len(block)
cf.formula(wr, "P19", f'=IF(Pivots!A108:G{last}="","",Pivots!A108:G{last})', block[0][0])
for i, b in enumerate(block):
    for j, v in enumerate(b):
        if i == 0 and j == 0:
            continue
        if v != "":
            wr.cell(19 + i, 16 + j, v)
cf.formula(wr, "M29", "=Pivots!H76", "#VALUE!")
cf.formula(wr, "M33", "=Pivots!H73", label_pct)
cf.formula(wr, "M34", "=Pivots!H74", f"Call rank:{call_rank}")
cf.formula(wr, "M35", "=Pivots!H75", f"Amount rank:{amt_rank}")
for rng in ("M29:N32", "M33:N33", "M34:N34", "M35:N35"):
    wr.merge_cells(rng)

# ---- assets --------------------------------------------------------------------------------------
wa = wb.create_sheet("Assets")
wa["E2"], wa["F2"] = "Rep ID", "Rep Image"
for i, r in enumerate(REPS):
    wa.cell(3 + i, 5, r)
    cf.formula(wa, f"F{3 + i}", f'=_xlfn.IMAGE("https://example.com/reps/{r.lower()}.png")', "#VALUE!")
cf.formula(wa, "I3", '=_xlfn.IMAGE("https://example.com/reps/team.png")', "#VALUE!")

cf.save(wb, "calls-en-us-callcentrereport.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(calls), calls[0], calls[-1])
        print(customers)
        print(Counter(c[1] for c in calls).most_common(4))
        print([c for c in calls if c[0] in ("Call_7271", "Call_7600", "Call_8270")])
