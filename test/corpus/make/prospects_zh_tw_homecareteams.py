"""
Shape of isbdh127-eric/KJH-312D "活頁簿1.xlsx" (at commit 7ffe6e0b544f8c7185fc4b9671164f17254cbfea):
the National Health Insurance search result of the home-medical-care integration programme
(居家醫療照護整合計畫) copied from the web page into Excel, the list a home-care supplier's rep works
through: every medical institution in the programme with the care teams it belongs to.

- One sheet 工作表1, header on row 1: 照護團隊名稱／諮詢電話 / 醫事機構名稱 / 醫事機構電話 / 醫事機構地址 /
  居家醫療醫療 / 重度居家醫療 / 安寧居家療護 / 居家呼吸照護 / 居家中醫醫療 / 居家藥事照護 / 在宅急症照護 /
  近三個月有收案; font 新細明體, some very tall rows.
- One block of rows per institution (3,553 in the original, 19,382 rows): the institution's cells B:L
  are written on the block's first row and merged down over the block (11 vertical merges a block,
  38,676 in all); column A runs down the block with the care team's name, then its enquiry phone(s),
  an empty cell, the next team's name and phone(s) …; a block is 2 to 20-odd rows.
- Team phones in every spelling the page had: '04-25771809', '(02)2973-8188', '0492231150#5198',
  '06-2353535-3992', '2709-3600 #1118', '03-8241223、03-8241350', '(03)3699721轉分機4111', a bare
  '23592525#3817' without area code, and mobiles as numbers that lost their leading zero
  (963183781); a few teams with no phone, a few with two or three.
- 醫事機構電話 text such as '02-23123456', '037-261920', one '０-09…' typo; 醫事機構地址 with full-width
  digits and the page's link text '（地圖)' glued to the end, each a hyperlink to a map search.
- The eight service columns hold 1 or nothing. Institutions: clinics (most), home-nursing agencies
  (居家護理所), hospitals, health stations, TCM clinics, respiratory-care homes; the same clinic name
  in different towns (different clinics), large hospitals belonging to many teams.
Kept at 330 institutions (about 1,800 rows). Values invented: institution, team and place names,
phone numbers and addresses.
"""
from urllib.parse import quote

from openpyxl.styles import Font

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("prospects-zh-tw-homecareteams")
N_BLOCKS = 330
FONT = Font(name="新細明體", size=12)
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")

HEADER = ["照護團隊名稱／諮詢電話", "醫事機構名稱", "醫事機構電話", "醫事機構地址", "居家醫療醫療", "重度居家醫療", "安寧居家療護",
          "居家呼吸照護", "居家中醫醫療", "居家藥事照護", "在宅急症照護", "近三個月有收案"]
FLAG_P = [0.81, 0.19, 0.14, 0.04, 0.10, 0.014, 0.22, 0.40]

CITIES = [("臺北市", "02", ["中正區", "大安區", "北投區", "萬華區"]), ("新北市", "02", ["板橋區", "三重區", "新店區", "汐止區"]),
          ("桃園市", "03", ["桃園區", "中壢區", "龜山區"]), ("新竹縣", "03", ["竹北市", "湖口鄉"]), ("苗栗縣", "037", ["苗栗市", "頭份市"]),
          ("臺中市", "04", ["西屯區", "北區", "豐原區", "大里區"]), ("彰化縣", "04", ["彰化市", "員林市", "和美鎮"]),
          ("南投縣", "049", ["南投市", "埔里鎮"]), ("雲林縣", "05", ["斗六市", "北港鎮"]), ("嘉義縣", "05", ["朴子市", "民雄鄉"]),
          ("臺南市", "06", ["東區", "新營區", "永康區"]), ("高雄市", "07", ["左營區", "鳳山區", "岡山區", "小港區"]),
          ("屏東縣", "08", ["屏東市", "恆春鎮"]), ("宜蘭縣", "03", ["宜蘭市", "羅東鎮"]), ("花蓮縣", "03", ["花蓮市", "吉安鄉"]),
          ("臺東縣", "089", ["臺東市", "成功鎮"])]
ROADS = ["中山路", "中正路", "民生路", "成功路", "光復路", "建國路", "勝利路", "自由路", "和平東路", "復興路", "忠孝街", "信義街"]
WORDS = ["安和", "仁愛", "康寧", "宏安", "平安", "惠生", "德恩", "長青", "博仁", "聖安", "永康", "佳禾", "合康", "大道", "慈心", "福安",
         "樂群", "育生", "明德", "同心", "吉康", "欣欣", "國泰", "立安", "晨曦", "溫馨", "晴光", "祥和"]
SHORT_TEAMS = ["健康", "晏居", "安馨", "心和", "樂齡", "真善", "慈暉", "恆心", "馨滿", "心分享", "幸福南投", "愛沐", "安家居", "慈光"]


def digits(n):
    """n digits, the first never 0 or 9 (a local number, not a mobile prefix)."""
    return str(f.r.randrange(2, 9)) + "".join(str(f.r.randrange(10)) for _ in range(n - 1))


def local(area):
    return digits(8) if area in ("02", "04") else digits(7) if len(area) == 2 else digits(f.pick([6, 7]))


def landline(area):
    return f"{area}-{digits(9 - len(area))}" if len(area) == 3 else f"{area}-{digits(f.pick([7, 8, 8]))}"


def team_phone(area):
    """One enquiry phone as the page spelled it (text), or a mobile number that lost its zero."""
    k = f.r.random()
    body = local(area)
    if k < 0.17:
        return int("900" + digits(6))                       # 0900-xxx-xxx typed as a number
    if k < 0.40:
        return f"{area}-{body}"
    if k < 0.55:
        return f"{area}-{body}#{f.r.randrange(100, 9999)}"
    if k < 0.65:
        return f"{area}{body}#{f.r.randrange(100, 99999)}"
    if k < 0.74:
        return f"{area}-{body}-{f.r.randrange(1000, 9999)}"
    if k < 0.82:
        return f"({area}){body[:4]}-{body[4:]}" if len(body) == 8 else f"({area}){body[:3]}-{body[3:]}"
    if k < 0.87:
        return f"{body[:4]}-{body[4:]} #{f.r.randrange(100, 9999)}"
    if k < 0.91:
        return f"{body}#{f.r.randrange(1000, 9999)}"
    if k < 0.94:
        return f"{area}-{body}、{area}-{digits(len(body))}"
    if k < 0.97:
        return f"({area}){body}轉分機{f.r.randrange(1000, 9999)}"
    return f"0900-{digits(6)}"


def make_team(kind):
    city, area, _ = f.pick(CITIES)
    if kind == "short":
        name = SHORT_TEAMS.pop(0) if SHORT_TEAMS else f.pick(WORDS)
    else:
        name = f.pick([f"{f.pick(WORDS)}居家醫療照護團隊", f"{f.pick(WORDS)}居家醫療整合照護團隊", f"{city[:2]}{f.pick(WORDS)}居家整合照護團隊",
                       f"{f.pick(WORDS)}醫院居家醫療團隊", f"{f.pick(WORDS)}社區醫療團隊"])
    phones = [team_phone(area) for _ in range(f.pick([0, 1, 1, 1, 1, 1, 1, 2, 2, 3]))]
    return name, phones


TEAMS = [make_team("short") for _ in range(12)] + [make_team("long") for _ in range(48)]


def address(city, districts):
    district = f.pick(districts)
    road = f.pick(ROADS)
    no = f"{f.r.randrange(1, 400)}號"
    extra = f.pick(["", "", "", "", f"{f.r.randrange(1, 12)}樓", f"、{f.r.randrange(1, 400)}號", f"{f.r.randrange(2, 9)}巷{f.r.randrange(1, 60)}號"])
    if extra.endswith("號") and "巷" in extra:
        no, extra = extra, ""
    plain = f"{city}{district}{road}{no}{extra}"
    return plain.translate(FULL)


def institution(dup_name=None):
    city, area, districts = dup_name[1] if dup_name else f.pick(CITIES)
    dup_name = dup_name[0] if dup_name else None
    kind = f.r.random()
    person = lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)
    word2 = lambda: f.pick(WORDS)[0] + f.pick(WORDS)[1]
    if dup_name:
        name = dup_name
    elif kind < 0.50:
        name = f._unique(lambda: f.pick([f"{word2()}診所", f"{person()}診所", f"{person()}診所",
                                         f"{word2()}家醫科診所", f"{person()}小兒科診所"]))
    elif kind < 0.72:
        name = f._unique(lambda: f.pick([f"{word2()}居家護理所", f"{word2()}醫院附設居家護理所", f"{person()}居家護理所"]))
    elif kind < 0.84:
        name = f._unique(lambda: f.pick([f"{word2()}醫院", f"{word2()}綜合醫院", f"衛生福利部{city[:2]}醫院",
                                         f"{word2()}醫療社團法人{word2()}醫院"]))
    elif kind < 0.92:
        for _ in range(200):
            city, area, districts = f.pick(CITIES)
            district = f.pick(districts)
            name = f"{city}{district}衛生所"
            if name not in f._used:
                f._used.add(name)
                break
        districts = [district]
    elif kind < 0.97:
        name = f._unique(lambda: f"{word2()}中醫診所")
    else:
        name = f._unique(lambda: f"{word2()}居家呼吸照護所")
    r = f.r.random()
    if r < 0.985:
        phone = f"{area}-{local(area)}"
    elif r < 0.993:
        phone = f"{area}--{local(area)}"
    else:
        phone = "０-0900" + "".join(str(f.r.randrange(10)) for _ in range(6))
    flags = [1 if f.r.random() < p else None for p in FLAG_P]
    big = "醫院" in name and "附設" not in name
    n_teams = f.pick([3, 4, 5, 6, 7]) if big and f.chance(0.5) else f.pick([1, 1, 1, 1, 1, 2, 2, 3])
    return name, phone, address(city, districts), flags, n_teams


wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.column_dimensions["A"].width = 16.66
ws.column_dimensions["B"].width = 20.0
ws.column_dimensions["C"].width = 13.0
ws.column_dimensions["D"].width = 23.78
for j, h in enumerate(HEADER, start=1):
    ws.cell(1, j, h).font = FONT

names_seen = []
word_clinics = []       # clinics named by a word (平安診所): the names that recur in other towns
row = 2
for b in range(N_BLOCKS):
    dup = (f.pick(word_clinics), f.pick(CITIES)) if word_clinics and f.chance(0.025) else None
    name, phone, addr, flags, n_teams = institution(dup)
    names_seen.append(name)
    if name.endswith("診所") and name[:2] + "診所" == name or name.endswith("家醫科診所") and len(name) == 7:
        word_clinics.append(name)
    lines = []
    for t, (team, phones) in enumerate(f.r.sample(TEAMS, n_teams)):
        if t:
            lines.append(None)
        lines.append(team)
        lines.extend(phones)
    if len(lines) == 1:
        lines.append(None) if f.chance(0.1) else None
    first = row
    for v in lines:
        if v is not None:
            ws.cell(row, 1, v).font = FONT
        row += 1
    last = row - 1
    values = [name, phone, addr + "（地圖)"] + flags
    for j, v in enumerate(values, start=2):
        c = ws.cell(first, j, v)
        c.font = FONT
    ws.cell(first, 4).hyperlink = "https://www.google.com/maps/search/" + quote(addr)
    if f.chance(0.3):
        ws.row_dimensions[first].height = f.pick([48.6, 81.0, 113.4, 162.6])
    if last > first:
        for j in range(2, 13):
            ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)

save(wb, "prospects-zh-tw-homecareteams.xlsx")
print("blocks", N_BLOCKS, "rows", row - 2, "distinct names", len(set(names_seen)))
