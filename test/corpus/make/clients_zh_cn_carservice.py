"""
Shape of walttang666/ai-store-advisor 客户信息表.xlsx: a car-service shop's customer sheet named
客户信息 — 客户姓名, 车型, 上次到店时间 (dates typed as text), 上次维修项目. Values invented.
"""
from fake import Fake, workbook, save

f = Fake("clients-zh-cn-carservice")
CARS = ["宝马 5系 2021款", "丰田凯美瑞 2020款", "奔驰 E300L", "大众帕萨特 2022款", "本田雅阁 2019款", "奥迪 A6L 2022款",
        "比亚迪汉 DM-i", "日产轩逸 2020款"]
JOBS = ["换机油机滤", "四轮定位+动平衡", "更换前刹车片", "空调滤芯更换", "全车打蜡", "小保养", "更换轮胎x2", "电瓶检测"]
wb = workbook()
ws = wb.active
ws.title = "客户信息"
ws.append(["客户姓名", "车型", "上次到店时间", "上次维修项目"])
import datetime
for i in range(8):
    d = f.date(datetime.date(2024, 11, 1), datetime.date(2025, 11, 30))
    ws.append([f.name_cn(), CARS[i], d.isoformat(), JOBS[i]])
for col, width in zip("ABCD", [14, 24, 18, 26]):
    ws.column_dimensions[col].width = width
save(wb, "clients-zh-cn-carservice.xlsx")
