"""
Shape of arunbalajeesv-dev/Express-Post-Base "visits.xlsx" (at commit 648ed3f): an Indian
building-materials (tiles) seller's site-visit log exported by its small sales-tracker web app
with ExcelJS (creator "Sales Tracker"). One sheet "Visits", header row 1 in bold white on dark
blue, centred, 20 pt high, with an auto-filter: Visit ID / Date / Time / Customer Name / Mobile /
Company / Area / Site Stage / Feedback / Sales Person / Notes. One row per visit, numbered 1 …;
date and time are text ("2026-04-21", "17:36:26"), the mobile is ten digits as text. The first
row is the app's test entry (Test Customer / Test Company / Example User). A customer visited
again appears on a new row with the same name, mobile and company, and with Area and Site Stage
written as empty strings. The Feedback cell is filled green for "Interested", amber for
"Potential". Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("visits-en-in-sitevisits")

wb = workbook()
wb.properties.creator = "Sales Tracker"
wb.properties.lastModifiedBy = "Unknown"
ws = wb.active
ws.title = "Visits"
HEAD = ["Visit ID", "Date", "Time", "Customer Name", "Mobile", "Company", "Area", "Site Stage", "Feedback",
        "Sales Person", "Notes"]
ws.append(HEAD)

test_mobile = "9000000001"
a = (f.name_in(), f.mobile_in())
b = (f.name_in(), f.mobile_in())
# (date, time, (name, mobile), company, area, stage, feedback, rep, notes)
VISITS = [
    ("2026-04-20", "10:30:00", ("Test Customer", test_mobile), "Test Company", "North Zone", "Foundation",
     "Interested in premium options", "Example User", "Follow up next week"),
    ("2026-04-21", "17:36:26", a, a[0].split()[1] + " Builders", "Sector 21", "Foundation", "Interested",
     "Admin Manager", "Wants 3BHK"),
    ("2026-04-21", "17:36:27", a, a[0].split()[1] + " Builders", "", "", "Potential", "Admin Manager",
     "Follow-up call done"),
    ("2026-04-21", "17:45:36", b, b[0].split()[1] + " Constructions", "Sector 45", "Plastering", "Interested",
     "Admin Manager", "Wants 2BHK tiles"),
    ("2026-04-21", "17:47:31", b, b[0].split()[1] + " Constructions", "", "", "Potential", "Admin Manager",
     "Second visit, still deciding"),
    ("2026-04-21", "17:50:29", b, b[0].split()[1] + " Constructions", "", "", "Potential", "Admin Manager",
     "Second visit, still deciding"),
]
GREEN = PatternFill("solid", fgColor="FF92D050")
AMBER = PatternFill("solid", fgColor="FFFFC000")
WHITE = PatternFill("solid", fgColor="FFFFFFFF")
for i, (date, time, (name, mobile), company, area, stage, feedback, rep, notes) in enumerate(VISITS):
    row = i + 2
    for j, value in enumerate([i + 1, date, time, name, mobile, company, area, stage, feedback, rep, notes]):
        ws.cell(row, j + 1).value = value  # empty strings are written as such, as the app did
    ws.cell(row, 9).fill = GREEN if feedback == "Interested" else AMBER if feedback == "Potential" else WHITE

for cell in ws[1]:
    cell.font = Font(bold=True, color="FFFFFFFF")
    cell.fill = PatternFill("solid", fgColor="FF1F4E79")
    cell.alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[1].height = 20
ws.auto_filter.ref = "A1:K1"
for col, width in zip("ABCDEFGHIJK", [10, 14, 10, 20, 14, 22, 16, 16, 16, 18, 30]):
    ws.column_dimensions[col].width = width
save(wb, "visits-en-in-sitevisits.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
