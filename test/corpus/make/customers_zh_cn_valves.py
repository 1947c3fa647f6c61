"""
Shape of MilesSG/valve_digital_twin_dashboard "data/客户数据.xlsx" (at commit a5eee97): a valve
maker's key customers for a dashboard, written by openpyxl: one sheet named 客户数据, header
客户名称 / 累计金额 / 等级 / 联系人 / 订单数; fifteen companies (province + trade words, a few with
有限公司, sorted by the amount), the cumulative order amount in yuan as a whole number, a grade
VIP / A / B / C, the contact as a surname and a title (张经理, 李总, 王主任, 赵工), the number of
orders. No title, no styles. A person imports the fifteen companies as enterprise clients with
their contact; the amount, the grade and the order count stay in notes. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-zh-cn-valves")

PLACES = ["上海", "江苏", "浙江", "安徽", "山东", "江西", "福建", "湖南", "河南", "湖北", "广东", "广西", "四川",
          "重庆", "云南", "天津", "河北", "陕西"]
TRADES = ["石化", "电力", "能源", "燃气", "化工", "天然气", "热力", "水务"]
TAILS = ["集团", "公司", "", "有限公司", "股份公司"]
TITLES = ["经理", "总", "主任", "工"]
SURNAMES = list("张李王赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施")

wb = workbook()
ws = wb.active
ws.title = "客户数据"
ws.append(["客户名称", "累计金额", "等级", "联系人", "订单数"])
amount = 1300000
orders = 46
for i in range(15):
    name = f._unique(lambda: f.pick(PLACES) + f.pick(["", "华东", "长江", "东方", "新"]) * (1 if f.chance(0.3) else 0)
                     + f.pick(TRADES) + f.pick(TAILS))
    amount -= f.r.randrange(2, 30) * 5000 if i else 0
    orders -= f.r.randrange(1, 7) if i else 0
    grade = "VIP" if i == 0 else "A" if i < 4 else "B" if i < 8 else "C"
    contact = f._unique(lambda: f.pick(SURNAMES) + f.pick(TITLES))
    ws.append([name, amount, grade, contact, max(orders, 3)])
save(wb, "customers-zh-cn-valves.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
