"""
Shape of HomeCare4Aged/BackControl "工单.xlsx": the task sheet ("work orders") of a small team
building a home elderly-care service platform, kept as an Excel template: not a list of anyone
the team serves.

- "Sheet1": the platform's name 居家养老服务平台 merged over A1:P2 and 每日用时统计 over R1:U2;
  a summary block in rows 3-5 in merged label/value pairs (任务总数 =SUM(C4+C5), 已解决 / 未解决
  COUNTIF over the 是否完成 column, 开始时间 / 完成时间 / 持续天数 dates, 预期总时长 / 实际总时长 /
  偏差值 SUMs), a daily-hours block R3:U22 (date, hours, 平均 =AVERAGE) in merged pairs; the task
  header in row 6: 任务编号 / 任务详情 (merged B:E) / 修改人 / 预期用时(h) / 实际用时(h) / 完成日期
  (merged I:J) / 偏差值(h) / 是否完成 / 发现问题/版本迭代 (merged M:O) / 主动性(0/1); one
  placeholder task (这里输入任务详情 by 姓名) in row 7 with a deviation formula, the merged rows
  running on empty to row 22. Formulas carry their cached results.
- "Sheet2", "Sheet3": empty.
Values as in the template (placeholders, one date); nothing personal.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, workbook

cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
DAY = 'yyyy"年"m"月"d"日"'

ws["A1"] = "居家养老服务平台"
ws["A1"].font = Font(size=20, bold=True)
ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
ws.merge_cells("A1:P2")
ws["R1"] = "每日用时统计"
ws["R1"].alignment = Alignment(horizontal="center", vertical="center")
ws.merge_cells("R1:U2")

ws["A3"], ws["A4"], ws["A5"] = "任务总数", "已解决", "未解决"
cf.formula(ws, "C3", "=SUM(C4+C5)", 1)
cf.formula(ws, "C4", '=COUNTIF(L7:L499,"已完成")', 0)
cf.formula(ws, "C5", '=COUNTIF(L7:L499,"未完成")', 1)
ws["E3"], ws["E4"], ws["E5"] = "开始时间", "完成时间", "持续天数"
ws["G3"], ws["G4"], ws["G5"] = datetime.datetime(2017, 2, 8), datetime.datetime(2017, 2, 10), 2
ws["G3"].number_format = ws["G4"].number_format = DAY
ws["I3"], ws["I4"], ws["I5"] = "预期总时长", "实际总时长", "偏差值"
cf.formula(ws, "K3", "=SUM(G7:G499)", 3)
cf.formula(ws, "K4", "=SUM(H7:H499)", 2)
cf.formula(ws, "K5", "=SUM(K7:K499)", -1)
for row in (3, 4, 5):
    for a, b in (("A", "B"), ("C", "D"), ("E", "F"), ("G", "H"), ("K", "L"), ("M", "N"), ("O", "P")):
        ws.merge_cells(f"{a}{row}:{b}{row}")
ws["R3"] = datetime.datetime(2017, 2, 8)
ws["R3"].number_format = "mm-dd-yy"
ws["T3"] = 1
ws["R22"] = "平均"
cf.formula(ws, "T22", "=AVERAGE(T3:U21)", 1)
for row in range(3, 23):
    ws.merge_cells(f"I{row}:J{row}")
    ws.merge_cells(f"R{row}:S{row}")
    ws.merge_cells(f"T{row}:U{row}")

for col, text in (("A", "任务编号"), ("B", "任务详情"), ("F", "修改人"), ("G", "预期用时(h)"), ("H", "实际用时(h)"),
                  ("I", "完成日期"), ("K", "偏差值(h)"), ("L", "是否完成"), ("M", "发现问题/版本迭代"), ("P", "主动性(0/1)")):
    ws[f"{col}6"] = text
    ws[f"{col}6"].font = Font(bold=True)
ws["A7"], ws["B7"], ws["F7"], ws["G7"], ws["H7"] = 1, "这里输入任务详情", "姓名", 3, 2
ws["I7"] = datetime.datetime(2017, 2, 8)
ws["I7"].number_format = DAY
cf.formula(ws, "K7", "=H7-G7", -1)
ws["L7"], ws["P7"] = "未完成", 1
for row in range(6, 23):
    ws.merge_cells(f"B{row}:E{row}")
    ws.merge_cells(f"M{row}:O{row}")
for i in range(1, 17):
    ws.column_dimensions[chr(64 + i)].width = 11.58
for col in "QRSTU":
    ws.column_dimensions[col].width = 13.58

wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
cf.save(wb, "tasks-zh-cn-carebuildlog.xlsx")
