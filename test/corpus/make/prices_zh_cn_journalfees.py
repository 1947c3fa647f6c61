"""
Shape of ASIASHEN/a10.github.io "价目表.xlsx": a paper-placement agency's price list, made in Excel,
one sheet "Sheet1" with no header row and no formatting.

- A1:D2 a small cost block: 成本费用 then 论文 / 软著 / 实用新型 with their costs under them (A2 empty).
- Rows 3-6 empty; from row 7 two side-by-side lists of journals with no header: journal title in
  book-title marks (《》, some with stray leading or trailing spaces), its level (国家级, 省级,
  知网, 万方, 省级知网; some with a stray space) and the placement price, in A:C and again in E:G
  (the right list shorter, some titles repeated lower down the left list).
Journal titles invented.
"""
from fake import save, workbook


LEFT = [("《城乡建设论坛》", "国家级", 450), ("《建筑科学前沿》", "国家级", 750), ("《工程防护》", "国家级", 450),
        ("《中原电力》", "国家级", 450), ("《建筑构造》", "国家级", 450), ("《建筑仿真》", "国家级", 450),
        ("《建筑工程与设计》", "国家级", 450), ("《物业天地》", "省级知网", 700), ("《电力装备》", "国家级", 450),
        ("《数字通讯世界》  ", "知网", 1200), (" 《内燃机配件》", "知网", 1100), ("《数字用户》 ", "万方", 750),
        ("《企业科技发展》", "知网", 1500), ("《电子与软件工程 》", "知网", 1600), ("《新兴产业战略》", " 万方", 1100)]
RIGHT = [("《智慧城市》", "省级", 1800), ("《西部建材》  ", "省级 ", 2400), ("《赣南建材》", "省级", 2000),
         ("《西南水泥》", "省级", 1500), ("《门窗幕墙》", "国家级", 1600), ("《数字通讯世界》  ", "知网", 1200),
         (" 《内燃机配件》", "知网", 1100), ("《企业科技发展》", "知网", 1500), ("《电子与软件工程 》", "知网", 1600)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for col, text in zip("ABCD", ["成本费用", "论文", "软著", "实用新型"]):
    ws[f"{col}1"] = text
for col, cost in zip("BCD", [120, 600, 3150]):
    ws[f"{col}2"] = cost
for i, (title, level, price) in enumerate(LEFT):
    ws.cell(7 + i, 1, title)
    ws.cell(7 + i, 2, level)
    ws.cell(7 + i, 3, price)
for i, (title, level, price) in enumerate(RIGHT):
    ws.cell(7 + i, 5, title)
    ws.cell(7 + i, 6, level)
    ws.cell(7 + i, 7, price)
for col, width in {"A": 29.75, "B": 16.75, "C": 21.25, "D": 16.75, "E": 26.375, "F": 16.375, "G": 20.875}.items():
    ws.column_dimensions[col].width = width
save(wb, "prices-zh-cn-journalfees.xlsx")
