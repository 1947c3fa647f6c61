"""
Shape of UG-CS-HKBU/gahk-web api/controllers/CoachController.js (the csv action, at commit a1cf3fd) with
api/models/Coach.js: the coach-registration system built for a Hong Kong gymnastics association, whose office
downloads every registered coach as one CSV (fast-csv, headers on, UTF-8 without BOM, LF) to keep as its
register of coaches.

The export builds each row as a JavaScript object literal whose keys are the Chinese headings of the paper form.
Four headings are written twice in that literal (證書編號, 有效日期, 考取年份, 活動名稱), so the file has each
once, at its first place, holding the value of its last use: 證書編號 holds the theory-course certificate
number, 考取年份 the year a judging qualification was taken, 有效日期 the theory certificate's date and 活動名稱
the refresher course's name. 教練編號 is 'INDC' + a field the model does not have, so it reads INDCundefined on
every row. Rows come in the order the coaches applied: the form saved some applications twice (the same row
again), and two rows saved with nothing in them. Check-boxes read on / off once the office has edited the
coach, on / empty before. Names are a Chinese name (empty for a few coaches with an English name only) and an
English name in the Hong Kong way (CHAN Tai Man, sometimes with a Western name after a comma); the HKID with or
without its check digit in brackets; the home number (empty, N/A, or the mobile again) and the mobile, eight
digits, a few with a space or +852; the date of birth as yyyy-mm-dd. Every name, number, HKID, address and
e-mail is invented.
"""
import csv
import datetime
import os

from fake import FILES, Fake

f = Fake("coaches-zh-hk-gymnastics")

SURNAMES = [("陳", "CHAN"), ("李", "LEE"), ("張", "CHEUNG"), ("黃", "WONG"), ("何", "HO"), ("林", "LAM"), ("吳", "NG"),
            ("劉", "LAU"), ("蔡", "CHOI"), ("楊", "YEUNG"), ("鄧", "TANG"), ("梁", "LEUNG"), ("鄭", "CHENG"), ("謝", "TSE"),
            ("郭", "KWOK"), ("馮", "FUNG"), ("曾", "TSANG"), ("潘", "POON"), ("袁", "YUEN"), ("羅", "LAW"), ("朱", "CHU"),
            ("盧", "LO"), ("麥", "MAK"), ("余", "YU"), ("葉", "YIP"), ("蕭", "SIU"), ("許", "HUI"), ("譚", "TAM"), ("莫", "MOK")]
GIVEN = [("家", "Ka"), ("俊", "Chun"), ("偉", "Wai"), ("文", "Man"), ("志", "Chi"), ("明", "Ming"), ("國", "Kwok"), ("華", "Wah"),
         ("嘉", "Ka"), ("穎", "Wing"), ("詠", "Wing"), ("詩", "Sze"), ("美", "Mei"), ("玲", "Ling"), ("浩", "Ho"), ("子", "Tsz"),
         ("健", "Kin"), ("卓", "Cheuk"), ("敏", "Man"), ("思", "Sze"), ("慧", "Wai"), ("永", "Wing"), ("康", "Hong"),
         ("凱", "Hoi"), ("琳", "Lam"), ("君", "Kwan"), ("寶", "Po"), ("儀", "Yee"), ("樂", "Lok"), ("婷", "Ting"), ("欣", "Yan")]
WESTERN = ["Peter", "Mandy", "Kelvin", "Winnie", "Jason", "Cherry", "Ivan", "Karen", "Ricky", "Fiona", "Alan", "Joyce"]
FOREIGN_FIRST = ["Olga", "Daniel", "Marta", "Yuki", "Irina", "Tom", "Elena", "Sofia", "Mark"]
FOREIGN_LAST = ["Petrova", "Novak", "Kowalska", "Tanaka", "Volkova", "Ashdown", "Ruiz", "Marlow", "Brightwell"]
LEVELS = ["一級教練", "一級教練", "二級教練", "二級教練", "三級教練", "助理教練"]
JOBS = ["全職教練", "兼職教練", "體育教師", "小學教師", "學生", "文員", "物理治療師", "自僱", "健身教練", "舞蹈導師", ""]
EDU = ["大學", "大學", "中學", "碩士", "高級文憑", "副學士", "中五"]
ESTATES = [("新界", "沙田", "瀝源邨", "福海樓"), ("新界", "將軍澳", "寶林邨", "寶勤樓"), ("九龍", "觀塘", "麗港城", "第12座"),
           ("新界", "屯門", "兆康苑", "兆麗閣"), ("九龍", "黃大仙", "樂富邨", "樂泰樓"), ("香港", "柴灣", "杏花邨", "第5座"),
           ("新界", "荃灣", "綠楊新邨", "D座"), ("九龍", "深水埗", "南昌邨", "昌賢樓"), ("新界", "大埔", "太和邨", "麗和樓"),
           ("香港", "鰂魚涌", "太古城", "金星閣"), ("新界", "元朗", "嘉湖山莊", "景湖居3座"), ("九龍", "何文田", "愛民邨", "信民樓")]
SCHOOLS = ["聖保羅小學", "沙田體育會", "康文署", "循道衞理小學", "天主教培聖中學", "佛教黃鳳翎中學", "樂富體操會", "東區體育會"]
DISCIPLINES = ["男子競技體操", "女子競技體操", "藝術體操", "技巧體操", "彈網", "健美體操"]
FIRST_AID = ["聖約翰救傷隊", "香港紅十字會", "醫療輔助隊", "聖約翰救護機構"]


def hkid():
    letter = f.pick("ACDEGHKPRSVYZ")
    digits = "".join(str(f.r.randrange(10)) for _ in range(6))
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum((7 - i) * int(d) for i, d in enumerate(digits))
    check = (11 - total % 11) % 11
    check = "A" if check == 10 else str(check)
    style = f.r.random()
    if style < 0.6:
        return f"{letter}{digits}({check})"
    if style < 0.8:
        return f"{letter}{digits}{check}"
    if style < 0.92:
        return f"{letter}{digits} ({check})"
    return f"{letter.lower()}{digits}({check})"


def mobile():
    return f._unique(lambda: f"{f.pick('5689')}555{f.r.randrange(10000):04d}")


def home():
    return f._unique(lambda: f"{f.pick('23')}555{f.r.randrange(10000):04d}")


def person():
    s_zh, s_en = f.pick(SURNAMES)
    g = [f.pick(GIVEN) for _ in range(2)]
    zh = s_zh + "".join(x[0] for x in g)
    en = f"{s_en} {g[0][1]} {g[1][1].lower()}" if f.chance(0.1) else f"{s_en} {g[0][1]} {g[1][1]}"
    if f.chance(0.15):
        en += f", {f.pick(WESTERN)}"
    elif f.chance(0.08):
        en = en.title()
    return zh, en


def on(p, edited):
    return "on" if f.chance(p) else ("off" if edited else "")


def address():
    region, district, estate, block = f.pick(ESTATES)
    floor, flat = f.r.randrange(2, 40), f.r.randrange(1, 20)
    style = f.r.random()
    if style < 0.55:
        return f"{region}{district}{estate}{block}{floor}樓{flat:02d}室"
    if style < 0.8:
        return f"{district}{estate}{block}{floor}樓{flat}室"
    return f"Flat {flat}, {floor}/F, {block}, {estate}, {district}, {region}"


def training_years(taught):
    if not taught:
        return ""
    start = f.r.randrange(2015, 2023)
    return f"{start}/9-{start + f.r.randrange(1, 3)}/6"


used_names = set()
rows = []
for i in range(620):
    while True:
        zh, en = person()
        if zh not in used_names:
            used_names.add(zh)
            break
    if f.chance(0.02):
        zh, en = "", f._unique(lambda: f"{f.pick(FOREIGN_FIRST)} {f.pick(FOREIGN_LAST)}")
    edited = f.chance(0.4)
    birth = f.date(datetime.date(1960, 1, 1), datetime.date(2003, 12, 31))
    mob = mobile()
    r = f.r.random()
    hm = home() if r < 0.45 else ("" if r < 0.8 else ("N/A" if r < 0.9 else mob))
    if f.chance(0.04):
        mob = f"{mob[:4]} {mob[4:]}"
    elif f.chance(0.03):
        mob = f"+852 {mob}"
    email = f"{en.split(',')[0].lower().replace(' ', '.')}{f.r.randrange(10, 99)}@{f.pick(['example.com', 'example.org', 'example.net'])}"
    theory = f.chance(0.5)
    judge = f.chance(0.25)
    taught = f.chance(0.6)
    rows.append([
        "INDCundefined",
        f.pick(["新申請", "新申請", "續期"]) if f.chance(0.97) else "",
        f.pick(LEVELS),
        *[on(0.35, edited) for _ in DISCIPLINES],
        en,
        zh,
        hkid(),
        f.pick(["男", "女"]),
        birth.isoformat(),
        f.pick(JOBS),
        f.pick(EDU),
        hm,
        mob,
        email,
        address(),
        "on" if taught else ("off" if edited else ""),
        f"{f.r.randrange(2012, 2023)} {f.pick(SCHOOLS)}體操班" if taught else "",
        on(0.4, edited),
        f"{f.pick(SCHOOLS)} 課外活動導師" if f.chance(0.35) else "",
        on(0.6, edited),
        f"TC{f.r.randrange(2010, 2023)}-{f.r.randrange(1, 400):03d}" if theory else "",
        str(f.r.randrange(2008, 2023)) if judge else "",
        on(0.5, edited),
        f"HKCTC {f.r.randrange(10000, 99999)}" if f.chance(0.45) else "",
        f.date(datetime.date(2019, 1, 1), datetime.date(2026, 12, 31)).isoformat() if theory else "",
        "on" if theory else ("off" if edited else ""),
        on(0.7, edited),
        f.pick(FIRST_AID) if f.chance(0.7) else "",
        on(0.15, edited),
        "曾任國際賽評判" if f.chance(0.05) else "",
        "是" if judge else "否",
        training_years(taught),
        f.pick(SCHOOLS) if taught else "",
        f.pick(DISCIPLINES) if taught else "",
        f"{f.r.randrange(2015, 2024)}年" if f.chance(0.3) else "",
        f.pick(SCHOOLS) if f.chance(0.3) else "",
        f"{f.pick(['一', '二', '三', '四'])}級 {f.r.randrange(3, 40)}人" if f.chance(0.3) else "",
        f"{f.r.randrange(2016, 2024)}-{f.r.randrange(1, 13):02d}" if f.chance(0.3) else "",
        f.pick(["教練複修課程", "安全訓練工作坊", "運動創傷講座"]) if f.chance(0.4) else "",
        f.pick(["助教", "主教練", "工作人員"]) if f.chance(0.3) else "",
        f"{f.r.randrange(2016, 2024)}-{f.r.randrange(1, 13):02d}" if f.chance(0.4) else "",
        f.pick(["香港教練培訓委員會", "本會"]) if f.chance(0.4) else "",
        "on",
    ])
    if f.chance(0.06):
        rows.append(list(rows[-1]))
    if i in (211, 478):
        rows.append(["INDCundefined"] + [""] * 47)

HEADERS = ["教練編號", "申請類別", "教練註冊級別", *DISCIPLINES, "英文名", "中文名", "香港身份證號碼", "性別", "出生日期",
           "職業", "學歷", "住宅", "手提", "電郵地址", "通訊地址", "曾任教本會舉辦之課程", "如有", "其他有關體操教學經驗", "請列明",
           "本會發出之體操教練證書", "證書編號", "考取年份", "香港教練培訓委員會發出之證書", "認可教練號碼", "有效日期",
           "本會發出之教練理論課程證書", "急救證書", "發出機構", "其他有關體操教練資歷", "原因", "是否已考取本地國際裁判資歷",
           "曾於學校或其他地區教授之訓練班舉辦日期", "學校機構名稱", "教授項目", "曾教導學生考取章別計劃之數量舉辦日期",
           "訓練班學校機構名稱", "級別及數量", "曾參與總會之體操推廣活動舉辦日期", "活動名稱", "負責職位",
           "曾參與總會及香港教練培訓委員會之複修課程舉辦日期", "舉辦機構", "聲明"]
assert all(len(r) == len(HEADERS) for r in rows), (len(HEADERS), {len(r) for r in rows})

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "coaches-zh-hk-gymnastics.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEADERS)
    w.writerows(rows)
