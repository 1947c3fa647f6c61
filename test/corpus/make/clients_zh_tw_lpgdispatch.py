"""
Shape of cheez95/LuckyGas-v3 "raw/2025-05 commercial client list.xlsx" (at commit 2a19b9c): a Taitung
LPG distributor's working workbook, kept in Google Sheets and downloaded as .xlsx (繁體), 28 sheets.
客戶資料 is the commercial client master under an autofilter: 1267 accounts in number order (seven-digit
account numbers), 電子發票抬頭 (the name the e-invoice is made out to: a shop, a company, a school) beside
客戶簡稱 (the drivers' name for the account, the same on three rows in four, else a brand or a kitchen; some
with marker signs ￡ € ※ ● 當 看 in front and delivery notes like "9點後" or "(三)-6" behind), the address
(臺東市…, 臺東縣…鄉…), then 70-odd working columns: cylinder counts per size, pricing (桶裝/流量), 現金/月結,
V flags, twelve hour-of-day columns of 1s, day off, switch model, monthly kg, usage ratios (#DIV/0! on
some), delivery zone (A-瑞光 …), car/scooter, the places the gas is used, equipment flags, a headerless
column of 1s, 類型 (夜市, 學校 …) on a few. One company holds several accounts (a hotel group, a school with
three kitchens). The other 27 sheets run the deliveries: a staffing template with formulas, dispatch-sheet
templates and one dispatch sheet per day (派遣單5.1 … 5.20, 派遣單, 派遣單測試): ten blocks of a title row
(area, date, vehicle, driver), the 75-column header and 25 numbered lines where an account number pulls
the account from the master through a Google-only formula cached as #NAME? (filled with values only on
派遣單測試), a totals row; a postponed-deliveries list and a to-deliver list (account number, drivers'
name, 台東縣台東市 addresses, ROC dates as numbers 1140521, source), a sorting sheet and an upload list of
#NAME? formulas. Values invented.
"""
import datetime

from openpyxl.utils import get_column_letter

from fake import CachedFormulas, Fake, workbook

f = Fake("clients-zh-tw-lpgdispatch")

# -- the client master -----------------------------------------------------------------------------
MASTER_HEADER = ["客戶", "電子發票抬頭", "客戶簡稱", "地址", "系統上鋼瓶數量", "50KG", "營20", "營16", "20KG", "16KG", "10KG", "4KG",
                 "好運16", "瓶安桶10", "幸福丸", "好運20", "流量50公斤", "流量20公斤", "流量16公斤", "流量好運20公斤", "流量好運16公斤",
                 "計價方式", "結帳方式", "結帳用檔案", "訂閱式會員", "發報", "排巡", "設備客戶買斷", "已解約", "需要當天配送",
                 "8~9", "9~10", "10~11", "11~12", "12~13", "13~14", "14~15", "15~16", "16~17", "17~18", "18~19", "19~20",
                 "時段早1午2晚3全天0", "公休日", "狀態", "切替器型號", "月配送量", "退氣", "實際購買公斤數", "退氣比例", "平均日使用",
                 "串接數量", "備用量", "最大週期", "可延後天數", "是否需要當天去", "區域", "1汽車/2機車/0全部", "單一區域供應",
                 "第一使用區域(串接)", "第二使用區域", "第三使用區域", "第四使用區域", "第五使用區域", "預備桶", "串接場所申報", "流量表",
                 "帶線流量錶", "切替器", None, "接點式壓力錶", "壓差開關", "微動開關", "永勝", "智慧秤", "類型"]

STEMS = list("秀藍蜻蜓阿寶美豐榮海賓鮮湯屋品田六扇門洗特樂好漁日來碗東南亞一本粥德發金崙億芳燒肉眾來沛中華滷滿堂鐵花雙胞胎家鄉"
             "羅林宏宸牛匠太郎祥益蘊藏純香客家新生寶桑大南知本卑南鹿野關山成功池上都蘭富岡康樂岩灣馬蘭利吉太麻里")
FOODS = ["麵線羹", "麵店", "早餐店", "早午餐", "水煎包", "滷肉飯", "便當", "飯包", "火鍋", "燒烤館", "碳烤雞排", "串燒", "快炒",
         "清粥小菜", "素食", "鹹酥雞", "麵包店", "冰店", "茶莊", "咖啡", "小吃部", "海產店", "牛肉麵", "拉麵", "水餃", "臭豆腐", "宵夜",
         "酒吧", "餐廳", "食坊", "飯糰", "米麻糬本舖", "魷魚羹", "越南美食", "東南亞料理"]
ROADS = ["中華路一段", "中華路二段", "中興路二段", "中興路三段", "更生路", "更生北路", "正氣路", "正氣北路", "新生路", "傳廣路", "中正路",
         "光明路", "漢陽北路", "博愛路", "寶桑路", "仁愛街", "安慶街", "廣東路", "新興路", "強國街", "和平街", "復興路", "豐榮路",
         "四維路一段", "山西路一段", "知本路一段", "同樂街", "寧波街", "富岡街", "興安路一段", "信義路"]
TOWNSHIPS = [("卑南鄉", ["太平村", "東興村", "泰安村", "利吉村"]), ("太麻里鄉", ["金崙村", "美和村", "大王村"]),
             ("鹿野鄉", ["龍田村", "永安村"]), ("關山鎮", ["德高里", "中福里"]), ("成功鎮", ["三民里", "博愛里"]), ("綠島鄉", ["南寮村", "中寮村"])]
ZONES = [("A-瑞光", 355), ("B-四維", 281), ("C-漢中", 225), ("D-東方大鎮", 160), ("E-力國", 90), ("Y-富岡", 50),
         ("J-知本線", 45), ("L-大武線", 25), ("M-商校商圈", 20), ("H-綠島", 15)]
ZONE_POOL = [z for z, w in ZONES for _ in range(w)]
MARKS = ["￡"] * 41 + ["€"] * 47 + ["●"] * 13 + ["※"] * 13 + ["當"] * 12 + ["€●"] * 6 + ["看"] * 2 + ["￡當"] * 2
NOTES = ["9點後", "12前", "10點前", "8-9(日)", "(三)-6", "1~5點專三-9", "9點三-2", "14後三-3", "-5", "-8", "(一二三", "9-20(三)",
         "10點半後", "16-18", "六日"]
SWITCHES = ["重量發報", "接點式發報", "壓力錶(小)發報+微動發報", "重量發報", "微動發報", "壓差發報"]
PLACES = ["快速爐", "瓦斯爐", "煎台", "低壓", "飯鍋", "熱水器", "梅花盧", "雙瓶", "間台"]


def street_address(town_style="臺東市"):
    if f.chance(0.12):
        town, villages = f.pick(TOWNSHIPS)
        return f"臺東縣{town}{f.pick(villages)}{f.r.randrange(1, 400)}{f.pick(['', '', '之1', '-1'])}號"
    road = f.pick(ROADS)
    lane = f"{f.r.randrange(10, 700)}巷" if f.chance(0.12) else ""
    return f"{town_style}{road}{lane}{f.r.randrange(1, 900)}{f.pick(['', '', '', '之1', '之5'])}號{f.pick(['', '', '', '', '2樓'])}"


def account_names():
    """The invoice name and the drivers' name of one account."""
    r = f.r.random()
    if r < 0.05:
        school = f"{f.pick(STEMS)}{f.pick(STEMS)}"
        return f"臺東縣{school}國民小學", f"{school}國小"
    if r < 0.16:
        legal = f"{f.pick(STEMS)}{f.pick(STEMS)}{f.pick(['企業社', '有限公司', '事業有限公司', '股份有限公司'])}"
        brand = f"{f.pick(STEMS)}{f.pick(STEMS)}{f.pick(FOODS + ['溫泉飯店', '酒店', '民宿'])}"
        return legal, brand
    name = f"{f.pick(STEMS)}{f.pick(STEMS)}{f.pick(FOODS)}"
    if f.chance(0.1):
        name = name + f"({f.pick(['中華店', '更生店', '復興店', '知本店'])})"
    short = name if f.chance(0.9) else f"{f.pick(STEMS)}{f.pick(STEMS)}{f.pick(FOODS)}"
    return name, short


def mark(short):
    if f.chance(0.1):
        short = f.pick(MARKS) + short
    if f.chance(0.07):
        short = short + f.pick(NOTES)
    return short


ids = set()
while len(ids) < 1267:
    prefix = f.pick(["18"] * 64 + ["17"] * 37 + ["19"] * 13 + ["16"] * 12 + ["14"] + ["15"])
    ids.add(int(prefix + f"{f.r.randrange(0, 100000):05d}"))
ids = sorted(ids)

used = set()
accounts = []
for n in ids:
    for _ in range(100):
        legal, short = account_names()
        short = mark(short)
        if legal not in used:
            break
    used.add(legal)
    if legal == short.lstrip("￡€●※當看") and f.chance(0.05):
        legal = short  # the marker typed into the invoice name too
    accounts.append({"id": n, "legal": legal, "short": short, "address": street_address()})

# one company with several accounts (kitchens, branches), as the original has
for i, (src, dsts) in enumerate([(40, [41, 300]), (120, [121]), (200, [640, 641]), (505, [506]), (800, [1100]), (950, [951])]):
    for d in dsts:
        accounts[d]["legal"] = accounts[src]["legal"]
        accounts[d]["short"] = accounts[src]["short"] + f.pick(["(二)", "2廚房", "專案500", "宿舍"])


def master_row(a):
    flow = f.chance(0.38)
    counts = [None] * 16
    if flow:
        for k in (11, 12, 15):  # 流量50公斤, 流量20公斤, 流量好運16公斤
            if f.chance(0.45):
                counts[k] = f.pick([1, 1, 2, 2, 3, 4])
    else:
        counts[3] = f.pick([1, 2, 2, 2, 3, 4]) if f.chance(0.75) else None  # 20KG
        if f.chance(0.08):
            counts[0] = f.pick([1, 2, 3])  # 50KG
        if f.chance(0.08):
            counts[4] = f.pick([1, 1, 2])  # 16KG
        if f.chance(0.07):
            counts[6] = f.pick([1, 2, 3])  # 4KG
        if f.chance(0.06):
            counts[7] = f.pick([1, 2])  # 好運16
    spec = None
    if f.chance(0.15):
        spec = "+".join(f"{size}*{f.r.randrange(1, 11)}" for size in f.r.sample(["20", "16", "4", "50"], f.pick([1, 1, 2, 3])))
    hours = [1 if f.chance(0.62) else None for _ in range(12)]
    day_off = f.pick([None] * 3 + [7, 7, 6.7, 1, "Red", 2, 3])
    monthly = f.pick([None] + [f.r.randrange(4, 400)] * 6)
    back = None if monthly is None else f.r.randrange(0, 30)
    bought = None if monthly is None else max(0, monthly - back)
    ratio = "#DIV/0!" if monthly == 0 or (monthly and f.chance(0.05)) else (None if not monthly else round(back / monthly, 3))
    daily = None if not monthly else round(monthly / 30, 2)
    chain = f.pick([None, 20, 40, 60, 72, 36, 100])
    spare = None if chain is None else f.pick([20, 36, 40])
    cycle = None if not (chain and daily) else round((chain + spare) / daily, 2)
    later = None if cycle is None else round(cycle - f.r.randrange(1, 10), 2)
    today = f.pick([0, 0, 0, 10, round(f.r.uniform(-5, 12), 2)])
    usage = [None] * 5
    if f.chance(0.68):
        usage[0] = f.pick(["20KG:3", "20KG+16KG:2+2", "重量發報20*1+16*1", "50KG:10+10", "20KG:2"])
        for k in range(1, 5):
            if f.chance([0.45, 0.45, 0.2, 0.1][k - 1]):
                usage[k] = f"{f.pick(PLACES)}{f.pick(['20', '16', '4'])}*1"
            else:
                break
    kind = f.pick([None] * 12 + ["夜市", "學校", "市場", "餐車"]) if f.chance(0.3) else None
    row = [a["id"], a["legal"], a["short"], a["address"], spec, *counts,
           "流量" if flow else ("桶裝" if f.chance(0.998) else "桶裝現金"),
           f.pick(["現金"] * 51 + ["月結"] * 48 + ["收現"]),
           "V" if f.chance(0.01) else None, "V" if f.chance(0.25) else None, "V" if f.chance(0.63) else None,
           f.pick(["V"] * 90 + ["X"] * 4 + ["餐車", "夜市"]) if f.chance(0.94) else None,
           None, "V" if f.chance(0.008) else None, "V" if f.chance(0.008) else None,
           *hours, f.pick([0, 0, 1, 1, 2, 3]) if f.chance(0.9) else None, day_off, None,
           f.pick(SWITCHES) if f.chance(0.55) else None, monthly, back, bought, ratio, daily, chain, spare, cycle, later, today,
           f.pick(ZONE_POOL), f.pick([1] * 83 + [2] * 15 + [0]), f.pick([1, 1, 2, 3, 4]) if f.chance(0.8) else None,
           *usage, f.pick([1, "4*1", "20*1+16*1"]) if f.chance(0.23) else None, None,
           1 if f.chance(0.21) else None, 1 if f.chance(0.17) else None, 1 if f.chance(0.27) else None,
           1 if f.chance(0.1) else None, 1 if f.chance(0.21) else None, 1 if f.chance(0.03) else None, None,
           1 if f.chance(0.004) else None, 1 if f.chance(0.23) else None, kind]
    assert len(row) == len(MASTER_HEADER), len(row)
    return row


wb = workbook()
ws = wb.active
ws.title = "客戶資料"
ws.append(MASTER_HEADER)
master = {}
for a in accounts:
    row = master_row(a)
    master[a["id"]] = row
    ws.append(row)
ws.auto_filter.ref = f"A1:BX{len(accounts) + 1}"
for col, width in {"A": 8.8, "B": 33.2, "C": 27.2, "D": 34.5, "E": 18.5, "F": 6.8, "V": 26.8, "W": 35.8}.items():
    ws.column_dimensions[col].width = width

# formula cells with the result they show, written into the file when it is saved
CACHED = CachedFormulas()
formula = CACHED.formula


STAFF = [f.name_tw() for _ in range(40)]

# -- 人員安排範本 --------------------------------------------------------------------------------------
ws = wb.create_sheet("人員安排範本")
ws["A1"], ws["G1"] = "台東幸福氣計畫配送人員安排", "日期："
ws["A3"] = "台東幸福氣-來電配送人力預估"
for r, (label, value, unit) in enumerate([("預估來電數量：", 155, "通"), ("計畫配送客服指派數量：", 10, "間")], start=4):
    ws[f"D{r}"], ws[f"E{r}"], ws[f"G{r}"] = label, value, unit
ws["D6"], ws["G6"] = "合計來電組配送數量：", "間"
formula(ws, "E6", "=SUM(E4:F5)", 165)
ws["D7"], ws["G7"] = "來電組需要人數：", "員"
formula(ws, "E7", "=E6/30", 5.5)
ws["A9"] = "台東幸福氣-配送工時預估"
ws["A10"], ws["F10"], ws["H10"] = "當天需要人員", "配送間數", "預估工時"
for r, (label, n, per, hours) in enumerate([("計畫配送-南", 33, "4間1小時", 8.25), ("計畫配送-北", 18, "4間1小時", 4.5),
                                            ("計畫配送-外線", None, "3間1小時", 0)], start=11):
    ws[f"A{r}"], ws[f"D{r}"], ws[f"E{r}"], ws[f"I{r}"], ws[f"J{r}"] = label, 1, "員", "小時", per
    if n:
        ws[f"F{r}"] = n
    formula(ws, f"H{r}", f"=F{r}/{4 if r < 13 else 3}", hours)
ws["A14"], ws["E14"], ws["I14"], ws["J14"] = "來電配送", "員", "小時", "1員10小時"
formula(ws, "D14", "=E7", 5.5)
formula(ws, "H14", "=D14*10", 55)
ws["A15"], ws["E15"], ws["I15"] = "合計", "員", "小時"
formula(ws, "D15", "=SUM(D11:D14)", 8.5)
formula(ws, "H15", "=SUM(H11:H14)", 67.75)
ws["A17"], ws["D17"], ws["G17"] = "上班顏色區分", "客服組", "配送組"
ws["D18"], ws["G18"], ws["J18"] = "值班客服", "計畫配送", "新開"
ws["D19"], ws["G19"] = "下值班", "來電配送"
ws["D20"], ws["G20"] = "午休", "午休"
ws["A22"] = "明日人力工時"
ws["A23"], ws["D23"], ws["H23"] = "職務", "表定上班人數", "實際工時"
ws["A24"], ws["D24"], ws["I24"] = "客服早+晚", 2, "小時"
formula(ws, "H24", "=D24*8", 16)
ws["A25"], ws["D25"], ws["I25"] = "配送人員", 8, "小時"
formula(ws, "H25", "=D25*10", 80)
formula(ws, "H27", "=SUM(H24:H26)", 96)
ws["I27"] = "小時"
ws["A29"] = "明日人力安排"
for j, hour in enumerate(MASTER_HEADER[30:42]):
    ws.cell(29, 6 + j, hour)
for r, (duty, who) in enumerate([("值班經理", 0), ("客服早", 1), ("客服晚", None), ("實習客服", None), ("實習客服", None), ("結帳", None),
                                 ("綠島配送", 2), ("計畫配送-南", 3), ("計畫配送-北", 4), ("計畫配送-外線", None), ("來電配送-1", 5),
                                 ("來電配送-2", 6), ("來電配送-3", 7), ("來電配送-機車", 8), ("來電配送-機車", 9), ("晚上PT", None),
                                 ("業務巡視", None)], start=30):
    ws[f"A{r}"] = duty
    if who is not None:
        ws[f"D{r}"] = ("試用" if who in (6, 7, 8) else "") + STAFF[who]
ws["A48"], ws["D48"], ws["F48"], ws["H48"], ws["J48"], ws["L48"] = "休假人員", "客服組", "配送組", "PT組", "綠島組", "分裝場支援"
ws["D49"], ws["F49"], ws["H49"], ws["J49"], ws["L49"] = STAFF[10], STAFF[11], STAFF[12] + "-東大", STAFF[13], STAFF[14]
ws["F50"], ws["F52"] = STAFF[15], STAFF[16]
for rng in ["A33:C33", "D32:E32", "A44:C44", "D44:E44", "A45:C45", "D49:E49"]:
    ws.merge_cells(rng)

# -- the dispatch sheets ---------------------------------------------------------------------------
DISPATCH_HEADER = (["項次", "編號", "客戶", "電子發票抬頭", "客戶簡稱", "地址"] + MASTER_HEADER[4:56] + ["區域", "汽車/機車"]
                   + MASTER_HEADER[58:69] + ["帶線切替器"] + MASTER_HEADER[70:75])
assert len(DISPATCH_HEADER) == 77
RUNS = ["計畫配送-南早", "計畫配送-南晚", "計畫配送-北早", "計畫配送-北晚", "計畫配送-外線", "來電配送-1", "來電配送-2", "來電配送-3",
        "來電配送-機車", "綠島配送"]
ROUTES = ["四維南早", "早9門市", "14點位路徑", "漢中北晚", "瑞光南晚", "力國外線", "富岡線", "知本線"]
PULL = '=ARRAY_CONSTRAIN(ARRAYFORMULA(FILTER(所有客戶資料,客戶名稱=B{r},"")), 1, 75)'


def dispatch_sheet(title, blocks, date_cell, filled=False, side=True, numbers=True):
    ws = wb.create_sheet(title)
    for c, width in {"A": 5.7, "B": 11.3, "C": 0.3 if not filled else 8.0, "D": 4.5, "E": 38.5, "F": 37.7, "G": 3.5}.items():
        ws.column_dimensions[c].width = width
    staff_row = 3
    for b in range(blocks):
        top = 1 + b * 28
        ws[f"A{top}"], ws[f"F{top}"], ws[f"H{top}"] = "台東幸福氣配送計畫", "區域:", RUNS[b % len(RUNS)]
        if date_cell == "today":
            formula(ws, f"O{top}", '=TEXT(TODAY()+1,"mmdd")' if b == 0 else "=O1", "0720")
        else:
            ws[f"O{top}"] = date_cell
        ws[f"X{top}"], ws[f"AE{top}"], ws[f"AG{top}"], ws[f"AM{top}"] = "駕駛車輛:", "車號:", "BDV-2827", "配送人員:"
        ws[f"AO{top}"] = f.pick(STAFF)
        for j, h in enumerate(DISPATCH_HEADER):
            ws.cell(top + 1, j + 1, h)
        n_filled = 0 if not numbers else f.r.randrange(0, 26) if b < blocks - 2 else f.r.randrange(0, 4)
        chosen = f.r.sample(ids, n_filled)
        for i in range(25):
            r = top + 2 + i
            ws[f"A{r}"] = i + 1
            if i < n_filled:
                ws[f"B{r}"] = chosen[i]
                if filled:
                    m = master[chosen[i]]
                    ws[f"C{r}"] = chosen[i]
                    for j, v in enumerate(m[1:56]):
                        ws.cell(r, 4 + j, 0 if v is None else v)
                    ws.cell(r, 59, m[56])
                    ws.cell(r, 60, {1: "汽車", 2: "機車"}.get(m[57], "全部"))
                    continue
            if filled:
                if i == n_filled:
                    formula(ws, f"C{r}", PULL.format(r=r), "#VALUE!")
            else:
                formula(ws, f"C{r}", PULL.format(r=r), "#NAME?")
        tot = top + 27
        ws[f"A{tot}"], ws[f"E{tot}"], ws[f"BA{tot}"], ws[f"BC{tot}"] = "隻數", "公斤數", "開始里程:", "結束里程："
        sums = {}
        for c in range(8, 24):
            col = get_column_letter(c)
            total = sum((ws[f"{col}{r}"].value or 0) for r in range(top + 2, top + 27)
                        if isinstance(ws[f"{col}{r}"].value, (int, float))) if filled else 0
            sums[col] = total
            formula(ws, f"{col}{tot}", f"=SUM({col}{top + 2}:{col}{top + 26})", total)
        count = sum(sums[c] for c in "HIJKLORSTUVW")
        formula(ws, f"B{tot}", "=" + "+".join(f"{c}{tot}" for c in "HIJKLORSTUVW"), count)
        kg = sums["H"] * 50 + sums["I"] * 20 + sums["J"] * 16 + sums["K"] * 20 + sums["L"] * 16 + sums["M"] * 10 + sums["N"] * 4
        formula(ws, f"F{tot}", f"=(H{tot}*50)+(I{tot}*20)+(J{tot}*16)+(K{tot}*20)+(L{tot}*16)+(M{tot}*10)+(N{tot}*4)", kg)
        if not filled:
            formula(ws, f"C{tot}", PULL.format(r=tot), "#NAME?")
        else:
            ws[f"C{tot}"] = ""
    if side:
        for k in range(26 if title != "派遣單範本" else 0):
            r = staff_row + k
            ws[f"CE{r}"], ws[f"CF{r}"] = f.pick(STAFF), 3001 + k
            if k < len(ROUTES):
                ws[f"CG{r}"] = ROUTES[k]
        if title != "派遣單範本":
            formula(ws, "CA3", "=VLOOKUP(IF(ISBLANK(B3:B27),\"\",AO1),'" + title + "'!CE3:CF91,2,FALSE)", 3024)
            formula(ws, "CB3", "=TOCOL(CA3:CA200,3)", "#NAME?")
            formula(ws, "CC3", '=IF(ISBLANK(B3:B27),X,BJ1)', "0800")
            formula(ws, "CD3", "=TOCOL(CC3:CC195,3)", "#NAME?")
    return ws


dispatch_sheet("派遣單範本", 9, datetime.datetime(2025, 3, 2), side=False, numbers=False)

# -- the postponed and to-deliver lists --------------------------------------------------------------
SOURCES = ["預計配送", "預計配送", "預計配送", "恆勤發報(A4)"]


def roc(d):
    return (d.year - 1911) * 10000 + d.month * 100 + d.day


def tw_address(a):
    return a["address"].replace("臺東市", "台東縣台東市").replace("臺東縣", "台東縣")


ws = wb.create_sheet("延後名單")
ws.append([None, None, "編號", "客戶名稱", "客戶編號", "簡稱", "地址", "預計交易日期", "區域名稱", "最後交易日", "營業週期", "來源", "延後日期",
           "配送時間(1)", "配送時間(2)", "備註"])
ws.freeze_panes = "A2"
by_id = {a["id"]: a for a in accounts}
for k, n in enumerate(f.r.sample(ids, 102)):
    a = by_id[n]
    last = datetime.date(2025, 5, 21) - datetime.timedelta(days=f.r.randrange(2, 40))
    planned = None if f.chance(0.1) else roc(datetime.date(2025, 5, 21) - datetime.timedelta(days=f.pick([0, 0, 0, 12])))
    postponed = datetime.datetime(2025, 5, 22) + datetime.timedelta(days=k // 40)
    note = f.pick([None] * 8 + ["週日公休", "老闆說下週再送", "電聯無人接"])
    ws.append([None, None, None, None, n, mark(a["short"]), tw_address(a), planned, master[n][56], roc(last),
               f.r.randrange(3, 25), f.pick(SOURCES), postponed, None, None, note])

ws = wb.create_sheet("待配送名單 ")
ws.append([None, "客戶編號", "簡稱", "地址", "預計交易日期", "區域名稱", "最後交易日", "營業週期", "來源", "可延後天數"])
formula(ws, "K1", '="明天"&TEXT(TODAY()+1,"yyyy/mm/dd")', "明天2025/07/20")
formula(ws, "L1", '=WEEKDAY(TEXT(TODAY()+1,"yyyy/mm/dd"),2)', 7)
for k, n in enumerate(sorted(f.r.sample(ids, 218), key=lambda n: master[n][56])):
    r = k + 2
    a = by_id[n]
    last = datetime.date(2025, 5, 21) - datetime.timedelta(days=f.r.randrange(2, 20))
    ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = n, mark(a["short"]), tw_address(a)
    ws[f"E{r}"], ws[f"F{r}"], ws[f"G{r}"] = 1140521, master[n][56], roc(last)
    if f.chance(0.95):
        ws[f"H{r}"] = f.r.randrange(3, 25)
    ws[f"I{r}"] = f.pick(SOURCES)
    if k < 29:
        formula(ws, f"A{r}", f'=LEFT(CONCAT(IFERROR(--MID(C{r},ROW($1:$100),1),"")),7)', "#NAME?")
    formula(ws, f"J{r}", f'=IFNA(VLOOKUP(B{r},所有客戶資料,55,FALSE),"")', "#NAME?")
    formula(ws, f"K{r}", f'=IFERROR(--TEXT(E{r}+19110000,"0-00-00")+J{r},"")', "")
    formula(ws, f"L{r}", f'=IFERROR(VLOOKUP(B{r},所有客戶資料,44),"")', f.pick([0, 0, 0, 7, 6]))

ws = wb.create_sheet("待配送整理")
ws["BH1"] = "計畫南"
formula(ws, "A2", "=IFERROR(UNIQUE(FILTER('待配送名單 '!B2:B200,'待配送名單 '!B2:B200<>\"\")),\"#NAME?\")", "#NAME?")
for r in range(2, 301):
    formula(ws, f"B{r}", f"=FILTER(客戶資料!A$2:BF$1495,客戶資料!A$2:A$1495=A{r})", "#NAME?")
formula(ws, "BH2", '=SORT(FILTER($B2:$BG200,(($BF2:$BF200="A-瑞光")+($BF2:$BF200="B-四維"))*($BG2:$BG200=1)),{43,17,4},{-1,-1,1})',
        "#NAME?")

dispatch_sheet("派遣單", 10, "today")

ws = wb.create_sheet("上傳清單")
ws.append(["編號", "業務員", "交易日期", "交易時間", "50公斤", "丙烷20", "丙烷16", "20公斤", "16公斤", "10公斤", "4公斤", "好運桶16", "瓶安桶10",
           "幸福丸4", "好運桶20", "流量50公斤", "流量20公斤", "流量16公斤", "流量好運20公斤", "流量好運16公斤"])
formula(ws, "A2", "=TOCOL('派遣單'!B3:B280,1)", "#NAME?")
formula(ws, "E2", "=TOCOL('派遣單'!H3:H280,1)", "#NAME?")
for r in range(2, 123):
    formula(ws, f"B{r}", f"=IF(A{r}=\"\",\"\",VLOOKUP(A{r},'派遣單'!B:CB,79,FALSE))", "#NAME?")
    ws[f"C{r}"] = "1140720"
    formula(ws, f"D{r}", f"=IF(A{r}=\"\",\"\",VLOOKUP(A{r},'派遣單'!B:CD,81,FALSE))", "#NAME?")

dispatch_sheet("派遣單測試", 10, datetime.datetime(2025, 3, 3), filled=True)
wb["派遣單測試"].freeze_panes = "A3"
for day in [20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 6, 5, 4, 3, 2, 1]:
    dispatch_sheet(f"派遣單5.{day}", 10, "today")

# -- save, with the results Google Sheets cached in the formula cells ----------------------------------
CACHED.save(wb, "clients-zh-tw-lpgdispatch.xlsx")
