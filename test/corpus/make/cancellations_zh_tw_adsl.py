"""
Shape of pillar62/EEP2015 "DABI/RTAP/Base/HBADSLcust/txt/0305~0309.xls" (at commit 4154f1d): a
Taiwanese building-broadband reseller's list of subscribers who asked to cancel (退租) or to be
reconnected (復裝) over a few days, pasted out of its HiBuilding system into Excel 97 (Windows 98,
code page 950) without a header row: subscriber number (HN), building number (HB, shared by
neighbours in one building; empty once), request date as a yyyymmdd number, status, subscriber
name, phone, billing address. The same system's other lists name the columns HN號碼 / HB號碼 /
申請日期 / 狀態 / 客戶名稱 / 電話 / 帳寄地址. Two runs of dates (the list was pasted twice, each
sorted by date). Phones in every spelling: '02-2xxxxxxx', '02 8642138' (a digit short), '[07]365-4562',
'07-3366242/6413', '02-26186508/02-', a number without the area code (8 or 7 digits), a mobile as
'0900-xxx-xxx' or '0900-xxxxxx' or a nine-digit number. Addresses with and without the city, the old
county names (台北縣, 桃園縣 …), 'F' for floors. A company among the people, an English name, one
name ending in a character outside Big5 (a private-use code point), three relatives in one
building. Sheet2 and Sheet3 are empty. Values invented.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("cancellations-zh-tw-adsl")

PLACES = [
    ("02", ["台北市文山區", "台北市北投區", "台北市信義區", "台北縣新店市", "台北縣板橋市", "台北縣中和市", "台北縣新莊市", "台北縣永和市",
            "台北縣三重市", "台北縣樹林市", "台北縣蘆洲市"]),
    ("02", ["基隆市", "基隆市安樂區"]),
    ("03", ["桃園縣蘆竹鄉", "桃園縣桃園市", "新竹市", "新竹縣湖口鄉", "宜蘭市"]),
    ("04", ["台中市西屯區", "台中市北區", "台中市南區", "台中縣太平市", "台中縣龍井鄉"]),
    ("07", ["高雄市楠梓區", "高雄市三民區", "高雄市前鎮區", "高雄市苓雅區"]),
    ("08", ["屏東縣屏東市"]),
]
ROADS = ["安和路", "壽民路", "南昌路", "基金一路", "興隆路二段", "明水路", "鎮前街", "大雅路", "安和一街", "大武路", "成功路", "萬安街",
         "員山路", "大同路2段", "信義路五段", "保生路", "長壽二街", "永貞路", "鼎吉街", "中華五路", "育賢路", "中央路", "貴陽街",
         "一坑路", "新坡一街", "溫泉路", "南屯路二段", "中原路", "仁義街", "國際路一段", "木柵路二段", "沙田路六段", "武陵路", "瑞隆路",
         "四維路", "龍安路", "國慶路", "民族路", "大進街", "建中街", "中正路", "中華四路", "正興路", "建國路", "南平路", "中山路",
         "民生路", "中華路2段"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def landline(area):
    n = f.r.randrange(20000000, 39999999) if area == "02" else f.r.randrange(2000000, 9999999)
    s = str(n)
    roll = f.r.random()
    if roll < 0.55:
        return f"{area}-{s}"
    if roll < 0.65:
        return f"{area} {s[:-1]}"
    if roll < 0.70:
        return f"[{area}]{s[:3]}-{s[3:]}"
    if roll < 0.74:
        return f"{area}-{s[:3]}-{s[3:]}"
    if roll < 0.78:
        return f"{area}-{s}/{f.r.randrange(1000, 9999)}"
    if roll < 0.80:
        return f"{area}-{s}/{area}-"
    if roll < 0.90 or area != "02":
        return n
    return f"{s[:4]}-{s[4:]}"


def mobile():
    m = f.mobile_tw(dashed=False)
    roll = f.r.random()
    if roll < 0.4:
        return f"{m[:4]}-{m[4:7]}-{m[7:]}"
    if roll < 0.8:
        return f"{m[:4]}-{m[4:]}"
    return int(m)


def address(prefix):
    lane = f"{f.r.randrange(2, 260)}巷" if f.chance(0.35) else ""
    alley = f"{f.r.randrange(1, 30)}弄" if lane and f.chance(0.3) else ""
    num = f"{f.r.randrange(1, 600)}" + (f"-{f.r.randrange(1, 9)}" if f.chance(0.15) else "")
    floor = f.pick([f"{f.r.randrange(2, 21)}樓", f"{f.r.randrange(2, 21)}F", f"{f.r.randrange(2, 15)}樓之{f.r.randrange(1, 6)}",
                    f"{f.r.randrange(2, 15)}樓-{f.r.randrange(1, 6)}", ""])
    place = prefix if f.chance(0.85) or len(prefix) <= 3 else prefix[3:]
    return f"{place}{f.pick(ROADS)}{lane}{alley}{num}號{floor}"


def hb():
    return f.pick([80005000, 80008000, 84667000, 84953000, 85043000, 85135000, 85178000]) + f.r.randrange(1, 999)


def block(start, end, n):
    rows = []
    for _ in range(n):
        area, prefixes = f.pick(PLACES)
        d = f.date(start, end)
        status = "復裝" if f.chance(0.18) else "退租"
        phone = mobile() if f.chance(0.2) else landline(area)
        rows.append([81200000 + f.r.randrange(1, 65000), hb(), int(d.strftime("%Y%m%d")), status, person(), phone,
                     address(f.pick(prefixes))])
    rows.sort(key=lambda r: r[2])
    return rows


first = block(datetime.date(2004, 2, 26), datetime.date(2004, 3, 9), 33)
second = block(datetime.date(2004, 3, 4), datetime.date(2004, 3, 9), 17)
# Three relatives in one building, one after the other in the first run.
family_hb, surname = 84953708, "彭"
relatives = [[81234175 + k, family_hb, 20040309, "退租", surname + f.pick(GIVEN_TW) + f.pick(GIVEN_TW),
              f.r.randrange(28900000, 28999999), f"台北市北投區溫泉路58巷{k % 2 * 2 + 3}號{k + 2}樓"] for k in range(3)]
rows = first[:25] + relatives + first[25:] + second
rows[0][1] = None
rows[0][4] = rows[0][4][:2] + "\ue013"
rows[14][4] = "詠聖企業有限公司"
rows[41][4] = "Jon Ashdown"
rows[30][4] = "弘裕投資股份有限公司"

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for r in rows:
    ws.append(r)
for col, width in zip("ABCDEFG", [10, 10, 10, 6, 16, 16, 44]):
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

save(wb, "cancellations-zh-tw-adsl.xls", libreoffice="xls")

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump(rows, open(sys.argv[1], "w"), ensure_ascii=False)
