"""
Shape of CIRA18-HUB/sales_dashboard "客户月度销售达成.xlsx": a snack maker's shipments to its
distributors, copied out of a pivot table into a plain sheet and saved by WPS 表格 (one sheet Sheet1,
no title, no filter): 订单日期 / 发运月份 / 经销商名称 / 求和项:金额（元） — the pivot's "sum of" caption
kept as the amount's header. One row per distributor and day with a shipment, seventeen months in date
order; dates and months as text, amounts as numbers (one decimal or whole). Distributors are
companies and small traders (商贸有限公司, 供应链管理（广州）有限公司, 食品商行, 副食经营部, 配送中心), the big
ones on a hundred days, many on one or two; three distributor-days appear twice. 2,260 of 4,173 rows;
values invented (names, dates and amounts).
"""
import datetime

from fake import Fake, workbook, save

f = Fake("sales-zh-cn-distributorpivot")

CITIES = ["西安", "保定", "郑州", "重庆", "海南", "杭州", "上海", "广州", "深圳", "成都", "长沙", "南京", "合肥", "济南", "沈阳",
          "昆明", "南宁", "福州", "武汉", "石家庄", "太原", "兰州", "贵阳", "哈尔滨"]
WORDS = ["瑞禾", "嘉润", "聚鑫", "德源", "和盛", "丰泰", "恒润", "汇通", "联达", "鼎丰", "益佳", "同庆", "万和", "天禾", "锦泰",
         "新润", "金盛", "康源", "旺达", "荣昌", "佳润", "兴隆", "盈丰", "安达", "博瑞"]
COMPANY_TAILS = ["商贸有限公司", "商贸有限公司", "贸易有限公司", "食品有限公司", "电子商务有限公司", "实业有限公司", "进出口有限公司"]
TOWNS = ["苏州工业园区", "淮北市相山区", "溧阳市溧城", "绵阳市安州区", "谯城区", "兴化市", "沭阳县沭城", "湖州康山街道", "广州市越秀区",
         "泗洪县", "台州市路桥", "广德县桃州镇", "砀山县", "沈阳市和平区", "宁乡县玉潭镇", "巢湖市", "佛山市南海区"]
TRADER_TAILS = ["食品商行", "副食商行", "副食经营部", "食品经营部", "配送中心", "商贸中心", "食品店", "商贸部"]


def distributor():
    def make():
        kind = f.r.random()
        if kind < 0.55:
            return f"{f.pick(CITIES)}{f.pick(WORDS)}{f.pick(COMPANY_TAILS)}"
        if kind < 0.62:
            return f"{f.pick(WORDS)}供应链管理（{f.pick(['广州', '深圳', '上海'])}）有限公司"
        return f"{f.pick(TOWNS)}{f.pick(WORDS)}{f.pick(TRADER_TAILS)}"
    return f._unique(make)


names = [distributor() for _ in range(214)]
# A few big distributors ship almost every week, most a handful of times, some once.
weights = [60] * 6 + [25] * 20 + [8] * 60 + [2] * 80 + [1] * 48
pool = [n for n, w in zip(names, weights) for _ in range(w)]

day, end = datetime.date(2024, 1, 1), datetime.date(2025, 5, 30)
days = [(day + datetime.timedelta(days=k)) for k in range((end - day).days + 1)]
per_day = 2500 / len(days)
rows = []
carry = 0.0
for d in days:
    if d.month == 2 and d.day < 16 and d.year == 2024:
        continue                      # the new-year holiday: no shipments
    carry += per_day * (1.1 if d.weekday() < 5 else 0.5)
    count = int(carry)
    carry -= count
    chosen = []
    while len(chosen) < count:
        n = f.pick(pool)
        if n not in chosen:
            chosen.append(n)
    for n in chosen:
        amount = round(f.r.randrange(1000, 120000) * f.pick([0.6, 1.2, 1.0]), 1)
        if f.chance(0.25):
            amount = int(amount)
        rows.append([d.isoformat(), f"{d:%Y-%m}", n, amount])
rows = rows[:2497]
for k in (300, 1200, 2100):           # the same distributor and day listed twice
    rows.insert(k + 1, [rows[k][0], rows[k][1], rows[k][2], round(f.r.randrange(1000, 20000) * 0.6, 1)])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["订单日期", "发运月份", "经销商名称", "求和项:金额（元）"])
for r in rows:
    ws.append(r)
ws.column_dimensions["C"].width = 13.0
save(wb, "sales-zh-cn-distributorpivot.xlsx")
