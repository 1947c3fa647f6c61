"""
Shape of ayusophia/Sales-Pipeline-Excel_Assessment-1 "Sales Pipeline.xlsx": an analyst's
assessment workbook on an office-equipment seller's deal pipeline — opportunities identified by an
order-style id with the product as "Opportunity Name" and no customer anywhere, plus win-rate
formulas and pivot tables. Nothing in it names a client or prospect.

- Sheet "Sales Pipeline": row 1 holds only =SUBTOTAL(9,I3:I…) over the amounts (accounting "$"
  format), header on row 2 with an AutoFilter: index / Row ID / Opportunity ID / Created Date /
  Closed Date / Lead Source / Deal Stage / Opportunity Name / Sales Amount. index and Row ID are
  numbers from a shuffled source, Opportunity ID "CA-2019-118689"-style (repeating across rows of
  one order), Created Date "dd-mmm-yy", Closed Date "mm-dd-yy" a few days later, Lead Source
  Referral mostly (Online Ad, Cold Call), Deal Stage Closed Won / Negotiating / Closed Lost /
  Proposing, rows sorted by Lead Source then amount; 13 empty rows at the end inside the filter.
- Sheet "Pivot 2": three pivot tables as values — "Row Labels / Count of Conversion Rates" by
  stage and source, a "Deal Stage | Closed Won" page field above "Count of Win Rate", and a
  "(Multiple Items)" filter above three "Sum of Win Rate (…)" values.
- Sheet "Sales Lead_Stage": the same rows with the stages renamed Lead / Prospect (for Closed Lost /
  Proposing), eight formula columns between Deal Stage and Opportunity Name (Conversion Rates,
  Win Rate (Lead/Negotiating/Prospect), Average Deal Size (Lead/Prospect/Negotiating/Closed Won))
  whose COUNTIFS/AVERAGEIFS ranges slide down one row per row, SUBTOTAL in Q1, panes frozen at A3.
- Sheet "Pivot": "Amount" above a two-level pivot (Deal Stage, Lead Source, Total) with
  "… Total" rows and a Grand Total, and a second one beside it (Lead Source / Total).
In the source the pivots are real pivot tables over ~10,000 rows; here they are their values over
400 rows, with the formulas' last results cached. Values invented.
"""
import datetime

from openpyxl.worksheet.filters import AutoFilter

from fake import CachedFormulas, Fake, workbook

f = Fake("pipeline-en-us-stageanalysis")
ACC = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'
ACC0 = '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"??_);_(@_)'
PRODUCTS = ["Videoconferencing Unit EX-200", "Advanced Copier 2200", "Laser Printer M404", "Wireless Headset Pro",
            "Conference Phone 6300", "Ergonomic Task Chair", "Standing Desk Frame", "Label Maker LM-160",
            "Shredder Cross-Cut 12", "Projector XGA 3600", "Smart Whiteboard 65in", "Document Scanner DS-30",
            "Network Storage 4-Bay", "Laminator 13in", "Monitor Arm Dual", "Thermal Receipt Printer"]
N = 400
rows = []
order = None
for i in range(N):
    if order is None or not f.chance(0.3):
        order = f"CA-{f.pick([2016, 2017, 2018, 2019, 2020])}-{f.r.randrange(100000, 170000)}"
    created = f.date(datetime.date(2020, 1, 1), datetime.date(2024, 12, 20))
    closed = created + datetime.timedelta(days=f.r.randrange(0, 8))
    src = f.pick(["Referral"] * 28 + ["Online Ad", "Cold Call"])
    stage = f.pick(["Closed Won"] * 9 + ["Negotiating"] * 7 + ["Closed Lost"] * 2 + ["Proposing"] * 2)
    amount = round(f.r.uniform(2, 2400) * f.pick([1, 1, 1, 3, 8]), 4)
    rows.append([f.r.randrange(0, 10000), f.r.randrange(1, 10000), order,
                 datetime.datetime.combine(created, datetime.time()), datetime.datetime.combine(closed, datetime.time()),
                 src, stage, f.pick(PRODUCTS), amount])
rows.sort(key=lambda r: ({"Referral": 0, "Online Ad": 1, "Cold Call": 2}[r[5]], -r[8]))
END = 2 + N + 13  # last row of the filter range

cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Sales Pipeline"
cf.formula(ws, "I1", f"=SUBTOTAL(9,I3:I{END})", round(sum(r[8] for r in rows), 4))
ws["I1"].number_format = ACC
ws.append(["index", "Row ID", "Opportunity ID", "Created Date", "Closed Date", "Lead Source", "Deal Stage",
           "Opportunity Name", "Sales Amount"])
ws["D2"].number_format = "[$-409]dd\\-mmm\\-yy;@"
for r in rows:
    ws.append(r)
    n = ws.max_row
    ws.cell(n, 4).number_format = "[$-409]dd\\-mmm\\-yy;@"
    ws.cell(n, 5).number_format = "mm-dd-yy"
    ws.cell(n, 6).number_format = "mm-dd-yy"
    ws.cell(n, 9).number_format = ACC
for n in range(3 + N, END + 1):
    ws.cell(n, 9).number_format = ACC
ws.auto_filter = AutoFilter(ref=f"A2:I{END}")

# pivot values ------------------------------------------------------------------------------------
def count(stage=None, src=None, pos=False):
    return sum(1 for r in rows if (stage is None or r[6] == stage) and (src is None or r[5] == src) and (not pos or r[8] > 0))


def total(stage=None, src=None):
    return round(sum(r[8] for r in rows if (stage is None or r[6] == stage) and (src is None or r[5] == src)), 6)


p2 = wb.create_sheet("Pivot 2")
p2["A3"], p2["B3"] = "Row Labels", "Count of Conversion Rates"
r = 4
for stage, label in (("Closed Lost", "Lead"), ("Proposing", "Prospect")):
    p2.cell(r, 1, label); p2.cell(r, 2, count(stage)); r += 1
    for src in ("Cold Call", "Online Ad", "Referral"):
        if count(stage, src):
            p2.cell(r, 1, src); p2.cell(r, 2, count(stage, src)); r += 1
p2.cell(r, 1, "Grand Total"); p2.cell(r, 2, count("Closed Lost") + count("Proposing"))
p2["A18"], p2["B18"] = "Deal Stage", "Closed Won"
p2["A20"], p2["B20"] = "Row Labels", "Count of Win Rate"
r = 21
for src in ("Referral", "Online Ad", "Cold Call"):
    if count("Closed Won", src):
        p2.cell(r, 1, src); p2.cell(r, 2, count("Closed Won", src)); r += 1
p2.cell(r, 1, "Grand Total"); p2.cell(r, 2, count("Closed Won"))
p2["A26"], p2["B26"] = "Deal Stage", "(Multiple Items)"
p2["A28"] = "Values"
for k, (label, v) in enumerate([("Sum of Win Rate (Negotiating)", 297.3), ("Sum of Win Rate (Prospect)", 1016.8),
                                 ("Sum of Win Rate (Lead)", 930.4)]):
    p2.cell(29 + k, 1, label); p2.cell(29 + k, 2, v)

# the stage sheet with sliding formulas ---------------------------------------------------------------
ls = wb.create_sheet("Sales Lead_Stage")
renamed = [r[:6] + [{"Closed Lost": "Lead", "Proposing": "Prospect"}.get(r[6], r[6])] + r[6:8][1:] + [r[8]] for r in rows]
cf.formula(ls, "Q1", f"=SUBTOTAL(9,Q3:Q{END - 1})", round(sum(r[8] for r in rows), 4))
ls["Q1"].number_format = ACC
ls.append(["index", "Row ID", "Opportunity ID", "Created Date", "Closed Date", "Lead Source", "Deal Stage",
           "Conversion Rates", "Win Rate (Lead)", "Win Rate (Negotiating)", "Win Rate (Prospect)",
           "Average Deal Size (Lead)", "Average Deal Size (Prospect)", "Average Deal Size (Negotiating)",
           "Average Deal Size (Closed Won)", "Opportunity Name", "Sales Amount"])
for c, fmt in zip("LMNO", [ACC0] * 4):
    ls[f"{c}2"].number_format = fmt


def cnt(sub, stage, pos=False):
    return sum(1 for x in sub if x[6] == stage and (not pos or x[8] > 0))


def avg(sub, stage):
    v = [x[8] for x in sub if x[6] == stage]
    return round(sum(v) / len(v), 6) if v else "#DIV/0!"


def ratio(a, b):
    return round(a / b, 9) if b else "#DIV/0!"


for i, x in enumerate(renamed):
    n = 3 + i
    a, b = n, END - 1 + i
    sub = renamed[i:]
    ls.cell(n, 1, x[0]); ls.cell(n, 2, x[1]); ls.cell(n, 3, x[2])
    ls.cell(n, 4, x[3]).number_format = "[$-409]dd\\-mmm\\-yy;@"
    ls.cell(n, 5, x[4]).number_format = "mm-dd-yy"
    ls.cell(n, 6, x[5]).number_format = "mm-dd-yy"
    ls.cell(n, 7, x[6])
    g, q = f"G{a}:G{b}", f"Q{a}:Q{b}"
    cf.formula(ls, f"H{n}", f'=COUNTIFS({g}, "prospect",{q},">0")/COUNTIFS({g},"lead")', ratio(cnt(sub, "Prospect", True), cnt(sub, "Lead")))
    cf.formula(ls, f"I{n}", f'=COUNTIFS({g},"closed won",{q},">0")/COUNTIFS({g},"lead")', ratio(cnt(sub, "Closed Won", True), cnt(sub, "Lead")))
    cf.formula(ls, f"J{n}", f'=COUNTIFS({g},"closed won", {q},">0")/COUNTIFS({g},"negotiating")', ratio(cnt(sub, "Closed Won", True), cnt(sub, "Negotiating")))
    cf.formula(ls, f"K{n}", f'=COUNTIFS({g},"closed won",{q},">0")/COUNTIFS({g},"prospect")', ratio(cnt(sub, "Closed Won", True), cnt(sub, "Prospect")))
    for col, stage in zip("LMNO", ["Lead", "Prospect", "Negotiating", "Closed Won"]):
        cf.formula(ls, f"{col}{n}", f'=AVERAGEIFS({q},{g}, "{stage.lower()}")', avg(sub, stage))
        ls[f"{col}{n}"].number_format = ACC0
    ls.cell(n, 16, x[7])
    ls.cell(n, 17, x[8])
ls.freeze_panes = "A3"
ls.auto_filter = AutoFilter(ref=f"A2:Q{END - 1}")

pv = wb.create_sheet("Pivot")
pv["A3"] = "Amount"
pv["A4"], pv["B4"], pv["C4"], pv["F4"], pv["G4"] = "Deal Stage", "Lead Source", "Total", "Lead Source", "Total"
r = 5
for stage in ("Closed Lost", "Closed Won", "Negotiating", "Proposing"):
    first = True
    for src in ("Cold Call", "Online Ad", "Referral"):
        if count(stage, src):
            if first:
                pv.cell(r, 1, stage)
                first = False
            pv.cell(r, 2, src); pv.cell(r, 3, total(stage, src)); r += 1
    pv.cell(r, 1, f"{stage} Total"); pv.cell(r, 3, total(stage)); r += 1
pv.cell(r, 1, "Grand Total"); pv.cell(r, 3, total())
for k, src in enumerate(("Cold Call", "Online Ad", "Referral")):
    pv.cell(5 + k, 6, src); pv.cell(5 + k, 7, total(None, src))
pv.cell(8, 6, "Grand Total"); pv.cell(8, 7, total())

cf.save(wb, "pipeline-en-us-stageanalysis.xlsx")
