"""
Shape of yunzheng2006/sunipip-dash 客户信息.xlsx, saved by WPS: a reseller's list of proxy lines
sold to customers — 客户名称 (nicknames, one customer on many rows), 地区 (country), socks5
(ip:port:user:password), IP名称 (name-country-ip), 到期时间 ("3.26到期"), 业务归属 (the sales rep,
on every row), IP归属 (the supplier), 二维码 (WPS cell-image formulas), a tag column with no
header, and WPS's very hidden WpsReserved_CellImgList sheet. Values invented (documentation IP
ranges 192.0.2.x, 198.51.100.x, 203.0.113.x).
"""
from fake import Fake, workbook, save

f = Fake("proxies-zh-cn-owner")
CUSTOMERS = ["晚风", "好运来了", "阿龙哥", "阿飞", "小鱼儿", "星辰", "老K", "橙子", "大海", "风铃"]
WEIGHTS = [1, 1, 9, 2, 1, 3, 2, 1, 4, 1]
COUNTRIES = ["巴西", "墨西哥", "美国", "日本", "德国"]
REPS = ["赵小川"] * 5 + ["刘一鸣"] * 2 + ["周可"]
SUPPLIERS = ["星火", "阿龙哥", "蓝鲸", "云桥"]
NETS = ["192.0.2", "198.51.100", "203.0.113"]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户名称", "地区", "socks5", "IP名称", "到期时间", "业务归属", "IP归属", "二维码"])
pool = [c for c, w in zip(CUSTOMERS, WEIGHTS) for _ in range(w)]
for i, customer in enumerate(pool + ["阿龙哥"] * 3):
    country = f.pick(COUNTRIES)
    ip = f"{f.pick(NETS)}.{f.r.randrange(1, 255)}"
    port = f.r.randrange(1000, 40000)
    secret = "".join(f.pick("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    row = [customer, country, f"{ip}:{port}:u{secret[:8]}:{secret}", f"{customer}-{country}-{ip}",
           f"{f.r.randrange(1, 13)}.{f.r.randrange(1, 29)}到期", f.pick(REPS), f.pick(SUPPLIERS),
           f'=_xlfn.DISPIMG("ID_{f.r.getrandbits(128):032X}",1)']
    ws.append(row)
    if i % 6 == 0:
        ws.cell(ws.max_row, 9, "vps2hk1")
for col, width in zip("ABCDEFGJ", [18.8, 13.8, 68.5, 30.4, 18.7, 16.3, 14.4, 7.0]):
    ws.column_dimensions[col].width = width
hidden = wb.create_sheet("WpsReserved_CellImgList")
hidden.sheet_state = "veryHidden"
save(wb, "proxies-zh-cn-owner.xlsx")
