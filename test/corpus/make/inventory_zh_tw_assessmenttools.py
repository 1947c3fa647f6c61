"""
Shape of a Taiwanese vocational-assessment centre's stocktake of its test kits, as jumping0602-hub/my-inventory
keeps it ("庫存表.xlsx", commit 69adb73784a387333eff29d0aab71433b77c11ad), made for barcode labels in ROC year 115.

- 庫存表: header on row 1 (工具類別-大項 / 工具類別 / 項次 / 條碼編號 / 工具名稱 / 工具內容 / 系統數量 / 實際盤點),
  one row per component of a kit (manual, booklet, answer sheets, CD, kit box); the main class merged down
  column A over its block (A2:A97, A98:A118), the class merged down B (some with a line break '適應\\n行為類'),
  the kit's name merged down E over its components; 項次 a serial, 條碼編號 '115FX0001' (fixed assets) or
  '115CM0001' (consumables), 系統數量 a count, 實際盤點 empty (to be counted); the last class block has no
  main class in A.
- 庫存表 (條碼): the same with a 條碼圖檔 column after the barcode, a formula '="*" & D2 & "*"' for a barcode font.
- 工作表2: the printed list — 類別 merged over A1:B2 and each header merged over two rows, the two class
  columns with line breaks, 工具名稱 / 工具內容 / 數量 with units ('2本', '1套', '1箱') / 耗材 'V' /
  備註(條碼) merged across G:L on every row; a ' ' in A on the last block.
- 工作表1: notes on the barcode scheme, one line every other row, the first with an emoji.
Values invented: kit names, components, counts (the class names are generic).
An equipment stocktake, no clients: a person imports nothing.
"""
from openpyxl.styles import Alignment

from fake import Fake, workbook, save

f = Fake("inventory-zh-tw-assessmenttools")
CLASSES = [
    ("標準化測驗", [("職業興趣與生涯類", "職業興趣\n與生涯類", 5), ("人格與情緒測驗類", "人格與\n情緒測驗類", 3),
                 ("適應\n行為類", "適應\n行為類", 4), ("性向與\n成就測驗類", "性向與\n成就測驗類", 5),
                 ("認知類", "認知類", 8), ("其他", "其他", 4), ("綜合功能性能力", "綜合功能性能力", 1)]),
    ("功能性評量", [("綜合功能性能力", "綜合功能性能力", 7), ("其他", "其他", 1)]),
    (None, [("工作樣本", "工作樣本", 5)]),
]
STEMS = ["職業興趣量表", "生涯信念檢核表", "工作氣質測驗", "情緒適應量表", "人際互動量表", "工作適應行為檢核表",
         "社會適應量表", "通用性向測驗", "語文推理測驗", "數量推理測驗", "注意力評估", "記憶廣度測驗",
         "空間概念測驗", "手部靈巧度測驗", "視知覺測驗", "動作協調測驗", "問題解決量表", "工作習慣評量",
         "生活自理檢核表", "職前技能評估組", "功能性閱讀測驗", "功能性數學測驗", "體能耐力評估組", "握力評估組",
         "視覺功能評估組", "色覺檢查表", "工作樣本─烘焙助手", "工作樣本─超商助手", "工作樣本─清潔助理",
         "工作樣本─包裝作業", "職業探索圖卡", "電腦化興趣量表", "簡明動作評估", "精細動作評估組", "工作價值量表",
         "自我效能量表", "溝通能力檢核表", "社區生活評量", "獨立生活技能評量", "職場禮儀評量", "作業速度測驗",
         "工作耐力評估組", "認知功能篩檢"]
PARTS = [("手冊", "本", False), ("題本", "本", False), ("測驗紙", "套", True), ("指導手冊", "本", False),
         ("電腦光碟", "片", False), ("測驗工具箱", "個", False), ("答案紙", "套", True), ("紀錄本", "本", True),
         ("測驗板", "組", False), ("評估工具箱", "套", False), ("圖卡", "盒", False), ("測驗工具", "箱", False)]
stems = iter(f.r.sample(STEMS, len(STEMS)))

items = []   # (main, main2, cls, cls2, kit, kit_span, part, qty, unit, consumable)
fx = cm = 0
for main, groups in CLASSES:
    for cls, cls2, nkits in groups:
        for _ in range(nkits):
            kit = next(stems)
            parts = [PARTS[0] if f.chance(0.5) else PARTS[3]] + f.r.sample(PARTS[1:], f.r.choice([0, 1, 1, 2, 2, 3]))
            for k, (part, unit, cons) in enumerate(parts):
                items.append([main, cls, cls2, kit if k == 0 else None, len(parts) if k == 0 else 0, part,
                              f.r.choice([1, 1, 1, 2, 2, 3]), unit, cons])

wb = workbook()
inv = wb.active
inv.title = "庫存表"
bar = wb.create_sheet("庫存表 (條碼)")
printed = wb.create_sheet("工作表2")
notes = wb.create_sheet("工作表1")
inv.append(["工具類別-大項", "工具類別", "項次", "條碼編號", "工具名稱", "工具內容", "系統數量", "實際盤點"])
bar.append(["工具類別-大項", "工具類別", "項次", "條碼編號", "條碼圖檔", "工具名稱", "工具內容", "系統數量", "實際盤點"])
for c, h in ((1, "類別"), (3, "工具名稱"), (4, "工具內容"), (5, "數量"), (6, "耗材"), (7, "備註(條碼)")):
    printed.cell(1, c, h)
printed.merge_cells("A1:B2")
for col in "CDEF":
    printed.merge_cells(f"{col}1:{col}2")
printed.merge_cells("G1:L2")


def merge_runs(ws, col, values, first_row):
    """Merges each run of a value followed by blanks down a column."""
    start = None
    for i, v in enumerate(values + ["<end>"]):
        if v is not None:
            if start is not None and i - 1 > start:
                ws.merge_cells(f"{col}{first_row + start}:{col}{first_row + i - 1}")
            start = i if v != "<end>" else None


mains, classes, kits = [], [], []
prev_main, prev_cls = object(), object()
for n, (main, cls, cls2, kit, span, part, qty, unit, cons) in enumerate(items, 1):
    if cons:
        cm += 1
        code = f"115CM{cm:04d}"
    else:
        fx += 1
        code = f"115FX{fx:04d}"
    r = n + 1
    m = main if main != prev_main else None
    c = cls if (cls, main) != prev_cls else None
    mains.append(m if main is not None else (None if m is None else None))
    classes.append(c)
    kits.append(kit)
    inv.append([m, c, n, code, kit, part, qty, None])
    bar.append([m, c, n, code, None, kit, part, qty, None])
    bar.cell(r, 5, f'="*" & D{r} & "*"')
    pr = n + 2
    pm = (main.replace("測驗", "\n測驗").replace("評量", "\n評量") if main else " ") if main != prev_main else None
    printed.cell(pr, 1, pm)
    printed.cell(pr, 2, cls2 if (cls, main) != prev_cls else None)
    printed.cell(pr, 3, kit)
    printed.cell(pr, 4, part)
    printed.cell(pr, 5, f"{qty}{unit}")
    printed.cell(pr, 6, "V" if cons else None)
    printed.cell(pr, 7, code)
    printed.merge_cells(f"G{pr}:L{pr}")
    prev_main, prev_cls = main, (cls, main)

# main-class runs end at the next main class or at the block without one
main_marks = [m if m is not None else None for m in mains]
for ws, col_main, col_cls, col_kit, first in ((inv, "A", "B", "E", 2), (bar, "A", "B", "F", 2), (printed, "A", "B", "C", 3)):
    n = len(items)
    # main class: merge over its own block only
    starts = [i for i, it in enumerate(items) if i == 0 or it[0] != items[i - 1][0]]
    for k, s in enumerate(starts):
        e = (starts[k + 1] if k + 1 < len(starts) else n) - 1
        if items[s][0] is not None and e > s:
            ws.merge_cells(f"{col_main}{first + s}:{col_main}{first + e}")
        elif ws is printed and items[s][0] is None and e > s:
            ws.merge_cells(f"{col_main}{first + s}:{col_main}{first + e}")
    merge_runs(ws, col_cls, classes, first)
    merge_runs(ws, col_kit, kits, first)
    for row in ws.iter_rows(min_row=first, max_row=first + n - 1, max_col=3):
        for cell in row:
            cell.alignment = Alignment(vertical="center", wrap_text=True)

lines = ["💡 職評工具專屬條碼編碼規則", "我們採用 9 碼固定長度的「邏輯組合編碼」，格式為：115VTXXXX",
         "115（前 3 碼）： 代表 115 年度盤點（或購入/列管起點）。",
         "VT（第 4-5 碼）： 職評工具的英文縮寫（Vocational Testing），一眼就能看出這是職評資產。",
         "XXXX（後 4 碼）： 依據清單順序自動產生的流水號（從 0001 開始累加）。", "升級版：耗材與非耗材分類編碼規則",
         "將原本的第 4、5 碼 VT 拆開，用來做更精準的分類：",
         "非耗材（工具/手冊/儀器）： 編碼改為 115FX 開頭（Fixed / 固定資產，共 4 碼流水號）。",
         "耗材（測驗紙/答案紙/紀錄本）： 編碼改為 115CM 開頭（Consumable / 消耗品，共 4 碼流水號）。"]
for k, line in enumerate(lines):
    notes.cell(1 + 2 * k, 1, line)
save(wb, "inventory-zh-tw-assessmenttools.xlsx")
