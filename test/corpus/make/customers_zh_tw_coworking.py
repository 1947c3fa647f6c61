"""
Shape of lgscvb/20251127-hj- "Hour Jungle CRM 系統資料遷移完整規劃/customers_transformed_20251203_080506.csv"
(at commit 3599320): a Taichung business centre's (registered-address and shared-office) customers, as its
migration script wrote them from two Excel workbooks into one CSV with pandas (UTF-8 with BOM, LF, quoted
cells with line breaks). English snake_case headers over Traditional Chinese values:
legacy_id / name / company_name / customer_type / company_tax_id / id_number / birthday / phone / address /
email / industry_notes / status / location / source_channel.

287 rows in three blocks: the head office's current customers (HQ-4 … HQ-263, 119 rows, mostly complete:
the person, the company registered at the centre or 個人, individual / sole_proprietorship / company, the
eight-digit business number (leading zeros kept), the person's ID number (two typed with a full-width
letter, one with a Cyrillic Н), a yyyy-mm-dd birthday, a ten-digit mobile, the address, a note now and then
on the trade, the referrer and the commission), then its former customers (142 rows in the sheet's order,
not the id's) where the script's columns slipped: the address column holds the old 繳費 column (M, m, Y,
Ｙ, 3m, Y/2, 季繳, 月繳繳清, 1800/m, 6000/未退) or the business number, the company is N, Ｎ, n, 待補 or a
name with a trailing line break, one birthday cell holds 尚欠費…; then the second branch's customers (HR-V01
… HR-V26, HR-V03 last). Three ids appear twice (HQ-22 and HQ-234: the same customer current and former;
HQ-165: two different former customers); a person appears under several ids with several companies, one
ID number and phone stand under two different names, a few people appear twice with the same company.
Every value is invented (ID numbers with a wrong check digit, 0900 mobiles, example.* e-mail).
"""
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("customers-zh-tw-coworking")

ACTIVE_IDS = [4, 20, 22, 31, 32, 47, 53, 55, 57, 58, 63, 67, 71, 73, 78, 80, 82, 85, 86, 87, 88, 91, 93, 95, 102, 105,
              106, 109, 111, 112, 114, 116, 117, 118, 122, 124, 126, 127, 128, 129, 131, 133, 136, 141, 144, 145, 147,
              153, 154, 158, 160, 163, 164, 166, 167, 168, 170, 171, 172, 173, 179, 180, 181, 183, 190, 192, 193, 194,
              195, 196, 197, 198, 199, 201, 202, 205, 206, 209, 211, 212, 214, 215, 216, 217, 220, 224, 228, 230, 231,
              232, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 247, 248, 249, 250, 251, 252, 253, 254,
              255, 256, 257, 258, 259, 260, 261, 262, 263]
CHURN_IDS = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 21, 22, 24, 25, 27, 29, 34, 35, 36, 37, 38, 39, 40,
             41, 43, 46, 52, 56, 59, 61, 64, 68, 72, 74, 75, 76, 77, 14, 65, 62, 79, 81, 83, 149, 150, 151, 165, 28, 30,
             18, 89, 90, 97, 103, 33, 96, 156, 60, 107, 176, 70, 108, 48, 84, 121, 104, 120, 100, 98, 123, 142, 101, 51,
             182, 162, 69, 188, 200, 92, 119, 191, 26, 99, 146, 152, 130, 175, 213, 42, 208, 222, 219, 204, 221, 135, 23,
             185, 233, 184, 178, 165, 45, 148, 125, 49, 94, 189, 66, 187, 210, 225, 226, 227, 137, 138, 139, 140, 186,
             207, 134, 155, 157, 203, 161, 174, 132, 159, 218, 115, 223, 143, 110, 113, 246, 229, 234]
HR_IDS = ["V01", "V02", "V04", "V05", "V06", "V07", "V08", "V09", "V10", "V11", "V12", "V13", "V14", "V15", "V16",
          "V17", "V18", "V19", "V20", "V21", "V22", "V23", "V24", "V25", "V26", "V03"]
TYPES = {"i": "individual", "s": "sole_proprietorship", "c": "company"}
ACTIVE_TYPES = "issisisiisissccssiisissssccscscicsssscssscccssccsssicsiisisisiiiiissiisssiissiisissiisiisissiissiissssiiiiiiisiiiiiisii"
CHURN_TYPES = "iiiiiiiiiiiisiisssisiiiiisiiiiisiiiiiiiiissiisccssssisiiisssiscisiisiissscccssiisiisccissscsiiisiissssiisiisccisisisiiiccccissscisiccscisssiis"
HR_TYPES = "ssssiiissssisssssisissssis"
# which of tax id / id number / birthday / phone / address / email / notes each current customer has
ACTIVE_MASKS = [".xxxx.x", "xxxxx.x", "xxxxx..", "xxxxx.x", "xx.xx.x", "xxxxx..", "xxxxx..", "xxxxx.x", "xxxxx..",
                "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx.x", "xxxxx.x", "xxxxx.x", "xxxxx.x",
                "x.xxx..", "xxxxx.x", "xxx.x..", "xxxxx.x", "xxxxx.x", "xxxxx..", "xxxxx.x", "xxx.x..", "xxx.x..",
                "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx.x", "xxxxx.x", "xxxxx.x", "xxxxx..", "xxxxx..", "xxxxx.x",
                "xx.xx..", "xxx.x..", "xxxxx.x", "xxxxx.x", "xxxxx.x", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..",
                "xxxxx..", "x.xxx..", "xxxxx..", "xxxxx.x", "xxxxx..", "xxxxx.x", "xxxxx..", "xxxxx..", "xxxxx..",
                "xxxxx.x", "xxx.x..", "xxxxx.x", ".xxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx.x",
                "xxxxx..", "xxx.x..", "x.xxx..", "xx.xx..", "xxxxx.x", "xxxxx..", "xxxxx.x", "xx.xx..", "xx.xx..",
                "xxxxx..", "...x...", "xx.xx..", "x..xx..", "x..xx..", "xxxxx.x", "xxx.x..", "xxxxx..", "xxxxx..",
                "xxxxx..", "xxxxx..", "xxxxx.x", "xxxxx..", "xxxxx.x", "..xxxxx", "x.xxx.x", "xxxxx..", "xxx.x..",
                "xxxxx..", "xxxxx..", "x.xxx.x", "xxxxx.x", "xxxxx.x", "xxxxx..", "xxxxx.x", "xxx.x.x", "xxxxx.x",
                "xxx.x.x", "xxxxx..", "xxxxx..", "x.....x", "xxxxxxx", "xxxxx.x", "xxxxx..", "xxxxx..", "xxxxxx.",
                "xxxxx..", "..xxx..", "xxx.x..", "xxxxx..", "xxxxx..", ".xxxx..", "xxxxx..", "xxxxx..", "xxxxx..",
                "x....x.", "xxxxx.."]
HR_MASKS = ["xxxxx..", "xxxxx..", "x..xx..", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..",
            "xx..x..", "xxxxx..", "xxxxx..", "xxxxxx.", ".xxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "xx..x..",
            "xxxxx..", "xxxxx..", "xxxxx..", "xxxxx..", "x.xxx..", "xxxxx..", "..xxx..", "xx..x.."]
# the former customers' address column: the old payment column slipped into it ("T" = a business number)
CHURN_ADDR = ["月繳繳清", "月繳", "M", "m", "M", "3m", "M", "m", "M", "M", "N", "m", "m", "M", "M", "?", "Y", "季繳", "Y",
              "Y/2", "Y", "", "3m", "Y", "Y", "Y", "Ｙ", "m", "M", "m", "Ｙ", "y", "Y", "無", "", "Ｙ", "M", "M", "M", "Y",
              "m", "y", "y", "3500/m", "1800/m", "1800/m", "1800/m", "1800/m", "1800/m", "1800/m", "1800/m", "1800/m",
              "2400/m", "1500/m", "1500/m", "14500/m", "3500/m", "3000/m", "1200/m"] + [""] * 15 + \
             ["T", "", "", "T", "6000/未退", "T", "", "", "T", "T", "", "", "T", "T", "T", "", "", "T", "T", "", "T", "T",
              "", "T", "", "", "T", "T", "T", "T", "T", "", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T",
              "T", "T", "T", "T", "T", "", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T", "T",
              "T", "T", "", "0T", "T"]
PLACEHOLDER_COMPANY = {0: "N", 1: "N", 2: "N", 3: "N", 4: "n", 6: "Ｎ", 8: "待補", 12: "Ｎ"}
NOTES = ["律師. 112/05/11更新（{s}）", "蝦皮賣電繪相關", "ai/big date", "美甲", "髮型設計", "交通號誌", "機車零件（代辦）4000",
         "髮飾馬來西亞人", "{s}", "賣寵物食品", "抓周網拍", "代辦嬰兒用品蝦皮", "3C 商品(半年約)", "記帳服務1500",
         "{p}介紹  佣金1800已給", "土木包工建設 記帳服務1500", "做蝦皮", "{p}老師介紹。佣金1000已結", "新安記帳士事務所介紹  佣金1800已結",
         "蝦皮食品", "蝦皮 運動 服飾 3C", "{g}介紹佣金未付1800", "記帳2500寵物食品", "{g}介紹佣金未付1800", "seo",
         "{y}-佣金未付1490", "小{s}-佣金未付1490", "代辦費先給１４５００", "前2年10880，後3年11880", "新安事務所-佣金已付",
         "{b}家", "{b}家", "昱宏事務所", "昱宏事務所", "千禾事務所", "勤華事務所", "昱宏事務所", "{c}", "千禾事務所", "芝蘭事務所",
         "台南{s}會", "口罩"]

BRANDS = ["明昶", "吉爾", "洛酷", "季節", "立湟", "超省", "一貝兒", "鑫秝", "明偉", "恩梯", "景泰", "利奇", "萊益", "貽順", "小熊",
          "商贏", "新遞", "福樂", "由非", "緁作", "頌芝", "原食", "樂沐", "照鴻", "仁徠", "小倩", "華為", "短腿", "順映", "植光",
          "優翼", "旺玖", "盛豐", "竺墨", "富丞", "步臻", "范特", "大心", "好日", "鎧將", "宏川", "天原", "喂喂", "四春", "承新",
          "樸裕", "浩萊", "知寬", "顧寶", "川榆", "小胖", "帛珅", "艾瑟", "楊董", "隱士", "淬矩", "上永", "微笑", "究鮮", "鼎盛",
          "滿單", "程晧", "泉佳", "世燁", "鼠適", "農益", "明采", "江小", "搖滾", "吉品", "晨甯", "磐星", "哺哺", "機車俠", "沃土",
          "伯樂", "興盛", "花芙", "昇瑪", "旭營", "星晨", "日安", "金如", "辰緻", "弎弎", "起床", "益群", "流星", "球球", "悠然",
          "御林", "曜森", "兩兩", "馥諦", "協通", "子昇", "中盛", "溪流", "仁琦", "金海", "至溢", "和和", "証信", "獨自", "文瀛",
          "捌伍", "訊特", "弘鉅", "日益", "日學", "創禧", "星鴻", "艾弗", "軒轅", "海派", "天河", "藝途", "賽奧", "詠翔", "希氏",
          "樹山", "堃耀", "浚宇", "九牧", "新楠", "精品", "天赫", "誠霂", "梅森", "玩美", "米子", "甲赫", "冠好", "陳茉", "鋯潕",
          "金吉", "甜馨", "感玩", "禮禮", "營管", "好室", "樂牧", "發現", "握客", "京旺", "淇翎", "營響", "興澤", "晨瑞", "泛亞",
          "張星", "鑫芯", "柚見", "乎葛", "瑄祐", "鉦陽", "企評", "智勳", "幾時", "君泰", "桀初", "汎星", "龍達", "智谷", "儷莫"]
COMPANY_SUFFIX = {"c": ["有限公司", "有限公司", "股份有限公司"],
                  "s": ["工作室", "企業社", "商行", "工程行", "行", "實業社", "小舖", "商店", "設計"],
                  "i": ["有限公司", "有限公司", "股份有限公司", "工作室", "法律事務所", "國際有限公司", "科技有限公司"]}
TRADES = ["國際", "科技", "文創", "行銷", "設計", "貿易", "生活", "美學", "能源", "實業", "數位", "創意", ""]
CITIES = [("台中市", ["南區", "西區", "北區", "南屯區", "西屯區", "北屯區", "太平區", "大里區", "霧峰區", "烏日區", "潭子區", "大甲區",
                     "清水區", "豐原區", "大雅區", "沙鹿區", "梧棲區"])] * 6 + \
         [("臺中市", ["北屯區", "大雅區", "太平區", "烏日區"]), ("彰化縣", ["員林市", "芳苑鄉", "大村鄉", "秀水鄉", "二林鎮", "永靖鄉", "田中鎮"]),
          ("南投縣", ["埔里鎮", "國姓鄉", "草屯鎮", "仁愛鄉"]), ("台北市", ["信義區", "大安區", "中正區", "萬華區"]),
          ("新北市", ["汐止區", "新莊區", "三峽區"]), ("高雄市", ["苓雅區", "小港區", "三民區"]), ("台南市", ["北區", "中西區"]),
          ("苗栗縣", ["苗栗市", "三義鄉"]), ("桃園市", ["桃園區", "龍潭區"])]
ROADS = ["忠明南路", "林森路", "成功路", "沙田路一段", "中坡南路", "中山街", "大墩十一街", "德泰街", "大豐路", "育樂街", "中平路",
         "二聖街", "藝術北街", "學府路", "模範街", "港埠路三段", "山腳路一段", "大成街", "文心路一段", "興安路", "三民路一段",
         "濟南路", "旱溪西路二段", "溪南路一段", "賢北街", "大興路", "德富路", "五常街", "大墩二街", "榮興街", "精誠五街",
         "北勢巷", "新平街", "大林路", "仁化路", "精科五路", "豐興路一段", "日光路", "大隆路", "丁台路", "公園路", "中正路",
         "大墩六街", "大勝街", "環中路八段", "光復北路", "中清路二段", "輔仁路", "永春東七路", "和平街", "大學路", "中山路四段",
         "維勝街", "大仁南街", "九如一路", "西屯路二段", "延平北路一段", "英六街", "美德街", "大智路", "廣三街", "樹仁路一街",
         "互助街", "永興路一段", "大峰路", "東福路", "羅斯福路三段", "博愛路", "嵩山巷", "梅龍三街", "文心南三路", "吉興街",
         "南陽路", "東平路", "樹德路", "和平西路3段", "月祥路", "象鼻路", "福順路", "吉峰東路", "福科路", "圓通南路",
         "建國南路2段", "籃城路", "柳陽西街", "民生北路", "文心南六路", "保康路", "東明路", "自強一街", "正德路", "大墩四街",
         "軍福十三路", "風景", "民有十五街", "維新街", "崇德街", "大勇路", "員集路2段", "新興一街", "永昌二街", "環中東路四段",
         "員鹿路4段", "光裕南街", "光日路", "朝東", "民族路", "大慶街一段", "德明路", "水尾路", "富貴路"]
UNITS = ["", "", "", "13樓", "5F-1", "1樓", "2樓", "8樓", "3F", "12F-1", "9F", "13F之2", "7F之2", "6F", "6F-6", "4F",
         "7樓", "4樓之1", "十四樓之3", "十二樓之1", "二樓之5", "12樓之3", "9樓-2", "二樓之1", "八樓", "7F-1", "17樓-8",
         "14樓之5"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number(letter=None):
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        first = letter or f.pick("BBLLLLNNNNNSSMMKKHEDAFQPCR")
        body = f"{f.pick('1122')}{f.r.randrange(10000000):07d}"
        code = letters.index(first) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{first}{body}{(check + 1 + f.r.randrange(9)) % 10}"
    return f._unique(make)


def tax_id(lead_zero=False):
    return f._unique(lambda: f"00{f.r.randrange(100000, 999999)}" if lead_zero else f"{f.r.randrange(52000000, 96000000)}")


def birthday():
    return f.date(__import__("datetime").date(1942, 1, 1), __import__("datetime").date(1995, 12, 31)).isoformat()


def mobile():
    return f.mobile_tw(dashed=False)


def address():
    city, districts = f.pick(CITIES)
    village = f"{f.pick(['樹義', '同心', '甲寅', '舊正', '新高', '南陽', '德隆', '工學', '西榮', '何仁'])}里{f.r.randrange(2, 30)}鄰" \
        if f.chance(0.2) else ""
    lane = f"{f.r.randrange(2, 300)}巷" if f.chance(0.3) else ""
    return f"{city}{f.pick(districts)}{village}{f.pick(ROADS)}{lane}{f.r.randrange(1, 800)}號{f.pick(UNITS)}"


def company(kind):
    return f._unique(lambda: (f.pick(BRANDS) + f.pick(TRADES) + f.pick(COMPANY_SUFFIX[kind])).replace("實業實業", "實業"))


def note(i):
    text = NOTES[i % len(NOTES)]
    return text.format(s=f.pick(SURNAMES_TW), p=f.pick(GIVEN_TW) + f.pick(GIVEN_TW), g=f.pick(GIVEN_TW) + f.pick(GIVEN_TW),
                       b=f.pick(GIVEN_TW), c=f.pick(BRANDS), y="悠然實業")


HEADER = ["legacy_id", "name", "company_name", "customer_type", "company_tax_id", "id_number", "birthday", "phone",
          "address", "email", "industry_notes", "status", "location", "source_channel"]
rows = []
by_id = {}
note_i = 0


def current(lid, kind, mask, location, name=None, comp=None, same=None):
    global note_i
    name = name or person()
    comp = comp or (company(kind) if f.chance(0.97) else "個人")
    row = [lid, name, comp, TYPES[kind], "", "", "", "", "", "", "", "active", location, "others"]
    if mask[0] == "x":
        row[4] = tax_id(lead_zero=f.chance(0.05))
    if mask[1] == "x":
        row[5] = id_number()
    if mask[2] == "x":
        row[6] = birthday()
    if mask[3] == "x":
        row[7] = mobile()
    if mask[4] == "x":
        row[8] = address()
    if mask[5] == "x":
        row[9] = f"{f.pick(['uong', 'fcc', 'mk', 'lin'])}{f.r.randrange(1000, 999999)}@example.com"
    if mask[6] == "x":
        row[10] = note(note_i)
        note_i += 1
    if same is not None:  # the same person again: ID number, birthday, phone and address copied
        for c in (5, 6, 7, 8):
            row[c] = same[c]
    return row


# the head office's current customers
for n, (num, kind, mask) in enumerate(zip(ACTIVE_IDS, ACTIVE_TYPES, ACTIVE_MASKS)):
    lid = f"HQ-{num}"
    row = current(lid, kind, mask, "headquarters")
    if num == 85:  # another name on the ID number, birthday, phone and address of HQ-57
        row = current(lid, kind, mask, "headquarters", same=by_id["HQ-57"])
    if num == 111:  # HQ-85's person again with another company
        row = current(lid, kind, mask, "headquarters", name=by_id["HQ-85"][1], same=by_id["HQ-57"])
        row[4] = tax_id()
    if num == 172:  # HQ-20 again, same company and business number, no note
        row = list(by_id["HQ-20"])
        row[0], row[10] = lid, ""
    if num == 217:  # HQ-163 again with a fee note
        row = list(by_id["HQ-163"])
        row[0], row[10] = lid, "前2年10880，後3年11880"
    if num == 106:  # the same address as HQ-105 (a father and son's trading firms)
        row[8] = by_id["HQ-105"][8]
    if num == 230:  # the same mobile as HQ-228
        row[7] = by_id["HQ-228"][7]
    if num in (171, 201, 258, 263):
        row[2] = "個人"
    if num == 127:
        row[5] = "Ｑ" + row[5][1:]
    if num == 136:
        row[5] = "Ｄ" + row[5][1:]
    if num == 173:
        row[5] = "Н" + row[5][1:]  # a Cyrillic letter typed for N
    if num == 112:
        row[1] += "(green)"
    if num == 114:
        row[1] += f"({row[1][0]}滷蛋)"
    if num == 168:
        row[1] = "Sandra Boesiger"
    if num == 262:
        row[1] = "Ravin Wadhawan"
        row[9] = "eva.lee@example.org"
    if num == 228:
        row[9] = "911081781"  # a number typed in the e-mail column
    if num == 166:  # the address typed over two lines
        row[8] = f"臺中市大雅區{f.pick(['員林', '上楓', '秀山'])}里{f.r.randrange(2, 30)}鄰\n{f.pick(ROADS)}{f.r.randrange(2, 300)}巷{f.r.randrange(1, 90)}號"
    if num == 195:
        row[8] = "105 " + row[8]
    if num == 199:
        row[8] = row[8].replace("號", " 號", 1)
    if num in (205, 231):
        row[8 if num == 205 else 2] += " "
    if num == 193:
        row[8] = "臺中縣大里市" + row[8].split("區", 1)[-1]
    if num in (230, 236, 241, 257, 239):
        row[4] = tax_id(lead_zero=True)
    rows.append(row)
    by_id[lid] = row

# the head office's former customers, in the sheet's order; the payment column slipped into address
churn_people = {}
for n, (num, kind, addr) in enumerate(zip(CHURN_IDS, CHURN_TYPES, CHURN_ADDR)):
    lid = f"HQ-{num}"
    name = person()
    comp = PLACEHOLDER_COMPANY.get(n) or (company(kind) if f.chance(0.93) else "個人")
    if addr.endswith("T"):
        addr = addr[:-1] + tax_id()[: 8 - len(addr[:-1])]
    row = [lid, name, comp, TYPES[kind], "", "", "", "", addr, "", "", "churned", "headquarters", "others"]
    if num == 1:
        row[1] = f"{f.pick(SURNAMES_TW)}{f.pick(GIVEN_TW)}？（{row[1][0]}老師）"
    if num in (11, 12):
        row[1] = row[2] = company("c")
    if num == 13:
        row[2] = "博弈業ＨＲ"
    if num in (19, 51):
        row[2] += "\n"
    if num == 38:
        row[2] += " \n"
    if num == 33:
        row[2] += "\n\n"
    if num == 191:
        row[2] += " "
    if num == 29:  # the one former customer with its details kept
        row[1] = "Or.yu.chung"
        row[2] = "香港商" + company("i")
        row[4], row[6], row[7] = tax_id(), birthday(), mobile()
    if num == 59:
        row[6] = "尚欠費21600-8000=13600"
    if num == 119:
        row[1] += f"({person()})"
    if num == 113:  # the firm a current customer's note names as referrer
        row[1] += f"({row[1][0]}寶妮)"
        row[2] = "悠然實業社"
    if num == 22:  # HQ-22 again: the same customer, now former
        row[1], row[2], row[3] = by_id["HQ-22"][1], by_id["HQ-22"][2], by_id["HQ-22"][3]
        row[8] = "季繳"
    if num == 234 and n == len(CHURN_IDS) - 1:  # HQ-234 again, its business number in the address column
        row[1], row[2], row[3] = by_id["HQ-234"][1], by_id["HQ-234"][2], by_id["HQ-234"][3]
        row[8] = by_id["HQ-234"][4]
    if num == 14:
        row[1], row[2] = by_id["HQ-181"][1], by_id["HQ-181"][2]
    if num == 188:
        row[1], row[2], row[8] = by_id["HQ-173"][1], by_id["HQ-173"][2], by_id["HQ-173"][4]
    if num in (137, 138, 139, 140):
        row[1] = by_id["HQ-136"][1]
    if num in (9, 39, 41, 182):  # one former customer four times
        first = churn_people.setdefault("tyres", (name, company("c")))
        row[1], row[2] = first
    if num in (27, 36):
        first = churn_people.setdefault("travel", (name, row[2]))
        row[1] = first[0]
    if num in (68, 70):
        first = churn_people.setdefault("xinnan", (name, company("c")))
        row[1], row[2] = first
    if num in (74, 89):
        first = churn_people.setdefault("bronze", (name, None))
        row[1] = first[0]
    if num in (18, 185):
        first = churn_people.setdefault("camp", (name, company("i")))
        row[1], row[2] = first
    if num in (225, 226):
        first = churn_people.setdefault("wang", (name, None))
        row[1] = first[0]
    if num in (115, 223):
        first = churn_people.setdefault("realty", (name, None))
        row[1] = first[0]
    if num == 16:
        row[1] = by_id["HQ-85"][1]
    rows.append(row)

# the second branch's customers
for lid, kind, mask in zip(HR_IDS, HR_TYPES, HR_MASKS):
    row = current(f"HR-{lid}", kind, mask, "huanrui")
    if lid == "V03":
        row[11] = "churned"
    if lid == "V01":
        row[8] = row[8].rsplit("號", 1)[0] + "號７F-5"
    if lid == "V14":
        row[9] = "minhkhang170213@example.net"
    if lid == "V19":  # the lane and number typed in full-width digits
        wide = lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n))  # full-width digits
        row[8] = f"彰化縣溪湖鎮{f.pick(ROADS)}{wide(f.r.randrange(10, 99))}巷{wide(f.r.randrange(1, 40))}號"
    if lid == "V15":
        row[2] = "個人"
    if lid == "V18":
        row[7] = by_id["HQ-245"][7]  # the same mobile as a head-office customer
    if lid == "V07":
        row[8] = by_id["HQ-250"][8]  # the same address as a head-office customer
    rows.append(row)


def cell(v):
    return f'"{v}"' if any(ch in v for ch in ',"\n') else v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-zh-tw-coworking.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write("".join(",".join(cell(v) for v in r) + "\n" for r in [HEADER] + rows))
