"""
Shape of 18798055746-lab/store-allocation "导入模板.xlsx" (commit d199be0dd370d0b7c41cf047e26742b78984a015):
the import template of a consumer-electronics retailer's tool that assigns its own trainees to
its own stores for in-store training (results synced to Feishu), written by openpyxl.

- Sheet "门店信息": header row 1 bold white on blue (4472C4), centred; columns 门店名称 (45 wide) /
  可容纳人数 / 适配范围; two example stores (brand-store names with city, district and mall),
  capacity 3 and 2, '服务' / '非服务'; a blank row, then '说明：' in bold red and three
  instruction lines and '请删除示例数据后填写' in column A.
- Sheet "学员信息": same header style; 工号 / 姓名 / 类型 / 职位名称 / 一级部门 … 五级部门; four
  example trainees (S001, S002, N001, N002; placeholder-like names), type 服务/非服务, post,
  region / department / centre / station, the fifth level empty; two blank rows, then
  instructions with '说明：' in bold red.
Values invented (store names, people); wording of headers and instructions kept.
The company's own stores and staff: a person imports nothing.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("staff-zh-cn-storetraining")

HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="4472C4")


def header(ws, names):
    ws.append(names)
    for c in ws[1]:
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(horizontal="center")


wb = workbook()
wb.properties.creator = "openpyxl"
ws = wb.active
ws.title = "门店信息"
header(ws, ["门店名称", "可容纳人数", "适配范围"])
ws.append(["星禾数码体验店成都武侯区来福士专卖店", 3, "服务"])
ws.append(["星禾数码体验店成都锦江区春熙路太古里店", 2, "非服务"])
ws.append([])
ws.cell(5, 1, "说明：").font = Font(bold=True, color="FF0000")
for r, t in enumerate(["门店名称：必填", "可容纳人数：必填，数字", "适配范围：必填，\"服务\"或\"非服务\"", "请删除示例数据后填写"], 6):
    ws.cell(r, 1, t)
ws.column_dimensions["A"].width = 45
ws.column_dimensions["B"].width = 15
ws.column_dimensions["C"].width = 15

ws2 = wb.create_sheet("学员信息")
header(ws2, ["工号", "姓名", "类型", "职位名称", "一级部门", "二级部门", "三级部门", "四级部门", "五级部门"])
names = ["孙一", "周二", "吴三", "郑四"]
rows = [
    ("S001", names[0], "服务", "服务工程师", "中国区", "服务部", "成都服务中心", "武侯服务站", None),
    ("S002", names[1], "服务", "店员", "中国区", "服务部", "成都服务中心", "锦江服务站", None),
    ("N001", names[2], "非服务", "运营专员", "中国区", "运营部", "成都运营中心", None, None),
    ("N002", names[3], "非服务", "销售顾问", "中国区", "销售部", "成都销售中心", "武侯销售站", None),
]
for row in rows:
    ws2.append(list(row))
ws2.cell(8, 1, "说明：").font = Font(bold=True, color="FF0000")
for r, t in enumerate(["工号、姓名、类型：必填", "职位名称、一级~五级部门：选填", "类型：填\"服务\"或\"非服务\"", "请删除示例数据后填写"], 9):
    ws2.cell(r, 1, t)
for col, w in zip("ABCDEFGHI", [12, 10, 10, 15, 12, 12, 15, 15, 15]):
    ws2.column_dimensions[col].width = w
save(wb, "staff-zh-cn-storetraining.xlsx")
