"""
Shape of telaker/Access "销售数据.xlsx": a vegetable wholesaler's day of deliveries, typed in Excel 2010
to be pulled into its Access database, two sheets.

- "销售数据": English headers vegetables / amount / price / customers over Chinese values, no title.
  One row per vegetable delivered: the vegetable (香菜, 蒜苔, 大金针菇 …, the same vegetable for many
  buyers), the amount in jin with one decimal or whole, the unit price (2.5, 5.8, 108 for one
  mistyped ginger), and the buyer, formatted as text: a kitchen known only by its boss's surname
  (孙, 周 …) or by a number-like nickname ("888"). Rows are grouped by buyer in delivery order, from
  2 to 29 lines each; 114 lines for ten buyers.
- "Sheet1": eleven more lines for one further buyer pasted without the header row (a surname not
  on the first sheet), large bulk amounts and a few totals typed into the price column.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("sales-zh-cn-vegstall")

VEG = ["蒜苔", "香菜", "苦苣", "苦瓜", "白萝卜", "胡萝卜", "小米椒", "黄瓜", "菠菜", "紫甘蓝", "大蒜", "芹菜", "西兰花",
       "大金针菇", "青笋", "西红柿", "豆芽", "香芹", "生姜", "红椒", "油菜", "心里美", "金针菇", "豆角", "白菜", "小白菜",
       "苤蓝", "紫葱头", "蒜米", "大葱", "姜", "甘蓝", "小葱", "圆生菜", "叶生菜", "蒿子杆", "油麦", "笋", "大芹菜",
       "小黄瓜", "尖椒", "西葫芦", "小金针菇", "小菜花", "长茄", "土豆", "小柿子", "香葱", "空心菜", "芥兰", "菜心",
       "玉米", "娃娃菜", "黄葱头", "平菇", "黄豆芽", "绿豆芽", "河粉", "葱", "蒜", "青椒", "细葱", "白薯"]
PRICE = {"小米椒": 30, "大蒜": 35, "大金针菇": 23, "小柿子": 60, "生姜": 7.5, "姜": 7.5, "香菜": 7, "蒜苔": 8.5,
         "豆芽": 1.5, "黄豆芽": 1.5, "绿豆芽": 1.5, "白菜": 1.5, "小金针菇": 1.5}

# buyer, number of lines
BUYERS = [("888", 15), ("许", 10), ("唐", 13), ("吴", 29), ("郭", 2), ("何", 20), ("韩", 8), ("曹", 6), ("梁", 4),
          ("沈", 7)]
assert sum(n for _, n in BUYERS) == 114


def line(buyer, veg, bulk=False):
    amount = round(f.r.uniform(0.5, 14), 1) if not bulk else round(f.r.uniform(8, 60), 1)
    if f.chance(0.25):
        amount = float(int(amount) or 1)
    amount = int(amount) if amount == int(amount) else amount
    price = PRICE.get(veg) or f.pick([1.4, 2, 2.2, 2.5, 2.7, 2.8, 3, 3, 3.5, 3.5, 3.7, 4, 4, 4.5, 4.8, 5, 5.8, 6, 6.5, 9])
    if f.chance(0.15):
        price = round(price + f.pick([-0.5, 0.5, 1]), 1)
    return [veg, amount, price, buyer]


wb = workbook()
ws = wb.active
ws.title = "销售数据"
ws.append(["vegetables", "amount", "price", "customers"])
ws["D1"].number_format = "@"
for buyer, n in BUYERS:
    for veg in f.r.sample(VEG, n):
        ws.append(line(buyer, veg))
        ws.cell(ws.max_row, 4).number_format = "@"
# one ginger line typed with the price of a box
for row in range(2, ws.max_row + 1):
    if ws.cell(row, 1).value in ("姜", "生姜") and ws.cell(row, 4).value == "吴":
        ws.cell(row, 3, 108)
        break
ws.column_dimensions["A"].width = 11.6
ws.column_dimensions["D"].width = 10.5

extra = wb.create_sheet("Sheet1")
for veg in ["香葱", "西兰花", "韭菜", "蒜苔", "好蒜苔", "蒜米", "蒜苗", "芹菜", "广东丝瓜", "小葱", "菠菜"]:
    row = line("蔡", veg, bulk=veg in ("韭菜", "芹菜", "菠菜", "蒜苗"))
    if veg in ("西兰花", "蒜苔", "好蒜苔", "蒜米", "小葱"):
        row[1], row[2] = 1 if veg != "蒜苔" else 3, f.pick([53, 75, 93, 130, 158])   # a box or a total as the price
    extra.append(row)
    extra.cell(extra.max_row, 4).number_format = "@"

save(wb, "sales-zh-cn-vegstall.xlsx")
