"""
Shape of a Taiwanese church's registration and fee sheet for a children's weekend camp, as ppctw/eventDataClean
keeps it ("範本.xlsx", commit d18a825544a69263bea2a1def0c7a6501b79ca09), exported from the sign-up form and
then worked on by the office and the fee volunteers.

- One sheet "收費總表", header on row 1 with line breaks inside the cells: 項次 / 報名序號 / 兒童姓名 / 性別 /
  年級 / 學校 / 家長\\n姓名 / 家長\\n行動電話 / (行政)\\n報名時間 / (行政)\\n繳費期限 / (收費同工)\\n繳費金額 /
  (收費同工)\\n繳費日期 / (收費同工)\\n加入群組 / (收費同工)\\n經手人 / 備註, and an unnamed column P;
  pane frozen at D2, autofilter over the first two thirds of the rows (A1:P…).
- One row per child: 項次 the form's row number out of order; 報名序號 text '001' (cancelled ones '005 (取消）',
  '071（取消）' or just '取消', three '221 弱勢不收費' free places, one ' 230' with a leading space, late sign-ups
  without a number); grade (小班 … 六年級, 未就學, the kindergarten grade repeated as the school on a few);
  school short or full; the parent's name (one wrapped in Unicode isolate marks) and mobile — text '0900…' on most,
  a number that lost its leading 0 on a sixth, one empty; siblings on consecutive rows with the same parent and
  phone; sign-up date, deadline (ten days later) and paid date as m/d dates; fee 100 or empty; 加入群組 'V', 'v',
  'Ｖ' or a note ('請…將家長加入'); the volunteer who took the money (given name, sometimes the full name);
  備註 team wishes and a phone-call note; P '尚未退費' on one cancelled row.
- The last row holds only a 'v' in 加入群組.
Values invented: children, parents, phones, schools, dates, volunteers, notes.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("registrations-zh-tw-kidscamp")
GRADES = ["小班", "中班", "大班", "一年級", "二年級", "三年級", "四年級", "五年級", "六年級"]
SCHOOLS = ["崇文國小", "中正國小", "勝利國小", "復興國小", "和平國小", "公館國小", "民和國小", "民和", "建國", "崇文",
           "長樂國小", "仁愛國小", "小太陽幼兒園", "大社幼兒園", "小哈佛"]
HELPERS = ["瑜雯", "妙怡", "亭婷", "佩穎", "舒喬", "妮景", "容瑜", "妤瑄"]
FULL = {"亭婷": "陳亭婷", "舒喬": "楊舒喬", "佩穎": "葉佩穎"}

families = []
while sum(len(k) for _, _, k in families) < 230:
    parent = f.name_tw()
    phone = f.mobile_tw(dashed=False)
    surname = f.pick([parent[0], f.pick(list("陳林黃張李王吳劉"))])
    n = f.pick([1, 1, 1, 1, 2, 2, 3])
    kids = []
    for _ in range(n):
        kids.append((f._unique(lambda: surname + "".join(f.pick(list("可承宥恩芯晴辰睿希安語沐妍喬禾諾")) for _ in range(2))),
                     f.pick(["男", "女"]), f.pick(GRADES + ["未就學"] if f.chance(0.02) else GRADES)))
    families.append((parent, phone, kids))

rows = []
serial = 0
start = datetime.date(2025, 10, 15)
for fam_no, (parent, phone, kids) in enumerate(families):
    signed = start + datetime.timedelta(days=int(fam_no * 36 / len(families)) + f.r.randrange(0, 3))
    late = signed >= datetime.date(2025, 11, 16)
    cancelled = not late and f.chance(0.13)
    as_number = f.chance(0.17)
    for kid, sex, grade in kids:
        serial += 1
        if late:
            sn = None
        elif cancelled:
            sn = f.pick([f"{serial:03d} (取消）", f"{serial:03d}(取消）", f"{serial:03d}（取消）", "取消", "取消"])
        else:
            sn = f"{serial:03d}"
        school = f.pick(SCHOOLS)
        if grade in ("小班", "中班", "大班") and f.chance(0.2):
            school = grade
        paid = None if late or (cancelled and f.chance(0.5)) or f.chance(0.04) else signed + datetime.timedelta(days=f.r.randrange(0, 9))
        helper = None if paid is None else f.pick(HELPERS)
        if helper in FULL and f.chance(0.3):
            helper = FULL[helper]
        group = None if paid is None else f.pick(["V", "V", "V", "v", "v", "Ｖ", "請容瑜將家長加入", "妙怡協助加入",
                                                  "請小組姊姊協助"])
        rows.append([None, sn, kid, sex, grade, school, parent, int(phone) if as_number else phone,
                     signed, signed + datetime.timedelta(days=10), 100 if paid else None, paid, group, helper, None, None])

free = [i for i, r in enumerate(rows) if r[1] and r[1].isdigit()]
for k in sorted(f.r.sample(free[len(free) // 2:], 3)):
    rows[k][1] = f"{rows[k][1]} 弱勢不收費"
    rows[k][10] = None
k = next(i for i in range(len(rows) * 3 // 4, len(rows)) if rows[i][1] and rows[i][1].isdigit())
rows[k][1] = " " + rows[k][1]
# team wishes between siblings, a phone note, a refund note
sib = [i for i in range(1, len(rows)) if rows[i][6] == rows[i - 1][6]]
for i in sib[:5]:
    rows[i][14] = f"要跟{rows[i - 1][2][1:]}同一隊"
k = next(i for i, r in enumerate(rows) if r[11] is None and r[1] and r[1].isdigit())
rows[k][14] = f"{rows[k][8].month}/{rows[k][8].day + 1} 來電表示：預計週末前來繳費（瑜雯留）"
k = next(i for i, r in enumerate(rows) if r[1] and "取消" in r[1] and r[10])
rows[k][15] = "尚未退費"
rows[f.r.randrange(len(rows))][6] = "\u2068" + f.name_tw() + "\u2069"
rows[f.r.randrange(40, len(rows))][7] = None
order = list(range(1, len(rows) + 1))
head = order[: len(rows) - 10]
f.r.shuffle(head)
for r, n in zip(rows, head + order[len(rows) - 10:]):
    r[0] = n

wb = workbook()
ws = wb.active
ws.title = "收費總表"
ws.append(["項次", "報名序號", "兒童姓名", "性別", "年級", "學校", "家長\n姓名", "家長\n行動電話", "(行政)\n報名時間",
           "(行政)\n繳費期限", "(收費同工)\n繳費金額", "(收費同工)\n繳費日期", "(收費同工)\n加入群組", "(收費同工)\n經手人", "備註"])
for r in rows:
    ws.append(r)
ws.append([None] * 12 + ["v"])
for i in range(2, len(rows) + 2):
    ws.cell(i, 2).number_format = "@"
    ws.cell(i, 8).number_format = "@"
    for c in (9, 10, 12):
        ws.cell(i, c).number_format = "m/d"
for col, w in {"A": 7.5, "B": 20.7, "C": 16.7, "D": 14.0, "E": 16.2, "F": 20.5, "G": 11.8, "H": 14.3, "L": 12.8,
               "M": 31.0, "O": 49.3}.items():
    ws.column_dimensions[col].width = w
ws.freeze_panes = "D2"
ws.auto_filter.ref = f"A1:P{2 * len(rows) // 3}"
save(wb, "registrations-zh-tw-kidscamp.xlsx")

cancelled = sum(1 for r in rows if r[1] and "取消" in r[1])
print("rows", len(rows), "cancelled", cancelled, "records", len(rows) - cancelled)
