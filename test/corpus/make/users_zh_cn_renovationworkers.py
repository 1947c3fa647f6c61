"""
Shape of zhoutk/pydemo "member.xlsx" (at commit 2d8f32e3ce3b6164333ceb1fb9fb1cb2855bceb5): the user import
sheet of a home-renovation platform in a Shanxi city (简体, Excel), filled with the tradesmen who
were to be given accounts, read by a small script that writes them into the platform's database.
Sheet 'member' (three empty sheets Sheet1-Sheet3 follow): the database keys as a header in row 1
(username / realname / nickname / id_number / rank / live_city / honor, columns A-F text-formatted)
and a wrapped hint row under it in row 2 (用户名（必须手机号）, 真实姓名, 昵称, 身份证号, 用户类型（1-业主；
2-工人；3-工长；4-监理；5-设计师）, 居住城市（如：西安市，长治市）, 金牌称号：0-否；1-是). 324 users from
row 3: the mobile as username stored as a number, the real name copied into nickname (a leading
blank, a double space inside a two-character name, '（女）' after one, a compound surname), an ID
number on about a third of the first 246 rows (two with blanks around it) and none after, rank as
text '2' (235 workers), then '3' (87 foremen) and '5' (two designers), the same city on every row,
honor 0 everywhere. No 业主 (homeowner, the platform's customer) among them.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("users-zh-cn-renovationworkers")

wb = workbook()
ws = wb.active
ws.title = "member"
KEYS = ["username", "realname", "nickname", "id_number", "rank", "live_city", "honor"]
HINTS = ["用户名（必须手机号）", "真实姓名", "昵称", "身份证号", "用户类型（1-业主；2-工人；3-工长；4-监理；5-设计师）",
         "居住城市（如：西安市，长治市）", "金牌称号：0-否；1-是"]
for j, (key, hint) in enumerate(zip(KEYS, HINTS), 1):
    fmt = "General" if j == 7 else "@"
    ws.cell(1, j, key).number_format = fmt
    c = ws.cell(2, j, hint)
    c.number_format = fmt
    c.alignment = Alignment(wrap_text=True)
for col, width in {"A": 19.25, "B": 17.75, "C": 11.5, "D": 25.5, "E": 17.625, "G": 13.375, "H": 15.625}.items():
    ws.column_dimensions[col].width = width


def id_number():
    born = f.date(datetime.date(1962, 1, 1), datetime.date(1998, 12, 31))
    return "1404" + f.pick(["02", "03", "11", "21", "26", "27"]) + born.strftime("%Y%m%d") + \
        f"{f.r.randrange(1000):03d}" + f.pick("0123456789X")


ranks = ["2"] * 235 + ["3"] * 87 + ["5"] * 2
odd = {5: "compound", 40: "leading", 241: "female", 320: "double", 150: "leading"}
for i, rank in enumerate(ranks):
    r = i + 3
    kind = odd.get(i)
    if kind == "compound":
        name = f.pick(["皇甫", "欧阳", "司马"]) + f.pick(list("安根国平")) + f.pick(list("根生明"))
    elif kind == "double":
        name = f.pick(list("翟韩王")) + "  " + f.pick(list("彬勇斌"))
    else:
        name = f.name_cn()
        if kind == "leading":
            name = " " + name
        elif kind == "female":
            name += "（女）"
    ident = None
    if r <= 248 and f.chance(0.48):
        ident = id_number()
        if i in (7, 90):
            ident = ("  " + ident + "  ") if i == 7 else ident + " "
    ws.cell(r, 1, int(f.mobile_cn())).number_format = "@"
    ws.cell(r, 2, name)
    ws.cell(r, 3, name)
    if ident:
        ws.cell(r, 4, ident).number_format = "@"
    ws.cell(r, 5, rank).number_format = "@"
    ws.cell(r, 6, "长治市").number_format = "@"
    ws.cell(r, 7, 0)

for title in ("Sheet1", "Sheet2", "Sheet3"):
    wb.create_sheet(title)

save(wb, "users-zh-cn-renovationworkers.xlsx")
