"""
Shape of merace1984/xuantian-pilgrimage "全台玄天上帝廟宇名錄.csv": a directory of the temples of one deity across
Taiwan, compiled from the public religion registry and the map sites into a UTF-8 CSV (LF, no BOM) with
廟名 / 地址 / 縣市 / 鄉鎮市區 / 登記名稱 / 主祀神尊稱 / 宗教別 / 建立年份 / 緯度 / 經度 / 廟宇代碼 / 資料來源網址.
Rows run county by county. In each county the registry's temples come first (registered name, 道,
a founding year on about half, a code like 0802025-SFG and its page on trfc.tw or on a bare IP
address), then temples added by hand (registered name, code and page empty, 道教 / 佛教, coordinates
with eight decimals). The 澎湖縣 block has map codes (TWN012731) and no page, 主祀 written
上帝公、帝爺公、帝公, no religion. The temple name often carries the village before the registered name
(番仔溝玄武宮 / 玄武宮), foundations are named 財團法人…; many temples share a name (北極殿, 玄天宮, 上帝廟)
in different towns; one temple appears twice (same name and address, another code and point); a
few addresses lack the county, use Chinese numerals, the old county name (桃園縣中壢市 under
桃園市 / 中壢區), a postcode in front (814高雄市…), "(暫厝)" or "號旁"; one is no address at all.
Counties and townships are real; temple names, villages, streets, codes, coordinates invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("temples-zh-tw-directory")

# county, site slug, code prefix, towns (name, slug), registry rows, hand-added rows
COUNTIES = [
    ("南投縣", "NantouCounty", "08", [("埔里鎮", "puli"), ("南投市", "nantou"), ("草屯鎮", "tazutuen"), ("竹山鎮", "jushan"),
                                     ("中寮鄉", "jungliau"), ("魚池鄉", "yuchr"), ("名間鄉", "minjian"), ("集集鎮", "jiji")], 46, 8),
    ("嘉義市", "ChiayiCity", "20", [("東區", "east"), ("西區", "west")], 14, 0),
    ("嘉義縣", "ChiayiCounty", "10", [("民雄鄉", "minshiung"), ("水上鄉", "shueishang"), ("朴子市", "putz"), ("新港鄉", "shingang"),
                                      ("竹崎鄉", "juchi"), ("中埔鄉", "jungpu"), ("六腳鄉", "lioujiau"), ("大林鎮", "dalin"),
                                      ("太保市", "taibau")], 62, 6),
    ("宜蘭縣", "YilanCounty", "02", [("宜蘭市", "yilan"), ("羅東鎮", "luodong"), ("礁溪鄉", "jiaushi"), ("五結鄉", "wujie")], 18, 3),
    ("屏東縣", "PingtungCounty", "13", [("屏東市", "pingtung"), ("東港鎮", "donggang"), ("潮州鎮", "chaujou"), ("萬丹鄉", "wandan"),
                                        ("林邊鄉", "linbian")], 40, 5),
    ("彰化縣", "ChanghuaCounty", "07", [("彰化市", "changhua"), ("鹿港鎮", "lugang"), ("員林市", "yuanlin"), ("和美鎮", "hemei"),
                                        ("北斗鎮", "beidou"), ("芳苑鄉", "fangyuan")], 58, 7),
    ("新北市", "NewTaipeiCity", "01", [("五股區", "wugu"), ("樹林區", "shulin"), ("石碇區", "shrding"), ("萬里區", "wanli"),
                                       ("金山區", "jinshan"), ("永和區", "yunghe"), ("鶯歌區", "yingge"), ("淡水區", "danshui")], 30, 10),
    ("新竹市", "HsinchuCity", "18", [("東區", "east"), ("北區", "northern")], 2, 1),
    ("新竹縣", "HsinchuCounty", "04", [("竹北市", "jubei"), ("寶山鄉", "baoshan"), ("新豐鄉", "shinfeng")], 1, 2),
    ("桃園市", "TaoyuanCity", "03", [("中壢區", "zhongli"), ("大溪區", "dasi"), ("龜山區", "gueishan"), ("八德區", "bade"),
                                     ("新屋區", "shinwu"), ("平鎮區", "pingjen")], 6, 3),
    ("澎湖縣", None, "16", [("馬公市", ""), ("湖西鄉", ""), ("西嶼鄉", "")], 16, 0),
    ("臺中市", "TaichungCity", "06", [("豐原區", "fengyuan"), ("沙鹿區", "shalu"), ("太平區", "taiping"), ("霧峰區", "wufeng"),
                                      ("大里區", "dali"), ("梧棲區", "wuchi"), ("大肚區", "dadu")], 24, 4),
    ("臺北市", "TaipeiCity", "63", [("北投區", "beitou"), ("大同區", "datong"), ("萬華區", "wanhua"), ("中山區", "jhongshan")], 4, 1),
    ("臺南市", "TainanCity", "11", [("中西區", "westcentral"), ("白河區", "baihe"), ("佳里區", "jiali"), ("永康區", "yungkang"),
                                    ("麻豆區", "madou"), ("玉井區", "yujing"), ("仁德區", "rende"), ("南區", "south"),
                                    ("關廟區", "guanmiau"), ("歸仁區", "guiren"), ("西港區", "shigang")], 110, 9),
    ("臺東縣", "TaitungCounty", "14", [("臺東市", "taitung"), ("成功鎮", "chenggong"), ("池上鄉", "chrshang")], 8, 2),
    ("花蓮縣", "HualienCounty", "15", [("花蓮市", "hualien"), ("吉安鄉", "jian"), ("玉里鎮", "yuli")], 10, 2),
    ("苗栗縣", "MiaoliCounty", "05", [("苗栗市", "miaoli"), ("竹南鎮", "junan"), ("後龍鎮", "houlung")], 9, 2),
    ("雲林縣", "YunlinCounty", "09", [("斗六市", "douliou"), ("西螺鎮", "shiluo"), ("林內鄉", "linnei"), ("水林鄉", "shueilin"),
                                      ("大埤鄉", "dapi"), ("四湖鄉", "szhu"), ("臺西鄉", "taishi")], 70, 5),
    ("高雄市", "KaohsiungCity", "12", [("美濃區", "meinong"), ("大寮區", "daliau"), ("旗山區", "chishan"), ("鳳山區", "fengshan"),
                                       ("燕巢區", "yanchau"), ("六龜區", "liouguei"), ("林園區", "linyuan"), ("大樹區", "dashu"),
                                       ("岡山區", "gangshan"), ("路竹區", "luju"), ("阿蓮區", "alian"), ("三民區", "sanmin")], 92, 7),
]
HALLS = [("北極殿", "BJD")] * 9 + [("玄天宮", "XTG")] * 4 + [("上帝廟", "SDM")] * 3 + [("真武宮", "ZWG")] * 2 + [
    ("玄武宮", "XWG"), ("北天宮", "BTG"), ("受天宮", "STG"), ("玄聖宮", "XSG"), ("北辰宮", "BCG"), ("真武殿", "ZWD"),
    ("北極宮", "BJG"), ("保安宮", "BAG")]
LEAD = [("永", "Y"), ("福", "F"), ("天", "T"), ("紫", "Z"), ("玉", "Y"), ("龍", "L"), ("鳳", "F"), ("興", "X"), ("安", "A"),
        ("清", "Q"), ("明", "M"), ("聖", "S"), ("德", "D"), ("靈", "L"), ("慈", "C"), ("崇", "C"), ("武", "W"), ("元", "Y")]
PLACE = [("頂厝", "DC"), ("溪底", "XD"), ("後壁", "HB"), ("竹圍", "ZW"), ("新庄", "XZ"), ("大埔", "DP"), ("港口", "GK"),
         ("山腳", "SJ"), ("下寮", "XL"), ("崙仔", "LZ"), ("田中", "TZ"), ("北勢", "BS"), ("中洲", "ZZ"), ("三塊", "SK")]
VILLAGE = list("東西南北中新舊頂下大小永福安和興平仁義忠孝")
STREETS = ["中正路", "中山路", "民族路", "民生路", "建國路", "復興路", "光明街", "文化路", "成功路", "和平街", "公園路", "自強街"]
DEITY = ["玄天上帝"] * 14 + ["北極玄天上帝"] * 3 + ["真武大帝"] * 2 + ["北極玄天真武上帝", "玄天上帝 / 關聖帝君", "關聖帝君 / 玄天上帝"]


def hall():
    name, code = f.pick(HALLS)
    if f.chance(0.45):
        lead, l = f.pick(LEAD)
        name, code = lead + name[-2:] if f.chance(0.5) else lead + name, l + code[-2:] if len(name) else code
    return name, code


def address(county, town, rough=False):
    village = f.pick(VILLAGE) + f.pick(VILLAGE) + ("里" if town.endswith(("區", "市", "鎮")) else "村")
    parts = [county, town]
    if f.chance(0.7):
        parts.append(village)
    if f.chance(0.35):
        parts.append(f"{f.r.randrange(1, 25)}鄰")
    if f.chance(0.6):
        lane = f.pick(["", "", f"{f.r.randrange(1, 400)}巷", f"{f.r.randrange(1, 300)}巷{f.r.randrange(1, 30)}弄"])
        parts.append(f.pick(STREETS) + lane)
    else:
        parts.append(f.pick(PLACE)[0] + f.pick(["", "巷", "段"]))
    number = f.r.randrange(1, 900)
    parts.append(f.pick([f"{number}號"] * 6 + [f"{number}之{f.r.randrange(1, 9)}號", f"{number}-{f.r.randrange(1, 9)}號"]))
    return "".join(parts)


def point(county, digits=6):
    base = {"南投縣": (23.9, 120.8), "嘉義市": (23.48, 120.44), "嘉義縣": (23.5, 120.4), "宜蘭縣": (24.7, 121.75),
            "屏東縣": (22.6, 120.5), "彰化縣": (24.0, 120.45), "新北市": (25.05, 121.5), "新竹市": (24.8, 120.96),
            "新竹縣": (24.8, 121.0), "桃園市": (24.95, 121.25), "澎湖縣": (23.57, 119.6), "臺中市": (24.18, 120.65),
            "臺北市": (25.07, 121.52), "臺南市": (23.05, 120.25), "臺東縣": (22.9, 121.1), "花蓮縣": (23.8, 121.55),
            "苗栗縣": (24.55, 120.8), "雲林縣": (23.7, 120.4), "高雄市": (22.75, 120.4)}[county]
    return (round(base[0] + f.r.uniform(-0.12, 0.12), digits), round(base[1] + f.r.uniform(-0.12, 0.12), digits))


rows = []
seen_codes = set()
for county, slug, prefix, towns, registered, added in COUNTIES:
    for i in range(registered):
        town, tslug = f.pick(towns)
        name, initials = hall()
        place_prefixed = f.chance(0.22)
        shown = name
        if place_prefixed:
            p, pi = f.pick(PLACE)
            shown, initials = p + name, pi + initials
        registered_name = name
        if f.chance(0.06):
            shown = registered_name = f"財團法人{county}{town}{name}" if f.chance(0.5) else f"財團法人{town[:-1]}{name}"
        if f.chance(0.04):
            registered_name = ""
        lat, lng = point(county, f.pick([6, 6, 6, 8]))
        if county == "澎湖縣":
            code = f"TWN01{f.r.randrange(2700, 4400)}" if f.chance(0.8) else f"{prefix}0{f.r.randrange(1, 3)}001-{initials}"
            deity = f.pick(["上帝公"] * 4 + ["上帝公、帝爺公、帝公", "玄天上帝"])
            addr = address(county, town)
            if i == 9:
                addr = "無，位於港口村西北邊海邊。"
            rows.append([shown, addr, county, town, "", deity, "", f.pick([""] * 9 + ["1995"]), lat, lng, code, ""])
            continue
        code = f"{prefix}{f.r.randrange(1, 30):02d}{f.r.randrange(1, 40):03d}-{initials}"
        while code in seen_codes:
            code += "0"
        seen_codes.add(code)
        site = "http://188.166.188.237:8201/crgis/temples" if (county in ("嘉義市", "高雄市", "臺南市") and f.chance(0.25)) \
            else "https://trfc.tw/temples"
        year = str(f.r.randrange(1661, 2012)) if f.chance(0.5) else ""
        addr = address(county, town)
        if county == "桃園市" and f.chance(0.8):
            addr = addr.replace("桃園市", "桃園縣").replace(town, town[:-1] + ("市" if town in ("中壢區", "八德區") else "鄉"), 1)
        if f.chance(0.02):
            addr = addr[len(county):]                       # the county left out
        religion = f.pick(["道"] * 30 + ["", "佛"])
        rows.append([shown, addr, county, town, registered_name, f.pick(DEITY), religion, year, lat, lng, code,
                     f"{site}/{slug}/{tslug}/{code}"])
    for i in range(added):
        town, _ = f.pick(towns)
        name, _ = hall()
        shown = f.pick(PLACE)[0] + name if f.chance(0.4) else name
        if f.chance(0.15):
            shown = f"財團法人{county}{town[:-1]}{name}"
        addr = address(county, town)
        if f.chance(0.1):
            addr += f.pick(["(暫厝)", "旁"])
        lat, lng = point(county, 8)
        rows.append([shown, addr, county, town, "", f.pick(DEITY[:17] + ["北極真武老祖"]), f.pick(["道教"] * 8 + ["佛教"]), "",
                     lat, lng, "", ""])
    if county in ("雲林縣", "高雄市"):
        town, _ = f.pick(towns)
        name, _ = hall()
        lat, lng = point(county, 14)
        post = {"雲林縣": "648", "高雄市": "814"}[county]
        rows.append([f.pick(PLACE)[0] + name, post + address(county, town), county, town, "", "", "", "", lat, lng, "", ""])

# a chinese-numeral address without the county, in 嘉義縣
for r in rows:
    if r[2] == "嘉義縣" and r[10] and not r[4] == "":
        r[1] = r[1].replace("嘉義縣", "", 1)
        r[1] = r[1].split("村")[0] + "村十六鄰盧厝二十八之一號" if "村" in r[1] else r[1]
        r[4] = ""
        break
# one temple listed twice: the same name and address again further down, another code and point
first = next(r for r in rows if r[2] == "高雄市" and r[10] and r[7])
twin = list(first)
twin[6] = ""
twin[8], twin[9] = point("高雄市", 8)
twin[10] = first[10].replace("-", "4-", 1)
twin[11] = first[11].rsplit("/", 1)[0] + "/" + twin[10]
rows.insert(rows.index(first) + 2, twin)

text = io.StringIO()
w = csv.writer(text, lineterminator="\n")
w.writerow(["廟名", "地址", "縣市", "鄉鎮市區", "登記名稱", "主祀神尊稱", "宗教別", "建立年份", "緯度", "經度", "廟宇代碼", "資料來源網址"])
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "temples-zh-tw-directory.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(text.getvalue())

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        from collections import Counter
        print(len(rows), "rows")
        names = Counter(r[0] for r in rows)
        print(names.most_common(8))
        print(Counter((r[0], r[1]) for r in rows).most_common(2))
        for r in rows[:3] + [first, twin] + [r for r in rows if not r[10]][:3] + [r for r in rows if r[2] == "澎湖縣"][8:11]:
            print(r)
        print([r for r in rows if r[1][:1].isdigit() or "十六鄰" in r[1] or "桃園縣" in r[1]][:4])
