"""
Shape of mfyang/ggf "团购.xlsx" (commit 90b46a72673b2ac2f81e562806612f9f6fce318a): one week of a Chinese
community grocery group-buy in Orange County (California), exported from the ordering site: English headers,
Chinese product text.
- "Order detail": '' / Group order id (GGF-1 … with gaps) / Order id / Name / Wechat name / Total($) / Item count
  / Order detail (one 'product(unit) x n' per line) / Note (payment and bag remarks in Chinese) / Address
  ('107 Retreat, Irvine , California , 92603' with stray spaces, full-width commas, an empty state) / Phone
  ('+1…' as text) / Driver tip / Type (Delivery) / Refer code (empty) / Payment proof (an image link on three);
  29 orders, names in English, Chinese or both, double spaces, trailing spaces; many orders placed through one
  helper whose WeChat name stands in the Wechat column; a last row with the sum of Total only.
- "Order prep": the products to buy: a header, a second header row, 'Category: default', one row per product
  (name, unit, price, count, total) and a Total row.
- "Order prep by item": the same orders as a picking sheet: '' / Order Id ('176350 (GGF-1)') / Phone / Email /
  Total / Name ('Name(WeChat name)') / Note / Address, then one column per product with 1 where ordered; the
  header row repeated after every five orders, a Total row at the bottom.
- "Sheet1": the delivery route: group order id, note, address and the stop number (101 …, 201 …, 'cancelled',
  '自提'), its header row at the bottom.
Names, WeChat names, phones, e-mails and addresses invented; US numbers in the 555-01xx block.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-us-grocerygroupbuy")
PRODUCTS = [("农场有机牛油果6个", "unit", 7), ("树熟圆番茄4磅", "unit", 6), ("日本南瓜1个（粉甜）", "unit", 5),
            ("中国茄子2磅", "unit", 5), ("莴笋3-3.2磅", "unit", 6), ("农场小芥菜2磅（焯水后清炒或炝炒）", "unit", 5),
            ("农场甜嫩油菜芯2磅", "unit", 5), ("当日清理走地鸡1只（白斩鸡；大盘鸡）", "unit", 18), ("进口姜2磅", "unit", 3.5),
            ("夏威夷木瓜1箱10磅", "unit", 30), ("美国本地大苹果6个（脆甜）", "unit", 6), ("本地有机红薯3磅", "unit", 6),
            ("香菜2把葱2把", "份", 2), ("豆腐2块（1老1嫩）", "1份", 4), ("韭菜花", "1.5磅", 6), ("白长豆角1把", "each", 4),
            ("红心火龙果2颗", "1份", 17), ("放养走地鸡蛋1排30个", "unit", 12), ("非转基因五香豆干1包", "unit", 3),
            ("5磅小菜包【6种新鲜农场蔬菜】", "包", 10), ("农场红根菠菜2磅", "unit", 5), ("农场大叶茼蒿2磅", "unit", 5),
            ("鲜嫩冬瓜4-4.5磅左右一份", "unit", 6), ("紫色洋葱4磅", "unit", 4), ("新鲜百合2盒", "unit", 9),
            ("湖南烟熏腊肉1磅（已切片）", "包", 17), ("正宗火锅羊肉片", "1磅", 10), ("大蒜2条", "1份", 3.5),
            ("周边城市运费补差必点", "unit", 3), ("农场红甜椒4颗", "unit", 6), ("绍兴料酒", "1瓶unit", 3),
            ("snow pea 荷兰豆", "1.2磅", 5), ("农场韭菜（不好看很香）", "2磅", 5), ("带壳新鲜蚕豆", "2磅", 5)]
CITIES = [("Irvine", "92603"), ("Irvine", "92618"), ("Irvine", "92620"), ("Irvine", "92612"), ("Irvine", "92606"),
          ("Laguna Woods", "92637"), ("Tustin", "92782"), ("Trabuco canyon", "92679"), ("Fountain Valley", "92708"),
          ("Laguna Hill", "92653"), ("Irvine", "92602"), ("Irvine", "92604")]
STREETS = ["Retreat", "Frost", "Cabrillo", "Red Sage", "Nighthawk", "Via Mariposa", "Tubbs Drive", "Durham",
           "Avenida Sevilla", "Modena", "Saratoga", "Cardamon Way", "Preston", "Wellesley", "Rockpoint",
           "Avenida Castilla", "Ramada", "Santa Maria", "Golf Ridge Dr", "Larksong", "Santa Cruz Aisle", "Sunlight",
           "Pina", "Barents", "Silver Fox", "Bahia Blanca", "Via Alhambra", "Canyon Crk", "Calle Cadiz"]
NAMES = ["Ellen  Wong", "Hua Hu", "Kun Ma", "Karen Choi", "Dannie  Cao ", "lydia S", "Chao Lin", "Lily Wang",
         "John Pong", "Mengping  Wang", "Carol Wang", "黄玉兰 Lin", "wenqian li", "乐乐 G", "辰Chen G", "Joyce G",
         "Jing Zhou", "lanxin mi", "Jue Lu", "玲 陈", "Mai Huang", "Vivian  Wen", "Eva Hon", "Rick Pan G",
         "Adrienne K", "Chris Moy", "Finny G", "yali Ke", "Irine G"]
HELPER = "xiaohuihui"
WECHAT = [None, None, "Kun", None, None, HELPER, HELPER, HELPER, None, "梦子", "Carol", HELPER, "xiaoli", HELPER, HELPER,
          HELPER, "Jing", None, "Linda Lu南加地产经纪", "DL", "小麦", "\ue529 小羊咩咩\ue529", "楚英 Eva", HELPER, HELPER, HELPER,
          HELPER, "kayla", HELPER]
NOTES = {6: "送菜包；Stripe已经支付", 7: "stipe 已经支付", 10: "Gate community ", 11: "送菜包1个 Stripe已付款",
         14: "送菜包；stripe已付", 15: "送菜包1个", 23: "送菜包1个 stripe付51.5", 24: "送菜包：stripe付$52.5",
         25: "送菜包1；zelle付$55"}
GROUP_IDS = [1, 2, 3] + list(range(6, 32))

orders = []
oid = 176350
for i, name in enumerate(NAMES):
    city, zipc = CITIES[i % len(CITIES)] if i else CITIES[0]
    street = STREETS[i]
    num = f.r.randrange(2, 26000) if f.chance(0.3) else f.r.randrange(2, 700)
    state = f.pick(["CA", "CA", "CA", "Ca", "ca", "California "])
    sep = f.pick([", ", " , ", ","])
    addr = f"{num} {street}{sep}{city}{f.pick([', ', ' , '])}{state}, {zipc}"
    if i in (25, 26, 28):
        addr = f"{num} {street}，Unit {f.pick('ABCD')}, {city}, CA, {zipc}" if i != 28 else f"{num} {street}：Unit C, {city}, CA, {zipc}"
    if i == 21:
        addr = f"{num} {street} , Irvine , , {zipc}"
    if i == 9:
        addr = f"{num} {street} Irvine {zipc}, Irvine , California, {zipc}"
    if i == 19:
        addr += " "
    phone = f"+1 ({f.pick(['949', '714', '626', '408'])}) 555-01{i + 10:02d}"
    items = f.r.sample(range(len(PRODUCTS)), f.r.randrange(2, 12))
    lines, total = [], 0
    for k in items:
        p, unit, price = PRODUCTS[k]
        n = 2 if f.chance(0.1) else 1
        lines.append(f"{p}({unit}) x {n}")
        total += price * n
    oid += f.r.randrange(5, 300)
    email = f"{name.split()[0].lower()}{f.r.randrange(10, 99)}@{f.pick(['example.com', 'example.net'])}" if f.chance(0.25) and name.isascii() else ""
    proof = f"https://example.com/proof/{f.r.randrange(10**8, 10**9)}_736.jpg" if i in (4, 17, 20) else ""
    orders.append(dict(no=i + 1, gid=f"GGF-{GROUP_IDS[i]}", oid=oid, name=name, wechat=WECHAT[i], total=total,
                       count=len(lines), detail="\n".join(lines), note=NOTES.get(i, ""), addr=addr, phone=phone,
                       tip=0 if WECHAT[i] == HELPER and f.chance(0.5) else f.pick([1, 1, 2, 3]), email=email, proof=proof,
                       items=items))

wb = workbook()
ws = wb.active
ws.title = "Order detail"
ws.append(["", "Group order id", "Order id", "Name", "Wechat name", "Total($)", "Item count", "Order detail", "Note",
           "Address", "Phone", "Driver tip", "Type", "Refer code", "Payment proof"])
for o in orders:
    ws.append([o["no"], o["gid"], o["oid"], o["name"], o["wechat"], o["total"], o["count"], o["detail"], o["note"],
               o["addr"], o["phone"], o["tip"], "Delivery", "", o["proof"]])
ws.append(["", "", "", "", "", sum(o["total"] for o in orders), "", "", "", "", "", "", ""])

ws = wb.create_sheet("Order prep")
ws.append(["Name", "Internal name", "Unit", "Price", "Count", "Total"])
ws.append(["Name", "Unit", "Price($)", "Count", "Total($)"])
ws.append(["Category: default"])
grand = 0
for k, (p, unit, price) in enumerate(PRODUCTS):
    c = sum(1 for o in orders if k in o["items"])
    if c:
        ws.append([p, unit, price, c, price * c])
        grand += price * c
ws.append(["Total", "", "", "", grand])

ws = wb.create_sheet("Order prep by item")
head2 = ["", "Order id", "Phone", "Email", "Total($)", "Name", "Note", "Address"] + [f"{p} ({u})" for p, u, _ in PRODUCTS]
ws.append(["", "Order Id", "Phone", "Email", "Total", "Name", "Note", "Address"] + [""] * len(PRODUCTS))
for i, o in enumerate(orders):
    if i % 5 == 0:
        ws.append(head2)
    shown = o["name"] + (f"({o['wechat']})" if o["wechat"] else "")
    ws.append([o["no"], f"{o['oid']} ({o['gid']})", o["phone"], o["email"], o["total"], shown, o["note"], o["addr"]] +
              [1 if k in o["items"] else "" for k in range(len(PRODUCTS))])
ws.append(["", "", "", "", "", "", "", "Total"] + [sum(1 for o in orders if k in o["items"]) for k in range(len(PRODUCTS))])

ws = wb.create_sheet("Sheet1")
ws.append(["", "", "", "No."])
route = sorted(orders, key=lambda o: (o["addr"].split(",")[1].strip() != "Irvine", f.r.random()))
stop, second = 101, 201
for j, o in enumerate(route):
    if o["no"] == 7:
        n = "cancelled"
    elif o["no"] == 3:
        n = "自提"
    elif j < 18:
        n, stop = stop, stop + 1
    else:
        n, second = second, second + 1
    ws.append([o["gid"], o["note"], o["addr"], n])
ws.append(["Group order id", "Note", "Address", None])
save(wb, "customers-en-us-grocerygroupbuy.xlsx")
for k in (0, 9, 11, 21):
    o = orders[k]
    print(k, repr(o["name"]), o["phone"], o["addr"], o["wechat"], o["email"])
