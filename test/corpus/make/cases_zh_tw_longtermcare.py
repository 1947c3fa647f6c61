"""
Shape of vincentman/LTC_data_parser "sample_select_list/110年使用C碼名冊.xls" (at commit ff7cbd9): a
Pingtung hospital's download from the county long-term-care management system (Excel 97-2003), one
sheet 個案總查詢清冊 with 742 cases applied for in ROC year 110, newest first, every cell text: case
number (110M….. or nine digits), case state (結案 / 開案服務中 / 開案服務中-督導重新指派), name, ID number, ROC
birth date with a zero-padded year (041/08/20; two-digit for the two oldest), age as 70歲, CMS level
and the old disability grade, welfare status, how the case came in and a free-text 'other source', the
closing reason ('-' while open) and a multi-line closing remark on a third of the rows, application,
opening, assessment (one or two dates joined by a comma), approval dates, the count of services, the
residence (county+township / village / street address, full-width digits on some, a landmark in
brackets on a few) and the registered household address in the same three parts (a different one on a
quarter of the rows), a contact phone in any spelling (landline, seven digits, mobile with or without a
dash, two numbers joined by / , ; or 、, a relative noted after it such as (案長女) or 妻, 無), the care
management centre, the county care manager, the case-management unit ('-' on most), four priority
flags, two '-' columns, the service codes and the plan remarks repeated once per plan. Two people
have two cases each. Values invented: names, ID numbers (wrong check digit), dates, phones (0900
mobiles), addresses, staff and unit names, remarks.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("cases-zh-tw-longtermcare")

HEAD = ["案號", "案件狀態", "姓名", "身分證號", "出生日期", "年齡", "CMS", "舊失能等級", "福利身分", "申請來源", "其它申請來源說明",
        "結案原因", "結案備註", "申請日期", "開案日期", "評估/照顧計畫", "評估日期", "服務項目數", "核定日期", "居住地", "居住地(里)",
        "居住地址", "聯絡電話", "戶籍地", "戶籍地(里)", "戶籍地址", "照管中心", "照管專員", "A單位名稱", "照顧及專業服務特別從優",
        "交通特別從優", "輔具特別從優", "喘息特別從優", "ICF從優", "從優CMS", "服務代碼", "計畫備註"]

TOWNS = [("屏東市", 162), ("潮州鎮", 71), ("內埔鄉", 50), ("萬丹鄉", 45), ("萬巒鄉", 32), ("長治鄉", 32), ("東港鎮", 32),
         ("里港鄉", 28), ("鹽埔鄉", 28), ("崁頂鄉", 26), ("新園鄉", 24), ("高樹鄉", 21), ("佳冬鄉", 20), ("枋寮鄉", 18),
         ("竹田鄉", 17), ("九如鄉", 15), ("林邊鄉", 15), ("南州鄉", 15), ("恆春鎮", 11), ("新埤鄉", 10), ("獅子鄉", 10),
         ("瑪家鄉", 8), ("春日鄉", 8), ("麟洛鄉", 8), ("琉球鄉", 6), ("泰武鄉", 6), ("牡丹鄉", 5), ("三地門鄉", 5),
         ("車城鄉", 4), ("來義鄉", 4), ("滿州鄉", 3), ("霧臺鄉", 2), ("枋山鄉", 1)]
VILLAGE_STEMS = list("興豐安和平福德仁義順昌新東西南北中大永光信忠孝溪山田竹榮泰")
ROADS = ["中山路", "中正路", "民生路", "民族路", "自由路", "勝利路", "和平路", "建國路", "復興路", "光復路", "公園路", "信義路",
         "豐年路", "塔樓路", "德勝路", "延平路", "昭勝路", "新生三路", "仁愛路", "忠孝路", "成功路", "大同路", "興中路", "南京路"]
LANDMARKS = ["(農會對面巷子進去)", "(廟旁)", "(國小後面)", "(加油站斜對面)", "(市場旁第二間)", "(鐵皮屋)"]
STATES = ["結案"] * 343 + ["開案服務中-督導重新指派"] * 303 + ["開案服務中"] * 96
CMS = ["8級"] * 154 + ["5級"] * 137 + ["7級"] * 129 + ["6級"] * 118 + ["4級"] * 107 + ["3級"] * 66 + ["2級"] * 23 + ["1級"] * 5 + ["-"] * 3
OLD = {"8級": "重度失能", "7級": "重度失能", "6級": "中度失能", "5級": "中度失能", "4級": "中度失能", "3級": "輕度失能", "2級": "輕度失能",
       "1級": "無失能"}
WELFARE = ["一般"] * 586 + ["1.5~2.5倍"] * 66 + ["未達1.5倍"] * 65 + ["未達1倍"] * 25
SOURCES = ["銜接出院準備"] * 343 + ["長照中心自行輸入"] * 227 + ["服務單位轉介"] * 102 + ["民眾線上申請"] * 31 + ["其它"] * 23 + \
          ["衛生所"] * 9 + ["1966專線"] * 4 + ["醫院"] * 2 + ["1966系統介接"]
OTHER_SOURCE = ["來電申請"] * 7 + ["民眾來電申請"] * 2 + ["身障個管", "村長轉介", "基金會轉介", "局內電話", "文健站", "居家護理所",
                                                         "親自申請", "社會處轉介", "鄉公所轉介", "案子親自申請", "村幹事", "原家中心",
                                                         "鄉公所社會課員", "案孫女致電"]
REASONS = ["個案死亡"] * 116 + ["開案服務後結案"] * 110 + ["家人自行照顧"] * 59 + ["入住機構"] * 24 + ["已聘外籍看護工"] * 23 + \
          ["其它"] * 10 + ["機構安置"] * 3 + ["初評核定前取消申請"] * 2
UNIT_NAMES = ["社團法人屏東縣安福照顧關懷協會", "康寧護理之家", "財團法人佑心慈善事業基金會", "有限責任屏東縣第二照顧服務勞動合作社",
              "屏東縣私立長青綜合長照機構", "晨光護理之家", "屏東縣私立樂齡老人養護之家", "有限責任屏東縣勤立照顧服務勞動合作社",
              "恆安醫療財團法人恆安醫院", "東山物理治療所", "欣禾居家護理所", "枋海醫療社團法人枋海醫院", "武山社區發展協會",
              "台灣伴老關懷協會"]
UNIT_WEIGHTS = [74, 34, 26, 23, 19, 15, 14, 9, 7, 5, 5, 4, 4, 4]
UNIT_CODES = ["05", "14", "27&34", "15", "31", "28", "17&33", "32", "06&07", "21", "38"]
RELATIVES = ["(妻)", "(配偶)", "案三子", "(案長女家)", "(孫女)", "(本人)", "(孫)", "(案長女)", "女兒", "案女", "(案女)",
             "(同居人)", "(媳婦)", "(案子家)", "案長媳", "(案長子)", "鄰居", "個案", "（案妻）", "(長女)"]
CODES = ["BA01", "BA02", "BA07", "BA10", "BA11", "BA13", "BA14", "BA15-1", "BA20", "CA07", "CD02", "DA01", "GA09", "OT01",
         "EF", "EH01", "BB"]
REMARKS = ["已施打新冠肺炎疫苗-第一劑({a})與第二劑({b})。", "未施打疫苗", "COVID-19疫苗接種 : 未接種(擔心副作用) 。", "尚未接種-1",
           "無意願-1", "已施打2劑", "疫苗已注射", "完成2劑疫苗接種", "無意願-1(患有多重慢性疾病，擔心副作用大)"]
CLOSE_NOTES = [
    "結案日期：{d}\r\n{md}接獲{unit}A個管異動通報，專員於{d2}去電{rel}關懷與確認。{rel}表示個案身體狀況已有恢復現無其他長照服務需求，依規定暫停2個月，予結案處理。",
    "※異動日期：{dc}\r\n1.個案於{md}往生，服務單位已核銷完畢，依規定結案處理。\r\n2.最後服務日期：{dc}。\r\n3.服務單位：{unit}。\r\n",
    "個案於{dd}過世，故予結案。",
    "1.異動結案擬定日期{dc}\r\n2.通報日期及來源：個案{dd}歿，故予以結案。\r\n3.最後服務日期：{dd} 服務單位：{unit}\r\n-----------------------------------------------------",
    "結案 \r\n個案目前由外籍看護工照顧，服務已結案，{rel}表示目前暫無長照服務需求，予結束服務，最後一次服務日期:{dc}，結案日期:{dc}。",
    "【結案】\r\n1.計畫異動擬定日期：{d2}\r\n2.通報日期及來源： 經A單位個管通報\r\n3.異動原因：案家已暫停服務達2個月，且無意願使用交通接送服務，同意結案處理。\r\n4.最後一次服務日期：{d2}\r\n5.結案日期：{d2}",
    "無使用意願",
    "無服務需求",
]


def roc(d, width=3):
    return f"{d.year - 1911:0{width}d}/{d.month:02d}/{d.day:02d}"


def roc_words(d):
    return f"{d.year - 1911}年{d.month}月{d.day}日"


def name():
    if f.chance(0.05):  # a married woman under her husband's surname and her own
        return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number():
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        letter = f.pick("TTTTTTTTTTTTTTSEKAQF")
        body = f"{f.pick('12')}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{letter}{body}{(check + 1 + f.r.randrange(9)) % 10}"
    return f._unique(make)


def fullwidth(text):
    return text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def village():
    return f.pick(VILLAGE_STEMS) + f.pick(VILLAGE_STEMS) + f.pick(["里", "村", "村", "里"])


def street():
    num = f"{f.r.randrange(1, 400)}"
    lane = f"{f.r.randrange(2, 300)}巷" if f.chance(0.25) else ""
    sub = f"之{f.r.randrange(1, 9)}" if f.chance(0.12) else ("-" + str(f.r.randrange(1, 9)) if f.chance(0.04) else "")
    floor = f"{f.r.randrange(2, 9)}樓" if f.chance(0.1) else ""
    text = f"{f.pick(ROADS)}{lane}{num}{sub}號{floor}"
    if f.chance(0.55):
        text = fullwidth(text)
    if f.chance(0.03):
        text += f.pick(LANDMARKS)
    return text


def landline(style):
    n = f"{f.r.randrange(7000000, 8999999)}"
    return {"dash": f"08-{n}", "full": f"08－{n}", "bare7": n, "bare9": f"08{n}", "dash3": f"08-{n[:3]}-{n[3:]}",
            "short": f"{n[:3]}-{n[3:]}", "paren": f"(08){n[:3]}-{n[3:]}"}[style]


def mobile(style):
    n = f._unique(lambda: f"{f.r.randrange(1000000):06d}")
    return {"plain": f"0900{n}", "dash": f"0900-{n}", "dash3": f"0900-{n[:3]}-{n[3:]}"}[style]


def phone():
    r = f.r.random()
    if r < 0.384:
        return landline("dash")
    if r < 0.666:
        return mobile("plain")
    if r < 0.746:
        return mobile("dash")
    if r < 0.820:
        return landline("bare7")
    if r < 0.872:
        return landline("bare9")
    if r < 0.896:
        return mobile("dash3")
    if r < 0.912:
        return landline("short")
    if r < 0.924:
        return landline("dash3")
    if r < 0.933:
        return "無"
    if r < 0.938:
        return landline("full")
    if r < 0.968:
        rel = f.pick(RELATIVES)
        return mobile(f.pick(["plain", "dash"])) + rel
    # two numbers, sometimes with who answers
    a = f.pick([landline("dash"), landline("bare7"), mobile("plain")])
    b = mobile(f.pick(["plain", "dash"]))
    sep = f.pick(["/", ",", "，", "；", "、", " ", "/ ", "."])
    tail = f.pick(["", "", f"({f.pick(RELATIVES).strip('()（）')})", f"（{f.pick(SURNAMES_TW)}{f.pick(GIVEN_TW)}{f.pick(GIVEN_TW)}/案妻）"])
    return f"{a}{sep}{b}{tail}"


def codes():
    n = f.r.randrange(1, 7)
    return ",".join(sorted(f.r.sample(CODES, n)))


def plan_remark(plans):
    text = f.pick(REMARKS)
    if "{a}" in text:
        a = datetime.date(2021, f.r.randrange(6, 9), f.r.randrange(1, 28))
        text = text.format(a=roc(a), b=roc(a + datetime.timedelta(days=f.r.randrange(60, 120))))
    return ",".join([text] * plans)


MANAGERS = [f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)) for _ in range(90)]
MANAGER_WEIGHTS = [22, 19, 17, 16, 16, 15] + [f.r.randrange(2, 14) for _ in range(84)]

rows = []
people = []
start = datetime.date(2021, 1, 1)
for i in range(740):
    apply_on = start + datetime.timedelta(days=f.r.randrange(0, 364))
    age = f.r.choice([f.r.randrange(65, 80), f.r.randrange(75, 95), f.r.randrange(80, 100), f.r.randrange(50, 65)])
    if i in (233, 611):
        age = 102 + (i % 4)
    birth = datetime.date(2022 - age, f.r.randrange(1, 13), f.r.randrange(1, 29))
    town = f.r.choices([t for t, _ in TOWNS], [w for _, w in TOWNS])[0]
    people.append({"on": apply_on, "name": name(), "id": id_number(), "birth": birth, "town": town, "village": village(),
                   "street": street(), "phone": phone()})
# two people come back with a second case, the same day or some months before
for k in (137, 402):
    again = dict(people[k])
    again["on"] = max(start, again["on"] - datetime.timedelta(days=f.r.choice([0, 153])))
    people.append(again)
people.sort(key=lambda p: p["on"], reverse=True)

f.r.shuffle(STATES)
f.r.shuffle(CMS)
for n, person in enumerate(people):
    apply_on, who, pid, birth = person["on"], person["name"], person["id"], person["birth"]
    state = STATES[n]
    cms = CMS[n]
    old = OLD.get(cms, "-")
    if cms == "4級" and f.chance(0.2):
        old = "輕度失能"
    planned = cms != "-"
    born = roc(birth, width=2 if birth.year - 1911 < 10 else 3)
    source = f.pick(SOURCES)
    other = f.pick(OTHER_SOURCE) if source == "其它" or (source == "民眾線上申請" and f.chance(0.1)) else "-"
    closed = state == "結案"
    reason = f.pick(REASONS) if closed else "-"
    close_note = None
    if (closed and f.chance(0.58)) or (not closed and f.chance(0.04)):
        when = apply_on + datetime.timedelta(days=f.r.randrange(120, 600))
        close_note = f.pick(CLOSE_NOTES).format(
            d=f"{when.year - 1911}.{when.month:02d}.{when.day:02d}", d2=roc(when), dc=roc_words(when),
            dd=f"{when.year - 1911}.{when.month}.{when.day}", md=f"{when.month}/{when.day}",
            unit=f.pick(UNIT_NAMES), rel=f.pick(["案女", "案子", "案媳", "案妻", "案孫"]) + f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
    opened = apply_on if n not in (40, 505) else apply_on + datetime.timedelta(days=3)
    evals = [opened + datetime.timedelta(days=f.r.randrange(0, 12))]
    if f.chance(0.76):
        evals.append(evals[0] + datetime.timedelta(days=f.r.randrange(7, 40)))
    services = "-" if not planned else str(f.r.choice([0, 0, 0, 1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))
    approved = datetime.date(2022, f.r.randrange(1, 12), f.r.randrange(1, 29)) if f.chance(0.8) else \
        datetime.date(2022, 11, f.r.randrange(1, 29))
    town, vil, addr = person["town"], person["village"], person["street"]
    if f.chance(0.75):
        reg_town, reg_vil, reg_addr = "屏東縣" + town, vil, addr
    elif f.chance(0.85):
        reg_town = "屏東縣" + f.r.choices([t for t, _ in TOWNS], [w for _, w in TOWNS])[0]
        reg_vil, reg_addr = village(), street()
    else:
        reg_town, reg_vil, reg_addr = f.pick(["高雄市鳳山區", "高雄市三民區", "臺南市東區", "臺東縣大武鄉"]), village(), street()
    if f.chance(0.2):
        reg_vil = village()  # the same street in the village's older name
    centre = "屏東縣長期照護管理中心-屏東縣長期照護管理中心" if n != 577 else "彰化縣出院準備醫院-秀和醫療財團法人彰海秀和紀念醫院"
    unit = "-" if f.chance(429 / 742) else f.r.choices(UNIT_NAMES, UNIT_WEIGHTS)[0]
    if unit != "-" and UNIT_NAMES.index(unit) < 11:
        unit = f"A{UNIT_CODES[UNIT_NAMES.index(unit)]}-{unit}"
    flag = "否" if planned else "-"
    svc = "-" if services in ("0", "-") and f.chance(0.9) else codes()
    remark = "-" if f.chance(0.45) else plan_remark(f.r.randrange(1, 6))
    case_no = f._unique(lambda: f"{apply_on.year - 1911}M{f.r.randrange(1000, 11000):05d}" if f.chance(0.7) else
                        f"{apply_on.year - 1911}{f.r.randrange(300000, 420000):06d}")
    rows.append([case_no, state, who, pid, born, f"{2022 - birth.year}歲", cms, old,
                 f.pick(WELFARE), source, other, reason, close_note, roc(apply_on), roc(opened), "是" if planned else "否",
                 ",".join(roc(d) for d in evals), services, roc(approved), "屏東縣" + town, vil, addr, person["phone"], reg_town,
                 reg_vil, reg_addr, centre, f.r.choices(MANAGERS, MANAGER_WEIGHTS)[0], unit, flag, flag, flag, flag, "-", "-",
                 svc, remark])

wb = workbook()
ws = wb.active
ws.title = "個案總查詢清冊"
ws.append(HEAD)
for row in rows:
    ws.append([("" if v is None else v) for v in row])
for r in ws.iter_rows(min_row=2):
    for cell in r:
        if cell.value == "":
            cell.value = None
save(wb, "cases-zh-tw-longtermcare.xls", libreoffice="xls")
