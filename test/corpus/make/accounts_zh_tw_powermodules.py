"""
Shape of one393143/crm "record/TW客戶狀態紀錄20230417.xlsx" (commit
7dfa706e41c4735fd933673bd0af1be86f8b69b8): the Taiwan sales team of a power-semiconductor
distributor keeps one workbook of its customers' status, started in 2019 and used until 2023
(Excel, author 'EIT Sales'). Five sheets:

- "親訪" (visits in person, 2019): header in B2:H2 (日期 / 業務 / 公司 / 聯絡人 / 內容 / 電子郵件 /
  網站), column A a narrow empty margin. 103 visits: dates as text '2019.09.04' (one '2019.10.1'),
  the reps as 'Kent/Daniel', 'Daniel/Stanley', 'Daniel'; the company as full registered name,
  short name or name + branch ('利愛電氣觀音'); the people met with title and phone in one cell
  ('採購許淑鳳0963-…', extensions '分機111', '#202', two people on two lines); a long visit note;
  e-mails ('N/A', two on two lines), a web site on the first rows only. The same customers visited
  again and again. After the last visit the rep's name dragged down four otherwise empty rows.
- "New Business Opp" (2022-23 pipeline): header in row 1 with an autofilter, panes frozen at A7,
  column A without a header holding 'E' / 'A' flags, B a running number (two rows 336/337 at the
  end, out of order), 日期 empty, 業務 ('Jack', 'Jack(處理中)', '-', '關閉客戶'), 位置 北/中/南,
  應用, 公司 (full, short, '(股)', '(有)', branch in brackets), Contact (all the people, phones,
  extensions, e-mail and the address in one cell, one line each), '2023 Billing Target ( NTD )'
  on a fifth of the rows, products, dated status notes ('230405--…', '220524-…', '22/05/27 …'),
  next action, 最後聯繫時間 mostly the letters a-d with a few dates, 潛力度 (低 / 普通 / 未知 / 高 /
  極高), three empty columns and 附註 (a date on some rows, a stray formula on the last).
- "Key Account List": a colour legend in B1:B3 (生產基地在大陸 / 有基礎，邀請訪廠 / 狀態未知), header
  in B4:F4 with no header over A (the rep), 27 target accounts, big groups on several rows (one per
  business unit), two identical rows at the end, two rows without a rep.
- "重點客戶" (key customers, 2019): header B2:J2 (已拜訪 'O' / 今年訂單狀況 / 客戶名稱 / 地區 / 地址
  / 主要產品 / 策略 / 結果 / 聯絡窗口), the city in one column and the rest of the address in the
  next, old county names (桃園縣 / 龜山鄉), 42 customers.
- "電訪" (phone calls, 2019): like 親訪 but the header over the contact column is a phone number
  typed over it; 47 calls and one row with only the rep.
Values invented: every company, person, phone, e-mail (at .test domains), address, amount and note.
"""
import datetime
import random

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("accounts-zh-tw-powermodules")
R = f.r
SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾游詹施沈彭胡余盧潘顏梁趙柯翁魏孫戴")
GIV = list("志明家豪俊傑建宏冠宇怡君淑芬美玲雅婷佳穎宗翰承恩柏翰詠晴欣妤宜蓁品妍子涵士豪文雄秀英麗華")
TITLES = ["採購", "研發", "RD", "廠務部經理", "總經理", "經理", "課長", "副理", "工程師", "生管", "老闆", "副總經理", "研發經理"]
CITIES = [("桃園市", ["中壢區", "龜山區", "觀音區", "蘆竹區", "桃園區"], "03"), ("新北市", ["新莊區", "樹林區", "中和區", "汐止區", "新店區", "土城區"], "02"),
          ("台中市", ["西屯區", "大里區", "烏日區", "北屯區", "霧峰區"], "04"), ("台南市", ["永康區", "安南區", "仁德區"], "06"),
          ("高雄市", ["大寮區", "仁武區", "三民區", "小港區", "大社區"], "07"), ("新竹市", ["東區"], "03"), ("彰化縣", ["和美鎮"], "04"),
          ("台北市", ["內湖區", "南港區"], "02")]
ROADS = ["南園路", "中山路二段", "華亞一路", "工業區三十三路", "建國路", "中正東路二段", "大安路", "民族一路", "旗楠路", "科技五路",
         "光復北路", "環中路六段", "龍校街", "研發二路", "中正路"]
A1 = list("鴻瑞聯宏晟達昇泰鼎群凱富峰崴勁鈦祥益新亞冠華豐佳銓旭竣致光立騰煒永東運奇源晃定山杰友正偉創建")
A2 = ["科技", "電機", "電子", "機電", "實業", "企業", "電氣", "自動化", "能源", "焊接", "精密", "電力"]

_people = set()


def person():
    while True:
        n = R.choice(SUR) + "".join(R.sample(GIV, 2))
        if n not in _people:
            _people.add(n)
            return n


def mobile():
    n = f"{R.randrange(1000000):06d}"
    return R.choice([f"0900-{n[:3]}-{n[3:]}", f"0900{n}", f"0900-{n}"])


def landline(area):
    n = f"{R.randrange(200, 999)}{R.randrange(1000, 9999)}"
    return R.choice([f"{area}-{n[:3]}-{n[3:]}", f"{area}-{n}", f"{area}-{n[:4]}-{n[4:]}"])


def address(city=None):
    c, ds, area = city or R.choice(CITIES)
    return c, f"{R.choice(ds)}{R.choice(ROADS)}{R.randrange(1, 900)}{R.choice(['', '', '巷' + str(R.randrange(2, 30)) + '弄' + str(R.randrange(1, 90))])}號", area


class Co:
    def __init__(self):
        core = "".join(R.sample(A1, 2))
        self.core = core
        self.kind = R.choice(A2)
        self.full = core + self.kind + R.choice(["股份有限公司", "股份有限公司", "有限公司"])
        self.city = R.choice(CITIES)
        self.area = self.city[2]
        self.domain = f"{''.join(R.choice('abcdefghkmnprstwy') for _ in range(R.randrange(4, 8)))}.test"
        self.people = [(R.choice(TITLES), person()) for _ in range(R.randrange(1, 4))]
        self.branch = R.choice(["觀音", "土城", "中壢", "台中", "新莊"])

    def name(self, style=None):
        style = style or R.choice(["full", "full", "full", "short", "short", "branch", "gu"])
        if style == "full":
            return self.full
        if style == "short":
            return self.core + self.kind
        if style == "branch":
            return self.core + self.kind + self.branch
        return self.core + ("(股)" if "股份" in self.full else "(有)")


COS = [Co() for _ in range(150)]
# a few names must not repeat by accident
seen = set()
for c in COS:
    while c.full in seen:
        c.core = "".join(R.sample(A1, 2))
        c.full = c.core + c.kind + "有限公司"
    seen.add(c.full)

VISIT_NOTES = ["拜訪{p}說明目前用料狀況，表示下半年度生意不好，需求量減少，之前送樣{m}報價{x}元，{p}表示還可以接受，但一年只有兩三百顆的用量。",
               "中秋送禮，{p}表示今年下半年客戶與市場都萎縮，公司業績減少三成，所以在零件用量上減少許多，目前工廠內還有庫存，不會再備料。",
               "拜訪{p}了解目前進度並介紹最新產品，原本負責的採購已經離職，目前由{p}來負責，後續會再安排研發一起討論。",
               "{p}反應之前所提供的產品品質不夠穩定，不能允許有一顆的不良品發生，要真正了解之前發生不良的原因，已說明並安排更換。",
               "送樣{m}以及{m2}，發票{m2}，等待測試結果，預計兩週後回覆。",
               "拜訪{p}討論排單時間與數量，表示目前還沒有排單的需求，因為已經都排給其他供應商，明年第一季再確認。",
               "{p}表示目前並無需求，有需要會再聯絡，請{p}幫忙提出規格需求用量，但不願意提供。",
               "例行拜訪{p}，更新不良品分析進度，確認目前生意與開發需求，討論替代料與報價。",
               "{p}因故缺席，與採購助理討論，不清楚規格或是用量，只負責下單買料。",
               "介紹Busbar與{m}，{p}很有興趣想要了解，要先看過產品簡介再來討論確切規格。"]
CALL_NOTES = ["聯絡{p}確認目前開發狀況與應用需求，表示之前所使用的{m}還有庫存，暫時不需要。",
              "電聯{p}希望約訪，表示老闆沒空，目前已有庫存，加上市場不好，下個月再聯絡。",
              "聯絡採購{p}，公司政策不接受非美系廠牌，目前無法導入。",
              "{p}表示都是做小功率應用，沒有用到模組，不考慮。",
              "已把所有資料寄給{p}，今日電話確認表示目前沒時間評估，下週再聯絡。",
              "原本負責的工程師已經離職，現在由主管{p}來處理，建議提供規格書與報價。"]
PARTS = ["MMG100S120B6HN", "MMK110A160B", "MMD400S160U", "MMF300S120", "MM30F060PC", "MMG75S120B6HN", "MMK35LB160HB",
         "MMG200S060B6EN", "MMD150F160X", "MMK200X040DA"]


def contact_cell(co, n=None):
    lines = []
    for title, p in co.people[: n or len(co.people)]:
        tail = R.choice([mobile(), landline(co.area), landline(co.area) + R.choice(["分機", "#", "轉"]) + str(R.randrange(100, 999)), ""])
        lines.append(f"{title}{p}{R.choice(['', ' '])}{tail}".strip())
    return "\n".join(lines)


def note(tpl, co):
    p = co.people[0][1]
    return tpl.format(p=p[0] + R.choice(["先生", "小姐", "經理", "老闆"]), m=R.choice(PARTS), m2=R.choice(PARTS), x=R.randrange(150, 400))


wb = workbook()
BASE = Font(name="新細明體", size=12)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, r, c, v, wrap=False, fmt=None):
    if v is None:
        return
    cell = ws.cell(r, c, v)
    cell.font = BASE
    if wrap or (isinstance(v, str) and "\n" in v):
        cell.alignment = WRAP
    if fmt:
        cell.number_format = fmt


# --- 親訪 -------------------------------------------------------------------------------------
ws = wb.active
ws.title = "親訪"
for j, h in enumerate(["日期", "業務", "公司", "聯絡人", "內容", "電子郵件", "網站"]):
    put(ws, 2, 2 + j, h)
day = datetime.date(2019, 9, 4)
visit_cos = R.sample(COS, 70)
reps = ["Kent/Daniel"] * 15 + ["Daniel"] * 16 + ["Daniel/Stanley"] * 26 + ["Daniel"] * 46
first_visit = {}
row = 3
for i in range(103):
    if R.random() < 0.45:
        day += datetime.timedelta(days=R.choice([1, 1, 2, 5, 6, 7]))
    co = R.choice(visit_cos[:45]) if R.random() < 0.35 else visit_cos[i % 70]
    d = f"{day.year}.{day.month:02d}.{day.day:02d}"
    if i == 16:
        d = f"{day.year}.{day.month}.{day.day}"
    put(ws, row, 2, d)
    put(ws, row, 3, reps[i])
    put(ws, row, 4, co.name() if co.full not in first_visit else R.choice([first_visit[co.full], co.name()]))
    first_visit.setdefault(co.full, ws.cell(row, 4).value)
    put(ws, row, 5, contact_cell(co, R.choice([1, 1, 2])) if i not in (58, 64) else None)
    put(ws, row, 6, note(R.choice(VISIT_NOTES), co) if i != 64 else None, wrap=True)
    mail = None
    if i < 9:
        mail = f"{co.people[0][1][0].lower() if False else 'sales'}@{co.domain}" if i % 3 else "N/A"
    elif R.random() < 0.45 and i != 64:
        mail = "\n".join(f"{R.choice(['hui', 'alex', 'kathy', 'jester', 'sp', 'max', 'purchase'])}{R.randrange(1, 99)}@{co.domain}" for _ in range(R.choice([1, 1, 2])))
    elif i < 12:
        mail = "N/A"
    put(ws, row, 7, mail)
    if i < 9 or (i < 25 and R.random() < 0.3):
        put(ws, row, 8, "N/A" if mail == "N/A" else f"www.{co.domain}")
    row += 1
for _ in range(4):
    put(ws, row, 3, "Daniel")
    row += 1
for col, w in {"A": 1.375, "B": 12.125, "C": 14.875, "D": 30.875, "E": 35.0, "F": 90.875, "G": 38.125, "H": 26.875}.items():
    ws.column_dimensions[col].width = w

# --- New Business Opp ---------------------------------------------------------------------------
ws = wb.create_sheet("New Business Opp")
HEAD = [None, None, "日期", "業務", "位置", "應用", "公司", "Contact", "2023 Billing Target ( NTD )", "Product X (Annual Q'ty)",
        "狀態描述", "更新進度", "Next Action", "最後聯繫時間", "合作時間", "最後交易日", "潛力度", "產業-客戶等級", "附註"]
for j, h in enumerate(HEAD):
    put(ws, 1, 1 + j, h)
APPS = ["點焊機", "溫控", "變頻器", "伺服馬達驅動器", "放電加工機", "高週波", "變頻氬焊機", "充電機", "儲能櫃", "脈衝電源", "電鍍整流器",
        "UPS", "corona電暈處理", "半導體測試設備", "感應加熱", None]
PRODUCTS = ["SCR Module", "IGBT Discrete\nFRED Discrete", "Busbar", "FRED Discrete", "盤式SCR", "Diode Module\nIGBT Module",
            "SCR Module\nDiode Module", "1200V PIM IGBT\nSCR Module", None, None]
NEXT = ["重新認識", "訂單維護", "協助共同維繫開發", "出差拜訪認識", "偶爾打電話聯繫", "有空聯繫認識", "確認組件腳位適不適用", "關係維護，並轉固馳SCR",
        "600V TC IGBT導入嘗試", None, None]
pipe_cos = COS[:]
R.shuffle(pipe_cos)
owners = ["Jack"] * 205 + ["-"] * 88 + ["Arron"] * 32 + ["Jack(處理中)"] * 15 + ["Darren"] * 13 + ["關閉客戶", None]
R.shuffle(owners)
owners[0], owners[1], owners[2] = "Jack", "Arron", "Jack(處理中)"
region_of = {"桃園市": "北", "新北市": "北", "台北市": "北", "新竹市": "北", "台中市": "中", "彰化縣": "中", "台南市": "南", "高雄市": "南"}
nums = list(range(1, 336)) + list(range(338, 356)) + [336, 337]
for i in range(355):
    r = 2 + i
    co = pipe_cos[i % len(pipe_cos)] if i < 150 else Co()
    if i >= 150:
        COS.append(co)
    put(ws, r, 1, R.choice(["E", "A"]) if R.random() < 0.1 else None)
    put(ws, r, 2, nums[i])
    put(ws, r, 4, owners[i])
    put(ws, r, 5, region_of[co.city[0]])
    put(ws, r, 6, R.choice(APPS))
    put(ws, r, 7, co.name(R.choice(["full", "full", "short", "gu"])) + (f"({co.branch}廠)" if R.random() < 0.03 else ""))
    c, rest, _ = address(co.city)
    lines = contact_cell(co).split("\n")
    if R.random() < 0.5:
        lines.insert(0, f"{co.core}總機{landline(co.area)}")
    if R.random() < 0.3:
        lines.append(f"{R.choice(['sales', 'rd', 'purchase', 'info'])}@{co.domain}")
    lines.append(f"{c}{rest}" if R.random() < 0.8 else rest)
    cell = "\n".join(lines)
    if i == 0:
        cell = "\n" + cell
    put(ws, r, 8, cell if i != 40 else None)
    if R.random() < 0.217:
        put(ws, r, 9, R.choice([500000, 100000, 20000, 50000, 150000, 200000, 400000, 300000, 10000, 250000, 700000, 8000000]))
    if i == 77:
        put(ws, r, 9, "50萬")
    put(ws, r, 10, R.choice(PRODUCTS) if R.random() < 0.7 else None)
    if R.random() < 0.166:
        put(ws, r, 11, R.choice(["230405--已大量配合，目前關係維護以防守為目的。", "230405--IGBT 7in1、6in1已導入",
                                 "老字號溫控公司，2023生意差不知道可維持多久。", "單一350A焊機聞名，另接國外客製化電源訂單"]))
    if R.random() < 0.44:
        d = datetime.date(2022, R.randrange(3, 12), R.randrange(1, 28))
        put(ws, r, 12, R.choice([f"{d:%y%m%d}--與{co.people[0][1][0]}先生聯絡，追蹤報價，預計下個月會有結果",
                                 f"{d.year}/{d.month}/{d.day} 目前有新案500A、800A研發中",
                                 f"{d:%y/%m/%d} 拜訪{co.people[0][1]}，補庫存，交期不急，測試狀態緩慢。\n{d:%y%m%d}-- 再次電聯確認"]))
    if R.random() < 0.4:
        put(ws, r, 13, R.choice([n for n in NEXT if n]))
    if R.random() < 0.186:
        put(ws, r, 14, R.choice(["a"] * 43 + ["c"] * 8 + ["d"] * 6 + ["b"] * 4) if R.random() < 0.92 else datetime.datetime(2022, 5, R.randrange(26, 28)))
        if isinstance(ws.cell(r, 14).value, datetime.datetime):
            ws.cell(r, 14).number_format = "yyyy/m/d"
    if R.random() < 0.6:
        put(ws, r, 17, R.choice(["低", "普通", "未知", "高", "極高", "低", "普通"]))
    if R.random() < 0.135:
        put(ws, r, 19, datetime.datetime(2023, 5, 8), fmt="yyyy/m/d")
put(ws, 356, 19, "=+I3A356:S352")
ws.auto_filter.ref = "A1:S356"
ws.freeze_panes = "A7"
for col, w in {"A": 7.5, "B": 12.875, "C": 18.375, "D": 18.625, "E": 18.125, "F": 36.625, "G": 38.75, "H": 62.0, "I": 25.75,
               "J": 28.75, "K": 21.625, "L": 80.875, "M": 44.0, "N": 18.75, "O": 18.5, "P": 20.125, "Q": 14.75, "R": 18.5, "S": 12.5}.items():
    ws.column_dimensions[col].width = w

# --- Key Account List ---------------------------------------------------------------------------
ws = wb.create_sheet("Key Account List")
for r, t in ((1, "生產基地在大陸"), (2, "有基礎，邀請訪廠"), (3, "狀態未知")):
    put(ws, r, 2, t)
for j, h in enumerate(["客戶名稱", "產品應用", "可能聯繫窗口", "備註", "推薦產品"]):
    put(ws, 4, 2 + j, h)
big = [Co() for _ in range(16)]
KA_APPS = ["變頻器", "PV Inverter", "UPS", "BMS", "Power supply", "APF", "伺服馬達驅動器", "Plasma cutting machine", "電梯變頻器",
           "車載逆變器", "Server power", "EV Charger"]
ka_rows = []
plan = [0, 1, 1, 2, 3, 4, 5, 5, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15, 1, 3, 4, 2, 6, 6]
for k, bi in enumerate(plan):
    co = big[bi]
    rep = R.choice(["Arron", "Arron", "Darren"])
    if k in (21, 22):
        rep = None
    ka_rows.append([rep, co.core + (co.kind if R.random() < 0.3 else ""), R.choice(KA_APPS),
                    f"{landline(co.area)}\n\n{co.people[0][0]} {co.people[0][1]} #{R.randrange(200, 9999)}" + (f"\n{R.choice(['sales', 'rd'])}.{R.randrange(1, 99)}@{co.domain}" if R.random() < 0.4 else ""),
                    R.choice(["生產基地在大陸", "生產基地在大陸\n尋找替代伺服馬達驅動器研發RD", "邀請Key Man訪廠", "邀請訪廠", "未聯繫", "深圳負責採購", "台灣生產。", "訂製品"]),
                    R.choice(["IGBT Module", "IGBT Discrete\nFRED Discrete", "IGBT Discrete\nFRED Discrete\nIGBT Module\nRectifier Diode Module", "用Relay", None, "不確定"])])
ka_rows.append(list(ka_rows[-1]))
for i, rr in enumerate(ka_rows):
    for j, v in enumerate(rr):
        put(ws, 5 + i, 1 + j, v)
ws.auto_filter.ref = "A4:F31"
ws.freeze_panes = "A11"
for col, w in {"A": 20.25, "B": 26.5, "C": 33.0, "D": 29.0, "E": 33.875}.items():
    ws.column_dimensions[col].width = w

# --- 重點客戶 -------------------------------------------------------------------------------------
ws = wb.create_sheet("重點客戶")
for j, h in enumerate(["已拜訪", "今年訂單狀況", "客戶名稱", "地區", "地址", "主要產品", "策略", "結果", "聯絡窗口"]):
    put(ws, 2, 2 + j, h)
STRAT = ["潛力客戶，但需花時間各部門經營耕耘，建立關係與信任", "針對現有產品進行價格調整，增加營收比重", "建立關係並介紹新產品導入設計",
         "維持關係穩定訂單，Busbar價格過高", "定期拜訪維持良好關係穩定訂單", "爭取SCR Module訂單", "介紹新產品導入設計，並取得更多MMG75S120B6HN訂單"]
RESULT = ["業績衰退，市場萎縮進而影響訂單", "訂單穩定", "採購不願意接受", "目前尚有許多庫存，不考慮再下單備料", None, None]
MAINP = ["變頻器", "量測設備", "伺服驅動器", "變頻焊機", "電漿鍍膜", "瞬熱感應加熱器", "點焊機", "電鍍機", "DC Bank", "溫控設備", "充電機", "不斷電系統", "跑步機"]
key_cos = R.sample(visit_cos, 42)
for i, co in enumerate(key_cos):
    r = 3 + i
    c, rest, _ = address(co.city)
    if c == "桃園市" and R.random() < 0.3:
        c, rest = "桃園縣", rest.replace("區", "鄉", 1)
    put(ws, r, 2, "O" if R.random() < 0.55 else None)
    put(ws, r, 3, R.choice(["不明", "營收成長", "訂單減少", "無訂單", "下單金額減少", "下單金額減少", "擴大目前營收", "今年無下單"]))
    put(ws, r, 4, co.core + co.kind)
    put(ws, r, 5, c)
    put(ws, r, 6, rest + (f"{R.randrange(2, 15)}樓" if R.random() < 0.15 else ""))
    put(ws, r, 7, R.choice(MAINP))
    put(ws, r, 8, R.choice(STRAT))
    put(ws, r, 9, R.choice(RESULT))
    put(ws, r, 10, R.choice(["研發", "採購", "研發/採購", "老闆", None, None]))
ws.freeze_panes = "E3"
for col, w in {"A": 7.0, "B": 7.125, "C": 17.625, "D": 12.625, "E": 12.875, "F": 30.375, "G": 19.875, "H": 69.125, "I": 50.875, "J": 10.125}.items():
    ws.column_dimensions[col].width = w

# --- 電訪 ---------------------------------------------------------------------------------------
ws = wb.create_sheet("電訪")
typed_over = landline("02")
for j, h in enumerate(["日期", "業務", "公司", typed_over, "內容", "電子郵件", "網站"]):
    put(ws, 2, 2 + j, h)
day = datetime.date(2019, 9, 6)
row = 3
for i in range(47):
    if R.random() < 0.35:
        day += datetime.timedelta(days=R.choice([1, 3, 6, 9]))
    co = R.choice(COS[:150])
    put(ws, row, 2, f"{day.year}.{day.month:02d}.{day.day:02d}")
    put(ws, row, 3, "Kent/Daniel" if i == 1 else "Daniel")
    put(ws, row, 4, co.name(R.choice(["full", "short", "short"])))
    put(ws, row, 5, contact_cell(co, 1))
    put(ws, row, 6, note(R.choice(CALL_NOTES), co), wrap=True)
    if R.random() < 0.3:
        put(ws, row, 7, f"{R.choice(['tsai', 'simon', 'ivy', 'david', 'lucien'])}{R.randrange(1, 99)}@{co.domain}")
    if i in (0, 2):
        put(ws, row, 8, f"http://www.{co.domain}/")
    row += 1
put(ws, row, 2, f"{day.year}.{day.month:02d}.{day.day:02d}")
put(ws, row, 3, "Daniel")
for col, w in {"A": 1.375, "B": 15.0, "C": 12.875, "D": 31.875, "E": 31.375, "F": 92.375, "G": 37.125, "H": 45.875}.items():
    ws.column_dimensions[col].width = w

wb.properties.creator = "EIT Sales"
save(wb, "accounts-zh-tw-powermodules.xlsx")
