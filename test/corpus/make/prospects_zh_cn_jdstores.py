"""
Shape of BaichuanWu/jd_gui "店铺信息.xlsx" (commit 12e64a64e480160a72bb29781cf1ce113ca0fb7f): the export of a small
desktop tool that scrapes JD.com stores so that their operating companies can be looked up (and called) as sales
leads; written by xlsxwriter (here openpyxl). One sheet 店铺信息: 店铺ID / 店铺名称 / 公司名称, twenty stores, the
six-digit store id stored as text and mostly rising (a few out of order), the store's name (旗舰店 / 专营店 /
专卖店, one with an English brand inside) and the company behind it, every company different. Store and company
names invented.
"""
from fake import Fake, save, workbook

f = Fake("prospects-zh-cn-jdstores")
BRAND = ["莱雅璐", "蜀味世家", "恩爱燕", "宝光", "异兵", "欧美亚", "考拉熊", "荞麦宝", "樱花香", "健康居", "百影", "淳厨",
         "澳沙", "可欣然", "茶香", "群柏", "百诺诺", "摩卡芙", "澳斯"]
WHAT = [("皮革服装有限公司", "旗舰店"), ("食品贸易有限公司", "食品专营店"), ("商贸有限公司", "旗舰店"), ("光电有限公司", "家居专营店"),
        ("户外装备有限公司", "旗舰店"), ("地毯有限公司", "地垫旗舰店"), ("家居用品有限公司", "家居专卖店"), ("科技有限公司", "旗舰店"),
        ("贸易有限公司", "旗舰店"), ("酒业销售有限公司", "酒类专卖店"), ("灯饰有限公司", "旗舰店"), ("贸易有限公司", "数码旗舰店"),
        ("网络科技有限公司", "厨具专营店"), ("卫浴制品有限公司", "旗舰店"), ("家居用品有限公司", "官方旗舰店"), ("家庭用品有限公司", "家庭专卖店"),
        ("家居用品有限公司", "家居旗舰店"), ("食品开发有限公司", "食品专营店"), ("贸易有限公司", "旗舰店"), ("家具有限公司", "亲水棉枕官方旗舰店")]
CITY = ["海宁市", "成都市", "北京", "东莞市", "深圳", "义乌市", "青岛", "山西", "上海", "烟台", "广州", "江苏", "厦门", "温州"]
wb = workbook()
ws = wb.active
ws.title = "店铺信息"
ws.append(["店铺ID", "店铺名称", "公司名称"])
sid = 100125
rows = []
for i, (kind, store) in enumerate(WHAT):
    brand = BRAND[i % len(BRAND)]
    if i == 4:
        store_name = f"{brand}ALIEN FORCE{store}"
    elif i == 19:
        store_name = f"澳而斯{store}"
    else:
        store_name = brand + store
    company = f.pick(CITY) + (brand if f.chance(0.6) else f.pick(["东龙鑫", "智博睿", "册源", "凡人", "欣雨同舟", "若莱", "科德"])) + kind
    if i == 8:
        shop = sid - 17
    else:
        sid += f.r.randrange(1, 12)
        shop = sid
    rows.append([str(shop), store_name, company])
    ws.append([str(shop), store_name, company])
ws.column_dimensions["A"].width = 13.0
save(wb, "prospects-zh-cn-jdstores.xlsx")
for r in rows[:3] + rows[8:9] + rows[-1:]:
    print(r)
print(len({r[2] for r in rows}))
