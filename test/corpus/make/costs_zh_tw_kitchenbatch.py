"""
Shape of XingCEO/081-system-test "活頁簿1.xlsx": a Taiwanese café's monthly cost sheet for its
semi-finished kitchen items (半成品成本表), Excel 365, one sheet 工作表1.

- Title "202603半成品成本表:" merged over A1:I1; a header merged down over rows 2-3 (項目, 材料名稱,
  數量 over C:D, 價格, 平均售價 over F:G, 供應商, 備註).
- One row per item: a running number (=A4+1 down the column), the item, a quantity (often a
  formula into another workbook's recipe sheet, '[1]半成品配方'!, some with long decimals) and
  its unit (份 / g / 包 / 片), the batch cost (formulas into the same workbook), the average cost
  =E/C with the unit beside it (元/份, 元/g, g/份 by mistake, 元/杯), the supplier on the first rows
  only, portion notes. Two numbered rows with nothing else and an empty last row at the bottom.
Item, supplier and note values invented.
"""
from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("costs-zh-tw-kitchenbatch")
cf = CachedFormulas()

ITEMS = [("黑椒醬包+調粉", "份"), ("醬油膏", "g"), ("羅勒醬包+調味品", "份"), ("番茄醬包+調味品", "份"),
         ("奶油醬包+調味品", "份"), ("直麵", "份"), ("糙米飯", "份"), ("蛤蜊調味粉", "g"), ("鹽水", "g"),
         ("千島沙拉醬", "份"), ("和風醬", "份"), ("醃高麗菜", "份"), ("薯條", "份"), ("鮪魚玉米", "份"),
         ("芝麻香油醬", "g"), ("炸雞柳", "份"), ("豬肉片", "份"), ("牛五花", "份"), ("柳橙汁", "份"),
         ("檸檬汁", "份"), ("紅燒牛肉醬+調粉", "份"), ("燒肉醬+調粉", "份"), ("冬瓜茶", "份"), ("紅茶包", "份"),
         ("蛤蜊包", "份"), ("南瓜", "份"), ("照燒雞腿", "份"), ("綜合菇", "份"), ("雞柳調味粉", "g"),
         ("油炸物(吸+耗油)", "g"), ("肉醬包", "包"), ("核桃碎", "份"), ("起司片", "片"), ("蛋餅皮", "份"),
         ("薯餅", "片"), ("蘿蔔糕", "份"), ("吐司", "份"), ("雞胸", "片"), ("烏龍麵", "包"), ("豆漿", "份"),
         ("蘋果汁", "份"), ("玉米筍", "份"), ("綠花椰", "份"), ("生菜沙拉", "份")]
SUPPLIERS = ["禾嵐", "禾嵐", "禾嵐", "禾嵐", "禾嵐", None, "禾嵐", "禾嵐"]
NOTES = {0: "調粉(一般+蒜香粉)", 1: "4罐塑膠瓶", 5: "180g/份", 6: "180g/份", 7: "1平匙=2g/碗(1/2平匙)",
         8: "20g調味粉+350g過濾水", 33: "1份=2片", 35: "1份=2片", 36: "1份=3片", 41: "1包",
         42: "(義麵/燉飯4份)(飯3份)(小沙拉3份)", 43: "(吐司3份)(千島醬3份)"}

wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws["A1"] = "202603半成品成本表:"
ws["A1"].font = Font(size=14, bold=True)
ws.merge_cells("A1:I1")
for col, text in zip("ABCEFHI", ["項目", "材料名稱", "數量", "價格", "平均售價", "供應商", "備註"]):
    ws[f"{col}2"] = text
for rng in ["A2:A3", "B2:B3", "C2:D3", "E2:E3", "F2:G3", "H2:H3", "I2:I3"]:
    ws.merge_cells(rng)
for row in ws.iter_rows(min_row=2, max_row=3):
    for c in row:
        c.alignment = Alignment(horizontal="center", vertical="center")

recipe_row = 12
for i, (item, unit) in enumerate(ITEMS):
    r = 4 + i
    if i == 0:
        ws[f"A{r}"] = 1
    else:
        cf.formula(ws, f"A{r}", f"=A{r - 1}+1", i + 1)
    ws[f"B{r}"] = item
    if unit == "g":
        qty = f.pick([120, 180, 370, 1750, 110, 80])
    else:
        qty = f.r.randrange(5, 90)
    if i in (39, 41, 42):
        qty = round(f.r.uniform(8, 150), 9)
    if unit != "g" and f.chance(0.7):
        cf.formula(ws, f"C{r}", f"=[1]半成品配方!{f.pick('BH')}{recipe_row}", qty)
    else:
        ws[f"C{r}"] = qty
    ws[f"D{r}"] = unit
    per = round(f.r.uniform(0.02, 0.3), 3) if unit == "g" else round(f.r.uniform(2, 25), 1)
    cost = round(qty * per, 2)
    cf.formula(ws, f"E{r}", f"=[1]半成品配方!G{recipe_row + 2}" if i % 3 else
               f"=[1]半成品配方!G{recipe_row}+([1]半成品配方!H{recipe_row}*[1]半成品配方!G25)", cost)
    ws[f"E{r}"].number_format = "0"
    cf.formula(ws, f"F{r}", f"=E{r}/C{r}", cost / qty)
    ws[f"F{r}"].number_format = "0.000_ " if unit == "g" and i < 10 else "0.0_ "
    ws[f"G{r}"] = {"g": "元/g", "包": "元/包", "片": "元/片"}.get(unit, "元/份")
    if i in (7, 8, 9):
        ws[f"G{r}"] = "g/份"
    if item in ("豆漿", "蘋果汁"):
        ws[f"G{r}"] = "元/杯"
    if i < len(SUPPLIERS) and SUPPLIERS[i]:
        ws[f"H{r}"] = SUPPLIERS[i]
    if i in NOTES:
        ws[f"I{r}"] = NOTES[i]
    recipe_row += f.r.randrange(3, 12)
last = 4 + len(ITEMS)
for k in range(2):
    cf.formula(ws, f"A{last + k}", f"=A{last + k - 1}+1", len(ITEMS) + k + 1)
for col, width in {"B": 20, "C": 9, "E": 9, "F": 9, "H": 9, "I": 36}.items():
    ws.column_dimensions[col].width = width
cf.save(wb, "costs-zh-tw-kitchenbatch.xlsx")
