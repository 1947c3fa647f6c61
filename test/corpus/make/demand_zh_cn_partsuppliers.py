"""
Shape of a car maker's monthly parts-demand output per supplier, as in tom963317/car-configuration-demo
"output.xlsx" (commit c16ea3b85089103de99b7ebbd816a5b7b4140ca0; written by the demo's Java EasyExcel
writer from the market-option plan). One sheet '输出文件', header on row 1 in English field names:
component_number / component_name / supplier / supplier_chain_managment (sic; the buyer's login
like 'LIANGSS') / then twelve month columns '2025-08-01' … '2026-07-01' as text. Part numbers like
'6307300-DE02' or '6307200-DE02-AA', part names in Chinese ('电动尾翼水管总成'), supplier short
names; the quantities are text '100.0', only the first five months filled, the rest blank. The same
part may appear under two suppliers. The real output has 3 rows; this one 14.
Values invented: part numbers, names, suppliers, buyers and quantities.
"""
from fake import Fake, save, workbook

f = Fake("demand-zh-cn-partsuppliers")
SUPPLIERS = [("华信轮毂", "LIANGSS"), ("法瑞奥汽配", "LIANGSS"), ("安美达", "TANM"), ("长秦科技", "LIANGSS"),
             ("新民泰", "WUCS"), ("利尔德", "LUOJ")]
PARTS = ["电动尾翼水管总成", "电动尾翼升降机构总成", "行李箱驱动机构撑杆总成（左）", "行李箱驱动机构撑杆总成（右）", "洗涤器前软管总成",
         "行李箱锁总成", "行李箱锁体护套", "行李箱锁扣", "车门锁销总成", "座椅控制器总成", "前罩撑杆加强件（左）", "前罩撑杆加强件（右）"]

wb = workbook()
ws = wb.active
ws.title = "输出文件"
months = [f"{y}-{m:02d}-01" for y, m in [(2025, m) for m in range(8, 13)] + [(2026, m) for m in range(1, 8)]]
ws.append(["component_number", "component_name", "supplier", "supplier_chain_managment"] + months)
for i, part in enumerate(PARTS + PARTS[8:10]):
    num = f"{f.pick(['6307', '6308', '5606', '5207', '6105', '3600', '8402'])}{f.r.randrange(100, 999)}-D{f.pick('EG')}{f.r.randrange(1, 3):02d}"
    if f.chance(0.35):
        num += "-AA"
    sup, buyer = f.pick(SUPPLIERS)
    qty = [f"{f.pick([100, 100, 200, 300, 400, 500, 50])}.0" for _ in range(5)]
    ws.append([num, part, sup, buyer] + qty + [None] * 7)
save(wb, "demand-zh-cn-partsuppliers.xlsx")
