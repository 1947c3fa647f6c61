"""
Shape of Forever5201/yingyukehuguanlixitong "taobao_orders_complete.xlsx" (at commit 2858dd6a): an
export from a small English-tutoring shop's management app of its Taobao 刷单 (order-brushing)
ledger: each row one fake order placed by a hired buyer, who is refunded the amount and paid a
commission. Two sheets, header row bold, no title, no formats (dates are text).

- "刷单数据": header 序号 / 订单ID / 客户姓名 / 等级 / 刷单金额 / 佣金 / 淘宝手续费 / 本金 / 是否已评价 /
  订单时间 / 结算状态 / 结算时间 / 创建时间; 111 rows, 序号 1 … 111, 订单ID the app's ids in
  no particular order; 客户姓名 the buyer's Taobao nickname or name (美女姐姐, 劳资不是淑女, 袁文,
  "l李佳乐" with a stray letter), 87 distinct, some buyers on three or four rows; 等级 the
  buyer account's level (钻3 … 钻5, 皇冠1, 皇冠2, 88vip); 刷单金额 the order amount (39.9, 39,
  8.8 …), 佣金 the commission 5, 8 or 0, 淘宝手续费 0.6 % of the amount to four places, 本金 the
  amount refunded (amount + commission); 是否已评价 是 / 否 (mostly 否); 订单时间 and 创建时间
  "YYYY-MM-DD HH:MM:SS" text, newest first; 结算状态 未结算 throughout, 结算时间 empty.
- "测试数据": a two-row test table 订单ID / 客户姓名 / 金额 (测试客户1, 测试客户2).
A person imports nothing: the names are hired fake buyers, not clients. Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("brushing-zh-cn-taobaoorders")
NICKS = ["美女姐姐", "成为你想要的样子", "泼妇", "海什么来着", "嫣然一笑", "劳资不是淑女", "小确幸", "一只快乐的猫", "半夏微凉",
         "晴天娃娃", "追风少年", "不吃香菜", "奶茶续命", "夏天的风", "柠檬不酸", "月亮不睡我不睡", "橘子汽水", "慢慢来"]
LEVELS = ["钻5"] * 31 + ["钻4"] * 29 + ["皇冠1"] * 21 + ["88vip"] * 12 + ["钻3"] * 12 + ["皇冠2"] * 6
AMOUNTS = [39.9] * 40 + [39] * 23 + [8.8, 9.8, 19.8, 49, 29.9, 59.9, 27.8, 15.9] * 6
buyers = NICKS + [f.name_cn() for _ in range(69)]
rows = list(buyers)
while len(rows) < 111:
    rows.append(f.pick(buyers[:40]))
f.r.shuffle(rows)
rows[0] = "成为你想要的样子"
rows[109] = "l李佳乐"
f.r.shuffle(LEVELS)
ids = list(range(1, 112))
f.r.shuffle(ids)

wb = workbook()
ws = wb.active
ws.title = "刷单数据"
ws.append(["序号", "订单ID", "客户姓名", "等级", "刷单金额", "佣金", "淘宝手续费", "本金", "是否已评价", "订单时间", "结算状态", "结算时间", "创建时间"])
for c in ws[1]:
    c.font = Font(bold=True)
t = datetime.datetime(2025, 8, 1, 5, 32)
created = datetime.datetime(2025, 8, 2, 5, 32, 54)
for i in range(111):
    amount = f.pick(AMOUNTS)
    commission = f.pick([5] * 63 + [0] * 32 + [8] * 16)
    ws.append([i + 1, ids[i], rows[i], LEVELS[i], amount, commission, round(amount * 0.006, 4), round(amount + commission, 2),
               "是" if f.chance(0.08) else "否", t.strftime("%Y-%m-%d %H:%M:%S"), "未结算", None,
               created.strftime("%Y-%m-%d %H:%M:%S")])
    t -= datetime.timedelta(minutes=f.pick([1, 1, 2, 60 * 23, 60 * 24, 60 * 25]))
    created -= datetime.timedelta(seconds=f.r.randrange(20, 90))

test = wb.create_sheet("测试数据")
test.append(["订单ID", "客户姓名", "金额"])
test.append([1, "测试客户1", 100])
test.append([2, "测试客户2", 200])
for c in test[1]:
    c.font = Font(bold=True)
save(wb, "brushing-zh-cn-taobaoorders.xlsx")
