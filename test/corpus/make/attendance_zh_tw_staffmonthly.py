"""
Shape of a Taiwanese software firm's monthly staff attendance printout exported to Excel (one sheet per
employee, with overtime), kept as test data by an HR tool, as wade790720/RevovisionHR keeps it
("測試資料.xlsx", commit a5a55142b79f3e1d793124bc2d04b07f366e78ea).

- Two sheets, '1' and '2' (one per employee), A1:Q41, 148 merged ranges each.
- A1:Q1 the company name, A2:Q2 '<year>年<month>月份員工出勤明細表(含加班統計)'; row 4 部門： / department (B4:G4),
  列印日期： (L4:N4) / a print datetime (O4:P4); row 5 員工： / 'R066  <name> <English name>', 頁次 / '14/16'.
- A two-row header in rows 7-8: 日/期, 星/期, 刷卡時間及實際工時 (C7:E7) over 上班 / 下班 / 工時, 考勤狀況 (F7:I7) over
  遲到 / 早退 (G:H merged) / 忘卡, 假別(加班別), 加班 (K:L) / 時數, 請假 / 時數, 開始 (N:O) / 時間, 結束 (P:Q) / 時間.
- Rows 9-39 one per day: the day as text ('3 / 1', '3/ 2' with stray spaces), the weekday, card times as
  text ('09:11') for some days and as times (h:mm) for others, hours 8 (number format #,##0.00) or a time
  ('02:00') on an overtime day, flags 1 for early leave / forgotten card, 加班 / 特別休假 with start and end,
  weekends blank, the last days without the 0s.
- Row 40 合計 with a formula typed as text ('=SUM(E9:E39)') and the leave total; row 41 統計 with a
  summary text padded with spaces.
Values invented: company, department, employees, month, times.
Staff attendance: a person imports nothing.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("attendance-zh-tw-staffmonthly")
Y, M = 2026, 5
WD = "一二三四五六日"
wb = workbook()
first = True
for sheet_name in ["1", "2"]:
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = sheet_name
    ws["A1"] = "青嶺資訊有限公司"
    ws["A2"] = f"{Y}年{M}月份員工出勤明細表(含加班統計)"
    ws["A4"], ws["B4"], ws["L4"] = "部門：", "D32 系統組", "列印日期："
    ws["O4"] = datetime.datetime(Y, M + 1, 3, 9, 41, 7)
    ws["O4"].number_format = "mm-dd-yy"
    ws["A5"] = "員工："
    ws["B5"] = f"R{f.r.randrange(10, 99):03d}  {f.name_tw()} {f.pick(['Sophia', 'Castle', 'Ivy', 'Leo', 'Mina'])}"
    ws["L5"], ws["O5"] = "頁        次：", f"{f.r.randrange(2, 15)}/16"
    for c in ("B4", "B5", "O5"):
        ws[c].number_format = "@"
    for ref, v in {"A7": "日", "B7": "星", "C7": "刷卡時間及實際工時", "F7": "考勤狀況", "J7": "假別(加班別)", "K7": "加班",
                   "M7": "請假", "N7": "開始", "P7": "結束", "A8": "期", "B8": "期", "C8": "上班", "D8": "下班", "E8": "工時",
                   "F8": "遲到", "G8": "早退", "I8": "忘卡", "K8": "時數", "M8": "時數", "N8": "時間", "P8": "時間"}.items():
        ws[ref] = v
    leave_day = f.r.randrange(12, 22)
    for i in range(31):
        r = 9 + i
        d = datetime.date(Y, M, i + 1)
        ws.cell(r, 1, f"{M}/ {d.day}" if f.chance(0.1) else f"{M} / {d.day}").number_format = "@"
        ws.cell(r, 2, WD[d.weekday()]).number_format = "@"
        weekend = d.weekday() >= 5
        late = i >= 26
        if d.day == leave_day and not weekend:
            ws.cell(r, 10, "特別休假")
            ws.cell(r, 14, "10:00").number_format = "@"
            ws.cell(r, 16, datetime.time(19, 0)).number_format = "h:mm"
            ws.cell(r, 11, 0), ws.cell(r, 13, 8)
        elif weekend:
            if d.day == 9:
                ws.cell(r, 3, datetime.time(10, 0)), ws.cell(r, 4, datetime.time(12, 0)), ws.cell(r, 5, datetime.time(2, 0))
                for c in (3, 4, 5):
                    ws.cell(r, c).number_format = "h:mm"
                ws.cell(r, 10, "加班")
                ws.cell(r, 11, 2), ws.cell(r, 13, 0)
                ws.cell(r, 14, "10:00").number_format = "@"
                ws.cell(r, 16, "12:00").number_format = "@"
            elif not late and d.day < 20:
                ws.cell(r, 11, 0), ws.cell(r, 13, 0)
        else:
            ci = datetime.time(f.pick([8, 9, 9, 10]), f.r.randrange(0, 60))
            co = datetime.time(f.pick([18, 18, 19, 22]), f.r.randrange(0, 60))
            if i % 7 < 3:
                ws.cell(r, 3, ci.strftime("%H:%M")).number_format = "@"
                ws.cell(r, 4, co.strftime("%H:%M")).number_format = "@"
            else:
                ws.cell(r, 3, ci).number_format = "h:mm"
                ws.cell(r, 4, co).number_format = "h:mm"
            ws.cell(r, 5, 8)
            if f.chance(0.08):
                ws.cell(r, f.pick([7, 9]), 1)
            if not late:
                ws.cell(r, 11, 0), ws.cell(r, 13, 0)
        for c in (5, 11, 13):
            if isinstance(ws.cell(r, c).value, int):
                ws.cell(r, c).number_format = "#,##0.00"
    ws["A40"] = "合計"
    ws["E40"] = "=SUM(E9:E39)"
    ws["E40"].data_type = "s"
    ws["E40"].number_format = "#,##0.00"
    ws["M40"] = 8
    ws["M40"].number_format = "#,##0.00"
    ws["A41"] = "統     計"
    ws["C41"] = "特別休假：8          "
    ws["C41"].number_format = "@"
    for rng in ["A1:Q1", "A2:Q2", "A40:D40", "A41:B41", "B4:G4", "B5:G5", "C41:Q41", "C7:E7", "F7:I7", "L4:N4", "L5:N5",
                "O4:P4", "O5:P5", "K7:L7", "N7:O7", "P7:Q7"]:
        ws.merge_cells(rng)
    for r in range(8, 41):
        for a, b in (("G", "H"), ("K", "L"), ("N", "O"), ("P", "Q")):
            if r == 8 and a != "G":
                ws.merge_cells(f"{a}{r}:{b}{r}") if a != "K" else ws.merge_cells(f"K8:L8")
            elif r > 8 or a == "G":
                ws.merge_cells(f"{a}{r}:{b}{r}")
    for col, w in {"A": 6.71, "B": 3.71, "C": 8.57, "D": 9.43, "E": 7.43, "F": 8.57, "G": 4.0, "H": 4.14, "I": 7.29,
                   "J": 15.0, "K": 7.57, "L": 0.71, "M": 8.29, "N": 2.43, "O": 5.86, "P": 7.57, "Q": 0.71}.items():
        ws.column_dimensions[col].width = w
save(wb, "attendance-zh-tw-staffmonthly.xlsx")
