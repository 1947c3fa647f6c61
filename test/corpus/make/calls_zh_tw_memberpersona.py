"""
Shape of LadiosSopp/GPT-RAG-sensengo "SampleData/會員卡推銷名單與通話文本_成功失敗各500人_去敏/persona_random_pick.1K.csv"
(at commit c118214): a TV-shopping company's call list for an outbound membership-card campaign, exported from its
database as CSV (UTF-8, no BOM, LF; every text quoted, numbers bare, NULL for a missing persona): 1,000 members
known only by a numeric key, in key order, with 53 columns: unikey3 / 性別 / 年齡 ("54.0" as text) / 縣市 (city
and district, or 搶單暫存地址 for a placeholder address) / OB等級 (A, B, C, D, D+, E, Z) / 星座 / 會員年資_天數 /
yes-no tags (是 / 否) / spending amounts and counts over all channels and over outbound calls (history, three
years, one year, health, beauty) with float noise (20939.04764, 18058.095260000002), two 0/1 flags among the
yes-no ones, then persona (an analyst's notes from the calls, five numbered sections on several lines, NULL on
two rows in five) and rr (1). A few members have gender "0", age 未知 and zodiac "0". No names, phones or
addresses. Every key, amount and note is invented.
"""
import os
import re

from fake import FILES, Fake

f = Fake("calls-zh-tw-memberpersona")

HEADER = ["unikey3", "性別", "年齡", "縣市", "OB等級", "星座", "會員年資_天數", "是否獨居", "是否為寵愛自己名單", "高健康意識",
          "高美麗意識", "健檢標籤", "美容標籤", "保健標籤", "有無養寵物", "全通路歷史累積消費金額", "全通路歷史累積消費件數",
          "全通路近三年累積消費金額", "全通路近三年累積消費件數", "全通路近一年累積消費金額", "全通路近一年累積消費件數",
          "全通路近一年保健消費金額", "全通路近一年保健消費件數", "全通路近一年美容消費金額", "全通路近一年美容消費件數",
          "ob歷史累積消費金額", "ob歷史累積消費件數", "OB近三年累積消費金額", "OB近三年累積消費件數", "OB近一年累積消費金額",
          "OB近一年累積消費件數", "OB近一年保健消費金額", "OB近一年保健消費件數", "OB近一年美容消費金額", "OB近一年美容消費件數",
          "三年內有高單一次付清", "三年內買過黃金鑽石", "十年地址不變", "商務菁英", "房產投資客", "打高爾夫", "有富等信用卡",
          "有高價保單", "科學園區3公里內", "買過大額禮券", "買過收藏品", "退休保健族", "重金珠寶客", "關注理財", "高價地段",
          "高社經地位職業", "persona", "rr"]
PLACES = [("高雄市", ["新興區", "楠梓區", "三民區", "鼓山區", "小港區", "苓雅區", "前鎮區", "鳳山區", "仁武區", "林園區", "岡山區"]),
          ("台北市", ["萬華區", "中正區", "內湖區", "大安區"]), ("新北市", ["板橋區", "三峽區", "中和區", "新莊區", "淡水區", "永和區"]),
          ("台南市", ["學甲區", "安南區", "東區", "永康區", "歸仁區", "善化區"]), ("台中市", ["太平區", "大里區", "烏日區", "南屯區"]),
          ("桃園市", ["楊梅區", "龜山區", "中壢區"]), ("新竹縣", ["湖口鄉", "竹北市", "新豐鄉"]), ("新竹市", [""]), ("嘉義市", [""]),
          ("苗栗縣", ["竹南鎮", "頭份市"]), ("宜蘭縣", ["蘇澳鎮", "冬山鄉"]), ("花蓮縣", ["吉安鄉", "花蓮市"]), ("台東縣", ["台東市"]),
          ("雲林縣", ["二崙鄉"]), ("南投縣", ["南投市"]), ("彰化縣", ["彰化市"])]
ZODIAC = ["白羊座", "金牛座", "雙子座", "巨蟹座", "獅子座", "處女座", "天秤座", "天蠍座", "射手座", "摩羯座", "水瓶座", "雙魚座"]
GRADES = ["D"] * 6 + ["Z"] * 6 + ["C"] * 5 + ["D+"] * 4 + ["B"] * 2 + ["A"] * 2 + ["E"]
SECTIONS = {
    "家庭關係": ["客戶提到有一個女兒和一個兒子。", "客戶與先生同住。", "客戶目前一個人住。", "客戶的孫子剛上小學。",
              "家人會幫忙收貨。", "未提及相關內容。", "客戶的母親住在安養中心。", "客戶與妹妹輪流照顧父親。"],
    "健康狀況": ["客戶有高血壓，正在服藥。", "客戶有睡眠問題。", "客戶提到眼睛容易乾澀。", "客戶膝蓋不太好，走路會痛。",
              "客戶定期做健康檢查。", "客戶最近感冒。", "無相關資訊。", "客戶有血糖偏高的問題。"],
    "職業背景": ["客戶已退休。", "客戶目前在上班，白天較忙。", "客戶做小生意，時間不固定。", "未提及具體職業背景。",
              "客戶在工廠輪班。", "客戶在家幫忙照顧孫子。"],
    "健康食品使用心得": ["客戶有在吃葉黃素。", "客戶之前買過益生菌，還有存貨。", "客戶每天吃一顆B群。", "客戶對魚油有興趣。",
                  "客戶覺得膠原蛋白效果普通。", "客戶家中還有兩盒保健品未吃完。"],
    "禁忌": ["客戶不喜歡膠囊類產品。", "客戶表示目前不需要再購買。", "客戶不希望晚上接到電話。", "客戶對價格很敏感。",
           "未提及相關內容。", "客戶不吃人蔘類補品。"]}


def persona():
    parts = []
    for n, (title, lines) in enumerate(SECTIONS.items(), 1):
        picked = [f.pick(lines) for _ in range(f.pick([1, 1, 2, 2, 3, 4, 5]))]
        body = "\n".join(f"    {i}) {t}" for i, t in enumerate(dict.fromkeys(picked), 1))
        parts.append(f"{n}. {title}\n{body}")
    return "\n\n".join(parts)


def money(base):
    """An amount summed from discounted prices, with the float noise of the export."""
    if base == 0:
        return "0"
    if f.chance(0.08):
        return str(int(base))
    value = base + f.r.randrange(0, 99999) / 100000
    text = repr(value)
    if f.chance(0.3):
        text = repr(value + f.pick([1e-11, -1e-11, 2e-11]))
    if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text):  # noise that reads like a mainland mobile
        text = repr(value) if not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", repr(value)) else str(int(base))
    return text


def q(text):
    return f'"{text}"'


rows = []
key = 10050000
for i in range(1000):
    key += f.r.randrange(1000, 24000)
    placeholder = f.chance(0.008)
    unknown = placeholder and f.chance(0.7)
    if unknown:
        sex, age, zodiac = "0", "未知", "0"
    else:
        sex, age, zodiac = f.pick(["女", "女", "女", "男"]), f"{f.r.randrange(23, 86)}.0", f.pick(ZODIAC)
    city, districts = f.pick(PLACES)
    place = "搶單暫存地址" if placeholder else city + f.pick(districts)
    seniority = max(150, 8100 - i * 8 + f.r.randrange(-40, 40))
    yes_no = [f.pick(["否", "否", "否", "是"]) for _ in range(8)]
    hist = f.r.randrange(500, 2000000)
    three = min(hist, f.r.randrange(500, 400000))
    one = min(three, f.r.randrange(0, 140000))
    health = min(one, f.r.randrange(0, 60000)) if f.chance(0.7) else 0
    beauty = min(one - health, f.r.randrange(0, 15000)) if f.chance(0.4) else 0
    counts = [max(1, hist // 3000), max(1, three // 4000), max(1, one // 5000) if one else 0,
              max(1, health // 6000) if health else 0, max(1, beauty // 3000) if beauty else 0]
    ob = [min(v, int(v * f.r.uniform(0.3, 1.0))) for v in (hist, three, one, health, beauty)]
    amounts = []
    for values, cnts in (((hist, three, one, health, beauty), counts), (ob, [max(0, min(c, c // 2 + 1)) if v else 0 for v, c in zip(ob, counts)])):
        for v, c in zip(values, cnts):
            amounts += [money(v), str(c)]
    tags = [f.pick(["否"] * 9 + ["是"]) for _ in range(16)]
    tags[6] = f.pick(["0", "0", "0", "1"])
    tags[12] = f.pick(["0", "0", "0", "1"])
    note = "NULL" if f.chance(0.4) else q(persona())
    row = [str(key), q(sex), q(age), q(place), q(f.pick(GRADES)), q(zodiac), str(seniority)] + \
          [q(v) for v in yes_no] + amounts + [v if v in ("0", "1") else q(v) for v in tags] + [note, "1"]
    rows.append(row)

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "calls-zh-tw-memberpersona.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(",".join(q(h) for h in HEADER) + "\n")
    out.write("".join(",".join(r) + "\n" for r in rows))
