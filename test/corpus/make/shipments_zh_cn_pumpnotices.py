"""
Shape of huwenyang12/NF-Pump-industry "发货单.xlsx": a pump maker's sales office's shipping notices
(发货通知单) to its factory, several forms stacked down Sheet1 (Sheet2 and Sheet3 empty). Each form: a
title merged over A:J ('… 发货通知单 2025年10月09日订单 流体北京办20251009001'), the sender and his mobile
merged over A:J, the header 编号 / 名称 / 物料号 / 水泵型号 / 工厂 / 数量 / 单价 / 金额 / 交期 / 收货人信息,
the order number and the buying company merged down A and B over the item rows, one row per pump or
part (material number, model, plant code, quantity, price, amount), empty item rows with 0 in 金额,
the consignee's delivery line (送货/省/市/县 street / contact / mobile, with line breaks) merged down J,
a SUM row, then 合同号 / 是否安装调试验收 / 备注 rows with merged cells, and a blank row before the next
form. Written by openpyxl. Values invented.
"""
from openpyxl.styles import Alignment

from fake import Fake, workbook, save

f = Fake("shipments-zh-cn-pumpnotices")

BUYERS = ["北京清源环保设备有限公司", "南京清源环保设备有限公司", "济南泰禾水务工程有限公司", "天津瑞通机电设备有限公司"]
OFFICES = [("流体北京办", "LT"), ("流体天津办", "LT"), ("流体济南办", "LT"), ("流体北京办", "LT")]
MODELS = ["LD65-20G/2SWHCJ(带底板)", "LD65-20G", "LD65-20G/4SWHCJ", "LD80-32G/2SWHCJ", "LD50-12G/3SWHCJ", "ISG65-160", "配件-机械密封"]
PLACES = [("山东省", "济南市", "博兴县", "兴业四路"), ("河北省", "廊坊市", "固安县", "新源街"), ("江苏省", "南京市", "江宁区", "天元中路"),
          ("天津市", "天津市", "西青区", "海泰大道")]
SIZES = [8, 12, 8, 10]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
sender, sender_phone = f.name_cn(), f.mobile_cn()
r = 1
for k, buyer in enumerate(BUYERS):
    office, prefix = OFFICES[k]
    number = f"{prefix}2025100900{k + 1}"
    ws.cell(r, 1, f"杭州南泵流体机械 发货通知单 2025年10月09日订单 {office[:-1]}{20251009001 + k}")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.cell(r + 1, 1, f"发件人:{sender} 联系电话:{sender_phone}收件工厂:杭州南泵")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    for j, h in enumerate(["编号", "名称", "物料号", "水泵型号", "工厂", "数量", "单价", "金额", "交期", "收货人信息"]):
        ws.cell(r + 2, j + 1, h)
    first = r + 3
    size = SIZES[k]
    items = f.r.randrange(1, size - 1)
    prov, city, county, road = PLACES[k]
    contact = f.pick(list("王李张刘陈杨赵")) + "总"
    ws.cell(first, 1, f"{office}\n{number}")
    ws.cell(first, 2, buyer)
    ws.cell(first, 10, f"{f.pick(['送货', '收货'])}/{prov}/{city}/{county}\n{road}/{contact}\n/{f.mobile_cn()}")
    for i in range(size):
        row = first + i
        if i < items:
            price = f.r.randrange(200, 900)
            ws.cell(row, 3, 1100229676 + f.r.randrange(0, 20))
            ws.cell(row, 4, f.pick(MODELS))
            ws.cell(row, 5, f.pick([1073, 3900, 3900, 3901]))
            ws.cell(row, 6, 1)
            ws.cell(row, 7, price)
            ws.cell(row, 8, price)
        else:
            ws.cell(row, 8, 0)
        ws.cell(row, 10).alignment = Alignment(wrap_text=True, vertical="center")
    last = first + size - 1
    ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
    ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.merge_cells(start_row=first, start_column=10, end_row=last, end_column=10)
    total = last + 1
    ws.cell(total, 6, f"=SUM(F{first}:F{first + items - 1})" if k != 1 else items)
    ws.cell(total, 8, f"=SUM(H{first}:H{first + items - 1})")
    ws.cell(total + 1, 1, "合同号")
    ws.cell(total + 1, 3, "是否安装调试验收")
    ws.cell(total + 1, 4, "备注1：")
    ws.cell(total + 2, 3, f.pick(["N", "N", "Y"]))
    ws.cell(total + 2, 4, f.pick(["备注2：现货直接发", "备注2：", "备注2：等通知发货"]))
    ws.merge_cells(start_row=total + 1, start_column=1, end_row=total + 2, end_column=2)
    ws.merge_cells(start_row=total + 1, start_column=4, end_row=total + 1, end_column=9)
    ws.merge_cells(start_row=total + 2, start_column=4, end_row=total + 2, end_column=9)
    ws.merge_cells(start_row=total + 1, start_column=10, end_row=total + 2, end_column=10)
    r = total + 4
for col, width in {"A": 23.9, "B": 25.6, "C": 19.0, "D": 42.7, "E": 5.4, "J": 18.6}.items():
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "shipments-zh-cn-pumpnotices.xlsx")
