"""
Shape of a small warehouse-management system's product import sheet, as in wangzmgit/wms "导入模板.xlsx"
(commit 7c783859ec216b2f4562500ae39b16f69957873a; a C# + SQL Server stock system's import template).
One sheet 'Sheet1', plain header on row 1: 产品名称 / 数量 / 单位 / 售价 / 供应商 / 录入人员 / 备注;
one product per row: name, quantity on hand (often 0), a unit word ('个', '箱', '只', '盒', '桶',
'瓶'), a sale price, the supplier on a few rows ('无' on one), the login of whoever entered it on a few
rows ('admin'), a stray number as the note. The template holds six dummy products ('product1' …);
this is the sheet filled in as its users do, 22 products.
Values invented: products, quantities, prices, suppliers and logins.
"""
from fake import Fake, save, workbook

f = Fake("stock-zh-cn-warehouseimport")
PRODUCTS = [("A4复印纸", "箱"), ("中性笔", "盒"), ("订书机", "个"), ("桶装水", "桶"), ("洗手液", "瓶"), ("一次性纸杯", "箱"),
            ("文件夹", "个"), ("垃圾袋", "卷"), ("插线板", "个"), ("拖把", "把"), ("消毒液", "瓶"), ("抽纸", "箱"), ("胶带", "卷"),
            ("计算器", "只"), ("U盘", "只"), ("鼠标", "只"), ("键盘", "个"), ("便利贴", "本"), ("白板笔", "盒"), ("电池", "盒"),
            ("工作手套", "双"), ("灭火器", "个")]
SUPPLIERS = ["晨光文具批发部", "恒信办公用品有限公司", "绿源日用品商行", "无"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["产品名称", "数量", "单位", "售价", "供应商", "录入人员", "备注"])
for name, unit in PRODUCTS:
    ws.append([name, f.pick([0, 0, 1, 2, 3, 5, 10, 12, 20, 36]), unit, f.pick([1, 2, 3.5, 5, 7, 8, 12, 15, 25, 33, 45, 68, 120]),
               f.pick(SUPPLIERS) if f.chance(0.3) else None, f.pick(["admin", "kg01", "kg02"]) if f.chance(0.3) else None,
               f.r.randrange(100, 999) if f.chance(0.08) else None])
save(wb, "stock-zh-cn-warehouseimport.xlsx")
