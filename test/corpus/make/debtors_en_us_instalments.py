"""
Shape of a small seller's instalment-debtors list, as in ChristianKastberg/LeadSort1 "Debtors.xlsx"
(commit 53b44ee5714e88703bf02ce96e8a7327a20afb24; written by a program, saved as Excel): one sheet
'Debtors', header on row 1 (frozen): First Name / Last Name / Purchase Price / Payments Made /
Amount Remaining / % Remaining; ten debtors, each with the same purchase price and what they have
paid so far; Amount Remaining and % Remaining are formulas the writing program stored with a doubled
equals sign ('==C2-D2', '==E2/C2' — the formula text itself starts with '='), so they have no cached
result; a last row with an empty-string first name, 'Total' as last name and '==sum(C2:C11)' …
'==E12/C12'. Money columns formatted '$0.00', the share '0.00%'. Names and amounts invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("debtors-en-us-instalments")

wb = workbook()
ws = wb.active
ws.title = "Debtors"
for c, h in enumerate(["First Name", "Last Name", "Purchase Price", "Payments Made", "Amount Remaining", "% Remaining"], 1):
    ws.cell(1, c, h).font = Font(bold=True)
people = []
for _ in range(10):
    first, last = f.name_en().split(" ")
    people.append((first, last))
paid = sorted(f.r.sample([100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900], 9)) + [1000]
for i, ((first, last), p) in enumerate(zip(people, paid)):
    r = i + 2
    ws.cell(r, 1, first)
    ws.cell(r, 2, last)
    ws.cell(r, 3, 1000).number_format = "$0.00"
    ws.cell(r, 4, p).number_format = "$0.00"
    ws.cell(r, 5, f"==C{r}-D{r}").number_format = "$0.00"
    ws.cell(r, 6, f"==E{r}/C{r}").number_format = "0.00%"
ws.cell(12, 1, "")
ws.cell(12, 2, "Total")
for c, col in ((3, "C"), (4, "D"), (5, "E")):
    ws.cell(12, c, f"==sum({col}2:{col}11)").number_format = "$0.00"
ws.cell(12, 6, "==E12/C12").number_format = "0.00%"
ws.freeze_panes = "A2"
for col, width in zip("ABCDEF", [12, 12, 14, 13, 16, 12]):
    ws.column_dimensions[col].width = width
save(wb, "debtors-en-us-instalments.xlsx")
if __name__ == "__main__":
    for (a, b), p in zip(people, paid):
        print(a, b, p)
