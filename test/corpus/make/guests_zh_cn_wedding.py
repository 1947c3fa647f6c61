"""
Shape of rudolphzhang-maker/aparso-b2b "名单.xlsx" (at commit 01dfe43): a workbook named 名单 (list)
that is a family's wedding guest list, made in Excel (not client data). Sheet one, named after the
banquet (date, hotel, "请柬（同学朋友娘家亲戚）名单"): a title 婚 礼 名 单 merged over A1:J1, an update
line merged over F2:J2, a red header in row 3 — 序号 / 姓名 / 联系方式 / 客人类别 (guest group: 娘家人, 高中同学,
朋友, 工厂, multi-line groups) / 召集人 (the relative who gathers that group) / 桌号 / 邀请人数 /
确认时间 / 确认人数 / 备注 (a guest's office or role, "退休") — mobiles stored as numbers on about
half the guests, a name with a leading space, then a 累计 row (merged A:F), four groups invited
without a card counted below it (D:E merged) and a 大合计. Sheet two is a phone address book pasted
from a phone export: three 姓名 columns (given, family or company, display name) and two 联系方式
columns with a blank column between, numbers in every spelling (numbers, 86-prefixed numbers,
dashed text, +86 text, foreign numbers), blank rows, people labelled by how they are known
(王总（售楼）, 张书记, 客服张小姐). The original's totals are SUM formulas; here their values. Values
invented (foreign numbers from the fictional UK 07700 900 and US 555-01 blocks).
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("guests-zh-cn-wedding")

GROUPS = [("陈老师娘家人", 22), ("陈老师\n理工大同事", 8), ("高中同学", 12), ("研究生同学", 8), ("师大同学", 6),
          ("初中同学", 6), ("水中同事", 5), ("同学", 3), ("水中老师", 1), ("中心校老师", 1), ("工厂", 10), ("朋友", 15)]
ROLES = ["退休", "退休", "某区统战部", "师大外语系主任", "某集团副总", "市出入境管理局", "省直六支", "工厂", "11月5日送抵"]
HOW = ["总（售楼）", "书记", "主任（抚州）", "医生", "校长", "总", "小姐（聚春园）", "（物流仓储）", "（纺织协会，广交会）"]


def mobile():
    return int(f.mobile_cn())


wb = workbook()
ws = wb.active
ws.title = "20251225海景BC请柬（同学朋友娘家亲戚）名单"
ws["A1"] = "婚  礼  名  单"
ws["A1"].font = Font(size=18)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A1:J1")
ws["F2"] = "更新日期：06/11/2025，" + f.name_cn()
ws.merge_cells("F2:J2")
for c, h in enumerate(["序号", "姓名", "联系方式", "客人类别", "召集人", "桌号", "邀请人数", "确认时间", "确认人数", "备注"], start=1):
    cell = ws.cell(3, c, h)
    cell.font = Font(size=12)
    cell.fill = PatternFill("solid", fgColor="FFFF0000")
    cell.alignment = Alignment(horizontal="left" if c == 10 else "center")
row = 4
n = 0
invited = 0
for group, size in GROUPS:
    convener = f.name_cn() if group != "朋友" else "Nora Fairbank"
    for i in range(size):
        n += 1
        name = f.name_cn() if f.chance(0.95) else f.pick(list("余王刘")) + "先生"
        if n == 83:
            name = " " + name
        phone = mobile() if f.chance(0.55 if group != "朋友" else 0.95) else None
        seats = 1 if f.chance(0.3) else 2
        invited += seats
        note = f.pick(ROLES) if f.chance(0.12 if group != "朋友" else 0.8) else None
        values = [n, name, phone, group, None if f.chance(0.05) else convener + ("\n" if f.chance(0.03) else ""), None,
                  seats, None, None, note]
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(row, c, v)
        row += 1
ws.cell(row, 1, "累计")
ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
ws.cell(row, 7, invited)
total = invited
for label, count in [("老家亲戚邻居", 116), ("陈老师同学（未发纸质请柬）", 30), ("新人同学朋友（未发纸质请柬）", 30),
                     ("亲家方代表（未发纸质请柬）", 30)]:
    row += 1
    ws.cell(row, 4, label)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    ws.cell(row, 7, count)
    total += count
row += 1
ws.cell(row, 5, "大合计")
ws.cell(row, 7, total)
for col, width in {"A": 6.89, "B": 8.84, "C": 20.1, "D": 15.63, "E": 11.0, "F": 8.84, "G": 10.42, "H": 11.37, "I": 9.37,
                   "J": 20.89}.items():
    ws.column_dimensions[col].width = width

book = wb.create_sheet("Sheet2")
book.append(["姓名", "姓名", "姓名", "联系方式", None, "联系方式"])


def spelled():
    m = f.mobile_cn()
    return f.pick([int(m), int(m), int("86" + m), f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86 {m}", f"{m[:3]} {m[3:7]} {m[7:]}",
                   f"+44 7700 900{f.r.randrange(1000):03d}", f"00 1 (416) 555-01{f.r.randrange(100):02d}"])


for _ in range(300):
    roll = f.r.random()
    if roll < 0.08:
        book.append([])
        continue
    person = f.name_cn()
    if roll < 0.55:
        display = person[0] + f.pick(HOW) if f.chance(0.4) else person
        given, family = None, display
    elif roll < 0.8:
        given, family, display = person, None, person
    elif roll < 0.9:
        given, family = f.pick(["Paul", "Ilya", "Anna", "ICE"]), f.pick(["Northcott", "1 Ronny", "Oakes", None])
        display = given + (" " + family if family else "")
    else:
        given, family, display = None, None, None
    first, second = (spelled(), None) if f.chance(0.75) else (None, spelled())
    if display is None:
        first, second = (spelled(), None) if f.chance(0.5) else (None, spelled())
    book.append([given, family, display, first, None, second])
for col, width in {"A": 23.84, "D": 21.47, "E": 23.84}.items():
    book.column_dimensions[col].width = width
save(wb, "guests-zh-cn-wedding.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for r in ws.iter_rows(values_only=True):
            print(r)
        for r in list(book.iter_rows(values_only=True))[:30]:
            print(r)
