"""
Shape of Shawnandan/Excel-project-Insurance Insurance.xlsx (commit
afeefc553f90432e77386edee26aa647c8663071): a course exercise on a health insurer's premium data
set (the well-known medical-charges table), one sheet "Sheet1": bold grey header age / sex / bmi /
children / smoker / region / "premium / Expenses" (accounting $ format), rows sorted by age from
64 down to 18, an autofilter on column A, conditional formats colouring premiums above and below
the average, and a side block: "Average Premium" in J6 with =AVERAGE(G:G) in L6 (merged J6:K6),
then the colour legend texts "customers is paying more than the average premium" (K8:N8) and
"... less than ..." (K10:N10). Anonymous rows: no names, ids or contacts. The source has 1338
rows; this copy 400. Values invented.
"""
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle

from fake import Fake, save, workbook

f = Fake("premiums-en-medicalcharges")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["age", "sex", "bmi", "children", "smoker", "region", "premium / Expenses"])
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFFFF")
    c.fill = PatternFill("solid", fgColor="FF666666")
rows = []
for _ in range(400):
    age = f.r.randrange(18, 65)
    smoker = "yes" if f.chance(0.2) else "no"
    bmi = round(f.r.gauss(30.7, 6.0), f.pick([1, 2, 3]))
    kids = f.pick([0, 0, 0, 1, 1, 2, 2, 3, 4, 5])
    base = 250 * age + 300 * max(0, bmi - 25) + 500 * kids + f.r.uniform(-2000, 4000)
    if smoker == "yes":
        base += 20000 + (15000 if bmi > 30 else 0)
    rows.append([age, f.pick(["male", "female"]), bmi, kids, smoker,
                 f.pick(["southwest", "southeast", "northwest", "northeast"]), round(max(1121.87, base), 2)])
rows.sort(key=lambda r: -r[0])
for i, r in enumerate(rows, 2):
    ws.append(r)
    ws.cell(i, 7).number_format = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'
ws.auto_filter.ref = f"A1:A{len(rows) + 1}"
ws["J6"] = "Average Premium"
ws.merge_cells("J6:K6")
ws["L6"] = "=AVERAGE(G:G)"
ws["L6"].number_format = '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)'
ws["K8"] = "customers is paying more than the average premium"
ws.merge_cells("K8:N8")
ws["K10"] = "customers is paying less than the average premium"
ws.merge_cells("K10:N10")
ws["J8"].fill = PatternFill("solid", fgColor="FFFFC7CE")
ws["J10"].fill = PatternFill("solid", fgColor="FFC6EFCE")
above = Rule(type="aboveAverage", aboveAverage=True, dxf=DifferentialStyle(fill=PatternFill(bgColor="FFFFC7CE")))
below = Rule(type="aboveAverage", aboveAverage=False, dxf=DifferentialStyle(fill=PatternFill(bgColor="FFC6EFCE")))
ws.conditional_formatting.add(f"G2:G{len(rows) + 1}", above)
ws.conditional_formatting.add(f"G2:G{len(rows) + 1}", below)
ws.column_dimensions["G"].width = 18
save(wb, "premiums-en-medicalcharges.xlsx")
