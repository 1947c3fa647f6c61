"""
Shape of tidaybreak/send_wage_mail "工资表.xlsx" (commit 13dde92b32f8e0f7bc97e353bbae8e74be4e3d06): the
input workbook of a script that mails each employee a payslip, made in Excel for Mac (creator
"Microsoft Office 用户"). One sheet 工作表1: four settings rows on top, a bold label in A and its
value merged over B:W — the company (A1 empty), 邮件标题 (the mail subject), 邮件内容 (the mail
body), 表格头 (the payslip's caption); the payslip header on row 5 (发送状态 / 邮箱 / 序号 / 姓名 /
工资卡号 / 合计工资 / 加班 / 补助 / 奖金 / 过节费 / 提成 / 其他 / 出勤天数 / 应发工资 / 累计… /
工资实发合计, 23 columns) and one placeholder employee under it ('ok', an address, 1, 'xxx', the
amounts empty). Values invented (company name, mail address).
"""
from openpyxl.styles import Font

from fake import save, workbook

wb = workbook()
wb.properties.creator = "Microsoft Office 用户"
ws = wb.active
ws.title = "工作表1"
ws["B1"] = "广东云帆数据科技股份有限公司"
for r, (label, value) in enumerate([("邮件标题", "2019-2月份工资条，请查收"), ("邮件内容", "本月工资单，如有异议，请回复！"),
                                    ("表格头", "工资明细表（2019.1.1至2019.1.31）")], start=2):
    ws.cell(r, 1, label).font = Font(bold=True)
    ws.cell(r, 2, value)
for r in range(1, 5):
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=23)
HEAD = ["发送状态", "邮箱", "序号", "姓名", "工资卡号", "合计工资", "加班", "补助", "奖金", "过节费", "提成", "其他",
        "出勤天数", "应发工资", "累计应发工资", "累计专项附加扣除合计", "代扣社保(个人)", "累计代扣社保(个人)",
        "累计个人所得税", "本月代扣个人所得税", "代扣公积金(个人)", "累计代扣公积金（个人）", "工资实发合计"]
for j, h in enumerate(HEAD, 1):
    ws.cell(5, j, h)
ws["A5"].font = Font(bold=True)
ws.append(["ok", "xxx@example.com", 1, "xxx"])
ws.column_dimensions["B"].width = 25.625
ws.column_dimensions["C"].width = 8.375
save(wb, "staff-zh-cn-wagemail.xlsx")
