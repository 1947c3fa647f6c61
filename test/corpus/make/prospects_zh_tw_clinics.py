"""
Shape of fafachen0716/clinicGIS "新北市診所.csv" (at commit e4ab631409119d406bf1cba4ba8bb5413d6f7168): New Taipei City's
clinics from the national register of medical institutions (health-insurance contracted clinics with their staff
by profession), kept by a GIS course project as UTF-8 CSV with BOM, LF line ends and a final newline:

- 34 columns: 機構代碼 / 機構名稱 / 電話 / 縣市區名 / 地址 / 科別 and one count column per profession
  (1語言治療師 … 6驗光生, A醫師, B中醫師, C牙醫師, D藥師 … Z營養師) and 醫學中心 (0 on every row);
- 3,518 clinics in the source in blocks by district (2,000 here): the 10-character institution code (type, city,
  district, serial; a letter inside some), the clinic's name (dental, Chinese-medicine and specialty clinics, many
  named after their doctor), the phone written every way ('02-29587980', '29587980', '289532920', '02 9542343'
  with an old seven-digit number, '(02) 2965-5358', '（02）…' full-width, two numbers joined by '、', '  ', ' / '
  or ', ', '02- 2968…', '…~9', a single digit, empty, once in Chinese numerals), the city and district (empty
  once), the address (full-width digits, Chinese numerals such as 二０二巷, '(1樓)', several numbers and floors,
  long joined addresses), the specialties with a trailing comma ('牙醫一般科,', '家庭醫學科,兒科,') and the staff
  counts (a dentist clinic's dentists, a clinic's doctors, pharmacists and nurses, the health centre's 30 nurses).
Values invented: codes, names, phones, roads, numbers and staff counts (the districts and professions are real).
"""
import csv
import io
import os

from fake import FILES, SURNAMES_TW, GIVEN_TW, Fake

f = Fake("prospects-zh-tw-clinics")

HEADER = ["機構代碼", "機構名稱", "電話", "縣市區名", "地址", "科別", "1語言治療師", "2牙體技術師", "3聽力師", "4牙體技術士",
          "5驗光師", "6驗光生", "A醫師", "B中醫師", "C牙醫師", "D藥師", "E藥劑生", "F護理師", "G護士", "H助產士", "I助產師",
          "J醫事檢驗師", "K醫事檢驗生", "Q物理治療師", "R職能治療師", "S醫事放射師", "T醫事放射士", "U物理治療生", "W職能治療生",
          "V呼吸治療師", "X諮商心理師", "Y臨床心理師", "Z營養師", "醫學中心"]
COL = {h: i for i, h in enumerate(HEADER)}
DISTRICTS = [("板橋區", "01", 355), ("新莊區", "05", 226), ("三重區", "02", 211), ("中和區", "03", 210), ("永和區", "04", 172),
             ("新店區", "06", 140), ("蘆洲區", "14", 115), ("土城區", "13", 114), ("汐止區", "11", 80), ("淡水區", "10", 70),
             ("樹林區", "07", 62), ("林口區", "24", 60), ("三峽區", "09", 50), ("泰山區", "23", 34), ("鶯歌區", "08", 27),
             ("五股區", "22", 18), ("瑞芳區", "12", 13), ("八里區", "25", 10), ("深坑區", "15", 9), ("三芝區", "26", 5),
             ("金山區", "29", 5), ("萬里區", "28", 4), ("雙溪區", "20", 2), ("石碇區", "16", 1), ("貢寮區", "21", 1),
             ("烏來區", "19", 1)]
ROADS = ["文化路一段", "文化路二段", "中山路二段", "中正路", "民生路三段", "四川路二段", "雙十路二段", "館前西路", "民族路", "重慶路",
         "忠孝路", "國慶路", "仁化街", "實踐路", "龍興街", "新海路", "三民路二段", "陽明街", "府中路", "莊敬路", "思源路", "中華路",
         "永和路二段", "竹林路", "中央路四段", "北新路三段", "成功路", "復興路", "仁愛路", "和平街"]
SPECIALTIES = (["牙醫一般科,"] * 32 + ["中醫一般科,"] * 17 + ["西醫一般科,"] * 12 + ["內科,"] * 5 + ["耳鼻喉科,"] * 5 +
               ["兒科,"] * 4 + ["家庭醫學科,"] * 4 + ["眼科,"] * 3 + ["皮膚科,"] * 2 + ["婦產科,"] * 2 + ["復健科,"] * 2 +
               ["精神科,"] * 2 + ["骨科,", "兒科,婦產科,", "外科,", "家庭醫學科,兒科,", "家庭醫學科,婦產科,", "外科,骨科,",
                                  "內科,兒科,", "家庭醫學科,內科,", "神經科,", "內科,復健科,"])
SUFFIX = {"牙醫一般科,": "牙醫診所", "中醫一般科,": "中醫診所", "耳鼻喉科,": "耳鼻喉科診所", "兒科,": "小兒科診所",
          "眼科,": "眼科診所", "皮膚科,": "皮膚科診所", "婦產科,": "婦產科診所", "復健科,": "復健科診所", "精神科,": "身心精神科診所",
          "骨科,": "骨科診所", "內科,": "內科診所", "外科,骨科,": "骨外科診所", "兒科,婦產科,": "婦幼診所"}
WORDS = ["康禾", "仁心", "惠群", "安和", "明遠", "維力", "久明", "恩美", "成安", "長宏", "智中", "蒔美", "東暘", "謙合", "立竹",
         "百善", "大觀", "懷安", "仁禾", "東豪", "光澤", "德民", "弘安", "雅音", "豐禾", "江翠", "偉仁", "璞和", "板聯", "樂田",
         "榮德", "岳德", "禾家", "六合", "實健", "天祐", "鼎吉", "弘濟", "尚誠", "鼎超", "穎泰", "日煦", "欣美", "全人", "亮白",
         "鴻林", "佳腎", "基祥", "重心", "大學", "翰醫堂", "全泰", "常春", "順心", "小岩井", "良鴻", "健和", "時代", "益新", "聖恩",
         "心世界", "向陽", "菁樺", "京澄", "向德", "環球", "康祐", "精英", "宏元", "天下", "家福", "惟美", "菡生", "晶美", "德一",
         "京品", "興安", "健福", "明德", "愛德", "樂活", "欣采", "松柏", "新生堂", "榮美", "寶生", "板杏", "英倫", "建全", "麗緻",
         "里安", "讚美", "星和", "康寧", "安心", "慈恩", "和平", "友愛", "信義", "博愛", "長青", "永康", "福安", "祥和", "景美"]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "０一二三四五六七八九")


def num():
    return f"{f.pick('2289')}{f.r.randrange(1000000, 9999999)}"


def phone(k):
    n = num()
    shapes = [(854, lambda: n), (769, lambda: f"02-{n}"), (519, lambda: f"2{n}"),
              (454, lambda: f"02 {n[1:]}"), (186, lambda: f"02-{n[:4]}-{n[4:]}"), (180, lambda: f"02 {n}"),
              (126, lambda: f"(02){n[:4]}-{n[4:]}"), (114, lambda: f"(02){n}"), (63, lambda: ""),
              (49, lambda: f"(02) {n[:4]}-{n[4:]}"), (45, lambda: f"{n[:4]}-{n[4:]}"), (42, lambda: n[1:]),
              (29, lambda: f"(02) {n}"), (20, lambda: f"02  {n}"), (11, lambda: f"02 {n[:4]}-{n[4:]}"), (5, lambda: f"02 -{n}"),
              (4, lambda: f"02- {n}"), (3, lambda: f"{n}-{f.r.randrange(100, 999)}"), (2, lambda: f"（02）{n}"),
              (2, lambda: f"(02){n[:4]}-{n[4:]}/{num()[:4]}-{n[4:]}"), (2, lambda: f"{n[:4]}-{n[4:]}{f.r.randrange(10, 99)}"[:11]),
              (1, lambda: f"02-{n}  02-{num()}"), (1, lambda: f"(02) {n}、{num()}"), (1, lambda: f"02-{n[:4]}-{n[4:]}、{num()[:4]}-{n[4:]}"),
              (1, lambda: f"{n}~{f.r.randrange(1, 9)}"), (1, lambda: f"02 {n}、{num()}"), (1, lambda: f"{n}、{num()}"),
              (1, lambda: f"02-{n}, 02-{num()}"), (1, lambda: f"{n} / {num()}"), (1, lambda: f"02 {n}  {num()}"),
              (1, lambda: n.translate(CN)[:6] + n[6:7] + n.translate(CN)[7:]), (2, lambda: str(f.r.randrange(1, 9)))]
    total = sum(w for w, _ in shapes)
    x = f.r.randrange(total)
    for w, make in shapes:
        if x < w:
            return make()
        x -= w
    return n


def address(district):
    road = f.pick(ROADS)
    lane = f"{f.r.randrange(2, 400)}巷" if f.chance(0.25) else ""
    if lane and f.chance(0.3):
        lane += f"{f.r.randrange(1, 20)}弄"
    n = f.r.randrange(1, 400)
    style = f.r.random()
    if style < 0.17:
        number = f"{lane}{n}號{f.r.randrange(1, 6)}樓".translate(FULL)
    elif style < 0.3:
        number = f"{lane}{n}號".translate(CN) + f.pick(["", "一樓", "二樓"])
    else:
        number = lane + f.pick([f"{n}號1樓", f"{n}號(1樓)", f"{n}號1、2樓", f"{n}號", f"{n}號1樓及2樓",
                                f"{n}之{f.r.randrange(1, 9)}號(1樓)", f"{n}號1樓、{n + 2}號1樓", f"{n}號（1樓）",
                                f"{n}號{f.r.randrange(2, 12)}樓"])
    return f"新北市{district}{road}{number}"


def person_name():
    return f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)


def staff(spec, counts):
    if spec.startswith("牙醫"):
        counts[COL["C牙醫師"]] = f.pick([1, 1, 1, 2, 2, 3, 4, 5, 7])
        if f.chance(0.05):
            counts[COL["2牙體技術師"]] = f.pick([1, 2])
    elif spec.startswith("中醫"):
        counts[COL["B中醫師"]] = f.pick([1, 1, 2, 3, 4])
        if f.chance(0.3):
            counts[COL["F護理師"]] = f.pick([1, 2, 3])
    else:
        counts[COL["A醫師"]] = f.pick([1, 1, 1, 2, 2, 3, 4, 9])
        for col, p, vals in (("D藥師", 0.4, [1, 1, 2, 3]), ("F護理師", 0.6, [1, 1, 2, 3, 4, 8]), ("G護士", 0.3, [1, 1, 2]),
                             ("E藥劑生", 0.05, [1, 2])):
            if f.chance(p):
                counts[COL[col]] = f.pick(vals)
        if spec.startswith("眼科") and f.chance(0.4):
            counts[COL["5驗光師"]], counts[COL["6驗光生"]] = f.pick([2, 3, 4]), f.pick([1, 2])
        if "復健" in spec or spec.startswith("骨科") or spec.startswith("外科,骨科"):
            counts[COL["Q物理治療師"]] = f.pick([2, 3, 4, 10])
            if f.chance(0.5):
                counts[COL["R職能治療師"]] = f.pick([1, 2, 4])
            if f.chance(0.4):
                counts[COL["U物理治療生"]] = 1
    return counts


rows = []
for district, dcode, count in DISTRICTS:
    for _ in range(count):
        spec = f.pick(SPECIALTIES)
        prefix = "37" if spec.startswith("牙醫") else "38" if spec.startswith("中醫") else "35"
        serial = f"{f.r.randrange(0, 10000):04d}"
        if f.chance(0.01):
            serial = f"A{f.r.randrange(0, 1000):03d}"
        code = f._unique(lambda: f"{prefix}31{dcode}{serial}" if serial[0] == "A" else f"{prefix}31{dcode}{f.r.randrange(0, 10000):04d}")
        def make_name():
            if f.chance(0.35) and not spec.startswith(("牙醫", "中醫")):
                base = person_name()
            elif f.chance(0.3):
                base = f.pick(WORDS) + f.pick(WORDS)[0]
            elif f.chance(0.15):
                base = district[:2] + f.pick(WORDS)
            else:
                base = f.pick(WORDS)
            if f.chance(0.95):
                return base + SUFFIX.get(spec, "診所")
            return base + f.pick(["聯合診所", "美學診所", "醫美診所"])
        name = f._unique(make_name)
        counts = staff(spec, [0] * len(HEADER))
        row = [code, name, phone(len(rows)), f"新北市{district}", address(district), spec] + [str(c) for c in counts[6:]]
        rows.append(row)

# the district's health centre, a clinic without its district
rows[300][0], rows[300][1], rows[300][5] = "2331010016", "新北市板橋區衛生所", "西醫一般科,"
rows[300][COL["A醫師"]], rows[300][COL["F護理師"]], rows[300][COL["G護士"]] = "1", "30", "1"
rows[3][3] = ""

text = io.StringIO()
writer = csv.writer(text, lineterminator="\n")
writer.writerow(HEADER)
writer.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prospects-zh-tw-clinics.csv"), "wb") as out:
    out.write(text.getvalue().encode("utf-8-sig"))
