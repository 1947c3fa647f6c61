"""
Shape of cvmohan-ds/IPM_Streamlit "client_data.xlsx" (at commit c2a6d9a7a5b3215f2912949bc33e9040d86c4cb8):
a workbook named client_data that holds one site's hourly electricity consumption, read by a Streamlit
energy dashboard. Saved by Excel: one sheet named "history.xlsx" (the file it was exported as), plain
header date / period / 'consumption（kWh）' (full-width brackets), column C widened; every cell text:
dates 'yyyy.mm.dd', the hour as a range ('00:00-01:00' … '23:00-24:00'), the reading with two decimals
('1.72', '0.00'). Months run backwards (September, August, … April there; September, August, July here)
while the days inside each month run forwards; one day has a 25th row '24:00-25:00'; a plant that runs
most of the day at a steady load and stops some evenings (runs of '0.00'). 4,393 rows there, 2,209 here.
Meter readings, not clients: a person imports nothing. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake(3211)
wb = workbook()
ws = wb.active
ws.title = "history.xlsx"
ws.append(["date", "period", "consumption（kWh）"])
extra_day = datetime.date(2024, 9, 25)
for month in (9, 8, 7):
    day = datetime.date(2024, month, 1)
    while day.month == month:
        base = round(f.r.uniform(1.55, 1.8), 2)
        stop = f.r.randrange(17, 24) if f.chance(0.3) else 24
        hours = 25 if day == extra_day else 24
        for h in range(hours):
            if h < stop:
                v = max(0.0, base + f.r.uniform(-0.04, 0.04)) if f.chance(0.97) else f.r.uniform(0.5, 1.2)
            elif h == stop:
                v = f.r.uniform(0.3, 1.0)
            else:
                v = 0.0
            ws.append([day.strftime("%Y.%m.%d"), f"{h:02d}:00-{h + 1:02d}:00", f"{v:.2f}"])
        day += datetime.timedelta(days=1)
ws.column_dimensions["A"].width = 12.83
ws.column_dimensions["C"].width = 27.83
save(wb, "readings-en-global-hourlykwh.xlsx")
