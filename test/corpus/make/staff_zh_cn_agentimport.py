"""
Shape of a customer-service SaaS's staff (agent) import template, as in quai313/baocuo
"员工信息_2025-03-19_10_47.xlsx" (commit d84dd6fca01c178239fae7fbdc815d9b77025152; downloaded from
the vendor's admin page and filled with a test row). Sheet '员工导入': header on row 1, bold, each
header the field name plus its rule in brackets — '*员工姓名  （必填；不允许超过16个字）' / '*员工账号 …' /
'标签 …' / '手机号 …' / '所在部门 …' (a long rule with an example department path) / '*角色 …' /
'*是否坐席 …' / '坐席昵称 …' / '工号 …' / '坐席类型 …' / '接待方式 …' / '服务语种 …' / '*操作类型 …';
then one test row (name and account the same ASCII login, role '全量', 是, a nickname, a number as text,
'文本坐席'). Sheet '导入规则(必读)': the import rules as one long text in A1, merged A1:D1.
Values invented: the test rows.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("staff-zh-cn-agentimport")
HEAD = ["*员工姓名  （必填；不允许超过16个字）",
        "*员工账号  （必填；由字母、数字或邮箱组成；不能和已存在的员工账号相同；不允许超过64个字）",
        "标签  （非必填；标签不允许超过20个字；不同标签之间用“||”隔开；支持最多选择30个标签）",
        "手机号 （非必填；符合国内手机号规范）",
        "所在部门（非必填；需要和系统已存在的部门层级完全一致；上下级部门间用‘/’隔开，且从最上级的一级部门开始，例如“消费者事业群/深圳研发部/前端研发组”。"
        "若存在属于多个部门的情况，不同部门之间用“||”隔开；支持最多选择9个部门）",
        "*角色  （必填；需要和系统已存在的角色完全一致；不同角色之间用“||”隔开；支持最多选择9个角色）",
        "*是否坐席  （必填；是否坐席为是时，后续的坐席工号、坐席类型必填）",
        "坐席昵称  （非必填；不允许超过16个字）",
        "工号 （非必填；只能输入纯数字；不允许超过16个字）",
        "坐席类型  （非必填；只允许填写“文本坐席”或“电话坐席”或“文本坐席+电话坐席”）",
        "接待方式  （非必填；只允许填写“呼入+呼出”或“呼入”）",
        "服务语种（非必填；角色需要具备翻译功能权限，否则不生效；当前可填写的语种：中文简体、中文繁体、英文）",
        "*操作类型（必填；只有新增和修改；会对企业当前的账号进行校验，若已存在员工账号则无法进行新增，若不存在员工账号则无法修改）"]
RULES = ("导入注意事项：\n1、本模版适用场景：批量导入新的员工；\n2、员工账号：必填；员工的唯一标识；后续可用于登录；\n"
         "3、每个员工必须包括“员工姓名、员工账号、角色”；\n4、所在部门：非必填；未填写时，代表员工隶属于【公司名称】部门（即无部门）；\n"
         "5、是否坐席：必填；\n6、坐席昵称 ：非必填；\n7、工号：非必填；是否坐席为是时，为必填，否则坐席设置不生效\n"
         "8、坐席类型：非必填；是否坐席为是时，为必填，否则坐席设置不生效\n9、接待方式：非必填；只有坐席类型是电话坐席时，填写才生效；\n"
         "10、一次最多允许导入2000行；\n11、第1行中，各个列中的表头和文本不允许删除与修改；\n\n员工导入逻辑：\n"
         "若本次要导入的账号在系统不存在，且其他导入校验通过，将新增该员工的所有数据；若本次要导入的账号在系统存在，且其他导入校验通过，将更新该员工的所有数据。\n\n")

wb = workbook()
ws = wb.active
ws.title = "员工导入"
for c, h in enumerate(HEAD, 1):
    ws.cell(1, c, h).font = Font(bold=True)
login = f"test{f.r.randrange(1000, 9999)}"
ws.append([login, login, None, None, None, "全量", "是", "kf" + login[-2:], str(f.r.randrange(1000, 9999)), "文本坐席", None, None, None])
for col, w in zip("ABDEFHJKLMN", [18.6, 25.6, 20.6, 49.3, 20.6, 15.6, 20.6, 15.6, 25, 25.5, 9]):
    ws.column_dimensions[col].width = w
rules = wb.create_sheet("导入规则(必读)")
rules["A1"] = RULES
rules["A1"].font = Font(bold=True)
rules["A1"].alignment = Alignment(wrap_text=True, vertical="top")
rules.merge_cells("A1:D1")
rules.column_dimensions["A"].width = 40.6
rules.row_dimensions[1].height = 300
save(wb, "staff-zh-cn-agentimport.xlsx")
