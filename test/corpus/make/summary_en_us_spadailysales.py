"""
Shape of mikeusry/spametrics "Daily Sales Report.xlsx" (at commit 80da566d98ee4bf2f8e978db4b1a781a13215c66):
a Georgia hot-tub and sauna retailer's daily sales dashboard, one sheet per day copied forward from the
day before (73 sheets, newest first, named like '10282025', '1012025', '9125', '8.19.25'; here 46), read
by a metrics app. Each day sheet: a title row ('Daily Sales Report' and the month or date), a key-figure
block in A:B (Month Goal, LY Revenue, MTD Revenue, Left to Goal, per-day targets, work days, month start,
'=Today()', percentages as formulas), a store table in C:H or C:M (store, LY, Goal, Actual, % to LY,
% to goal, tracking formulas, a Total row), an 'Internet Leads' count per store, a 'Sales Team Revenue'
table (salesperson, goal, actual, variance formulas, 'MGMT Goal'), on newer sheets a 'Daily Activities
(Hubspot)' grid (In Store X, calls, e-mails, SMS per salesperson) and a 'Daily Traffic Report' of walk-ins
and units sold per salesperson with SUM and IFERROR formulas; the layout drifts between August, September
and October (columns added, rows moved, merged captions). A front sheet 'Daily Sales Report' holds an
older draft. Store revenue and salespeople's figures, no customer anywhere: a person imports nothing.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake(3305)
STORES = ["Buford", "Athens", "Warehouse", "Kennesaw", "Alpharetta", "Augusta", "Newnan", "Oconee", "Blue Ridge",
          "Blairsville", "Costco"]
PROS = ["Carla Dunmore", "Jolene Marsh", "Colette Hale", "Ronan Arbuckle", "Tate Tillery", "Joel Brookfield",
        "Dina Jessop", "Kaylee Cantrell", "Lyle Chesney", "Glenn Sandford", "Dale Whitaker", "Cory Hewes",
        "Mick Rudd", "Noelle Ortega", "Rick Fendley", "Elliot Hoyle", "Darcy Strand", "Erin McCall", "Ashlyn Norris",
        "Kam Helton"]
TRAFFIC_EXTRA = ["Jody Morrow", "Mark Bakewell", None, "Chad Sheffer", "Tina Nicholls", "Candace Jonas", "Costco"]


def sheet_names():
    out = []
    for d in range(28, 0, -1):
        out.append((datetime.date(2025, 10, d), f"10{d}2025", "oct"))
    for d in (5, 4, 3, 2, 1):
        out.append((datetime.date(2025, 9, d), f"9{d}2025", "sep"))
    out.append((datetime.date(2025, 9, 1), "9125", "sep"))
    for d in range(31, 20, -1):
        out.append((datetime.date(2025, 8, d), f"8{d}25", "aug"))
    out.append((datetime.date(2025, 8, 20), "8.19.25", "aug"))
    return out


def day_sheet(ws, day, style, mtd_share):
    wide = style == "oct"
    month_goal = 2440216.0 if style == "oct" else (2814460.0 if style == "sep" else 2614416.0)
    ly = 2112323.77 if style == "oct" else (2022317.0 if style == "sep" else 2333565.0)
    stores = STORES if wide else [s for s in STORES if s not in ("Blue Ridge", "Blairsville")]
    top = 1 if style != "aug" or day.day > 27 else 2
    ws.cell(top, 1, "Daily Sales Report")
    if wide:
        ws.cell(top, 13, "October")
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=8)
    else:
        ws.cell(top, 8, datetime.datetime(day.year, day.month, day.day))
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=7)
    h = top + 1
    heads = (["Report Date", datetime.datetime(day.year, day.month, day.day), None, "LY", "Goal", "Actual", None,
              "% to LY", "Rev (+/-) Goal", None, None, "Tracking Rev to Goal", "% to Goal"] if wide else
             ["Today's Date" if style == "aug" else "Report Date", datetime.datetime(day.year, day.month, day.day),
              None, "LY", "Goal", "Actual", "% to LY", "% to Goal"])
    for c, v in enumerate(heads, start=1):
        if v is not None:
            ws.cell(h, c, v)
    first = h + 1
    keys = [("Month Goal", month_goal), ("LY Revenue", ly), ("MTD Revenue", round(month_goal * mtd_share, 2)),
            ("Oconee + NGA Revenue " if wide else "Oconee MTD Rev", round(month_goal * mtd_share * 0.11, 2)),
            ("Left to Goal", f"=B{first + 2}-B{first}"), ("YOY", None),
            ("Per day to Beat LY", f"=(B{first + 1}-B{first + 2})/30"),
            ("Needed to Beat LY w/out Oconee", f"=(B{first + 1}-B{first + 3})/30"), ("Goal", None)]
    for i, (k, v) in enumerate(keys):
        ws.cell(first + i, 1, k)
        if v is not None:
            ws.cell(first + i, 2, v)
    r = first
    for s in stores:
        lyv = 0.0 if s in ("Oconee", "Blue Ridge", "Blairsville") else float(f.r.randrange(120000, 470000))
        goal = float(f.r.randrange(49000, 510000))
        act = round(goal * mtd_share * f.r.uniform(0.5, 1.4), 2)
        ws.cell(r, 3, s)
        ws.cell(r, 4, lyv if not (s == "Warehouse" and style == "aug") else None)
        ws.cell(r, 5, goal)
        ws.cell(r, 6, act)
        if wide:
            ws.cell(r, 8, f"=$F{r}/D{r}")
            ws.cell(r, 9, f"=F{r}-L{r}")
            ws.cell(r, 12, f"=E{r}*$B${first + 20}")
            ws.cell(r, 13, f"=$F{r}/E{r}")
        else:
            if s != "Oconee":
                ws.cell(r, 7, f"=$F{r}/D{r}")
            ws.cell(r, 8, f"=$F{r}/E{r}")
        r += 1
    ws.cell(r, 3, "Total")
    for c, col in ((4, "D"), (5, "E"), (6, "F")):
        ws.cell(r, c, f"=SUM({col}{first}:{col}{r - 1})")
    total = r
    # key-figure block continues under the store table
    more = [("Goal divided by Days in Month", f"=B{first}/B{first + 16}"),
            ("Adjusted - Per day to Beat goal", f"=(B{first}-B{first + 2})/(B{first + 16}-B{first + 19})"),
            ("Goal Revenue As of Today", f"=B{first}*B{first + 20}"),
            ("MTD vs Goal Tracking" if wide else "Standing in Month to Goal", f"=B{first + 2}-B{first + 12}"),
            ("MTD VS LY", f"=B{first + 2}-B{first + 1}"),
            ("MTD VS LY w/out Oconne", f"=(B{first + 2}-B{first + 1})-B{first + 3}"),
            ("Work Days in Month", 30.0), ("Month Start Date", datetime.datetime(day.year, day.month, 1)),
            ("Today's Date ", "=Today()"), ("Days Passed in Mont", f"=B{first + 17}-B{first + 16}"),
            ("Percentage of Month Passed", f"=B{first + 18}/B{first + 15}"),
            ("Percentage to Goal", f"=B{first + 2}/B{first}")]
    for i, (k, v) in enumerate(more):
        ws.cell(first + 10 + i, 1, k)
        ws.cell(first + 10 + i, 2, v)
    lead = first + 10 + len(more)
    ws.cell(lead, 1, "Internet Leads")
    ws.cell(lead + 1, 1, "Store")
    ws.cell(lead + 1, 2, "# of Leads")
    for i, s in enumerate(["Buford", "Athens", "Kennesaw", "Alpharetta", "Augusta", "Newnan", "Oconee", "OOA",
                           "Unaddressed"]):
        ws.cell(lead + 2 + i, 1, s)
        if f.chance(0.6):
            ws.cell(lead + 2 + i, 2, float(f.r.randrange(1, 6)))
    ws.cell(lead + 11, 1, "Total")
    ws.cell(lead + 11, 2, f"=SUM(B{lead + 2}:B{lead + 10})")
    # sales team revenue
    t = total + 2
    ws.cell(t, 3, "Sales Team Revenue ")
    ws.merge_cells(start_row=t, start_column=3, end_row=t, end_column=8)
    for c, v in ((4, "Goal Revenue"), (5, "Actual Revenue"), (6, "MTD Variance")):
        ws.cell(t + 1, c, v)
    if wide:
        ws.cell(t + 1, 8, "Rev (+/-) Goal")
        ws.cell(t + 1, 12, "Tracking Rev to Goal")
        ws.cell(t + 1, 13, "% to Goal")
    pros = PROS[:17] if wide else PROS[:15] + ["Floater 2"]
    for i, p in enumerate(pros):
        rr = t + 2 + i
        ws.cell(rr, 3, p)
        if p == "Floater 2":
            continue
        g = float(f.pick([49656, 54608, 61204, 68260, 79808, 102160, 115812, 120764, 143113]))
        ws.cell(rr, 4, g)
        if f.chance(0.92):
            ws.cell(rr, 5, float(round(g * mtd_share * f.r.uniform(0.2, 1.6))))
        ws.cell(rr, 6, f"=E{rr}-D{rr}" if wide else f"=D{rr}-E{rr}")
        if wide:
            ws.cell(rr, 8, f"=E{rr}-L{rr}")
            ws.cell(rr, 12, f"=D{rr}*$B${first + 20}")
            ws.cell(rr, 13, f"=E{rr}/D{rr}")
    end = t + 2 + len(pros)
    ws.cell(end, 3, "MGMT Goal")
    ws.cell(end, 4, 186172.0)
    if wide:
        ws.cell(end, 13, "Sales Rev Check")
        a = max(end, lead + 11) + 1
        ws.cell(a, 1, "Daily Activities (Hubspot)")
        for c, v in ((2, "In Store"), (3, "Calls"), (5, "Email Reply"), (8, "Email Sent"), (10, "SMS"), (12, "Chat")):
            ws.cell(a + 1, c, v)
        for i, p in enumerate(pros + ["Floater 2"]):
            rr = a + 2 + i
            ws.cell(rr, 1, p)
            if p != "Floater 2" and f.chance(0.6):
                ws.cell(rr, 2, "X")
                for c in (3, 5, 8, 10):
                    if f.chance(0.5):
                        ws.cell(rr, c, float(f.r.randrange(1, 30)))
        tr = a + 3 + len(pros)
        ws.cell(tr, 1, "Daily Traffic Report (D.A.R.)")
        for c, v in ((6, "HT Sold"), (8, "Sauna Sold"), (10, "SS Sold"), (12, "CP Sold"), (13, "HT WI Closing Rate")):
            ws.cell(tr + 1, c, v)
        for c, v in enumerate(["Sales Pro", "HT WI", "SS WI", "SAU WI", "CP WI", "Store", "Outside", "Store",
                               "Outside", "Store", "Outside"], start=1):
            ws.cell(tr + 2, c, v)
        people = pros + TRAFFIC_EXTRA
    else:
        tr = max(end, lead + 11) + 2
        ws.cell(tr, 1, "Daily Traffic Report (Hubspot)")
        for c, v in enumerate(["Sales Pro", "HT WI", "SS WI", "SAU WI", "CP WI", "Sold Units"], start=1):
            ws.cell(tr + 1, c, v)
        tr -= 1
        people = pros + ["Chad Sheffer", "W. Manager", "Costco"]
    s0 = tr + 3
    for i, p in enumerate(people):
        rr = s0 + i
        if p:
            ws.cell(rr, 1, p)
        for c in (2, 4, 6):
            if p and f.chance(0.12):
                ws.cell(rr, c, float(f.r.randrange(1, 3)))
        if wide:
            ws.cell(rr, 13, f'=iferror(F{rr}/B{rr},"")')
    last = s0 + len(people)
    ws.cell(last, 1, "LTI Walk Rate" if wide else "Total")
    for c, col in enumerate("BCDEF" + ("GHIJKL" if wide else ""), start=2):
        ws.cell(last, c, f"=SUM({col}{s0}:{col}{last - 1})")
    if wide:
        ws.cell(last, 13, f"=(F{last}+H{last}+J{last}+L{last})/(B{last}+C{last}+D{last}+E{last})")
        for i, (k, src, dst) in enumerate([("HT WI Rate", "B", "F"), ("SAU WI Rate", "D", "H"), ("EP Walk In ", "D", "J"),
                                           ("CP Walk In Rate", "E", "L")]):
            rr = last + 1 + i
            ws.cell(rr, 1, k)
            ws.cell(rr, 2, f"={src}{last}")
            ws.cell(rr, 6, f"={dst}{last}")
            ws.cell(rr, 13, f'=Iferror(F{rr}/B{rr},"")')
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["C"].width = 20


wb = workbook()
front = wb.active
front.title = "Daily Sales Report"
day_sheet(front, datetime.date(2025, 8, 6), "aug", 0.14)
for day, name, style in sheet_names():
    ws = wb.create_sheet(name)
    day_sheet(ws, day, style, min(0.98, day.day / 31 + f.r.uniform(-0.03, 0.03)))
save(wb, "summary-en-us-spadailysales.xlsx")
print(len(wb.sheetnames), "sheets")
