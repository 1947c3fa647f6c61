"""
Shape of joaoxfernando/SocioTorcedorSPFC "socios.xlsx" (commit
548fcebd901ae4006e9ae3972cfd0270bb70ba89): a Brazilian football fan's daily count of his club's
supporter-membership programme, scraped from the club's site and written by pandas (to_excel
with index=False): one sheet "Sheet1", bold centred bordered header Data / Quantidade Sócios,
27 days from late July to late August with a few days missing, dates as date-times
"YYYY-MM-DD HH:MM:SS", the count rising from about forty to sixty-three thousand (small dips).
Counts invented. Nothing to import: a time series of member totals, no member on any row.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("members-pt-br-supportercount")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for j, h in enumerate(["Data", "Quantidade Sócios"], 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")
day = datetime.datetime(2023, 7, 27)
count = 39815
r = 2
while r <= 28:
    ws.cell(r, 1, day).number_format = "YYYY-MM-DD HH:MM:SS"
    ws.cell(r, 2, count)
    count += f.pick([f.r.randrange(30, 400), f.r.randrange(400, 2600), -f.r.randrange(5, 40)] if r > 8 else [f.r.randrange(300, 2600)])
    day += datetime.timedelta(days=2 if r in (5, 6) else 1)
    r += 1
save(wb, "members-pt-br-supportercount.xlsx")
