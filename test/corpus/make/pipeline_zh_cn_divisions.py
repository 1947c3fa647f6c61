"""
Shape of zgh01640-crypto/Insight "商机导入模板.xlsx" (at commit c46c112): a software and services
group's opportunity import template for its divisions' quarterly targets, written by openpyxl
in a dark theme (navy header with orange bold text, a grey italic hint row, light text on
near-black rows). Sheet 商机数据: header in row 1 (商机名称, 所属事业部, 指标类型, 所属年度, 所属季度,
预计金额（万元）, 商机阶段, 商机状态, 预计达成时间, 备注), a hint row 2 under it (必填，… / 选填，…),
frozen below row 2, four sample opportunities from row 3: a project or a client's name, the
division, 合同/收入/回款, the year as a number, Q1–Q4, the amount in 万元 as a number, the stage
(线索/立项/报价/签约跟进/已完成), the status (进行中 …), the expected date as text on two rows and a
progress note on two. Drop-down lists on B, C, E, G and H (rows 3–1000). Sheet 填写说明: one line
per field (field, 必填/选填, valid values, meaning) and five numbered import notes below a gap.
Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from fake import save, workbook

HEADER = ["商机名称", "所属事业部", "指标类型", "所属年度", "所属季度", "预计金额（万元）", "商机阶段", "商机状态", "预计达成时间", "备注"]
HINTS = ["必填，项目或客户名称", "必填，从下拉选择", "必填，合同/收入/回款", "必填，如 2026", "必填，Q1/Q2/Q3/Q4", "必填，数字，单位万元",
         "必填，从下拉选择", "必填，从下拉选择", "选填，格式 2026-06-30", "选填，进展说明"]
DIVISIONS = ["智能建造事业部", "大数据事业部", "数字交易事业部", "智慧政务事业部", "创新业务事业部"]
ROWS = [
    ["某区智慧停车管理平台", "智慧政务事业部", "合同", 2026, "Q2", 740, "报价", "进行中", "2026-06-15", "招标文件已回标"],
    ["XX集团能耗监测改造项目", "大数据事业部", "合同", 2026, "Q1", 460, "签约跟进", "进行中", "2026-03-20", None],
    ["产业园区安全巡检系统", "智能建造事业部", "收入", 2026, "Q2", 315, "立项", "进行中", None, "已立项，等待采购"],
    ["建材交易结算平台", "数字交易事业部", "回款", 2026, "Q3", 190, "线索", "进行中", None, None],
]
GUIDE = [
    ["字段", "必填", "有效值 / 格式", "说明"],
    ["商机名称", "必填", "任意文本", "项目名称或客户名称"],
    ["所属事业部", "必填", " / ".join(DIVISIONS), "从下拉选择，不可自行修改"],
    ["指标类型", "必填", "合同 / 收入 / 回款", "该商机归属哪个指标口径"],
    ["所属年度", "必填", "如 2026", "商机计划达成年度"],
    ["所属季度", "必填", "Q1 / Q2 / Q3 / Q4", "跨季度的取最晚季度"],
    ["预计金额（万元）", "必填", "数字 ≥ 0，不含\"万\"字", "单位：万元"],
    ["商机阶段", "必填", "线索 / 立项 / 报价 / 签约跟进 / 已完成", "当前推进节点"],
    ["商机状态", "必填", "进行中 / 已赢单 / 已输单 / 已搁置", "商机当前状态"],
    ["预计达成时间", "选填", "YYYY-MM-DD，如 2026-06-30", "可为空"],
    ["备注", "选填", "任意文本", "进展说明，可为空"],
    [],
    ["导入注意事项"],
    ["1. 请勿修改第1、2行（表头和说明行）"],
    ["2. 从第3行开始填写，每行一条商机"],
    ["3. 支持 .xlsx / .csv（UTF-8）格式"],
    ["4. 同一文件可包含多个事业部、多个季度"],
    ["5. 每次上传均新增，不覆盖已有数据"],
]

head_font = Font(bold=True, color="F0A500")
head_fill = PatternFill("solid", fgColor="1E2A38")
hint_font = Font(italic=True, color="7A8FA6")
hint_fill = PatternFill("solid", fgColor="0B0F14")
body_font = Font(color="E8EDF3")
body_fill = PatternFill("solid", fgColor="111720")

wb = workbook()
ws = wb.active
ws.title = "商机数据"
ws.append(HEADER)
ws.append(HINTS)
for row in ROWS:
    ws.append(row)
for cell in ws[1]:
    cell.font, cell.fill, cell.alignment = head_font, head_fill, Alignment(horizontal="center", vertical="center")
for cell in ws[2]:
    cell.font, cell.fill, cell.alignment = hint_font, hint_fill, Alignment(horizontal="center", vertical="center")
for r in ws.iter_rows(min_row=3, max_row=2 + len(ROWS), max_col=len(HEADER)):
    for cell in r:
        cell.font, cell.fill = body_font, body_fill
ws.row_dimensions[1].height = 28
ws.row_dimensions[2].height = 22
for col, width in zip("ABCDEFGHIJ", [40, 18, 12, 10, 10, 16, 14, 12, 16, 30]):
    ws.column_dimensions[col].width = width
ws.freeze_panes = "A3"
for ref, items in [("B3:B1000", DIVISIONS), ("C3:C1000", ["合同", "收入", "回款"]), ("E3:E1000", ["Q1", "Q2", "Q3", "Q4"]),
                   ("G3:G1000", ["线索", "立项", "报价", "签约跟进", "已完成"]), ("H3:H1000", ["进行中", "已赢单", "已输单", "已搁置"])]:
    dv = DataValidation(type="list", formula1='"' + ",".join(items) + '"', allow_blank=True)
    dv.add(ref)
    ws.add_data_validation(dv)

guide = wb.create_sheet("填写说明")
for row in GUIDE:
    guide.append(row)
for cell in guide[1]:
    cell.font, cell.fill = head_font, head_fill
for r in guide.iter_rows(min_row=2, max_row=len(GUIDE)):
    for cell in r:
        if cell.value is not None:
            cell.font = body_font
for col, width in zip("ABCD", [22, 10, 65, 30]):
    guide.column_dimensions[col].width = width

save(wb, "pipeline-zh-cn-divisions.xlsx")
