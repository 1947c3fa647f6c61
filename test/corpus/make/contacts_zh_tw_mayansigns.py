"""
Shape of lueng0818/maya_13Moon_Web "data/通訊錄.csv" (at commit 28bc4dec4fa0ec605d0a7c2432dd6a6e3e911605):
the 通訊錄 tab of a Taiwanese 13-Moon (Mayan calendar) reading workbook, downloaded from Google Sheets
as CSV for the reading app:

- UTF-8 with a BOM, CRLF line ends, one header of 19 columns: 編號 / 名字 / 出生年 / 出生月 / 出生日 /
  KIN / 顯示日期 / 瑪雅生日 / 對應瑪雅年 / 對應星際年 / 對應KIN / 星際流年 / 波符加印記 / 主印記 /
  主印記(含波符) / 波符加印記城堡 / 波符加印記城堡銀河季節 / 圖騰 / 調性 — everything after the birth
  date computed by the sheet (KIN number, Mayan birthday as 'moon.day' with trailing zeros lost, 'S
  51.33' / 'NS 1.38' galactic years, signs, wavespells, castles, seasons, tone);
- rows 1–2 are 今天 and 明天 (today's and tomorrow's date, for the day's sign);
- then 114 'people' to look signs up for: mostly famous people (singers, actors, business founders,
  presidents, philosophers with years BC as negative numbers, emperors with three-digit years), a few
  countries and events (a republic's founding, '舊週期結束', an independence day), and a handful of the
  reader's own contacts (…老師, English first names, a nickname); names with a tab inside the quotes,
  a leading or trailing space, a middle dot;
- then 196 rows with only the serial number 117–312 and empty cells.
Values invented: every person's name and birth date and every computed sign (the 20 seals, 13 tones,
castles and seasons are the calendar's own vocabulary; the countries and events are public dates).
"""
import csv
import io
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("contacts-zh-tw-mayansigns")

HEADER = ["編號", "名字", "出生年", "出生月", "出生日", "KIN", "顯示日期", "瑪雅生日", "對應瑪雅年", "對應星際年", "對應KIN", "星際流年",
          "波符加印記", "主印記", "主印記(含波符)", "波符加印記城堡", "波符加印記城堡銀河季節", "圖騰", "調性"]
SEALS = ["紅龍", "白風", "藍夜", "黃種子", "紅蛇", "白世界橋", "藍手", "黃星星", "紅月", "白狗", "藍猴", "黃人", "紅天行者", "白巫師", "藍鷹",
         "黃戰士", "紅地球", "白鏡", "藍風暴", "黃太陽"]
TONES = ["磁性", "月亮", "電力", "自我存在", "超頻", "韻律", "共振", "銀河星系", "太陽", "行星", "光譜", "水晶", "宇宙"]
CASTLES = ["紅色東方啟動城堡", "白色北方淨化城堡", "藍色西方蛻變城堡", "黃色南方給予城堡", "綠色中央魔法城堡"]
SEASONS = ["愛的白狗白色銀河季節", "視野藍鷹藍色銀河季節", "開悟黃太陽黃色銀河季節", "生命力紅蛇紅色銀河季節"]
FOREIGN = ["約翰", "威廉", "查爾斯", "亞歷山大", "瑪麗", "伊莉莎白", "湯瑪斯", "喬治", "路易", "安娜", "卡爾", "彼得"]
FOREIGN_LAST = ["卡斯特", "莫里森", "布蘭登", "韋伯斯", "勒費弗", "霍夫曼", "德拉克", "坎貝爾", "貝格曼", "羅西尼"]
ANCIENT = ["子", "公", "王", "帝", "宗"]
EVENTS = [("中華民國", 1911, 10, 10), ("舊週期結束", 2012, 12, 21), ("印度", 1947, 8, 15), ("以色列", 1948, 5, 14),
          ("澳洲", 1901, 1, 1), ("巴西", 1822, 9, 7), (" 南非", 1931, 12, 11), ("國民政府遷台", 1949, 12, 7)]
OWN = ["黃老師", "盈君老師", "思羽", "Janice", "Giada", "Lily Chen", "路路", "RIS", "虹", "Tilandky"]


def sign(kin):
    return TONES[(kin - 1) % 13] + SEALS[(kin - 1) % 20]


def computed(kin, year, month, day):
    start = kin - (kin - 1) % 13            # the wavespell's first kin
    wave = SEALS[(start - 1) % 20] + "波符"
    castle = CASTLES[(kin - 1) // 52]
    season = SEASONS[(kin - 1) % 4]
    kin2 = f.r.randrange(1, 261)
    moon, mday = f.r.randrange(1, 14), f.r.randrange(1, 29)
    maya_birthday = f"{moon}.{mday:02d}".rstrip("0").rstrip(".") if mday % 10 == 0 else f"{moon}.{mday:02d}"
    maya_year = year if f.chance(0.6) else year - 1
    galactic = f"S {51 + (maya_year - 1987) // 52 if maya_year >= 1987 else 50 - (1987 - maya_year) // 52}.{(maya_year - 1987) % 52 + 1}"
    if year >= 2013:
        galactic = f"NS 1.{year - 1987}"
    flow = sign(kin2)
    wave2 = SEALS[(kin2 - (kin2 - 1) % 13 - 1) % 20] + "波符" + flow
    return [kin, f"{month}月{day}日", maya_birthday, maya_year, galactic, kin2, flow, wave2, sign(kin), wave + sign(kin),
            castle + wave + sign(kin), season + castle + wave + sign(kin), SEALS[(kin - 1) % 20], TONES[(kin - 1) % 13]]


def famous():
    kind = f.r.random()
    if kind < 0.55:   # a singer, actor, founder of today
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)), f.r.randrange(1950, 2000)
    if kind < 0.8:    # a foreign name with a middle dot
        return f._unique(lambda: f.pick(FOREIGN) + "·" + f.pick(FOREIGN_LAST)), f.r.randrange(1450, 1960)
    if kind < 0.9:    # an emperor or sage of old
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(ANCIENT)), f.r.randrange(500, 1400)
    return f._unique(lambda: f.pick(FOREIGN) + f.pick(["大帝", "斯", "圖"])), -f.r.randrange(60, 480)


rows = [[1, "今天", 2025, 11, 27] + computed(248, 2025, 11, 27),
        [2, "明天", 2025, 11, 28] + computed(249, 2025, 11, 28)]
entries = []
for name in OWN:
    entries.append((name, f.r.randrange(1965, 1998)))
for name, y, m, d in EVENTS:
    entries.append((name, (y, m, d)))
while len(entries) < 114:
    entries.append(famous())
tail = entries[1:]
f.r.shuffle(tail)
entries = [entries[0]] + tail  # the teacher first, as in the sheet
for k, (name, when) in enumerate(entries):
    if isinstance(when, tuple):
        y, m, d = when
    else:
        y, m, d = when, f.r.randrange(1, 13), f.r.randrange(1, 29)
    if k == 40:
        name = name + "\t"
    elif k == 50:
        name = "\t" + name
    elif k == 112:
        name = name + " "
    rows.append([k + 3, name, y, m, d] + computed(f.r.randrange(1, 261), y, m, d))
for n in range(117, 313):
    rows.append([n] + [""] * 18)

text = io.StringIO()
writer = csv.writer(text, lineterminator="\r\n")
writer.writerow(HEADER)
writer.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-zh-tw-mayansigns.csv"), "wb") as out:
    out.write(text.getvalue().encode("utf-8-sig"))
