"""
Shape of climba5602/Self-finance "5_-List-of-RCHEs-Providing-Non-subsidised-Places-for-the-Elderly_Q-30_6_2025.xlsx"
(at commit 1d6ed705e487e638d163f01a4d0cb2d846e319a9): the Hong Kong Social Welfare Department's quarterly list of
residential care homes for the elderly that offer non-subsidised places (as at 30.6.2025), bilingual English and
Traditional Chinese, as published and kept by a developer behind a district-filter tool. Three sheets of the same
layout, one per kind of home: 'Self-Fin Homes 自負盈虧院舍' (35 homes), 'Sub & Contract Homes 津助及合約安老院舍'
(63), 'Self-Fin Nursing Homes 自負盈虧護養院' (3):

- a bilingual title merged over A1:N1, a section title over A2:N2; a two-row header (rows 3-4): S/N / District /
  Agency / Name of Home / Address / Tel / Fax merged down, 'Type of Place ^^' merged over H3:K3 with Hostel /
  Home for the Aged / Care-and-Attention / Nursing Home below, Total / Sex / Religion merged down; every header
  'English\\n中文' padded with spaces; Times New Roman 9, wrapped, dotted borders, frozen at E5, print titles;
- one row per home: the serial (typed, once '=1+1', on the last sheet '=1+A5'), the district, the operating agency
  and the home as 'English\\n中文' cells (a long English name wrapped onto two lines, trailing spaces after the
  Chinese, one agency running many homes, a few homes named like their agency), marks after the Chinese name
  (' *' contract home, '±' purchase scheme, '#' fading out), the address in English then Chinese in one cell, the
  8-digit phone and fax as numbers (once two phones 'nnnnnnnn / \\nnnnnnnnn' as text, once '3555 2133' with a
  space), the places by type as numbers (once as '=3+2' and '=27+16'), the total as =SUM(Hn:Kn) (three typed),
  the sexes admitted ('M/F\\n男/女' or 'F\\n女') and the religion ('Nil\\n無', 'Christian\\n基督教' ...);
- under the homes a count/subtotal row (=COUNTA, =SUM), a grand-total row of formulas across the three sheets, and
  fifteen rows of bilingual footnotes explaining the marks, some merged across the sheet.

Values invented: agencies, homes, addresses, phones, faxes and place counts (the districts, the layout, the
headers and the footnote wording are the department's).
"""
from fake import CachedFormulas, Fake, workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

f = Fake("prospects-zh-hk-carehomes")
cf = CachedFormulas()

S1, S2, S3 = "Self-Fin Homes 自負盈虧院舍", "Sub & Contract Homes 津助及合約安老院舍", "Self-Fin Nursing Homes 自負盈虧護養院"
TITLE = ("List of Residential Care Homes for the Elderly Providing Non-subsidised Places for the Elderly (As at 30.6.2025) \n"
         "提供非資助安老服務宿位的院舍名單 (截至 30.6.2025)")
SECTIONS = {
    S1: "(I) List of Self-financing Homes providing Non-subsidised Places for Elders\n     提供非資助安老服務宿位的自負盈虧院舍名單",
    S2: "(II) List of Subvented Homes and Contract Homes Providing Non-subsidised Places for Elders\n      提供非資助安老服務宿位的津助院舍及合約院舍名單",
    S3: "(III) List of Self-financing Nursing Homes Purely under the Registration Regime Administered by the Department of Health\n        在衛生署註冊的自負盈虧護養院名單",
}
HEAD3 = {"A": "\n\nS/N\n編號\n\n", "B": "District\n地區", "C": "Agency\n機構" + " " * 35, "D": "Name of Home\n院舍名稱" + " " * 34,
         "E": "Address\n地址" + " " * 74, "F": "Tel\n電話" + " " * 10, "G": "Fax\n傳真" + " " * 11,
         "H": "Type of Place ^^\n宿位種類 ", "L": "Total\n總數", "M": "Sex\n性別  ", "N": "Religion\n宗教  "}
HEAD4 = {"H": "Hostel\n長者\n宿舍  ", "I": "Home for the Aged  \n安老院" + " " * 24, "J": "Care-and-Attention\n護理\n安老院       ",
         "K": "Nursing Home\n護養院          "}

# (English, Chinese, area English, area Chinese, places)
DISTRICTS = {
    "Central/Western": ("中西區", "Hong Kong", "香港", [("Sai Ying Pun", "西營盤"), ("Kennedy Town", "堅尼地城")]),
    "Wanchai": ("灣仔區", "Hong Kong", "香港", [("Wan Chai", "灣仔"), ("Happy Valley", "跑馬地")]),
    "Eastern": ("東區", "Hong Kong", "香港", [("North Point", "北角"), ("Shau Kei Wan", "筲箕灣")]),
    "Southern": ("南區", "Hong Kong", "香港", [("Aberdeen", "香港仔"), ("Wong Chuk Hang", "黃竹坑")]),
    "Kowloon City": ("九龍城區", "Kowloon", "九龍", [("To Kwa Wan", "土瓜灣"), ("Ho Man Tin", "何文田")]),
    "Yau Tsim Mong": ("油尖旺區", "Kowloon", "九龍", [("Jordan", "佐敦"), ("Tai Kok Tsui", "大角咀")]),
    "Shamshuipo": ("深水埗區", "Kowloon", "九龍", [("Cheung Sha Wan", "長沙灣"), ("Sham Shui Po", "深水埗")]),
    "Kwun Tong": ("觀塘區", "Kowloon", "九龍", [("Kwun Tong", "觀塘"), ("Lam Tin", "藍田")]),
    "Wong Tai Sin": ("黃大仙區", "Kowloon", "九龍", [("Diamond Hill", "鑽石山"), ("San Po Kong", "新蒲崗")]),
    "Sai Kung": ("西貢區", "Kowloon", "九龍", [("Tseung Kwan O", "將軍澳")]),
    "Shatin": ("沙田區", "New Territories", "新界", [("Sha Tin", "沙田"), ("Ma On Shan", "馬鞍山")]),
    "Tai Po": ("大埔區", "New Territories", "新界", [("Tai Po", "大埔")]),
    "North": ("北區", "New Territories", "新界", [("Sheung Shui", "上水"), ("Fanling", "粉嶺")]),
    "Tuen Mun": ("屯門區", "New Territories", "新界", [("Tuen Mun", "屯門")]),
    "Yuen Long": ("元朗區", "New Territories", "新界", [("Yuen Long", "元朗"), ("Tin Shui Wai", "天水圍")]),
    "Tsuen Wan": ("荃灣區", "New Territories", "新界", [("Tsuen Wan", "荃灣")]),
    "Kwai Tsing": ("葵青區", "New Territories", "新界", [("Kwai Chung", "葵涌"), ("Tsing Yi", "青衣")]),
    "Islands": ("離島", "New Territories", "新界", [("Tung Chung", "東涌"), ("Cheung Chau", "長洲")]),
}
ORDER = list(DISTRICTS)
COUNTS = {
    S1: {"Central/Western": 1, "Wanchai": 1, "Eastern": 1, "Southern": 3, "Kowloon City": 2, "Yau Tsim Mong": 3,
         "Shamshuipo": 2, "Kwun Tong": 2, "Wong Tai Sin": 1, "Sai Kung": 4, "Shatin": 4, "North": 2, "Tuen Mun": 5,
         "Yuen Long": 2, "Tsuen Wan": 1, "Kwai Tsing": 1},
    S2: {"Central/Western": 3, "Islands": 2, "Eastern": 2, "Wanchai": 2, "Kowloon City": 2, "Yau Tsim Mong": 5,
         "Shamshuipo": 7, "Kwun Tong": 6, "Wong Tai Sin": 2, "Sai Kung": 3, "Shatin": 6, "Tai Po": 1, "North": 10,
         "Tuen Mun": 1, "Yuen Long": 3, "Tsuen Wan": 3, "Kwai Tsing": 5},
    S3: {"Southern": 1, "Sai Kung": 1, "Shatin": 1},
}
STREETS = [("Fook Wah Street", "福華街"), ("Lok Sin Road", "樂善道"), ("Kin Hong Street", "建康街"), ("Wing Yan Road", "永恩道"),
           ("Shun Tak Lane", "順德里"), ("On Yee Street", "安怡街"), ("Tai Hong Road", "泰康道"), ("Po Wah Street", "寶華街"),
           ("Ming Sum Road", "明心道"), ("Hing Fat Street", "興發街"), ("Kwong Ming Road", "光明道"), ("Yan Oi Street", "仁愛街")]
ESTATES = [("Lok Wah Estate", "樂華邨"), ("Hing Tin Estate", "興田邨"), ("Wo Lok Estate", "和樂邨"), ("Fu Shan Estate", "富山邨"),
           ("Kin Ming Estate", "健明邨"), ("Shek Lei Estate", "石籬邨")]
HOUSES = [("Lok Yan House", "樂恩樓"), ("Hing Fu House", "興富樓"), ("Wo Tai House", "和泰樓"), ("Fu Ning House", "富寧樓"),
          ("Kin Hei House", "健喜樓")]
FLOORS = [("G/F", "地下"), ("1/F", "1樓"), ("1/F to 3/F", "1字樓至3字樓"), ("2/F-5/F", "2字樓至5字樓"),
          ("G/F (portion) and 1/F", "地下（部分）及1樓"), ("Portion of 2/F", "2樓（部分）"),
          ("3/F (part), 4/F and 5/F", "3樓（部分）、4樓及5樓"), ("Flats 2 to 9, G/F", "地下2至9室")]
WORDS = [("Hope", "希望"), ("Grace", "恩典"), ("Harmony", "和諧"), ("Golden Age", "金齡"), ("Evergreen", "長青"), ("Lotus", "蓮花"),
         ("Silver", "銀齡"), ("Joyful", "喜樂"), ("Kind Heart", "仁心"), ("Morning Star", "晨星"), ("Peace", "平安"),
         ("Blessing", "福澤"), ("Sunshine", "陽光"), ("Rainbow", "彩虹"), ("Caring", "關愛"), ("Tranquil", "寧靜"), ("Jade", "翠玉"),
         ("Pine Crane", "松鶴"), ("Spring Glow", "春暉"), ("Bright Moon", "明月"), ("Fortune", "福壽"), ("Kindly Light", "仁光"),
         ("Mercy", "慈恩"), ("Lily", "百合"), ("Orchid", "蘭心"), ("Willow", "柳蔭"), ("Harbour", "海港"), ("Maple", "楓林"),
         ("Lucky Star", "福星"), ("Cedar", "香柏"), ("Bamboo", "竹林"), ("Plum Blossom", "梅花"), ("Golden Sun", "金陽"),
         ("Rosary", "玫瑰"), ("Haven", "安港"), ("Serene", "頤靜"), ("Lotus Hill", "蓮山"), ("Peaceful", "安寧"), ("Crystal", "晶瑩"),
         ("Sky Blue", "蔚藍"), ("Heavenly", "天恩"), ("Emerald", "碧翠"), ("Sincere", "誠心"), ("Cosmos", "宇宙"),
         ("Wisdom", "智慧"), ("Prosper", "興盛"), ("Everbright", "光輝"), ("True Light", "真光"), ("Rose Garden", "玫瑰園"),
         ("Dawn", "曙光"), ("Tender Care", "悉心"), ("Jubilee", "禧年"), ("Silverjoy", "耆樂"), ("Comfort", "安逸"),
         ("Gentle", "溫柔"), ("Morning Dew", "朝露"), ("Heritage", "傳承"), ("Noble", "高尚"), ("Oasis", "綠洲"), ("Unity", "同心")]
KINDS = [("Christian Service", "基督教服務處"), ("Association", "協會"), ("Limited", "有限公司"), ("Company Limited", "有限公司"),
         ("Society (The)", "會"), ("Buddhist Association", "佛教會"), ("Elderly Care Limited", "護老有限公司"),
         ("Investment Limited", "投資有限公司"), ("Nursing Home Limited", "護老院有限公司"), ("Foundation", "基金會"),
         ("Church - Hong Kong Synod  (The)", "教會香港區會")]
HOMES = [("Home for the Elderly", "護老院"), ("Care and Attention Home", "護理安老院"), ("Nursing Home", "護養院"),
         ("Elderly Home", "安老院"), ("Care Home", "頤養院"), ("Home for the Aged", "安老之家")]
RELIGIONS = {
    S1: ["Nil\n無" + " " * 14] * 12 + ["Christian\n基督教" + " " * 16] * 11 + ["Buddhist\n佛教   "] * 6 +
        ["Catholic\n天主教      "] * 4 + ["Buddhist/\nConfucian/\nTaoist\n儒/釋/道教           ", "Muslim\n伊斯蘭教     "],
    S2: ["Nil\n無" + " " * 17] * 28 + ["Nil\n無" + " " * 14] * 21 + ["Christian\n基督教" + " " * 16] * 7 +
        ["Catholic\n天主教      "] * 3 + ["Buddhist/\nTaoist/\nConfucian\n佛/道/孔"] * 2 + ["Nil\n無" + " " * 18, "Buddhist\n佛教     "],
    S3: ["Nil\n無" + " " * 14, "Christian\n基督教" + " " * 16, "Nil\n無" + " " * 17],
}
# how many homes each agency runs on a sheet (the rest run one home each)
REPEATS = {S1: [2, 3, 2, 2], S2: [3, 10, 4, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2], S3: []}
FOOTNOTES = [
    (5, "A", "±       \n         ", "B", "These are self-financing homes participating in the Nursing Home Place Purchase Scheme (NHPPS).  The subsidised nursing home places are created by phases with effect from December 2010.\n 這些是參與「護養院宿位買位計劃」的自負盈虧院舍。有關的資助護養院宿位由二零一零年十二月起分階段投入服務。\n"),
    (6, "A", " *        ", "B", "These are contract homes.  Among the total number of non-subsidised places in each contract home, the ratio between care-and-attention places providing continuum of care and nursing places are planned ratio, of which the actual provision may be adjusted subject to the operation strategies of respective Operator of contract home.  "),
    (7, None, None, "B", "這些是合約安老院舍。在每所合約安老院舍的指定非資助宿位總數目中，提供持續照顧服務的非資助護理安老院宿位及非資助護養院宿位是計劃比例，其實際供應情況可能會根據合約安老院舍經營者的營運策略而有所改變。"),
    (8, "A", " #        The Home has decided to fade out from Nursing Home Place Purchase Scheme with cessation of new admission with effect from 1 April 2015 .  \n", None, None),
    (9, "A", "            該院已決定淡出「護養院宿位買位計劃」，並於2015年4月1日起停止接收新的入住個案。", None, None),
    (10, "A", "^^       This is the last available information provided by the concerned Residential Care Homes for the Elderly as at end of March 2016.  For updated fee-charging condition, please directly contact the individual home(s).", None, None),
    (11, "A", "           這是由相關安老院舍提供截至2016年3月底的現存資料。如欲了解個別院舍的最新收費，請直接向該院舍查詢。", None, None),
    (12, "A", "[]  The Home participates in the Service Quality Group (SQG) Scheme (2016-18).  To enhance the service quality of residential care homes for the elderly (RCHEs), members pay regular visits to RCHEs in the SQG Scheme to make observations and suggestions about their facilities and services.  Their views on the services are also gauged.\n      該院舍參與「安老院舍服務質素小組」計劃 (2016-18)。「安老院舍服務質素小組」計劃透過小組成員定期探訪安老院舍，對安老院舍的設施及服務作出觀察及提出建議，並收集他們對有關服務的意見，以提升安老院舍的服務質素。", None, None),
    (13, "A", "[] ", "B", "The Home participates in the Service Quality Group (SQG) Scheme (2016-18).  To enhance the service quality of residential care homes for the elderly (RCHEs), members pay regular visits to RCHEs in the SQG Scheme to make observations and suggestions about their facilities and services.  Their views on the services are also gauged. \n 該院舍參與「安老院舍服務質素小組」計劃 (2016-18)。「安老院舍服務質素小組」計劃透過小組成員定期探訪安老院舍，對安老院舍的設施及服務作出觀察及提出建議，並收集他們對有關服務的意見，以提升安老院舍的服務質素。"),
    (14, "A", "[][]", "B", ' "Residential Aged Care Accreditation Scheme" is administered by "Hong Kong Association of Gerentology". For details of this accreditation scheme, please visit this website (www.hkag.org).'),
    (15, None, None, "B", "「香港安老院舍評審計劃」的評審機構為「香港老年學會」。 有關此認証計劃的詳情，請瀏覽此網頁 (www.hkag.org)。"),
    (16, None, None, "B", ' "Service Quality Management Certification Scheme - Elderly Services" is administered by "Hong Kong Quality Assurance Agency". For details of this accreditation scheme, please visit this website (www.hkqaa.org).'),
    (17, None, None, "B", "「安老服務管理認證計劃」的評審機構為「香港品質保証局」。 有關此認証計劃的詳情，請瀏覽此網頁 (www.hkqaa.org)。"),
    (18, "A", "^^       Unless further update is provided by the concerned Residential Care Homes for the Elderly, this is the last available information as at end of 30 June 2025. ", None, None),
    (19, "A", "            除非相關安老院舍作出更新，這是截至2025年6月30日的現存資料。", None, None),
]
FOOT_MERGES = [(5, "B", "N"), (6, "B", "N"), (7, "B", "N"), (8, "A", "N"), (12, "A", "N"), (13, "B", "N"), (14, "B", "N"),
               (15, "B", "M"), (17, "B", "N"), (18, "A", "N"), (19, "A", "N")]

DOTTED = Side(style="dotted")
BORDER = Border(left=DOTTED, right=DOTTED, top=DOTTED, bottom=DOTTED)


def pad(n_max):
    """Trailing spaces as the department's cells carry them after the Chinese text."""
    return " " * min(n_max, f.pick([0, 0, 0, 4, 8, 10, 14, 16, 19, 22, 30, 35]))


def phone():
    return f._unique(lambda: int(f"{f.pick('23')}555{f.r.randrange(10000):04d}"))


def agency():
    def make():
        (en, zh), (kind_en, kind_zh) = f.pick(WORDS), f.pick(KINDS)
        return f"{en} {kind_en}", f"{zh}{kind_zh}"
    return f._unique(make)


def address(district):
    _, area_en, area_zh, places = DISTRICTS[district]
    place_en, place_zh = f.pick(places)
    floor_en, floor_zh = f.pick(FLOORS)
    if f.chance(0.4):
        est_en, est_zh = f.pick(ESTATES)
        house_en, house_zh = f.pick(HOUSES)
        return (f"{floor_en}, {house_en}, {est_en}, {place_en}, {area_en}\n"
                f"{area_zh}{place_zh}{est_zh}{house_zh}{floor_zh}")
    num = f.r.randrange(1, 120)
    st_en, st_zh = f.pick(STREETS)
    return f"{floor_en}, {num} {st_en}, {place_en}, {area_en}\n{area_zh}{place_zh}{st_zh}{num}號{floor_zh}"


def home_name(ag_en, ag_zh, district, mark):
    base_en = ag_en.replace(" Limited", "").replace(" Company", "").replace(" (The)", "")
    base_zh = ag_zh.replace("有限公司", "")
    kind_en, kind_zh = f.pick(HOMES)
    place_en, place_zh = f.pick(DISTRICTS[district][3])
    if f.chance(0.5):
        en, zh = f"{base_en} {place_en} {kind_en}", f"{base_zh}{place_zh}{kind_zh}"
    else:
        en, zh = f"{base_en} {kind_en}", f"{base_zh}{kind_zh}"
    if f.chance(0.2):
        en += " cum Day Care Centre for the Elderly"
        zh += "暨長者日間護理中心"
    if len(en) > 48 and f.chance(0.5):
        cut = en.rfind(" ", 0, 30)
        en = en[:cut] + " \n" + en[cut + 1:]
    return f"{en}\n{zh}{mark}" + pad(40)


def rows_for(sheet):
    districts = [d for d in ORDER if d in COUNTS[sheet] for _ in range(COUNTS[sheet][d])]
    if sheet == S1:  # the real list is not in strict district order on this sheet
        districts = ["Central/Western", "Wanchai", "Eastern"] + [d for d in districts if d not in ("Central/Western", "Wanchai", "Eastern")]
    n = len(districts)
    # agencies: a few run several homes
    plan = []
    for k in REPEATS[sheet]:
        plan.append((agency(), k))
    singles = n - sum(k for _, k in plan)
    for _ in range(singles):
        plan.append((agency(), 1))
    ags = [a for a, k in plan for _ in range(k)]
    f.r.shuffle(ags)
    religions = RELIGIONS[sheet][:]
    f.r.shuffle(religions)
    if sheet == S2:
        marks = [" *"] * 50 + [""] * 13
    elif sheet == S1:
        marks = ["±"] * 4 + [""] * 31
    else:
        marks = ["", "± # ", ""]
    if sheet != S3:
        f.r.shuffle(marks)
    females = {S1: 5, S2: 1, S3: 0}[sheet]
    sexes = ["F\n女            "] * females + [("M/F\n男/女" + " " * f.pick([25, 27])) for _ in range(n - females)]
    f.r.shuffle(sexes)
    same_name = set(f.r.sample(range(n), 3)) if sheet == S1 else set()
    rows = []
    for i, district in enumerate(districts):
        d_zh = DISTRICTS[district][0]
        ag_en, ag_zh = ags[i]
        if i in same_name:
            name = f"{ag_en} \n{ag_zh}" + pad(40)
        else:
            name = home_name(ag_en, ag_zh, district, marks[i])
        if sheet == S3 or (sheet == S2 and marks[i]):
            places = [0, 0, f.r.randrange(3, 6), f.r.randrange(20, 46)] if sheet == S2 else [0, 0, 0, f.r.randrange(25, 100)]
        else:
            places = [0, f.pick([0, 0, 0, 21, 40, 74, 90]), f.r.randrange(20, 250), f.pick([0, 0, 0, 30, 65])]
        rows.append({
            "district": f"{district}\n{d_zh}" + pad(22),
            "agency": f"{ag_en}\n{ag_zh}" + pad(40),
            "name": name,
            "address": address(district) + pad(70),
            "tel": phone(), "fax": phone(),
            "places": places,
            "sex": sexes[i], "religion": religions[i],
        })
    return rows


wb = workbook()
wb.remove(wb.active)
results = {}
layout = {}
for sheet in (S1, S2, S3):
    ws = wb.create_sheet(sheet)
    rows = rows_for(sheet)
    last = 4 + len(rows)
    layout[sheet] = (ws, rows, last)

# the mess of single cells, as in the source
S1_ROWS, S2_ROWS = layout[S1][1], layout[S2][1]
a, b = S1_ROWS[17]["tel"], phone()
S1_ROWS[17]["tel"] = f"{a} / \n{b}"
S2_ROWS[40]["tel"] = f"{str(S2_ROWS[40]['tel'])[:4]} {str(S2_ROWS[40]['tel'])[4:]}"
S2_ROWS[40]["fax"] = f"{str(S2_ROWS[40]['fax'])[:4]} {str(S2_ROWS[40]['fax'])[4:]}"

for sheet in (S1, S2, S3):
    ws, rows, last = layout[sheet]
    ws["A1"] = TITLE
    ws["A2"] = SECTIONS[sheet]
    ws.merge_cells("A1:N1")
    ws.merge_cells("A2:N2")
    for col, text in HEAD3.items():
        ws[f"{col}3"] = text
    for col, text in HEAD4.items():
        ws[f"{col}4"] = text
    for col in "ABCDEFGLMN":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("H3:K3")
    ws["A1"].font = Font(name="Times New Roman", size=12, bold=True)
    ws["A2"].font = Font(name="Times New Roman", size=11, bold=True)
    for ref in ("A1", "A2"):
        ws[ref].alignment = Alignment(horizontal="center", wrap_text=True)
    for r in (3, 4):
        for col in "ABCDEFGHIJKLMN":
            c = ws[f"{col}{r}"]
            c.font = Font(name="Times New Roman", size=9, bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = BORDER
    sums = [0, 0, 0, 0, 0]
    for i, row in enumerate(rows):
        r = 5 + i
        if sheet == S1 and i == 1:
            cf.formula(ws, f"A{r}", "=1+1", 2)
        elif sheet == S3 and i > 0:
            cf.formula(ws, f"A{r}", f"=1+A{r - 1}", i + 1)
        else:
            ws[f"A{r}"] = i + 1
        ws[f"B{r}"] = row["district"]
        ws[f"C{r}"] = row["agency"]
        ws[f"D{r}"] = row["name"]
        ws[f"E{r}"] = row["address"]
        ws[f"F{r}"] = row["tel"]
        ws[f"G{r}"] = row["fax"]
        h, i_, j, k = row["places"]
        for col, v in zip("HIJK", (h, i_, j, k)):
            ws[f"{col}{r}"] = v
        if sheet == S2 and i == 42:
            j1, k1 = max(1, j - 2), f.r.randrange(15, 30)
            cf.formula(ws, f"J{r}", f"={j1}+{j - j1}", j)
            cf.formula(ws, f"K{r}", f"={k1}+{k - k1}", k)
        total = h + i_ + j + k
        if sheet == S2 and i in (2, 14, 15):
            ws[f"L{r}"] = total
        else:
            cf.formula(ws, f"L{r}", f"=SUM(H{r}:K{r})", total)
        ws[f"M{r}"] = row["sex"]
        ws[f"N{r}"] = row["religion"]
        for n, v in enumerate((h, i_, j, k, total)):
            sums[n] += v
        for col in "ABCDEFGHIJKLMN":
            c = ws[f"{col}{r}"]
            c.font = Font(name="Times New Roman", size=9)
            c.alignment = Alignment(horizontal="left" if col in "CDE" else "center", vertical="top",
                                    wrap_text=None if col in "FG" else True)
            c.border = BORDER
        ws.row_dimensions[r].height = f.pick([60.75, 60.75, 72.0, 85.5])
    results[sheet] = (len(rows), sums)
    t = last + 1
    ws[f"C{t}"] = "No. of Homes \n院舍數目"
    cf.formula(ws, f"D{t}", f"=COUNTA(D5:D{last})", len(rows))
    ws[f"E{t}"] = "Total No. of Places\n宿位小計"
    ws.merge_cells(f"E{t}:G{t}")
    for n, col in enumerate("HIJKL"):
        cf.formula(ws, f"{col}{t}", f"=SUM({col}5:{col}{last})", sums[n])
    for col in "CDEHIJKL":
        ws[f"{col}{t}"].font = Font(name="Times New Roman", size=9, bold=True)

ends = {s: layout[s][2] + 1 for s in (S1, S2, S3)}
q1, q2, q3 = (f"'{S1}'", f"'{S2}'", f"'{S3}'")
h56 = layout[S2][1][51]["places"][0]  # the source's grand total picks H56 of the second sheet, not its subtotal
for sheet in (S1, S2, S3):
    ws, rows, last = layout[sheet]
    g = last + 3
    ws[f"C{g}"] = "Grand Total\n院舍總數"
    cf.formula(ws, f"D{g}", f"={q1}!$D${ends[S1]}+{q2}!$D${ends[S2]}+{q3}!$D${ends[S3]}",
               results[S1][0] + results[S2][0] + results[S3][0])
    ws[f"F{g}"] = "Grand Total\n宿位總數"
    ws.merge_cells(f"F{g}:G{g}")
    cf.formula(ws, f"H{g}", f"={q2}!$H$56+{q2}!$H${ends[S2]}+{q3}!$H${ends[S3]}",
               h56 + results[S2][1][0] + results[S3][1][0])
    ws[f"H{g}"].number_format = "#,##0_ "
    for n, col in enumerate("IJKL", start=1):
        cf.formula(ws, f"{col}{g}", f"={q1}!${col}${ends[S1]}+{q2}!${col}${ends[S2]}+{q3}!${col}${ends[S3]}",
                   results[S1][1][n] + results[S2][1][n] + results[S3][1][n])
        ws[f"{col}{g}"].number_format = "#,##0_ "
    for offset, col_a, text_a, col_b, text_b in FOOTNOTES:
        r = last + offset
        if col_a:
            ws[f"{col_a}{r}"] = text_a
        if col_b:
            ws[f"{col_b}{r}"] = text_b
        for col in (col_a, col_b):
            if col:
                ws[f"{col}{r}"].font = Font(name="Times New Roman", size=9)
                ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    for offset, start, end in FOOT_MERGES:
        ws.merge_cells(f"{start}{last + offset}:{end}{last + offset}")
    widths = {"A": 6.140625, "B": 13.7109375, "C": 17.7109375, "D": 25.140625, "E": 28.0, "F": 9.28515625, "G": 10.0,
              "H": 6.140625, "I": 7.5703125, "J": 9.5703125, "K": 8.140625, "L": 11.28515625, "M": 7.28515625,
              "N": 8.42578125, "O": 9.140625}
    if sheet == S2:
        widths.update({"B": 13.140625, "C": 20.140625, "D": 34.28515625, "E": 31.42578125, "H": 6.5703125})
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for r, h in {1: 45.0, 2: 48.0, 3: 31.5, 4: 56.25}.items():
        ws.row_dimensions[r].height = h
    ws.freeze_panes = "E5"
    ws.print_title_rows = "1:4" if sheet == S2 else "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

cf.save(wb, "prospects-zh-hk-carehomes.xlsx")
