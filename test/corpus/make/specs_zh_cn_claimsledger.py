"""
Shape of missaouib/POST_INSURANCE "DOC/need/理赔案件登记台账.xlsx" (at commit 18720f4): a postal life insurer's
requirement sketch for a claims-register screen, drawn in WPS: sheet 一级目录 mocks the list page (query
fields as label + bracketed hint pairs, 查询 / 新增 / 修改 buttons as text with notes, the list's header row
序号 … 案件状态, one example row of placeholders — XX市, XXXX年XX月XX日, the option lists of claim types
and case states — and numbered empty rows, a 下载 link with a note), sheet 二级目录 mocks the detail page
(a grouped header over 24 columns, yellow fields carried over from the list, a yellow note below), Sheet3
is empty. A specification, not a register: nothing to import.
"""
from openpyxl.styles import PatternFill

from fake import save, workbook

YELLOW = PatternFill("solid", fgColor="FFFFFF00")
wb = workbook()
ws = wb.active
ws.title = "一级目录"
for ref, text in {"C2": "地市", "D2": "（根据地市名查询）", "F2": "出险人", "G2": "（根据姓名查询）", "I2": "案件状态", "J2": "（根据案件状态查询）",
                  "C3": "受理起期", "D3": "（日期）", "F3": "受理止期", "G3": "（日期）", "H3": "（根据两个日期区间查询）",
                  "C4": "查询", "D4": "（点击执行查询）", "C6": "新增", "E6": "修改", "F6": "（最好后台能记录所有修改轨迹，包括时间及修改细目）"}.items():
    ws[ref] = text
for j, h in enumerate(["序号", "机构名称", "出险人", "报案人", "报案人电话", "出险日期", "理赔类型", "报案日期", "立案日期", "结案日期", "赔付金额",
                       "案件状态"], 2):
    ws.cell(8, j, h)
ws["A9"] = "（*）单击后进入二级目录"
example = {"C9": "XX市", "G9": "XXXX年XX月XX日", "H9": "意外身故/疾病身故/重大疾病/全残/医疗", "I9": "XXXX年XX月XX日", "J9": "XXXX年XX月XX日",
           "K9": "XXXX年XX月XX日", "M9": "待报案/ 待立案/ 待调查/ 待结案/ 拒付退费/结案关闭/不予立案"}
for ref, text in example.items():
    ws[ref] = text
for i in range(1, 8):
    ws.cell(8 + i, 2, i)
ws["L17"] = "下载"
ws["M17"] = "（下载后生成exl表格主要涵盖二级目录的内容）"
for col, width in zip("ABCEFGHIJKLM", [5.625, 5.5, 9.0, 7.875, 10.75, 15.625, 10.5, 16.875, 15.375, 15.125, 11.625, 10.375]):
    ws.column_dimensions[col].width = width

detail = wb.create_sheet("二级目录")
for ref, text in {"C5": "保单基本信息", "H5": "出险信息", "J5": "报案进程", "P5": "调查进程", "T5": "立案进程"}.items():
    detail[ref] = text
heads = ["赔案号", "被保险人", "保单号", "险种", "保费", "生效日期", "出险日期", "理赔类型", "首次接触赔案时间", "接案人", "首次接收理赔材料日期", "签收人",
         "接收齐全理赔材料日期", "签收人", "发起调查日期", "发起人", "调查完成日期", "调查人", "报案日期", "立案日期", "结案日期", "赔付金额", "案件状态"]
carried = {"被保险人", "出险日期", "理赔类型", "报案日期", "立案日期", "结案日期", "赔付金额", "案件状态"}
for j, h in enumerate(heads, 2):
    c = detail.cell(6, j, h)
    if h in carried:
        c.fill = YELLOW
detail["C8"] = "黄色部分为一级目录可自动带入的内容"
detail["C8"].fill = YELLOW
for ref in ("C5:G5", "H5:I5", "J5:O5", "P5:S5", "T5:X5"):
    detail.merge_cells(ref)
for col, width in zip("ABEFIKMOQS", [2.25, 7.125, 7.0, 6.0, 10.625, 6.75, 7.5, 6.875, 7.375, 7.5]):
    detail.column_dimensions[col].width = width
wb.create_sheet("Sheet3")
save(wb, "specs-zh-cn-claimsledger.xlsx")
