"""
Shape of helen20260609/fengxian-guankong-0618 "建筑行业专家组专家名单.xlsx" (commit
1b321d67df19483cb9ae9ab1c34d62f1037611ae): a district emergency-management office's roster of the
construction-industry expert panel it calls on, kept with its risk-control (风险管控) H5 platform
(Excel, creator and editor are staff names).

- One sheet "Sheet1"; the table starts at B2 (row 1 and column A empty, column A 9 wide).
  Header on row 2 in bold 微软雅黑 10, centred, thin borders: 序号 / 姓名 / 专业领域 /
  所属行业专家组 / 应急管理职务 / 职称名称 / 专业 / 应急管理特长 / 原单位部门 (40 wide) / 联系电话.
- Ten experts: one 首席专家 and nine 专家, all 高级工程师; one two-character name padded with two
  spaces ('魏  东'); 原单位部门 is the employer and post run together ('…监督站科长',
  '…公司副总', a company alone); one in the 市政公路专家组; mobiles as numbers.
Values invented (names, employers, phones); panel wording kept.
The office's expert panel — people it calls on in emergencies, not clients: a person imports nothing.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("experts-zh-cn-emergencypanel")
wb = workbook()
wb.properties.creator = "yang1"
wb.properties.lastModifiedBy = f.name_cn()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["序号", "姓名", "专业领域", "所属行业专家组", "应急管理职务", "职称名称", "专业", "应急管理特长", "原单位部门", "联系电话"]
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for j, h in enumerate(HEAD, 2):
    c = ws.cell(2, j, h)
    c.font = Font(name="微软雅黑", size=10, bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center")
    c.border = box
UNITS = ["临江区建设工程安全质量监督站科长", "临江区建设工程安全质量监督站副站长", "临江二建股份公司总工程师", "临江二建股份公司副总",
         "上海恒筑建设工程公司副总", "东临集团有限公司总经理", "上海明衡监理有限公司副总", "上海临江建设发展（集团）有限公司副总",
         "上海临江建设发展集团市政公路公司副总", "华岳建设有限公司"]
SPEC = ["工民建", "工民建", "城镇建设", "工民建", "土木工程", "工民建", "建筑工程", "土木工程", "土木工程", "工民建"]
for i in range(10):
    r = i + 3
    name = f.name_cn()
    if i == 4:
        name = name[0] + "  " + name[-1]
    group = "市政公路专家组" if i == 8 else "建筑行业专家组"
    special = "市政公路工程" if i == 8 else "房屋建筑工程"
    row = [i + 1, name, "建筑施工", group, "首席专家" if i == 0 else "专家", "高级工程师", SPEC[i], special, UNITS[i],
           int(f.mobile_cn())]
    for j, v in enumerate(row, 2):
        c = ws.cell(r, j, v)
        c.font = Font(name="微软雅黑", size=10)
        c.alignment = Alignment(horizontal="center", vertical="center")
        c.border = box
for col, w in [("A", 9.03), ("E", 15.73), ("F", 13.81), ("G", 12.96), ("H", 9.03), ("I", 14.54), ("J", 40.3),
               ("K", 13.54), ("L", 9.03)]:
    ws.column_dimensions[col].width = w
save(wb, "experts-zh-cn-emergencypanel.xlsx")
