"""
Shape of an annual-party lucky-draw name list, as in zjx1010858809/lucky "导入模板.xlsx" (commit
513dc6bcaf09e89cd0f1de2f92013d77611eeb8d; the import file of an HTML5 lucky-draw wall whose README
says: one or two values a row, the name and the number). One sheet 'Sheet1' with no header: column A
a person's name, column B the draw number as text ('001' … '034', cells formatted '@'), sorted by
the surname's pinyin; the empty default sheets 'Sheet2' and 'Sheet3'. 34 rows as in the real file.
Values invented: the names.
"""
from fake import Fake, save, workbook

f = Fake("raffle-zh-cn-annualparty")
ORDER = "蔡陈高胡柯郎廖林刘陆吕任王吴相肖谢徐杨姚于余俞袁张赵周朱"
names = []
while len(names) < 34:
    s = f.pick(ORDER)
    n = s + "".join(f.pick(list("奕晗慧欣希晓霖艺净臻哲予涵佳怡宗杰亦娴熙雅歆语谨行林泽骏颖浩宇铭榛梓健楚渝震鲁晴怡晨崇铁烽可由放糖馨钰珍惜恒乐逸凡一子")) for _ in range(f.pick([1, 2, 2, 2])))
    if n not in names:
        names.append(n)
names.sort(key=lambda n: ORDER.index(n[0]))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for i, n in enumerate(names, 1):
    ws.cell(i, 1, n)
    c = ws.cell(i, 2, f"{i:03d}")
    c.number_format = "@"
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "raffle-zh-cn-annualparty.xlsx")
