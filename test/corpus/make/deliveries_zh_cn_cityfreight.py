"""
Shape of shaoj22/City_Distribution "订单.xlsx": a Beijing city-freight operator's two days of delivery
orders, kept in Excel (Microsoft Excel 16) as the input of a vehicle-routing experiment.

- "2days订单": header 送货日期 / 数量 / 吨位 / 体积(m3) / 送货地址 / 最早送到货的时间 / 最晚送到货的时间 /
  送货点卸货效率(kg/h) / 送货点平均等待时长(h) / 经纬度, an empty column K, then a side block 提货地 /
  提货时间 / 提货效率 whose values (the pickup depot, its coordinates, a pickup window and a note) sit
  in L2:N3 only. One row per order line, 159 lines to 21 drop addresses (a warehouse or a park
  gets a dozen lines in a row); the date is a bare serial number in General format (one row in
  '#,##0'), the time windows are 1900-01-01 date-times, lon/lat as one text, the unloading rate
  and the waiting time the same on every row. Number formats run on to row 374 past the data.
- "车型": a vehicle-type lookup placed at B4 (车型 / 车辆最大装载（吨） / 车辆最大装载（立方）), types written
  as names or as truck lengths (4.2, 5.2 …).
No client is named anywhere: the drops are addresses only. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("deliveries-zh-cn-cityfreight")

TOWNS = [("顺义区", ["李桥镇", "南法信镇", "后沙峪镇"]), ("朝阳区", ["黑庄户乡", "豆各庄乡", "王四营乡"]),
         ("通州区", ["马驹桥镇", "于家务乡", "张家湾镇", "台湖镇"]), ("大兴区", ["旧宫镇", "亦庄镇"]),
         ("海淀区", [""]), ("丰台区", ["花乡", ""])]
PLACES = ["物流园", "产业园", "仓储中心", "配送站", "商贸城", "华森大厦", "科技园", "冷链库"]
ROADS = ["滨河路", "通胡大街", "西四环北路", "东三环南路", "京津公路", "兴华大街", "科创街", "新华北街"]


def drop_address(i):
    district, towns = f.pick(TOWNS)
    town = f.pick(towns)
    kind = i % 4
    if kind == 0:
        return f"北京市{district}{town}{f.pick(['沿河村', '柏福村', '渠头村', '大鲁店'])}{f.pick(ROADS)}{f.r.randrange(1, 30)}号"
    if kind == 1:
        return f"北京市{district}{f.pick(ROADS)}{f.r.randrange(2, 200)}号"
    if kind == 2:
        return f"北京市{district}{town}{f.pick(['北500米', '东口', '南侧'])}（{f.pick(['顺达', '宏运', '京通', '联达'])}{f.pick(PLACES)}）"
    return f"北京市{district}{f.pick(ROADS)}{f.pick(['甲', '乙', ''])}{f.r.randrange(1, 20)}号{f.pick(PLACES)}"


drops = []
for i in range(21):
    lon = 116.2 + f.r.random() * 0.6
    lat = 39.65 + f.r.random() * 0.4
    early = datetime.datetime(1900, 1, 1, f.pick([7, 7, 7, 8]), 59, 17)
    late = datetime.datetime(1900, 1, 1, f.pick([10, 15, 15, 16, 16]), 59, 17)
    drops.append((drop_address(i), early, late, f"{lon:.6f},{lat:.6f}"))

# 159 order lines in runs per drop address, big runs for the warehouses.
sizes = [f.r.randrange(2, 12) for _ in drops]
while sum(sizes) < 159:
    sizes[f.r.randrange(len(sizes))] += 1
while sum(sizes) > 159:
    k = f.r.randrange(len(sizes))
    if sizes[k] > 1:
        sizes[k] -= 1

wb = workbook()
ws = wb.active
ws.title = "2days订单"
ws.append(["送货日期", "数量", "吨位", "体积(m3)", "送货地址", "最早送到货的时间", "最晚送到货的时间", "送货点卸货效率(kg/h)",
           "送货点平均等待时长(h)", "经纬度", None, "提货地", "提货时间", "提货效率"])
FORMATS = {2: "#,##0", 3: "#,##0.000000", 4: "#,##0.00", 6: "h:mm:ss\\ Am/Pm", 7: "h:mm:ss\\ Am/Pm", 8: "#,##0", 9: "#,##0.00"}
for col, fmt in FORMATS.items():
    ws.cell(1, col).number_format = fmt
row = 2
for (addr, early, late, lonlat), n in zip(drops, sizes):
    for _ in range(n):
        qty = f.pick([f.r.randrange(1, 30), f.r.randrange(10, 250), f.r.randrange(100, 500)])
        tons = round(qty * f.r.uniform(0.008, 0.03), 6)
        vol = 0 if f.chance(0.12) else round(qty * f.r.uniform(0.02, 0.05), 6)
        ws.append([43988, qty, tons, vol, addr, early, late, 3000, 0.5, lonlat])
        for col, fmt in FORMATS.items():
            ws.cell(row, col).number_format = fmt
        row += 1
ws["A8"].number_format = "#,##0"
ws["L2"] = "北京市通州区" + "通州区" + f.pick(["顺达", "京通"]) + "物流集团(北京有限公司)"
ws["L3"] = f"{116.5 + f.r.random() * 0.1:.6f},{39.7 + f.r.random() * 0.1:.6f}"
ws["M2"] = "7:00-9:00"
ws["N2"] = "最终每个车次的提货时长固定是2小时"
for r in range(row, 375):                       # formats dragged past the data
    for col in (2, 3, 4):
        ws.cell(r, col).number_format = FORMATS[col]
for col, w in zip("ABCDEFGHIJKLM", [8.6, 5.3, 27.1, 9.8, 61.8, 16.3, 16.3, 13.4, 20.6, 22.8, 13.6, 45.1, 13.6]):
    ws.column_dimensions[col].width = w

vt = wb.create_sheet("车型")
vt["B4"], vt["C4"], vt["D4"] = "车型", "车辆最大装载（吨）", "车辆最大装载（立方）"
for i, (kind, tons, cube) in enumerate([("金杯", 2, 4), ("全顺", 3, 6), (4.2, 6, 15), (5.2, 10, 17), (6.8, 13, 30),
                                        (7.7, 15, 40), (9.6, 25, 50)]):
    vt.cell(5 + i, 2, kind).number_format = "#,##0.00"
    vt.cell(5 + i, 3, tons).number_format = "#,##0"
    vt.cell(5 + i, 4, cube).number_format = "#,##0"

save(wb, "deliveries-zh-cn-cityfreight.xlsx")
