"""
Shape of Bearfu/WCC_SuperMarket "彩虹超市商品明细.xlsx" (commit 0fc8b7a04b69e871a60121b89cb3f154cf952c5a):
the goods-in list of a small unmanned office supermarket ("彩虹超市", scan-to-pay by barcode), kept
in Excel by the people stocking it (creator 'wcc', editor 'Administrator').

- One sheet "0819已购买" (goods bought since 19 August), frozen at A180, header on row 1 in bold
  微软雅黑: 条件 (常温/冷藏) / 大类 / 细类 / 购买渠道 / 购买日期 / 大包条码 / 小包条码 / 品名 / 产地 /
  单位 / 等级 (合格 on every row) / 规格 / 生产批次 / 保质期 / 数量 / 单价 / 总价 / 售价 / 优惠 / 标签大小;
  an unheaded column U.
- 230 lines. 购买渠道 is where the goods were bought: online shops (淘宝, 京东, 一号店, 天猫超市,
  聚划算, a brand's Tmall store), a hypermarket (欧尚), '其他', and on four lines the colleague who
  brought them (a name, '李总' twice). Dates are dates (mm-dd-yy) or, where one line covers two
  purchases, text '2016/8/19、2016/8/30' with the batches likewise; barcodes as numbers under a
  0_);[Red] format, case and unit barcodes differing on a third of lines; prices numbers, then nine
  '=Q/O' unit-price formulas, then the last 51 lines' prices typed as text ('6.73'); 优惠 on a few
  lines; 标签大小 3 or 4 (three text prices pasted there by mistake); column U '是' / '是，2份' on the
  last 28 lines (restocked).
Values invented (products, barcodes, prices, dates, the colleague's name); categories, channels and
wording kept in kind. The shop's own stock purchases: a person imports nothing.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("stock-zh-cn-unmannedmart")
wb = workbook()
wb.properties.creator = "wcc"
wb.properties.lastModifiedBy = "Administrator"
ws = wb.active
ws.title = "0819已购买"
HEAD = ["条件", "大类", "细类", "购买渠道", "购买日期", "大包条码", "小包条码", "品名", "产地", "单位", "等级", "规格",
        "生产批次", "保质期", "数量", "单价", "总价", "售价", "优惠", "标签大小"]
ws.append(HEAD)
for c in ws[1]:
    c.font = Font(name="微软雅黑", bold=True)

# (大类, 细类, 单位, 规格, 保质期, unit price range, names)
GOODS = [
    ("办公文具", "本子", "本", "一本", "100个月", (2, 12), ["A5线圈笔记本-星空", "A5线圈笔记本-森林", "B5软抄本", "商务皮面笔记本", "牛皮纸记事本"]),
    ("办公文具", "笔", "支", "0.5mm", "100个月", (1, 6), ["中性笔-黑", "中性笔-蓝", "按动中性笔", "荧光笔-黄", "记号笔"]),
    ("办公文具", "便签", "本", "76*76mm", "100个月", (1, 5), ["便利贴-粉", "便利贴-绿", "索引贴"]),
    ("服饰配件", "发夹", "板", "8个", "100个月", (0.4, 3), ["一字夹-黑", "鸭嘴夹", "抓夹"]),
    ("食品", "膨化食品", "包", "45g", "9个月", (0.6, 4), ["薯片-原味", "薯片-番茄味", "虾片", "玉米脆", "洋葱圈"]),
    ("食品", "方便食品", "桶", "105g", "6个月", (2.5, 5), ["红烧牛肉面", "酸菜牛肉面", "香辣牛肉面", "自热米饭"]),
    ("食品", "蜜饯", "包", "50g", "12个月", (1, 4), ["话梅", "九制陈皮", "芒果干", "山楂条"]),
    ("食品", "坚果", "包", "20g", "10个月", (0.5, 2), ["麻辣花生", "盐焗腰果", "每日坚果"]),
    ("食品", "口香糖", "条", "5片", "24个月", (1, 3), ["薄荷口香糖", "西瓜味口香糖"]),
    ("饮料/酒", "茶饮料", "瓶", "500ml", "12个月", (2, 4), ["冰红茶", "绿茶", "乌龙茶", "茉莉清茶"]),
    ("饮料/酒", "功能饮料", "罐", "250ml", "18个月", (3, 6), ["维生素饮料", "牛磺酸饮料"]),
    ("饮料/酒", "啤酒", "罐", "500ml", "12个月", (4, 12), ["小麦啤酒", "黑啤酒", "拉格啤酒"]),
    ("饮料/酒", "果汁饮料", "盒", "330ml", "18个月", (3, 8), ["椰子水", "橙汁", "苹果汁"]),
    ("饮料/酒", "牛奶", "盒", "250ml", "6个月", (2, 5), ["纯牛奶", "低脂牛奶", "酸奶"]),
    ("女性护理", "卫生巾", "包", "10片", "36个月", (6, 15), ["日用卫生巾", "夜用卫生巾", "护垫"]),
    ("身体洗护", "沐浴露", "瓶", "200ml", "36个月", (8, 20), ["沐浴露-清爽", "沐浴露-滋润"]),
    ("日用百货", "纸巾", "包", "3层", "36个月", (1, 3), ["手帕纸", "湿巾"]),
]
CHANNELS = ["淘宝"] * 9 + ["欧尚"] * 5 + ["一号店", "京东", "京东", "天猫超市", "品牌天猫"]
ORIGINS = ["中国"] * 14 + ["韩国"] * 3 + ["德国", "日本", "泰国", "美国"]
colleague = f.name_cn()
start = datetime.date(2016, 8, 19)
n_rows = 230
for i in range(n_rows):
    r = i + 2
    cat, sub, unit, spec, life, (lo, hi), names = GOODS[(i * 7 // 23) % len(GOODS)] if i >= 40 else GOODS[i % 4]
    name = f.pick(names)
    cond = "冷藏" if sub in ("牛奶",) and f.chance(0.5) else "常温"
    channel = f.pick(CHANNELS)
    if i == 0:
        channel = colleague
    elif i in (154, 155):
        channel = "李总"
    elif i in (174, 175):
        channel = "其他"
    d = start + datetime.timedelta(days=f.r.randrange(0, 24))
    big = int("69" + "".join(str(f.r.randrange(10)) for _ in range(11)))
    small = big if f.chance(0.66) else big + f.r.randrange(1, 99) * 10
    qty = f.r.choice([1, 2, 3, 5, 6, 9, 10, 12, 20, 24])
    price = round(f.r.uniform(lo, hi), 2)
    total = round(price * qty, 2)
    sale = round(price * f.r.uniform(1.2, 2.2), 1)
    batch = datetime.datetime.combine(d - datetime.timedelta(days=f.r.randrange(10, 200)), datetime.time()) if f.chance(0.83) else None
    date_v = datetime.datetime.combine(d, datetime.time())
    if 85 <= i < 113:  # one line covering two purchases
        d2 = d + datetime.timedelta(days=f.r.randrange(3, 12))
        date_v = f"{d.year}/{d.month}/{d.day}、{d2.year}/{d2.month}/{d2.day}"
        if batch is not None:
            batch = f"{batch.year}/{batch.month}/{batch.day}、{batch.year}/{batch.month}/{min(batch.day + 7, 28)}"
    disc = round(f.r.uniform(0.5, 3), 1) if f.chance(0.07) else None
    label = 4 if f.chance(0.035) else 3
    row = ["冷藏" if cond == "冷藏" else "常温", cat, sub, channel, date_v, big, small, name + spec.replace("一本", ""),
           f.pick(ORIGINS), unit, "合格", spec, batch, life, qty]
    if 140 <= i < 149:
        row += [f"=Q{r}/O{r}", total, sale, disc, label]
    elif i >= n_rows - 51:
        row += [f"{price:.2f}", f"{total:.2f}", f"{sale:.2f}", None if disc is None else f"{disc:.2f}",
                None if i >= n_rows - 28 else label]
    else:
        row += [price, total, sale, disc, label]
    if i in (60, 61, 62):
        row[19] = f"{sale * 2:.2f}"
    ws.append(row)
    if i >= n_rows - 28:
        ws.cell(r, 21, "是，2份" if i in (n_rows - 27, n_rows - 26) else "是")
    ws.cell(r, 5).number_format = "mm-dd-yy"
    ws.cell(r, 13).number_format = "mm-dd-yy"
    for col in (6, 7, 20):
        ws.cell(r, col).number_format = "0_);[Red]\\(0\\)"
    for col in (16, 18, 19):
        ws.cell(r, col).number_format = "0.00_);[Red]\\(0.00\\)"
ws.freeze_panes = "A180"
for col, w in [("A", 8.89), ("E", 12.22), ("F", 19.11), ("H", 40.0), ("I", 8.89), ("M", 12.22), ("O", 8.89),
               ("T", 10.67), ("U", 8.89)]:
    ws.column_dimensions[col].width = w
save(wb, "stock-zh-cn-unmannedmart.xlsx")
