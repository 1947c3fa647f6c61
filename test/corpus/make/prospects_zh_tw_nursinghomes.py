"""
Shape of qavit/Taipei-City-Dashboard "sun-data/臺北市老人福利機構名冊.csv" (at commit
73bf4d7dd3ff9f6924bc1877e58734a685d055a1; read through the index's stored text, the repository itself
could not be fetched): a Taiwanese city government's open-data roster of its elderly-care homes:

- CSV in UTF-8, LF line ends, quotes only where a cell holds a line break; one header:
  編號 / 屬性 / 機構名稱 / 區域別 / 地址 / 電話 / 收容對象 / 核定總床位數量 / 長照床位數量 / 養護床位數量 /
  失智床位數量 / 安養床位數量; 94 homes numbered 1–94 in blocks by district;
- 屬性 私立 for most, a few 公立 and 公設民營; the home's registered name ('臺北市私立…老人長期照顧中心(養護型)',
  '…老人養護所', '…(長期照護型)', a public '…老人安養護中心', a foundation's home '財團法人…附設臺北市私立…',
  one name missing a character);
- the address with 里 and a three-digit 鄰 (sometimes with spaces inside), several house numbers and
  floors ('1-4樓', '2、3、5樓', '及' joining two addresses), the district again in its own column;
- one landline '(02)2xxxxxxx' per home, once with a trailing space, once with a line break inside
  the quoted cell, homes in one building sharing a number;
- 收容對象 in words ('養護', '養護、長照', '安養、養護、長照'), once with trailing spaces, twice ending in a
  line break; the approved bed counts, the total the sum of the four kinds.
Values invented: home names, villages, roads, numbers, phones and bed counts (the city's districts
are real).
"""
import csv
import io
import os
import re

from fake import FILES, Fake

f = Fake("prospects-zh-tw-nursinghomes")

HEADER = ["編號", "屬性", "機構名稱", "區域別", "地址", "電話", "收容對象", "核定總床位數量", "長照床位數量", "養護床位數量",
          "失智床位數量", "安養床位數量"]
DISTRICTS = [("士林區", 9), ("大同區", 10), ("大安區", 6), ("中山區", 9), ("中正區", 3), ("內湖區", 6), ("文山區", 14),
             ("北投區", 24), ("松山區", 4), ("信義區", 2), ("南港區", 1), ("萬華區", 6)]
WORDS = ["康福", "仁愛", "樂群", "安欣", "恆春", "福田", "慈暉", "長青", "寶安", "德馨", "祥和", "嘉禾", "晴園", "松鶴", "瑞祥", "和煦",
         "永樂", "溫心", "泰安", "頤和", "銀松", "青松", "喜年", "康寧園", "美滿", "常樂", "悅家", "晨光", "富貴", "興隆", "天祥",
         "惠安", "安泰", "樂活", "康健", "懷恩", "宜家", "慈光", "和平", "春暉", "如意", "德福", "福壽", "松柏園", "怡和", "靜安",
         "弘愛", "雅園", "柏林", "福康", "榮恩", "吉安", "平安", "昌隆", "景福", "同心", "好家", "佳音", "真善", "寶福", "康祐",
         "信望", "晉福", "尚德", "全福", "恆安", "欣悅", "傳承", "家和", "守望", "明德", "慈恩", "喜樂", "安和", "良善", "耆樂",
         "康乃馨", "向陽", "好時光", "禾園", "錦福", "鶴壽", "萬安", "溫馨", "聖恩", "福樂", "上善", "伯樂", "家園", "日安",
         "綠園", "嘉年", "好鄰", "大和"]
VILLAGES = ["福林", "天和", "蘭興", "忠誠", "延平", "星明", "國順", "龍安", "錦安", "光信", "集英", "聚盛", "民安", "新福", "三愛",
            "富水", "葫洲", "湖濱", "紫陽", "景慶", "興業", "木柵", "萬有", "景行", "政大", "湖山", "永和", "永明", "建民", "文林",
            "關渡", "吉利", "大同", "立農", "秀山", "榮華", "仁愛", "新聚", "吉祥", "永春", "安康", "萬福", "錦德", "保德", "菜園",
            "糖廍", "華江", "石牌", "振興", "明德"]
ROADS = ["中山北路6段", "重慶北路3段", "延平北路3段", "甘州街", "新生南路3段", "和平東路3段", "復興南路1段", "錦州街", "八德路2段",
         "長安東路1段", "汀州路3段", "成功路2段", "內湖路2段", "興隆路2段", "木柵路3段", "景興路", "石牌路2段", "行義路", "文林北路",
         "知行路", "大業路", "南京東路5段", "信義路6段", "玉成街", "西園路2段", "和平西路3段", "民權東路6段", "致遠二路"]


def floors():
    return f.pick(["1樓", "2樓", "3樓", "1-2樓", "1-4樓", "2-3樓", "3-4樓", "5-6樓", "2、3、5、6樓", "4樓之1", ""])


def address(district, k):
    village = f.pick(VILLAGES)
    lin = f"{f.r.randrange(1, 30):03d}鄰"
    road = f.pick(ROADS)
    lane = f"{f.r.randrange(2, 500)}巷" if f.chance(0.45) else ""
    if lane and f.chance(0.3):
        lane += f"{f.r.randrange(1, 20)}弄"
    n = f.r.randrange(1, 400)
    nums = f"{n}號" if f.chance(0.7) else f"{n}、{n + 2}號" if f.chance(0.6) else f"{n}之{f.r.randrange(1, 15)}號"
    where = f"{village}里{lin}" if f.chance(0.8) else ""
    if where and k in (6, 7, 9):
        where = f"{village}里 {lin} "
    text = f"臺北市{district}{where}{road}{lane}{nums}{floors()}"
    if k in (20, 34):
        text += f"及{f.pick(VILLAGES)}里{f.r.randrange(1, 30):03d}鄰{f.pick(ROADS)}{f.r.randrange(1, 300)}號{f.pick(['1樓', '2樓', '5樓'])}"
    return text


def beds(kind):
    if kind == "public":
        long_care, care, dementia, rest = f.r.randrange(0, 140), f.r.randrange(40, 200), 0, f.r.randrange(150, 370)
    elif kind == "dementia":
        long_care, care, dementia, rest = 0, 0, f.r.randrange(40, 70), 0
    else:
        care = f.r.randrange(15, 50)
        long_care = f.r.randrange(3, 14) if f.chance(0.12) else 0
        care -= long_care
        dementia, rest = 0, 0
    return [long_care + care + dementia + rest, long_care, care, dementia, rest]


def target(b):
    parts = [w for w, n in (("安養", b[4]), ("養護", b[2]), ("長照", b[1])) if n]
    if b[3]:
        parts = ["失智"]
    return "、".join(parts)


rows = []
k = 0
words = f.r.sample(WORDS, 94)
for district, count in DISTRICTS:
    for i in range(count):
        word = words[k]
        owner = "私立"
        kind = "private"
        if k in (1, 53, 54):
            owner, kind = "公設民營", "public"
            name = f"臺北市{word}老人安養護中心" if k != 53 else f"臺北市{word}老人養護中心"
        elif k in (43, 79):
            owner, kind = "公立", "public"
            name = f"臺北市政府社會局{word}老人自費安養中心" if k == 43 else f"臺北市立{word}敬老院"
        elif k == 89:
            kind = "dementia"
            name = f"財團法人天主教{word}基金會附設臺北市私立{word}失智老人養護中心"
        elif k in (78, 92):
            name = f"財團法人臺北市私立{word}院" if k == 92 else f"財團法人台灣基督教{word}院附設臺北市私立{word}老人長期照顧中心(養護型)"
        elif f.chance(0.25):
            name = f"臺北市私立{word}老人養護所"
        elif k == 8:
            name = f"臺北市私立{word}老人長期照顧中心(長期照護型)"
        else:
            name = f"臺北市私立{word}老人長期照顧中心(養護型)"
        if k == 40:
            name = name.replace("中心", "中", 1)
        b = beds(kind)
        if k == 8:
            b = [b[0], b[0], 0, 0, 0]
        phone = f"(02)2{f.r.randrange(1000000, 9999999)}"
        who = target(b)
        if k == 1:
            phone += " "
            who += "  "
        if k == 17:
            phone += "\n"
        if k in (53, 54):
            who += "\n" if k == 54 else "  \n"
        rows.append([k + 1, owner, name, district, address(district, k), phone, who] + b)
        k += 1
# Homes in one building: the same number twice.
rows[16][5] = rows[15][5]
base = re.sub(r"[\d、\-]+樓(之\d+)?$", "", rows[2][4])
rows[2][4], rows[5][4] = base + "4、5、6樓", base + "2-3樓"
rows[5][5] = rows[2][5]

text = io.StringIO()
writer = csv.writer(text, lineterminator="\n")
writer.writerow(HEADER)
writer.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prospects-zh-tw-nursinghomes.csv"), "wb") as out:
    out.write(text.getvalue().encode("utf-8"))
