"""
Shape of vincentman/LTC_data_parser "sample_select_list_hospital/屏基-727名長照居家醫師個案資料-1120204照管系統下載.xls"
(at commit ff7cbd9): the same Pingtung hospital's list of the 726 long-term-care cases its home physicians look
after, downloaded from the county care-management system in ROC 112 (Excel 97-2003), one sheet 居家醫師個案清冊
in case-number order (106M00006 … 112M00888, a few nine-digit or 110T/110G numbers): case state, name, ID number,
ROC birth date with a zero-padded year, age as 82歲, CMS level, welfare status in long words, registered and
residence place each as county / township / village (the registered village empty on a few, the registered
county on one; another county or city on a sixth of the rows), the care centre, the county care manager, the
case-management unit ('-' on a fifth), two counts as numbers (opinions and claims this year), the hospital as
responsible home-physician institution on every row, the date the case was assigned to the hospital, and the
home-visit dates joined by commas (one to two dozen, none on 18 rows). Four names are shared by two people;
two people are listed twice. Values invented: names, ID numbers (wrong check digit), dates, staff and unit names.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("patients-zh-tw-homephysician")

HEAD = ["案號", "案件狀態", "姓名", "身分證號", "出生日期", "年齡", "CMS", "福利身分", "戶籍地(縣市)", "戶籍地(行政區)", "戶籍地(村里)",
        "居住地(縣市)", "居住地(行政區)", "居住地(村里)", "照管中心", "照管專員", "A單位名稱", "意見書數量(當年度)", "申報紀錄數量(當年度)",
        "主責居家醫師院所", "派案日期", "家訪日期"]
TOWNS = [("屏東市", 227), ("鹽埔鄉", 117), ("里港鄉", 103), ("內埔鄉", 89), ("長治鄉", 52), ("萬丹鄉", 50), ("九如鄉", 30),
         ("麟洛鄉", 22), ("竹田鄉", 16), ("高樹鄉", 12), ("潮州鎮", 8)]
OTHER_TOWNS = ["霧臺鄉", "萬巒鄉", "東港鎮", "新園鄉", "三地門鄉", "瑪家鄉", "枋寮鄉", "崁頂鄉", "長治鄉", "九如鄉"]
ELSEWHERE = [("高雄市", "鳳山區"), ("高雄市", "三民區"), ("高雄市", "岡山區"), ("高雄市", "大寮區"), ("桃園市", "中壢區"),
             ("彰化縣", "員林市"), ("臺南市", "永康區"), ("新北市", "板橋區"), ("臺東縣", "臺東市")]
STEMS = list("興豐安和平福德仁義順昌新東西南北中大永光信忠孝溪山田竹榮泰振久繁圍庫寧")
STATES = ["開案服務中-督導重新指派"] * 437 + ["開案服務中"] * 220 + ["結案"] * 69
CMS = ["4級"] * 135 + ["3級"] * 135 + ["2級"] * 121 + ["5級"] * 108 + ["6級"] * 82 + ["7級"] * 75 + ["8級"] * 68 + ["1級", "-"]
WELFARE = ["一般戶"] * 537 + ["長照低收（未達1.5倍）"] * 75 + ["長照中低收（1.5~2.5倍）"] * 66 + ["社會救助法低收入戶（未達1倍）"] * 48
CENTRE = "屏東縣長期照護管理中心-屏東縣長期照護管理中心"
HOSPITAL = "屏和醫療財團法人屏東和平醫院"
UNITS = [("-", 146), ("A05-社團法人屏東縣安福照顧關懷協會", 143), (HOSPITAL + "-屏東市A", 106),
         ("A17&33-財團法人屏東縣私立樂齡老人養護之家", 77), ("A19-晨光護理之家", 64),
         ("A31-財團法人佑心慈善事業基金會屏東縣私立佑心綜合長照機構", 48), ("A15-有限責任屏東縣第二照顧服務勞動合作社", 45),
         ("A14-康寧護理之家", 31), ("屏東榮民總醫院山林分院", 23), ("欣禾居家護理所", 18),
         ("A37-有限責任屏東縣同心照顧勞動合作社附設私立同心居家長照機構", 15), ("A39-台灣伴老關懷協會", 5), ("A21-東山物理治療所", 3),
         ("A28-屏東縣私立長青綜合長照機構", 1), ("A08-" + HOSPITAL, 1)]
VISITS_PER_ROW = [(0, 18), (1, 147), (2, 130), (3, 64), (4, 69), (5, 61), (6, 52), (7, 46), (8, 62), (9, 34), (10, 15), (11, 4),
                  (12, 3), (13, 1), (14, 8), (15, 4), (16, 1), (17, 2), (18, 2), (21, 2), (24, 1)]
YEARS = [(106, 63), (107, 46), (108, 79), (109, 114), (110, 187), (111, 222), (112, 15)]
CUTOFF = datetime.date(2023, 2, 4)  # the day of the download (1120204)


def roc(d):
    return f"{d.year - 1911:03d}/{d.month:02d}/{d.day:02d}"


def name():
    if f.chance(0.05):
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number():
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        letter = f.pick("TTTTTTTTTTTTTTTTSEKAQR")
        body = f"{f.pick('12')}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{letter}{body}{(check + 1 + f.r.randrange(9)) % 10}"
    return f._unique(make)


def village(town):
    suffix = "里" if town.endswith(("市", "鎮", "區")) else "村"
    return f.pick(STEMS) + f.pick(STEMS) + suffix


def weighted(pairs):
    return f.r.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


MANAGERS = [name() for _ in range(48)]
MANAGER_WEIGHTS = [62, 58, 41, 31, 29, 27, 27, 22, 22, 22, 21, 20] + [f.r.randrange(2, 18) for _ in range(36)]
VILLAGES = {t: [village(t) for _ in range(max(3, w // 6))] for t, w in TOWNS}

people = []
for _ in range(724):
    age = f.r.choice([f.r.randrange(65, 80), f.r.randrange(75, 92), f.r.randrange(80, 100), f.r.randrange(45, 65)])
    birth = datetime.date(2023 - age, f.r.randrange(1, 13), f.r.randrange(1, 29))
    people.append({"name": name(), "id": id_number(), "birth": birth})
# four names shared by two different people (namesakes)
for k, j in ((12, 300), (88, 451), (203, 610), (370, 700)):
    people[j]["name"] = people[k]["name"]
# two people listed twice, under a second case
people += [dict(people[41]), dict(people[519])]
f.r.shuffle(STATES)
f.r.shuffle(CMS)
f.r.shuffle(WELFARE)

rows = []
for n, p in enumerate(people):
    year = weighted(YEARS)
    if n < 16:
        case = f"{year}{f.r.randrange(300000, 420000):06d}"
    elif n < 20:
        case = f"{year}{'TGXU'[n - 16]}{f.r.randrange(100, 9000):05d}"
    else:
        case = f"{year}M{f.r.randrange(1, 11000):05d}"
    case = f._unique(lambda: case if case not in f._used else case[:-2] + f"{f.r.randrange(100):02d}")
    assigned = datetime.date(year + 1911, f.r.randrange(1, 13), f.r.randrange(1, 29))
    if assigned > CUTOFF:
        assigned = CUTOFF - datetime.timedelta(days=f.r.randrange(3, 30))
    town = weighted(TOWNS)
    vil = f.pick(VILLAGES[town])
    if f.chance(0.85):
        reg = ["屏東縣", town, vil]
    elif f.chance(0.55):
        other = f.pick(OTHER_TOWNS)
        reg = ["屏東縣", other, village(other)]
    else:
        county, district = f.pick(ELSEWHERE)
        reg = [county, district, village(district)]
    if f.chance(0.007):
        reg[2] = ""
    live = ["屏東縣", town, vil]
    centre = CENTRE
    if n in (333, 612):
        live[0], centre = ("臺中市", "台中市長期照顧管理中心-台中市長期照顧管理中心") if n == 333 else \
            ("新北市", "新北市長期照顧管理中心-總站")
    visits_n = weighted(VISITS_PER_ROW)
    first = max(assigned + datetime.timedelta(days=f.r.randrange(5, 20)), CUTOFF - datetime.timedelta(days=800))
    span = max(1, (CUTOFF - first).days)
    dates = sorted({first + datetime.timedelta(days=f.r.randrange(span)) for _ in range(visits_n)})
    if visits_n and f.chance(0.5):
        dates[-1] = CUTOFF - datetime.timedelta(days=f.r.randrange(2, 45))
        dates = sorted(set(dates))
    rows.append([case, STATES[n], p["name"], p["id"], roc(p["birth"]), f"{2023 - p['birth'].year}歲", CMS[n], WELFARE[n],
                 *reg, *live, centre, f.r.choices(MANAGERS, MANAGER_WEIGHTS)[0], weighted(UNITS),
                 f.r.choices([0, 1, 3], [587, 138, 1])[0], f.r.choices([1, 0, 2], [617, 82, 27])[0], HOSPITAL, roc(assigned),
                 ",".join(roc(d) for d in dates)])
rows.sort(key=lambda r: r[0])
# the registered place is missing on one row
rows[101][8] = rows[101][9] = rows[101][10] = ""

wb = workbook()
ws = wb.active
ws.title = "居家醫師個案清冊"
ws.append(HEAD)
for row in rows:
    ws.append([None if v == "" else v for v in row])
save(wb, "patients-zh-tw-homephysician.xls", libreoffice="xls")
