"""
Shape of a hobbyist's parts-and-price list for a home-built rack PC, as in ColdeZhang/Deer-PC
"价格表.xlsx" (commit ef5def1a895b4212fa5cbfbf17570f9002477aaa). One sheet 'Sheet1': row 1 a header
with A1, D1 and E1 blank — (part) / 价格 / 数量 / (subtotal) / (spec note) / 购买链接; one row per part:
name ('机箱定做', '1U电源', a CPU or graphics-card model), unit price, quantity, the subtotal as a
formula =B*C, a free spec note ('铝板', '500w', '一个12cm 两个11cm') and on some rows a Taobao item
link; two empty rows, then '合计' merged over A18:C18 with =SUM(D2:D17). Excel-made; re-saved here by
LibreOffice so the formulas carry computed values. Values invented: parts, prices, notes and links.
"""
from fake import Fake, save, workbook

f = Fake("bom-zh-cn-pcbuild")
PARTS = [("机箱定做", 160, 1, "铝板"), ("铜柱螺丝等", 28, 1, "铜柱【M4*8十个 M4*40二十个 M4*25十个】"), ("指示灯", 2.4, 2, "蓝、绿 8mm"),
         ("钮子开关保护盖", 6.5, 1, None), ("自复位钮子开关", 4.8, 1, "开机键 12mm"), ("风扇保护网", 2.6, 3, "一个12cm 两个9cm"),
         ("1U电源", 329, 1, "450w"), ("静音风扇", 26.9, 1, "前置主风扇"), ("塔式散热器", 319, 1, "附带风扇"),
         ("前置面板", 31.5, 1, "两个USB3.0 音频"), ("E3 1230 V3", 470, 1, None), ("RTX2060", 2399, 1, None),
         ("2T机械硬盘", 259, 1, None), ("1T固态", 799, 1, None)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append([None, "价格", "数量", None, None, "购买链接"])
for r, (name, price, qty, note) in enumerate(PARTS, 2):
    link = f"https://item.example.com/item.htm?id={f.r.randrange(10**10, 10**12)}" if f.chance(0.45) else None
    ws.append([name, price, qty, f"=B{r}*C{r}", note, link])
ws.append([])
ws.append([])
ws.cell(18, 1, "合计")
ws.cell(18, 4, "=SUM(D2:D17)")
ws.merge_cells("A18:C18")
save(wb, "bom-zh-cn-pcbuild.xlsx", libreoffice="xlsx")
