"""
Shape of nikolaspanoutso/iqos-dashboard "Sales Tracker.xlsx": a Greek heated-tobacco device
sales team's daily tracker, kept in LibreOffice Calc and saved as .xlsx, four sheets.

- "ΙΑΝΟΥΑΡΙΟΣ" and "ΦΕΒΡΟΥΑΡΙΟΣ" (January, February): 'Date' merged over A1:A2, each salesperson's
  name merged over three columns in row 1 with Acquisition P1 / Acquisition P4 / Offtake P5 under it
  in row 2, an 'Average' block (really the team's daily sum) at the right; one row per calendar day
  in a long system date format (the February sheet dragged into March), empty days off, a
  salesperson who joined late blank in January; a TOTAL: row of SUMs (some stopping a row short)
  and AVERAGEs, and a TOTAL TEAM side box under the Average block.
- "Q1 2026": two stacked tables (Acquisition P1, then P4) per salesperson: the quarter's devices
  summed from the month sheets, days worked, target, %, and a BONUS / "need n devices" text
  formula; a Team Total under each; panes frozen under row 1.
- "Q42025": last quarter typed in, a stray 50 in A4, 'Daily Acquisition Target' merged over E3:G3,
  per-day rates for two people only, 'x' for the salesperson who had not started.
Not client data: every name is one of the team's own salespeople. Values invented.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.utils import get_column_letter as L

f = Fake("targets-en-gr-devicesales")
TEAM = ["Eleni Vlachou", "Petros Kanellis", "Stavros Dimou", "Alexandros Margaritis", "Katerina Zervou"]
METRICS = ["Acquisition P1", "Acquisition P4", "Offtake P5"]
LONG_DATE = '[$-F800]dddd", "mmmm\\ dd", "yyyy'
HOLIDAYS = {datetime.date(2026, 1, 1), datetime.date(2026, 1, 6)}

wb = workbook()


def month_sheet(ws, first_day, days, late_joiner_blank, short_sums, box_col):
    ws["A1"] = "Date"
    ws.merge_cells("A1:A2")
    for i, person in enumerate(TEAM + ["Average"]):
        col = 2 + 3 * i
        ws.cell(1, col, person)
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 2)
        for j, metric in enumerate(METRICS):
            ws.cell(2, col + j, metric)
    for k in range(days):
        r = 3 + k
        day = first_day + datetime.timedelta(days=k)
        ws.cell(r, 1, datetime.datetime(day.year, day.month, day.day)).number_format = LONG_DATE
        worked = day.weekday() < 5 and day not in HOLIDAYS and day.month == first_day.month
        for i in range(len(TEAM)):
            if not worked or (late_joiner_blank and i == 4) or f.chance(0.08):
                continue
            for j, hi in enumerate([7, 6, 4]):
                ws.cell(r, 2 + 3 * i + j, f.pick([0, 0, 1, 1, 2, 3, f.r.randrange(0, hi + 1)]))
        for j in range(3):
            cols = [L(2 + 3 * i + j) for i in range(len(TEAM))]
            if j < 2 and k == 0 and first_day.month == 1:
                continue
            ws.cell(r, 17 + j, "=" + "+".join(f"{c}{r}" for c in cols))
    total = 3 + days
    ws.cell(total, 1, "TOTAL:")
    for c in range(2, 17):
        end = total - 2 if L(c) in short_sums else total - 1
        ws.cell(total, c, f"=SUM({L(c)}3:{L(c)}{end})").number_format = "0.00"
    for c in range(17, 20):
        ws.cell(total, c, f"=AVERAGE({L(c)}3:{L(c)}{total - 1})").number_format = "0.00"
    ws.cell(total + 1, 17, "TOTAL TEAM")
    ws.merge_cells(start_row=total + 1, start_column=17, end_row=total + 1, end_column=box_col)
    for j, metric in enumerate(METRICS):
        ws.cell(total + 2 + j, 17, metric)
        cols = [L(2 + 3 * i + j) for i in range(len(TEAM))]
        ws.cell(total + 2 + j, box_col, "=" + "+".join(f"{c}{total}" for c in cols)).number_format = "0.00"


jan = wb.active
jan.title = "ΙΑΝΟΥΑΡΙΟΣ"
month_sheet(jan, datetime.date(2026, 1, 1), 31, True, {"D", "F", "J", "P"}, 18)
jan.column_dimensions["A"].width = 28
feb = wb.create_sheet("ΦΕΒΡΟΥΑΡΙΟΣ")
month_sheet(feb, datetime.date(2026, 2, 1), 31, False, {"D", "F", "G", "H", "I", "J", "M", "P"}, 19)
feb.column_dimensions["A"].width = 33.29

q1 = wb.create_sheet("Q1 2026")
q1.freeze_panes = "A2"
for top, metric_col, factor, pillar in [(4, 0, 1.7, 1.9), (12, 1, 0.7, 0.9)]:
    for c, h in zip("BCDEFHIJ", [METRICS[metric_col], "DAYS OF WORK", "EXCPECTED TARGET", "%", "BONUS",
                                 "EXCPECTED PILLAR", "%", "BONUS"]):
        q1[f"{c}{top}"] = h
    for i, person in enumerate(TEAM):
        r = top + 1 + i
        col = L(2 + 3 * i + metric_col)
        days = f"COUNT(ΙΑΝΟΥΑΡΙΟΣ!{col}3:{col}33) + COUNT(ΦΕΒΡΟΥΑΡΙΟΣ!{col}3:{col}33)"
        q1[f"A{r}"] = person
        q1[f"B{r}"] = f"=ΙΑΝΟΥΑΡΙΟΣ!{col}34 +ΦΕΒΡΟΥΑΡΙΟΣ!{col}34"
        q1[f"C{r}"] = f"={days}"
        q1[f"D{r}"] = f"=({days}) * {factor}"
        q1[f"E{r}"] = f"=B{r}/D{r}"
        q1[f"F{r}"] = (f'=IF(B{r} >= D{r}, "BONUS ✅ (exceeds bonus for +" & ROUND(B{r}-D{r}, 0) & " devices)", '
                       f'"need " & ROUND(D{r}-B{r}, 0) & " devices")')
        q1[f"H{r}"] = f"=({days}) * {pillar}"
        q1[f"I{r}"] = f"=B{r}/H{r}"
        q1[f"J{r}"] = (f'=IF(B{r} >= H{r}, "BONUS ✅ (exceeds bonus for +" & ROUND(B{r} - H{r}, 0) & " devices)", '
                       f'"need " & ROUND(H{r} - B{r}, 0) & " devices")')
        for c in "BCDFHJ":
            q1[f"{c}{r}"].number_format = "0.00"
        q1[f"E{r}"].number_format = q1[f"I{r}"].number_format = "0.00%"
    q1[f"A{top + 6}"] = "Team Total"
    q1[f"B{top + 6}"] = f"=SUM(B{top + 1}:B{top + 5})"
for c, w in zip("ABCD", [45, 30.71, 20.51, 18.08]):
    q1.column_dimensions[c].width = w

q4 = wb.create_sheet("Q42025")
q4.freeze_panes = "A2"
q4["E3"] = "Daily Acquisition Target"
q4.merge_cells("E3:G3")
q4["A4"] = 50
for c, h in zip("BCDEFG", METRICS + METRICS):
    q4[f"{c}4"] = h
for i, person in enumerate(TEAM):
    r = 5 + i
    q4[f"A{r}"] = person
    if i == 4:
        for c in "BCD":
            q4[f"{c}{r}"] = "x"
        continue
    q4[f"B{r}"], q4[f"C{r}"], q4[f"D{r}"] = f.r.randrange(30, 180), f.r.randrange(10, 60), f.r.randrange(1, 35)
    if i in (1, 2):
        worked = f.pick([42, 50, 47])
        for c, src in zip("EFG", "BCD"):
            q4[f"{c}{r}"] = f"={src}{r}/{worked}"
            q4[f"{c}{r}"].number_format = "0.00"
for c, w in zip("ABCE", [45, 30.71, 27.57, 19.29]):
    q4.column_dimensions[c].width = w

save(wb, "targets-en-gr-devicesales.xlsx", libreoffice="xlsx")
