"""
Shape of DVLZY/Py4VisualExcel "销售数据.xlsx" (commit 3f8eb05f4848cacde85a4f9e54238e2743a009a1): the practice
data of a Python-and-Excel charting tutorial. Sheet1: 姓名 / 地区 / 销售额 / 部门, twenty salespeople
known by an invented two-character given name, each given a country or territory in alphabetical order
of the Chinese country list (阿富汗, 奥兰群岛(芬兰属) …), a whole-number sales figure and a regional
department cycling 华中 / 华南 / 华北; Sheet2 empty; Sheet3 a 12×4 block of 1…12 (each row the row
number four times) used to try formulas. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("sales-zh-cn-regionreps")
GIVEN = list("琛潍侠梁初年俊嘉鹏博谛安震康家烁延柏尧德勇哲荣锐睿辰远弘彬逸")
COUNTRIES = ["阿富汗", "奥兰群岛(芬兰属)", "阿尔巴尼亚", "阿尔及利亚", "美属萨摩亚", "安道尔", "安哥拉", "安圭拉岛",
             "南极洲", "安提瓜和巴布达", "阿根廷", "亚美尼亚", "阿鲁巴", "澳大利亚", "奥地利", "阿塞拜疆", "巴哈马",
             "巴林", "孟加拉国", "巴巴多斯"]
wb = workbook()
wb.properties.creator = "ZY LIN"
ws = wb.active
ws.title = "Sheet1"
ws.append(["姓名", "地区", "销售额", "部门"])
used = set()
for i, country in enumerate(COUNTRIES):
    while True:
        n = f.pick(GIVEN) + f.pick(GIVEN)
        if n not in used and n[0] != n[1]:
            used.add(n)
            break
    ws.append([n, country, f.r.randrange(50, 1000), ["华中", "华南", "华北"][i % 3]])
wb.create_sheet("Sheet2")
ws3 = wb.create_sheet("Sheet3")
for i in range(1, 13):
    ws3.append([i] * 4)
save(wb, "sales-zh-cn-regionreps.xlsx")
