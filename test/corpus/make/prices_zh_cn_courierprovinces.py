"""
Shape of a courier franchise's freight price table per destination province, as in
aohanhongzhi/SCalculator "价格表.xlsx" (commit 3ad452d536d02227dfd82987dc08d6e72384c895; the rate
table a small shipping-fee calculator reads). One sheet 'Sheet1': a title '价格表' alone in A1, then
three label rows in column A — '对象' (what the bracket is on: '网点' … '原值'), '起始' (from) and
'终止' (to, 100000 for open-ended) — with the bracket bounds in every other column and two surcharge
labels ('网点5-10附加', '网点10以上附加') sitting in the 终止 row; from row 5 one row per province
or municipality (names spelled as the clerk typed them: '安徽省', '北京', '广西', '内蒙省' and a
late '内蒙古' at the end) with 14 rate numbers. No merged cells. Values invented: the rates.
"""
from fake import Fake, save, workbook

f = Fake("prices-zh-cn-courierprovinces")
PROVINCES = ["安徽省", "北京", "福建省", "甘肃省", "广东省", "广西", "贵州省", "海南省", "河北省", "河南省", "黑龙江", "湖北省", "湖南省",
             "吉林省", "江苏省", "江西省", "辽宁省", "内蒙省", "宁夏", "青海", "山东省", "山西省", "陕西省", "上海", "四川省", "天津", "西藏",
             "新疆", "云南省", "浙江省", "重庆", "内蒙古"]
FAR = {"甘肃省", "海南省", "黑龙江", "吉林省", "内蒙省", "宁夏", "青海", "西藏", "新疆", "云南省", "内蒙古"}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["价格表"] + [None] * 14)
ws.append(["对象", "网点", None, "网点", None, "网点", None, "网点", None, "网点", None, "原值", None, "原值", None])
ws.append(["起始", 0, None, 1, None, 3, None, 5, None, 10, None, 0, None, 5, None])
ws.append(["终止", 1, None, 3, None, 5, None, 10, "网点5-10附加", 100000, "网点10以上附加", 5, None, 1000, None])
for p in PROVINCES:
    k = 1.6 if p in FAR else f.pick([1.0, 1.0, 1.1, 1.2])
    r = lambda x: round(x * k, 2)
    ws.append([p, r(1.1), r(0.5), r(1.3), r(1.4), r(3.2), r(0.4), r(4.8), r(1.5), r(2), 1, r(1.2), 0, r(1.5), 0])
save(wb, "prices-zh-cn-courierprovinces.xlsx")
