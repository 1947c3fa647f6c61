"""
Shape of a Taiwanese trading-card shop's customer sheet kept in Google Sheets and downloaded as CSV,
as in cnkuoc-tech/cards_tool "supabase_backend/客戶資料.csv" (UTF-8 with BOM, CRLF rows, no newline
at the end, line breaks inside some quoted cells): 編號 / 群組暱稱 (the buyer's nickname in the shop's
LINE group) / 姓名 / 電話 (mobiles with the leading 0 lost: nine digits) / 生日 (month and day only,
'712' for 12 July, '1019'; one '6767') / LineID (sometimes the phone again) / 7-11店到店門市 (the
convenience store the buyer picks parcels up at, as typed: '新竹富首門市', '富首', a store with its
number on a second line, '面交' for hand-over, a home address) / an untitled column and 收件用門市
(the short store name a formula made, '#VALUE!' where it failed) / 711店號 / email (a quarter filled)
/ three untitled columns (a second store for big parcels, its number, a remark) / 備註 ('面交',
'人在國外'). 325 buyers numbered 1…325; one buyer was entered twice with the last digit of the phone
different; one buyer's name is a joke, another's in Latin letters. Values invented: nicknames,
names, phones, LINE ids, e-mails, stores and store numbers.
"""
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("customers-zh-tw-cardshop")

CITIES = ["台北", "新北", "新竹", "高雄", "台中", "台南", "桃園", "苗栗", "彰化", "基隆", "嘉義", "屏東", "宜蘭", "金門"]
STORE_WORDS = list("富首華德新憲木欽天豪利旺東森松豪宏欣成德埔西瑞昱郡豐晉學桂林永和金石醫學天健陽旭國和樹義友愛新樹工興祥蘆權華富勝利雲龍佳龍南衫")
NICKS = ["Ning", "Nova", "Marin", "查理", "Trevor", "Joe", "歐陽", "a2", "小P", "老干", "壹五", "西打", "Mmmmm", "卡卡西", "eric.k",
         "chenj", "Archi", "超吉大麥克", "恩", "Mark", "村民", "宇", "怪喵喵", "楊楊", "D.O", "Tsai", "YII", "MIXER", "頎", "HudsonH",
         "阿亮", "阿輝", "CHEN辰", "Few", "藍血球", "中大獎", "Kevin", "Mocha", "Orz", "Nan", "喇叭", "Sharon", "JayChen", "辰小胖",
         "AnnAnn", "Luka", "Changz", "新", "嗨嗨", "PIG👀", "彼得", "江", "JfromT", "阿元", "小胖", "老王", "Ray", "Ken", "Tony", "Jimmy"]
LATIN = ["Ning", "Ken", "Ray", "Tony", "Jimmy", "Andy", "Eric", "Jay", "Leo", "Max", "Sam", "Ian", "Roy", "Ben"]


def store():
    return f.pick(STORE_WORDS) + f.pick(STORE_WORDS) + f.pick(["", "", "", "", f.pick(STORE_WORDS)])


def store_number():
    return f"{f.r.randrange(110000, 990000)}"


def mobile9():
    return f._unique(lambda: f"900{f.r.randrange(1000000):06d}")


def birthday():
    month, day = f.r.randrange(1, 13), f.r.randrange(1, 29)
    return f"{month}{day:02d}"


def line_id(name_latin, bday):
    return f.pick([f"{name_latin.lower()}{bday}", f"{name_latin.lower()}{f.r.randrange(10, 99)}", f"{name_latin[:1].lower()}{f.r.randrange(100000, 999999)}",
                   f"@{name_latin.lower()}", ""])


rows = []
for i in range(1, 326):
    name = f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW) if f.chance(0.97) else f.pick(SURNAMES_TW) + f.pick(GIVEN_TW))
    latin = f.pick(LATIN)
    nick = f.pick(NICKS) if f.chance(0.8) else f"{latin}{f.r.randrange(1, 99)}"
    phone = mobile9()
    bday = birthday()
    line = line_id(latin, bday)
    if f.chance(0.06):
        line = phone
    city, short = f.pick(CITIES), store()
    number = store_number()
    full = f"{city}{short}門市" if f.chance(0.62) else f"{short}門市"
    typed_short, receive = short, f"{short}門市"
    if f.chance(0.12):
        typed_short = ""
    if f.chance(0.03):
        full = f.pick([f"{city}{short}", short, f"{short}門市{number}", f"{short}店{number}", f"{city}{short}店"])
    email = f.email(f"{latin.lower()}{f.r.randrange(100, 9999)}") if f.chance(0.23) else ""
    note = "面交" if f.chance(0.035) else ""
    rows.append([str(i), nick, name, phone, bday, line, full, typed_short, receive, number, email, "", "", "", note])

# The shop's hand-typed exceptions.
rows[1][11:14] = ["國和", store_number(), "大物件寄國和"]
rows[146][2], rows[146][6:10] = "你左後方那位", ["面交", "#VALUE!", "#VALUE!", ""]
rows[174][2] = "Raymondchi"
rows[228][1] = rows[30][2]  # a nickname that is another buyer's name
rows[65][14] = "人在國外"
rows[76][1], rows[76][14] = rows[76][2], "寄出前要確認 人在國外 電話是假的"
rows[101][3] = "9" + rows[101][3]  # a ten-digit slip
rows[188][6], rows[188][11] = f"新北{store()}門市、新北{store()}門市", store_number()
rows[250][6:10] = [f"513彰化縣埔心鄉中山路二段{f.r.randrange(10, 300)}號{f.r.randrange(10, 300)}號", "#VALUE!", "#VALUE!", ""]
rows[270][6:10] = [f"111臺北市士林區文林路{f.r.randrange(10, 300)}號 {f.r.randrange(10, 300)}號2樓", "", "門市", ""]
rows[274][4], rows[274][5] = "6767", "You know where to find me :^)"
for k, sep in ((274, " 門市\n\n"), (282, "門市\n店號"), (284, "門市\n")):
    rows[k][6] = f"{rows[k][8][:-2]}{sep}{rows[k][9]}"
for k in (300,):
    rows[k][6:10] = ["國和", "", "國和", rows[1][12]]
# One buyer entered twice: same nickname, name, birthday and store, the phone's last digit different.
twin = rows[36]
rows[119] = [rows[119][0], twin[1], twin[2], twin[3][:-1] + str((int(twin[3][-1]) + 9) % 10), twin[4],
             f.pick(["cashman", "shen"]) + twin[3][-3:], twin[6], twin[7], twin[8], twin[9], "", "", "", "", ""]
twin[5] = rows[119][3]

HEAD = ["編號", "群組暱稱", "姓名", "電話", "生日", "LineID", "7-11店到店門市", "", "收件用門市", "711店號", "email", "", "", "", "備註"]


def field(value):
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


text = "\r\n".join(",".join(field(v) for v in row) for row in [HEAD] + rows)
with open(os.path.join(FILES, "customers-zh-tw-cardshop.csv"), "wb") as out:
    out.write(("\ufeff" + text).encode("utf-8"))
