"""
Shape of Fashyeem/Python-Assignment "customer_master.xlsx" (commit
da0d0f2b51e2620dfe06959b6030260af4ae2677): an Indian B2B software seller's customer master from
its CRM, one sheet "Sheet1" A1:L151 typed in Excel (widths on every column, no filter, no title).

- Header (snake_case): customer_id, customer_name, signup_date, age, region, industry,
  customer_segment, country, customer_status, annual_contract_value, account_manager,
  source_system.
- 150 customers CUST1001…CUST1149, names "Customer_0"…"Customer_149" (the CRM's placeholder
  names), one id used twice (CUST1005 on Customer_4 and Customer_5; from there on the id is one
  behind the name's number);
  signup dates 2023-2024 as date-times shown yyyy/mm/dd hh:mm:ss; age blank on five rows;
  region North/West/South/East, blank on eight; segment SMB / Mid Market / Enterprise with
  "enterprise", " ENTERPRISE " and "Enterprise " variants; country India on every row; status
  Active / Inactive; annual contract value a whole rupee number; account manager AM1…AM4;
  source system CRM on every row.
Values invented (dates, ages, regions, industries, amounts, managers).
"""
import datetime
from fake import Fake, workbook, save

f = Fake("customers-en-in-acvmaster")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["customer_id", "customer_name", "signup_date", "age", "region", "industry", "customer_segment",
           "country", "customer_status", "annual_contract_value", "account_manager", "source_system"])
blank_age = set(f.r.sample(range(150), 5))
blank_region = set(f.r.sample(range(150), 8))
odd_seg = f.r.sample(range(150), 11)
for i in range(150):
    cid = f"CUST{1001 + i}" if i < 5 else f"CUST{1000 + i}"
    seg = f.pick(["SMB", "Mid Market", "Enterprise"])
    if i in odd_seg:
        seg = ["enterprise", " ENTERPRISE ", "Enterprise "][odd_seg.index(i) % 3]
    d = f.date(datetime.date(2023, 1, 1), datetime.date(2024, 12, 31))
    row = [cid, f"Customer_{i}", datetime.datetime(d.year, d.month, d.day),
           None if i in blank_age else f.r.randrange(22, 66),
           None if i in blank_region else f.pick(["North", "West", "South", "East"]),
           f.pick(["Technology", "Retail", "Healthcare", "Manufacturing"]), seg, "India",
           "Inactive" if f.chance(0.1) else "Active", f.r.randrange(50000, 500000),
           f.pick(["AM1", "AM2", "AM3", "AM4"]), "CRM"]
    if i == 1:
        row[3], row[9], row[10], row[5] = 31, 214620, "AM2", "Technology"
    if i == 4:
        row[9], row[10], row[5] = 84960, "AM3", "Healthcare"
    if i == 5:
        row[9], row[10], row[5] = 461250, "AM4", "Healthcare"
    ws.append(row)
    ws.cell(ws.max_row, 3).number_format = "yyyy/mm/dd\\ hh:mm:ss"
for col, w in zip("ABCDEFGHIJKL", (12.44, 16.0, 19.67, 4.67, 7.0, 14.0, 18.78, 8.22, 16.22, 22.44, 17.78, 14.67)):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-in-acvmaster.xlsx")
