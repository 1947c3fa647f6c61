"""
Shape of awdad102554/InfoWeb "签到表.xlsx" (commit b29a2e4eb7631021bb4a07631df81f596116953f): a county social
insurance centre's monthly sign-in sheets for its trainees (见习人员), one sheet per month from 1月 to 12月 of one
year ('5月 ' with a trailing space) and then 26年1月, 26年3月, 26年4月. Every sheet: a title merged over A1:K1
('<year>年<month>月…见习人员签到表'), a three-row header (日期, 星期, 姓名 each merged down rows 2-4; 上午 and 下午
over four columns, 上班/下班 over two, 时间/签名 on row 4), then one block per working day: the date and weekday
on the first trainee's row and the other trainees on the rows under it with only a name; the time and
signature cells are left for pen and paper. The dates are day serials of 1900 shown as m/d (what typing
'1.10' and then counting on gives): the first is a fraction (…02:24) on the first sheets, one sheet starts
with a real 2026 date. One trainee in January, two from February, three from May, four from September, two
left in 2026. Formatted empty rows below the last day. Names invented.
"""
import calendar
import datetime

from openpyxl.styles import Alignment, Border, Side

from fake import Fake, save, workbook

f = Fake("staff-zh-cn-internsignin")
WEEK = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
trainees = [f.name_cn() for _ in range(4)]
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center")


def serial_1900(month, day):
    d = datetime.date(1900, month, day)
    n = (d - datetime.date(1899, 12, 31)).days
    return n + 1 if d > datetime.date(1900, 2, 28) else n


SHEETS = [(2025, m, f"{m}月" + (" " if m == 5 else "")) for m in range(1, 13)] + \
         [(2026, 1, "26年1月"), (2026, 3, "26年3月"), (2026, 4, "26年4月")]
wb = workbook()
wb.remove(wb.active)
for year, month, title in SHEETS:
    ws = wb.create_sheet(title)
    ws["A1"] = f"{year}年{month}月永宁县社会保险中心见习人员签到表"
    ws["A1"].alignment = center
    for col, text in [("A2", "日期"), ("B2", "星期"), ("C2", "姓名"), ("D2", "上午"), ("H2", "下午"), ("D3", "上班"),
                      ("F3", "下班"), ("H3", "上班"), ("J3", "下班")]:
        ws[col] = text
        ws[col].alignment = center
    for j, text in enumerate(["时间", "签名"] * 4):
        ws.cell(4, 4 + j, text).alignment = center
    for rng in ["A1:K1", "A2:A4", "B2:B4", "C2:C4", "D2:G2", "H2:K2", "D3:E3", "F3:G3", "H3:I3", "J3:K3"]:
        ws.merge_cells(rng)
    if year == 2025:
        who = trainees[:1 if month == 1 else 2 if month < 5 else 3 if month < 9 else 4]
    else:
        who = trainees if month == 1 else trainees[2:]
    start = {1: 10, 2: 3, 10: 9}.get(month, 1) if year == 2025 else 1
    r = 5
    days = [d for d in range(start, calendar.monthrange(year, month)[1] + 1)
            if datetime.date(year, month, d).weekday() < 5 or (year == 2026 and month == 1 and d == 4)]
    if year == 2026 and month == 1:
        days = sorted(set(days) | {4})
    for k, d in enumerate(days):
        for i, name in enumerate(who):
            if i == 0:
                if year == 2026 and month == 4 and k == 0:
                    ws.cell(r, 1, datetime.datetime(2026, 4, 1))
                else:
                    ws.cell(r, 1, serial_1900(month, d) + (0.1 if k == 0 and year == 2025 and month <= 3 else 0))
                ws.cell(r, 2, WEEK[datetime.date(year, month, d).weekday()])
            ws.cell(r, 3, name)
            r += 1
    for rr in range(5, r + 6):
        ws.cell(rr, 1).number_format = "m/d;@"
        for c in range(1, 12):
            ws.cell(rr, c).border = box
    for rr in range(1, 5):
        for c in range(1, 12):
            ws.cell(rr, c).border = box
    ws.column_dimensions["C"].width = 10
save(wb, "staff-zh-cn-internsignin.xlsx")
