"""
Shape of a food supplier's month of delivery notes to one community canteen, as in TQCasey/export2web
"example/白花社区11月对账单终(1)_20211213182555.xlsx" (commit a24d8af55748d2289037626e099f5dbecaf24877; Excel,
an example input of a tool that turns such notes into a statement). One sheet per delivery day, named
'15.1', '16.1' … '30.1', then '1' … '5', then a differently laid-out 'Sheet1' from another month:
row 1 the supplier's company name (merged A1:J1), row 2 '配  送  单' (merged A2:J2), row 3
'客户名称：<canteen>' (merged A3:D3), '供应商联系人：<name>' (merged F3:H3), '发货日期：' and the date as
text '2021.11.10' in J3; row 4 '电话：<supplier mobile>' (F4:H4) and '订单编号：<number>' (I4:J4); the
header on row 5: 序号 / 产品名称 / 规格 / 单位 / 配送数 / 实收数 / 含税价 / 含税折扣价 / 金额 / 原始备注, then
25-60 product lines (金额 a formula =SUM(F6*H6) or =F6*H6, some prices blank, 规格 mostly blank, a
note like '切片' now and then), a total row '总金额（大写）' =I51 (shown in Chinese capital numerals) …
'合计：' =SUM(I6:I50), and '送货人' / '收货人' for the signatures. 'Sheet1' is a note to a bank branch
canteen with a 联 系 人 line, 订单数 / 配送数 / 实收数 / 单价 columns, '本页小计金额', a date line with
crate counts (出胶筐数 / 回胶筐数) and '配送人：' / '客户签收：'. Values invented: company, canteen and
contact names, mobiles, order numbers, items, quantities and prices.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("deliverynotes-zh-cn-foodsupplier")

SUPPLIER = "粤丰农产配送集团有限公司"
OTHER_SUPPLIER = "深圳市禾翔农业科技有限公司"
CANTEEN = "翠林社区"
CONTACT = f.name_cn()
CONTACT_PHONE = f.mobile_cn()
ITEMS = [  # item, unit, price incl. tax
    ("干花椒粒", "斤", 105.99), ("大厨味精", "包", 11.3), ("金龙鱼大豆油", "桶", 95.22), ("中邦桂林辣椒酱", "瓶", 11.3),
    ("红油豆瓣酱", "瓶", 20.34), ("皮蛋", "个", 2.15), ("食用盐", "包", 2.83), ("金标生抽", "瓶", 11.3), ("生粉", "包", 12.4),
    ("鱼露", "支", 10.17), ("砂糖", "斤", 9.04), ("十三香", "盒", 5.085), ("干八角", "斤", 73.45), ("干桂皮", "斤", 28.25),
    ("玉米粒", "箱", 200.64), ("酸菜", "斤", 6.78), ("五花肉", "斤", 30.52), ("南乳（320g）", "瓶", 11.3), ("火锅底料", "包", 22.6),
    ("大碗面", "箱", 42.94), ("枸杞子", "斤", 54.24), ("钢丝球", "个", 2.6), ("鸡蛋", "斤", 10.74), ("原味面包片", "包", 24.3),
    ("香米", "包", 269.51), ("鸡粉", "包", 15.26), ("抽纸", "件", 268.51), ("辣椒油", "支", 10.17), ("柱侯酱", "瓶", 8.59),
    ("海鲜酱", "瓶", 7.35), ("豆豉", "盒", 4.86), ("虾米干", "斤", 158.88), ("瑶柱粒", "斤", 429.97), ("鲜奶", "支", 6.5),
    ("三花奶", "罐", 13.56), ("红曲米", "斤", 11.3), ("黑胡椒碎", "罐", 18.9), ("清新剂", "480ml", 16.8), ("花雕酒", "支", 14.2),
    ("黄豆", "斤", 5.88), ("白胡椒粒", "斤", 48.6), ("去皮肥肉", "斤", 13.08), ("琵琶腿", "斤", 17.44), ("鲜鹅肠", "斤", 50.0),
    ("栗粉", "盒", 11.3), ("白鸭", "只", 21.58), ("猪里脊", "斤", 26.4), ("海鲈鱼", "斤", 24.8), ("文昌鸡", "只", 31.83),
    ("土豆", "斤", 2.9), ("西兰花", "斤", 6.8), ("生菜", "斤", 4.2), ("冬瓜", "斤", 1.9), ("豆腐", "盒", 3.2), ("牛肉", "斤", 57.6),
    ("瘦肉", "斤", 24.7), ("白豆干", "斤", 6.3), ("青椒", "斤", 5.1), ("胡萝卜", "斤", 2.4), ("大白菜", "斤", 1.8),
]
NOTES = ["切片", "小支", "整条", "一箱24包", "月亮牌", "去骨", "要新鲜的"]
QTYS = [0.5, 1, 1, 2, 2, 3, 3, 4, 5, 5, 10, 15, 18, 24, 30]
CAPITAL = "[DBNum2][$-804]General"
MONEY = "0.00_ "

wb = workbook()
cache = CachedFormulas()
order_no = f"GXSZH202111{f.r.randrange(10, 30)}{f.r.randrange(1, 9):03d}"
days = [(f"{d}.1", datetime.date(2021, 10, d)) for d in (15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29, 30)] + \
       [(str(d), datetime.date(2021, 11, d)) for d in (1, 2, 3, 4, 5)]
for k, (title, day) in enumerate(days):
    ws = wb.active if k == 0 else wb.create_sheet()
    ws.title = title
    ws["A1"] = SUPPLIER
    ws["A1"].font = Font(size=16, bold=True)
    ws["A2"] = "配  送  单"
    ws["A2"].font = Font(size=14, bold=True)
    for ref in ("A1", "A2"):
        ws[ref].alignment = Alignment(horizontal="center")
    ws["A3"] = f"客户名称：{CANTEEN}"
    ws["F3"] = f"供应商联系人：{CONTACT}"
    ws["I3"] = "发货日期："
    ws["J3"] = f"{day.year}.{day.month}.{day.day}" if k >= 12 else "2021.11.10"  # the real notes kept one date on the first twelve
    ws["F4"] = f"电话：{CONTACT_PHONE}"
    ws["I4"] = f"订单编号：{order_no}"
    for rng in ("A1:J1", "A2:J2", "A3:D3", "F3:H3", "A4:B4", "C4:E4", "F4:H4", "I4:J4"):
        ws.merge_cells(rng)
    for c, h in enumerate(["序号", "产品名称", "规格", "单位", "配送数", "实收数", "含税价", "含税折扣价", "金额", "原始备注"], 1):
        if title == "3" and h == "规格":
            continue  # one day's note lost the 规格 heading
        ws.cell(5, c, h).font = Font(bold=True)
    lines = f.r.sample(ITEMS, f.r.randrange(24, 58))
    glue = "=SUM(F{r}*H{r})" if k % 2 == 0 and k < 10 else "=F{r}*H{r}"
    total = 0.0
    r = 6
    for n, (item, unit, price) in enumerate(lines, 1):
        qty = f.pick(QTYS)
        priced = not (k >= 12 and f.chance(0.4))
        ws.cell(r, 1, n)
        ws.cell(r, 2, item)
        if f.chance(0.12):
            ws.cell(r, 3, f.pick(["5L", "小号，150抽", "1*4*1000g", "2kg/包", "180ML", "月亮牌"]))
        ws.cell(r, 4, unit)
        ws.cell(r, 5, qty)
        ws.cell(r, 6, qty)
        amount = 0.0
        if priced:
            p = round(price * f.r.uniform(0.95, 1.05), 2)
            ws.cell(r, 7, p)
            ws.cell(r, 8, round(p * 0.8, 2))
            amount = round(qty * round(p * 0.8, 2), 2)
        cache.formula(ws, f"I{r}", glue.format(r=r), amount if priced else 0)
        total += amount
        if f.chance(0.06):
            ws.cell(r, 10, f.pick(NOTES))
        for c in range(4 if k < 12 else 7, 10):
            ws.cell(r, c).number_format = MONEY
        r += 1
    ws.cell(r, 2, "总金额（大写）")
    cache.formula(ws, f"C{r}", f"=I{r}", round(total, 2))
    ws.cell(r, 3).number_format = CAPITAL
    ws.merge_cells(f"C{r}:D{r}") if k != 6 and k != 7 else None
    ws.cell(r, 8, "合计：")
    cache.formula(ws, f"I{r}", f"=SUM(I6:I{r - 1})", round(total, 2))
    ws.cell(r + 1, 2, "送货人")
    ws.cell(r + 1, 6, "收货人")
    for col, width in zip("ABCDEFGHIJ", [9.8, 46, 15.3, 9.8, 11.3, 13.3, 13, 15.5, 16.1, 19]):
        ws.column_dimensions[col].width = width

# Sheet1: another month's note, to a bank branch canteen, in the other company's layout
ws = wb.create_sheet("Sheet1")
ws["A1"] = OTHER_SUPPLIER
ws["A2"] = "配  送  单"
ws["A3"] = "客户名称：城东农商银行龙岗支行"
ws["F3"] = f"供应商联系人：{CONTACT}"
ws["I3"] = "发货日期："
ws["J3"] = datetime.datetime(2021, 6, 11)
ws["J3"].number_format = "mm-dd-yy"
ws["A4"] = f"联 系 人：{f.name_cn()[0]}先生"
ws["C4"] = f"电话：{f.mobile_cn()}"
ws["F4"] = f"电话：{CONTACT_PHONE}"
ws["I4"] = "出库单号："
ws["J4"] = "HEM20210611001"
for rng in ("A1:J1", "A2:J2", "A3:E3", "F3:H3", "A4:B4", "C4:E4", "F4:H4"):
    ws.merge_cells(rng)
for c, h in enumerate(["序号", "产品名称", "规格", "单位", "订单数", "配送数", "实收数", "单价", "金额", "原始备注"], 1):
    ws.cell(5, c, h).font = Font(bold=True)
total = 0.0
for n, (item, unit, price) in enumerate(f.r.sample(ITEMS[-12:], 9), 1):
    r = 5 + n
    qty = f.pick([5, 8, 10, 12, 20])
    ws.cell(r, 1, n)
    ws.cell(r, 2, item)
    ws.cell(r, 4, unit)
    for c in (5, 6, 7):
        ws.cell(r, c, qty)
    ws.cell(r, 8, price).number_format = MONEY
    cache.formula(ws, f"I{r}", f"=G{r}*H{r}", round(qty * price, 2))
    ws.cell(r, 9).number_format = MONEY
    total += qty * price
ws["B29"] = "本页小计金额"
cache.formula(ws, "H29", "=SUM(I6:I27)", round(total, 2))
ws["A30"] = "日  期"
ws["C30"] = datetime.datetime(2021, 6, 11)
ws["C30"].number_format = "yyyy/m/d"
ws["E30"] = "出胶筐数："
ws["H30"] = "回胶筐数："
ws["A31"] = "配送人："
ws["H31"] = "客户签收："
for rng in ("B29:F29", "H29:I29", "A30:B30", "C30:D30", "E30:G30", "H30:J30", "A31:D31", "E31:G31", "H31:J31", "A32:J32"):
    ws.merge_cells(rng)
cache.save(wb, "deliverynotes-zh-cn-foodsupplier.xlsx")
