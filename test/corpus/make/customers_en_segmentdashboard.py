"""
Shape of arifkhan868/Customer-Segmentation-Excel-Project "Project Dashboard.xlsx" (commit
0629aa91bc5bf711413ac3a7d579d06b384dd09b): a customer-segmentation exercise on a bank-like customer base, three sheets.
"Customer": an Excel table (TableStyleMedium2, A1:N501) CustomerID (CUST0001…) / Name (faker-style,
"Mrs. … MD", "Ms. … PhD", gender independent of the title) / Gender / Age / Region (North, South,
East, West) / Occupation (Banker, Doctor, Engineer, Retired, Student, Teacher, Trader) / Income
(20k-200k, a number) / Customer_Segment (Retail, Corporate, Private) / Join_Date (mm-dd-yy) /
Generation (Gen Z, Millennials, Gen X, Baby Boomers) / Income_Bracket (Low, Medium, High) / Tenure
(years) / Tenure_Range (New, Emerging, Loyal, "Lagecy") / Year (join year). 500 customers.
"Pivot_Analysis": a "KPI" title merged over B2:P3, four KPI labels with the pivot captions and
values (count, average age, average income as $0.0 "K", average tenure), a "Pivot Chart" title
merged over B10:P11, then pivot tables (generation × gender, tenure-range shares with a MAX and an
INDEX/MATCH formula, income bracket × gender, occupation × gender, join-year shares in %).
"Dashboard": charts only (no cells). Values invented.
"""
import datetime

from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("customers-en-segmentdashboard")
OCC = ["Engineer", "Teacher", "Retired", "Doctor", "Banker", "Student", "Trader"]
REG = ["South", "East", "North", "West"]
FIRST = ["Deborah", "Erin", "Amanda", "Candice", "Sandra", "Vanessa", "Tyler", "William", "Donna", "Mary", "Kevin",
         "Michael", "Jaime", "Eric", "Renee", "Ashlee", "Jeff", "Melissa", "Janice", "Elizabeth", "Jodi", "Robert",
         "Curtis", "Cindy", "Charles", "Edward", "James", "Angela", "Michelle", "Steven", "Lindsey", "Brooke",
         "Bradley", "Dawn", "Adam", "Laura", "Gregory", "Tanya", "Derek", "Monica", "Shawn", "Kristen", "Victor",
         "Heather", "Dustin", "Paula", "Travis", "Courtney", "Jared", "Megan"]
LAST = ["Dominguez", "Martinez", "Harris", "Palmer", "Davis", "Peterson", "Fischer", "Horton", "Williams", "Casey",
        "Phillips", "Richard", "Cardenas", "Baird", "Conner", "Koch", "Clark", "Scott", "Smith", "Burns", "Robertson",
        "Parks", "Fields", "Murray", "Haynes", "Allen", "Robinson", "Day", "Walker", "Christensen", "Carlson",
        "Marshall", "Moore", "Navarro", "Garcia", "Hensley", "Whitaker", "Lowe", "Barnett", "Holloway"]
SEG = ["Retail"] * 57 + ["Corporate"] * 34 + ["Private"] * 9

wb = workbook()
ws = wb.active
ws.title = "Customer"
HEAD = ["CustomerID", "Name", "Gender", "Age", "Region", "Occupation", "Income", "Customer_Segment", "Join_Date",
        "Generation", "Income_Bracket", "Tenure", "Tenure_Range", "Year"]
ws.append(HEAD)
rows = []
for i in range(1, 501):
    name = f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")
    if f.chance(0.08):
        name = f.pick(["Mr. ", "Mrs. ", "Ms. ", "Dr. "]) + name
    if f.chance(0.06):
        name = name + f.pick([" MD", " PhD", " DDS", " Jr.", " II"])
    age = f.r.randrange(18, 70)
    income = f.r.randrange(20281, 199918)
    join = f.date(datetime.date(2015, 1, 1), datetime.date(2025, 6, 30))
    tenure = 2025 - join.year + (1 if f.chance(0.3) else 0)
    tenure = max(0, min(tenure, 10))
    gen = "Gen Z" if age < 29 else "Millennials" if age < 45 else "Gen X" if age < 61 else "Baby Boomers"
    bracket = "Low" if income < 90000 else "Medium" if income < 140000 else "High"
    trange = "New" if tenure <= 1 else "Emerging" if tenure <= 3 else "Loyal" if tenure <= 7 else "Lagecy"
    row = [f"CUST{i:04d}", name, f.pick(["Male", "Female"]), age, f.pick(REG), f.pick(OCC), income, f.pick(SEG),
           datetime.datetime.combine(join, datetime.time()), gen, bracket, tenure, trange, join.year]
    ws.append(row)
    ws.cell(i + 1, 9).number_format = "mm-dd-yy"
    rows.append(row)
t = Table(displayName="Sheet1", ref="A1:N501")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)
for col, w in zip("ABCDEFGHIJKLMN", [12, 28, 9, 6, 9, 12, 10, 18, 12, 13, 15, 8, 14, 7]):
    ws.column_dimensions[col].width = w

p = wb.create_sheet("Pivot_Analysis")
p["B2"] = "KPI"
p.merge_cells("B2:P3")
p["B2"].font = Font(bold=True, size=16)
p["B2"].alignment = Alignment(horizontal="center", vertical="center")
n = len(rows)
kpis = [("B", "Total Customer", "Count of CustomerID", n, "General"),
        ("D", "Avg Age", "Average of Age", round(sum(r[3] for r in rows) / n, 2), "0"),
        ("F", "Avg Income", "Average of Income", round(sum(r[6] for r in rows) / n, 3), '"$"0.0,\\ "K"'),
        ("H", "Avg Tenure", "Average of Tenure", round(sum(r[11] for r in rows) / n, 3), "0")]
for col, label, cap, val, fmt in kpis:
    p[f"{col}5"] = label
    p[f"{col}6"] = cap
    p[f"{col}7"] = val
    p[f"{col}7"].number_format = fmt
p["B10"] = "Pivot Chart"
p.merge_cells("B10:P11")
p["B10"].font = Font(bold=True, size=16)
p["B10"].alignment = Alignment(horizontal="center", vertical="center")


def count(key, val, g):
    return sum(1 for r in rows if r[key] == val and r[2] == g)


p["B14"], p["C14"], p["B15"], p["C15"], p["D15"] = "Count of CustomerID", "Column Labels", "Row Labels", "Female", "Male"
for k, gen in enumerate(["Baby Boomers", "Gen X", "Gen Z", "Millennials"]):
    p.cell(16 + k, 2, gen)
    p.cell(16 + k, 3, count(9, gen, "Female"))
    p.cell(16 + k, 4, count(9, gen, "Male"))
p["G14"], p["H14"] = "Row Labels", "Count of CustomerID"
for k, tr in enumerate(["Emerging", "Lagecy", "Loyal", "New"]):
    p.cell(15 + k, 7, tr)
    c = p.cell(15 + k, 8, sum(1 for r in rows if r[12] == tr) / n)
    c.number_format = "0.00%"
p["I15"] = "=MAX(H15:H18)"
p["I15"].number_format = "0.00%"
p["I16"] = "=INDEX(G15:G18,MATCH(MAX(H15:H18),H15:H18,0))"
p["B23"], p["C23"], p["B24"], p["C24"], p["D24"] = "Count of CustomerID", "Column Labels", "Row Labels", "Female", "Male"
for k, b in enumerate(["High", "Low", "Medium"]):
    p.cell(25 + k, 2, b)
    p.cell(25 + k, 3, count(10, b, "Female"))
    p.cell(25 + k, 4, count(10, b, "Male"))
p["F23"], p["G23"], p["F24"], p["G24"], p["H24"] = "Count of CustomerID", "Column Labels", "Row Labels", "Female", "Male"
for k, o in enumerate(sorted(OCC)):
    p.cell(25 + k, 6, o)
    p.cell(25 + k, 7, count(5, o, "Female"))
    p.cell(25 + k, 8, count(5, o, "Male"))
p["B32"], p["C32"] = "Row Labels", "Count of CustomerID"
for k, y in enumerate(range(2015, 2026)):
    p.cell(33 + k, 2, y)
    c = p.cell(33 + k, 3, sum(1 for r in rows if r[13] == y) / n)
    c.number_format = "0%"

wb.create_sheet("Dashboard")
save(wb, "customers-en-segmentdashboard.xlsx")
