"""
Shape of lavinomenezes/health_insurance_cross_sell "customers.xls" (commit
d2ea181885dbc67fe0ee8d3c54bc6097f06ab9e0): twenty rows of a health insurer's policyholder data
kept as a sample input for a vehicle-insurance cross-sell model's API, saved as Excel 97-2003
(.xls). One sheet "Sheet1", General format.

- Header id / gender / age / region_code / policy_sales_channel / previously_insured /
  annual_premium / vintage / vehicle_age / vehicle_damage / response.
- Six-digit ids in random order, Male/Female, age, numeric region and sales-channel codes, 0/1
  flags, annual premium in rupees (2630, the floor value, on five rows), vintage in days,
  vehicle_age "< 1 Year" / "1-2 Year" / "> 2 Years", response 0 on all but one row.
No policyholder is named. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("policyholders-en-in-crosssellsample")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["id", "gender", "age", "region_code", "policy_sales_channel", "previously_insured", "annual_premium", "vintage",
           "vehicle_age", "vehicle_damage", "response"])
for i in range(20):
    age = f.r.randrange(20, 66)
    insured = 1 if f.chance(0.35) else 0
    ws.append([f.r.randrange(10000, 381000), f.pick(["Male", "Female"]), age, f.pick([8, 15, 17, 25, 28, 28, 33, 36, 41, 45, 46]),
               f.pick([1, 26, 26, 91, 122, 124, 152, 152, 157, 160]), insured,
               2630 if f.chance(0.25) else f.r.randrange(20000, 48000), f.r.randrange(10, 300),
               "< 1 Year" if age < 30 else f.pick(["1-2 Year", "1-2 Year", "> 2 Years"]), 0 if insured else 1,
               1 if i == 15 else 0])
save(wb, "policyholders-en-in-crosssellsample.xls", libreoffice="xls")
