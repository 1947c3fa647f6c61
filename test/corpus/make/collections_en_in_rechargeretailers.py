"""
Shape of PalakEnterprises/DailyReport "Daily Collection/January-2021-Collection.xlsx": the same
Bihar telecom distributor's month of cash collected from its retailers, kept in WPS Spreadsheets,
one sheet named after the month.

- Header on row 1: S.No. / Alias Name / Contact / Area / Retailer Name / Total, then one column per
  day of the month with a real date formatted d-mmm (1-Jan … 31-Jan).
- Row 2 is a totals row above the data: "Total:" in the Retailer Name column, SUM formulas down
  every day column and across (cached), a stray sum of the Total column under Area.
- From row 3, 94 retailers numbered 1…94: Alias Name is the person the collector deals with (on
  about two in five rows, sometimes with a mobile typed after the name, two people with a slash),
  Contact a mobile stored as a number or two mobiles with a slash (on under half the rows), Area a
  village (empty on some), Retailer Name as "SHOP NAME(retailer code)" or "SHOP NAME-(code)", one
  shop known only by a mobile number; Total =SUM of the day columns; the day cells hold the cash
  collected that day (mostly empty).
- A lone space in a cell two rows under the list; panes frozen at AI33.
Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook
from openpyxl.utils import get_column_letter as col

from rechargeretailers import retailers

f = Fake("collections-en-in-rechargeretailers")
cf = CachedFormulas()
pool = retailers()
shops = pool[:80] + pool[83:97]  # most of the month's ordering shops, and a few that only paid

wb = workbook()
ws = wb.active
ws.title = "January-2021"
days = [datetime.datetime(2021, 1, d) for d in range(1, 32)]
ws.append(["S.No.", "Alias Name", "Contact", "Area", "Retailer Name", "Total"] + days)
for i in range(len(days)):
    ws.cell(1, 7 + i).number_format = "[$-409]d\\-mmm;@"
last_day = col(6 + len(days))

FIRST = ["Sanjay Kr.", "Abhimanyu", "Ganesh Lal", "Shakti", "Naveen", "MD Sarfaraz", "Praduman", "Sushil Kr.", "Ranveer/Rina",
         "Sailesh", "Ajay", "Aarti", "Rajnish Kr", "Shantanu Kr.", "Nitish Kr.", "Munna Kr.", "Pintu", "Bablu Yadav",
         "Dilip Paswan", "Chandan", "Guddu", "Vikas Kr.", "Rinku Devi", "Santosh Sah"]
rows = []
for i, shop in enumerate(shops):
    alias = None
    if f.chance(0.4):
        alias = f.pick(FIRST)
        if f.chance(0.2):
            alias = f"{alias} {f.mobile_in()}"
    contact = None
    if f.chance(0.45):
        contact = int(f.mobile_in()) if f.chance(0.9) else f"{f.mobile_in()}/{f.mobile_in()}"
    area = None if f.chance(0.15) else shop["area"]
    name = shop["name"]
    if i == 87:
        name = f.mobile_in()
    sep = "-" if i > 88 or f.chance(0.05) else ""
    collected = {d: f.pick([1000, 2000, 2000, 3000, 3000, 5000, 4000, 500, 1500, 6000])
                 for d in range(31) if f.chance(0.16)}
    rows.append((alias, contact, area, f"{name}{sep}({shop['code']})", collected))

for i, (alias, contact, area, name, collected) in enumerate(rows):
    r = i + 3
    ws.cell(r, 1, i + 1)
    ws.cell(r, 2, alias)
    ws.cell(r, 3, contact)
    ws.cell(r, 4, area)
    ws.cell(r, 5, name)
    for d, amount in collected.items():
        ws.cell(r, 7 + d, amount)
    cf.formula(ws, f"F{r}", f"=SUM(G{r}:{last_day}{r})", sum(collected.values()))

grand = sum(sum(c.values()) for *_, c in rows)
cf.formula(ws, "D2", "=SUM(F3:F121)", grand)
ws["E2"] = "Total:"
cf.formula(ws, "F2", f"=SUM(G2:{last_day}2)", grand)
for d in range(31):
    c = col(7 + d)
    cf.formula(ws, f"{c}2", f"=SUM({c}3:{c}121)", sum(cc.get(d, 0) for *_, cc in rows))
ws.cell(len(rows) + 4, 31, " ")
ws.freeze_panes = "AI33"

cf.save(wb, "collections-en-in-rechargeretailers.xlsx")
