"""
Shape of liutao96/xiaoshou-yuebao-shenhe "xiaoshou-yuebao-gongjubao-v1.4.xlsx" (commit
392461be957168de7fd2f21c06c2ae2f065c3069): the fill-in toolkit that goes with an AI review of department
sales monthly reports, written by openpyxl. Six sheets 01使用说明 … 06老板一页纸, each with a bold 16-pt title
merged over the columns in row 1, a one-line instruction merged under it, row 3 empty, a header on a dark
blue fill in row 4 and then either guidance rows (scene → what to do; item → what to write) or a few empty
rows and row labels to fill in (冲突指标 1, 合计（如需要）, 一句话结论 …). No figures, no customers. Text
reworded from the original; nothing personal in it.
"""
from openpyxl.styles import Font, PatternFill

from fake import save, workbook

SHEETS = [
    ("01使用说明", "销售月报 AI 审核条件化工具包", "1.4 版。默认直接改月报；只有初审明确标为“条件必须”时才打开其他工作表。",
     ["场景", "怎么做"], [20, 75],
     [["正常初审", "部门负责人发送月报链接即可，不需要填写本工具包。"],
      ["口径说明", "月报中补一句：本月采用【XX】口径；是否已含退款影响：【已含/未含/暂不确定】。"],
      ["复审", "发送修改后的月报链接；系统自动找上次初审，找不到时再补上次报告。"],
      ["条件口径说明", "只有多个核心金额差异会改变目标完成或经营结论，且一句备注无法解释时使用。"],
      ["条件费用复核", "只有月报已经出现费用率/ROI/预算费用，且分母冲突影响结论时使用。"]]),
    ("02口径备注", "口径备注", "优先直接复制到月报正文或表格备注。不是桥接表。", ["项目", "填写内容"], [28, 67],
     [["当前主销售口径", "例如：销售回款 / GSV / 平台销售额 / 支付成交额"], ["是否已含退款影响", "已含 / 未含 / 暂不确定"],
      ["费用率分母（如月报已有费用结论）", "例如：当前主销售额 / GSV / 推广归属销售额"],
      ["一句口径说明", "本月销售额采用【  】口径，统计范围为【  】。"]]),
    ("03整改与复审", "整改与复审确认", "按实际问题填写 1-5 条；可直接写在新版月报或聊天中，不要求另做逐条回复表。",
     ["初审问题", "新版如何处理", "修改位置", "责任人", "复审判断"], [22, 28, 20, 14, 18], [[None], [None], [None]]),
    ("04条件口径说明", "条件口径说明", "仅在多个核心金额冲突且一句备注无法解释时使用。未出现在原月报的退款、净成交额、毛利、库存不新增。",
     ["冲突指标", "本月金额", "统计口径/范围", "与主销售额关系", "差异原因", "是否影响结论"], [18, 16, 25, 22, 28, 16],
     [["当前主销售额"], ["冲突指标 1"], ["冲突指标 2"]]),
    ("05条件费用复核", "条件费用复核", "仅在月报已有费用率/ROI/预算费用且分母冲突影响结论时使用。",
     ["费用项", "金额", "对应销售分母", "费用率/ROI", "口径说明"], [24, 16, 24, 18, 36], [[None], [None], ["合计（如需要）"]]),
    ("06老板一页纸", "老板一页纸草稿", "只展示报告已经提供、且影响经营判断的数据。退款、净成交额、费用等不是固定栏目。",
     ["模块", "内容"], [28, 67],
     [["部门 / 月份 / 当前主口径"], ["一句话结论"], ["本月最大亮点"], ["本月最大问题"], ["需追问事项（按实际 1-5 条）"],
      ["下月必须盯住动作"]]),
]
wb = workbook()
wb.remove(wb.active)
for title, heading, note, header, widths, rows in SHEETS:
    ws = wb.create_sheet(title)
    last = chr(64 + len(header))
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = note
    ws.merge_cells(f"A1:{last}1")
    ws.merge_cells(f"A2:{last}2")
    for j, h in enumerate(header, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F4D78")
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(5 + i, j, v)
        ws.cell(5 + i, len(header)).value = ws.cell(5 + i, len(header)).value  # keep the row in the used range
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
save(wb, "templates-zh-cn-salesreportreview.xlsx")
