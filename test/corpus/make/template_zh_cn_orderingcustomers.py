"""
Shape of an ordering system's blank customer import template, as in huangzb505/YdHFakeData
"templates/客户导入模板.xlsx" (commit 04ee477424023eff33289c068d8b37da36712975; Excel): sheet '客户数据' with a
band row 1 (客户基本信息 merged A1:N1, 联系人信息 O1:S1, 辅助信息 T1:V1, 登录信息 W1:X1; Y1 empty), the
headings on row 2 (客户名称 / 编码 / 地址 / 级别 / 邮编 / 电话 / 传真 / 签约起始日期 / 签约结束日期 / 部门 /
业务员 / 来源 / 创建时间 / 修改时间 / 姓名 / 职位 / 手机 / Email / QQ号 / 默认发货仓库 / 物流编码 / 备用信息 /
账号 / 密码 / 状态), frozen at A3, date formats on rows 3-4 and no data; sheet '使用说明' with a
title in C3 (merged C3:J3) and the rules in one wrapped cell merged over C4:J10. Nothing to invent
but the layout.
"""
from openpyxl.styles import Alignment, Font

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "客户数据"
for ref, text, rng in (("A1", "客户基本信息", "A1:N1"), ("O1", "联系人信息", "O1:S1"), ("T1", "辅助信息", "T1:V1"), ("W1", "登录信息", "W1:X1")):
    ws[ref] = text
    ws[ref].font = Font(bold=True)
    ws[ref].alignment = Alignment(horizontal="center")
    ws.merge_cells(rng)
HEAD = ["客户名称", "编码", "地址", "级别", "邮编", "电话", "传真", "签约起始日期", "签约结束日期", "部门", "业务员", "来源", "创建时间",
        "修改时间", "姓名", "职位", "手机", "Email", "QQ号", "默认发货仓库", "物流编码", "备用信息", "账号", "密码", "状态"]
for c, h in enumerate(HEAD, 1):
    ws.cell(2, c, h).font = Font(bold=True)
for r in (3, 4):
    for c, fmt in ((8, "yyyy/m/d;@"), (9, "yyyy/m/d;@"), (13, "mm-dd-yy"), (14, "mm-dd-yy")):
        ws.cell(r, c).number_format = fmt
ws.freeze_panes = "A3"

ws2 = wb.create_sheet("使用说明")
ws2["C3"] = "客户导入模板使用说明"
ws2["C3"].font = Font(size=14, bold=True)
ws2["C4"] = ("1.商品导入文件仅支持xls格式及xlsx格式\n2.客户名称不允许为空，不允许重复，一旦为空或者重复，则本行数据不允许导入\n"
             "3.客户级别允许为空，为空则此客户分入系统默认的“普通”级别\n4.手机号码必须填写\n5.一次导入不要超过2000行\n"
             "6.账号密码只可开通，不可修改。（登录账号【4-20位字母或数字】， 登录密码【6-20位字母或数字】）\n7.创建的用户数不能超过上限(未付费用户)\n"
             "8.状态：0表示未开通或是已禁用，1表示已开通。导入时这里的状态不会对数据产生影响，客户状态会根据账号信息确定")
ws2["C4"].alignment = Alignment(wrap_text=True, vertical="top")
ws2.merge_cells("C3:J3")
ws2.merge_cells("C4:J10")
save(wb, "template-zh-cn-orderingcustomers.xlsx")
