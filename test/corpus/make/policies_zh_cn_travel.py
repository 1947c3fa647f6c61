"""
Shape of fagan2888/HaiHangDiFu 保单信息.xlsx, an insurer's export of airport travel-accident
policies (简体): 汇总信息 (a title row and a two-line filter description merged across, then one
row per promoter with cash/online counts and premiums, a 合计 row and a 制表日期 note merged at the
bottom) and 保单信息 (title, the same filter description, then 19 columns: 保单号, " 产品名称" with a
leading space, 保费, 支付方式, 保单状态 生效中/已退保, 退保来源, 被保险人名称 (the insured — the client),
凭证打印次数, 推广工号, 推广业务员, 承保时间 / 起保时间 / 保单失效时间 as text, 保险期限 "7天", 销售机场,
销售来源, 业务员工号, 业务员名称 (one agent on every row), 承保机构). Every cell is text-formatted;
two trailing rows hold empty strings, the last one out to column XFD. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("policies-zh-cn-travel")
PRODUCT = "华泰一路安心交通工具意外伤害保险"
AIRPORT = "丽江机场"
BRANCH = "滇西分公司航旅出行项目（虚拟）"
AGENT, AGENT_NO = f.name_cn(), 900016933
promoters = [(f.name_cn(), 2000900000 + f.r.randrange(99999)) for _ in range(12)]
terminals = [f"自助终端9000000000001{k:02d}" for k in range(8)]
FILTER = ("承保时间：2019-09-17 00:00:00~2019-09-18 10:00:00   起保时间：~   \n业务员编码：    业务员名称：    被保人名称：    "
          f"销售机场：{AIRPORT}\n保单状态：    销售产品：    销售来源：    渠道编码：feihang    推广工号：    推广业务员：")


def text_cell(ws, r, c, v):
    cell = ws.cell(r, c, v)
    cell.number_format = "@"
    return cell


wb = workbook()
summary = wb.active
summary.title = "汇总信息"
policies = wb.create_sheet("保单信息")

policies["A1"] = "保单信息"
policies.merge_cells("A1:P1")
policies["A2"] = FILTER
policies.merge_cells("A2:S2")
header = ["保单号", " 产品名称", "保费", "支付方式", "保单状态", "退保来源", "被保险人名称", "凭证打印次数", "推广工号", "推广业务员",
          "承保时间", "起保时间", "保单失效时间", "保险期限", "销售机场", " 销售来源", "业务员工号", "业务员名称", "承保机构"]
for j, h in enumerate(header):
    text_cell(policies, 3, j + 1, h)
rows = []
start = datetime.datetime(2019, 9, 18, 9, 59)
serial = 16832790
for i in range(300):
    promoter, promoter_no = f.pick(promoters)
    issued = start - datetime.timedelta(minutes=f.r.randrange(0, 1700))
    begins = issued + datetime.timedelta(minutes=f.r.randrange(10, 20))
    ends = begins + datetime.timedelta(days=7, minutes=-1)
    lapsed = f.chance(0.03)
    serial -= f.r.randrange(1, 40)
    row = [f"H90227P0601102019{serial}", PRODUCT, 20.0 if f.chance(0.01) else 30.0, "在线支付", "已退保" if lapsed else "生效中",
           "电商" if lapsed else "", f.name_cn(), f.pick([1.0] * 25 + [2.0, 0.0]), float(promoter_no), promoter,
           issued.strftime("%Y-%m-%d %H:%M"), begins.strftime("%Y-%m-%d %H:%M"), ends.strftime("%Y-%m-%d %H:%M"), "7天",
           AIRPORT, f.pick(terminals), float(AGENT_NO), AGENT, BRANCH]
    rows.append(row)
    for j, v in enumerate(row):
        text_cell(policies, 4 + i, j + 1, v)
last = 4 + len(rows)
for j in range(19):
    text_cell(policies, last, j + 1, "")
for j in (1, 2, 3):
    text_cell(policies, last + 1, j, "")
for c in range(16372, 16385):  # XET … XFD
    text_cell(policies, last + 1, c, "")

summary["A1"] = "保单汇总情况"
summary.merge_cells("A1:M1")
summary["A2"] = FILTER
summary.merge_cells("A2:M2")
sh = ["推广员姓名", "推广员工号", "销售产品", "现金支付件数", "现金退保件数", "现金实收件数", "现金实收保费（元）", "线上支付件数", "线上退保件数",
      "线上实收件数", "线上实收保费（元）", "总实收件数", "总实收保费（元）"]
for j, h in enumerate(sh):
    text_cell(summary, 3, j + 1, h)
r = 4
totals = [0.0] * 10
for name, no in promoters:
    mine = [x for x in rows if x[9] == name]
    if not mine:
        continue
    paid = float(len(mine))
    back = float(sum(1 for x in mine if x[4] == "已退保"))
    premium = float(sum(x[2] for x in mine if x[4] == "生效中"))
    figures = [0.0, 0.0, 0.0, 0.0, paid, back, paid - back, premium, paid - back, premium]
    for j, v in enumerate([name, float(no), PRODUCT] + figures):
        text_cell(summary, r, j + 1, v)
    totals = [a + b for a, b in zip(totals, figures)]
    r += 1
for j, v in enumerate(["", "", "合计"] + totals):
    text_cell(summary, r, j + 1, v)
for j in (2, 3):
    text_cell(summary, r + 1, j, "")
summary.cell(r + 2, 8, "制表日期:2019-09-18 19:10:52")
summary.merge_cells(start_row=r + 2, start_column=8, end_row=r + 2, end_column=10)
summary.cell(r + 2, 11, "")
summary.cell(r + 2, 12, "")
save(wb, "policies-zh-cn-travel.xlsx")
