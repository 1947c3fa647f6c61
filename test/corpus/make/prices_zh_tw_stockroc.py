"""
Shape of a student's sheet of a Taiwanese share's daily prices copied from the stock exchange's web page, as
li2001ly/web-hw5 keeps it ("活頁簿1.xlsx", commit adf1d8a3fa624f86a90cbff4c552761915c82315), used to build the data
lines of a JavaScript candlestick chart.

- One sheet "工作表3": header on row 1 (日期 / 開盤價 / 最高價 / 最低價 / 收盤價 / 成交量), then 20 trading days
  newest first, dates as ROC text '112-03-29', every price and the volume text copied with three trailing
  no-break spaces ('533.00\xa0\xa0\xa0', '17,569\xa0\xa0\xa0'); column G empty; column H a formula per row
  joining the values into a JavaScript object, its 'new Date(' mangled by Excel into 'new I6H:HData(', the
  ROC year turned into the western one (MID(A2,1,3)+1911), with its cached text.
Values invented: the dates' run and every price and volume.
"""
import datetime

from fake import CachedFormulas, Fake, workbook

f = Fake("prices-zh-tw-stockroc")
NB = "\xa0\xa0\xa0"
wb = workbook()
ws = wb.active
ws.title = "工作表3"
for c, h in enumerate(["日期", "開盤價", "最高價", "最低價", "收盤價", "成交量"], 1):
    ws.cell(1, c, h)
days = []
d = datetime.date(2023, 4, 14)
while len(days) < 20:
    if d.weekday() < 5 and d != datetime.date(2023, 4, 4) and d != datetime.date(2023, 4, 5):
        days.append(d)
    d -= datetime.timedelta(days=1)
close = 412.0
rows = []
for day in reversed(days):
    o = close + f.r.choice([-3, -2, -1, 0, 1, 2, 3, 4])
    c = o + f.r.choice([-6, -4, -2, -1, 0, 1, 2, 3, 5])
    hi = max(o, c) + f.r.choice([0, 0, 1, 2, 3])
    lo = min(o, c) - f.r.choice([0, 0, 1, 2, 3])
    vol = f.r.randrange(9000, 46000)
    rows.append((day, o, hi, lo, c, vol))
    close = c
rows.reverse()
cf = CachedFormulas()
for i, (day, o, hi, lo, c, vol) in enumerate(rows, 2):
    roc = f"{day.year - 1911}-{day.month:02d}-{day.day:02d}"
    vals = [f"{v:.2f}{NB}" for v in (o, hi, lo, c)]
    ws.cell(i, 1, roc)
    for k, v in enumerate(vals, 2):
        ws.cell(i, k, v)
    ws.cell(i, 6, f"{vol:,}{NB}")
    cached = "{x:new I6H:HData(" + f"{day.year},{day.month:02d}" + "),y:[" + ",".join(vals) + "]},"
    cf.formula(ws, f"H{i}", f'="{{x:new I6H:HData(" & MID(A{i},1,3)+1911 & "," & MID(A{i},5,2) & "),y:[" & B{i} & "," & C{i} '
               f'& "," & D{i} & "," & E{i} & "]}},"', cached)
cf.save(wb, "prices-zh-tw-stockroc.xlsx")
