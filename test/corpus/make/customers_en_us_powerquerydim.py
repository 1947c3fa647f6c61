"""
Shape of twbt34483/Data-Preparation-And-Preprocessing "Customer Data.xlsx" (at commit 1eaab460): an
office-supplies retailer's customer list cleaned in Power Query for a sales model, the query output
loaded back into Excel twice on one sheet.

- One sheet "Dim.Cutomer Data" (sic), columns A..G, no bold, General format everywhere.
- Excel table "Table2" on A1:G6: its header row is Power Query's "Column1" … "Column7" (the real
  header was not promoted), row 2 holds the real header (Customer ID / Customer Name / Client
  Segment / Country / State / Postal Code / Region), row 3 is empty, rows 4-6 three customers; the
  first has State 1 (a number) and Country "USA".
- Rows 7-13 empty.
- Excel table "Table1" on A14:G369: header row again "Column1" … "Column7", then 355 customers
  without any real header. The first nine have Country "USA", the rest "United States"; two rows
  hold only the customer id, state, postal code and region (name, segment and country empty).
- Customer ID a 5-digit number ending in 0 or 5 (the letters of the retailer's id stripped),
  names "First Last" (two with a middle name, one "Sample Company A"), segment Consumer /
  Corporate / Home Office, 36 states, postal codes as numbers (New England and New Jersey codes
  lost their leading zero), Region West / East / Central / South by state. No duplicates.
Values invented.
"""
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, FIRST_EN, LAST_EN, save, workbook

f = Fake("customers-en-us-powerquerydim")

FIRST = FIRST_EN + ["Grace", "Henry", "Isla", "Jack", "Lily", "Miles", "Ruby", "Theo", "Violet", "Felix", "Hazel",
                    "Jonah", "Clara", "Silas", "Ada", "Rhett", "Iris", "Declan", "Maeve", "Ronan"]
LAST = LAST_EN + ["Quenby", "Rowntree", "Sallow", "Thackeray", "Upshaw", "Vickery", "Wetherby", "Yarrow", "Ashcombe",
                  "Blythe", "Cresswell", "Darnley", "Everard", "Fenwick", "Gadsby", "Hartigan"]
# state, weight, region, zip low, zip high (numbers, leading zero lost)
STATES = [("California", 71, "West", 90001, 96150), ("New York", 46, "East", 10001, 14925),
          ("Texas", 32, "Central", 75001, 79938), ("Pennsylvania", 25, "East", 15001, 19640),
          ("Illinois", 22, "Central", 60001, 62999), ("Ohio", 19, "East", 43001, 45999),
          ("Washington", 14, "West", 98001, 99403), ("Florida", 13, "South", 32003, 34997),
          ("Michigan", 11, "Central", 48001, 49971), ("North Carolina", 10, "South", 27006, 28909),
          ("Minnesota", 9, "Central", 55001, 56763), ("Colorado", 9, "West", 80001, 81658),
          ("Arizona", 8, "West", 85001, 86556), ("Tennessee", 7, "South", 37010, 38589),
          ("Virginia", 6, "South", 22001, 24658), ("New Jersey", 6, "East", 7001, 8989),
          ("Indiana", 4, "Central", 46001, 47997), ("Wisconsin", 4, "Central", 53001, 54990),
          ("Kentucky", 4, "South", 40003, 42788), ("Delaware", 3, "East", 19701, 19980),
          ("Louisiana", 3, "South", 70001, 71497), ("Connecticut", 3, "East", 6001, 6928),
          ("Massachusetts", 3, "East", 1001, 2791), ("Georgia", 3, "South", 30002, 31999),
          ("Mississippi", 3, "South", 38601, 39776), ("Utah", 2, "West", 84001, 84791),
          ("Alabama", 2, "South", 35004, 36925), ("Oregon", 2, "West", 97001, 97920),
          ("Iowa", 2, "Central", 50001, 52809), ("Missouri", 2, "Central", 63001, 65899),
          ("Arkansas", 2, "South", 71601, 72959), ("Oklahoma", 1, "Central", 73001, 74966),
          ("New Mexico", 1, "West", 87001, 88439), ("Nevada", 1, "West", 88901, 89883),
          ("Rhode Island", 1, "East", 2801, 2940), ("Maryland", 1, "East", 20601, 21930)]
MIDDLE = ["Mary Beth", "Anne Marie"]

ids_used = set()


def new_id():
    while True:
        v = f.r.randrange(2000, 4400) * 5
        if v not in ids_used:
            ids_used.add(v)
            return v


def new_name():
    return f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")


def segment():
    x = f.r.random()
    return "Consumer" if x < 0.52 else ("Corporate" if x < 0.83 else "Home Office")


def place(state=None):
    s = state or f.r.choices(STATES, weights=[w for _, w, _, _, _ in STATES])[0]
    name, _, region, lo, hi = s
    return name, f.r.randrange(lo, hi), region


# Table1: 355 customers; the state counts follow the weights exactly, shuffled.
states = [s for s in STATES for _ in range(s[1])]
f.r.shuffle(states)
assert len(states) == 355
table1 = []
for n, s in enumerate(states):
    state, zip_, region = place(s)
    row_no = 15 + n
    if row_no in (18, 19):
        table1.append((new_id(), None, None, None, state, zip_, region))
        continue
    name = new_name()
    if n in (120, 262):
        name = f"{MIDDLE[0 if n == 120 else 1]} {f.pick(LAST)}"
    if n == 201:
        name = "Sample Company A"
    country = "USA" if row_no in (15, 16, 17, 20, 21, 22, 23, 24, 25) else "United States"
    table1.append((new_id(), name, segment(), country, state, zip_, region))

# Table2: three customers under the real header; the first with State 1.
t2 = []
for k, st in enumerate(["Kentucky", "California", "Florida"]):
    s = next(x for x in STATES if x[0] == st)
    state, zip_, region = place(s)
    t2.append((new_id(), new_name(), ["Consumer", "Corporate", "Consumer"][k], "USA" if k == 0 else "United States",
               1 if k == 0 else state, zip_, region))

wb = workbook()
ws = wb.active
ws.title = "Dim.Cutomer Data"
COLS = [f"Column{i}" for i in range(1, 8)]
HEADER = ["Customer ID", "Customer Name", "Client Segment", "Country", "State", "Postal Code", "Region"]
for j, v in enumerate(COLS, start=1):
    ws.cell(1, j, v)
    ws.cell(14, j, v)
for j, v in enumerate(HEADER, start=1):
    ws.cell(2, j, v)
for i, row in enumerate(t2, start=4):
    for j, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(i, j, v)
for i, row in enumerate(table1, start=15):
    for j, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(i, j, v)
style = TableStyleInfo(name="TableStyleMedium2", showFirstColumn=False, showLastColumn=False, showRowStripes=True,
                       showColumnStripes=False)
t_top = Table(displayName="Table2", ref="A1:G6")
t_top.tableStyleInfo = style
t_main = Table(displayName="Table1", ref="A14:G369")
t_main.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t_main)
ws.add_table(t_top)
for col, width in zip("ABCDEFG", [11.86, 21.43, 14.71, 12.86, 14.0, 11.43, 11.0]):
    ws.column_dimensions[col].width = width
save(wb, "customers-en-us-powerquerydim.xlsx")

if __name__ == "__main__":
    import sys
    if "-v" in sys.argv:
        for r in t2 + table1[:12]:
            print(r)
        print([r for r in table1 if r[4] in ("Connecticut", "New Jersey")][:4], table1[-1])
