"""
Shape of fatin-anif/call-centre-bi-dashboard "Interactive Call Centre BI Dashboard.xlsx" (commit
ea6eb5f7e336c75d8159ad937ad5ab255c2dae03): a call-centre BI exercise built in Excel (Power
Query, pivots, slicers, charts) for a government-services contact centre, nine sheets.

- Calls A1:I1001: CallID C0001…, CustomerID CU0001… (442 callers, many calling more than once),
  AgentID A001…A020, Queue (Employment / Disability Support / General / Health Services),
  StartTime and EndTime shown m/d/yy h:mm, WaitTime and HandleTime in seconds, Abandoned Y/N.
- Agents A1:D21: AgentID, Team, SkillLevel, TenureMonths. Feedback A1:C401: CallID, CSAT 1-5,
  FeedbackComment (mostly empty, "Quick resolution", "Not satisfied" …). Workforce A1:D21:
  half-hour Interval, ForecastedCalls, ActualCalls, StaffScheduled.
- Dashboard A1:D2: four KPI headers over their values (slicer-filtered). Three pivot sheets
  ("Calls by Queue", "Average Wait Time by Queue" starting on row 2, "CSAT by Queue") with Row
  Labels and Grand Total and a chart each; "Final Dashboard" with the KPI row, three chart
  captions and three charts. No customer is named anywhere.
- Calls here has 300 rows and Feedback 120 (1,000 and 400 in the original); pivots are plain
  values.
Values invented.
"""
import datetime
from openpyxl.chart import BarChart, Reference
from fake import Fake, workbook, save

f = Fake("dashboard-en-callcentre")
QUEUES = ["Employment", "Disability Support", "General", "Health Services"]
wb = workbook()
wb.properties.creator = "Analyst"
calls = wb.active
calls.title = "Calls"
calls.append(["CallID", "CustomerID", "AgentID", "Queue", "StartTime", "EndTime", "WaitTime", "HandleTime", "Abandoned"])
rows = []
for i in range(300):
    start = datetime.datetime(2025, 2, 1, f.r.randrange(8, 18), f.r.randrange(60))
    handle = f.r.randrange(90, 720)
    wait = f.r.randrange(20, 300)
    ab = "Y" if f.chance(0.11) else "N"
    end = start + datetime.timedelta(seconds=wait + handle)
    end = end.replace(second=0)
    r = [f"C{i + 1:04d}", f"CU{f.r.randrange(1, 150):04d}", f"A{f.r.randrange(1, 21):03d}", f.pick(QUEUES),
         start, end, wait, handle, ab]
    rows.append(r)
    calls.append(r)
    calls.cell(calls.max_row, 5).number_format = "m/d/yy h:mm"
    calls.cell(calls.max_row, 6).number_format = "m/d/yy h:mm"

agents = wb.create_sheet("Agents")
agents.append(["AgentID", "Team", "SkillLevel", "TenureMonths"])
for i in range(20):
    agents.append([f"A{i + 1:03d}", f.pick(["Team A", "Team B", "Team C"]),
                   f.pick(["Beginner", "Intermediate", "Advanced"]), f.r.randrange(2, 36)])

fb = wb.create_sheet("Feedback")
fb.append(["CallID", "CSAT", "FeedbackComment"])
for i in f.r.sample(range(300), 120):
    fb.append([rows[i][0], f.r.randrange(1, 6),
               f.pick([None, None, None, "Quick resolution", "Not satisfied", "Agent was helpful", "Long wait"])])

wf = wb.create_sheet("Workforce")
wf.append(["Interval", "ForecastedCalls", "ActualCalls", "StaffScheduled"])
for k in range(20):
    wf.append([datetime.datetime(2025, 2, 1, 8, 0) + datetime.timedelta(minutes=30 * k),
               f.r.randrange(25, 70), f.r.randrange(20, 75), f.r.randrange(6, 20)])
    wf.cell(wf.max_row, 1).number_format = "m/d/yy h:mm"

sub = [r for r in rows if r[3] in ("Disability Support", "Health Services") and r[2] in ("A004", "A013", "A015", "A019")] or rows[:40]
kpi = [round(sum(r[6] for r in sub) / len(sub), 6), round(sum(r[7] for r in sub) / len(sub), 6), 1, len(sub)]
dash = wb.create_sheet("Dashboard")
dash.append(["Avg Wait Time", "Avg Handle Time", "Abandon Rate", "Total Calls"])
dash.append(kpi)


def pivot(title, caption, value, start_row=1):
    ws = wb.create_sheet(title)
    for _ in range(start_row - 1):
        ws.append([])
    ws.append(["Row Labels", caption])
    qs = sorted({r[3] for r in sub})
    for q in qs:
        ws.append([q, value([r for r in sub if r[3] == q])])
    ws.append(["Grand Total", value(sub)])
    ch = BarChart()
    ch.add_data(Reference(ws, min_col=2, min_row=start_row, max_row=start_row + len(qs)), titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=1, min_row=start_row + 1, max_row=start_row + len(qs)))
    ws.add_chart(ch, "D2")
    return ws, ch


pivot("Calls by Queue", "Total Calls", len)
pivot("Average Wait Time by Queue", "Avg Wait Time", lambda rs: sum(r[6] for r in rs) / len(rs), start_row=2)
pivot("CSAT by Queue", "Average of CSAT", lambda rs: round(f.r.uniform(2.8, 3.6), 6))

fin = wb.create_sheet("Final Dashboard")
fin.append(["Avg Wait Time", "Avg Handle Time", "Abandon Rate", "Total Calls"] + [None] * 7 + ["Calls By Queue"])
fin.append(kpi)
fin["D14"] = "CSAT By Queue"
fin["L26"] = "Average Wait Time By Queue"
for anchor, src in (("L2", "Calls by Queue"), ("D15", "CSAT by Queue"), ("L27", "Average Wait Time by Queue")):
    ws = wb[src]
    first = 2 if src == "Average Wait Time by Queue" else 1
    ch = BarChart()
    ch.add_data(Reference(ws, min_col=2, min_row=first, max_row=ws.max_row - 1), titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=ws.max_row - 1))
    fin.add_chart(ch, anchor)
save(wb, "dashboard-en-callcentre.xlsx")
