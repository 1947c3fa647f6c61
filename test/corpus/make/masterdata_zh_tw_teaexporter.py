"""
Shape of fatooo0116/aloha_possmei "read_excel/file.xls": a Taiwanese bubble-tea ingredient
exporter's master data dumped from its ERP into one Excel 97-2003 workbook (code page 950), seven
sheets, every code and most numbers as text.

- 客戶類別: the client categories (1 分公司 … 9 併櫃廠商, 10 六大), 類別名稱 / 英文名稱 / 備註.
- 客戶地址: the clients' addresses keyed by 客戶編號 and a 地址編號 01/02/03 (invoice, delivery,
  English), with the contact, title, phone and fax of each: foreign addresses in English or
  Japanese, Chinese ones in 繁體; some rows only a fax, one '貨運收貨' placeholder, one row slipped
  left (the city in 地址編號).
- 客戶資料: the client master, 79 columns (客戶編號, 帳款歸屬 — the billing parent, 客戶全稱, category
  and region codes, the salesman's staff code, currency, 臨時/外商 是否, 客戶簡稱, 統一編號, 負責人,
  資本額 0, 聯絡人 and title, three phones, mobile, fax, modem, 行業別, e-mail, 網址 … the ERP's
  accounting and membership columns, most empty, one holding the template's instruction
  '請用文字模式填八位西元年日期'). Foreign clients under region codes AA… DB, domestic ones under
  T…; branch accounts 'BA005-2' share their parent's 帳款歸屬; one company entered twice under two
  codes with the same contact, one under three codes (a foreign and two domestic accounts).
  Phones in every international style ('+852-2413-…', '0082-2-…', '81-6-…', 'TEL:…').
- 產品類別, 產品資料 (78 columns, part of the catalogue), 部門資料 (a stray merged cell above the
  header), 人員資料 (staff with ID numbers, 64 columns): not client data.
Re-saved as .xls by LibreOffice. Values invented; row counts below the source's.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("masterdata-zh-tw-teaexporter")
wb = workbook()

# 客戶類別 ------------------------------------------------------------------------------------------
cats = wb.active
cats.title = "客戶類別"
cats.append(["客戶類別", "類別名稱", "英文名稱 ", "備註"])
for code, name, note in [("1", "分公司", None), ("10", "六大", "六大服務"), ("2", "貿易商", None), ("3", "製造商", None),
                         ("4", "經銷商", None), ("5", "餐廳", None), ("6", "自用", None), ("7", "連鎖店", None),
                         ("8", "其它", None), ("9", "併櫃廠商", None)]:
    cats.append([code, name, None, note])

addr_ws = wb.create_sheet("客戶地址")
client_ws = wb.create_sheet("客戶資料")

# Clients ---------------------------------------------------------------------------------------------
REGIONS = [("AA", 40, "east"), ("AB", 34, "sea"), ("AC", 9, "sea"), ("AE", 16, "mideast"), ("BA", 22, "eu"), ("BC", 16, "eu"),
           ("BD", 7, "eu"), ("CA", 22, "us"), ("CD", 12, "us"), ("DA", 9, "au"), ("FD", 4, "af"), ("TA", 26, "tw"),
           ("TB", 18, "tw"), ("TC", 24, "tw"), ("TN", 6, "tw")]
WORDS = ["Golden", "Pearl", "Lucky", "Royal", "Sunny", "Happy", "Jade", "Lotus", "Dragon", "Ocean", "Maple", "Orchid",
         "Star", "Cloud", "Bamboo", "Tiger", "Phoenix", "Crystal", "Silk", "Harbor"]
TAILS = ["Tea Co., Ltd.", "TRADING CO.,LTD", "Foods GmbH", "Bubble Tea Ltd", "Import & Export Co.", "Beverage Inc.",
         "Holdings Sdn Bhd", "PTY LTD", "Cafe S.R.L.", "Distribution B.V.", "Enterprises Corp."]
TW_TAILS = ["國際貿易股份有限公司", "企業社", "食品有限公司", "飲料店", "實業有限公司", "餐飲管理顧問有限公司"]
TW_WORDS = ["宥鑫", "冠穎", "禾豐", "日昇", "泓達", "茶米", "晴天", "森田", "鼎泰", "富盛", "佳和", "永冠"]
FIRST = ["Kevin", "Sophia", "Daniel", "Emily", "Marco", "Anna", "Joonmin", "Goku", "Lionel", "Ivan", "Silvia", "Remco",
         "Wonjin", "Anujin", "Ahmed", "Chloe", "Tomas", "Mina"]
LAST = ["Lee", "Kim", "Tan", "Rossi", "Novak", "Park", "Leong", "Meyer", "Suzuki", "Haddad", "Nguyen", "Smit"]
STAFF = [f"A{n:03d}" for n in (3, 5, 7, 11, 22, 24, 25, 26, 28, 36, 38, 42, 52, 70, 89)] + ["A"]
COUNTRY_PHONE = {"east": ["+852-2413-{a}", "81-6-6920-{a}", "0082-2-333-{a}", "+86（592）310{a}"],
                 "sea": ["+6011 4000 {a}", "+84 28 3822 {a}", "63-697-{a}", "+66 2 555 {a}"],
                 "mideast": ["+965 2291 {a}", "+966 11 408 {a}", "+971 4 555 {a}"],
                 "eu": ["+49 40 414 6{a}", "0039 02 2692 {a}", "+420 733 682 {a}", "+44-0114-418-{a}"],
                 "us": ["1-510-324-{a}", "1-562 802 {a} (ex 2083)", "+1 213 555 01{b}"],
                 "au": ["61-2-9555-{a}", "613-8060-{a}"], "af": ["+27 11 555 {a}"],
                 "tw": ["02-2790-{a}", "05-551-{a}", "04-2355-{a}", "07-555-{a}"]}
ADDR = {"east": ["UNIT {n}, 19/F, SOUTH EAST IND. BLDG, 611-619 CASTLE PEAK RD., TSUEN WAN, NT. HONG KONG",
                 "RM{n} SHING YIP BUILDING, 19-21 SHING YIP ST., KWUN TONG", "大阪市中央區平野町三丁目{n}番8號",
                 "5F, {n}, Yanghwaro-8Road, Mapo-gu, Seoul, Korea", "廈門市思明區長青北里{n}號"],
        "sea": ["No. {n}, Jalan Ampang, 50450 Kuala Lumpur, Malaysia", "{n} Nguyen Trai, District 1, Ho Chi Minh City",
                "{n} Sukhumvit Rd, Khlong Toei, Bangkok 10110"],
        "mideast": ["Shop {n}, Al Wasl Road, Dubai, UAE", "Block {n}, Salmiya, Kuwait"],
        "eu": ["{n} Hafenstrasse, 20457 Hamburg, Germany", "Via Roma {n}, 20121 Milano, Italy", "Kerkstraat {n}, 1017 Amsterdam"],
        "us": ["{n} Industrial Pkwy, Hayward, CA 94545", "{n} Commerce Dr, Houston, TX 77040"],
        "au": ["{n} Swanston St, Melbourne VIC 3000"], "af": ["{n} Main Rd, Johannesburg 2001"],
        "tw": ["台中市西屯區文心路{n}號", "雲林縣斗六市中山路{n}號", "台北市內湖區瑞光路{n}號", "高雄市前鎮區成功路{n}號"]}


def tel(zone):
    return f.pick(COUNTRY_PHONE[zone]).format(a=f"{f.r.randrange(1000, 9999)}", b=f"{f.r.randrange(100):02d}")


def mobile(zone):
    if zone == "tw":
        return f.mobile_tw(dashed=f.chance(0.5))
    if zone == "east" and f.chance(0.4):
        return f"+86 {f.mobile_cn()}"
    return f.pick(["+852-9{a}-{b}", "+44-7{a}-{b}", "+6011 {a} {b}", "+82 10 {a} {b}"]).format(
        a=f.r.randrange(100, 999), b=f.r.randrange(1000, 9999))


CLIENT_HEADER = ["客戶編號", "帳款歸屬", "客戶全稱", "類別編號", "區域編號", "業務人員編號", "幣別編號", "臨時", "外商", "客戶簡稱",
                 "統一編號", "負責人", "資本額", "聯絡人", "聯絡人職稱", "聯絡電話一", "聯絡電話二", "聯絡電話三", "行動電話", "傳真號碼",
                 "modem", "行業別", "e-mail", "網址", "客服人員編號", "經銷伙伴編號", "產品單價", "直銷客戶", "發票抬頭", "發票金額",
                 "英文全稱", "英文簡稱", "聯絡人(英文)", "聯絡人職稱(英文)", "出口收款方式", "交貨方式", "應付佣金科目編號", "佣金支付",
                 "發票地址編號", "備註", "票據日期", "發票到期天數", "售價等級", "折扣率", "自訂欄一", "自訂欄二", "送貨地址編號",
                 "英文地址編號", "最初銷貨日", "最初退貨日", "終止交易日", "發票聯式", "課税類別", "應收款科目編號", "應收票據科目編號",
                 "預收貨款科目編號", "銀行帳號", "開戶銀行", "信用等級", "帳款額度", "票據額度", "國內收款方式", "收款天數", "每月帳日",
                 "每月收款日", "發票方式", "交易條件", "會員", "會員等級", "會員卡號", "發卡日期", "身份證號", "婚姻狀況", "性別", "職業",
                 "籍貫", "戶籍地址", "家庭住址", "郵編"]
client_ws.append(CLIENT_HEADER)
clients = []
used = set()
for region, count, zone in REGIONS:
    for k in range(1, count + 1):
        code = f"{region}{k * f.pick([1, 1, 2]):03d}" if not region.startswith("T") else f"{region}{k:03d}"
        if code in used:
            continue
        used.add(code)
        if zone == "tw":
            name = f.pick(TW_WORDS) + f.pick(TW_WORDS)[:1] + f.pick(TW_TAILS)
            person = f.name_tw(unique=False)
            contact = f.pick([person, person[0] + f.pick(["小姐", "先生"]), ""])
        else:
            name = f"{f.pick(WORDS)} {f.pick(WORDS)} {f.pick(TAILS)}"
            contact = f.pick([f"{f.pick(FIRST)} {f.pick(LAST)}", f"Mr. {f.pick(LAST)}", f"Ms. {f.pick(FIRST)}", "", ""])
        if name in {c["name"] for c in clients}:
            continue
        clients.append({"code": code, "parent": code, "name": name, "region": region, "zone": zone, "contact": contact})
# Branch accounts billed to a parent: 'BA005-2' … share the parent's 帳款歸屬.
parents = [c for c in clients if c["region"] in ("BA", "BC", "AA")][:3]
for p in parents:
    for j in range(2, f.pick([3, 4, 6])):
        clients.append({"code": f"{p['code']}-{j}", "parent": p["code"], "zone": p["zone"], "region": p["region"],
                        "name": f"{p['name'].split()[0]} {p['name'].split()[1]}-{f.pick(WORDS)} {f.pick(TAILS)}",
                        "contact": f"{f.pick(FIRST)} {f.pick(LAST)}"})
# One company entered twice under two codes (the same contact and phone) …
twin_src = next(c for c in clients if c["region"] == "BA" and c["contact"])
twin = dict(twin_src, code=f"{parents[1]['code']}-9", parent=parents[1]["code"])
# … and one under three codes: its foreign account and two domestic consolidation accounts.
triple_src = next(c for c in clients if c["region"] == "DA")
triples = [dict(triple_src, code=f"TB{90 + j:03d}", parent=triple_src["code"], region="T", zone="tw",
                contact=f.name_tw(unique=False) + "先生" if j == 0 else f.pick(["楊", "林", "吳"]) + "小姐")
           for j in range(2)]
clients.sort(key=lambda c: c["code"])
clients += [twin] + triples
clients.sort(key=lambda c: c["code"])

for c in clients:
    c["phone"] = tel(c["zone"]) if f.chance(0.55) else ""
twin_src["phone"] = twin_src["phone"] or tel(twin_src["zone"])
twin["phone"] = twin_src["phone"]
for c in clients:
    foreign = c["zone"] != "tw"
    c["email"] = f.email(f"{c['name'].split()[0].lower()}{f.r.randrange(10, 99)}") if (foreign and f.chance(0.3)) else ""
twin["email"] = twin_src["email"]
for c in clients:
    zone = c["zone"]
    foreign = zone != "tw"
    c["mobile"] = mobile(zone) if f.chance(0.2) else ""
    c["taxid"] = f"{f.r.randrange(10000000, 99999999)}" if (not foreign and f.chance(0.6)) else ""
    c["boss"] = (c["contact"] if f.chance(0.4) else "") if foreign else (f.name_tw(unique=False) if f.chance(0.3) else "")
    short = c["name"][:12] if foreign else c["name"][:6]
    cat = f.pick(["", "", "2", "4", "6", "7", "8"]) if not c["code"].endswith(("-2", "-3")) else "6"
    if c["parent"] != c["code"] and c["code"].count("-"):
        cat = cat or "7"
    staff = f.pick(STAFF)
    cur = "NTD" if not foreign else f.pick(["USD", "USD", "NTD", "EUR" if zone == "eu" else "USD"])
    region = c["region"] if c["region"] != "T" else "T"
    if f.chance(0.15):
        region = ""
    title = f.pick(["", "", "", "", "老闆", "採購", "老闆娘", "總經理"])
    terms_ex = f.pick(["", "", "", "T/T before shipment", "T/T", "BY T/T", "TT-收到貨款再出貨", "L/C AT SIGHT"]) if foreign else ""
    row = [c["code"], c["parent"], c["name"], cat, region, staff, cur, "否", "是" if foreign else "否", short, c["taxid"],
           c["boss"], 0, c["contact"], title, c["phone"], tel(zone) if f.chance(0.08) else "", "", c["mobile"],
           tel(zone) if f.chance(0.15) else "", "", f.pick(["", "", "", "", "", "餐廳"]) if not foreign else "", c["email"],
           f"www.{c['name'].split()[0].lower()}tea.example.com" if (foreign and f.chance(0.05)) else "", "", "",
           1 if f.chance(0.2) else 0, 0, c["name"], 1 if f.chance(0.12) else 0, c["name"] if foreign else "",
           short if foreign else "", c["contact"] if foreign else "", "", terms_ex, terms_ex if f.chance(0.3) else "", "", "",
           f.pick(["01", "01", "", "02", "1"]), f.pick([""] * 14 + ["CODE #Q\r\n\r\n果汁品名改英文", "2011/02/09 六大 USD 報價"]),
           0, 0, 0, 100, None, None, f.pick(["", "01", "02"]), f.pick(["", "01"]), None, None, None, "31銷項三聯式、電子計算機統一發票",
           "零稅" if (foreign and f.chance(0.15)) else "應稅", None, None, None, None, None, "a", 0, 0,
           f.pick(["貨到"] * 20 + ["月結", "其它"]), 0, 31, f.pick([0, 0, 0, 5]), "隨單開立",
           f.pick(["FOB", "FOB", "EXW", "FOR", "CIF"]), None, None, None, None, None, None, None, None, None, None, None, None]
    client_ws.append(row)
    c["row"] = row
client_ws["BS" + str(client_ws.max_row - 40)] = "請用文字模式填八位西元年日期"

# Addresses ----------------------------------------------------------------------------------------
addr_ws.append(["客戶編號 ", "地址編號", "地址", "郵正編碼 ", "聯絡人", "聯絡人職稱 ", "聯絡電話", "傳真號碼 ", None, None])
address_rows = 0
slipped = False
for c in clients:
    if c is twin or c in triples or f.chance(0.28):
        continue
    n = f.pick([1, 1, 1, 2, 2, 3]) if c["zone"] != "tw" else 1
    for j in range(1, n + 1):
        a = f.pick(ADDR[c["zone"]]).format(n=f.r.randrange(2, 1800))
        if j == 1:
            c["address"] = a
        contact = c["contact"] if f.chance(0.7) else ""
        phone = c["phone"] if (c["phone"] and f.chance(0.6)) else ""
        if f.chance(0.03):
            addr_ws.append([c["code"], f"{j:02d}", "", "", "", "", "", tel(c["zone"]), "", None])
        else:
            addr_ws.append([c["code"], f"{j:02d}", a, f"{f.r.randrange(100000, 999999)}" if f.chance(0.1) else "", contact,
                            f.pick(["", "", "", "Purchase Manager", "CEO", "Director"]), phone, "", "", None])
        address_rows += 1
    if c["zone"] == "east" and not slipped:
        slipped = True
        addr_ws.append([c["code"], f"{n + 1:02d}", "貨運收貨", "", "", "", "", "", "", None])
        addr_ws.append([c["code"], "廈門市思明區", "", "", c["contact"], "", c["phone"], "", "", None])
        address_rows += 2
    if c["zone"] == "east" and address_rows < 60 and f.chance(0.1):
        addr_ws.append([c["code"], f"{n + 1:02d}", c.get("address", "") + "（倉庫）", "", "", "", "", "", "OEM 包裝", None])
        address_rows += 1

# Products ------------------------------------------------------------------------------------------
pc = wb.create_sheet("產品類別")
pc.append(["類別編號", "類別名稱", "英文名稱", "存貨科目", "進貨科目", "進貨退出", "銷貨收入", "銷貨成本", "銷貨退回", "贈品費用", "其他收入",
           "其他費用", "其他成本", "領料倉庫"])
PCATS = [("A", "果汁", "juice"), ("A01", "20K果汁", ""), ("A02", "果醬", ""), ("A03", "果汁-B", ""), ("B", "粉類", ""),
         ("B01", "小吃", ""), ("B02", "烘培", ""), ("C", "椰果", ""), ("C01", "爆珠寒天", ""), ("D", "珍珠", ""),
         ("E", "雜貨類", ""), ("E01", "糖漿", ""), ("F", "茶葉", ""), ("G", "罐頭", ""), ("H", "PP杯", ""), ("H4", "吸管", ""),
         ("H5", "杯蓋", ""), ("H6", "封膜", ""), ("I", "機器設備", ""), ("I01", "維修零件", ""), ("J", "器具", ""),
         ("K", "貼紙", ""), ("L", "行銷", ""), ("M", "出口費用", ""), ("P", "運費", ""), ("S", "進口產品", ""),
         ("T", "併櫃產品", ""), ("Z", "樣品", "SAMPLE")]
for code, name, en in PCATS:
    pc.append([code, name, en, "1211000" if f.chance(0.3) else "", "5121000" if f.chance(0.5) else "", ""])
pd = wb.create_sheet("產品資料")
PROD_HEADER = ["產品編號", "產品類別", "條碼編號", "單位編號", "計量單位", "品名規格", "發票品名", "英文品名", "使用幣別", "建議售價", "售價A",
               "售價B", "售價C", "售價D", "售價E", "標準進價", "包裝一", "包裝單位一", "包裝二", "包裝單位二", "換算單位", "換算率",
               "營業稅率", "進口稅率", "貨物稅率", "盤點編號", "使用批號管理", "使用出廠日期", "使用有效日期", "前置天數", "產品說明",
               "產品型態", "增購基數", "最低採購", "安全存量", "前置天數", "領料倉", "超用率", "採購策略", "驗貨", "主供應商編號",
               "最初出庫日", "最初入庫日", "最初進貨日", "期初銷貨日", "呆滯天數", "停用日期", "main_des.", "CCC_Code", "英文單位",
               "FOB售價幣別", "FOB售價", "20'CY", "40'CY", "40'HQ", "45'CY", "內包裝單位", "內包裝數量", "外包裝單位", "外包裝數量",
               "材積單位", "材積值", "淨重單位", "淨重值", "毛重單位", "毛重值", "MEAMT單位", "MEAMT", "標準成本", "平均成本", "退稅率",
               "超收率", "自定欄一", "自定欄二", "產品單價", "常用保險率", "附加保險率", "期初總成品"]
pd.append(PROD_HEADER)
FLAVOURS = [("芒果", "MANGO"), ("百香果", "PASSION FRUIT"), ("草莓", "STRAWBERRY"), ("荔枝", "LYCHEE"), ("鳳梨", "PINEAPPLE"),
            ("水蜜桃", "PEACH"), ("綠蘋果", "GREEN APPLE"), ("藍莓", "BLUEBERRY"), ("芋頭", "TARO"), ("抹茶", "MATCHA")]
FORMS = [("風味糖漿 2.5KG*6罐", "JUICE 2.5KG*6BTLS", "果汁", "BTLS", "罐", 6, "CTN"), ("風味糖漿 20KG", "JUICE 20KG", "20K果汁", "PAIL", "桶", 1, "PAIL"),
         ("果醬 4.5KG*4罐", "JAM 4.5KG*4BTLS", "果醬", "BTLS", "罐", 4, "CTN"), ("粉 1KG*20包", "POWDER 1KG*20BAGS", "粉類", "BAG", "包", 20, "CTN"),
         ("爆珠 3.2KG*4包", "POPPING BOBA 3.2KG*4BAGS", "爆珠寒天", "BAG", "包", 4, "CTN"), ("椰果 3KG*6包", "NATA DE COCO 3KG*6BAGS", "椰果", "BAG", "包", 6, "CTN")]
n = 0
for fi, (zh, en) in enumerate(FLAVOURS):
    for form in FORMS:
        for variant in ["", "(含肉)", "(不含AK)", "-B", "(歐規)", "(低糖)", "(清真)", "(OEM)"]:
            n += 1
            code = f"{'ABCDEF'[FORMS.index(form)]}{fi + 1:03d}{n:03d}"
            row = [code, form[2], None, form[3], form[4], f"{zh}{form[0].split(' ')[0]}{variant} {form[0].split(' ')[1]}",
                   f"{zh}{form[0]}{variant}", f"{en} {form[1]}", "NTD"] + [None] * 7 + [form[5], None, 1, form[6]]
            row += [None, 0] + [None] * 9 + ["採購件"] + [None] * 6 + ["方法1:", "不驗貨", f"A{fi + 1:03d}"] + [None] * 7
            row += ["", form[3], "", 0, round(f.r.uniform(1000, 9000), 2), round(f.r.uniform(9000, 30000), 2), 0, 0, form[3], form[5],
                    form[6], 1, "CU'FT", round(f.r.uniform(0.5, 1.3), 2), "KG", f.pick([12, 15, 18, 20]), "KG", f.pick([14, 17, 20, 22]),
                    "CM", f.pick(["32*27*25", "32*32*25", "40*30*28"]), 0, 0, None, None, f.pick(["", "25088", "21069"]), None, None,
                    None, None, None]
            pd.append(row)

# Departments and staff ---------------------------------------------------------------------------------
dep = wb.create_sheet("部門資料")
dep.append([None] * 8)
dep.merge_cells("E1:G1")
dep.append(["部門編號", "部門名稱", "英文名稱", "備註", "男性", "女性", "出勤曆", None])
for code, name in [("A", "業務部"), ("D", "總務會計部"), ("DE", "德國駐德辦事處"), ("E", "採購部"), ("F", "國外採購部"), ("G", "品管部"),
                   ("USA", "美國駐美辦事處"), ("Z", "伯思美")]:
    dep.append([code, name])
staff_ws = wb.create_sheet("人員資料")
STAFF_HEADER = ["人員編號", "所屬部門", "人員姓名", "英文姓名", "所屬組別", "身份證號", None, "性別", "中文職稱", "英文職稱", "出生日期", "到職日期",
                "離職日期", "試用期長", "民族", "籍貫", "婚姻狀況", "聯絡地址", "聯絡電話", "戶籍地址", "戶籍地址電話(電話2)", "家庭住址",
                "家庭住址電話(電話3)", "現住址", "現住址電話(電話4)", "緊急聯絡人", "緊急聯絡地址", "緊急聯絡電話(電話5)", "行動電話", "BP機",
                "E-mail", "備註", "血型", "國籍", "兵役", "民族", "自定欄一", "自定欄二", "自訂欄三", "自訂欄四", "自訂欄五", "自訂欄六",
                "出勤曆", "員工卡號", "體檢日期", "入境日期", "到期日期", "核准文號", "補助等級", "保險身份", "健保卡號", "勞保卡號", "技術職稱",
                "畢業學校", "所學專業", "所屬黨派", "學位", "職等編號", "最高學歷", "護照號碼", "外語水平", "起始日期", "終止日期", "需要考勤"]
staff_ws.append(STAFF_HEADER)
staff_ws.append(["A", "A", "A", "A", "", "A", "1", "男性"] + [None] * 3 + ["2010/12/31"] + [None] * 30 + ["001"])
for code in [f"A{k:03d}" for k in range(1, 60)] + ["D001", "D002", "E001", "G001"]:
    female = f.chance(0.55)
    start = datetime.date(2009, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 4000))
    staff_ws.append([code, code[0], f.name_tw(), f.pick(FIRST), code[0], f"{f.pick('ABDEFH')}{2 if female else 1}{f.r.randrange(10**7, 10**8)}",
                     "0" if female else "1", "女性" if female else "男性", None, None, None, start.strftime("%Y/%m/%d")]
                    + [None] * 30 + ["001"])

save(wb, "masterdata-zh-tw-teaexporter.xls", libreoffice="xls")
