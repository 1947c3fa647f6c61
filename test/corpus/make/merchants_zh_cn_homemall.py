"""
Shape of githublirui/test "company/zgjw/task/2013_8_8_hy_collect/hy3/2013_8_15.xls": a home-
furnishing portal's list of the brand shops in three Tianjin furniture malls, collected to be
opened as the portal's merchant members, made in WPS as an Excel 97-2003 .xls, three sheets.

- 实体店铺: 会员名称 / 真实姓名 / 公司名称 — the same shop name ('<brand><mall><branch>店') in all
  three — / 所属品牌ID / 所属商城ID (the portal's ids, numbers) / 邮箱 / 电话 / 省份 / 市 (市辖区 on
  every row) / 区 / 商圈 / 邮编 / 详细地址 / logo (an image number), then 34 empty columns and a
  stray '地板' header far right in AW1. Shops of one mall share the mall's switchboard number (one
  mall's with a trailing space on most rows), address, district and postcode; e-mails are the
  brand's, a QQ-style number, or one address for three shops; four shops entered twice.
- 品牌厂商: the brand list without a header — Latin or short brand, an empty column, the Chinese
  brand name on some, '无logo' on some.
- Sheet3: empty.
Re-saved as .xls by LibreOffice. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("merchants-zh-cn-homemall")
MALL = "宏星家居"
MALLS = [("河东店", 18683, "河东区", "一号桥", "300000", f"天津市河东区津滨大道{f.r.randrange(100, 300)}号", "022-8413{:04d}".format(f.r.randrange(10000)), 105),
         ("河西店", 862, "河西区", "黑牛城道", "300221", f"天津市河西区黑牛城道{f.r.randrange(10, 90)}号", "022-8831{:04d}".format(f.r.randrange(10000)), 61),
         ("红桥店", 18682, "红桥区", None, "300000", "天津市红桥区红旗路与西青道交口超市南侧", "022-2771{:04d}".format(f.r.randrange(10000)), 59)]
SYL = ["欧", "雅", "美", "诺", "宝", "丽", "嘉", "森", "圣", "华", "金", "尚", "德", "凯", "莱", "康", "朗", "皇", "典", "帝",
       "斯", "菲", "顿", "格", "曼", "博", "维", "泰", "威", "琪"]
LATIN = ["AO", "L&D", "TOTO", "KS", "BM", "DMK", "ASK", "LKL", "NOVA", "B8", "3D", "MJ", "ZH", "TCL"]
TRADES = ["陶瓷", "卫浴", "地板", "橱柜", "灯饰", "家具", "墙纸", "门窗", "吊顶", "涂料", "沙发", "床垫"]

brands = []
while len(brands) < 260:
    b = f.pick(LATIN) if f.chance(0.08) else "".join(f.pick(SYL) for _ in range(f.pick([2, 2, 3, 4])))
    if f.chance(0.3):
        b += f.pick(TRADES)
    if b not in brands:
        brands.append(b)

wb = workbook()
ws = wb.active
ws.title = "实体店铺"
header = ["会员名称", "真实姓名", "公司名称", "所属品牌ID", "所属商城ID", "邮箱", "电话", "省份", "市", "区", "商圈", "邮编", "详细地址", "logo"]
ws.append(header)
ws.cell(1, 49, "地板")

shared_mail = f.email(f"yh{f.r.randrange(1000, 9999)}")
rows = []
logo = 0
bi = 0
for branch, mall_id, district, area, post, addr, phone, count in MALLS:
    for k in range(count - 1 if branch == "河东店" else count):
        brand = brands[bi % len(brands)]
        bi += 1
        name = f"{brand}{MALL}{branch}"
        r = f.r.random()
        if r < 0.35:
            mail = f.email(f"{f.r.randrange(784000, 785999)}")
        elif r < 0.95:
            mail = f.email(f"{''.join(f.pick('abcdefghijklmnopqrstuvwxyz') for _ in range(f.pick([2, 4, 6, 9])))}")
        else:
            mail = None
        tel = phone + (" " if branch == "河东店" and f.chance(0.88) else "")
        if branch == "河东店" and k < 3:
            tel = f"022-8413{f.r.randrange(9300, 9399)}"
        logo += 1 if f.chance(0.97) else 2
        rows.append([name, name, name, f.r.randrange(10, 20000), mall_id, mail, tel, "天津市", "市辖区", district, area, int(post),
                     addr, logo])
# One e-mail for three shops, four shops entered twice.
for r in f.r.sample(rows, 3):
    r[5] = shared_mail
for r in f.r.sample(rows, 4):
    dup = list(r)
    dup[3] = f.r.randrange(10, 20000)
    dup[13] = logo + f.r.randrange(1, 50)
    rows.insert(rows.index(r) + f.r.randrange(3, 40), dup)
for r in rows:
    ws.append(r)
ws.column_dimensions["A"].width = 28
ws.column_dimensions["M"].width = 40

brand_ws = wb.create_sheet("品牌厂商")
for b in brands[:240]:
    zh = "".join(f.pick(SYL) for _ in range(2)) if (b[:1].isascii() or f.chance(0.2)) else None
    brand_ws.append([b, None, zh, "无logo" if f.chance(0.25) else None])
wb.create_sheet("Sheet3")

save(wb, "merchants-zh-cn-homemall.xls", libreoffice="xls")
