"""
Shape of Jianjon/Hsinchu-community "data/新竹縣社區照顧關懷據點名冊.csv" (at commit
a99ce403fa62ddd079f91f490aaf55299a549778): a Taiwanese county government's open-data roster of its
community care points (社區照顧關懷據點), as downloaded from the open-data portal:

- CSV in Big5, every field quoted, LF line ends, no newline after the last row; one header:
  編號 / 據點名稱 / 聯絡人 / 職稱 / 電話 / 分機 / 郵遞區號 / 據點地址 / 定期集中用餐狀況 / 成立年份 /
  最後更新時間; 97 care points numbered 1–97, in blocks by township;
- the operator's name: mostly a '…社區發展協會' of a village, some associations, foundations with a
  branch in brackets ('(松林村)', '(後湖據點)'), a temple or a church; characters outside Big5
  written as '?' (in a name, a contact, an address);
- the contact person with a role (理事長, 總幹事, 照服員, 承辦人, 志工隊長, 社工, 會計 …), one phone
  per row: mobiles '09xxxxxxxx' without dashes, two landlines without brackets ('035xxxxxx'), one
  '(03)xxxxxxx' with its extension in 分機; the postcode apart; the address with 里/村 and 鄰,
  sometimes a landmark in brackets or two addresses joined by '/';
- meal days in words ('每週5次', '每週1、3、5', '每日供餐(一般據點)'), the year set up in ROC years
  ('109年'), the portal's update date '114/04/14' on every row.
Values invented: operators, contacts, phones, villages, roads and numbers (townships and their
postcodes are the county's real ones).
"""
import csv
import io
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("prospects-zh-tw-carepoints")

HEADER = ["編號", "據點名稱", "聯絡人", "職稱", "電話", "分機", "郵遞區號", "據點地址", "定期集中用餐狀況", "成立年份", "最後更新時間"]
TOWNS = [("竹北市", "302", "里", 11), ("芎林鄉", "307", "村", 5), ("新埔鎮", "305", "里", 12), ("竹東鎮", "310", "里", 12),
         ("橫山鄉", "312", "村", 5), ("峨眉鄉", "315", "村", 4), ("湖口鄉", "303", "村", 9), ("寶山鄉", "308", "村", 4),
         ("新豐鄉", "304", "村", 10), ("關西鎮", "306", "里", 18), ("北埔鄉", "314", "村", 7)]
VILLAGES = ["青埔", "東林", "南湖", "下坪", "上崁", "西河", "北坑", "中園", "頂寮", "大崙", "新光", "和平", "福安", "興隆", "永樂",
            "長春", "德安", "金鳳", "松柏", "竹林", "溪洲", "埔頂", "雙園", "水源", "龍潭", "石門", "九芎", "桂竹", "平林", "瑞豐",
            "義和", "太和", "慶安", "茂興", "文昌", "仁美", "順安", "榮華", "豐田", "寶興"]
ROADS = ["中正路", "光復路", "文化街", "民生路", "中山路二段", "自強路", "成功街", "仁愛路", "中華路一段", "和平街", "福德路",
         "復興路三段", "信義街", "建國路"]
LANDMARKS = ["活動中心", "福德宮", "國小旁", "村辦公處", "集會所", "老人會館"]
ROLES = ["理事長"] * 43 + ["總幹事"] * 23 + ["照服員"] * 8 + ["承辦人"] * 6 + ["志工隊長"] * 3 + ["社工"] * 2 + ["會計"] * 2 + \
        ["樂齡專員", "據點治療師", "常務監事", "關懷班長", "班長", "執行長", "助理", "志工班長", "負責人", "組長"]
MEALS = ["每週5次"] * 50 + ["每週4"] * 7 + ["每週1、3、5"] * 6 + ["每週2"] * 4 + ["每週2、3、4"] * 4 + ["每週3、5"] * 3 + \
        ["每週3"] * 3 + ["每週3、4"] * 3 + ["每週2、4"] * 2 + ["每週2、3、5"] * 2 + \
        ["每日供餐(一般據點)", "每週四 (一般據點)", "週2、3、4", "每週5", "每週3 (一般據點)", "每週1、5", "週5", "週3",
         "每週5(一般據點)", "每週1", "每週4(一般據點)", "週1", "每週五天"]
OTHERS = ["社團法人新竹縣{a}關懷協會", "新竹縣{a}全人關懷協會", "財團法人{a}慈善基金會{b}分會", "{t}{a}文化發展協會",
          "社團法人新竹縣{a}健康照護協會({v}{k})", "新竹縣{a}社會福利協會({v}據點)", "{t}老人會", "{a}共修處",
          "財團法人{a}教會", "{a}長青協會"]
WORDS = ["愛鄰", "安康", "樂齡", "恩典", "善緣", "暖心", "好鄰居", "長樂", "慈心", "同心", "築愛", "銀光", "禾風", "悅齡"]


def person():
    if f.chance(0.03):  # married women's double surname
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def with_question_mark(text):
    """A character the portal could not write in Big5 comes out as '?'."""
    spots = [i for i, c in enumerate(text) if "\u4e00" <= c <= "\u9fff" and c not in "新竹縣市鄉鎮區里村鄰號路街巷段協會社發展"]
    k = f.pick(spots)
    return text[:k] + "?" + text[k + 1:]


roles = ROLES[:]
f.r.shuffle(roles)
meals = MEALS[:]
f.r.shuffle(meals)
question_rows = set(f.r.sample(range(97), 5))
landline_rows = set(f.r.sample(range(1, 97), 2))

rows = []
used_names = set()
n = 0
for town, post, kind, count in TOWNS:
    villages = f.r.sample(VILLAGES, count)
    for i in range(count):
        village = villages[i]
        if f.chance(0.78):
            name = f"{town}{village}社區發展協會"
        else:
            pattern = f.pick(OTHERS)
            name = pattern.format(a=f.pick(WORDS), b=village, t=town, v=village, k=kind)
        if name in used_names:
            name = f"{town}{village}社區發展協會"
        used_names.add(name)
        contact = person()
        role = roles[n]
        if n == 0:
            phone, ext = f"(03)55{f.r.randrange(10000, 99999)}", str(f.r.randrange(1000, 1999))
        elif n in landline_rows:
            phone, ext = f"035{f.r.randrange(100000, 999999)}", ""
        else:
            phone, ext = "0900" + f"{f.r.randrange(0, 999999):06d}", ""
        lin = f"{f.r.randrange(1, 20)}鄰" if f.chance(0.45) else ""
        where = f"{village}{kind}" if f.chance(0.75) else ""
        street = f"{f.pick(ROADS)}{f.r.randrange(1, 800)}號" if f.chance(0.7) else f"{f.r.randrange(1, 120)}號"
        if f.chance(0.15):
            street = street.replace("號", f"巷{f.r.randrange(1, 40)}號", 1) if "路" in street or "街" in street else street
        address = f"新竹縣{town}{where}{lin}{street}"
        if f.chance(0.06):
            address += f"({village}{f.pick(LANDMARKS)})"
        if f.chance(0.01) or n == 37:
            address += f"/{town}{f.pick(ROADS)}{f.r.randrange(1, 30)}巷{f.r.randrange(1, 99)}號"
        if n in question_rows:
            which = f.r.randrange(3)
            if which == 0:
                name = with_question_mark(name)
            elif which == 1:
                contact = with_question_mark(contact)
            else:
                address = with_question_mark(address)
        year = f"{f.r.choice([94, 95, 95, 96, 97, 98, 100, 100, 102, 103, 105, 106, 106, 107, 108, 108, 109, 110, 111, 112, 113, 114])}年"
        rows.append([str(n + 1), name, contact, role, phone, ext, post, address, meals[n], year, "114/04/14"])
        n += 1

text = io.StringIO()
writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\n")
writer.writerow(HEADER)
writer.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prospects-zh-tw-carepoints.csv"), "wb") as out:
    out.write(text.getvalue().rstrip("\n").encode("big5"))
