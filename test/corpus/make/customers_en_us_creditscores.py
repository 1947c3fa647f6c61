"""
Shape of Dilan-GitHub/Finance "customers.xlsx": a lender's customer table prepared for a credit
dashboard (exported from pandas, then made an Excel table), one sheet.

- "Updated_Customers_DataFrame": an Excel table (Table1, TableStyleMedium2) over A1:K1001,
  snake_case headers customer_id / first_name / last_name / age / gender /
  customer_credit_score / annual_income / employement_status (sic) / region / address /
  debt_to_income_ratio. 1,000 rows for 850 customers numbered 1-850 in order: 140 customers
  appear again on the next row(s), identical except the credit score (rescored), one of them
  four times, eight three times, two repeats identical to the last digit; common American
  first and last names, so many different customers share a full name (up to ten); region is
  a Texas city and address the one street address used for every customer of that city
  ("1010 Elm St, Flower Mound, TX"); income a whole number, debt-to-income a fraction with two
  decimals (a few whole 0 / 1 / 2); no number formats.
Values invented.
"""
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("customers-en-us-creditscores")
FIRST_M = ["James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas", "Charles",
           "Daniel", "Matthew"]
FIRST_F = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
           "Nancy", "Lisa"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen"]
CITIES = [("Plano", "2121 Elm St"), ("Denton", "880 Oak St"), ("Southlake", "3131 Willow St"), ("Allen", "246 Cedar St"),
          ("Garland", "975 Pine St"), ("Irving", "4242 Maple St"), ("Mesquite", "1357 Birch St"),
          ("Arlington", "628 Spruce St"), ("Carrollton", "5151 Walnut St"), ("Rowlett", "731 Ash St"),
          ("Waco", "864 Hickory St"), ("Tyler", "192 Poplar St"), ("Lubbock", "3737 Aspen St"),
          ("El Paso", "515 Sycamore St"), ("Houston", "909 Magnolia St"), ("Austin", "4646 Chestnut St")]
STATUS = ["Employed"] * 298 + ["Self-employed"] * 375 + ["Unemployed"] * 327

repeat = {}
ids = list(range(1, 851))
f.r.shuffle(ids)
for k, cid in enumerate(ids[:140]):
    repeat[cid] = 4 if k == 0 else 3 if k <= 8 else 2
exact = set(ids[138:140])

f.r.shuffle(STATUS)
rows = []
for cid in range(1, 851):
    male = f.chance(0.52)
    first = f.pick(FIRST_M if male else FIRST_F)
    city, street = f.pick(CITIES)
    base = [cid, first, f.pick(LAST), f.r.randrange(18, 71), "Male" if male else "Female", f.r.randrange(430, 851),
            f.r.randrange(30000, 125000), None, city, f"{street}, {city}, TX",
            f.pick([0, 1, 2]) if f.chance(0.007) else round(f.r.uniform(0.01, 1.5), 2)]
    base[7] = STATUS[cid - 1]
    rows.append(base)
    for _ in range(repeat.get(cid, 1) - 1):
        again = list(base)
        if cid not in exact:
            again[5] = f.r.randrange(430, 851)
        rows.append(again)
assert len(rows) == 1000, len(rows)

wb = workbook()
ws = wb.active
ws.title = "Updated_Customers_DataFrame"
ws.append(["customer_id", "first_name", "last_name", "age", "gender", "customer_credit_score", "annual_income",
           "employement_status", "region", "address", "debt_to_income_ratio"])
for r in rows:
    ws.append(r)
table = Table(displayName="Table1", ref="A1:K1001")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(table)
for col, w in (("A", 13.4), ("B", 12.1), ("C", 11.7), ("F", 23.1), ("G", 15.3), ("H", 20.1), ("I", 12.9), ("J", 31.4), ("K", 22.6)):
    ws.column_dimensions[col].width = w

save(wb, "customers-en-us-creditscores.xlsx")
