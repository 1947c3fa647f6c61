"""
Shape of JamesTsao15/Reptile_client_data 客戶資料.xls: a Taiwanese B2B prospect list scraped
from a job site into an Excel 97-2003 workbook (繁體) — 工作表一 with 公司名稱 (sometimes
"name|brands"), 公司類別 (with a trailing space), 公司說明, 員工數量 ("55人"), 資本額 ("6500萬元",
"1億元"), 公司電話 (landlines, or "暫不公開（請利用yes123投遞履歷）"), 公司地址, 公司網站, the
placeholder 無資料 everywhere, and a few empty rows. Written as .xls by LibreOffice. Company names,
numbers and addresses invented (web sites under example.com.tw).
"""
from fake import Fake, workbook, save

f = Fake("companies-zh-tw-prospects")
CATS = ["空調／水機電工程 "] * 5 + ["建築工程 "] * 2 + ["管道／管線工程相關 ", "其他營造 ", "土木工程 ", "其他電子零組件相關 ",
        "消費性電子產品製造 ", "裝潢／裝修 "]
HEADS = ["俊華", "育智", "科音", "典芯", "崧騰", "宜萊", "雷神", "安卓", "宏致", "大揚", "帝寶", "順興", "永慶", "東立", "華盛", "金鼎"]
TAILS = ["電子企業股份有限公司", "工程有限公司", "國際有限公司", "實業股份有限公司", "科技有限公司", "營造有限公司", "機電工程行"]
CITIES = [("台北市", ["信義區", "內湖區"]), ("新北市", ["鶯歌區", "新店區"]), ("桃園市", ["龜山區", "中壢區"]),
          ("台中市", ["霧峰區", "西屯區"]), ("高雄市", ["前鎮區", "小港區"]), ("屏東縣", ["萬丹鄉"]), ("新竹縣", ["新豐鄉"])]
AREA = {"台北市": "02", "新北市": "02", "桃園市": "03", "新竹縣": "03", "台中市": "04", "高雄市": "07", "屏東縣": "08"}
ROADS = ["中正路", "崇德街", "科技一路", "經國路", "育德路", "擴建路", "建興路", "萬壽路"]
wb = workbook()
ws = wb.active
ws.title = "工作表一"
ws.append(["公司名稱", "公司類別", "公司說明", "員工數量", "資本額", "公司電話", "公司地址", "公司網站"])
used = set()
for i in range(83):
    if i in (17, 40, 41, 66):
        ws.append([None])
        continue
    while True:
        name = f.pick(HEADS) + f.pick(TAILS)
        if name not in used:
            used.add(name)
            break
    if f.chance(0.08):
        name += "|" + f.pick(["ENFORCER", "TOKYO KEIKI、SAM", "鋰電超市"])
    city, districts = f.pick(CITIES)
    cat = f.pick(CATS)
    about = f.pick(["無資料"] * 6 + [cat.strip(), "水電工程", "安防器材：家用/商用/車用", "被動電子元件製造"])
    staff = f.pick(["無資料"] * 7 + ["20人", "10人", "30人", "5人", "55人", "120人"])
    capital = f.pick(["無資料"] * 8 + ["1000萬元", "1億元", "500萬元", "6500萬元", "1500萬元", "3000萬元"])
    phone = "暫不公開（請利用yes123投遞履歷）" if f.chance(0.15) else f"{AREA[city]}-2000{f.r.randrange(1000):03d}"
    address = "無資料" if f.chance(0.12) else f"{city}{f.pick(districts)}{f.pick(ROADS)}{f.r.randrange(1, 300)}號"
    site = "無資料" if f.chance(0.75) else f"http://www.company{i:03d}.example.com.tw"
    ws.append([name, cat, about, staff, capital, phone, address, site])
save(wb, "companies-zh-tw-prospects.xls", libreoffice="xls")
