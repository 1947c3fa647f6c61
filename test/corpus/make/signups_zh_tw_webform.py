"""
Shape of jocoonopa/lubri "storage/exports/posmember/09746ada8493609eef0db8e5b9676b0f.xls" (at commit
7cd99fc): a Taiwanese health-products maker's sign-ups from its web form for one month, Excel 97-2003
(code page 950), two sheets. '0808-0831' is the running log: 填寫日期 (real dates on the first rows,
then text like '2016/8/18', some with a trailing space) / 填寫時間 as text '下午 07:48:58' (a leading
space once) / the member columns of the club's list (會員 / 生日 / 地址 / 郵遞區號 / 住家電話 / 辦公電話 /
行動電話 / 預產期 / email / 生產醫院) and an unheaded thirteenth column with '舊會員' on one row. Every
member cell is text: birthdays '19690430', addresses 'postcode city district street' with spaces (the
city typed twice on some, '?' where a character was lost), mobiles with their leading zero, a
landline in the mobile column once; no due dates, no hospitals. People sign up again (one five times
with a new e-mail each time, one with a new mobile, one with the address typed another way);
relatives and colleagues share a mobile or an address. '0830' is one day's batch in the same
member columns, its people also in the log. Values invented.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("signups-zh-tw-webform")

PLACES = [("242", "新北市", "新莊區", ["雙鳳路", "中正路", "思源路"]), ("116", "台北市", "文山區", ["忠順街二段", "木柵路一段"]),
          ("880", "澎湖縣", "馬公市", ["新店路", "中正路"]), ("235", "新北市", "中和區", ["中正路", "連城路", "華順街", "民利街", "國光街"]),
          ("832", "高雄市", "林園區", ["東林西路"]), ("333", "桃園縣", "龜山鄉", ["民生北路一段"]), ("744", "台南市", "新市區", ["大順九路"]),
          ("231", "新北市", "新店區", ["安康路2段", "北新路三段"]), ("105", "台北市", "松山區", ["民生東路3段", "八德路四段"]),
          ("830", "高雄市", "鳳山區", ["文豐街", "光遠路"]), ("244", "新北市", "林口區", ["南勢街", "文化三路"]),
          ("251", "新北市", "淡水區", ["新春街", "中山路"]), ("108", "台北市", "萬華區", ["西藏路"]), ("500", "彰化縣", "彰化市", ["中山路3段"]),
          ("247", "新北市", "蘆洲區", ["中華街"]), ("115", "台北市", "南港區", ["園區街"]), ("237", "新北市", "三峽區", ["中華路"])]
HEAD = ["會員", "生日", "地址", "郵遞區號", "住家電話", "辦公電話", "行動電話", "預產期", "email", "生產醫院"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def place():
    zipc, city, dist, roads = f.pick(PLACES)
    lane = f"{f.r.randrange(2, 400)}巷" if f.chance(0.35) else ""
    alley = f"{f.r.randrange(1, 40)}弄" if lane and f.chance(0.3) else ""
    floor = f.pick(["", f"{f.r.randrange(2, 15)}樓", f"{f.r.randrange(2, 15)}F", f"{f.r.randrange(2, 12)}樓之{f.r.randrange(1, 5)}"])
    return zipc, city, dist, f"{f.pick(roads)}{lane}{alley}{f.r.randrange(1, 800)}號{floor}"


def address(p, style=0):
    zipc, city, dist, street = p
    if style == 1:
        return f"{zipc} {city} {dist} {city}{dist[:-1]}{street}"
    if style == 2:
        return f"{zipc}  {city}{dist}{street}"
    return f"{zipc} {city} {dist} {street}"


def member(p=None, mobile=None, birthday=None, name=None):
    p = p or place()
    return {"name": name or person(), "birthday": birthday or f.date(datetime.date(1950, 1, 1), datetime.date(1990, 12, 31)),
            "place": p, "mobile": mobile or f.mobile_tw(dashed=False),
            "local": f.pick(["amy", "lisa", "toto", "sandy", "ck", "jane", "andy", "lake", "pine", "qoop"]) + str(f.r.randrange(10, 99999))}


people = [member() for _ in range(26)]
# A family at one address on one mobile; colleagues at one office; a household at one flat.
family_place = place()
shared = f.mobile_tw(dashed=False)
people += [member(family_place, shared), member(family_place, shared)]
office = ("235", "新北市", "中和區", "中正路788號10樓")
office_mobile = f.mobile_tw(dashed=False)
people += [member(office, office_mobile), member(office, office_mobile), member(office)]
flat = place()
people += [member(flat) for _ in range(3)]

log = []
day = datetime.date(2016, 8, 8)
for k, m in enumerate(people):
    log.append(dict(m, day=day, email=f.email(m["local"]), style=0))
    if f.chance(0.55):
        day += datetime.timedelta(days=1)
# Signing up again: five times with a new e-mail, once with a new mobile, once with the address typed another way.
again = people[6]
for n in range(4):
    log.append(dict(again, day=datetime.date(2016, 8, 28), email=f.email(again["local"] + "9" * (n + 1)), style=0))
second = people[30]
log.append(dict(second, day=datetime.date(2016, 8, 25), mobile=f.mobile_tw(dashed=False), email=f.email("acc" + str(f.r.randrange(9))),
                style=0))
third = people[3]
log.append(dict(third, day=datetime.date(2016, 8, 18), email=f.email("tina" + str(f.r.randrange(9999))), style=1))
log.sort(key=lambda e: e["day"])
for e in log:
    e["time"] = f"{f.pick(['上午', '下午'])} {f.r.randrange(1, 13):02d}:{f.r.randrange(60):02d}:{f.r.randrange(60):02d}"
seen = set()
firsts = []
for e in log:
    if e["name"] not in seen:
        seen.add(e["name"])
        firsts.append(e)
daily = firsts[-5:]

wb = workbook()
batch = wb.active
batch.title = "0830"
batch.append(HEAD)
logsheet = wb.create_sheet("0808-0831")
logsheet.append(["填寫日期", "填寫時間"] + HEAD)


def member_cells(e):
    p = e["place"]
    birthday = e["birthday"].strftime("%Y%m%d")
    street_lost = e["place"][3].replace("號", "?", 1) if e is log[11] else None
    addr = address(p, e["style"]) if not street_lost else f"{p[0]} {p[1]} {p[2]} {street_lost}"
    mobile = e["mobile"] if e is not log[23] else f"022{f.r.randrange(6000000, 6999999)}"
    return [e["name"], birthday, addr, int(p[0]), None, None, mobile, None, e["email"], None]


for i, e in enumerate(log):
    when = e["day"] if i < 16 else f"{e['day'].year}/{e['day'].month}/{e['day'].day}" + (" " if i % 5 == 3 else "")
    time = (" " if i == 11 else "") + e["time"]
    logsheet.append([when, time] + member_cells(e) + (["舊會員"] if i == 11 else []))
    r = logsheet.max_row
    if i < 16:
        logsheet.cell(r, 1).number_format = "m/d/yyyy"
    for c in (3, 4, 5, 9, 11):
        logsheet.cell(r, c).number_format = "@"
for e in daily:
    batch.append(member_cells(e))
    for c in (1, 2, 3, 7, 9):
        batch.cell(batch.max_row, c).number_format = "@"
for ws, widths in ((batch, [10, 10, 44, 9, 10, 10, 12, 8, 30, 9]), (logsheet, [11, 13, 10, 10, 44, 9, 10, 10, 12, 8, 30, 9, 8])):
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w

save(wb, "signups-zh-tw-webform.xls", libreoffice="xls")

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump({"log": [[e["name"], str(e["day"]), e["birthday"].strftime("%Y%m%d"), e["mobile"], e["email"], list(e["place"])]
                           for e in log], "daily": [e["name"] for e in daily]}, open(sys.argv[1], "w"), ensure_ascii=False)
