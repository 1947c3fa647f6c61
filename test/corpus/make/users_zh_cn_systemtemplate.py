"""
Shape of mikezss/skl-ng "用户信息.xlsx" (commit c6773d81bf4f0ff6eca6f05b786a30def8a2ee47): an import
template for a company system's user accounts (an Angular/Java admin app), two sheets.

- "用户信息": row 1 the English field names (Userid Username Isleader Userlevel Orgid Postid), row 2
  the same in Chinese (用户编号 用户名称 是否主管 用户级别 机构编号 职位编号), then one account row: a
  developer's login, 否, 超级用户, organisation 0, post 特殊.
- "输入项目": the drop-down lists for the template: 是否主管 (是/否), 用户级别 (一般 管理员 超级用户 开发者
  PM), 职位编号 (19 job titles from 总经理 to 一般员工 and 特殊).
The firm's own system users and the lookups: nothing to import. Login invented.
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "用户信息"
ws.append(["Userid", "Username", "Isleader", "Userlevel", "Orgid", "Postid"])
ws.append(["用户编号", "用户名称", "是否主管", "用户级别", "机构编号", "职位编号"])
ws.append(["devwjh", "devwjh", "否", "超级用户", 0, "特殊"])
for col, w in {"A": 13.0, "B": 18.0, "C": 12.75, "D": 12.375, "E": 14.125, "F": 13.625}.items():
    ws.column_dimensions[col].width = w
lk = wb.create_sheet("输入项目")
POSTS = ["总经理", "副总经理", "本部长", "部长", "总管", "代理部长", "副部长", "课长", "代理课长", "副课长", "上海总经理",
         "上海副总经理", "广州总经理", "广州副总经理", "室长", "副室长", "主查", "一般员工", "特殊"]
lk.append(["是否主管", "用户级别", "职位编号"])
for i, post in enumerate(POSTS):
    lk.cell(2 + i, 1, ["是", "否"][i] if i < 2 else None)
    lk.cell(2 + i, 2, ["一般", "管理员", "超级用户", "开发者", "PM"][i] if i < 5 else None)
    lk.cell(2 + i, 3, post)
for col, w in {"A": 9.0, "B": 9.0, "C": 13.0}.items():
    lk.column_dimensions[col].width = w
save(wb, "users-zh-cn-systemtemplate.xlsx")
