"""
Shape of GOLDOMOLARA/analytical "Customers(AutoRecovered).xlsx": a wholesaler's customer list
from an Excel course workbook, pulled in from a data connection twice (Excel's AutoRecovered
copy kept both results). 31 retail customers in the US, Canada and Mexico, each with one
contact person, the sales rep's code, a credit limit and the contract date.

- Sheet "Sheet2" (first tab): an Excel table "Customer_Data" over A1:F32, header on row 1
  Client / Contact / Phone Number / Sales Rep / Credit Limit / Contract Date, 31 rows.
- Sheet "Sheet1" (second tab): bold title "Customer Details" in A1, row 2 empty, the same
  header on row 3 and the same 31 rows as table "Customer_Data__2" over A3:F34.
- Client: shop or company names with apostrophes, "&", "Co.", "Ltd.", Spanish names for the
  Mexican customers. Contact: first and last name. Phone Number: text, US/Canadian
  "212-555-0123" spellings and Mexican ones written "52-" + digits of uneven length.
- Sales Rep: staff codes S001 … S006, the rows sorted by it (S006 are the non-US customers).
- Credit Limit: whole numbers (1100 … 10000), General format. Contract Date: real dates
  2000 … 2018 under "mm-dd-yy".
- Column widths A 31.57, B 16.86, D 11.71, E 13.57, F 15.43 (C default).
In the source both tables are query tables fed by the connection (ExternalData_1 names);
here they are plain tables. Values invented.
"""
import datetime

from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("clients-en-na-creditlimits")

CLIENTS = [
    ("Harrowgate Supplies Co.", "S001"), ("Benson's Supplies", "S001"), ("Glow Beauty Corner", "S001"),
    ("Dapper Gents Outfitters", "S001"), ("Spokes & Wheels", "S001"),
    ("Nell's Candy Jar", "S002"), ("Corbin's Corner Mart", "S002"), ("Spotlight Cosmetics", "S002"),
    ("Rainbow Paint World", "S002"), ("Field & Court Supply House", "S002"),
    ("Happy Hands Crafts Shop", "S003"), ("Ironside Gym Equipments", "S003"), ("Lavender Lane Scents Co.", "S003"),
    ("Pageturner Books", "S003"), ("Bookworm Mega Store", "S003"),
    ("Trailhead Campers", "S004"), ("Fancy Finds Supplies", "S004"), ("Wide Open Outdoors", "S004"),
    ("Harbor Athletic Supply House", "S005"), ("Megaplex Land", "S005"), ("Copper Pot Cooks Co.", "S005"),
    ("Baseline Tennis Joint", "S005"), ("Sportsline Connection", "S005"),
    ("Maple Leaf Trading Ltd.", "S006"), ("Lakeshore Sports Mall", "S006"), ("Juguetes del Sol", "S006"),
    ("The Prairie Houseware Goods Co.", "S006"), ("La Casa del Futbol", "S006"), ("Quebec Skate & Ski", "S006"),
    ("Juegos del Norte", "S006"), ("Equipaje Deportivo Ramirez", "S006"),
]
MEXICAN = {"Juguetes del Sol", "La Casa del Futbol", "Juegos del Norte", "Equipaje Deportivo Ramirez"}
SPANISH = [("Alejandro", "Vega"), ("Marisol", "Ortega"), ("Ramon", "Castillo"), ("Lucia", "Navarro")]
LIMITS = [1100, 1200, 1500, 1500, 1500, 1900, 2000, 2000, 2500, 2500, 2700, 3000, 3000, 3000, 3000, 3500,
          4000, 4200, 4300, 5000, 5000, 6000, 7000, 8000, 8500, 9000, 9800, 10000, 10000, 2000, 3000]

rows = []
spanish = iter(SPANISH)
used_names = set()
for i, (client, rep) in enumerate(CLIENTS):
    if client in MEXICAN:
        first, last = next(spanish)
        digits = "".join(str(f.r.randrange(10)) for _ in range(f.pick([8, 8, 9])))
        phone = f"52-555{digits[3:]}" if len(digits) == 9 else f"52-55{digits[2:]}"
    else:
        while True:
            first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
            if (first, last) not in used_names:
                used_names.add((first, last))
                break
        phone = f.phone_us().replace("(", "").replace(") ", "-")
    limit = LIMITS[(i * 7) % len(LIMITS)]
    since = f.date(datetime.date(2000, 1, 1), datetime.date(2018, 6, 30))
    rows.append([client, f"{first} {last}", phone, rep, limit, datetime.datetime.combine(since, datetime.time())])

HEADER = ["Client", "Contact", "Phone Number", "Sales Rep", "Credit Limit", "Contract Date"]
WIDTHS = {"A": 31.5703125, "B": 16.85546875, "D": 11.7109375, "E": 13.5703125, "F": 15.42578125}


def fill(ws, top, table_name):
    for j, h in enumerate(HEADER):
        ws.cell(top, j + 1, h)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(top + 1 + i, j + 1, v)
            if j == 5:
                c.number_format = "mm-dd-yy"
    t = Table(displayName=table_name, ref=f"A{top}:F{top + len(rows)}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    for col, w in WIDTHS.items():
        ws.column_dimensions[col].width = w


wb = workbook()
ws2 = wb.active
ws2.title = "Sheet2"
fill(ws2, 1, "Customer_Data")
ws1 = wb.create_sheet("Sheet1")
ws1["A1"] = "Customer Details"
ws1["A1"].font = Font(bold=True)
fill(ws1, 3, "Customer_Data__2")

save(wb, "clients-en-na-creditlimits.xlsx")
