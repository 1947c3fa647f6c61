"""
Shape of Alex5418/CRM-WXLR "Docs/迪士尼合作客户进度表(4).xlsx" (at commit 23ae24e810c9496cabdbd3b0e4970cce6ae1f484):
a small family licensing agency's client progress workbook for its Disney licensees, saved by WPS 表格
(author pc), the raw data its owners later cleaned into a CRM. Three sheets, one per cooperation mode, each
with the title 迪士尼合作客户表 in A1 (宋体 24 pt bold, row 40 high; merged over the table on the second and
third sheets only) and a bold centred header in row 2 with no heading over column A (a row number):

- fama客户 (FAMA licences): 公司名称 / 签约合作类目 / 目前进展 / 负责人 / 销售额 (empty) / 备注 (empty) and an
  unheaded column H of small whole numbers (10–50) on most rows. 10 licensees: registered company names,
  a brand, and clients known as '<surname>总电竞椅', '天津客户', '<city><surname>总'; one company name with a
  person's name typed in front of it; row numbers 1, 5, 6, 7 and then none; progress 即将上线 / 上线 / empty;
  the owner one of four staff, or two joined by a full-width comma, a space, or with a trailing comma;
  categories listed with full-width commas; some rows or single cells filled yellow.
- 联合开发 (joint development, the active sheet): 公司名称 / 产品推进及重点事项 / 本周进展 / 联合销售回款 (empty) /
  负责人 / 备注, the unheaded H with one number. 18 partners numbered 1–9 and then not: a mobile glued to a
  client's name, a brand after a boss's name, '<surname>小姐懒人桌（临沂另一家）', a client known only by its
  city, one without an owner; the one note names two suppliers; G10:G11 merged and empty; an empty comment
  ('pc:') on B9.
- 代工 跨境 (OEM / cross-border): 公司名称 / 签约类目 / 授权模式 / 合作模式 / 备注, two rows naming only a city with
  'temu shein 如果确认有效果' (a channel the agency may try), then six rows holding only a row number.

Values invented: company, brand and client names, the mobile, staff names, categories and numbers (the
title, headers and the kinds of product are the source's).
"""
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-licensees")

A, B, C, D = "卢文华", "孟浩宇", "邓勇", "许宇"  # the agency's four staff
YELLOW = PatternFill("solid", fgColor="FFFFFF00")
TITLE = "迪士尼合作客户表"
SONG = "宋体"

FAMA_HEADER = [None, "公司名称", "签约合作类目", "目前进展", "负责人", "销售额", "备注"]
# (row number, company, category, progress, owner, H, yellow: "row" / "D" / None)
FAMA = [
    (1, "烟台贝乐兔婴童用品有限公司", "坐姿矫正器", "即将上线", A, 10, "row"),
    (5, "佛山乐栖儿童家具有限公司", "儿童房家具家居", "即将上线", A, 30, "D"),
    (6, "深圳童趣优品儿童桌", "儿童学习桌", None, A, 30, None),
    (7, "中山市耀明光电有限公司", "灯具", "即将上线", f"{B}，{A}", 25, "row"),
    (None, "周总电竞椅", "电竞桌椅", "上线", f"{A}，{C}", 50, "rowB"),
    (None, "天津客户", "地垫", None, f"{C}，", 15, None),
    (None, "程远南通澜岛纺织有限公司", "床垫，午睡枕，床笠", "即将上线", f"{B}，{A}", 40, "rowB-F"),
    (None, "吉安邓总", "桌椅，沙发，床，摇椅等系列产品", "即将上线", f"{C}，{A}", None, "rowB-F"),
    (None, "金华恒达服饰有限公司", "桌垫，懒人沙发，地垫", None, C, 30, None),
    (None, "童梦居", "儿童家具", None, f"{B} {A}", None, "BCEG"),
]
FAMA_HEIGHTS = [40, 35, 35, 35, 38, 43, 36, 36, 36, 36, 27, 23]

JOINT_HEADER = [None, "公司名称", "产品推进及重点事项", "本周进展", "联合销售回款", "负责人", "备注"]
# (row number, partner, product and key points, this week, owner, note, H, yellow row)
JOINT = [
    (1, "叶设计树屋", "树屋儿童床开发", None, A, None, 30, True),
    (2, "迪士尼翠竹地毯", "中档地毯", None, f"{B}，{A}", None, None, True),
    (3, "杭州七三间韩总" + f.mobile_cn(), "高端学习桌椅或者功能椅", None, A, None, None, False),
    (4, "晨信科技曹总拓锐斯", "电竞椅，联合开发", None, A, None, None, False),
    (5, "max纪总电竞桌", "领胜电竞桌（还缺好的供应商）", "还需要开发新的", A, "佛山振华家具，高远电竞", None, False),
    (6, "魏总沙发", "小沙发开发，开发打样", "设计稿落实中", f"{D}，", None, None, True),
    (7, "林小姐懒人桌（临沂另一家）", "懒人桌，", "样品跟进", D, None, None, False),
    (8, "义乌袁总", "充气床垫，沙发", "合同处理中", A, None, None, True),
    (9, "彭总收纳箱", "联合开发学习桌椅，积木桌椅", None, None, None, None, False),
    (None, "厦门", "矫姿椅重点漫威，靠背，去工厂看看", "设计稿落实中", D, None, None, False),
    (None, "康乐眠矫姿椅", "矫姿椅重点TPE，礼盒，普通产品", "小批量", D, None, None, True),
    (None, "东六矫姿椅", "矫姿椅，重点发热，功能款", None, D, None, None, False),
    (None, "常总", "小沙发，小座椅，积木桌开发", None, f"{D}，{C}", None, None, "C"),
    (None, "汕头宇兴达", "抱枕被，腰靠", None, f"{B}，{A}", None, None, False),
    (None, "扬州贺总", "抱枕 ，腰靠", None, C, None, None, False),
    (None, "上海邵总bubhug", "特殊调性产品设计", None, C, None, None, False),
    (None, "万总", "梳妆椅", None, C, None, None, False),
    (None, "永康柯总", "帐篷", None, C, None, None, False),
]
JOINT_HEIGHTS = {1: 40, 2: 35, 3: 36, 4: 35, 5: 35, 6: 30, 7: 35, 8: 42, 9: 35, 10: 35, 11: 36, 12: 36, 13: 36, 14: 36,
                 15: 24, 16: 26, 17: 24, 18: 22, 20: 18}

OEM_HEADER = [None, "公司名称", "签约类目", "授权模式", "合作模式", "备注"]
OEM_HEIGHTS = [40, 35, 35, 35, 35, 35, 35, 70, 35, 35, 36, 36, 36, 36, 24, 26, 24]


def title_and_header(ws, header, merge_to):
    ws["A1"] = TITLE
    ws["A1"].font = Font(name=SONG, size=24, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    if merge_to:
        ws.merge_cells(f"A1:{merge_to}1")
    for i, h in enumerate(header, start=1):
        cell = ws.cell(row=2, column=i, value=h)
        cell.font = Font(name=SONG, size=11, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")


def plain(cell, value, fill=False, center=False):
    cell.value = value
    cell.font = Font(name=SONG, size=11)
    if center:
        cell.alignment = Alignment(horizontal="center", vertical="center")
    if fill:
        cell.fill = YELLOW


wb = workbook()
wb.properties.creator = "pc"

ws = wb.active
ws.title = "fama客户"
title_and_header(ws, FAMA_HEADER, None)
for i, (n, company, category, progress, owner, h, yellow) in enumerate(FAMA):
    r = 3 + i
    values = [n, company, category, progress, owner, None, None, h]
    for c, v in enumerate(values, start=1):
        letter = "ABCDEFGH"[c - 1]
        fill = (yellow == "row" or (yellow == "rowB" and c >= 2) or (yellow == "rowB-F" and c >= 2 and letter not in "F")
                or (yellow == "D" and letter == "D") or (yellow == "BCEG" and letter in "BCEG"))
        if v is None and not fill:
            continue
        plain(ws.cell(row=r, column=c), v, fill, center=(c == 1))
for r, h in enumerate(FAMA_HEIGHTS, start=1):
    ws.row_dimensions[r].height = h
for col, w in zip("BCDEG", [40.22, 32.56, 37.67, 16.56, 43.78]):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("联合开发")
title_and_header(ws, JOINT_HEADER, "G")
for i, (n, partner, points, week, owner, note, h, yellow) in enumerate(JOINT):
    r = 3 + i
    values = [n, partner, points, week, None, owner, note, h]
    for c, v in enumerate(values, start=1):
        letter = "ABCDEFGH"[c - 1]
        fill = (yellow is True and letter in "ABCDEFG" + ("H" if h else "")) or (yellow == "C" and letter == "C")
        if v is None and not fill:
            continue
        plain(ws.cell(row=r, column=c), v, fill, center=(c == 1))
ws.merge_cells("G10:G11")
ws["B9"].comment = Comment("pc:\n", "pc")
for r, h in JOINT_HEIGHTS.items():
    ws.row_dimensions[r].height = h
for col, w in zip("BCDEFG", [33.44, 35.0, 25.0, 20.38, 15.11, 33.78]):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("代工 跨境")
title_and_header(ws, OEM_HEADER, "F")
for i in range(8):
    r = 3 + i
    plain(ws.cell(row=r, column=1), i + 1, center=True)
    if i < 2:
        plain(ws.cell(row=r, column=2), ["金华", "佛山"][i])
        plain(ws.cell(row=r, column=3), "temu shein 如果确认有效果")
ws.merge_cells("F10:F11")
for r, h in enumerate(OEM_HEIGHTS, start=1):
    ws.row_dimensions[r].height = h
for col, w in zip("BCDEF", [33.44, 32.56, 15.78, 20.38, 43.44]):
    ws.column_dimensions[col].width = w

wb.active = 1
save(wb, "clients-zh-cn-licensees.xlsx")
