"""
Shape of walttang666/ai-store-advisor 客户信息表.xlsx: a car-service shop's customer sheet named
客户信息 — 客户姓名, 车型, 上次到店时间 (dates typed as text), 上次维修项目. Values invented.
"""
from fake import Fake, workbook, save

f = Fake("clients-zh-cn-carservice")
CARS = ["宝马 3系 2020款", "丰田凯美瑞 2021款", "奔驰 C200L", "大众帕萨特 2019款", "本田雅阁 2022款", "奥迪 A4L 2023款",
        "比亚迪汉 EV", "日产轩逸 2018款"]
JOBS = ["更换机油+机滤", "四轮定位", "更换刹车片", "空调清洗+制冷剂补充", "全车漆面镀晶", "常规保养", "更换轮胎x2", "电瓶检测"]
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
