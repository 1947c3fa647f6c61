"""
Shape of the same Taiwanese trading-card shop's shipment log, kept in Google Sheets and downloaded
as CSV, as in cnkuoc-tech/cards_tool "supabase_backend/出貨紀錄.csv" (UTF-8 with BOM, CRLF rows, an
untitled last column): 出貨編號 (SHIP-<date>-<running number>, one number used twice) / 出貨日期
(yyyy/m/d) / 群組暱稱 / 姓名 / 電話 (mobiles without the leading 0) / 收件門市 / 711店號 / 商品明細
(one line per item inside the quoted cell: '[卡盒] … x1', '[單卡] … (Card:884) x1', '[團拆] …',
'[未付:$340]') / 物流單號 (filled once shipped) / 備註 (empty) / remarks in the untitled column
('多白襪hit'). 222 shipments to 150 buyers over five weeks, the busiest buyer seven times; a buyer
always with the same name, phone and store. Values invented: nicknames, names, phones, stores,
items and tracking numbers.
"""
import datetime
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("shipments-zh-tw-cardshop")

STORE_WORDS = list("延民蜜鄰領航富首華德新憲木欽天豪利旺東森松豪宏欣成德埔西瑞昱郡豐晉學桂林永和金石醫學天健陽旭國和樹義友愛興祥蘆權華富")
NICKS = ["Candice", "臘腸", "OA", "Ning", "阿元", "Nova", "Marin", "查理", "Trevor", "歐陽", "小P", "老干", "西打", "卡卡西", "eric.k",
         "Archi", "恩", "Mark", "村民", "怪喵喵", "楊楊", "D.O", "Tsai", "MIXER", "HudsonH", "阿亮", "CHEN辰", "藍血球", "中大獎",
         "Mocha", "Orz", "喇叭", "Sharon", "辰小胖", "Luka", "嗨嗨", "PIG👀", "彼得", "JfromT", "小胖", "Ray", "Ken", "Tony"]
BOXES = ["2025 Topps Chrome value box", "2025 Topps Chrome Update hobby box", "2025 Topps Series 2 blaster box",
         "2025/26 Topps NBA flagship hobby box", "2025 Bowman Draft jumbo box", "2025 Topps Chrome Cosmic hobby box",
         "2025 Topps Finest hobby box", "2025 Topps Now 季後賽套組"]
TEAMS = ["洋基", "金鶯", "天使", "道奇", "小熊", "國王", "灰熊", "勇士", "紅襪", "白襪", "太空人", "教士"]
MOMENTS = ["季後賽先發10K", "完投勝", "再見全壘打", "關鍵安打", "單場9上壘", "MVP", "救援成功", "驚險接殺", "新人王", "完全打擊"]
PLAYERS = ["R. Okada", "T. Lin", "K. Sato", "M. Cruz", "J. Park", "L. Chen", "D. Rivera", "S. Ito", "A. Brooks", "H. Wang"]


def buyer():
    name = f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
    nick = f.pick(NICKS) + f.pick(["", "", "", name[1:], str(f.r.randrange(1, 99))])
    store = f.pick(STORE_WORDS) + f.pick(STORE_WORDS) + f.pick(["", "", f.pick(STORE_WORDS)])
    return {"nick": nick, "name": name, "phone": f._unique(lambda: f"900{f.r.randrange(1000000):06d}"),
            "store": f"{store}門市", "store_no": f"{f.r.randrange(110000, 990000)}"}


def item_line():
    kind = f.pick(["卡盒"] * 3 + ["單卡"] * 5 + ["團拆"] * 2)
    if kind == "卡盒":
        return f"[卡盒] {f.pick(BOXES)} x{f.pick([1, 1, 1, 2, 4, 10])}"
    if kind == "單卡":
        line = f"[單卡] {f.pick(PLAYERS)} {f.pick(MOMENTS)} (Card:{f.r.randrange(1, 960)}) x{f.pick([1, 1, 1, 2])}"
        return line + (f" [未付:${f.r.randrange(3, 60) * 10}]" if f.chance(0.05) else "")
    teams = "\n".join(f"隨機-{t}" for t in f.r.sample(TEAMS, f.pick([1, 1, 2, 3])))
    return f"[團拆] Ning-0{f.r.randrange(10, 40)} {f.pick(BOXES)}*4 random team - {teams}"


buyers = [buyer() for _ in range(150)]
# Every buyer ships at least once; some come back up to five times.
visits = list(buyers) + [f.pick(buyers[:40]) for _ in range(52)] + [f.pick(buyers) for _ in range(20)]
f.r.shuffle(visits)
start = datetime.date(2025, 12, 27)
days = sorted(start + datetime.timedelta(days=f.r.randrange(0, 34)) for _ in visits)

rows = []
for k, (b, day) in enumerate(zip(visits, days), 1):
    ship_no = f"SHIP-{day:%Y%m%d}-{k:03d}"
    items = "\n".join(item_line() for _ in range(f.pick([1, 1, 1, 2, 3, 5, 12])))
    tracking = f"L9{f.r.randrange(1000000000, 9999999999)}" if f.chance(0.58) else ""
    store_no = b["store_no"] if f.chance(0.99) else ""
    remark = f.pick(["多白襪hit", "少白襪簽名", "補寄", "換卡", "少一張"]) if f.chance(0.03) else ""
    rows.append([ship_no, f"{day.year}/{day.month}/{day.day}", b["nick"], b["name"], b["phone"], b["store"], store_no, items,
                 tracking, "", remark])
rows[87][0] = rows[86][0]  # a running number typed twice

HEAD = ["出貨編號", "出貨日期", "群組暱稱", "姓名", "電話", "收件門市", "711店號", "商品明細", "物流單號", "備註", ""]


def field(value):
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


text = "\r\n".join(",".join(field(v) for v in row) for row in [HEAD] + rows)
with open(os.path.join(FILES, "shipments-zh-tw-cardshop.csv"), "wb") as out:
    out.write(("\ufeff" + text).encode("utf-8"))
