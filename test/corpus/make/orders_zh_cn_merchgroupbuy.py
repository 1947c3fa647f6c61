"""
Shape of fantasyplus/littleCard "excel/sell_info.xlsx" (at commit 598609bbc701893f8bc8e3fe0dc0a37d6ac02e15): the
order book of a fan-merchandise group buy (谷子团购, 简体) that its organiser kept in Tencent Docs (腾讯文档) and
exported to Excel. One sheet per design of the group buy, 30 sheets, named by number and title with no fixed form
('1.qq人圣诞夜', '2.花鸟余情 ' with a trailing space, '6新年大吉！', '400人无料色纸' for a free-gift list); numbers 15
and 16 are missing. On every sheet A1 repeats the title (without the dot), B1 '数量', C1 '状态'; the first sheet has
one quantity column per character instead (绫华 | 芭芭拉 | 状态), sheet 19 three (心海 | 神子 | 纳西妲 | 状态). Each
row is one buyer's order of that design: column A 'cn+群内qq:' followed by the buyer's group nickname and QQ number
run together (sometimes a space, '+' or '＋' between them, a trailing space), column B the quantity (a number, on a
few sheets typed as text, sometimes empty), column C '已发货' on the few orders already shipped, once '（中奖）' (won
in a draw) in column D and a stray space far right. Rows are mostly sorted (Latin handles first, then by the
nickname's pinyin), the first two sheets in order of sign-up, and sheet 19 has a few late orders appended below
the sorted block; a buyer may have two or three rows on one sheet. 20 to 99 orders per sheet, 1,203 in all, from
about 290 buyers who order on many sheets. Column A is 42 wide; some sheets carry formatted empty cells to row 200.
Values invented (nicknames, QQ numbers, quantities; the design titles are made up in the same style).
"""
import os

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("orders-zh-cn-merchgroupbuy")

NICK_CHARS = list("糖月桃纸绫树穆艺久饼璃骑灼汤羡满梦贰泉阿芙露亦镜斯西町客生白草池楮风咕时慕符寒幻松陌澄橘迷泠榎"
                  "晨繁嘿行筝果初与光君奥染乔唐悠伊北鳄肆三坐孟小樱笨塵滴彩宫大顾八水籽溪闲鹤猹星萤柚栀钟坠濯岑倒豆"
                  "多二姜枯蓝黎鲤蘑木秋神萧希栩遥银幽早长")
NICK_TAILS = ["", "子", "儿", "酱", "喵", "鱼", "白", "月", "川", "雨", "安", "柒", "卿", "兮", "眠", "野", "颂", "锁"]
LATIN = ["amireux", "Half-Smiled", "heitai", "KKL", "kocit", "Light", "Rudy", "youth归风", "Vicky", "Winny", "Greed",
         "Ivy", "wind", "ww", "Yuae", "BK", "Mogeko", "FCAZ", "Laurel..", "DD迟雨", "zxy666666", "Moon", "lulu", "Kiki",
         "Aster", "nana", "Cici", "echo"]


def qq():
    digits = f.pick([9, 10, 10, 10, 10, 8, 7])
    first = f.pick("123") if digits == 10 else f.pick("123456789")
    return first + "".join(f.pick("0123456789") for _ in range(digits - 1))


buyers = []  # (nickname, qq, sort key)
seen = set()
while len(buyers) < 292:
    if f.chance(0.09):
        nick = f.pick(LATIN) + ("" if f.chance(0.6) else str(f.r.randrange(1, 99)))
    else:
        n = f.pick([1, 1, 1, 2, 2, 2, 2, 2, 3])
        nick = "".join(f.pick(NICK_CHARS) for _ in range(n)) + (f.pick(NICK_TAILS) if n < 3 and f.chance(0.3) else "")
    if nick in seen:
        continue
    number = qq()
    cell = "cn+群内qq:" + nick + number
    # no run of digits that reads as a mainland mobile
    if any(len(run) == 11 and run[0] == "1" and run[1] in "3456789" for run in
           "".join(c if c.isdigit() else " " for c in cell).split()):
        continue
    seen.add(nick)
    latin = nick[0].isascii()
    buyers.append((nick, number, (0, nick.lower()) if latin else (1, f.r.random())))

# a loyal core orders on most sheets, the rest now and then
weights = [f.pick([40, 25, 12, 6, 3, 2, 1, 1, 1]) for _ in buyers]
whale = buyers[5]


def spelled(b):
    nick, number, _ = b
    sep = ""
    if f.chance(0.03):
        sep = f.pick([" ", "+", "＋"])
    tail = " " if f.chance(0.01) else ""
    return "cn+群内qq:" + nick + sep + number + tail


SHEETS = [("1.qq人圣诞夜", 20), ("2.花鸟余情 ", 77), ("3.wink小草", 99), ("4.火花少女", 21), ("5.荧光夏日", 23),
          ("6新年大吉！", 35), ("7.微光泡影", 29), ("8游鱼灵梦", 24), ("9月影幽光", 28), ("10少女心事", 23),
          ("11樱花树下", 42), ("12苍翠心语", 36), ("13樱的风语", 48), ("14白草绘梦", 32), ("17星萤之音", 51),
          ("18闲逸远望", 30), ("19下午茶甜点！", 72), ("20刻猫猫猫", 25), ("21细嗅微风", 40), ("22轻衔绿叶", 44),
          ("23真珠之贝", 61), ("24绮焰暖阳", 27), ("25泪影盈瞳", 33), ("26夏日烟火", 35), ("27影的日常", 42),
          ("28宫司祝祷", 62), ("29深海游鱼", 47), ("30风灵轻语", 31), ("31祭典之旅", 46), ("400人无料色纸", 20)]
# the invented titles keep the style (number, title) but not the real ones
TITLES = ["雪夜团子", "花影余音", "wink小叶", "星火少女", "荧光盛夏", "新年大吉！", "微光泡泡", "游鱼入梦", "月影流光", "少女心愿",
          "樱花树下", "苍翠低语", "樱的风语", "白草绘卷", "星萤之歌", "闲逸远眺", "下午茶甜点！", "刻猫猫猫", "细嗅晚风", "轻衔新叶",
          "真珠之贝", "绮焰暖阳", "泪影盈瞳", "夏日烟火", "影的日常", "宫司祝祷", "深海游鱼", "风灵轻语", "祭典之旅", "人无料色纸"]

wb = workbook()
wb.properties.creator = "Tencent Document"
wb.remove(wb.active)
shipped_budget = 16
checks = []
for i, ((real_name, n), title) in enumerate(zip(SHEETS, TITLES)):
    prefix = real_name[:len(real_name) - len(real_name.lstrip("0123456789."))]
    number = prefix.rstrip(".")
    name = prefix + title + (" " if real_name.endswith(" ") else "")
    ws = wb.create_sheet(name)
    a1 = number + title
    if i == 0:
        header = [a1, "绫华", "芭芭拉", "状态"]
    elif number == "19":
        header = [a1, "心海", "神子", "纳西妲", "状态"]
    else:
        header = [a1, "数量", "状态"]
    qty_cols = len(header) - 2
    status_col = len(header)
    ws.append(header)
    # choose the buyers of this design
    chosen = []
    pool = list(range(len(buyers)))
    while len(chosen) < n:
        k = f.r.choices(pool, weights=weights)[0]
        if k in chosen and not f.chance(0.08):
            continue
        chosen.append(k)
    late = []
    if number == "19":
        late, chosen = chosen[-5:], chosen[:-5]
    if i not in (0, 1):
        chosen.sort(key=lambda k: buyers[k][2])
    chosen += late
    as_text = number in ("7", "8")
    for k in chosen:
        b = buyers[k]
        row = [spelled(b)]
        for _ in range(qty_cols):
            q = None if f.chance(0.12 if qty_cols > 1 else 0.02) else f.pick([1, 1, 1, 1, 2, 2, 3, 4, 5, 6, 10])
            if b is whale and qty_cols == 1:
                q = f.pick([85, 80, 34, 30])
            if q is not None and as_text and f.chance(0.8):
                q = str(q)
            row.append(q)
        if shipped_budget and (b is whale or f.chance(0.012)):
            row.append("已发货")
            shipped_budget -= 1
        ws.append(row)
        if len(checks) < 3 and i > 2 and row[1] is not None and not row[0].endswith(" "):
            checks.append((name, row[0], row[1]))
    r = ws.max_row
    if number in ("24", "25"):
        cell_row = 2 + f.r.randrange(ws.max_row - 2)
        ws.cell(cell_row, status_col + 1, "（中奖）")
    if number == "2":
        ws.cell(3 + f.r.randrange(ws.max_row - 3), 10, " ")
    ws.column_dimensions["A"].width = 45 if number == "400" else 42
    ws.column_dimensions["B"].width = 14 if number == "400" else 11
    if number == "2":
        ws.column_dimensions["B"].width = 10
        ws.column_dimensions["C"].width = 11
    if number == "19":
        for rr in range(r + 1, 201):
            ws.cell(rr, 1).font = Font(name="SimSun", size=11)

save(wb, "orders-zh-cn-merchgroupbuy.xlsx")

if __name__ == "__main__" and os.environ.get("SHOW"):
    total = sum(1 for ws in wb.worksheets for r in ws.iter_rows(min_row=2) if r[0].value)
    print(total, "orders", len(buyers), "buyers")
    print(wb.sheetnames)
    print(checks)
