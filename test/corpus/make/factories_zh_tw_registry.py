"""
Shape of EricWu1016/113-1-R-final-project "111年4月臺南市工廠登記清冊.csv": the Tainan factory register as the
city publishes it (open data), the kind of list a B2B supplier loads as prospects: UTF-8 with BOM, CRLF,
登記編號 / 工廠名稱 / 工廠地址 / 縣市別代碼 / 地址-行政區域代碼 / 地址-村里 / 地址-街路門牌 / 符合之產業類別.
Rows are sorted by registration number (11…, 21…, 67…, 99…, then S67…); the county code is 67000 on
every row, the district code eight digits. Factory names are companies with a plant after them
(…有限公司永康廠, 第二廠, 總廠, ㄧ廠 with a bopomofo ㄧ), sole proprietorships (…企業社, …實業廠) and
a few shops; a handful of names are registered twice (two plants, two numbers, two addresses);
about one row in ten has a '?' where Big5 had no character, in the name or the address. Addresses
repeat the village and street columns, some list several numbers with 、, one is a land-parcel
address with a contact address in ﹝﹞, one village is empty. The industry is a two-digit category
with its name, several joined by commas on a quarter of the rows. The real file has 9,371 factories;
this one has 2,400. Districts and codes are real; names, villages, streets invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("factories-zh-tw-registry")

DISTRICTS = [("永康區", "67000310", 258), ("仁德區", "67000270", 130), ("安南區", "67000350", 130), ("南區", "67000330", 64),
             ("新市區", "67000200", 31), ("安定區", "67000210", 30), ("歸仁區", "67000280", 29), ("新營區", "67000010", 27),
             ("佳里區", "67000120", 22), ("官田區", "67000100", 21), ("關廟區", "67000290", 18), ("北區", "67000340", 17),
             ("麻豆區", "67000070", 17), ("善化區", "67000190", 16), ("西港區", "67000140", 15), ("柳營區", "67000040", 12),
             ("東區", "67000320", 12), ("新化區", "67000180", 11), ("學甲區", "67000130", 11), ("山上區", "67000220", 8),
             ("後壁區", "67000050", 8), ("鹽水區", "67000020", 8), ("中西區", "67000370", 7), ("七股區", "67000150", 5),
             ("下營區", "67000080", 5), ("將軍區", "67000160", 5), ("安平區", "67000360", 5), ("白河區", "67000030", 4),
             ("東山區", "67000060", 3), ("六甲區", "67000090", 2), ("大內區", "67000110", 1), ("玉井區", "67000230", 1)]
INDUSTRIES = [("25金屬製品製造業", 2591), ("29機械設備製造業", 1663), ("22塑膠製品製造業", 1415), ("30汽車及其零件製造業", 895),
              ("08食品製造業", 842), ("33其他製造業", 791), ("31其他運輸工具及其零件製造業", 783), ("28電力設備及配備製造業", 516),
              ("11紡織業", 353), ("24基本金屬製造業", 297), ("19其他化學製品製造業", 284), ("26電子零組件製造業", 244),
              ("23非金屬礦物製品製造業", 199), ("16印刷及資料儲存媒體複製業", 196), ("32家具製造業", 174),
              ("15紙漿、紙及紙製品製造業", 168), ("12成衣及服飾品製造業", 161), ("27電腦、電子產品及光學製品製造業", 158),
              ("18化學材料及肥料製造業", 147), ("21橡膠製品製造業", 101), ("14木竹製品製造業", 91),
              ("13皮革、毛皮及其製品製造業", 87), ("20藥品及醫用化學製品製造業", 73), ("09飲料製造業", 73)]
HEADS = list("永泰宏華興昇盛源豐鑫隆達德成信鴻富勝聯合順億群力東展嘉祥益佳峰輝瑞旺茂新亞全晟") + ["金", "大", "正", "台"]
COMPANY = ["股份有限公司"] * 4 + ["有限公司"] * 7 + ["企業有限公司"] * 3 + ["實業股份有限公司", "工業股份有限公司", "科技股份有限公司",
           "機械有限公司", "精密工業有限公司", "食品有限公司", "塑膠工業有限公司"]
SOLE = ["企業社", "實業社", "工業社", "實業廠", "鐵工廠", "工廠", "五金行", "食品行", "製麵廠", "模具行"]
SHOPS = ["烘焙屋", "麵店", "手工坊", "西點", "豆花店", "醬菜坊"]
VILLAGES = list("東西南北中新舊頂下大永安和興平仁義忠孝福德光明崙洲港寮埔")
STREETS = ["中正路", "中山路", "中華路", "工業路", "工業一路", "環工路", "民族路", "復興路", "自強路", "長興街", "大同路", "新興路",
           "光明街", "文化路", "建國路", "沙崙", "頂寮", "海埔", "港口", "竹圍"]
PLANT = ["{d}廠", "{d}廠", "{d}廠", "第二廠", "二廠", "總廠", "新廠", "ㄧ廠", "第ㄧ廠", "三廠", "台南廠", "{d}分廠"]


def pick_weighted(items):
    total = sum(w for _, w in items)
    x = f.r.randrange(total)
    for item, w in items:
        if x < w:
            return item
        x -= w
    return items[-1][0]


def industry():
    n = pick_weighted([(1, 77), (2, 17), (3, 4), (4, 1), (5, 1)])
    picked = []
    while len(picked) < n:
        i = pick_weighted(INDUSTRIES)
        if i not in picked:
            picked.append(i)
    return ",".join(picked)


def head():
    return "".join(f.pick(HEADS) for _ in range(f.pick([2, 2, 2, 3])))


def factory_name(district):
    kind = f.r.random()
    if kind < 0.55:
        name = head() + f.pick(COMPANY)
        if f.chance(0.55):
            name += f.pick(PLANT).format(d=district[:-1])
    elif kind < 0.97:
        name = head() + f.pick(SOLE)
    else:
        name = f.pick(["阿", "老", "林媽媽", "陳家"]) + head()[:1] + f.pick(SHOPS)
    return name


def street_address():
    village = f.pick(VILLAGES) + f.pick(VILLAGES) + "里"
    road = f.pick(STREETS)
    if road in ("沙崙", "頂寮", "海埔", "港口", "竹圍"):
        number = f"{f.r.randrange(1, 400)}" + f.pick(["號", "之{}號".format(f.r.randrange(1, 80)), "號之{}".format(f.r.randrange(1, 30))])
    else:
        section = f.pick(["", "", "", f"{f.r.randrange(1, 4)}段", f"{f.pick('一二三')}段"])
        lane = f.pick(["", "", f"{f.r.randrange(1, 500)}巷", f"{f.r.randrange(1, 300)}巷{f.r.randrange(1, 40)}弄"])
        n = f.r.randrange(1, 900)
        number = f.pick([f"{n}號"] * 8 + [f"{n}之{f.r.randrange(1, 12)}號", f"{n}號之{f.r.randrange(1, 9)}", f"{n}號1樓",
                                          f"{n}、{n + 2}號"])
        road += section + lane
    return village, road + number


COUNTS = [("11", 8), ("21", 2), ("67", 680), ("99", 1520), ("S67", 190)]
rows = []
used_names = set()
for prefix, n in COUNTS:
    numbers = sorted(f.r.sample(range(1000000 if prefix != "S67" else 100000), n))
    for k in numbers:
        number = f"{prefix}{k:06d}" if prefix != "S67" else f"S67{k:05d}"
        if prefix == "11":
            number = f"110{k % 100000:05d}"
        district, code = pick_weighted([((d, c), w) for d, c, w in DISTRICTS])
        name = factory_name(district)
        while name in used_names:
            name = factory_name(district)
        used_names.add(name)
        village, street = street_address()
        rows.append([number, name, f"臺南市{district}{village}{street}", "67000", code, village, street, industry()])
rows.sort(key=lambda r: (r[0][0] == "S", r[0]))

# a few names registered twice: a second plant with its own number and address
for i in (40, 300, 700, 1111, 1500, 1900, 2222):
    j = i + 37
    rows[j][1] = rows[i][1]
# about one row in ten has a '?' where Big5 had no character
for r in rows:
    if f.chance(0.1):
        col = 1 if f.chance(0.5) else 2
        text = r[col]
        k = f.r.randrange(6, len(text) - 1) if col == 2 else f.r.randrange(0, 3)
        r[col] = text[:k] + "?" + text[k + 1:]
        if col == 2:
            r[6] = r[2].split(r[5], 1)[-1] if r[5] and r[5] in r[2] else r[6]
# a land-parcel address with the contact address after it, and a row without village
parcel = rows[1234]
parcel[6] = f"五軍營段{f.r.randrange(100, 600)}、{f.r.randrange(100, 600)}之1地號﹝連絡地址：臺南市柳營區東昇里十美街{f.r.randrange(1, 300)}巷2號﹞"
parcel[2] = "臺南市柳營區" + parcel[6]
parcel[4], parcel[5] = "67000040", ""
novillage = rows[640]
novillage[2] = novillage[2].replace(novillage[5], "", 1)
novillage[5] = ""

text = io.StringIO()
w = csv.writer(text, lineterminator="\r\n")
w.writerow(["登記編號", "工廠名稱", "工廠地址", "縣市別代碼", "地址-行政區域代碼", "地址-村里", "地址-街路門牌", "符合之產業類別"])
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "factories-zh-tw-registry.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write(text.getvalue())

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        from collections import Counter
        print(len(rows))
        for r in rows[:3] + rows[1234:1235] + rows[640:641] + rows[-2:]:
            print(r)
        print([r[:3] for r in rows if Counter(x[1] for x in rows)[r[1]] > 1][:6])
        print(sum(1 for r in rows if "?" in r[1] + r[2]), [r[1:3] for r in rows if "?" in r[1] + r[2]][:4])
