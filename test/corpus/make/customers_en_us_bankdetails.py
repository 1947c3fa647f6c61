"""
Shape of praju2909/Banking_Project "Customer Details.xlsx" (commit
4492c6363d9b99477ba9888def127c28a830a686): the customer sheet of a banking analytics exercise
(an Indian learner's Power BI project on a US bank's customers), saved by Excel.

- One sheet "Customer _Details" under an autofilter over A1:I254: Customer ID / Name / Sir_Name /
  Gender / Age / Country␠ / State / Job Classification / Marital Status␠ (two headers end in a
  space).
- Customer IDs "A01" … "A0249" (the zero kept after A, so A010, A0100); 252 data rows and an empty
  row in the middle (row 132); three customers typed twice in a row, the whole row the same.
- Given name in capitals, surname capitalised; only 68 different people's names, reused under
  other ids (one name on 17 ids) with other ages and even other genders.
- Country USA on every row; State California (most), New York, Florida, Texas; job Business /
  Self employed / Other; marital status married / single / divorced.
Values invented.
"""
from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("customers-en-us-bankdetails")
r = f.r

FIRSTS = FIRST_EN + ["Grace", "Henry", "Ivy", "Jasper", "Luna", "Miles", "Ruby", "Silas", "Tessa", "Violet"]
LASTS = LAST_EN + ["Quenby", "Radley", "Stroud", "Thorne", "Upham", "Vickery", "Westbrook", "Yardley"]
pairs = set()
while len(pairs) < 68:
    pairs.add((r.choice(FIRSTS).upper(), r.choice(LASTS)))
pairs = sorted(pairs)
r.shuffle(pairs)
weights = [17, 12, 10, 10, 9, 8, 8, 8] + [3] * 20 + [2] * 40

wb = workbook()
ws = wb.active
ws.title = "Customer _Details"
ws.append(["Customer ID", "Name", "Sir_Name", "Gender", "Age", "Country ", "State", "Job Classification",
           "Marital Status "])
row = 2
for n in range(1, 250):
    first, last = r.choices(pairs, weights=weights)[0]
    rec = [f"A0{n}", first, last, r.choice(["Male", "Male", "Female"]), r.randrange(19, 64), "USA",
           r.choices(["California", "New York", "Florida", "Texas"], weights=[73, 17, 6, 4])[0],
           r.choices(["Business", "Self employed", "Other"], weights=[57, 23, 20])[0],
           r.choices(["married", "single", "divorced"], weights=[58, 31, 11])[0]]
    if n == 1:
        rec[1:3] = ["NOAH", "Ashdown"]
    for times in range(2 if n in (43, 113, 196) else 1):
        if row == 132:
            row += 1  # an empty row in the middle of the data
        for j, v in enumerate(rec):
            ws.cell(row, j + 1, v)
        row += 1
ws.auto_filter.ref = f"A1:I{row - 1}"
ws.column_dimensions["A"].width = 13
ws.column_dimensions["H"].width = 19

save(wb, "customers-en-us-bankdetails.xlsx")
