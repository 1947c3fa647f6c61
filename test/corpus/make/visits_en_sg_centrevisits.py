"""
Shape of s894792409/CITI-CMS "visit.xlsx" (commit 628182c22137dd4caccb0c4c27f56c25f75c7d1d): a
Singapore polytechnic innovation centre's log of organisations visiting it, kept one sheet per
month for upload into the centre's CMS (its ImportInfoes page reads No / Start DateTime / End
DateTime / Name / Pax / SIC / Host / Foreign Visit by header name).

- Two sheets named by month, "2019-09" (12 visits) and "2019-10" (4 visits); header on row 1,
  plain (no bold, no filter, no freeze), widths set by hand on B, C, D, F, H.
- No runs 1.. per sheet; Start/End DateTime are datetimes shown "m/d/yy h:mm"; an End DateTime
  not known is typed as the text "NIL" (3 rows); one start time carries a float artefact
  (9:59:59.995 for 10:00).
- Name: the first two rows name the organisation bare ("Centerpoint", "Oracle"), every later
  row says "Visit by <organisation>" (companies, a bank, a ministry, a polytechnic, a
  "… Pte Ltd").
- Pax: the number of visitors; SIC: the staff member in charge; Host: the staff member hosting
  (often the same person as SIC); Foreign Visit "Yes"/"No" (mostly No).
- The October sheet adds a ninth column Status with "New", "Delete", "Edit" on the first three
  rows and nothing on the fourth — the app ignores it; the "Delete" row is a visit withdrawn.
Values invented (organisations, staff names, dates and head counts).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("visits-en-sg-centrevisits")

STAFF = [("Marcus Teo", "Joanne"), ("Darren Koh", "Darren Koh"), ("Priya Nair", "Hui Min"), ("Marcus Teo", "Marcus Teo"),
         ("Priya Nair", "Priya Nair"), ("Darren Koh", "Joanne")]

SEPT = ["Harbourline", "Norvex", "Visit by Kallang Rail Services", "Visit by Meridian Print", "Visit by Tessaro Electronics Singapore",
        "Visit by Lumina Imaging", "Visit by Orchid Devices", "Visit by Land Transport Office", "Visit by Ministry of Skills",
        "Visit by Straits Union Bank", "Visit by Crescent Chartered"]
OCT = ["Visit by Marina Trust Bank", "Visit by Westbay Polytechnic", "Visit by Corvane Software Singapore", "Visit by FareLink Pte Ltd"]


def visit_rows(month_start, names, nil_at):
    rows = []
    for i, name in enumerate(names):
        day = month_start + datetime.timedelta(days=i)
        hour = f.pick([9, 10, 10, 11, 13, 14, 15, 16, 17])
        start = datetime.datetime(day.year, day.month, day.day, hour, 0)
        end = "NIL" if i in nil_at else start + datetime.timedelta(minutes=f.pick([60, 60, 60, 90, 120]))
        sic, host = f.pick(STAFF)
        rows.append([i + 1, start, end, name, f.r.randrange(3, 29), sic, host, "Yes" if i == 0 else "No"])
    return rows


sept = visit_rows(datetime.date(2019, 9, 1), SEPT, nil_at={3, 10})
# a twelfth September visit with the float artefact in its start time
sept.append([12, datetime.datetime(2019, 9, 12, 9, 59, 59, 995000), datetime.datetime(2019, 9, 12, 11, 0), "Visit by Pavilion Capital Partners", 8,
             "Priya Nair", "Priya Nair", "No"])
octo = visit_rows(datetime.date(2019, 10, 1), OCT, nil_at={3})
# two October visits on the same day (the first of them is the withdrawn one)
octo[1][1] = datetime.datetime(2019, 10, 2, 14, 0)
octo[1][2] = datetime.datetime(2019, 10, 2, 15, 30)
octo[1][7] = "Yes"
octo[2][1] = datetime.datetime(2019, 10, 2, 17, 0)
octo[2][2] = datetime.datetime(2019, 10, 2, 18, 0)
octo[3][1] = datetime.datetime(2019, 10, 3, 15, 0)
for r, status in zip(octo, ["New", "Delete", "Edit", None]):
    r.append(status)

wb = workbook()
for title, rows, header in [("2019-09", sept, 8), ("2019-10", octo, 9)]:
    ws = wb.active if title == "2019-09" else wb.create_sheet(title)
    ws.title = title
    ws.append(["No", "Start DateTime", "End DateTime", "Name", "Pax", "SIC", "Host", "Foreign Visit", "Status"][:header])
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
        for c in row:
            c.number_format = "m/d/yy h:mm"
    for col, w in {"B": 23.75, "C": 22.25, "D": 27.625, "F": 15.25, "H": 16.875}.items():
        ws.column_dimensions[col].width = w
save(wb, "visits-en-sg-centrevisits.xlsx")
