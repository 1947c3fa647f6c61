"""
Shape of a Taiwanese façade contractor's works schedule pasted from Microsoft Project into Excel, as
Wendy-Huang8987/ExcelProcessor keeps it ("活頁簿1.xlsx", commit 7a1ba04ef70cd927eae848f245f840301ef0d4a4), the
input of a script that draws the Gantt bars.

- One sheet "工作表1": a two-row header: 識別碼 / 任務名稱 / 工期 / 開始時間 / 完成時間 each merged over rows 1-2,
  then one month per three columns (F1:H1 '2023年12月' … AG1:AI1 '2024年9月', merged, centred) with the 1st,
  11th and 21st of the month on row 2 (m"月"d"日"; the December dates typed with the wrong year, 2024).
- 17 task rows of one project: the project line, its phases and the steps under them (procure, fabricate,
  paint, ship, install by floor), nesting shown by leading spaces in the name, durations as text 'N工作日',
  start and finish dates (mm-dd-yy); Project's task IDs in column A for the first rows only, the last six
  rows without one; the month columns empty (the bars are drawn by the script).
Values invented: the project, building and task wording, durations and dates.
"""
import datetime

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from fake import Fake, workbook, save

f = Fake("schedule-zh-tw-curtainwall")
D = datetime.date
wb = workbook()
ws = wb.active
ws.title = "工作表1"
for c, h in enumerate(["識別碼", "任務名稱", "工期", "開始時間", "完成時間"], 1):
    ws.cell(1, c, h).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
months = [(2023, 12)] + [(2024, m) for m in range(1, 10)]
for k, (y, m) in enumerate(months):
    col = 6 + 3 * k
    ws.cell(1, col, f"{y}年{m}月").alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 2)
    for j, day in enumerate([1, 11, 21]):
        cell = ws.cell(2, col + j, datetime.datetime(2024 if m == 12 else y, m, day))
        cell.number_format = 'm"月"d"日"'

building = f.pick(["行政大樓", "研發中心", "員工宿舍", "福利棟"])
plant = f.pick(["昱昇光電", "瑞鼎電機", "冠群精工", "晶采材料"])
start = D(2024, 1, 8)


def workdays(a, n):
    d = a
    left = n
    while left > 1:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return d


rows = []
rows.append((1, f"{plant}外牆帷幕工程", None, start, D(2024, 9, 20)))
d1 = workdays(start, 30)
rows.append((2, "    1. 帷幕施工圖送審", 30, start, d1))
p = d1 + datetime.timedelta(days=6)
rows.append((7, f"    {building}", None, p, None))
rows.append((8, "         1.鋼構支架", None, p, None))
steps1 = [("1-1-1. 吊桿 採購", 6), ("1-1-2. 鋼構支架 採購", 6), ("1-2. 鋼構支架 加工", 12), ("1-3. 鋼構支架 運送", 2),
          ("1-4-1. 預埋件 2F-RF安裝", 8), ("1-4-2. 鋼構支架 2F-RF安裝", 8)]
d = p
ids = iter(range(9, 40))
first_steps = []
for k, (name, n) in enumerate(steps1):
    s = p if k < 2 else d + datetime.timedelta(days=1 + (2 if k == 5 else 0))
    e = workdays(s, n)
    rows.append((next(ids), "             " + name, n, s, e))
    d = e
sub1_end = d
s2 = p + datetime.timedelta(days=f.r.randrange(15, 22))
rows.append((next(ids), "         2. 鋁板飾材", None, s2, None))
d = s2
for k, (name, n) in enumerate([("2-1. 鋁板 採購", 6), ("2-2. 鋁板 加工", 14), ("2-3. 鋁板 烤漆", 13), ("2-4. 鋁板 運送", 2),
                               ("2-5-1. 鋁板 RF-3F 安裝", 9), ("2-5-2. 鋁板 2F-RF 安裝", 9)]):
    s = s2 if k == 0 else d + datetime.timedelta(days=1 + (2 if k == 5 else 0))
    e = workdays(s, n)
    rows.append((None, "            " + name, n, s, e))
    d = e
sub2_end = d
# roll the durations and ends up
def wd(a, b):
    n, x = 0, a
    while x <= b:
        n += x.weekday() < 5
        x += datetime.timedelta(days=1)
    return n


out = []
for tid, name, n, s, e in rows:
    if name.strip() == building:
        e = max(sub1_end, sub2_end)
    elif name.strip() == "1.鋼構支架":
        e = sub1_end
    elif name.strip() == "2. 鋁板飾材":
        e = sub2_end
    if n is None:
        n = wd(s, e)
    out.append((tid, name, f"{n}工作日", s, e))
for r, (tid, name, dur, s, e) in enumerate(out, 3):
    if tid is not None:
        ws.cell(r, 1, tid)
    ws.cell(r, 2, name)
    ws.cell(r, 3, dur)
    for c, v in ((4, s), (5, e)):
        ws.cell(r, c, datetime.datetime.combine(v, datetime.time())).number_format = "mm-dd-yy"
ws.column_dimensions["B"].width = 34.125
for k in range(30):
    ws.column_dimensions[get_column_letter(6 + k)].width = 11.5
save(wb, "schedule-zh-tw-curtainwall.xlsx")
print(len(out))
