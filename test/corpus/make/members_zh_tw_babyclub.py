"""
Shape of jocoonopa/lubri "storage/exports/posmember/379.xls" (at commit 7cd99fc): a Taiwanese
health-products maker's list of new members of its expectant-mothers' club (寵兒名單) for one
sign-up period, Excel 97-2003 (code page 950), one sheet named after the period ('0726-0812'),
ten columns 會員 / 生日 / 地址 / 郵遞區號 / 住家電話 / 辦公電話 / 行動電話 / 預產期 / email / 生產醫院.
Birthdays and due dates are yyyymmdd numbers (a few birthdays missing, one a date in the baby's
year); addresses mostly '縣市 + three-digit postcode + space + district …', some without the
postcode, some with full-width digits, a few a bare village address, some empty; the postcode
column as a number (three or five digits, 0 on a few, empty on some); home phone '-' on most
rows, otherwise '0X-XXXXXXX', '02 -2xxxxxxx', a number, a negative number (a typed '-' before the
digits) or the text '=-4-7630984'; office phone '--' on most, '---', '----', '0-0-0' or a number
with '-' and an extension; the mobile as a nine-digit number (its leading zero lost), an ID number
on one row; e-mail empty on an eighth, upper case on a few, the mobile as the local part on
some; the hospital or the obstetrician as a short name, 'NULL' on a tenth. Names: leading spaces,
'?' for characters Big5 could not hold, an English nickname or two, given name first once,
namesakes (different mobiles and birthdays). 1,500 of the source's 4,786 rows; values invented.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("members-zh-tw-babyclub")
N = 1500

PLACES = [
    ("台北市", [("104", "中山區"), ("110", "信義區"), ("111", "士林區"), ("116", "文山區"), ("114", "內湖區")], "02"),
    ("新北市", [("242", "新莊區"), ("235", "中和區"), ("239", "鶯歌區"), ("251", "淡水區"), ("220", "板橋區")], "02"),
    ("桃園市", [("334", "八德區"), ("325", "龍潭區"), ("324", "平鎮區"), ("330", "桃園區")], "03"),
    ("新竹縣", [("310", "竹東鎮"), ("302", "竹北市"), ("314", "北埔鄉")], "03"),
    ("台中市", [("420", "豐原區"), ("403", "西區"), ("408", "南屯區"), ("412", "大里區"), ("413", "霧峰區")], "04"),
    ("彰化縣", [("500", "彰化市"), ("510", "員林市"), ("508", "和美鎮")], "04"),
    ("台南市", [("709", "安南區"), ("701", "東區"), ("741", "善化區"), ("722", "佳里區")], "06"),
    ("高雄市", [("830", "鳳山區"), ("813", "左營區"), ("811", "楠梓區"), ("831", "大寮區"), ("802", "苓雅區")], "07"),
    ("嘉義市", [("600", "嘉義市")], "05"),
    ("宜蘭縣", [("260", "宜蘭市")], "03"),
]
ROADS = ["民權路", "中正路", "民生東路１段", "信安街", "福港街", "大明路", "南京路", "大同路２段", "中安街", "國中路", "成功街",
         "學府東路", "環南路３段", "興豐路", "開化里", "昇平街", "安康路", "勝利路", "復興路", "大墩12街", "南屯路二段", "青田街"]
HOSPITALS = ["長庚", "長庚醫院", "馬偕", "馬偕醫院", "國泰醫院", "台安", "台安醫院", "林口長庚", "彰基", "榮總", "台大", "婦幼醫院",
             "林新醫院", "空軍醫院", "基督教醫院", "順安診所", "大千醫院", "新安婦產科", "博仁", "安心婦產科", "美國醫院",
             "仁愛醫院", "聖馬", "中山醫院", "亞東醫院"]
DOCTORS = [f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW) for _ in range(12)]
NICKNAMES = ["Mimi", "sunnycat", "Kiki"]
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def ymd(d):
    return d.year * 10000 + d.month * 100 + d.day


def person_name():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def landline(area):
    n = f.r.randrange(2000000, 9999999) if area != "02" else f.r.randrange(20000000, 29999999)
    return area, str(n)


rows = []
namesake_pool = []
for i in range(N):
    if namesake_pool and f.chance(0.035):
        name = f.pick(namesake_pool)
    else:
        name = person_name()
        if f.chance(0.05):
            namesake_pool.append(name)
    shown = name
    roll = f.r.random()
    if roll < 0.012:
        shown = " " + name
    elif roll < 0.016:
        shown = name[:2] + "?"
    elif roll < 0.018:
        shown = name[1:] + " " + name[0]
    elif roll < 0.02:
        shown = name[0] + " " + name[1:]

    city, districts, area = f.pick(PLACES)
    zipc, district = f.pick(districts)
    street = f"{f.pick(ROADS)}{f.r.randrange(1, 900)}" + (f"巷{f.r.randrange(1, 40)}號" if f.chance(0.2) else "號") + (
        f"{f.r.randrange(2, 16)}樓" if f.chance(0.45) else "")
    form = f.r.random()
    if form < 0.045:
        address, zip_value = None, None if f.chance(0.6) else int(zipc)
    elif form < 0.70:
        address, zip_value = f"{city}{zipc} {district}{street}", int(zipc)
    elif form < 0.80:
        address, zip_value = f"{city}{district}{street}", int(zipc) if f.chance(0.5) else None
    elif form < 0.88:
        address, zip_value = f"{city}{district}{street.translate(FULL)}", int(zipc + f"{f.r.randrange(1, 99):02d}")
    elif form < 0.96:
        address, zip_value = f"{city}{zipc} {district}{street}", int(zipc)
    elif form < 0.98:
        address, zip_value = f"{f.pick(['義興村', '新社里', '五福村'])}{f.r.randrange(1, 99)}號", 0
    else:
        address, zip_value = f"{city}{district}{street}", None

    birthday = f.date(datetime.date(1970, 1, 1), datetime.date(1998, 12, 31))
    birth_value = ymd(birthday) if not f.chance(0.046) else None
    due = f.date(datetime.date(2016, 7, 28), datetime.date(2017, 3, 4))

    a, n = landline(area)
    hroll = f.r.random()
    if hroll < 0.63:
        home = "-"
    elif hroll < 0.66:
        home = "--"
    elif hroll < 0.88:
        home = f"{a}-{n}"
    elif hroll < 0.91:
        home = f"{a} -{n}"
    elif hroll < 0.94:
        home = int(n)
    elif hroll < 0.97:
        home = -int(n)
    else:
        home = f"=-{a[1]}-{n}"
    oroll = f.r.random()
    if oroll < 0.90:
        office = "--"
    elif oroll < 0.93:
        office = "---"
    elif oroll < 0.935:
        office = "----"
    elif oroll < 0.94:
        office = "0-0-0"
    else:
        oa, on = landline(area)
        office = f"{oa}-{on}-" + (str(f.r.randrange(100, 9999)) if f.chance(0.3) else "")
    mobile = f.mobile_tw(dashed=False)
    local = f.pick(["", "mama", "baby", "amy", "yoyo", "jenny", "coco", "kiki", "lin"]) + str(f.r.randrange(100, 99999))
    eroll = f.r.random()
    if eroll < 0.127:
        email = None
    elif eroll < 0.16:
        email = f"{mobile}@" + f.pick(["example.com", "example.net"])
    elif eroll < 0.165:
        email = f.email("a" + local).upper()
    else:
        email = f.email(("a" if local[0].isdigit() else "") + local)
    hospital = "NULL" if f.chance(0.1) else (f.pick(DOCTORS) if f.chance(0.08) else f.pick(HOSPITALS))
    rows.append([shown, birth_value, address, zip_value, home, office, int(mobile), ymd(due), email, hospital])

# English nicknames typed in the name box, a birthday in the baby's year, an ID number as mobile.
rows[211][0], rows[977][0] = NICKNAMES[0], NICKNAMES[1]
rows[640][1] = 20161128
rows[1233][6] = "S223401876"

wb = workbook()
ws = wb.active
ws.title = "0726-0812"
ws.append(["會員", "生日", "地址", "郵遞區號", "住家電話", "辦公電話", "行動電話", "預產期", "email", "生產醫院"])
for r in rows:
    ws.append(r)
    home = ws.cell(ws.max_row, 5)
    if isinstance(home.value, str) and home.value.startswith("="):
        home.data_type = "s"
for col, width in zip("ABCDEFGHIJ", [10, 11, 44, 9, 13, 16, 12, 11, 30, 14]):
    ws.column_dimensions[col].width = width

save(wb, "members-zh-tw-babyclub.xls", libreoffice="xls")

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump(rows, open(sys.argv[1], "w"), ensure_ascii=False)
