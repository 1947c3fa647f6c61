"""
Shape of ArnoldLEI/MAINTAIN "台北市維護點.xlsb.xlsx" (at commit 39bbf26): a maintenance contractor's
working book of the sites it services for its key accounts (the post office and three banks, written
POST / HNCB / FCB / BOT, a few others), saved by Excel from an .xlsb: one sheet per district of Taipei,
New Taipei and Keelung. Ten visible sheets for this year and seven hidden sheets left from an older
year. One row per site: 客戶別 (the account's code, in column A, without a header on three sheets),
客戶名 or 單位 (the site: a branch or office), city and district, this maintenance date (mm-dd-yy), a
formula for the earliest next one (=E+61, cached), the contract number (案號), contract start and end
(real dates, text dates, or ROC text such as 106.10.1 on an old sheet), a remark (an address, a desk
phone with a name, a schedule such as (2、5、8、11)), then a V under each month a visit is due (or
day numbers, or <29 30>). A site under two to four contracts takes one row per contract, the site's
cells merged down over them. On the hidden 松山區 sheet the bank rows are typed one column to the
left (contract under 上次維護日期, dates under the next headers). Stray numbers far to the right,
autofilters, frozen panes. Values invented (site names are made of common place words).
"""
import datetime
import os
import re
import shutil
import tempfile
import zipfile

from openpyxl.utils import get_column_letter

from fake import FILES, Fake, workbook

f = Fake("sites-zh-tw-maintenance")

MONTHS_ZH = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]
PLACES = {
    "大安區": ["六張犁", "光華", "青田", "仁愛路", "公館", "安和", "成功", "敦南", "正義", "光武", "金南", "信維", "三張犁", "通化", "瑞安",
              "新生南", "和平東", "復興南", "辛亥", "龍門", "懷生", "敦和", "臥龍", "學府", "延吉", "芳蘭", "大學口", "建安", "溫州", "永康"],
    "信義區": ["世貿", "市府", "吳興", "松仁", "永春", "松山路", "虎林", "福德", "忠孝東", "基隆路", "莊敬", "興雅", "三興", "松信", "象山",
              "信安", "松德", "福全", "崇德", "景勤"],
    "萬華區": ["漢中街", "西園", "東園", "莒光", "老松", "青年", "華江橋", "萬大路", "西門", "龍山", "雙園", "桂林", "南機場", "康定", "環河"],
    "文山區": ["木柵", "溝子口", "景美", "興隆", "萬芳", "指南", "試院", "辛亥", "景華", "萬隆", "景興", "華興", "政大", "貓空", "忠順",
              "博嘉", "興豐", "景行", "木新", "保儀", "興德", "武功", "永建", "明義", "實踐", "樟新", "福興", "景中", "秀明"],
    "新店區": ["新店", "大坪林", "七張", "北新", "中正", "安康", "碧潭", "寶橋", "民權", "德正", "二十張", "安坑", "花園", "太平", "寶興",
              "大豐", "建國", "五峰", "中興", "頂城", "雙城", "檳榔", "十四張", "光明", "文中", "福民", "青潭", "屈尺", "直潭", "新和",
              "美之城", "達觀"],
    "南港區": ["南港", "東新", "玉成", "經貿", "三重路", "園區", "昆陽", "研究院", "舊莊", "胡適", "中南", "聯成", "成福", "九如"],
    "汐止區": ["汐止", "橫科", "社后", "忠孝", "江北", "樟樹", "汐科", "康寧", "大同路", "湖前", "秀峰", "建成", "福德", "保長", "龍安"],
    "內湖區": ["內湖", "西湖", "東湖", "康寧", "港墘", "瑞光", "行善", "成功路", "大湖", "碧山", "文德", "江南", "安康", "麗山", "石潭",
              "湖興", "金湖", "葫洲", "紫陽", "週美", "五分", "潭美", "內溝", "明湖", "南湖", "舊宗", "新湖", "陽光", "洲子", "星雲",
              "民權東", "環山"],
    "山區": ["北投", "石牌", "天母", "士林", "社子", "芝山", "關渡", "唭哩岸", "陽明山", "福林", "蘭雅", "奇岩", "復興崗", "新北投", "振興",
            "劍潭", "雙溪"],
    "基隆": ["八斗子", "三沙灣", "大武崙", "中山", "仁愛", "七堵", "暖暖", "安樂", "信義", "中正", "百福", "六堵", "碧砂", "和平島", "田寮",
           "港口", "東岸", "西岸", "武崙", "長庚", "深美", "友蚋", "瑪陵", "八堵", "四腳亭", "忠二", "孝三", "愛四", "仁五", "義七",
           "正濱", "外木山", "南榮", "北寧", "麥金", "華新", "德安", "尚智", "新豐", "堵南"],
    "中正區": ["郵政博物館", "南海", "公園", "牯嶺", "水源", "廈門", "植物園", "寧波", "南昌", "汀州", "古亭", "東門", "紹興", "延平南",
              "重慶南", "衡陽", "博愛", "忠孝西", "北門", "中山南", "杭州南", "林森南", "金華", "愛國", "羅斯福", "螢橋", "思源", "晉江",
              "中華", "館前", "懷寧", "武昌", "開封", "漢口", "長沙", "桃源", "襄陽", "延平"],
    "大同區": ["大稻埕", "延平", "迪化", "民生西", "大龍", "重慶北", "建成", "蘭州", "寧夏", "太原", "雙連", "圓環", "保安", "承德", "昌吉",
              "酒泉", "南京西"],
    "中山區": ["中山", "長安", "松江", "林森北", "民權", "吉林", "新生北", "大直", "劍南", "圓山", "榮星", "建國北", "復興北", "農安", "錦州",
              "德惠", "龍江", "合江", "遼寧", "撫順", "朱崙", "中原", "五常", "行天宮", "晴光", "雙城", "大佳", "濱江", "民族", "北安",
              "敬業", "樂群", "明水", "南京東", "伊通", "一江", "四平", "中山北", "新興", "天津", "華陰", "長春", "松江路", "八德"],
    "松山區": ["台塑", "松山機場", "快捷轉運站", "西松", "延壽", "松山", "民生", "光復", "榮星", "體育場", "東興", "瑞祥", "中崙", "東台北",
              "復興", "八德", "民權", "長春", "敦化", "國際機場", "中崙通訊處", "南京", "健康", "饒河", "五分埔", "慶城", "富錦", "民有",
              "新東", "三民", "寶清", "塔悠", "撫遠", "松基"],
}
CITY = {"新店區": "新北市", "汐止區": "新北市", "基隆": "基隆市"}
CONTRACTS = {
    "POST": ["JS119-J004", "JS121-J046", "JS121-J084", "JS122-J129", "JS120-J008", "JS123-J019", "JS121-J009"],
    "POST_OLD": ["SAL16-J086", "SAL17-J004", "SA218-J002", "JS119-J004", "JS120-J008"],
    "HNCB": ["SMRO22-J008"], "HNCB_OLD": ["SMRO21-J008", "PSA17-J048"],
    "FCB": ["102-002", "107-028", "106-004", "95-038", "98-184", "100-003"],
    "BOT": ["SMRN20-J019", "SMRO20-J019"], "SKI": ["SMRO20-J010"], "NET": ["NT19-J033"], "新產": ["SK20-J051"],
}
CONTRACT_TERMS = {"JS119-J004": ("2020-05-01", "2025-04-30"), "JS121-J046": ("2017-03-01", "2022-02-28"),
                  "JS121-J084": ("2017-10-01", "2022-09-30"), "JS122-J129": ("2018-11-01", "2023-10-31"),
                  "JS120-J008": ("2020-11-01", "2025-10-31"), "JS123-J019": ("2019-03-01", "2024-02-29"),
                  "102-002": ("2019-03-01", "2020-02-28"), "107-028": ("2018-08-30", "2022-08-29"),
                  "106-004": ("2017-02-04", "2021-02-03"), "95-038": ("2019-03-01", "2020-02-28"),
                  "98-184": ("2021-11-01", "2022-10-31"), "100-003": ("2021-03-01", "2022-02-28"),
                  "SMRO22-J008": ("2021/01/01", "2021/12/31"), "SMRN20-J019": ("2020-06-05", "2022-06-04"),
                  "SMRO20-J019": ("2020-06-05", "2022-06-04"), "SMRO20-J010": ("2020-07-01", "2021-06-30"),
                  "NT19-J033": ("2019-09-01", "2022-08-31"), "SK20-J051": ("2020-04-01", "2023-03-31")}
REMARKS = ["1200營業", "大安郵局7F,投遞單位", "進門右手邊,設備在最裡面的櫃子", "換證13F\n進公司再換一次", "需先電話聯絡", "週六不營業",
           "地下室機房", "鑰匙在警衛室"]
SCHEDULES = ["(2、5、8、11)", "(2/4-5/3、5/4-8/3、8/4-11/3、11/4-2/3)", "(11.29、2.28、5.29、8.29)", "(1、4、7、10)", "(3、6、9、12)"]

stats = {"sheets": {}, "clients": set(), "picks": []}


def roc(text_date):
    y, m, d = (int(p) for p in re.split(r"[-/]", text_date))
    return f"{y - 1911}.{m:02d}.{d:02d}" if f.chance(0.5) else f"{y - 1911}.{m}.{d}"


def as_date(text):
    y, m, d = (int(p) for p in re.split(r"[-/]", text))
    return datetime.datetime(y, m, d)


def site_name(inst, district, used):
    places = PLACES[district]
    for _ in range(200):
        p = f.pick(places)
        if inst == "POST":
            name = ("臺北" if district not in CITY else ("基隆" if district == "基隆" else "")) + p
            if f.chance(0.08):
                name = f"臺北郵局{p}投遞股"
        elif inst == "HNCB":
            name = p + ("(裝)" if f.chance(0.5) else "")
            if f.chance(0.1):
                name = p + "-證券延伸櫃台"
        elif inst == "FCB":
            name = p + ("分行" if f.chance(0.15) else "")
        else:
            name = p
        if (inst, name) not in used:
            used.add((inst, name))
            return name
    raise RuntimeError("no site name left")


def plan(district, mix, n_cont, shared=None, share_from=None):
    """The sites of one sheet: a list of (inst, name, contracts); some sites take several contracts."""
    used = set()
    sites = []
    if shared:
        for s in shared:
            used.add((s[0], s[1]))
            sites.append([s[0], s[1], [s[2][0]]])
    for inst, n in mix:
        have = sum(1 for s in sites if s[0] == inst)
        for _ in range(max(0, n - have)):
            key = inst if inst in CONTRACTS else "POST"
            sites.append([inst, site_name(inst, district, used), [f.pick(CONTRACTS[key])]])
    order = {inst: i for i, (inst, _) in enumerate(mix)}
    sites.sort(key=lambda s: order.get(s[0], 99))
    left = n_cont
    for s in sites:
        if left <= 0:
            break
        if s[0] == "FCB" and left >= 3 and f.chance(0.7):
            extra = [c for c in CONTRACTS["FCB"] if c not in s[2]][:3]
        elif f.chance(0.35):
            pool = CONTRACTS.get(s[0] + "_OLD", CONTRACTS.get(s[0], CONTRACTS["POST"]))
            extra = [c for c in pool if c not in s[2]][:1]
        else:
            extra = []
        extra = extra[:left]
        s[2].extend(extra)
        left -= len(extra)
    while left > 0:  # the rest on POST sites
        for s in sites:
            if left <= 0:
                break
            pool = [c for c in CONTRACTS["POST"] if c not in s[2]]
            if s[0] == "POST" and pool:
                s[2].append(pool[0])
                left -= 1
    return sites


def month_marks(ws, row, first_col, months, style):
    for m in months:
        if style == "V":
            ws.cell(row, first_col + m - 1, "V").number_format = "@"
        elif style == "days":
            ws.cell(row, first_col + m - 1, "<29 30>" if f.chance(0.5) else "<3    4>")
        else:
            ws.cell(row, first_col + m - 1, style)


def write_main(ws, name, district, sites, header_a, f_header, year_dates, city_spelling, keelung=False):
    heads = [header_a, "客戶名", "縣市別", "轄區", "本次維護日期", f_header, "案號"]
    heads += ["備註"] if keelung else ["合約起始日", "合約到期日", "備註"]
    for c, h in enumerate(heads, 1):
        if h:
            ws.cell(1, c, h)
    month_col = 10 if keelung else 11
    for i in range(12):
        ws.cell(1, month_col + i, (i + 1) if keelung else MONTHS_ZH[i])
    city = CITY.get(district, city_spelling)
    dist = "中正區" if district == "基隆" else district
    if district == "基隆":
        dist = None
    r = 2
    rows = 0
    for inst, site, contracts in sites:
        top = r
        span = len(contracts)
        when = f.date(*year_dates) if not (inst == "FCB" and name == "大安區") else None
        quarter = sorted(f.r.sample(range(1, 13), f.pick([2, 2, 3, 4])))
        for k, contract in enumerate(contracts):
            if k == 0:
                ws.cell(r, 1, inst)
                ws.cell(r, 2, site)
                ws.cell(r, 3, city)
                ws.cell(r, 4, dist or f.pick(["中正區", "仁愛區", "信義區", "安樂區", "七堵區", "暖暖區", "中山區"]))
            if when:
                ws.cell(r, 5, when).number_format = "mm-dd-yy"
            if keelung:
                if when:
                    ws.cell(r, 6, when + datetime.timedelta(days=90)).number_format = "mm-dd-yy"
            else:
                ws.cell(r, 6, f"=E{r}+61").number_format = "mm-dd-yy"
            ws.cell(r, 7, contract)
            if not keelung and contract in CONTRACT_TERMS:
                start, end = CONTRACT_TERMS[contract]
                if "/" in start:
                    ws.cell(r, 8, start).number_format = "yyyy/mm/dd"
                    ws.cell(r, 9, end).number_format = "yyyy/mm/dd"
                else:
                    ws.cell(r, 8, as_date(start)).number_format = "yyyy/mm/dd"
                    ws.cell(r, 9, as_date(end)).number_format = "yyyy/mm/dd"
            if inst == "FCB" and name == "大安區" and k in (1, 2):
                month_marks(ws, r, month_col, [2, 5, 8, 11], "days")
            elif inst != "HNCB":
                month_marks(ws, r, month_col, quarter, "V" if not keelung or f.chance(0.8) else 7)
            r += 1
        if k == 0 and f.chance(0.12):
            ws.cell(top, 8 if keelung else 10, f.pick(REMARKS))
        if span > 1:
            for c in range(1, 5):
                ws.merge_cells(start_row=top, start_column=c, end_row=top + span - 1, end_column=c)
            if f.chance(0.5):
                ws.merge_cells(start_row=top, start_column=8 if keelung else 10, end_row=top + span - 1,
                               end_column=8 if keelung else 10)
        stats["clients"].add((inst, site))
        rows += span
    return r - 1, rows


def write_unit(ws, name, district, sites, e_header, month_heads, notes_header, year_dates):
    for c, h in enumerate(["", "單位", "案號", "本季保養", e_header] + month_heads, 1):
        if h:
            ws.cell(1, c, h)
    if notes_header:
        ws.cell(1, 18, notes_header)
    r = 2
    rows = 0
    for inst, site, contracts in sites:
        top = r
        when = f.date(*year_dates)
        quarter = sorted(f.r.sample(range(1, 13), 2))
        for k, contract in enumerate(contracts):
            if k == 0:
                ws.cell(r, 1, inst)
                ws.cell(r, 2, site)
            ws.cell(r, 3, contract)
            ws.cell(r, 4, when).number_format = "mm-dd-yy"
            ws.cell(r, 5, f"=D{r}+61").number_format = "mm-dd-yy"
            if inst == "FCB" and name == "萬華":
                for m in (1, 4, 7):
                    ws.cell(r, 5 + m, "16")
            else:
                month_marks(ws, r, 6, quarter, "V")
            if inst in ("FCB", "HNCB") and f.chance(0.6):
                ws.cell(r, 18, f.pick(SCHEDULES))
            r += 1
        if len(contracts) > 1:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        if f.chance(0.1):
            road = f.pick(["基隆路二段", "松仁路", "忠孝東路五段", "信義路四段", "康定路"])
            ws.cell(top, 18, f"110台北市{district}{road}{f.r.randrange(10, 300)}號{f.r.randrange(1, 12)}樓")
        stats["clients"].add((inst, site))
        rows += len(contracts)
    return r - 1, rows


def write_hidden(ws, name, district, sites, year_dates, city_spelling, shifted=(), roc_terms=False):
    for c, h in enumerate(["客戶別", "客戶名", "縣市別", "轄區", "上次維護日期", "本次維護日期", "案號", "合約起始日", "合約到期日", "備註"], 1):
        ws.cell(1, c, h)
    r = 2
    rows = 0
    for inst, site, contracts in sites:
        top = r
        last = f.date(*year_dates)
        this = last + datetime.timedelta(days=f.r.randrange(50, 120))
        for k, contract in enumerate(contracts):
            if k == 0:
                ws.cell(r, 1, inst)
                ws.cell(r, 2, site)
                ws.cell(r, 3, city_spelling)
                ws.cell(r, 4, district)
            if inst in shifted:  # typed one column to the left
                ws.cell(r, 5, contract)
                ws.cell(r, 6, last).number_format = "mm-dd-yy"
                ws.cell(r, 7, this).number_format = "mm-dd-yy"
            else:
                if f.chance(0.9):
                    ws.cell(r, 5, last).number_format = "mm-dd-yy"
                if f.chance(0.8):
                    ws.cell(r, 6, this).number_format = "mm-dd-yy"
                ws.cell(r, 7, contract)
                if roc_terms and contract in CONTRACT_TERMS:
                    start, end = CONTRACT_TERMS[contract]
                    ws.cell(r, 8, roc(start))
                    ws.cell(r, 9, roc(end))
            r += 1
        if f.chance(0.06):
            ws.cell(top, 10, f"地址：105台北市{district}{f.pick(['復興北路', '南京東路四段', '民生東路三段'])}{f.r.randrange(10, 200)}號"
                              f"{f.r.randrange(2, 12)}樓之{f.r.randrange(1, 9)}\n{f.pick(REMARKS)}")
        if len(contracts) > 1:
            for c in (1, 2, 3, 4):
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
        stats["clients"].add((inst, site))
        rows += len(contracts)
    return r - 1, rows


wb = workbook()
wb.remove(wb.active)
Y2025 = (datetime.date(2025, 2, 10), datetime.date(2025, 4, 30))
Y2023 = (datetime.date(2023, 1, 30), datetime.date(2023, 3, 20))
Y2021 = (datetime.date(2021, 1, 5), datetime.date(2021, 7, 20))

layout = []
# visible sheets of this year -------------------------------------------------------------------
daan = plan("大安區", [("POST", 19), ("HNCB", 15), ("FCB", 12), ("BOT", 7)], 44)
layout.append(("大安區", "main", daan, dict(header_a="", f_header="最快可維護日", year_dates=Y2025, city_spelling="台北市"),
               "M11", "B1:J98", [("AR12", 123)]))
hidden_xinyi = plan("信義區", [("POST", 8), ("HNCB", 4), ("FCB", 4), ("BOT", 3), ("NET", 1)], 18)
hidden_wanhua = plan("萬華區", [("POST", 8), ("HNCB", 3), ("FCB", 4), ("BOT", 2)], 9)
hidden_neihu = plan("內湖區", [("POST", 15), ("HNCB", 4), ("FCB", 7), ("BOT", 3), ("SKI", 1)], 15)
xinyi = plan("信義區", [("POST", 8), ("HNCB", 5), ("FCB", 3)], 18,
             shared=[s for s in hidden_xinyi if s[0] in ("POST", "HNCB", "FCB")][:14])
wanhua = plan("萬華區", [("POST", 9), ("HNCB", 3), ("FCB", 3)], 12,
              shared=[s for s in hidden_wanhua if s[0] in ("POST", "HNCB", "FCB")][:13])
layout.append(("信義", "unit", xinyi, dict(e_header="最快可維", month_heads=["1月"] + MONTHS_ZH[1:], notes_header="備註",
                                          year_dates=Y2025), None, None, []))
layout.append(("萬華", "unit", wanhua, dict(e_header="最快可保養時間", month_heads=MONTHS_ZH, notes_header=None,
                                          year_dates=Y2025), None, None, []))
for sheet, district, mix, cont, freeze, filt, stray in [
        ("文山區", "文山區", [("POST", 14), ("FCB", 3), ("HNCB", 2), ("BOT", 2)], 3, "J1", "A1:J1", []),
        ("新店", "新店區", [("POST", 20), ("FCB", 9), ("HNCB", 2)], 7, "K1", "A1:J39", [("AK2", 123)]),
        ("南港", "南港區", [("POST", 8), ("FCB", 3), ("HNCB", 2)], 5, "J1", "A1:J1", [("W13", "換證13F\n進公司再換一次")]),
        ("汐止", "汐止區", [("POST", 6), ("FCB", 6), ("HNCB", 2), ("新產", 1)], 10, "O1", "A1:J1", [("AW7", 123)]),
        ("內湖", "內湖區", [("POST", 13), ("HNCB", 5), ("FCB", 4), ("新產", 1)], 22, "H1", "A1:J1", []),
        ("山區", "山區", [("POST", 15), ("FCB", 1)], 1, "K1", "A1:J19", [("AN2", 123)])]:
    shared = [s for s in hidden_neihu if s[0] in ("POST", "HNCB")][:10] if sheet == "內湖" else None
    sites = plan(district, mix, cont, shared=shared)
    layout.append((sheet, "main", sites, dict(header_a="客戶別", f_header="最快可維", year_dates=Y2025,
                                               city_spelling=f.pick(["臺北市", "台北市"])), freeze, filt, stray))
keelung = plan("基隆", [("POST", 29), ("HNCB", 4), ("FCB", 4), ("BOT", 1)], 19)
layout.append(("基隆", "keelung", keelung, dict(header_a="客戶別", f_header="下次維護日期", year_dates=Y2025, city_spelling="基隆市",
                                              keelung=True), None, None, []))
# hidden sheets of an older year ---------------------------------------------------------------
layout.append(("內湖區", "hidden", hidden_neihu, dict(year_dates=Y2021, city_spelling="臺北市"), None, "A1:J1", []))
for sheet, mix, cont in [("中正區", [("POST", 23), ("BOT", 10), ("HNCB", 3), ("FCB", 2)], 7),
                         ("大同區", [("POST", 6), ("FCB", 4), ("HNCB", 3), ("BOT", 2)], 14)]:
    layout.append((sheet, "hidden", plan(sheet, mix, cont), dict(year_dates=Y2021, city_spelling="臺北市"), None, "A1:J1", []))
layout.append(("信義區", "hidden", hidden_xinyi, dict(year_dates=Y2021, city_spelling="臺北市"), None, "A1:J1", []))
layout.append(("中山區", "hidden", plan("中山區", [("POST", 16), ("FCB", 12), ("HNCB", 10), ("BOT", 4)], 39),
               dict(year_dates=Y2021, city_spelling="臺北市"), None, "A1:J1", []))
songshan = plan("松山區", [("POST", 10), ("HNCB", 10), ("FCB", 9), ("BOT", 4), ("SKI", 1)], 21)
# namesakes: the same branch name under three accounts
for s in songshan:
    if s[0] in ("HNCB", "FCB", "BOT") and not any(x[1] == "民生" and x[0] == s[0] for x in songshan):
        if ("民生" not in [x[1] for x in songshan if x[0] == s[0]]) and s[0] != "POST":
            s[1] = "民生"
layout.append(("松山區", "hidden", songshan, dict(year_dates=Y2021, city_spelling="臺北市", shifted=("FCB", "BOT", "SKI")),
               None, "A1:J1", []))
layout.append(("萬華區", "hidden", hidden_wanhua, dict(year_dates=Y2021, city_spelling="台北市", roc_terms=True), None, "A1:J1", []))

for sheet, kind, sites, opts, freeze, filt, stray in layout:
    ws = wb.create_sheet(sheet)
    district = {"信義": "信義區", "萬華": "萬華區", "新店": "新店區", "南港": "南港區", "汐止": "汐止區", "內湖": "內湖區"}.get(sheet, sheet)
    if kind == "main" or kind == "keelung":
        last, rows = write_main(ws, sheet, district, sites, **opts)
    elif kind == "unit":
        last, rows = write_unit(ws, sheet, district, sites, **opts)
    else:
        last, rows = write_hidden(ws, sheet, district, sites, **opts)
        ws.sheet_state = "hidden"
    for ref, value in stray:
        ws[ref] = value
    if freeze:
        ws.freeze_panes = freeze
    if filt:
        ws.auto_filter.ref = filt
    ws.column_dimensions["B"].width = 22
    stats["sheets"][sheet] = {"rows": rows, "sites": len(sites), "last": last}
    stats["picks"].append((sheet, sites[0][0], sites[0][1], len(sites[0][2])))


def serial(d):
    return (d - datetime.datetime(1899, 12, 30)).days


def cache_formulas(path):
    """Excel leaves the cached result of =E7+61 in each cell; openpyxl writes none."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.xlsx")
        shutil.move(path, raw)
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename.startswith("xl/worksheets/sheet"):
                    xml = data.decode("utf-8")
                    dates = {}
                    for m in re.finditer(r'<c r="([A-Z]+)(\d+)"[^>]*?s="(\d+)"[^>]*?><v>(\d+(?:\.\d+)?)</v></c>', xml):
                        dates[f"{m.group(1)}{m.group(2)}"] = float(m.group(4))

                    def fill(m):
                        ref_col, ref_row, days = m.group(5), m.group(6), int(m.group(7))
                        base = dates.get(f"{ref_col}{ref_row}")
                        value = f"<v>{int(base) + days}</v>" if base is not None else "<v>61</v>"
                        return f'<c r="{m.group(1)}{m.group(2)}"{m.group(3)}><f>{m.group(4)}</f>{value}</c>'
                    xml = re.sub(r'<c r="([A-Z]+)(\d+)"([^>]*?)><f>(([A-Z]+)(\d+)\+(\d+))</f><v\s*/?>(?:</v>)?</c>', fill, xml)
                    data = xml.encode("utf-8")
                zout.writestr(item, data)


os.makedirs(FILES, exist_ok=True)
out = os.path.join(FILES, "sites-zh-tw-maintenance.xlsx")
wb.save(out)
cache_formulas(out)
if os.environ.get("CORPUS_STATS"):
    import json
    print(json.dumps({"sheets": stats["sheets"], "clients": len(stats["clients"]), "picks": stats["picks"]}, ensure_ascii=False))
