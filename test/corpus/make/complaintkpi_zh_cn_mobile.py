"""
Shape of irelia123/data_all "投诉在途工单/自定义数据.xlsx" (at commit 55355f0b): the hand-kept
"custom data" workbook behind a mobile operator's daily report on complaint tickets in progress,
written back by openpyxl. Not client data. Five sheets:
- 地市日报自定义数据: one row per city without the city's name (the report supplies it) — tickets
  in progress yesterday, repeat-complaint rate, hours to close, first-response and on-time rates
  (percent formats), an empty 分母 and 归档总量, archived per day; a total row whose last cell is
  =SUM(...).
- 区县表自定义数据: city, county branch, in progress, archived (empty), archived per day.
- 中间数据: lookup lists side by side for the maintenance contractors — cities with their areas and
  contractor, every county with its contractor, the contractors' company names (中国铁通集团有限公司…,
  广东…科技股份有限公司), every maintenance team (地市铁通_某某驻点) with its city and short name.
- 网格表自定义数据: an empty date column, city, county, grid, in progress, archived (empty), per
  day; the last rows are left-over formulas cached as #REF! with 0 in progress.
- 不详归属地市: ticket numbers (GX-063-yymmdd-n-nnnnn) with the city made responsible for them.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("complaintkpi-zh-cn-mobile")

CITIES = ["南宁", "柳州", "桂林", "玉林", "百色", "河池", "钦州", "贵港", "梧州", "北海", "来宾", "贺州", "崇左", "防城港"]
COUNTIES = {"南宁": ["隆安", "上林", "武鸣", "宾阳", "横县", "马山", "青秀区", "西乡塘区"], "柳州": ["融安", "融水", "三江", "柳城", "柳江", "鹿寨"],
            "桂林": ["全州", "灌阳", "兴安", "资源", "龙胜", "灵川", "临桂", "阳朔", "平乐"], "玉林": ["北流", "容县", "陆川", "博白", "兴业"],
            "百色": ["德保", "靖西", "乐业", "凌云", "隆林", "平果", "那坡", "右江区"], "河池": ["宜州", "南丹", "天峨", "东兰", "巴马", "都安"],
            "钦州": ["灵山", "浦北", "钦南区"], "贵港": ["桂平", "平南", "港北区"], "梧州": ["岑溪", "藤县", "蒙山", "苍梧"],
            "北海": ["合浦", "海城区"], "来宾": ["象州", "武宣", "金秀", "忻城"], "贺州": ["钟山", "昭平", "富川"], "崇左": ["扶绥", "宁明", "龙州", "凭祥", "大新"],
            "防城港": ["东兴", "上思", "港口区"]}
CONTRACTORS = [("铁通", "中国铁通集团有限公司广西分公司"), ("润建", "润建通信股份有限公司"), ("怡创", "广东怡创科技股份有限公司"),
               ("宜通", "广东宜通世纪科技股份有限公司"), ("超讯", "超讯通信股份有限公司"), ("中移建设", "中移建设有限公司广西分公司")]
GRID_WORDS = ["城北", "城东", "城西", "龙川", "龙景", "江南", "新区", "工业园", "东站", "镇区", "农村一", "农村二"]

wb = workbook()
ws = wb.active
ws.title = "地市日报自定义数据"
ws.append(["昨日在途", "狭义重复投诉率≤5%", "全流程处理时长\n≤16", "30分钟投诉首响及时率≥95%", "全流程处理及时率≥93%", "分母", "归档总量", "日均归档量"])
for i, city in enumerate(CITIES):
    ws.append([f.r.randrange(100, 950), f.r.uniform(0.07, 0.13), f.r.uniform(10, 24), f.r.uniform(0.78, 0.95), f.r.uniform(0.8, 0.97),
               None, None, round(f.r.uniform(160, 1150), 6)])
ws.append([sum(ws.cell(r, 1).value for r in range(2, 16)), 0.103223465062927, 17.4412830134061, 0.85786867822796, 0.886783404404236,
           None, None, "=SUM(H2:H15)"])
for r in range(2, 17):
    ws.cell(r, 2).number_format = ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = "0.00%"
    ws.cell(r, 3).number_format = "0.00_ "
    ws.cell(r, 8).number_format = "0.0_ "
for col, width in {"E": 17.875, "F": 8.75, "H": 9.25}.items():
    ws.column_dimensions[col].width = width

ws = wb.create_sheet("区县表自定义数据")
ws.append(["地市", "区县分公司", "昨日在途", "归档总量", "日均归档量"])
for city in CITIES:
    for county in COUNTIES[city]:
        ws.append([city, county, f.r.randrange(3, 120), None, round(f.r.uniform(3, 60), 6)])
for r in range(2, ws.max_row + 1):
    ws.cell(r, 5).number_format = "0.0_ "
for cell in ws[1]:
    cell.font = Font(bold=True)

ws = wb.create_sheet("中间数据")
ws.append(["地市", "维护区域", "代维", "地市代维", "地市一", "维护区域一", "维护区域二", "代维一", "代维公司", "简称", "代维班组", "地市代维一",
           "地市二", "简称一", "是否存在", "地市三", "代维二"])
left = []
for city in CITIES[:9]:
    short = f.pick(CONTRACTORS[1:5])[0]
    left.append([city, "、".join(COUNTIES[city][:6]), short, city + short])
    left.append([city, "其它", "铁通", city + "铁通"])
counties = [(city, county, f.pick(CONTRACTORS[:4])[0]) for city in CITIES for county in COUNTIES[city]]
teams = []
for city in CITIES:
    for county in COUNTIES[city]:
        for suffix in (["驻点"] if f.chance(0.6) else ["驻点", "县驻点(家宽)"]):
            short = "铁通" if f.chance(0.8) else f.pick(["怡创", "宜通", "润建"])
            teams.append((f"{city}{short}_{county}{suffix}", city + short, city, short))
n = max(len(left), len(counties), len(teams))
for i in range(n):
    row = [None] * 17
    if i < len(left):
        row[0:4] = left[i]
    if i < len(counties):
        city, county, short = counties[i]
        row[4:8] = [city, county if len(county) > 2 else None, county + ("县" if not county.endswith("区") else ""), short]
    if i < len(CONTRACTORS) * 2:
        short, company = CONTRACTORS[i % len(CONTRACTORS)]
        row[8:10] = [company if i < len(CONTRACTORS) else None, short]
    if i < len(teams):
        team, city_short, city, short = teams[i]
        row[10:15] = [team, city_short, city, short, city_short]
    if i < 10:
        row[15:17] = [CITIES[(i * 3) % len(CITIES)], "铁通"]
    ws.append(row)
ws.column_dimensions["A"].width = 11.125
for cell in ws[1]:
    cell.font = Font(bold=True)

ws = wb.create_sheet("网格表自定义数据")
ws.append(["日期", "地市", "区县分公司", "所属网格", "昨日在途", "归档总量", "日均归档量"])
for city in CITIES:
    for county in COUNTIES[city][:4]:
        for word in f.r.sample(GRID_WORDS, f.r.randrange(2, 5)):
            ws.append([None, city, county, f"{city}{county}{word}网格", f.r.randrange(0, 40), None, round(f.r.uniform(0, 30), 6)])
for _ in range(5):
    ws.append([None, None, None, None, 0, None, "#REF!"])
for col, width in {"A": 5.5, "B": 10.25, "D": 17.83, "E": 8.25, "F": 10.69}.items():
    ws.column_dimensions[col].width = width
for cell in ws[1]:
    cell.font = Font(bold=True)

ws = wb.create_sheet("不详归属地市")
ws.append(["工单流水号", "责任地市"])
for _ in range(33):
    day = f.date(datetime.date(2020, 7, 20), datetime.date(2021, 4, 26))
    ws.append([f"GX-063-{day:%y%m%d}-{f.pick([4, 5])}-{f.r.randrange(100, 90000):05d}", f.pick(CITIES)])
ws.column_dimensions["A"].width = 24.25
save(wb, "complaintkpi-zh-cn-mobile.xlsx")
