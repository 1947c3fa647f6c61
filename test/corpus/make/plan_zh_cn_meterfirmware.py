"""
Shape of dragonoon/MySource 工作表.xlsx (commit c7d0ba6c3d295474ddacd86c0943db939e39c0e6): an
embedded engineer's personal work plan (简体, Excel). Sheet1: the title 工作计划 merged over B1:M1,
an empty row, then a two-row header — 序号, 工作项目, 工作子项, 责任单位或部门 (with a line break),
责任人, 进度控制 merged over F3:H3 with 工期(工作日) / 开始时间 / 完成时间 under it, 配合部门 (with a
trailing line break), 重要度, 未完成的影响, 完成回顾, 未完成原因 — each other heading merged down
over rows 3-4. Three task rows for one project (the project and its serial merged down A5:A7 and
B5:B7): sub-tasks of a three-phase meter's firmware, 本人 as the person responsible, working days,
start and finish dates typed as bare serial numbers in General format, the cooperating department
and 重要/一般; the review columns empty. Sheet2 and Sheet3 empty. A task plan: nothing a key-account
manager would import. The project and task names are reworded; dates moved.
"""
from openpyxl.styles import Alignment, Font

from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["B1"] = "工作计划"
ws["B1"].font = Font(size=16, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
heads = {"A3": "序号", "B3": "工作项目", "C3": "工作子项", "D3": "责任单位\n或部门", "E3": "责任人", "F3": "进度控制",
         "I3": "配合部门\n", "J3": "重要度", "K3": "未完成的影响", "L3": "完成回顾", "M3": "未完成原因",
         "F4": "工期(工作日)", "G4": "开始时间", "H4": "完成时间"}
for ref, text in heads.items():
    ws[ref] = text
    ws[ref].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws[ref].font = Font(bold=True)
ws["F3"].number_format = "0_);[Red]\\(0\\)"
ws["F4"].number_format = "0_);[Red]\\(0\\)"
ws["G4"].number_format = "mm-dd-yy"
ws["H4"].number_format = "mm-dd-yy"
rows = [
    (1, "越南单相表", "预付费功能", None, "本人", 8, 42412, 42422, "硬件部门", "重要"),
    (None, None, "时钟校准功能", None, "本人", 3, 42423, 42425, "硬件部门", "重要"),
    (None, None, "欠压告警功能", None, "本人", 2, 42426, 42427, "上位机", "一般"),
]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        if v is not None:
            ws.cell(5 + i, 1 + j, v)
for rng in ["C3:C4", "B3:B4", "A3:A4", "L3:L4", "M3:M4", "B5:B7", "A5:A7", "K3:K4", "J3:J4", "I3:I4", "F3:H3",
            "E3:E4", "D3:D4", "B1:M1"]:
    ws.merge_cells(rng)
for col, w in {"B": 14.375, "C": 16.125, "D": 16.25, "E": 12.875, "F": 15.75, "G": 12.5, "H": 12.125, "I": 15.25,
               "J": 13.5, "K": 25.125, "L": 17.875, "M": 20.0}.items():
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "plan-zh-cn-meterfirmware.xlsx")
