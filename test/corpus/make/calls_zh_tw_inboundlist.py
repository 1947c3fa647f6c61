"""
Shape of jocoonopa/lubri "public/bar/2016713/IB_6803_1468373796.csv" (at commit 7cd99fc): a Taiwanese
health-products maker's customer list pulled from its CRM for an inbound call campaign, written by
its call-centre layout tool as a CSV in Big5 (code page 950) with CR-only line ends and no header
row, 68 columns: member code (T + digits, plain digits or '999-9999'), name ('?' where Big5 lost a
character), sex code 0/1/2, birthday 'yyyy/mm/dd 00:00:00' on about half, ID number on a few
(lower-case letter once), home phone ('-' or empty on many), office phone ('-', '--', extension
after a dash), mobile '0900-123456' or '0900123456' (empty on some), city, district ('null' a few
times), postcode, street address, e-mail (empty on half; 'NULL', '因離職' or a refund note on a few),
a constant yyyymmdd date, the owning team, source list code and name, sub-list code and campaign
name, first purchase amount and date, last purchase amount and date, total spent (six decimals,
'.000000' for nothing), points, a serial, a due date and hospital on a few, then forty Y/N/letter
flags. One member is listed twice under two codes; two members share a mobile. 600 of the source's
1,382 rows; values invented.
"""
import datetime
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("calls-zh-tw-inboundlist")
N = 600

PLACES = [("新北市", [("247", "蘆洲區"), ("221", "汐止區"), ("241", "三重區"), ("231", "新店區"), ("220", "板橋區")], "02"),
          ("台北市", [("106", "大安區"), ("104", "中山區"), ("114", "內湖區")], "02"),
          ("桃園市", [("320", "中壢區"), ("330", "桃園區"), ("328", "觀音區")], "03"),
          ("新竹縣", [("310", "竹東鎮"), ("302", "竹北市")], "03"), ("新竹市", [("300", "東區"), ("300", "北區")], "03"),
          ("台中市", [("404", "北區"), ("438", "外埔區"), ("429", "神岡區"), ("408", "南屯區")], "04"),
          ("嘉義縣", [("604", "竹崎鄉")], "05"), ("高雄市", [("822", "阿蓮區"), ("807", "三民區"), ("830", "鳳山區")], "07")]
ROADS = ["民族路", "忠孝東路", "上安路", "仁愛路三段", "美村南路", "長青路", "文峰村", "土城路", "新坡里", "八德路", "長春路1段",
         "市民大道4段", "中正路", "青旗里", "中山路", "建國路"]
LISTS = [("126", "126.寵兒俱樂部名單", "126-{n}", "126-{n}寵兒俱樂部-103-{m}")] * 56 + \
        [("132", "132.康思特-電銷營運部公檔", "0", "未指定")] * 13 + \
        [("219", "219報紙廣宣專案-舒關液加小麥", "219-01", "219-01報紙廣宣專案-舒關液加小麥-聯合")] * 12 + \
        [("001", "1 郵購會員", "0", "未指定")] * 5 + [("025", "25.網站會員", "0", "未指定")] * 2 + \
        [("043", "43.MGM被推薦會員", "043-A001", "043-A001MGM推薦活動")] + [("166", "166日清小麥蛋白活動", "166-0101", "166-0101日清小麥蛋白試用")]
PRICES = [1379, 1379, 1379, 199, 999, 1198, 0, 2758, 3379]
HOSPITALS = ["NULL", "綜合醫院", "嘉基", "婦幼醫院"]
FLAG_SETS = ["N", "N", "N", "N", "N", "Y", "y", "n", "A", "C", "D", "J", "S", "V", "B"]


def money(v):
    return f"{v}.000000" if v else ".000000"


def stamp(d, seconds):
    return f"{d.year}/{d.month:02d}/{d.day:02d} 00:00:0{seconds}"


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def landline(area):
    n = f.r.randrange(20000000, 29999999) if area == "02" else f.r.randrange(2000000, 9999999)
    return f"{area}-{n}" if f.chance(0.8) else f"{area[1:] if f.chance(0.5) else area}{n}"


def id_number(sex):
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    letter = f.pick("AFFFNNEH")
    body = f"{sex}{f.r.randrange(10000000):07d}"
    code = letters.index(letter) + 10
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return f"{letter}{body}{(10 - total % 10 + 1 + f.r.randrange(9)) % 10}"


rows = []
code = 778600
serial = 2121300
for i in range(N):
    code += f.pick([1, 2, 3, 5, 8])
    serial += f.r.randrange(1, 40)
    sex = "0" if f.chance(0.94) else f.pick("12")
    name = person()
    if f.chance(0.004):
        name = name[:2] + "?"
    city, districts, area = f.pick(PLACES)
    zipc, district = f.pick(districts)
    street = f"{f.pick(ROADS)}{f.r.randrange(1, 400)}" + (f"巷{f.r.randrange(1, 40)}號" if f.chance(0.25) else "號") + (
        f"{f.r.randrange(2, 15)}樓" + (f"之{f.r.randrange(1, 9)}" if f.chance(0.3) else "") if f.chance(0.45) else "")
    birthday = stamp(f.date(datetime.date(1960, 1, 1), datetime.date(1995, 12, 31)), 0) if f.chance(0.57) else ""
    idno = id_number("2" if sex == "0" else "1") if f.chance(0.06) else ""
    home = "" if f.chance(0.43) else ("-" if f.chance(0.1) else landline(area))
    office = "" if f.chance(0.82) else f.pick(["-", "--", landline(area), f"{landline(area)}-{f.r.randrange(100, 999)}"])
    m = f.mobile_tw(dashed=False)
    mobile = "" if f.chance(0.07) else (f"{m[:4]}-{m[4:]}" if f.chance(0.78) else m)
    email = "" if f.chance(0.47) else f.email(f.pick(["mama", "baby", "amy", "lin", "x", "a", "coco"]) + str(f.r.randrange(100, 99999)))
    lst = f.pick(LISTS)
    n, mth = f.r.randrange(50, 61), f"{f.r.randrange(1, 13):02d}"
    first_price = f.pick(PRICES)
    first_day = f.date(datetime.date(2014, 7, 1), datetime.date(2015, 3, 31))
    repeat = f.chance(0.25)
    last_price = f.pick(PRICES) if repeat else first_price
    last_day = f.date(first_day, datetime.date(2016, 6, 30)) if repeat else first_day
    total = first_price + (last_price if repeat else 0) + (f.pick(PRICES) if repeat and f.chance(0.5) else 0)
    due, hospital = ("", "")
    if f.chance(0.02):
        due = stamp(f.date(datetime.date(2014, 11, 1), datetime.date(2016, 3, 1)), 0)
        hospital = f.pick(HOSPITALS) if f.chance(0.5) else ""
    no_purchase = f.chance(0.035)
    row = [f"T{code}" if f.chance(0.93) else f.pick([f"{code - 700000}", f"{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}"]),
           name, sex, birthday, idno, home, office, mobile, city, district if not f.chance(0.003) else "null", zipc if f.chance(0.99) else "",
           street, email, "20090504", "客經四公", lst[0], lst[1], lst[2].format(n=n), lst[3].format(n=n, m=mth),
           money(first_price), "" if no_purchase else stamp(first_day, 1), money(last_price), "" if no_purchase else stamp(last_day, 1),
           money(total), f.pick(["", "", "", "", "", "", "", "", "0", "100"]), str(serial), due, hospital,
           f.pick(["N", "N", "", "n"])] + [f.pick(FLAG_SETS) if f.chance(0.12) else "N" for _ in range(39)]
    rows.append(row)

rows[40][12], rows[222][12], rows[451][12] = "因離職", "NULL", "當初沖退貨扣抵沖錯單號940921147"
rows[77][4] = rows[77][4].lower() or id_number("2").lower()
# One member under a second code further down; two members sharing a mobile.
twin = list(rows[150])
twin[0], twin[25] = f"T{code + 3}", str(serial + 7)
twin[15:19] = ["132", "132.康思特-電銷營運部公檔", "0", "未指定"]
rows.append(twin)
rows[300][7] = rows[301][7] = rows[300][7] or "0900-314159"

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "calls-zh-tw-inboundlist.csv"), "wb") as fh:
    fh.write(b"".join((",".join(r) + "\r").encode("cp950") for r in rows))

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump(rows, open(sys.argv[1], "w"), ensure_ascii=False)
