"""
Shape of janepanye/Trade_Release "报价单.xlsx" (commit fd8d533047f06b29d55d79a1a281b1dbcc512552): a
quotation (报价单) from someone selling advertising placements in the WeChat groups they run for
IT people, made in Excel for Mac.

- Sheet "工作表1": header on row 1 in 20-pt DengXian, centred, row 72 high: 群名称 / 群人数 /
  涉及领域 / 精准度 / 建群方式 / 报价 / 群特色; five groups (names mixing Chinese, English and '~',
  member counts as the number 455 / 450 or the text '400人以上', audience, share of developers,
  how the group was built, a price as text '不低于300RMB', what makes the group special), each row
  about 40 high; a bold 20-pt note '备注：…' with a long run of trailing spaces, merged over
  A7:G9; empty formatted rows 10-11.
- Sheet "工作表2": empty.
Values invented (group names, counts, texts, price); the shape is kept.
"""
from openpyxl.styles import Alignment, Font

from fake import save, workbook

wb = workbook()
wb.properties.creator = "Microsoft Office 用户"
wb.properties.lastModifiedBy = "Microsoft Office 用户"
ws = wb.active
ws.title = "工作表1"
HEAD = ["群名称", "群人数", "涉及领域", "精准度", "建群方式", "报价", "群特色"]
ROWS = [
    ("前端后端技术交流内推", 462, "互联网公司各行业，主要为电商和金融", "90%左右为技术人员，其他均为IT相关职位", "技术共享，志同道合", "不低于280RMB",
     "引入HR和猎头，增加群内互动。有助于提高用户活跃度"),
    ("码上聚~Java Developer", 448, "包含各类后端开发技术人员", "90%以上开发人员", "技术沙龙等线下渠道", "不低于280RMB",
     "群内涉及前后端开发人员，测试人员，常组织线下技术沙龙"),
    ("Code小分队", "400人以上", "互联网公司各行业", "90%为技术人员，其他均为IT相关职位", "技术人员分享整合", "不低于280RMB",
     "群内会有定期的技术文章分享，讨论氛围活跃"),
    ("小程序 ~VS~ App", "400人以上", "互联网公司各行业", "90%为技术人员，其他均为IT相关职位", "技术人员分享整合", "不低于280RMB",
     "小程序和App开发人员居多，对产品体验有较深的理解"),
    ("程序员成长营", "400人以上", "互联网公司各行业", "90%为技术人员，其他均为IT相关职位", "技术人员分享整合", "不低于280RMB",
     "问题共享，互助解决。多为在岗位上有自己见解的技术人员"),
]
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.font = Font(name="DengXian", size=20)
    c.alignment = Alignment(horizontal="center")
for i, row in enumerate(ROWS):
    for j, v in enumerate(row, 1):
        c = ws.cell(i + 2, j, v)
        c.font = Font(name="DengXian", size=12)
        c.alignment = Alignment(horizontal="center")
note = "备注：     群人数控制在450人左右，预留50人左右的流动空间，方便后期新成员加入，保持活跃度和影响力。" + " " * 96
ws["A7"] = note
ws["A7"].font = Font(name="DengXian", size=20, bold=True)
ws["A7"].alignment = Alignment(horizontal="left")
ws.merge_cells("A7:G9")
for col, w in [("A", 25.5), ("B", 14.5), ("C", 52.83203125), ("D", 50.6640625), ("E", 25.5), ("F", 14.33203125),
               ("G", 59.5)]:
    ws.column_dimensions[col].width = w
for r, h in [(1, 72.0), (2, 45.0), (3, 39.0), (4, 41.0), (5, 42.0), (6, 41.0), (9, 27.0), (10, 16.0), (11, 16.0)]:
    ws.row_dimensions[r].height = h
wb.create_sheet("工作表2")
save(wb, "pricelist-zh-cn-wechatgroups.xlsx")
