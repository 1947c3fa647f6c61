"""
Shape of mtshang1984/GrouponDeliveryNote "20220525浮生若梦水果套餐.xlsx" (commit
3f554ea2599dbf02b08ad7a02bc48cb1e39c25df): a residential compound's group-buy leader's order export
from 快团团 (Apache POI), one fruit group-buy, which the leader's program turns into delivery
slips; the repository's owner had already replaced names and phones with made-up ones by hand,
leaving formulas in the export.

- Sheet "顾客购买表" (header row 1, 24 columns): 下单人 / 团员备注 / 备注 / 跟团号 / 商品 / 规格 / 数量 /
  商品金额 / 运费 / 优惠 / 订单金额 / 退款金额 / 物流方式 / 服务小区 / 服务小区联系人 / 服务小区电话 /
  服务小区地址 / 收货人 / 联系电话 / 详细地址 / 团长 / 房号（如606） / 楼号（如10） / 弄号（如168）;
  110 lines for 75 orders (跟团号 as text, one order per buyer): an order's first line carries
  the order columns, its further lines (35) only the product, quantity, amount, buyer and phone,
  and the order-level columns (B, C, I-Q, T-X) are merged down over the order's lines (28
  orders). 下单人 on further lines is a formula '=A<row above>', 收货人 is '=A<row>' on every line,
  联系电话 a number on the first line and then '=S<row above>+1' (next order) or '=S<row above>'
  (same order) — cached values present. 团员备注 / 备注 / 服务小区联系人 / 服务小区电话 are empty;
  three orders have a member note. 详细地址 typed by each buyer (road, lane, building, room in many
  spellings); 房号/楼号/弄号 split by the buyer (numbers as text, or words such as '别墅', or the
  whole lane address in 弄号). 团长 the leader's nickname; one buyer name has a trailing space.
- Sheet "商品汇总表": per product the group title (two lines), leader, product, product ID, empty
  code, spec, category, stock '不限', quantity sold, unit price as text '80.00', total, '-'.
- Sheet "服务小区商品汇总表": one pick-up point row with order, amount and per-product totals.
- Sheet "说明": what each sheet holds, filter, period.
Values invented (buyers, phones, addresses, compound, leader, notes, product IDs); the products
and the order structure are kept.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("orders-zh-cn-fruitgroupbuy")

MERGES = [(3, 4), (7, 8), (9, 10), (11, 12), (15, 16), (19, 20), (23, 24), (27, 28), (29, 30), (35, 36), (37, 39), (40, 42), (43, 44), (47, 49), (50, 51), (55, 56), (59, 60), (61, 62), (65, 66), (70, 72), (73, 74), (76, 77), (92, 94), (95, 96), (97, 99), (101, 102), (103, 105), (107, 108)]
ROWS = [
    (True, '1', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'num', '500'),
    (True, '2', '新奇士橙(1份十个)', '1份十个', 1, 480, 539.9, False, 'num', 'num', '500'),
    (False, '2', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (True, '4', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, False, 'num', 'num', '500'),
    (True, '3', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'num', '500'),
    (True, '5', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 170, False, 'num', 'num', 'text'),
    (False, '5', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, None, False, None, None, None),
    (True, '6', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 116, False, 'num', 'num', '500'),
    (False, '6', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '7', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 151.9, False, 'num', 'num', '500'),
    (False, '7', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (True, '8', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'text', 'text'),
    (True, '9', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, False, 'num', 'num', '500'),
    (True, '10', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 116, False, 'num', 'num', '500'),
    (False, '10', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '11', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, False, 'num', 'num', '500'),
    (True, '12', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, 90, False, 'text', 'text', '500'),
    (True, '13', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, 126, False, 'num', 'text', 'text'),
    (False, '13', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '14', '菲律宾进口香蕉(每箱约28斤)', '每箱约28斤', 1, 138, 138, False, 'num', 'num', '500'),
    (True, '15', '西柚(十个一份)', '十个一份', 1, 36, 36, False, 'num', 'num', 'text'),
    (True, '16', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 182, False, 'num', 'num', '500'),
    (False, '16', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, None, False, None, None, None),
    (True, '17', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, False, 'num', 'num', '500'),
    (True, '18', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, 95, False, 'num', 'num', '500'),
    (True, '19', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, 154.9, False, 'num', 'num', '500'),
    (False, '19', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (True, '20', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 172, False, 'num', 'num', '500'),
    (False, '20', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, None, False, None, None, None),
    (True, '21', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'num', 'text'),
    (True, '22', '菲律宾进口香蕉(每箱约28斤)', '每箱约28斤', 1, 138, 138, True, 'num', 'num', '500'),
    (True, '23', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, True, 'num', 'num', '500'),
    (True, '24', '西柚(十个一份)', '十个一份', 1, 36, 36, False, 'num', 'num', 'text'),
    (True, '25', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, 126, False, 'text', 'text', 'text'),
    (False, '25', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '26', '新鲜蓝莓(约一斤每箱)', '约一斤每箱', 1, 70, 196, False, 'num', 'num', 'text'),
    (False, '26', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, None, False, None, None, None),
    (False, '26', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '27', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 208, False, 'num', 'num', '500'),
    (False, '27', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, None, False, None, None, None),
    (False, '27', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '28', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 175, False, 'text', 'text', 'text'),
    (False, '28', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, None, False, None, None, None),
    (True, '29', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'text', 'text'),
    (True, '30', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'text', 'text', 'text'),
    (True, '31', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 230, False, 'num', 'num', '500'),
    (False, '31', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, None, False, None, None, None),
    (False, '31', '新奇士橙(1份十个)', '1份十个', 1, 55, None, False, None, None, None),
    (True, '158', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 116, False, 'num', 'num', '500'),
    (False, '32', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '33', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'text', 'text', 'text'),
    (True, '34', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, False, 'num', 'num', '500'),
    (True, '35', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, 90, False, 'num', 'num', '500'),
    (True, '36', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 151.9, False, 'text', 'text', 'text'),
    (False, '36', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (True, '37', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'num', '500'),
    (True, '38', '新奇士橙(1份十个)', '1份十个', 1, 55, 55, False, 'num', 'num', '500'),
    (True, '39', '菲律宾进口香蕉(每箱约28斤)', '每箱约28斤', 1, 138, 197.9, False, 'num', 'num', '500'),
    (False, '39', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (True, '40', '新奇士橙(1份十个)', '1份十个', 1, 55, 91, False, 'num', 'num', '500'),
    (False, '40', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '41', '西柚(十个一份)', '十个一份', 1, 36, 36, False, 'num', 'num', 'text'),
    (True, '42', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, False, 'num', 'text', 'text'),
    (True, '43', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 151.9, False, 'num', 'num', '500'),
    (False, '43', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (True, '44', '西柚(十个一份)', '十个一份', 1, 36, 36, False, 'text', 'text', 'text'),
    (True, '45', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'text', 'text'),
    (True, '46', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'num', '500'),
    (True, '47', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 187.9, False, 'num', 'num', 'text'),
    (False, '47', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (False, '47', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '48', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 128, False, 'num', 'num', '500'),
    (False, '48', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '49', '新鲜蓝莓(约一斤每箱)', '约一斤每箱', 1, 70, 70, False, 'num', 'text', 'text'),
    (True, '50', '新鲜蓝莓(约一斤每箱)', '约一斤每箱', 1, 70, 106, False, 'num', 'num', 'text'),
    (False, '50', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '51', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, False, 'text', 'text', 'text'),
    (True, '52', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'text', 'text', 'text'),
    (True, '53', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, 90, False, 'text', 'text', 'text'),
    (True, '54', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, False, 'text', 'text', 'text'),
    (True, '55', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, 95, False, 'num', 'num', '500'),
    (True, '56', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, False, 'num', 'num', '500'),
    (True, '57', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, False, 'num', 'num', '500'),
    (True, '58', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'num', '500'),
    (True, '59', '菲律宾进口香蕉(每箱约28斤)', '每箱约28斤', 1, 138, 138, False, 'num', 'num', '500'),
    (True, '60', '菲律宾进口香蕉(每箱约28斤)', '每箱约28斤', 1, 138, 138, False, 'num', 'num', '500'),
    (True, '61', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, 95, False, 'num', 'num', '500'),
    (True, '62', '西柚(十个一份)', '十个一份', 1, 36, 36, False, 'num', 'num', 'text'),
    (True, '63', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 80, False, 'num', 'num', '500'),
    (True, '64', '西柚(十个一份)', '十个一份', 1, 36, 36, False, 'num', 'num', 'text'),
    (True, '65', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, 201, False, 'num', 'num', '500'),
    (False, '111', '新鲜蓝莓(约一斤每箱)', '约一斤每箱', 1, 70, None, False, None, None, None),
    (False, '65', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '66', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 150, False, 'num', 'num', '500'),
    (False, '66', '新鲜蓝莓(约一斤每箱)', '约一斤每箱', 1, 70, None, False, None, None, None),
    (True, '67', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 175.9, False, 'num', 'num', 'text'),
    (False, '67', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, None, False, None, None, None),
    (False, '67', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '68', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, False, 'text', 'text', 'text'),
    (True, '69', '菲律宾进口香蕉(每箱约28斤)', '每箱约28斤', 1, 138, 174, False, 'num', 'num', '500'),
    (False, '91', '西柚(十个一份)', '十个一份', 1, 36, None, False, None, None, None),
    (True, '70', '冰淇淋黄心西瓜(一箱四个约14斤)', '一箱四个约14斤', 1, 80, 267, False, 'num', 'num', '500'),
    (False, '70', '水仙芒果(12个/箱约九斤)', '12个/箱约九斤', 1, 95, None, False, None, None, None),
    (False, '70', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, None, False, None, None, None),
    (True, '71', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, True, 'num', 'num', '500'),
    (True, '72', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 182, False, 'num', 'text', 'text'),
    (False, '72', '雪蜜王(一箱七斤)', '一箱七斤', 1, 90, None, False, None, None, None),
    (True, '73', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, False, 'num', 'num', '500'),
    (True, '74', '荔枝(每箱四斤)', '每箱四斤', 1, 59.9, 59.9, False, 'num', 'num', 'text'),
    (True, '75', '怡颗梅蓝莓(半箱六盒)', '半箱六盒', 1, 92, 92, False, 'text', 'text', 'text'),
]

COMPOUND, COMPOUND_ADDR, LEADER = "锦川水岸·澜府", "上海市闵行区锦川路300弄", "浮云若水"
TITLE = "产地直发惠民水果100箱起送\n已报备资料"
NOTES = {0: "放门口就行", 1: "晚上七点后取", 2: "两箱分开装"}

wb = workbook()
wb.properties.creator = "浪涛不尽"
ws = wb.active
ws.title = "顾客购买表"
cf = CachedFormulas()
HEAD = ["下单人", "团员备注", "备注", "跟团号", "商品", "规格", "数量", "商品金额", "运费", "优惠", "订单金额", "退款金额", "物流方式",
        "服务小区", "服务小区联系人", "服务小区电话", "服务小区地址", "收货人", "联系电话", "详细地址", "团长", "房号（如606）",
        "楼号（如10）", "弄号（如168）"]
ws.append(HEAD)

n_orders = sum(1 for row in ROWS if row[0])
names = [f.name_cn() for _ in range(n_orders)]
while any(len(n) < 3 for n in names[:5]):
    names = [f.name_cn() for _ in range(n_orders)]
names[9] = names[9] + " "


def parts(vk, wk, xk, i):
    room = str(f.r.choice([3, 5, 6, 7, 9, 10, 11, 12, 15, 16]) * 100 + f.r.choice([1, 2, 3, 5]))
    bldg = str(f.r.randint(1, 68))
    lane = "300"
    v = room if vk == "num" else (f.r.choice(["别墅", "3楼东", "顶楼"]) if vk else None)
    w = bldg if wk == "num" else (f.r.choice([f"{bldg}号", f"{bldg}栋", f"{bldg}幢"]) if wk else None)
    x = lane if xk == "500" else (f.r.choice(["锦川路300弄锦川水岸", "300弄", "锦川路300弄"]) if xk else None)
    styles = [f"上海市闵行区锦川路300弄锦川水岸{bldg}栋{room}",
              f"上海市闵行区锦川路300弄{bldg}号{room}室",
              f"上海市闵行区锦川路三百弄锦川水岸{bldg}栋{room}",
              f"上海市闵行区锦川路300弄 锦川水岸·澜府{bldg}号{room}室",
              f"闵行区锦川路300弄{bldg}号{room}",
              f"上海市闵行区锦川路300弄{bldg}-{room}"]
    return v, w, x, styles[i % len(styles)] if i % 7 else styles[0]


order_i = -1
order_row = None
phone0 = 13800001000
phones = {}
note_i = 0
for k, (start, group_no, product, spec, qty, amount, order_amount, has_note, vk, wk, xk) in enumerate(ROWS):
    r = k + 2
    ws.cell(r, 4, group_no)
    ws.cell(r, 5, product)
    ws.cell(r, 6, spec)
    ws.cell(r, 7, qty)
    ws.cell(r, 8, amount)
    if start:
        order_i += 1
        order_row = r
        name = names[order_i]
        ws.cell(r, 1, name)
        ws.cell(r, 2, NOTES[note_i] if has_note else "")
        if has_note:
            note_i += 1
        ws.cell(r, 3, "")
        for c, v in [(9, 0), (10, 0), (11, order_amount), (12, 0), (13, "顾客自提"), (14, COMPOUND), (15, ""), (16, ""),
                     (17, COMPOUND_ADDR), (21, LEADER)]:
            ws.cell(r, c, v)
        v, w, x, addr = parts(vk, wk, xk, order_i)
        ws.cell(r, 20, addr)
        for c, val in [(22, v), (23, w), (24, x)]:
            if val is not None:
                ws.cell(r, c, val)
        if r == 2:
            phones[r] = phone0
            ws.cell(r, 19, phone0)
        else:
            phones[r] = phones[r - 1] + 1
            cf.formula(ws, f"S{r}", f"=S{r - 1}+1", phones[r])
    else:
        cf.formula(ws, f"A{r}", f"=A{r - 1}", names[order_i])
        phones[r] = phones[r - 1]
        cf.formula(ws, f"S{r}", f"=S{r - 1}", phones[r])
    cf.formula(ws, f"R{r}", f"=A{r}", names[order_i])
for a, b in MERGES:
    for c in [2, 3] + list(range(9, 18)) + list(range(20, 25)):
        col = ws.cell(1, c).column_letter
        ws.merge_cells(f"{col}{a}:{col}{b}")
ws.column_dimensions["E"].width = 20.2222222222222
ws.column_dimensions["S"].width = 12.8888888888889

PRODUCTS = [("冰淇淋黄心西瓜", "一箱四个约14斤", 43, "80.00", 3440), ("水仙芒果", "12个/箱约九斤", 15, "95.00", 1425),
            ("菲律宾进口香蕉", "每箱约28斤", 12, "138.00", 1656), ("新鲜蓝莓", "约一斤每箱", 8, "70.00", 560),
            ("怡颗梅蓝莓", "半箱六盒", 31, "92.00", 2852), ("怡颗梅蓝莓", "一箱12盒", 2, "180.00", 360),
            ("枝冠蓝莓", "两斤四盒", 1, "188.00", 188), ("新奇士橙", "1份十个", 23, "55.00", 1265),
            ("荔枝", "每箱四斤", 36, "59.90", 2156.4), ("雪蜜王", "一箱七斤", 15, "90.00", 1350), ("西柚", "十个一份", 45, "36.00", 1620)]
ws2 = wb.create_sheet("商品汇总表")
ws2.append(["团购标题", "所属团长", "商品", "商品ID", "商品编码", "规格", "分类", "总库存", "当前库存（总库存-销售数量）", "销售数量",
            "团当前单价", "商品总金额", "商品成本价", "商品利润粗估"])
for i, (p, s, n, price, total) in enumerate(PRODUCTS):
    ws2.append([TITLE, "晴川", p, str(1275930000000 + f.r.randrange(10 ** 8)), "", s, "更多好货", "不限", "不限", n, price,
                total, "-", "-"])
ws3 = wb.create_sheet("服务小区商品汇总表")
ws3.append(["团购标题", "服务小区", "服务小区联系人", "服务小区电话", "服务小区地址", "服务小区所属团长", "订单总数", "商品总金额", "优惠总金额",
            "订单总金额", "订单退款总金额", "商品总数"] + [f"{p}({s})" for p, s, *_ in PRODUCTS])
total = round(sum(p[4] for p in PRODUCTS), 1)
ws3.append([TITLE, COMPOUND, "", "", COMPOUND_ADDR, "晴川", 164, total, 0, total, 0, sum(p[2] for p in PRODUCTS)] +
           [p[2] for p in PRODUCTS])
ws4 = wb.create_sheet("说明")
for line in ["说明", "顾客购买表：将下单人和收货信息相同的订单合并，不包含已取消的订单和商品", "商品汇总表：商品汇总售卖件数，不包含已取消的订单和商品",
             "服务小区商品汇总表：按自提点汇总商品售卖件数，不包含已取消的订单和商品", "", "筛选条件：全部",
             "筛选范围：2022-02-25 15:31:58-2022-05-26 15:31:58", "下单时间：2022-05-23 10:40:59至2022-05-24 20:57:56"]:
    ws4.append([line])
cf.save(wb, "orders-zh-cn-fruitgroupbuy.xlsx")
