"""
Shape of gabrielleMonkam/Claim-Analysis-using-Excel "insurance_data.xlsx" (commit
0dc423b2ccfae9a3d69fbc1b171216907ad85213): a data-analysis learner's Excel exercise on the public
medical-insurance claims data set (anonymous patients), with a table, helper formulas, pivots and
title sheets.

- "insurance_data": an Excel table Table1 — Index / PatientID / Age / Age Brackets / Gender / BMI /
  BMI Scale / Blood Pressure / BP Scale / Diabetic / Diabetic Ref / Children / Smoker / Smoker Ref /
  Region / Claim — rows sorted by claim; the bracket, scale and 0/1 reference columns are
  IF(Table1[[#This Row],…]) formulas with cached results; regions in mixed case; claims in an
  accounting dollar format. Beside the table (R:V) a "Region / Northwest" validation cell and the
  learner's notes ("Cleansing the data", "Pivot Table", "Average Claim = …"); under it Count ID /
  Avg Claim / Sum / Max / Min Claim formulas.
- "Sheet11": the four region names (a validation list). "Total Claims Amount" and "No Of Patients":
  a merged title and one figure. "Claims by Gender": pivot tables by gender, region and age bracket
  under merged titles. "Claims by Disease": pivots by blood pressure × BMI and by diabetes.
  "Sheet10": a merged "Claims Analysis" title only.
Scaled down from 1,340 patients to 280. Values invented.
"""
import random

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import CachedFormulas, workbook

r = random.Random("claims-en-us-medicaldataset")
N = 280
ACC = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'
REGIONS = ["Southeast", "Northwest", "Southwest", "Northeast", "southeast", "northwest", "southwest", "northeast"]

pats = []
for pid in range(1, N + 1):
    age = r.randrange(18, 61)
    bmi = round(r.uniform(16, 48), 1)
    bp = r.randrange(80, 141)
    smoker = r.random() < 0.2
    claim = round(r.uniform(1100, 14000) * (3.5 if smoker else 1) * (1 + (bmi - 30) / 60), 2)
    pats.append([age, r.choice(["Male", "Female"]), bmi, bp, r.choice(["Yes", "No"]), r.choice([0, 0, 1, 2, 3, 4]),
                 "Yes" if smoker else "No", r.choice(REGIONS[:4] * 3 + REGIONS[4:]), claim])
pats.sort(key=lambda p: p[-1])

wb = workbook()
cf = CachedFormulas()
ws = wb.active
ws.title = "insurance_data"
ws.append(["Index", "PatientID", "Age", "Age Brackets", "Gender", "BMI", "BMI Scale", "Blood Pressure", "BP Scale",
           "Diabetic", "Diabetic Ref", "Children", "Smoker", "Smoker Ref", "Region", "Claim"])
T = "Table1[[#This Row],[{}]]"
for i, (age, sex, bmi, bp, diab, kids, smoke, region, claim) in enumerate(pats):
    n = i + 2
    ws.cell(n, 1, i)
    ws.cell(n, 2, i + 1)
    ws.cell(n, 3, age)
    cf.formula(ws, f"D{n}", f'=IF({T.format("Age")}<=31,"Middle Age",IF({T.format("Age")}>31,"Adult",IF({T.format("Age")}>=50,"Old","")))',
               "Middle Age" if age <= 31 else "Adult")
    ws.cell(n, 5, sex)
    ws.cell(n, 6, bmi)
    cf.formula(ws, f"G{n}", f'=IF({T.format("BMI")}<=25,"Normal Weight",IF({T.format("BMI")}>25, "Over Weight"))',
               "Normal Weight" if bmi <= 25 else "Over Weight")
    ws.cell(n, 8, bp)
    cf.formula(ws, f"I{n}", f'=IF({T.format("Blood Pressure")}<=80,"Normal","Hypertension")', "Normal" if bp <= 80 else "Hypertension")
    ws.cell(n, 10, diab)
    cf.formula(ws, f"K{n}", f'=IF({T.format("Diabetic")}="Yes",1,0)', 1 if diab == "Yes" else 0)
    ws.cell(n, 12, kids)
    ws.cell(n, 13, smoke)
    cf.formula(ws, f"N{n}", f'=IF({T.format("Smoker")}="No",0,1)', 0 if smoke == "No" else 1)
    ws.cell(n, 15, region)
    ws.cell(n, 16, claim).number_format = ACC
last = N + 1
table = Table(displayName="Table1", ref=f"A1:P{last}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(table)
ws["R2"], ws["S2"] = "Region", "Northwest"
notes = ["Cleansing the data", "Data validation", "If statement to get the age bracket", "Sum", "Count", "Pivot Table",
         "Max", None, None, "Understanding the data", "Toggle the claims between the regions: total claim and claim amount",
         "Most of the claims are in the Southeast", "Average Claim = sum(claim amount)/count distinct(patient_id)"]
for k, note in enumerate(notes):
    if note:
        ws.cell(2 + k, 21 if k == 0 else 22, note)
total = round(sum(p[-1] for p in pats), 2)
s = last + 2
ws.cell(s, 1, "Count ID")
cf.formula(ws, f"B{s}", "=COUNT(Table1[PatientID])", N)
ws.cell(s, 10, "Avg Claim")
cf.formula(ws, f"L{s}", f"=P{s}/B{s}", round(total / N, 6))
ws.cell(s, 15, "Sum Claim")
cf.formula(ws, f"P{s}", "=SUM(Table1[Claim])", total)
ws.cell(s + 1, 15, "Max Claim")
cf.formula(ws, f"P{s + 1}", "=MAX(Table1[Claim])", max(p[-1] for p in pats))
ws.cell(s + 2, 15, "Min Claim")
cf.formula(ws, f"P{s + 2}", "=MIN(Table1[Claim])", min(p[-1] for p in pats))

lst = wb.create_sheet("Sheet11")
for k, reg in enumerate(REGIONS[:4], 1):
    lst.cell(k, 1, reg)


def titled(name, title, span):
    w = wb.create_sheet(name)
    w["A1"] = title
    w["A1"].font = Font(bold=True, size=16)
    w["A1"].alignment = Alignment(horizontal="center")
    w.merge_cells(f"A1:{span}1")
    return w


t = titled("Total Claims Amount", "Total Claims Amount", "G")
t["D3"] = total
t["D3"].number_format = '"$"#,##0'
t = titled("No Of Patients", "Total Number of Patients/ Count Claims", "I")
t["D3"] = N

g = titled("Claims by Gender", "Claims by Gender", "G")


def pivot(w, top, key, header=("Row Labels", "Sum of Claim")):
    w.cell(top, 2, header[0])
    w.cell(top, 3, header[1])
    sums = {}
    for p in pats:
        sums[key(p)] = sums.get(key(p), 0) + p[-1]
    row = top + 1
    for k in sorted(sums):
        w.cell(row, 2, k)
        w.cell(row, 3, round(sums[k], 2))
        row += 1
    w.cell(row, 2, "Grand Total")
    w.cell(row, 3, total)
    return row


pivot(g, 4, lambda p: p[1])
g["A20"] = "Claims by Region "
g["A20"].font = Font(bold=True, size=14)
g.merge_cells("A20:G20")
g.cell(22, 2, "Sum of Claim")
g.cell(22, 3, "Column Labels")
g.cell(23, 2, "Row Labels")
g.cell(23, 3, "Female")
g.cell(23, 4, "Male")
g.cell(23, 5, "Grand Total")
row = 24
for reg in sorted({p[7] for p in pats}, key=str.lower):
    f_ = sum(p[-1] for p in pats if p[7] == reg and p[1] == "Female")
    m_ = sum(p[-1] for p in pats if p[7] == reg and p[1] == "Male")
    g.cell(row, 2, reg)
    g.cell(row, 3, round(f_, 2))
    g.cell(row, 4, round(m_, 2))
    g.cell(row, 5, round(f_ + m_, 2))
    row += 1
g["A36"] = "Claim By Bracket Age"
g["A36"].font = Font(bold=True, size=14)
g.merge_cells("A36:H36")
end = pivot(g, 38, lambda p: "Middle Age" if p[0] <= 31 else "Adult")
g.cell(end + 3, 2, "Sum of Claim")
g.cell(end + 4, 2, total)

d = wb.create_sheet("Claims by Disease")
d.cell(4, 2, "Sum of Claim")
d.cell(4, 3, "Column Labels")
d.cell(5, 2, "Row Labels")
d.cell(5, 3, "Normal Weight")
d.cell(5, 4, "Over Weight")
d.cell(5, 5, "Grand Total")
row = 6
for bpc in ("Hypertension", "Normal"):
    sel = [p for p in pats if ("Normal" if p[3] <= 80 else "Hypertension") == bpc and p[4] == "Yes"]
    nw = round(sum(p[-1] for p in sel if p[2] <= 25), 2)
    ow = round(sum(p[-1] for p in sel if p[2] > 25), 2)
    d.cell(row, 2, bpc)
    d.cell(row, 3, nw or None)
    d.cell(row, 4, ow or None)
    d.cell(row, 5, round(nw + ow, 2))
    row += 1
pivot(d, 14, lambda p: 1 if p[4] == "Yes" else 0)
s10 = wb.create_sheet("Sheet10")
s10["A1"] = "Claims Analysis"
s10["A1"].font = Font(bold=True, size=20)
s10.merge_cells("A1:D3")

cf.save(wb, "claims-en-us-medicaldataset.xlsx")
