"""
Shape of Dream-Home-2021/Analysis 通讯录.xlsx: an ad agency's staff lookup (简体) — 管理员 (back-office
account codes, sometimes several joined by a full-width comma), 部门, 组别, 客服 (the service
person, or a placeholder such as 框架 / 无), one stray note 离职 in the next column; beside it, after
an empty column, formula copies of 客服 and 部门 (=D2, =B2); and further right a 历史 block repeating
the four columns with older assignments. Three tables on one sheet, none of them client data.
Re-saved by LibreOffice so the formulas carry values. Names and codes invented.
"""
from fake import Fake, workbook, save

f = Fake("staff-zh-cn-lookup")
DEPTS = {"拓新部": ["拓新一组", "拓新二组"], "重点客户部": ["重点客户达人组", "行业甲组", "行业乙组"], "客户维护部": ["维护甲组", "维护乙组"],
         "品牌中心": ["品牌小组"], "南区客服部": ["南区维护", "南区拓新"], "东区增值部": ["东区维护组", "东区达人客服"],
         "行业运营大区": ["文旅维护部", "教培维护部", "行业拓新部"], "框架": ["框架"]}
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for col, text in zip("ABCDGHKLMNO", ["管理员", "部门", "组别", "客服", "客服", "部门", "历史", "管理员", "部门", "组别", "客服"]):
    ws[f"{col}1"] = text
people = [f.name_cn() for _ in range(60)]
for i in range(120):
    r = i + 2
    dept = f.pick(list(DEPTS))
    group = f.pick(DEPTS[dept])
    code = f"9k{f.r.randrange(1, 1100):03d}" if f.chance(0.7) else f"hz{f.pick(['qd', 'kf', 'yx'])}{f.r.randrange(1, 30):02d}"
    if f.chance(0.12):
        code += "，" + f"9k{f.r.randrange(1, 1100):03d}"
    person = "框架" if dept == "框架" else f.pick(people + ["无"])
    ws.cell(r, 1, code)
    ws.cell(r, 2, dept)
    ws.cell(r, 3, group)
    ws.cell(r, 4, person)
    ws.cell(r, 7, f"=D{r}")
    ws.cell(r, 8, f"=B{r}")
    old = f.pick(people) if f.chance(0.1) and person not in ("框架", "无") else person
    ws.cell(r, 12, code)
    ws.cell(r, 13, dept)
    ws.cell(r, 14, group)
    ws.cell(r, 15, old)
ws["E40"] = "离职"
ws.freeze_panes = "A50"
save(wb, "staff-zh-cn-lookup.xlsx", libreoffice="xlsx")
