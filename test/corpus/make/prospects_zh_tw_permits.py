"""
Shape of nickleo051216/jetenv-sales-system "data/water_permits.xlsx" (at commit ebb3af4): a Taiwanese
environmental consultancy's prospect pool, written by its own scraper (openpyxl) from the water-pollution
permit register: one sheet per district it canvasses (三重區 … 永和區, New Taipei and Taoyuan) and a 總表
that repeats every row of them. The first five district sheets have seven columns 縣市 / 地區 / 管制編號 /
事業名稱 / 行業別 / 許可證效期 / 代填表公司 under a bold grey header; 五股區 has the later eight-column header
(目前運作狀態 inserted before 許可證效期) over rows still written the old way, so its 目前運作狀態 column holds
the permit's expiry date and its 許可證效期 column the consultant; the six later sheets have the eight
columns filled in order (status 營運中 / 永久停工 / 新設尚未運作 / 全廠暫時停工) under a plain header. 總表 has
the eight-column header plus 來源 (the district) and copies every row as its sheet has it, shifted rows
included. Expiry dates are ROC text ("118年01月04日"), or 無H.pdf / 無法解析 where the scraper failed; the
filing consultant (a rival) is empty, 空白, or a scraped fragment of the form's text on a few rows. The
control number (管制編號, county letter + district digits + five characters) is unique; a few facility names
repeat under another number (two hospitals of one name, a company's second plant). Most prospects are
housing estates' sewage systems, then platers, PCB makers, dyers, hospitals, petrol stations.
Values invented.
"""
from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("prospects-zh-tw-permits")

# district, county, control-number prefix, rows, layout (7: old, 8w: new header over old rows, 8: new)
DISTRICTS = [("三重區", "新北市", "F02", 110, "7"), ("新莊區", "新北市", "F06", 220, "7"), ("三峽區", "新北市", "F09", 85, "7"),
             ("板橋區", "新北市", "F01", 103, "7"), ("鶯歌區", "新北市", "F08", 127, "7"), ("五股區", "新北市", "F15", 86, "8w"),
             ("土城區", "新北市", "F13", 155, "8"), ("中和區", "新北市", "F04", 155, "8"), ("龜山區", "桃園市", "H48", 268, "8"),
             ("蘆竹區", "桃園市", "H46", 393, "8"), ("樹林區", "新北市", "F07", 241, "8"), ("永和區", "新北市", "F03", 34, "8")]

INDUSTRIES = [("社區專用污水下水道系統", 300), ("金屬表面處理業", 110), ("電鍍業", 100), ("印刷電路板製造業", 95), ("印染整理業", 48),
              ("化工業", 38), ("食品製造業", 33), ("醫院、醫事機構", 24), ("洗車場", 23), ("其他工業", 22), ("陶窯業", 20),
              ("金屬基本工業", 18), ("畜牧業", 16), ("水泥業", 14), ("藥品製造業", 9), ("其他中央主管機關指定之事業", 8),
              ("餐飲業、觀光旅館(飯店)", 8), ("晶圓製造及半導體製造業", 7), ("洗衣業", 7), ("其他指定地區或場所專用污水下水道系統", 6),
              ("「廢棄物焚化廠」或其他廢棄物處理廠(場)", 6), ("土石方堆（棄）置場", 6), ("紡織業", 5), ("土石加工業", 4),
              ("照相沖洗業及製版業", 4), ("光電材料及元件製造業", 4), ("遊樂園(區)", 3), ("玻璃業", 3), ("修車廠", 3), ("屠宰業", 3),
              ("造紙業", 2), ("橡膠製品製造業", 2), ("醱酵業", 2), ("廢棄物掩埋場", 1), ("實驗、檢(化)驗、研究室", 1), ("發電廠", 1)]
INDUSTRY_POOL = [name for name, weight in INDUSTRIES for _ in range(weight)]

STEMS = list("泰豐永慶宏昇晨曦菁華雅築金協利凌宇華達喜可介明唯新華泰同院銘遠東寶群璟鋒茂森味台強生三友五福中砂大湖上群泰源翔理研"
             "德和正隆桂冠俊行椿本旭怡嘉利南洋新原廣達北基冠耕莘復康興珍弘錩祥顥孩王石繶浤鎰正大鑫豐捷宇莅欣勁安杉林宏德儀立")
PLACE_WORDS = ["幸福", "翠堤", "青山", "大湖", "觀邸", "世紀", "麗池", "雙橡", "學府", "碧瑤", "富貴", "綠野", "帝寶", "水岸", "國家"]
CONSULTANT_KIND = ["環保科技有限公司", "環境工程顧問有限公司", "環保工程有限公司", "環境科技有限公司", "環保顧問股份有限公司",
                   "工程股份有限公司", "環境股份有限公司"]
SURNAMES = list("黃莊陳林張李王吳劉蔡楊許鄭謝郭洪曾邱廖")
GIVEN = list("尊謙錦烽志明家豪俊傑建宏冠宇宗翰承恩柏翰士豪文雄")


def stem(n=2):
    return "".join(f.pick(STEMS) for _ in range(n))


def facility(industry):
    if industry == "社區專用污水下水道系統" or industry.startswith("其他指定地區"):
        return f.pick([f"{f.pick(PLACE_WORDS)}{stem()}社區管理委員會", f"{stem()}公寓大廈", f"{f.pick(PLACE_WORDS)}{stem(1)}大廈管理委員會",
                       f"{stem()}{f.pick(['山莊', '華廈', '花園社區', '新城'])}"])
    if industry == "醫院、醫事機構":
        return f"{stem()}{f.pick(['醫院', '醫院', '綜合醫院', '診所'])}"
    if industry == "洗車場":
        return f.pick([f"{stem()}加油站實業有限公司", f"北基國際(股)公司{stem()}加油站", f"台灣中油股份有限公司-{stem()}加油站"])
    if industry == "畜牧業":
        return f"{stem()}畜牧場"
    form = f.pick(["股份有限公司", "股份有限公司", "有限公司", "企業股份有限公司", "實業股份有限公司", "工業股份有限公司", "工業社"])
    name = f"{stem()}{f.pick(['', '', '精密', '化學', '電子', '科技', '金屬', '紡織', '食品'])}{form}"
    if form != "工業社" and f.chance(0.15):
        name += f"{f.pick(['第二', '桃園', '樹林', '龜山', '新莊'])}廠"
    return name


CONSULTANTS = []
while len(CONSULTANTS) < 45:
    c = (f"{f.pick(SURNAMES)}{f.pick(GIVEN)}{f.pick(GIVEN)}環境工程技師事務所" if f.chance(0.12)
         else f"{stem()}{f.pick(CONSULTANT_KIND)}")
    if c not in CONSULTANTS:
        CONSULTANTS.append(c)
SCRAPS = ["及地址或座落位置ˇ二、負責人姓名、身分證明文件字號、住址及聯絡電話", "及地址或座落位置"]


def expiry():
    if f.chance(0.035):
        return "無H.pdf"
    if f.chance(0.012):
        return "無法解析"
    year = f.pick([107, 108, 109, 110, 110, 111, 111, 112, 112, 113, 113, 114, 115, 115, 115, 116, 116, 116, 117, 117, 117,
                   118, 118, 118, 119, 119, 119, 120])
    return f"{year}年{f.r.randrange(1, 13):02d}月{f.r.randrange(1, 29):02d}日"


def control_numbers(prefix, n):
    out = set()
    while len(out) < n:
        if f.chance(0.35):
            out.add(f"{prefix}{f.r.randrange(100, 2000):05d}")
        else:
            out.add(f"{prefix}{f.pick('ABCD')}{f.r.randrange(0, 10000):04d}")
    return sorted(out)


used_names = set()
sheets = []
for district, county, prefix, n, layout in DISTRICTS:
    rows = []
    for cn in control_numbers(prefix, n):
        industry = f.pick(INDUSTRY_POOL)
        for _ in range(50):
            name = facility(industry)
            if name not in used_names:
                break
        used_names.add(name)
        r = f.r.random()
        if layout == "8":
            consultant = None if r < 0.05 else "空白" if r < 0.12 else f.pick(CONSULTANTS)
            status = f.pick(["營運中"] * 40 + ["永久停工"] * 6 + ["新設尚未運作"])
            if prefix == "H46" and f.chance(0.12):
                status = "永久停工"
            rows.append([county, district, cn, name, industry, status, expiry(), consultant])
        else:
            consultant = None if r < 0.06 else f.pick(SCRAPS) if r < 0.085 else f.pick(CONSULTANTS)
            rows.append([county, district, cn, name, industry, expiry(), consultant])
    sheets.append((district, layout, rows))

# facility names that repeat under another control number (a second site, or another hospital of the name)
by_name = {s[0]: s for s in sheets}
for (src, i), (dst, j) in [(("三重區", 17), ("三重區", 64)), (("三重區", 40), ("三重區", 90)), (("新莊區", 150), ("中和區", 66)),
                            (("中和區", 20), ("中和區", 140)), (("中和區", 101), ("樹林區", 12)), (("龜山區", 200), ("樹林區", 30)),
                            (("蘆竹區", 60), ("蘆竹區", 250)), (("蘆竹區", 180), ("蘆竹區", 185))]:
    by_name[dst][2][j][3:5] = by_name[src][2][i][3:5]
by_name["蘆竹區"][2][185][5] = "永久停工"
by_name["蘆竹區"][2][300][5] = "全廠暫時停工"

wb = workbook()
wb.remove(wb.active)
BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="FFE0E0E0")
OLD = ["縣市", "地區", "管制編號", "事業名稱", "行業別", "許可證效期", "代填表公司"]
NEW = ["縣市", "地區", "管制編號", "事業名稱", "行業別", "目前運作狀態", "許可證效期", "代填表公司"]
WIDTHS = {"A": 10, "C": 15, "D": 30, "E": 20, "F": 12, "G": 18, "H": 30}


def styled_header(ws, header, styled):
    ws.append(header)
    if styled:
        for cell in ws[1]:
            cell.font = BOLD
            cell.fill = GREY
    for col, width in WIDTHS.items():
        ws.column_dimensions[col].width = width


for district, layout, rows in sheets:
    ws = wb.create_sheet(district)
    styled_header(ws, OLD if layout == "7" else NEW, layout != "8")
    for r in rows:
        ws.append(r)
    if layout == "7":
        ws.column_dimensions["F"].width = 12 if district == "三重區" else 18
        ws.column_dimensions["G"].width = 18 if district == "三重區" else 30

ws = wb.create_sheet("總表")
styled_header(ws, NEW + ["來源"], True)
ws.column_dimensions["I"].width = 12
for district, layout, rows in sheets:
    for r in rows:
        ws.append(r + [None] * (8 - len(r)) + [district])

save(wb, "prospects-zh-tw-permits.xlsx")
