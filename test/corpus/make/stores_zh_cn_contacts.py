"""
Shape of FengAiLing2016/excel 客户资料.xlsx: a shop list kept by a distributor's rep — 店名 / 地址 /
联系人 / 电话 on Sheet1 (addresses missing for a few shops, repeated for shops in one market,
phones half text and half numbers, contact names sometimes with a space inside), and Sheet2,
a bare column of people's names with no header. Values invented.
"""
from fake import Fake, workbook, save

f = Fake("stores-zh-cn-contacts")
SHOP_WORDS = ["生活超市", "综合商店", "日用品商店", "商行", "食品店", "便利店", "副食店", "烟酒店", "百货", "士多店"]
PREFIX = ["悦城", "求实", "福万家", "芸芸", "馨香", "海滨", "金记", "好又多", "万家", "顺心", "合兴", "永利", "新港", "鸿运",
          "美宜", "惠民", "百顺", "兴隆", "嘉禾", "利群", "旺角", "乐家", "康乐", "联华"]
MARKETS = ["湛江市赤坎区寸金路菜市场旁", "湛江市赤坎区跃进路综合市场", "湛江市霞山区民有路市场"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["店名", "地址", "联系人", "电话"])
N = 120
names = set()
for i in range(N):
    while True:
        shop = f.pick(PREFIX) + f.pick(SHOP_WORDS)
        if f.chance(0.15):
            shop += f"（{f.pick(['跃进', '寸金', '海滨', '民主'])}店）"
        if shop not in names:
            names.add(shop)
            break
    if i in (3, 4, 40, 77, 101):
        address = None
    elif f.chance(0.3):
        address = f.pick(MARKETS)
    else:
        address = f.address_cn(("广东省", "湛江市", ["赤坎区", "霞山区"]))
    contact = f.name_cn()
    if f.chance(0.08) and len(contact) == 2:
        contact = contact[0] + " " + contact[1]
    phone = f.mobile_cn()
    ws.append([shop, address, contact, int(phone) if i % 3 == 0 else phone])
ws.column_dimensions["A"].width = 28.3
ws.column_dimensions["B"].width = 42.8
ws.column_dimensions["C"].width = 15.2
ws.column_dimensions["D"].width = 18.3

side = wb.create_sheet("Sheet2")
for i in range(130):
    side.append([f.name_cn(unique=False) if i % 9 else f.pick(["潘老板", "何老板", "梁姐", "李哥"])])

save(wb, "stores-zh-cn-contacts.xlsx")
