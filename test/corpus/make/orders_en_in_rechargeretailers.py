"""
Shape of PalakEnterprises/DailyReport "Daily Orders/January-2021-Orders.xlsx": a Bihar telecom
distributor's month of recharge-wallet orders from its retailers, kept in WPS Spreadsheets, one
sheet named after the month.

- Header in row 1 merged down over row 2 for A-G (S.No. / Order ID / Retailer Name / Order Amount /
  Date/Time / FOS Name / Type); beside it, in the same two rows, a side box: H1 "Amount to be
  collected", I1 "Total Order Amout:", J1 "4% of Amount:" with their formulas in row 2; a stray 0
  in D3; panes frozen at A3; formatting running out to column XFC.
- From row 4, 555 orders newest first: S.No. as =ROW()-3, ten-digit order ids, the retailer as
  "SHOP NAME-(retailer code)" (83 retailers, some in lower case or misspelt, one shop many times),
  amounts in steps of 520, Date/Time as text "31 Jan 2021 / 17:26" on most rows but real dates on
  the oldest ones, the field officer who took the order on most rows, Auto/Manual.
Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook
from rechargeretailers import retailers

f = Fake("orders-en-in-rechargeretailers")
cf = CachedFormulas()
shops = retailers()[:83]
weights = [30 if i == 4 else 18 if i in (7, 12) else f.r.randrange(2, 12) for i in range(len(shops))]
FOS = ["KUMAR MANOJ", "KUMAR PAPPU"]
# Each field officer covers his own villages.
shop_fos = {s["name"]: FOS[0] if s["area"] in ("KESHOPUR", "RAMPUR", "KHAIRA", "MIRZAGANJ", "TILAIYA", "NAURANGA") else FOS[1]
            for s in shops}

wb = workbook()
ws = wb.active
ws.title = "January-2021"
for col, h in zip("ABCDEFG", ["S.No.", "Order ID", "Retailer Name", "Order Amount", "Date/Time", "FOS Name", "Type"]):
    ws[f"{col}1"] = h
    ws.merge_cells(f"{col}1:{col}2")
ws["H1"], ws["I1"], ws["J1"] = "Amount to be collected", "Total Order Amout:", "4% of Amount:"
ws["D3"] = 0

orders = []
moment = datetime.datetime(2021, 1, 31, 17, 30)
picks = shops + f.r.choices(shops, weights=weights, k=555 - len(shops))
f.r.shuffle(picks)
for i, shop in enumerate(picks):
    moment -= datetime.timedelta(minutes=f.r.randrange(30, 126))
    amount = f.pick([2080, 2080, 3120, 1040, 5200, 2080, 3120, 1040, 5200]) if i not in (100, 300) else f.pick([4160, 1560])
    manual = f.chance(0.05)
    fos = None if manual or f.chance(0.2) else shop_fos[shop["name"]]
    orders.append((shop, amount, moment, fos, "Manual" if manual else "Auto"))

order_id = 2023533090
for i, (shop, amount, moment, fos, kind) in enumerate(orders):
    r = i + 4
    order_id -= f.r.randrange(800, 40000)
    when = moment.strftime("%d %b %Y / %H:%M") if moment.day > 4 else datetime.datetime(moment.year, moment.month, moment.day)
    ws.append([None, order_id, f"{shop['name']}-({shop['code']})", amount, when, fos, kind])
    cf.formula(ws, f"A{r}", "=ROW()-3", i + 1)
    if isinstance(when, datetime.datetime):
        ws[f"E{r}"].number_format = "dd-mm-yyyy"
total = sum(o[1] for o in orders)
cf.formula(ws, "H2", "=I2/1.04", round(total / 1.04, 6))
cf.formula(ws, "I2", "=SUM(D3:D2072)", total)
cf.formula(ws, "J2", "=H2*0.04", round(total / 1.04 * 0.04, 6))
ws.freeze_panes = "A3"
ws.cell(1441, 16383).number_format = "@"

cf.save(wb, "orders-en-in-rechargeretailers.xlsx")
