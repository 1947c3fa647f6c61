"""
Shape of manemsd7781-ui/LoanAssistantExcel "data/axis_pincode.xlsx" (commit
6a42088adeb965449e82dfe5b9d8be57dcacf4f9): a loan DSA's rule file of the postal codes one lender
serves, read by its lead-eligibility assistant beside similar files for other lenders (made in
Excel, no title).

- One sheet "Sheet1": A1 'pincode' in bold; below it 11,903 six-digit Indian PIN codes as numbers
  (format "0", column style set, width 9.55), grouped by region as pasted from the lender's list
  (a run of 500xxx, then 502…/504…/506…), the first rows a few test codes (including 111111).
  The column style runs on through 52 empty rows at the bottom.
- Cut here to 400 codes and 12 empty styled rows. Nothing to import: a lookup of serviceable
  areas, no client.
Values invented (codes drawn in the same regions).
"""
from openpyxl.styles import Font, NamedStyle

from fake import Fake, save, workbook

f = Fake("pincodes-en-in-lender")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["A"].width = 9.5546875
code_style = NamedStyle(name="pincode", number_format="0")
ws["A1"] = "pincode"
ws["A1"].font = Font(bold=True)

codes = [547001, 551001, 551002, 551016, 558152, 111111]
seen = set(codes)
regions = [(500, 40), (502, 6), (504, 6), (506, 8), (110, 30), (400, 30), (411, 20), (560, 35), (600, 35),
           (380, 20), (302, 15), (226, 15), (700, 25), (641, 15), (682, 12), (751, 10), (160, 10), (141, 10),
           (201, 12), (122, 10), (452, 10), (462, 8), (530, 8), (520, 8)]
for prefix, n in regions:
    for _ in range(n):
        while True:
            c = prefix * 1000 + f.r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24,
                                             25, 26, 27, 28, 30, 32, 34, 36, 38, 39, 40, 41, 42, 45, 50, 53, 55, 60,
                                             62, 64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 85, 90, 92, 96, 98, 101, 103])
            if c not in seen:
                break
        seen.add(c)
        codes.append(c)
codes = codes[:400]

for i, c in enumerate(codes, 2):
    ws.cell(i, 1, c).style = code_style
for r in range(len(codes) + 2, len(codes) + 14):
    ws.cell(r, 1).style = code_style   # the column style carried on below the list

save(wb, "pincodes-en-in-lender.xlsx")
