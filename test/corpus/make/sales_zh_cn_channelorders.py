"""
Shape of bloodlad123/python_doc "订单.csv" (commit 2f8b0b0d52883698eff096c45c275b41cf953be4): the practice data of
a Python-for-office course, a Shanghai apparel seller's sales lines saved by Excel on a Chinese Windows PC as
CSV (GBK, CRLF). Header 销售日期 / 销售信息 / 品牌 / 售价 / 销售数量 / 销售额; twenty lines over four days, the
date (2022-1-1, no zero padding) only on some lines and left empty under it; 销售信息 is city + channel
(拼多多, 抖音, 天猫, 京东, 实体) + '订单' + an order code; two lines without it; one brand misspelt; the last line
without quantity and amount. No buyer anywhere. Brands and codes invented.
"""
import os

from fake import FILES, Fake

f = Fake("sales-zh-cn-channelorders")
BRANDS = ["雪杉狼", "十月雨", "风铃", "爱家猫"]
CH = ["拼多多", "抖音", "天猫", "天猫", "天猫", "京东"]
plan = [("2022-1-1", 0), ("", 0), ("", 0), ("", 0), ("", 1), ("2022-1-1", 1), ("2022-1-2", 1), ("", 2), ("", 2), ("", 2),
        ("", 2), ("", 3), ("", 3), ("2022-1-3", 0), ("", 2), ("", 2), ("2022-1-4", 0), ("", 3), ("", 0), ("", 3)]
lines = ["销售日期,销售信息,品牌,售价,销售数量,销售额"]
for i, (day, b) in enumerate(plan):
    brand = BRANDS[b] if i != 18 else "雪衫狼"
    code = f.pick([f"{f.r.randrange(100000, 600000)}-{f.r.randrange(1, 600):03d}", f"AK{f.pick('LMN')}{f.pick('HJ')}{f.r.randrange(1, 700):03d}-{f.r.randrange(1, 5)}",
                   f"{f.pick('FGX')}{f.r.randrange(10000, 80000)}", "FT001-N10"])
    city = "北京" if i == 18 else "上海"
    channel = "实体" if i == 16 else f.pick(CH)
    info = "" if i in (10, 11) else f"{city}{channel}订单{code}"
    price = f.pick([99, 159, 169, 219, 239, 249, 269, 299, 329, 339, 369, 399, 699, 799, 929])
    qty = f.r.randrange(10, 95)
    if i == 19:
        lines.append(f"{day},{info},{brand},{price},,")
    else:
        lines.append(f"{day},{info},{brand},{price},{qty},{price * qty}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "sales-zh-cn-channelorders.csv"), "wb") as out:
    out.write(("\r\n".join(lines) + "\r\n").encode("gbk"))
