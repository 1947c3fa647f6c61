"""
Shape of jonesteven0504/DataAnaly_ForBeginners 销售数据.xlsx (commit
ffd475e2431e002a3544f4e924df0326536dcc24): a beginners' data-analysis course's practice sheet.
One sheet 销售数据, header on row 1: 商品名称 / 销售数量 / 单价 / 销售日期 / 销售区域 / 客户名称; 20 sales
of five products (手机, 电脑, 耳机, 键盘, 鼠标), a few quantities and one price left blank on purpose
for the cleaning exercise, dates one per day as datetimes shown mm-dd-yy, regions 华东/华南/华北/华中,
and each customer a placeholder name made of a surname and a counting word (张三-style, here with
other surnames: 何三, 吕四 … 云二十二), every customer once. Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("sales-zh-cn-beginnerrecords")
NUM = ["三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八",
       "十九", "二十", "二十一", "二十二"]
SUR = list("何吕施孔曹严华金魏陶姜戚谢邹喻柏水窦章云")
PRICE = {"手机": 2500, "电脑": 6000, "耳机": 300, "键盘": 400, "鼠标": 120}
wb = workbook()
ws = wb.active
ws.title = "销售数据"
ws.append(["商品名称", "销售数量", "单价", "销售日期", "销售区域", "客户名称"])
prods = ["耳机", "手机", "鼠标", "电脑", "键盘"]
for i in range(20):
    p = prods[(i * 3 + 1) % 5] if i % 4 else f.pick(prods)
    qty = None if i in (4, 13) else f.r.randrange(3, 31)
    price = None if i == 7 else round(PRICE[p] * f.r.uniform(0.95, 1.05), -1 if PRICE[p] > 200 else 0)
    d = datetime.datetime(2025, 3, 1) + datetime.timedelta(days=i)
    ws.append([p, qty, price, d, f.pick(["华东", "华南", "华北", "华中"]), SUR[i] + NUM[i]])
    ws.cell(ws.max_row, 4).number_format = "mm-dd-yy"
save(wb, "sales-zh-cn-beginnerrecords.xlsx")
