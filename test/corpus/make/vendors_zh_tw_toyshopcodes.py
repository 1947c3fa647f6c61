"""
Shape of a Taiwanese model-and-toy shop's supplier code list, as east-model-toy-corporation/vendor_order_parser
keeps it ("廠商名單.xlsx", commit d359de6e4f8772b04e33c767a824c184eae7ef51): the lookup its order parser reads
to turn a supplier's name on an order into the shop's vendor code.

- One sheet "廠商基本資料增修": header on row 1 filled orange (廠商代碼 / 廠商名稱 / 廠商簡稱 / 寄件廠商), panes
  frozen at A15, 207 suppliers below, no blank rows; the sheet's used range runs to AA996 (formatted empty cells).
- Codes by series: A001… toy makers, distributors and importers (A002-1 sub-codes for a second account of the
  same firm, a 'hand-written' or 'damaged-box' account, one code written twice for two ship-from names), B
  model builders paid per job (people's names), C a reseller, F consignors (寄賣, people), N one, P packaging
  suppliers, S Japanese makers, Z placeholders (不可考, 進貨廠商, 自製商品廠商).
- 廠商名稱: the firm's registered name, often with the brand or the distributor in brackets, some ending in a
  literal '_x000D_' left from a pasted carriage return; 廠商簡稱 the short name; 寄件廠商 the name on the parcels:
  typed for the first suppliers and a few later ones, elsewhere a formula =C<row> (the short name) with its
  cached value; one holds two firm names separated by a comma, one a name and a business number.
Values invented: every firm, brand and person is made up.
"""
from openpyxl.styles import PatternFill

from fake import CachedFormulas, Fake, SURNAMES_TW, GIVEN_TW, workbook

f = Fake("vendors-zh-tw-toyshopcodes")
HEAD = ["廠商代碼", "廠商名稱", "廠商簡稱", "寄件廠商"]
SYL = list("宏昇鼎泰聯興瑞豐祥達榮邦華盛元翔佳群晟富立冠億協益創科新德和永茂岳森川奕璟")
SUFFIX = ["有限公司", "股份有限公司", "企業有限公司", "國際有限公司", "國際股份有限公司", "實業有限公司", "企業社", "商行",
          "貿易有限公司", "文創有限公司", "科技股份有限公司"]
BRANDS = ["Nova Kit", "HobbyLab", "MIKO", "Starforge", "Tamo Works", "PIXEL", "Blue Wing", "Kumo", "GEARS", "Lumi"]
JP = ["株式会社ホビーワン", "カワセ模型", "ミツボシ工房", "アオゾラ玩具"]
TRADE = ["玩具", "模型", "五金", "文創", "禮品", "工作室", "扭蛋"]


def short():
    return f._unique(lambda: "".join(f.pick(SYL) for _ in range(2)))


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


rows = []  # (code, name, short, sender or None for formula)
n = 0
while len(rows) < 192:
    n += 1
    s = short()
    kind = f.r.random()
    if kind < 0.55:
        name, sh = s + f.pick(SUFFIX), s
    elif kind < 0.7:
        name, sh = s + f.pick(TRADE), s + f.pick(TRADE)
    elif kind < 0.8:
        b = f.pick(BRANDS)
        name, sh = f"{s}{f.pick(SUFFIX)} {b}" if f.chance(0.5) else f"{b}{s}{f.pick(SUFFIX)}", f"{b}{s}" if f.chance(0.5) else s
    elif kind < 0.9:
        dist = short()
        name, sh = f"{s}{f.pick(SUFFIX)}({dist})", f"{s}({dist})"
    else:
        name, sh = s + f.pick(SUFFIX), s + f.pick(SUFFIX)
    if f.chance(0.06):
        name += "_x000D_"
    sh2 = sh + "_x000D_" if f.chance(0.02) else sh
    code = f"A{n:03d}"
    sender = s if (n <= 20 or f.chance(0.35)) else None
    rows.append((code, name, sh2, sender))
    if f.chance(0.06) and len(rows) < 190:
        s2 = short()
        tag = f.pick(["(手寫現結)", "(盒損)", "手寫單", ""])
        rows.append((f"{code}-1", f"{s2}{f.pick(SUFFIX)}" if not tag else f"{s}{tag}", f"{s2}" if not tag else f"{s}{tag}", None))
# one code written twice for two ship-from names, a comma-joined pair, a name with a business number
i = 27
rows.insert(i + 1, (rows[i][0], rows[i][1], rows[i][2], short()))
rows[i] = (rows[i][0], rows[i][1], rows[i][2], short())
rows[150] = (rows[150][0], rows[150][1], rows[150][2], f"{short()}股份有限公司,{short()}股份有限公司")
rows[40] = (rows[40][0], rows[40][1], rows[40][2], f"{rows[40][2]},{f.r.randrange(10000000, 99999999)}")
rows = rows[:192]
rows.append(("A999", f"{short()}模型", None, None))
rows[-1] = ("A999", rows[-1][1], rows[-1][1], rows[-1][1])
builders = [person(), person()]
rows += [("B001", builders[0], builders[0], None), ("B002", f"模型代工 {builders[1]}", builders[1], None)]
s = short()
rows.append(("C001", f"{s}數位資訊有限公司", s, None))
p = [person() for _ in range(4)]
rows += [("F001", f"{p[0][0]}先生寄賣", f"{p[0][0]}先生寄賣", None), ("F002", f"{p[1]}寄賣", p[1], None),
         ("F003", f"{p[2]}(合金飛機寄賣)", f"{p[2]}(合金飛機寄賣)", None), ("F004", f"{p[3]}軍艦工作室", p[3], None)]
s = short()
rows.append(("N001", f"{s}書店", s, None))
for _ in range(3):
    s = short()
    rows.append((f"P00{len([r for r in rows if r[0][0] == 'P']) + 1}", f"{s}{f.pick(['紙器有限公司', '股份有限公司', '包材行'])}", s, None))
rows += [("S001", f"{JP[0]} HOBBY ONE", "ホビーワン", None), ("S002", f"{JP[1]} KAWASE", "カワセ", None)]
rows += [("Z001", "不可考(限查無廠商資料)", "不可考", None), ("Z002", "進貨廠商", "進貨廠商", None),
         ("Z003", "自製商品廠商(限交易一次的廠商)", "自製商品廠商", None)]

wb = workbook()
ws = wb.active
ws.title = "廠商基本資料增修"
fill = PatternFill("solid", fgColor="FFFFC000")
for c, h in enumerate(HEAD, 1):
    ws.cell(1, c, h).fill = fill
cf = CachedFormulas()
for i, (code, name, sh, sender) in enumerate(rows):
    r = i + 2
    ws.cell(r, 1, code)
    ws.cell(r, 2, name)
    ws.cell(r, 3, sh)
    if sender is None:
        cf.formula(ws, f"D{r}", f"=C{r}", sh)
    else:
        ws.cell(r, 4, sender)
ws.cell(996, 27).number_format = "@"
ws.freeze_panes = "A15"
for col, w in zip("ABCD", [10.5, 48.5, 30, 48.75]):
    ws.column_dimensions[col].width = w
cf.save(wb, "vendors-zh-tw-toyshopcodes.xlsx")
print(len(rows))
