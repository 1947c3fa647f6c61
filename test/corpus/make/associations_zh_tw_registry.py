"""
Shape of Jianjon/Hsinchu-community "data/8b2a33c0-9602-47bc-ab2a-3cb5c51c06a9.csv" (at commit
a99ce403fa62ddd079f91f490aaf55299a549778): a Taiwanese city government's open-data register of the
community development associations in its districts, downloaded under the portal's file id:

- CSV in UTF-8 with a BOM, every field quoted, LF line ends, no newline after the last row; one header:
  團體名稱 / 成立日期 / 理事長 / 聯絡電話 / 會址; 119 associations in blocks by district (東區, 北區,
  香山區), mostly by founding date, a few later ones slotted in out of order;
- the association's full name ('新竹市東區…社區發展協會', once with '社團法人' in front);
- 成立日期 a seven-digit ROC date as text with a leading zero ('0810329' = 1992-03-29, '1050514');
- the chairperson (理事長), sometimes a married woman's double surname; one phone: landlines
  '(03)5xxxxxx', mobiles '09xxxxxxxx', five mobiles that lost their leading zero ('9xxxxxxxx'), two
  associations sharing one landline;
- the office address with 里, 巷/弄, floors, '之1' or '-1', once a 鄰, once '地下室', twice without the
  里, once with two house numbers.
Values invented: names of villages and roads, chairpersons, phones, numbers and dates (the city and
its districts are real).
"""
import csv
import datetime
import io
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("associations-zh-tw-registry")

HEADER = ["團體名稱", "成立日期", "理事長", "聯絡電話", "會址"]
DISTRICTS = [("東區", 52), ("北區", 48), ("香山區", 19)]
VILLAGES = ["明松", "光耀", "高原", "軍民", "建華新", "福安", "復旦", "武德", "東苑", "科技", "龍泉", "埔心", "千禧", "光榮", "水湳",
            "東昇", "光輝", "金城", "新和", "東嶺", "南華", "綠野", "關西", "文心", "復興", "下城", "前川", "柴林", "仙岩", "湖光",
            "三和", "新興莊", "仙宮", "親民", "建興", "頂林", "豐年", "振華", "竹溪", "寺後", "新民", "南門外", "東城", "中正", "立德",
            "成德", "錦繡", "育才", "關帝", "南興", "公園", "中央", "石門", "中山", "中和", "中寮", "士林", "康寧", "武陵", "舊城",
            "客家", "南勢", "新生", "南寮", "古城", "曲水", "水田", "港北", "新雅", "台興", "福林", "磐石", "西雅", "文雅", "金雅",
            "舊港", "民富", "潛龍", "湳中", "西門", "境福", "金竹", "育英", "崇禮", "長和", "仁德", "興南", "北門", "金華", "光華",
            "中興", "大同", "光田", "大鵬", "湳雅", "海濱", "港南", "虎林", "牛埔", "浸水", "中埔", "香村", "南港", "樹下", "香山",
            "頂埔", "內湖", "大湖", "南隘", "中隘", "鹽水", "茄苳", "海山", "東香", "美山", "朝山", "頂福", "虎山", "大庄", "五福"]
ROADS = ["光復路一段", "光復路二段", "中華路二段", "東大路三段", "延平路一段", "西大路", "南大路", "民生路", "經國路一段", "食品路",
         "學府路", "林森路", "長安街", "北門街", "大同路", "中山路", "海埔路", "牛埔南路", "五福路一段", "明湖路", "博愛街", "忠孝路",
         "建功一路", "竹光路", "集和街", "文昌街", "西濱路一段", "元培街", "寶山路"]


def person():
    if f.chance(0.07):
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
    if f.chance(0.03):
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW))
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def roc(d):
    return f"{d.year - 1911:03d}{d.month:02d}{d.day:02d}"


def address(district, village, k):
    road = f.pick(ROADS)
    num = f"{f.r.randrange(1, 700)}"
    if f.chance(0.12):
        num += f.pick(["之1", "-1", "之2", "-10"])
    lane = ""
    if f.chance(0.4):
        lane = f"{f.r.randrange(2, 600)}巷"
        if f.chance(0.3):
            lane += f"{f.r.randrange(1, 50)}弄"
    floor = f.pick(["", "", "", "", "1樓", "2樓", "3樓", "6樓", "9樓之1"])
    where = "" if k in (44, 108) else f"{village}里"
    if k == 77:
        return f"新竹市{district}{where}{f.r.randrange(1, 20)}鄰{f.r.randrange(1, 40)}號"
    if k == 37:
        floor = "地下室"
    if k == 96:
        return f"新竹市{district}{road}{f.r.randrange(100, 300)}號{f.r.randrange(100, 300)}號"
    return f"新竹市{district}{where}{road}{lane}{num}號{floor}"


villages = f.r.sample(VILLAGES, 119)
no_zero = set(f.r.sample(range(119), 5))
rows = []
k = 0
for district, count in DISTRICTS:
    day = datetime.date(1992, 1, 20) + datetime.timedelta(days=f.r.randrange(0, 60))
    for i in range(count):
        village = villages[k]
        name = f"新竹市{district}{village}社區發展協會"
        if k == 10:
            name = "社團法人" + name
        if k == 51:
            name = f"新竹市{district}{village}{villages[k - 1][:1]}池社區發展協會"
        # Mostly in founding order; now and then a much later association slotted in.
        if f.chance(0.08):
            founded = datetime.date(f.r.randrange(2011, 2024), f.r.randrange(1, 13), f.r.randrange(1, 29))
        else:
            day = day + datetime.timedelta(days=f.r.randrange(3, 160))
            founded = day
        chair = person()
        if k not in no_zero and f.chance(0.6):
            phone = f"(03)5{f.r.randrange(200000, 799999)}"
        else:
            phone = f"0900{f.r.randrange(0, 999999):06d}"
            if k in no_zero:
                phone = phone[1:]
        rows.append([name, roc(founded), chair, phone, address(district, village, k)])
        k += 1
# Two associations share one landline.
rows[33][3] = f"(03)53{f.r.randrange(10000, 99999)}"
rows[90][3] = rows[33][3]

text = io.StringIO()
writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\n")
writer.writerow(HEADER)
writer.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "associations-zh-tw-registry.csv"), "wb") as out:
    out.write(text.getvalue().rstrip("\n").encode("utf-8-sig"))
