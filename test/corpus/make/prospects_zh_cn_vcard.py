"""
Shape of Yongge1011/xls2vcf contacs_tamplate.xlsx: a company prospect list kept for turning into
phone contacts — 公司名称, 法定代表人, 所属区县, 联系电话1, 地址, 邮箱, 联系电话2, 联系电话3, 联系电话4 —
here typed WITHOUT its header row, as such lists are pasted from a business-registry search: the
first row is the first company. Phones are bare 8-digit Tianjin landlines or mobiles; the extra
phone columns are mostly empty; e-mail addresses for about half. Values invented.
"""
from fake import Fake, workbook, save

f = Fake("prospects-zh-cn-vcard")
DISTRICTS = ["滨海新区", "东丽区", "西青区", "津南区", "北辰区", "南开区", "河西区"]
STEMS = ["伽利联", "瑞丰", "博远", "金诚", "宏达", "和顺", "新港", "海川", "鑫源", "华宇", "恒泰", "锦程"]
TRADES = ["科技有限公司", "物流有限公司", "机械设备有限公司", "商贸有限公司", "电子科技有限公司", "餐饮管理有限公司", "建材经营部"]
ROADS = ["海泰发展五道", "津塘路", "中北镇阜盛道", "黄河道", "卫津南路", "宏泰道"]


def landline():
    return f"{f.r.randrange(2, 9)}{f.r.randrange(10**7):07d}"


rows = []
for i in range(40):
    district = DISTRICTS[i % len(DISTRICTS)]
    company = f"天津{'市' if f.chance(0.3) else ''}{f.pick(STEMS)}{f.pick(['', '智能', '宏业', '华北'])}{f.pick(TRADES)}"
    while any(r[0] == company for r in rows):
        company = f"天津{f.pick(STEMS)}{f.pick(STEMS)}{f.pick(TRADES)}"
    phone1 = landline() if f.chance(0.6) else f.mobile_cn()
    extra = [f.mobile_cn() if f.chance(0.5) else landline() for _ in range(f.pick([0, 0, 1, 1, 2, 3]))]
    rows.append([
        company,
        f.name_cn(),
        district,
        phone1 if i % 13 != 5 else None,
        f"天津{district}{f.pick(ROADS)}{f.r.randrange(1, 200)}号" + (f"{f.pick('ABC')}-{f.r.randrange(1, 9)}号楼-1-{f.r.randrange(101, 1202)}" if f.chance(0.4) else ""),
        f"{f.r.randrange(10**8, 10**10)}@example.com" if f.chance(0.5) or i == 0 else None,
        *(extra + [None] * 3)[:3],
    ])
    if i % 13 == 5 and rows[-1][6] is None:
        rows[-1][6] = f.mobile_cn()

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for row in rows:
    ws.append(row)
for cell in ws["D"] + ws["G"] + ws["H"] + ws["I"]:
    cell.number_format = "@"
save(wb, "prospects-zh-cn-vcard.xlsx")
