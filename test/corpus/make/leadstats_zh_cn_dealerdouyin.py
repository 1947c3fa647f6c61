"""
Shape of inside-ziwu/fastapi-data-processor "data/leads.xlsx": a carmaker's daily lead statistics
per dealer Douyin (TikTok) account, exported by a data platform and saved as .xlsx, one sheet.

- "Sheet1", plain header on row 1, no formats, no widths: 留资日期 / 企业号抖音uid / 主机厂经销商id列表 /
  留资收集抖音号 / 留资收集抖音昵称 / 主页&店铺线索量(去重) / 私信线索量(去重) / 主页&店铺线索次数 /
  直播间表单提交商机量(去重) / 总线索量(去重) / 总线索次数 / 直播期间全场景商机量(去重) /
  直播期间全场景商机量 / 短视频线索量(去重) / 短视频线索量(去重) (the same header twice) /
  橙子建站线索量(去重).
- One row per day and account: 51 days (2025-07-01 … 2025-08-20) as text; the account uid a formula
  ="94569432534" (the CSV trick that keeps long digits, cached as text); the dealer id as text; the
  Douyin handle and nickname (the dealer's store name: "宁波轿辰宝晨BMW", "…4S店"); eleven integer
  counts, mostly 0 and small numbers. The source has 664 accounts and 30213 rows (not every account
  every day); here 60 accounts of invented dealers over the same 51 days, each present on most days.
Values invented.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("leadstats-zh-cn-dealerdouyin")
CITIES = ["宁波", "三亚", "深圳南山", "东莞", "淮安", "徐州", "湛江", "成都", "杭州", "苏州", "无锡", "常州", "温州", "佛山",
          "南宁", "昆明", "合肥", "济南", "青岛", "大连", "沈阳", "长沙", "武汉", "郑州", "西安", "太原", "石家庄", "天津", "福州", "厦门"]
BRANDS = ["宝晨", "粤宝", "宝诚", "宏宝", "中升之宝", "骏宝", "星宝", "宝泽", "和诚宝", "宝利丰", "融宝", "德宝"]
SUFFIX = ["BMW", "宝马", "店", "宝马4S店", "宝马中心", "BMW官方"]

accounts = []
seen = set()
while len(accounts) < 60:
    city, brand = f.pick(CITIES), f.pick(BRANDS)
    nick = f"{city}{brand}{f.pick(SUFFIX)}"
    if nick in seen:
        continue
    seen.add(nick)
    uid = str(f.r.randrange(10 ** 10, 10 ** 16))
    handle = f.pick(["bmw_", "BMW_", "", "Sz", "dg"]) + "".join(f.pick("abcdefghijklmnopqrstuvwxyz") for _ in range(f.r.randrange(5, 9))) + (str(f.r.randrange(100, 999)) if f.chance(0.3) else "")
    accounts.append((uid, str(f.r.randrange(30000, 50000)), handle, nick, f.r.random()))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["留资日期", "企业号抖音uid", "主机厂经销商id列表", "留资收集抖音号", "留资收集抖音昵称", "主页&店铺线索量(去重)",
           "私信线索量(去重)", "主页&店铺线索次数", "直播间表单提交商机量(去重)", "总线索量(去重)", "总线索次数",
           "直播期间全场景商机量(去重)", "直播期间全场景商机量", "短视频线索量(去重)", "短视频线索量(去重)", "橙子建站线索量(去重)"])
cf = CachedFormulas()
import datetime
r = 2
for d in range(51):
    day = (datetime.date(2025, 7, 1) + datetime.timedelta(days=d)).isoformat()
    for uid, dealer, handle, nick, size in accounts:
        if f.chance(0.12):
            continue
        shop = f.r.choice([0, 0, 0, 0, 1, 2])
        dm = int(f.r.random() * size * 40)
        live = int(f.r.random() * size * 30)
        video = f.r.choice([0] * 12 + [1, 2])
        site = f.r.choice([0] * 10 + [1])
        total = shop + dm + live + video + site
        times = total + f.r.randrange(0, 6)
        live_all = live + f.r.randrange(0, 4)
        ws.append([day, None, dealer, handle, nick, shop, dm, shop + f.r.choice([0, 0, 1, 2]), live, total, times,
                   live_all, live_all + f.r.randrange(0, 5), video, video, site])
        cf.formula(ws, f"B{r}", f'="{uid}"', uid)
        r += 1
cf.save(wb, "leadstats-zh-cn-dealerdouyin.xlsx")
print(r - 2, accounts[0], accounts[5])
