"""
Shape of KaranJoeMathew/Customer-Database "Customer Database.xlsx": despite its name, an Excel
analysis exercise on a coffee-and-tea chain's monthly sales by market, state and product, with
the questions and the pivot-table answers on their own sheets. Not client data: nobody in it.

- "Data": an Excel table, header on row 1: Area Code / Date (m/d/yy h:mm, the first of each
  month of 2010-2011) / Market (Central, East, South, West) / Market Size / Product / Product
  Type / State / Type (Regular, Decaf) / Budget COGS / Budget Margin / Budget Profit / Budget
  Sales / Cogs / Inventory / Margin / Marketing / Profit / Sales / Total Expenses.
- "Questions": a bold title in B1 and eight numbered questions.
- "Solution 1" … "Solution 8": each the question in A2:B2 and a pivot result (pasted as
  values) from row 4 with row labels nested under years or markets, a one-line answer under
  it; "Solution 6" a two-year block of budget vs actual per product; "Bonus": two small
  state tables side by side.
Values invented.
"""
import collections
import datetime

from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("analysis-en-us-coffeesales")
STATES = {"Central": ["Colorado", "Illinois", "Iowa", "Missouri", "Ohio", "Wisconsin"],
          "East": ["Connecticut", "Florida", "Massachusetts", "New Hampshire", "New York"],
          "South": ["Louisiana", "New Mexico", "Oklahoma", "Texas"],
          "West": ["California", "Nevada", "Oregon", "Utah", "Washington"]}
AREA = {s: [f.r.randrange(201, 990) for _ in range(f.r.randrange(2, 6))] for m in STATES.values() for s in m}
MAJOR = {"California", "Colorado", "Illinois", "New York", "Texas", "Florida", "Massachusetts", "Ohio"}
PRODUCTS = [("Amaretto", "Coffee", "Regular"), ("Columbian", "Coffee", "Regular"),
            ("Decaf Irish Cream", "Coffee", "Decaf"), ("Caffe Latte", "Espresso", "Regular"),
            ("Caffe Mocha", "Espresso", "Regular"), ("Decaf Espresso", "Espresso", "Decaf"),
            ("Regular Espresso", "Espresso", "Regular"), ("Chamomile", "Herbal Tea", "Decaf"),
            ("Lemon", "Herbal Tea", "Decaf"), ("Mint", "Herbal Tea", "Decaf"), ("Darjeeling", "Tea", "Regular"),
            ("Earl Grey", "Tea", "Regular"), ("Green Tea", "Tea", "Regular")]

rows = []
for year in (2010, 2011):
    for month in range(1, 13):
        for market, states in STATES.items():
            for state in states:
                for product, ptype, kind in f.r.sample(PRODUCTS, 4):
                    budget_sales = f.r.randrange(2, 60) * 10
                    budget_cogs = int(budget_sales * f.r.uniform(0.35, 0.5)) // 10 * 10
                    sales = max(0, budget_sales + f.r.randrange(-40, 60))
                    cogs = int(sales * f.r.uniform(0.35, 0.5))
                    marketing = f.r.randrange(5, 60)
                    expenses = marketing + f.r.randrange(10, 60)
                    rows.append([f.pick(AREA[state]), datetime.datetime(year, month, 1), market,
                                 "Major Market" if state in MAJOR else "Small Market", product, ptype, state, kind,
                                 budget_cogs, budget_sales - budget_cogs, budget_sales - budget_cogs - 30, budget_sales,
                                 cogs, f.r.randrange(200, 1500), sales - cogs, marketing, sales - cogs - expenses,
                                 sales, expenses])

wb = workbook()
ws = wb.active
ws.title = "Data"
header = ["Area Code", "Date", "Market", "Market Size", "Product", "Product Type", "State", "Type", "Budget COGS",
          "Budget Margin", "Budget Profit", "Budget Sales", "Cogs", "Inventory", "Margin", "Marketing", "Profit",
          "Sales", "Total Expenses"]
ws.append(header)
for r in rows:
    ws.append(r)
    ws.cell(ws.max_row, 2).number_format = "m/d/yy h:mm"
table = Table(displayName="Table1", ref=f"A1:S{ws.max_row}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(table)

questions = ["Find out which area code has reported the highest profit figures individually for 2010 and 2011?",
             "Find out which is the most profitable product by market for both years combined? (Central, East, South and West)",
             "Find out which product sold the most by state both years combined?",
             "Nationally which product category sold the most in 2010 and in 2011?",
             "Nationally which product has the highest unsold inventory? Draw a bar chart depicting the same",
             "Which product overshot its budget the most for 2010 and 2011?",
             "Can you compare the stars of 2010 and 2011 (Sales & Profits)?",
             "Can you find out which market showed the strongest growth as compared to the previous year in terms of profits?"]
q = wb.create_sheet("Questions")
q["B1"] = "Questions"
q["B1"].font = Font(bold=True, size=14)
for i, text in enumerate(questions, start=1):
    q.cell(i + 2, 1, i)
    q.cell(i + 2, 2, text)


def total(key, value, keep=lambda r: True):
    out = collections.Counter()
    for r in rows:
        if keep(r):
            out[key(r)] += r[value]
    return out


def solution(n, head, body, note):
    s = wb.create_sheet(f"Solution {n}")
    s["A2"], s["B2"] = f"Q{n}", questions[n - 1]
    for j, h in enumerate(head):
        s.cell(4, 2 + j, h)
    r = 5
    for line in body:
        for j, v in enumerate(line):
            s.cell(r, 2 + j, v)
        r += 1
    s.cell(r + 1, 2, note)
    return s


by_area = {y: total(lambda r: r[0], 16, lambda r, y=y: r[1].year == y).most_common(1)[0] for y in (2011, 2010)}
solution(1, ["Year", "Profit (in $)"],
         [x for y in (2011, 2010) for x in ([str(y), by_area[y][1]], [by_area[y][0], by_area[y][1]])],
         f"{by_area[2010][0]} and {by_area[2011][0]} reported the highest profit figures for 2010 and 2011")
best = {m: total(lambda r: r[4], 16, lambda r, m=m: r[2] == m).most_common(1)[0] for m in STATES}
solution(2, ["Region", "Profit (in $)"], [x for m in STATES for x in ([m, best[m][1]], [best[m][0], best[m][1]])],
         "The most profitable product differs by market")
states = sorted(s for m in STATES.values() for s in m)
top = {s: total(lambda r: r[4], 17, lambda r, s=s: r[6] == s).most_common(1)[0] for s in states}
solution(3, ["States", "Sales (in $)"], [[s, top[s][1]] for s in states],
         "We have split up by state and the top product by sales for each state")
cat = {y: total(lambda r: r[4], 17, lambda r, y=y: r[1].year == y).most_common(1)[0] for y in (2011, 2010)}
solution(4, ["Sum of Sales", ""], [["Year", cat[2011][0]]] + [[str(y), cat[y][1]] for y in (2011, 2010)],
         f"{cat[2011][0]} has had the highest sales in 2011")
inv = total(lambda r: r[4], 13).most_common()
solution(5, ["Products", "Unsold Inventory"], [[p, v] for p, v in inv],
         f"{inv[0][0]} has the highest amount of unsold inventory")
s6 = solution(6, ["Budgeted Profit", "", "Actual Profit", "", "Sum of Delta"], [], "")
for j, y in enumerate(["2010", "2011"] * 3):
    s6.cell(5, 3 + j, y)
for i, (p, _, _) in enumerate(PRODUCTS):
    bp = [sum(r[10] for r in rows if r[4] == p and r[1].year == y) for y in (2010, 2011)]
    ap = [sum(r[16] for r in rows if r[4] == p and r[1].year == y) for y in (2010, 2011)]
    for j, v in enumerate([p] + bp + ap + [bp[0] - ap[0], bp[1] - ap[1]]):
        s6.cell(6 + i, 2 + j, v)
stars = {y: (total(lambda r: r[4], 17, lambda r, y=y: r[1].year == y).most_common(1)[0],
             total(lambda r: r[4], 16, lambda r, y=y: r[1].year == y).most_common(1)[0]) for y in (2010, 2011)}
s7 = solution(7, ["Year/Product", "Sales (in $)"],
              [x for y in (2010, 2011) for x in ([str(y), stars[y][0][1]], [stars[y][0][0], stars[y][0][1]])], "")
s7.cell(11, 2, "Year/Product")
s7.cell(11, 3, "Profit (in $)")
for k, y in enumerate((2010, 2011)):
    s7.cell(12 + 2 * k, 2, str(y))
    s7.cell(12 + 2 * k, 3, stars[y][1][1])
    s7.cell(13 + 2 * k, 2, stars[y][1][0])
    s7.cell(13 + 2 * k, 3, stars[y][1][1])
growth = {m: [sum(r[16] for r in rows if r[2] == m and r[1].year == y) for y in (2010, 2011)] for m in STATES}
s8 = solution(8, ["Market Comparison", "Years"],
              [["Markets", "2010", "2011", "Grand Total"]] + [[m, a, b, a + b] for m, (a, b) in growth.items()] +
              [["Grand Total", sum(v[0] for v in growth.values()), sum(v[1] for v in growth.values()),
                sum(sum(v) for v in growth.values())]], "")
bonus = wb.create_sheet("Bonus")
bonus["B2"], bonus["C2"], bonus["L2"], bonus["M2"] = "States", "Sales (in $)", "States", "Profit (in $)"
sales_state = total(lambda r: r[6], 17)
profit_state = total(lambda r: r[6], 16)
for i, s in enumerate(states):
    bonus.cell(3 + i, 2, s)
    bonus.cell(3 + i, 3, top[s][1])
    bonus.cell(3 + i, 12, s)
    bonus.cell(3 + i, 13, profit_state[s])

save(wb, "analysis-en-us-coffeesales.xlsx")
