"""
Shape of xtuer/java ldoa/ldoa-web-boot/doc/客户列表.xls (commit
4b777cb224a16a4707bd44bc0d7650a3cc707fc7, since deleted): the customer list a small instrument
maker's OA system exported as .xls, kept in the project's doc folder as the sample for its
"导入客户信息" import. One sheet 所有的客户: the title 所有的客户 merged over A1:J1, the header on row 2
— 编号, 名称, 属性, 行业, 区域, 分类, 电话, 关系等级, 重要程度, 状态 — and a single customer: a
ten-digit date-like number as text, the company name, 属性 "客户;" (a tag list ending in a
semicolon), industry, a province as the region, 一般客户, a short seven-digit phone as text,
良好, 普通客户, 待识别. The sheet's range runs on to row 356 with nothing in it. A client list a
person imports: number, name, industry, phone. Company, number and phone invented; written as
.xls by LibreOffice.
"""
from openpyxl.styles import Alignment, Font

from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "所有的客户"
ws["A1"] = "所有的客户"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A1:J1")
ws.append(["编号", "名称", "属性", "行业", "区域", "分类", "电话", "关系等级", "重要程度", "状态"])
ws.append(["2020041702", "常州华衡仪表科技有限公司", "客户;", "服务业", "江苏", "一般客户", "6632418", "良好", "普通客户", "待识别"])
ws["J356"] = None
for col, w in {"A": 14.85, "B": 60.85, "C": 14.85, "D": 6.85, "F": 8.85, "G": 32.7, "H": 8.85, "J": 6.85}.items():
    ws.column_dimensions[col].width = w
save(wb, "clients-zh-cn-oacustomerlist.xls", libreoffice="xls")
