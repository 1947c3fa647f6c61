"""
Shape of luckymc/work "account_plan.xlsx" (commit 188fb2903710f6141ecb9db4a985ce1cd6406bf1): not
an account plan for clients but the schedule of a software team at a mainland payments firm
building its "账户系统" (account system), kept in Excel since 2013. Two sheets, both with the
header 项目名称 / 开始时间 / 结束时间 / 主负责人 / 状态 / 开始时间变化 / 结束时间变化 / 备注 in row 1
(bold 微软雅黑 on a fill), panes frozen below it, column A 36.9 wide:

- "账户系统": a task tree written with leading spaces in 项目名称 — the project, its phases
  (    设计 /     开发 /     QA测试), features (        账户交易查询, 账户查询, 体现申请 (sic), 集成测试)
  and under each feature the steps (           代码开发 / 代码评审(1) / 单元测试 / 代码评审(2)); group
  rows bold; start and end dates (mm-dd-yy) on most task rows; 主负责人 one developer or several
  joined by "，"; 状态, the two 变化 columns and 备注 empty; the QA features without dates; then
  formatted empty rows to row 50, one holding a single space.
- "清结算模块_bak": the same layout for the clearing-and-settlement module (基础功能+黄金, 买一点,
  白银), dates not filled in: the start-date column holds effort notes instead ("同步数据3人日 ",
  "清算1人日 ", "结算3人日"), owners joined by ","; 备注 names the reviewers; empty rows to 40.

A person imports nothing: these are development tasks and the firm's own developers, not
clients, contacts, visits or deals — only the file name says "account". Values invented (staff
names; dates shifted).
"""
import datetime

from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("projectplan-zh-cn-accountsystem")
D = datetime.datetime
HEAD = ["项目名称", "开始时间", "结束时间", "主负责人", "状态", "开始时间变化", "结束时间变化", "备注"]
head_font = Font(name="微软雅黑", size=10, bold=True)
head_fill = PatternFill("solid", fgColor="DDEBF7")
bold = Font(name="宋体", size=11, bold=True)
plain = Font(name="宋体", size=11)

devs = [f.name_cn() for _ in range(6)]
lead, dev, rev = devs[0], devs[1], devs[2]


def sheet(ws, rows, last_row, widths):
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(1, j, h)
        c.font, c.fill = head_font, head_fill
    for i, (text, start, end, owner, note, is_group) in enumerate(rows, start=2):
        a = ws.cell(i, 1, text)
        a.font = bold if is_group else plain
        for j, v in ((2, start), (3, end), (4, owner), (8, note)):
            if v is not None:
                ws.cell(i, j, v)
    for r in range(2, last_row + 1):
        for j in (2, 3):
            ws.cell(r, j).number_format = "mm-dd-yy"
    ws.freeze_panes = "A2"
    for col, w in zip("ABCDEFGHI", widths):
        ws.column_dimensions[col].width = w


def steps(day, owner, reviewer=None, span=0):
    end = day + datetime.timedelta(days=span)
    return [("           代码开发", day, end, owner, None, False),
            ("           代码评审(1)", day if not span else day + datetime.timedelta(days=1),
             day if not span else day + datetime.timedelta(days=1), reviewer, None, False),
            ("           单元测试", day, end, owner, None, False),
            ("           代码评审(2)", end, end, reviewer, None, False)]


d0 = D(2014, 9, 15)
rows = [("账户系统", None, None, f"{lead}，{dev}，{rev}", None, True),
        ("    设计", d0, d0 + datetime.timedelta(days=3), lead, None, True),
        ("    开发", None, None, None, None, True),
        ("        账户交易查询", d0 + datetime.timedelta(days=4), d0 + datetime.timedelta(days=4), None, None, True)]
rows += steps(d0 + datetime.timedelta(days=4), dev)
rows += [("        账户查询", d0 + datetime.timedelta(days=5), d0 + datetime.timedelta(days=5), None, None, True)]
rows += steps(d0 + datetime.timedelta(days=5), dev)
rows += [("        体现申请", d0 + datetime.timedelta(days=4), d0 + datetime.timedelta(days=7), None, None, True)]
rows += steps(d0 + datetime.timedelta(days=4), f"{lead}，{dev}", rev, span=3)
rows += [("         集成测试", d0 + datetime.timedelta(days=7), d0 + datetime.timedelta(days=10), None, None, True),
         ("           上下游集成", d0 + datetime.timedelta(days=7), d0 + datetime.timedelta(days=10), None, None, False),
         ("    QA测试", None, None, None, None, True)]
rows += [(f"        {t}", None, None, None, None, False) for t in ["登陆/注册", "用户信息查询", "账户交易查询", "账户查询", "体现申请"]]

wb = workbook()
ws = wb.active
ws.title = "账户系统"
sheet(ws, rows, 50, [36.9, 11.0, 11.9, 21.9, 15.1, 12.8, 13.5, 22.9, 9.0])
ws.cell(31, 1, " ")

a, b, c, r1, r2 = devs[3], devs[4], devs[5], devs[4], devs[1]
rows2 = [("清结算模块", None, None, f"{a},{b},{c}", f"同步数据reviewer: {a[0]} {c}", True),
         ("    开发", "同步数据3人日 ", None, None, f"清结算reviewer: {c} {r2}", True),
         ("        基础功能+黄金", "清算1人日 ", None, b, None, True),
         ("           代码开发", "结算3人日", None, None, None, False),
         ("           代码评审(1)(2)", None, None, None, None, False),
         ("           单元测试", None, None, None, None, False),
         ("       买一点", None, None, b, None, True),
         ("           代码开发", None, None, None, None, False),
         ("           代码评审(1)(2)", None, None, None, None, False),
         ("           单元测试", None, None, None, None, False),
         ("       白银", None, None, None, None, True),
         ("           代码开发", None, None, None, None, False),
         ("           代码评审(1)(2)", None, None, None, None, False),
         ("           单元测试", None, None, None, None, False)]
ws2 = wb.create_sheet("清结算模块_bak")
sheet(ws2, rows2, 40, [36.9, 11.0, 11.9, 17.0, 15.1, 12.8, 13.5, 22.9, 9.0])

save(wb, "projectplan-zh-cn-accountsystem.xlsx")
