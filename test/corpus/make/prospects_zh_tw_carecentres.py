"""
Shape of Yao-JX/ltc-dashboard "data/raw/elderly_institutions_8572/新北市.csv" (at commit
c15e105233edfa97352447d127f29bbebe2d337d): New Taipei City's file of the national open-data roster of elderly
welfare institutions (data.gov.tw dataset 8572, one CSV per county), downloaded as published by a long-term-care
dashboard's fetch script:

- CSV in Big5, LF line ends, a final newline, quotes only around cells holding a line break; one header:
  編號 / 屬性 / 機構名稱 / 負責人 / 區域別 / 地址 / 電話 / 收容對象 / 立案日期 / 核定床數 / 備註;
- 214 institutions: two public homes (公立) and private care centres, mostly '新北市私立…老人長期照顧中心（養護型）'
  with full-width or half-width brackets (mixed within one name once, a space before the bracket once),
  '(長期照護型)', '…老人養護中心', foundations' homes ('財團法人…附設…'); characters outside Big5 come out as '?'
  (in a name, at the end of an address, inside a road name);
- the person responsible (負責人) — one person running two or three centres in a chain (often at the same
  address on other floors, sharing a phone);
- rows in blocks by district but not sorted (the first rows out of order, one row of another district inside a
  block, a later block for districts already seen); serial 37 twice and 174 missing;
- the address with floors listed ('3樓、3樓之1、3樓之2'), spaces inside a few ('屈尺路 81 號'), several house
  numbers; the phone as '02-xxxxxxxx' (two with a dash inside the number, two cells with a second number on a new
  line, one without the area code); the kinds of care (養護, 長照, 安養, 失智) one per line in a cell;
- the registration date as ROC year.month written like a number ('89.03', '106.08', and '89.1' for October —
  the trailing zero lost, once '102.9'), the approved beds, '停辦' in 備註 once.
Values invented: names, persons, roads, numbers, phones, dates and beds (the districts are the city's).
"""
import csv
import io
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("prospects-zh-tw-carecentres")

HEADER = ["編號", "屬性", "機構名稱", "負責人", "區域別", "地址", "電話", "收容對象", "立案日期", "核定床數", "備註"]
# district blocks in the source's order, with sizes
BLOCKS = [("新店區", 1), ("深坑區", 1), ("淡水區", 1), ("八里區", 1), ("三芝區", 4), ("三重區", 14), ("三峽區", 12),
          ("新店區", 1), ("三峽區", 11), ("土城區", 8), ("中和區", 32), ("五股區", 3), ("永和區", 8), ("汐止區", 17),
          ("板橋區", 33), ("林口區", 2), ("泰山區", 2), ("淡水區", 6), ("新店區", 18), ("新莊區", 21), ("瑞芳區", 2),
          ("萬里區", 2), ("樹林區", 7), ("蘆洲區", 2), ("鶯歌區", 2), ("汐止區", 1), ("新店區", 1), ("鶯歌區", 1)]
ROADS = ["中正路", "中山路2段", "民生路", "民權路", "成功路", "復興路", "文化路", "介壽路1段", "中央路4段", "福德路",
         "大觀路3段", "四川路2段", "廣權路", "館前西路", "思源路", "化成路", "新樹路", "三和路4段", "自強路4段", "重新路5段",
         "和平街", "青山路", "永和路2段", "竹林路", "建國路", "景平路", "連城路", "員山路", "明志路1段", "三民路"]
WORDS = list("安康祥和泰福恩慈仁愛德馨樂怡寶永松柏春欣晴雅宜順佳瑞興隆明景清心美豐")
TWO = ["大同", "同心", "博群", "連馨", "銀享", "迦勒", "大眾", "永泰", "慈美", "合樂", "闔樂", "忠祥", "逢海", "中原",
       "一德", "皇佳", "福泰", "慈鴻", "禾藝", "連城", "美馨", "享居", "展欣", "御林園", "再芳", "明泰", "寶貝爹娘", "宏德",
       "育昇", "天愛", "百睿", "百齡家園", "新陽光", "童心", "東宜", "寶樺", "康達", "春天", "祥寶", "桐心", "宏國", "瑞昇",
       "慈徽", "陽光", "皖美", "領袖天下", "鴻祥", "仁民", "迦蜜", "重慶", "慧心", "心田", "廣福", "廣權", "惟思", "夏雨",
       "恆輝", "思親", "思福", "思源", "崇惠", "模範", "榮華", "匯安", "莊敬", "溫昕", "新家", "溫馨", "亞洲", "亞恩",
       "大坪林", "皇冠", "日祥", "承新", "南山", "新中", "長恩", "智英", "中英", "傅英", "仁英", "佳興", "珍珍", "永瑞", "景馨",
       "家安", "馨安", "安馨", "常福緣", "景頤", "景福", "老吾老", "佳康"]
CARE = ["養護"] * 199 + ["長照"] * 4 + ["養護\n長照"] * 4 + ["養護\n安養"] * 3 + ["失智\n養護\n安養"]


def person():
    if f.chance(0.05):
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def phone():
    return f._unique(lambda: f"02-{f.pick('2228')}{f.r.randrange(1000000, 9999999)}")


def roc_date():
    y, m = f.r.randrange(86, 107), f.r.randrange(1, 13)
    return f"{y}.1" if m == 10 else f"{y}.{m:02d}"


def floors(n):
    first = f.r.randrange(1, 11)
    if n == 1:
        return f"{first}樓"
    return "、".join([f"{first}樓"] + [f"{first}樓之{i}" for i in range(1, n)])


def address(district, road=None, number=None):
    road = road or f.pick(ROADS)
    lane = f"{f.r.randrange(2, 400)}巷" if f.chance(0.25) else ""
    number = number or f"{f.r.randrange(1, 600)}號"
    return f"新北市{district}{road}{lane}{number}", road, number


names = f.r.sample(TWO, len(TWO))
rows = []
chain_left = 0
chain = None
for district, count in BLOCKS:
    for _ in range(count):
        k = len(rows)
        word = names.pop() if names else f.pick(WORDS) + f.pick(WORDS)
        bracket = f.pick(["（養護型）", "（養護型）", "(養護型)"])
        name = f"新北市私立{word}老人長期照顧中心{bracket}"
        if f.chance(0.11):
            name = f"新北市私立{word}老人養護中心"
        owner, care, beds = "私立", CARE[(k * 37) % len(CARE)], f.pick([49, 49, 48, 48, 47, 46, 45, 42, 40, 39, 36, 32, 28, 24])
        base, road, number = address(district)
        addr = base + floors(f.pick([1, 1, 1, 2, 3]))
        if chain_left and chain:
            person_in_charge, shared_phone, (road, number) = chain["who"], chain["phone"], chain["at"]
            addr = f"新北市{district}{road}{number}{f.r.randrange(2, 8)}樓"
            tel = shared_phone if f.chance(0.6) else phone()
            chain_left -= 1
        else:
            person_in_charge, tel = person(), phone()
            if f.chance(0.08):
                chain_left = f.pick([1, 1, 2])
                chain = {"who": person_in_charge, "phone": tel, "at": (road, number)}
        rows.append([str(k + 1), owner, name, person_in_charge, district, addr, tel, care, roc_date(), str(beds), ""])

# the two public homes and the foundations' homes
rows[0][1:4] = ["公立", f"衛生福利部北區老人之家(含{f.pick(['頤苑', '松園'])}大廈)", rows[0][3]]
rows[0][5] = f"新北市新店區{f.pick(ROADS)} {f.r.randrange(10, 99)} 號、{f.r.randrange(100, 130)}號"
rows[0][7], rows[0][8], rows[0][9] = "安養\n養護\n長照", "35.03", "602"
rows[0][6] = f"02-2{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}\n02-2{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}"
rows[1][2], rows[1][7], rows[1][8], rows[1][9] = "財團法人台灣省私立康順養護中心", "失智\n養護\n長照", "82.11", "134"
rows[1][5] = f"新北市深坑區昇高里{f.pick(['王寮', '土庫'])} {f.r.randrange(2, 30)} 號?"
rows[1][6] = f"02-2{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}"
rows[2][2], rows[2][7], rows[2][8], rows[2][9] = "財團法人臺灣省私立臺北仁德院附設仁德安老所", "安養", "26.05", "122"
rows[2][5] = f"新北市淡水區中正東路 2 段 {f.r.randrange(10, 300)} 號?"
rows[2][6] = f"02-2{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}"
rows[3][2], rows[3][7], rows[3][8], rows[3][9] = "財團法人新北市私立台灣天主教頤養院", "養護\n安養", "61.05", "78"
rows[4][10] = "停辦"
rows[4][2] = rows[4][2].replace("（養護型）", "（長期照護型）").replace("(養護型)", "(長期照護型)")
rows[4][7] = "長照"
rows[7][2] = "財團法人台灣基督長老教會恩典教會附設新北市私立恩典安養中心"
rows[7][7], rows[7][9] = "失智\n養護\n安養", "432"
i = 96
rows[i][2] = "財團法人臺北市私立恆福老人長期照顧中心附設新北市私立大福老人長期照顧中心(養護)"
rows[i][9] = "196"
i = 97
rows[i][2] = "財團法人中華文化社會福利事業基金會附設新北市私立翠林新村老人安養中心"
rows[i][7], rows[i][9] = "養護\n安養", "295"
rows[i][6] = rows[i][6] + "\n" + f"2{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}"
rows[199][1], rows[199][2], rows[199][7], rows[199][8], rows[199][9] = "公立", "新北市立仁愛之家", "養護\n安養", "64.07", "416"
rows[160][2] = "財團法人私立廣德老人養護中心"
rows[160][7], rows[160][9] = "養護\n長照", "133"
rows[203][2] = "財團法人新北市私立馨福老人養護中心"
rows[203][5] = f"新北市萬里區公?崙{f.r.randrange(2, 60)}-1號"
rows[203][4] = "萬里區"
# characters outside Big5, bracket slips, a '102.9'
rows[71][2] = "新北市私立?慈老人長期照顧中心（養護型）"
rows[38][2] = rows[38][2].replace("（養護型）", " (養護型)").replace("(養護型)", " (養護型)")
rows[120][2] = rows[120][2].replace("（養護型）", "（養護型)").replace("(養護型)", "（養護型)")
rows[140][2] = rows[140][2].replace("（養護型）", "(養護型）").replace("(養護型)", "(養護型）")
rows[147][8] = "102.9"
# serials: 37 twice, 174 missing
for r in rows[37:]:
    r[0] = str(int(r[0]) - 1)
for r in rows[174:]:
    r[0] = str(int(r[0]) + 1)

text = io.StringIO()
writer = csv.writer(text, lineterminator="\n")
writer.writerow(HEADER)
writer.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prospects-zh-tw-carecentres.csv"), "wb") as out:
    out.write(text.getvalue().encode("big5"))
