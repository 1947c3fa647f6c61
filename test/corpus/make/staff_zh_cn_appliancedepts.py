"""
Shape of kengJ/python 名单.xlsx (commit f2b6df5492a9f24c0dc38fbeb0921910e49897a5): a list an
office-automation script reads — one sheet 'sheet1', no header row, seven employees of one
appliance manufacturer: column A the six-digit employee number as text padded with six trailing
spaces, B the name, C a department code as text (01065266, 010652072312 …, several people sharing
one), D the full organisation path "<company> 技术管理处 客户项目管理中心 客户项目管理D中心 D中心三部"
with single spaces. Everything stored as text. The firm's own staff by department: nothing to
import. The company name and all values are invented.
"""
from fake import Fake, workbook, save

f = Fake("staff-zh-cn-appliancedepts")
CO = "广东华铭电器股份有限公司"
DEPTS = [("010652072312", "技术管理处 客户项目管理中心 客户项目管理D中心 D中心三部"),
         ("01065266", "技术管理处 平台项目部"),
         ("01065266", "技术管理处 平台项目部"),
         ("01065515", "营运管理中心 营运副总裁办公室"),
         ("010652072114", "技术管理处 客户项目管理中心 客户项目管理B中心 B中心五部"),
         ("01065265", "技术管理处 工艺研究部"),
         ("010652072014", "技术管理处 客户项目管理中心 客户项目管理A中心 A中心五部")]
wb = workbook()
ws = wb.active
ws.title = "sheet1"
no = 271000
for code, path in DEPTS:
    no += f.r.randrange(1500, 40000)
    ws.append([f"{no}      ", f.name_cn(), code, f"{CO} {path}"])
ws.column_dimensions["D"].width = 13
save(wb, "staff-zh-cn-appliancedepts.xlsx")
