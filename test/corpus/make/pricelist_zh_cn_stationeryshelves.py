"""
Shape of a small stationery shop's price and shelf list, as in cfytx/ymyf "价格表.xlsx" (commit
b44188120b8dcdc0a373856a0ffaaa0941884986; Excel). 'Sheet1': a short quick-price list 名称 / (blank
heading) / 价格, variants of one item on following rows with the name left blank ('小' / '中' / '大',
'宽' / '窄', a brand). 'Sheet2': the full list, every cell formatted as text: 名称 / 规格 / 编码 / 价格 /
单位 / 位置 / 备注 — item, size or colour (text, or a number like 0.5), a catalogue code ('NO.9864', a
bare number), the price as text ('5', '3 ', '2.5/2', '自' for own use, blank), unit, shelf '1-1' … '9-4'
and notes such as '2个  1已 中医院' (stock count and which customer took one); after the list, two blank
rows and two stray blocks (copy paper by size with two prices and a buyer, USB sticks by size with
the capacity in the 单位 column), then blank rows down to row 297. 'Sheet3' is empty. Values invented:
codes, prices, shelves and notes; the item words are generic stationery.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("pricelist-zh-cn-stationeryshelves")

QUICK = [("长尾夹", 12, 25), (None, 48, 25), (None, 40, 15), ("5.5寸档案盒", None, 18), ("7.5寸档案盒", None, 20),
         ("A4复印纸", None, 255), ("抽杆夹", "小", 2), (None, "中", 3), (None, "大", 5), ("强力胶", None, 3),
         ("固体胶", "小", 2), (None, "中", 2.5), (None, "大", 3), ("回形针", None, 3), ("订书钉", None, 2),
         ("订书机", None, 22), ("省力订书机", "只剩一个", 26), ("省力订书机", None, 35), ("双面胶", "宽", 3),
         (None, "窄", 2), ("快干印油", None, 10), ("印台", None, 10), ("印台宽", None, 18), ("中性笔替芯", "盒", 20),
         ("封箱胶带", "得力", 15), ("封箱胶带", "普通", 18), ("手提布袋（好）", "一个一装", 20), ("手提布袋", "五个一装", 16)]

ITEMS = [  # item, spec choices, unit, base price
    ("网格拉链袋", [None], "个", 5), ("一次性水杯", [None], "袋", 10), ("16K 信稿纸", [None], "本", 3),
    ("抽杆夹", ["5、10、15mm", "小", "中", "大"], "个", 3), ("快干印台", ["长方形", "圆形"], "个", 15),
    ("快干印油", ["蓝/红"], "瓶", 10), ("光敏印油", ["红"], "瓶", 15), ("安全别针", ["1 号"], "串", 2),
    ("液体胶", [None, "大"], "瓶", 2), ("文具胶带", [None], "卷", 2), ("双面胶带", ["18*90", "9*90", "7*57"], "卷", 3),
    ("复写纸", [None], None, "自"), ("重型订书机", [None], "个", 160), ("修正带", ["5*6m"], "卷", 5),
    ("封箱胶带", ["48*100", "47*147"], "卷", 15), ("四联文件框", [None], "套", 40), ("三联文件框", [None], "套", 35),
    ("中性笔替芯", ["红", "黑"], "盒", 20), ("木质笔筒", ["500g", "950g"], "个", 20), ("语音型计算器", ["（小）", "（中）", "（大）"], "个", 50),
    ("彩色长尾票夹", ["12", "48", "40"], "盒", 25), ("固体胶", ["（小）", "（中）", "（大）"], "瓶", 2), ("回形针", [None], "盒", 3),
    ("订书钉", [None], "盒", 2), ("厚层订书钉", [None], "盒", 5), ("订书机", [None], "个", 20), ("A级图钉", [None], "盒", 3),
    ("收据本", [None], "本", 3), ("出差费报销单", [None], "本", 3), ("记帐凭证", [None], "本", 3), ("工牌夹", ["金属", "塑料"], None, "自"),
    ("奖状纸", ["每次100页"], None, 80), ("文件夹", ["双夹", "单夹"], "个", 12), ("美工刀", ["小", "大"], "个", 4),
    ("削笔刀", [None], "个", 2), ("卷笔刀", ["小", "大"], "个", None), ("高级书写铅笔", ["三角杆"], "盒", 18),
    ("美术橡皮擦", [None], "个", 2), ("档案盒", ["纸 宽", "纸 窄", None], "个", 8), ("铁书立", ["按对 大", "按对 小"], "对", 60),
    ("碱性电池", ["7号", "5号"], "个", 3), ("起钉器", [None], "个", 8), ("彩色透明便利贴", [None], "包", 5),
    ("单孔打孔机", [None], "个", 15), ("修正液", [None], "瓶", 6), ("钢直尺", ["30cm"], "条", 12), ("剪刀", ["170mm", "210mm"], "个", 10),
    ("山形票夹", ["145mm  大", "145mm  小"], "个", 5), ("会计凭证", ["大"], "个", 1.5), ("国旗", ["2号", "3号"], "个", 80),
    ("保温杯", ["200ml", "270ml", "320ml", "440ml", None], "个", 188), ("插座", ["5米"], "个", 118), ("布式文件袋", ["黑", None], "个", 15),
    ("墨汁", [None], "瓶", 12), ("会议记录本", [None, "皮"], "本", 6), ("中性笔", [0.5, 0.38, "1.0", 0.7, "可擦黑"], "支", 2.5),
    ("考试中性笔", [0.5], "支", 3), ("书法笔", [None], "支", 5), ("白板笔", ["黑"], "支", 3), ("记号笔", ["黑"], "支", 3),
    ("医用处方笔", [None], "支", 3), ("现金日记帐", [None], "本", 20), ("总分类帐", [None], "本", 20), ("商务记事本", ["32K", "48K", "60K"], "本", 12),
    ("工作手册", [None], "本", 2), ("乒乓球", ["黄色", None], None, None), ("运动跳绳", ["275cm", "700cm"], None, 18),
    ("毽子", [None], "个", 5), ("乒乓球拍", ["三星", "一星", "透明"], "套", 40), ("口哨", [None], "个", 5), ("便利贴", ["76*76", None], "包", 5),
    ("自粘性标签", [None], "张", 0.5), ("荣誉证书", ["150*210", "210*300"], None, None), ("写字板", ["A4", "A5"], "个", None),
    ("毛笔", ["单", "双"], "套", 10), ("学生套尺", [None], "套", 5), ("文具盒", ["铁"], "个", 12), ("可水洗彩笔", [None], "套", 10),
    ("生字本", [None], "本", None), ("拼音本", [None], "本", None), ("档案袋", [None], "个", 1.5),
]
BUYERS = ["中医院", "李家塔", "城建公司", "实验小学", "常兄弟"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["名称", None, "价格"])
for row in QUICK:
    ws.append(list(row))

ws2 = wb.create_sheet("Sheet2")
rows = [["名称", "规格", "编码", "价格", "单位", "位置", "备注"]]
shelf_a, shelf_b = 1, 1
for item, specs, unit, base in ITEMS:
    for spec in specs:
        code = None
        if f.chance(0.45):
            code = f.pick([f"NO.{f.r.randrange(1000, 9999)}", f"NO.{f.r.randrange(1000, 9999)} ", f.r.randrange(1000, 99999),
                           f"S{f.r.randrange(10, 999)}", f"XD-{f.r.randrange(1000, 9999)}"])
        if base is None or base == "自":
            price = base
        else:
            p = round(base * f.r.uniform(0.8, 1.4) * 2) / 2
            price = f"{p:g}" + (" " if f.chance(0.05) else "")
        note = None
        if item == "保温杯" or f.chance(0.05):
            n = f.r.randrange(1, 4)
            note = f"{n}个" + (f"  1已 {f.pick(BUYERS)} " if f.chance(0.5) else "")
        if f.chance(0.3):
            shelf_b += 1
            if shelf_b > 6:
                shelf_a, shelf_b = shelf_a + 1, 1
        rows.append([item, spec, code, price, unit, f"{shelf_a}-{shelf_b}", note])
rows += [[None] * 7, [None] * 7]
rows += [["A3", "80", "包", "255", None, "240", "中医院 "], ["A4", "40", "包", "255", None, "240", "城建公司"],
         ["A5", None, "包", "255", None, None, None], [None] * 7, [None] * 7,
         ["U盘", None, "8G", "80", None, None, None], [None, None, "16G", "100", None, None, None],
         [None, None, "32G", "140", None, None, None], [None, None, "64G", "220", None, None, None],
         [None, None, "128G", "360", None, None, None]]
for r, row in enumerate(rows, 1):
    for c, v in enumerate(row, 1):
        cell = ws2.cell(r, c, v)
        cell.number_format = "@"
for r in range(len(rows) + 1, 298):
    for c in range(1, 8):
        ws2.cell(r, c).number_format = "@"
for c in range(1, 8):
    ws2.cell(1, c).font = Font(bold=True)
wb.create_sheet("Sheet3")
save(wb, "pricelist-zh-cn-stationeryshelves.xlsx")
