"""
Shape of Alfieeeeeee/Lucky777 "05-17-petFriendlyMap.xlsx" (at commit ee1ba1d36f12456478595215bfa2fdc98f500521): a
Taiwanese team's Google Places pull of pet-friendly venues for a map app, tidied in Excel for Mac (author 'Microsoft
Office User'), one sheet 工作表1: place_id / name / rating / user_ratings_total / postCode / formatted_address /
international_phone_number / location.lat / location.lng on row 1 (no styling), then 1,097 places across Taiwan:
Google place ids, venue names as the owners wrote them on Maps (homestays, cafés, restaurants, groomers, pet
shops; many with SEO tails in ｜ or # and notes in full-width brackets), rating as 4.8 or 5 (empty on new places,
then no count either), the postcode cut by a formula =LEFT(F2,3) with its cached result, the address with a
three- or five-digit postcode glued in front (a few written in simplified characters), the phone in Google's
spaced style ('03 867 1236', '0963 055 802', '02 2926 8820'), empty on some, latitude and longitude as numbers.
Columns A, B, F, G formatted as text ('@'); widths A 41.2, B 53.5, C 9.7, D 12.5, F 49.3.
Values invented: place ids, names, ratings, addresses, phones and coordinates; cut to 300 places.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("prospects-zh-tw-petfriendly")
wb = workbook()
wb.properties.creator = "Microsoft Office User"
wb.properties.lastModifiedBy = "Microsoft Office User"
ws = wb.active
ws.title = "工作表1"
cf = CachedFormulas()
HEAD = ["place_id", "name", "rating", "user_ratings_total", "postCode", "formatted_address",
        "international_phone_number", "location.lat", "location.lng"]
for c, h in enumerate(HEAD, start=1):
    ws.cell(1, c, h).number_format = "@" if c in (1, 2, 6, 7) else "General"

PLACES = [  # postcode, county/city + district, area code, lat, lng
    ("974", "花蓮縣壽豐鄉", "03", 23.91, 121.54), ("970", "花蓮縣花蓮市", "03", 23.99, 121.60), ("950", "台東縣台東市", "089", 22.76, 121.14),
    ("880", "澎湖縣馬公市", "06", 23.57, 119.57), ("741", "台南市善化區", "06", 23.13, 120.30), ("700", "台南市中西區", "06", 22.99, 120.20),
    ("640", "雲林縣斗六市", "05", 23.71, 120.54), ("600", "嘉義市西區", "05", 23.48, 120.44), ("408", "台中市南屯區", "04", 24.13, 120.61),
    ("403", "台中市西區", "04", 24.14, 120.66), ("330", "桃園市桃園區", "03", 24.99, 121.29), ("300", "新竹市東區", "03", 24.79, 121.01),
    ("302", "新竹縣竹北市", "03", 24.83, 121.00), ("234", "新北市永和區", "02", 25.00, 121.52), ("220", "新北市板橋區", "02", 25.01, 121.46),
    ("106", "台北市大安區", "02", 25.03, 121.54), ("104", "台北市中山區", "02", 25.06, 121.53), ("100", "台北市中正區", "02", 25.04, 121.52),
    ("545", "南投縣埔里鎮", "049", 23.97, 120.96), ("260", "宜蘭縣宜蘭市", "03", 24.75, 121.75), ("800", "高雄市新興區", "07", 22.63, 120.31),
]
WEIGHTS = [4, 4, 4, 3, 2, 2, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2]
ROADS = ["中山路", "中正路", "民生路", "光復路", "自由路", "成功路", "文化路", "和平路", "建國路", "復興路", "志學街", "民權路"]
WORDS = ["毛孩", "汪汪", "喵喵", "柯基", "柴柴", "米克斯", "浪浪", "肉球", "尾巴", "小窩", "森林", "山谷", "海風", "日光", "好日"]
KINDS = ["寵物友善民宿", "寵物友善咖啡廳", "寵物餐廳", "寵物美容", "寵物用品店", "早午餐", "鍋物", "義式餐廳", "寵物鮮食", "貓咖啡", "露營區", "甜點店"]
TAILS = ["", "", "", "", "（寵物友善）", "｜寵物友善｜親子友善", "#寵物友善餐廳#網美咖啡廳#下午茶推薦", "（週一公休，來電預約）",
         " - 在地推薦 人氣美食 寵物友善", "｜附設自助澡堂"]
used = set()


def place_id():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "ChIJ" + "".join(f.pick(alphabet) for _ in range(23))


for r in range(2, 302):
    post, area, code, lat, lng = f.r.choices(PLACES, WEIGHTS)[0]
    while True:
        name = f.pick(WORDS) + f.pick(["", "・", "的"]) + f.pick(KINDS) + f.pick(TAILS)
        if f.chance(0.12):
            name = f.pick(["Wonder", "Happy Paw", "Mr.", "Doggy", "Cat's"]) + " " + name
        if name not in used:
            used.add(name)
            break
    new = f.chance(0.02)
    rating = None if new else (f.pick([5, 4]) if f.chance(0.12) else round(f.r.uniform(3.6, 4.9), 1))
    count = None if new else f.r.randrange(3, 2800)
    addr_post = post + (str(f.r.randrange(10, 99)) if f.chance(0.08) else "")
    lane = f"{f.r.randrange(1, 400)}巷{f.r.randrange(1, 60)}弄" if f.chance(0.2) else ""
    address = f"{addr_post}{area}{f.pick(ROADS)}{lane}{f.r.randrange(1, 300)}{f.pick(['', '', '之1', '-2'])}號"
    if r in (40, 211):  # written in simplified characters, as a few are in the original
        address = "974花莲县寿丰乡中山路" + str(f.r.randrange(1, 300)) + "號"
        post, area, code, lat, lng = PLACES[0]
    if f.chance(0.04):
        phone = None
    elif f.chance(0.3):
        phone = f"0900 {f.r.randrange(100, 999)} {f.r.randrange(100, 999)}"
    elif len(code) == 2 and code == "02":
        phone = f"02 2{f.r.randrange(100, 999)} {f.r.randrange(1000, 9999)}"
    elif code == "089":
        phone = f"089 {f.r.randrange(100, 999)} {f.r.randrange(100, 999)}"
    elif code == "049":
        phone = f"049 2{f.r.randrange(10, 99)} {f.r.randrange(1000, 9999)}"
    elif code in ("04", "07"):
        phone = f"{code} {f.r.randrange(2000, 2999)} {f.r.randrange(1000, 9999)}"
    else:
        phone = f"{code} {f.r.randrange(200, 999)} {f.r.randrange(1000, 9999)}"
    row = [place_id(), name, rating, count, None, address, phone, round(lat + f.r.uniform(-0.03, 0.03), 7),
           round(lng + f.r.uniform(-0.03, 0.03), 7)]
    for c, v in enumerate(row, start=1):
        cell = ws.cell(r, c, v)
        if c in (1, 2, 6, 7):
            cell.number_format = "@"
    cf.formula(ws, f"E{r}", f"=LEFT(F{r},3)", address[:3])
for col, w in {"A": 41.1640625, "B": 53.5, "C": 9.6640625, "D": 12.5, "F": 49.33203125}.items():
    ws.column_dimensions[col].width = w
cf.save(wb, "prospects-zh-tw-petfriendly.xlsx")
