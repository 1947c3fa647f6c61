"""
Shape of a Taiwanese semiconductor engineer's scratch workbook for an assistant bot: two sheets of wafer
thickness measurements and a month's night / day duty roster written by pandas, as
lkk2706910-coder/assist-robot2 keeps it ("活頁簿2.xlsx", commit 87f64121bab03f9e4091c9eb203e654e4becf69a).

- 工作表1 (A1:AD37): X / Y / RAWDATA / RAWDATA for 21 measurement points on three rings (0, ±48.951, ±69.33…,
  ±98.049, ±103.94…, ±147), one row holding a wide run of readings to Y; six empty rows; then five
  'RKXXXX' rows of 28 readings every other row.
- 工作表2 (A1:BD91): X / Y / B11A1 for the same 21 points, an 'RKXXXX' row of readings, then a second block
  with its own X header and 49 points on four rings (one row with 52 readings), and an 'RKXXXX' row of 56.
- 工作表3 (A1:F31): a pandas export whose header is one column off: 日期 / 星期 / 大夜班 / 日值班 / 班別 in A1:E1
  while the rows carry pandas' index 0-29 in A, the date (datetime) in B, the weekday ('禮拜三') in C, the night
  duty engineer in D, the day duty in E (one or two names joined by ' & '), the shift ('A班' / 'B班') in F.
Values invented: readings, coordinates rounded differently, engineers' names, the month.
Measurements and a staff duty roster: a person imports nothing.
"""
import datetime
import math

from fake import Fake, workbook, save

f = Fake("roster-zh-tw-wafernightduty")


def ring_points(radii):
    pts = [(0, 0)]
    for r, n in radii:
        for k in range(n):
            a = math.pi / 2 + 2 * math.pi * k / n
            pts.append((round(r * math.cos(a), 4) + 0.0, round(-r * math.sin(a), 4) + 0.0))
    return pts


P21 = ring_points([(48.951, 4), (98.049, 8), (147, 8)])
base = 550.0 + f.r.random() * 5

wb = workbook()
s1 = wb.active
s1.title = "工作表1"
s1.append(["X", "Y", "RAWDATA", "RAWDATA"])
for i, (x, y) in enumerate(P21):
    s1.append([x, y, round(base + f.r.uniform(-6, 6), 4), round(base - 8 + f.r.uniform(-3, 3), 4)])
    if i == 11:
        for c in range(5, 26):
            s1.cell(13, c, round(base + f.r.uniform(-6, 6), 4))
for r in range(29, 38, 2):
    s1.cell(r, 1, "RKXXXX")
    for c in range(2, 29):
        s1.cell(r, c, 5560.0 + round(f.r.uniform(0, 9), 6) if c < 8 else round(base + f.r.uniform(-8, 8), 4))
s1.cell(29, 30, None)

s2 = wb.create_sheet("工作表2")
s2.append(["X", "Y", "B11A1"])
for x, y in P21:
    s2.append([x, y, round(64.5 + f.r.uniform(-0.6, 0.6), 6)])
s2.cell(26, 1, "RKXXXX")
for c in range(2, 29):
    s2.cell(26, c, round(5480 + f.r.uniform(0, 240), 6))
P49 = ring_points([(49.3332, 8), (98.6666, 16), (148, 24)])
s2.cell(32, 1, "X"), s2.cell(32, 2, "Y"), s2.cell(32, 3, "B11A1")
for i, (x, y) in enumerate(P49):
    r = 33 + i
    s2.cell(r, 1, x), s2.cell(r, 2, y), s2.cell(r, 3, round(64.5 + f.r.uniform(-0.8, 0.8), 6))
    if i == 34:
        for c in range(4, 53):
            s2.cell(r, c, round(64.5 + f.r.uniform(-0.8, 0.8), 6))
s2.cell(91, 1, "RKXXXX")
for c in range(2, 57):
    s2.cell(91, c, round(5480 + f.r.uniform(0, 240), 6))

s3 = wb.create_sheet("工作表3")
for c, h in enumerate(["日期", "星期", "大夜班", "日值班", "班別"], start=1):
    s3.cell(1, c, h)
night = [f.name_tw() for _ in range(4)]
day = [f.name_tw() for _ in range(9)]
WD = ["禮拜一", "禮拜二", "禮拜三", "禮拜四", "禮拜五", "禮拜六", "禮拜日"]
start = datetime.datetime(2026, 6, 1)
for i in range(30):
    d = start + datetime.timedelta(days=i)
    n = f.pick(night)
    dd = " & ".join(f.r.sample(day, 2)) if d.weekday() >= 5 or f.chance(0.15) else f.pick(day)
    row = [i, d, WD[d.weekday()], n, dd, "A班" if (i // 2) % 2 == 0 else "B班"]
    for c, v in enumerate(row, start=1):
        s3.cell(2 + i, c, v)
    s3.cell(2 + i, 2).number_format = "yyyy-mm-dd h:mm:ss"
save(wb, "roster-zh-tw-wafernightduty.xlsx")
