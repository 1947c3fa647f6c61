"""
Shape of the scratch workbook behind a Taiwanese web course's team project, a Taichung food map (restaurant
cards by cuisine with Google Maps pins), as alpha1122/ispan-PHPD03-project-small keeps it
("新增 Microsoft Excel 工作表.xlsx", commit f49d6718be4e035984d03987ba56a580f6209ec2).

- Fifteen sheets: latlng, 總表, then one per card group ('日式料理(5)', '韓式料理(5)', '法式料理(5)',
  '泰式料理(5)', '燒肉(5)', '西點(5)', '冰品(5)', '零食(5)', '飲品(5)', '火鍋(5)', '平價美食(5)', '精緻高級(5)');
  all but 日式料理 and 火鍋 empty.
- latlng: a small table at B5 (店名 / p / 'lat ' / lng) with one pin p1 and no shop name, a stray longitude in
  G8, and ten JavaScript lines 'var pN = { lat: …, lng: … };' in L9:L18 (indented with no-break spaces).
- 總表: card-group-0 … card-group-12 in A4:A16 with the group names beside them from A5.
- 日式料理(5): the title in A3, then eight numbered restaurant names ('1.…', a branch name after a space) in
  A5:A12 with 'lat,lng' text in D (one with a trailing space) and a JS line in E5.
- 火鍋(5): the source listing's URL in A2, thirteen numbered hot-pot restaurants from A4, the first with an
  address in B, 'lat,lng' in E and a JS line in F; the rest names only.
Values invented: restaurant names, addresses, coordinates, URL.
Restaurants for a food map: no client of anyone; a person imports nothing.
"""
from fake import Fake, workbook, save

f = Fake("places-zh-tw-foodmap")
NB = "\xa0 \xa0 \xa0 \xa0 "


def ll():
    return round(24.10 + f.r.random() * 0.1, 7), round(120.60 + f.r.random() * 0.13, 7)


wb = workbook()
ws = wb.active
ws.title = "latlng"
groups = ["日式料理(5)", "韓式料理(5)", "泰式料理(5)", "法式料理(5)", "精緻高級(5)", "平價美食(5)", "燒肉(5)",
          "西點(5)", "冰品(5)", "零食(5)", "飲品(5)", "火鍋(5)"]
sheets = {}
total = wb.create_sheet("總表")
for name in ["日式料理(5)", "韓式料理(5)", "法式料理(5)", "泰式料理(5)", "燒肉(5)", "西點(5)", "冰品(5)", "零食(5)",
             "飲品(5)", "火鍋(5)", "平價美食(5)", "精緻高級(5)"]:
    sheets[name] = wb.create_sheet(name)

lat1, lng1 = ll()
for c, h in zip("BCDE", ["店名", "p", "lat ", "lng"]):
    ws[f"{c}5"] = h
ws["C6"], ws["D6"], ws["E6"] = "p1", lat1, lng1
ws["G8"] = lng1
same = ll()
for i in range(1, 11):
    lat, lng = (lat1, lng1) if i == 1 else (ll() if i <= 3 else same)
    ws[f"L{8 + i}"] = ("" if i == 1 else NB) + f"var p{i} = {{ lat: {lat}, lng: {lng} }};"

total["A4"] = "card-group-0"
for i, g in enumerate(groups, start=1):
    total[f"A{4 + i}"] = f"card-group-{i}"
    total[f"B{4 + i}"] = g

JP = ["串燒", "丼食堂", "水產", "壽司", "手作壽司", "拉麵屋", "湯屋", "割烹"]
HOT = ["麻辣鍋", "鍋物放題", "石頭火鍋", "鍋煮", "什鍋", "韓國年糕火鍋吃到飽", "涮涮鍋", "薑母鴨", "羊肉爐", "臭臭鍋",
       "酸菜白肉鍋", "海鮮鍋", "壽喜燒"]
BR = ["逢甲店", "公益店", "北屯店", "崇德店", "中友店", "西區店", ""]
word = lambda: "".join(f.r.sample(list("青松月森禾澄光小鹿湯匠樂雅嵐晴"), 2))

jp = sheets["日式料理(5)"]
jp["A3"] = "日式料理(5)"
for i in range(8):
    name = f"{i + 1}.{'' if i != 3 else ' '}{word()}{JP[i]}" + (f" {f.pick(BR)}" if f.chance(0.5) else "")
    jp[f"A{5 + i}"] = name.rstrip()
    lat, lng = (lat1, lng1) if i == 0 else ll()
    jp[f"D{5 + i}"] = f"{lat}, {lng} " if i == 0 else f"{lat},{lng}"
jp["E5"] = f"var p1 = {{ lat: {lat1}, lng: {lng1} }};"

hp = sheets["火鍋(5)"]
hp["A2"] = "https://food.example.com/explore/taichung/list/hotpot?sortby=popular"
for i in range(13):
    hp[f"A{4 + i}"] = (f"{i + 1}.{word()}{HOT[i]}" + (f" {f.pick(BR)}" if f.chance(0.5) else "")).rstrip()
lat, lng = ll()
hp["B4"] = f"台中市西屯區{f.pick(['臺灣大道三段', '文心路二段', '河南路三段'])}{f.r.randrange(10, 400)}號 {f.r.randrange(2, 15)}樓"
hp["E4"] = f"{lat},{lng}"
hp["F4"] = f"var p1 = {{ lat: {lat1}, lng: {lng1} }};"
save(wb, "places-zh-tw-foodmap.xlsx")
