"""
Shape of lyy2323/lean "超简单：用Python让Excel飞起来/3-python的模块/3.2处理文件和文件夹的模块——os/报备客户.xlsx"
(commit e57555720c9b8a75b6198cba68af9803c554305e): a beverage bottler's regional sales office filing
("报备") of exceptions to the minimum effective-customer-count targets of its sales routes, kept in
Excel by a sales-operations person next to their Python exercises.

- Sheet "报备长期特殊" (frozen at B2, bold headers, 等线, narrow columns, a 64-wide wrapped note
  column): UM / TDM / TDS / 小区 / 客户编号 / 客户名称 / 报备说明 — region, sales office, the team
  leader, the route code, and a long justification per row. Two rows are about single outlets (a
  customer code and a customer name: a shop inside a university canteen, a vocational school's
  supermarket) with no route; seven rows are about routes (route code, no customer): a route
  whose post changes type, a station route far below target, a vacant route, a route whose
  salesperson serves a supermarket chain; one row without a team leader. Notes name salespeople.
- Sheet "报备分月目标": a title merged over A1:S1 (16 pt, centred), header on row 2: 营业所 / 小区号 /
  姓名 / 入职时间 / 报备原因 / a diagonal-split cell '月份 … \\n岗位' / twelve month columns whose
  headers are real dates (2024-11-01, 2024-12-02, 2025-01-03 …, shown yyyy"年"m"月") / 合计 (left
  empty); five route rows with the salesperson, start date as text '2024.6.1' or the number
  2024.2, the reason, the post, and a monthly target count per month (one new post without a
  person, start date or first month). Formatting runs to row 13.
Values invented (people, routes, outlets, codes, notes); region and post names kept in kind.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("targets-zh-cn-bottlerroutes")
P = [f.name_cn() for _ in range(16)]

wb = workbook()
wb.properties.creator = "L yf"
wb.properties.lastModifiedBy = "L yf"
ws = wb.active
ws.title = "报备长期特殊"
ws.append(["UM", "TDM", "TDS", "小区", "客户编号", "客户名称", "报备说明"])
ROWS = [
    ("南京区", "江北", P[0], None, "F08417", "江浦大学城校区内客户恒福商行",
     "渠道类型高等院校，位于校内第二食堂，有三门冰柜处于三个楼层，货架两节；业务拜访工作量大，申请按照教育超市类型客户数考核；"),
    ("南京区", "江北", P[0], None, "F04162", "六合职业技术学校后勤超市",
     "渠道类型中专；校内有3门冰柜，5台弹簧式自贩机，业务拜访工作量大，申请按照教育超市类型客户数考核；"),
    ("南京区", "江北", P[0], "JB57", None, None,
     "江浦JB57区24年架构是DWDR岗位，服务区域是江北江浦城区，25年架构申请调整为DSDCR岗位，申请11月份开始有效客户数考核按DSDCR岗位进行考核"),
    ("南京区", "城北", P[1], "NJ86", None, None,
     f"WATCR-NJ86岗位负责城北交通港站（长途汽车站、火车站北广场），目前线路客户数合计98家，远低于今年的岗位客户数新标准150家。因为交通港站拜访（站内只能步行、南北广场多层穿梭且动销大拜访时间长）特殊性，工作量饱和无法达成今年公司对WATCR日均拜访30家的线路要求。，申请将WATCR{P[2]}考核有效客户数标准调整为岗位标准的70%，即105家。"),
    ("南京区", "城北", P[1], "NJ47", None, None,
     "24年架构是WATCR岗位，服务区域是乡镇区域（东阳，西岗，江滨，青龙山等乡镇），25架构申请调整VWDR岗位，申请11月份开始有效客户数考核按VWDR岗位进行考核。"),
    ("南京区", "城北", P[3], "NJB3", None, None,
     f"城北NJB3{P[4]}服务连锁便利店58家,23年架构是WATCR,其服务客户类型是连锁超市，24年架构已申请调整为MTCR,申请该岗位按MTCR客户数进行考核有效客户数目标。"),
    ("苏北区", "徐州", P[5], "XZV8", None, None,
     f"沛县VWDR 小区号：XZV8 近1年时间缺岗长达8个多月，市场空闲较长。现计划人员调整 将沛县县城DCR {P[6]} 调整为VWDR至XZV8。沛县县城目前已在招聘试线中，预计11月上旬完成入职。因空闲市场情况特殊，现申请最低有效服务客户数考核 ：{P[6]} 岗位调整后 XZV8 按 缺岗人员新入职计算方法计算。"),
    ("苏北区", "徐州", None, "XZA6", None, None, "DSDCR目前客户数不够，产能较高，已规划开拓目标（目前41，计划一年内达到50家）"),
    ("苏中区", "泰州", P[7], "TZR4", None, None,
     f"泰州DSD部门MTCR{P[8]}渠道客户数不足（目前12家OT客户），现申请将高港区域终端路线分销客户纳入SDO考核"),
]
for row in ROWS:
    ws.append(list(row))
for c in ws[1]:
    c.font = Font(name="等线", size=11, bold=True)
for r in range(2, ws.max_row + 1):
    ws.cell(r, 7).alignment = Alignment(wrap_text=True, vertical="center")
ws.freeze_panes = "B2"
for col, w in [("A", 6.6640625), ("B", 5.1640625), ("C", 6.6640625), ("D", 5.4140625), ("E", 8.5),
               ("F", 23.08203125), ("G", 63.9140625)]:
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("报备分月目标")
ws2["A1"] = "苏北区最低有效服务客户数目标月度分解表"
ws2["A1"].font = Font(name="等线", size=16)
ws2["A1"].alignment = Alignment(horizontal="center", vertical="center")
ws2.merge_cells("A1:S1")
head = ["营业所", "小区号", "姓名", "入职时间", "报备原因", "              月份                          \n岗位"]
for j, h in enumerate(head, 1):
    ws2.cell(2, j, h)
ws2["F2"].alignment = Alignment(wrap_text=True)
months = [datetime.datetime(2024, 11, 1)] + [datetime.datetime(2024, 12, 2)] + \
    [datetime.datetime(2025, m, 3) for m in range(1, 11)]
for j, d in enumerate(months, 7):
    c = ws2.cell(2, j, d)
    c.number_format = 'yyyy"年"m"月";@'
ws2.cell(2, 19, "合计")
ws2.row_dimensions[2].height = 28.0
TARGETS = [
    ("宿迁", "SQW5", P[9], "2024.6.1", "WAT餐饮CR入职未满1年，分月考核", "WAT餐饮CR",
     [140, 150, 150, 160, 170, 180, 190, 240, 240, 240, 240, 240]),
    ("徐州", "XZA3", P[10], 2024.2, "ADR入职未满1年，客户数已达成，正常考核", "ADR", [100] * 12),
    ("徐州", "XZA5", P[11], "2024.4.1", "WAT餐饮CR入职未满1年，分月考核", "WAT餐饮CR",
     [145, 165, 185, 205, 225, 240, 240, 240, 240, 240, 240, 240]),
    ("徐州", "XZA6", P[12], "2024.6.3", "DSDCR目前客户数不够，产能较高，已规划开拓目标", "DSDCR",
     [27, 29, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50]),
    ("徐州", "XZAV", None, None, "餐饮DCR，目前暂定11月入职，12月开始分月考核", "餐饮DCR",
     [None, 10, 25, 45, 65, 85, 115, 145, 175, 200, 220, 230]),
]
for i, (office, route, name, start, reason, post, nums) in enumerate(TARGETS):
    r = i + 3
    for j, v in enumerate([office, route, name, start, reason, post] + nums, 1):
        if v is not None:
            ws2.cell(r, j, v)
for r in range(8, 14):
    ws2.cell(r, 19).number_format = "General"
    ws2.row_dimensions[r].height = 15.0
for col, w in [("A", 6.6640625), ("D", 8.5), ("E", 45.1640625), ("F", 11.83203125), ("G", 10.9140625), ("I", 9.5),
               ("R", 11.25)]:
    ws2.column_dimensions[col].width = w
save(wb, "targets-zh-cn-bottlerroutes.xlsx")
