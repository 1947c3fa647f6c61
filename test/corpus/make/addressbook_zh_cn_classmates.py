"""
Shape of acoder1983/minins "tongxunlu.xlsx" (commit 811e37bc): a personal primary-school classmate
address book in one sheet (Sheet1), made in Excel on a Chinese Windows PC (WPS custom properties).

- B2:E2 merged title 小学同学通讯录 (24 pt), then a two-table layout side by side: 男生 in B3:C4 and
  女生 in D3:E4 (each merged over two rows), name in B/D and mobile in C/E, no column headers.
- Group rows merged across B:E: 有微信 (row 5), then 11 boys and 12 girls; an empty row; 无微信
  (row 19), then 4 boys and 6 girls. The girls' list runs longer, so the last rows have only D:E.
- Names often carry a nickname or WeChat name in full-width brackets 张三（老张）, one bracket
  closed with a half-width ')', the owner marks himself （我）; a husband listed under the girls
  shares his wife's number; two numbers are 8-digit landlines; all numbers are stored as numbers.
- Column A empty, thin borders over the used range, no formulas.

Nobody here is a client: it is the owner's old classmates, so a person imports nothing.
Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import SURNAMES_CN, Fake, save, workbook

f = Fake("addressbook-zh-cn-classmates")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"

MALE = list("强军福生安培龙宁林基良祥宝建国平明华兵刚勇荣发海涛")
FEMALE = list("凤怡娟玲兰英芳秀红美洁萍霞琴丽燕珍勤媛萱")
NICKS = ["老{s}", "阿{g}", "{g}{g2}", "小{g}", "岁月", "平安", "河流", "翱翔", "乐平", "晨曦", "知足", "蓝天", "{s}", "{g}", "开心果"]
used_nicks = set()


def person(chars, nick_p=0.6):
    s = f.pick(SURNAMES_CN)
    given = "".join(f.pick(chars) for _ in range(f.pick([1, 2, 2])))
    name = s + given
    while name in used:
        given = "".join(f.pick(chars) for _ in range(2))
        name = s + given
    used.add(name)
    if f.chance(nick_p):
        nick = f.pick(NICKS).format(s=s, g=given[-1], g2=f.pick(chars))
        if nick not in used_nicks:
            used_nicks.add(nick)
            return f"{name}（{nick}）"
    return name


def mobile():
    return int(f.mobile_cn())


used = set()
boys_wx = [person(MALE) for _ in range(11)]
girls_wx = [person(FEMALE) for _ in range(11)]
boys_no = [person(MALE, 0) for _ in range(4)]
girls_no = [person(FEMALE, 0) for _ in range(6)]
boys_wx[7] = boys_wx[7].split("（")[0] + "（我）"
girls_wx[7] = girls_wx[7].split("（")[0] + "（" + girls_wx[7].split("（")[0][1:] + ")"   # half-width close
girls_wx[10] = girls_wx[10].split("（")[0] + "（上善若水）"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["B2"] = "小学同学通讯录"
ws.merge_cells("B2:E2")
ws["B3"] = "男生"
ws.merge_cells("B3:C4")
ws["D3"] = "女生"
ws.merge_cells("D3:E4")
ws["B5"] = "有微信"
ws.merge_cells("B5:E5")

row = 6
wife_phone = None
for i in range(max(len(boys_wx), len(girls_wx))):
    if i < len(boys_wx):
        ws.cell(row, 2, boys_wx[i])
        ws.cell(row, 3, mobile())
    if i < len(girls_wx):
        ws.cell(row, 4, girls_wx[i])
        phone = mobile()
        ws.cell(row, 5, phone)
        if i == 10:
            wife_phone = phone
    row += 1
# the husband of the last girl above, listed with her, on her number
ws.cell(row, 4, person(MALE, 0))
ws.cell(row, 5, wife_phone)
row += 2
ws.cell(row, 2, "无微信")
ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
group2 = row
row += 1
for i in range(len(girls_no)):
    if i < len(boys_no):
        ws.cell(row, 2, boys_no[i])
        ws.cell(row, 3, mobile())
    ws.cell(row, 4, girls_no[i])
    ws.cell(row, 5, int(f"5550{f.r.randrange(1000, 9999)}") if i in (1, 4) else mobile())
    row += 1
last = row - 1

for r in range(2, last + 1):
    for c in range(2, 6):
        cell = ws.cell(r, c)
        cell.border = box
        cell.font = Font(name="宋体", size=12)
ws["B2"].font = Font(name="宋体", size=24)
ws["B2"].alignment = Alignment(horizontal="center")
for ref in ("B3", "D3"):
    ws[ref].font = Font(name="宋体", size=16)
    ws[ref].alignment = Alignment(horizontal="center", vertical="center")
for ref in ("B5", f"B{group2}"):
    ws[ref].font = Font(name="宋体", size=16)
    ws[ref].alignment = Alignment(horizontal="left")
ws.column_dimensions["B"].width = 20.3
ws.column_dimensions["C"].width = 16.2
ws.column_dimensions["D"].width = 20.9
ws.column_dimensions["E"].width = 18.0
wb.properties.creator = "Windows User"
wb.properties.lastModifiedBy = "Windows User"

save(wb, "addressbook-zh-cn-classmates.xlsx")
