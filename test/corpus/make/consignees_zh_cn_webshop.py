"""
Shape of AdorkDean/111_oss "WebRoot/excel_temp/官网客户会员信息1.xlsx" (at commit 9eaeb41): an online
pharmacy's "official-site customer members" pulled out of its web-shop orders into Excel for an import
into the member system: Sheet1 with two text columns, 收货人姓名 (the consignee) and 联系手机, one row per
order, so a buyer comes back on up to dozens of rows; empty Sheet2 and Sheet3. Names are mostly full
names, some a surname with 先生/女士/小姐, a lone surname, a Latin nickname, a space inside; a buyer once
gave the full name and once surname + title on the same mobile; two households share a mobile under two
names. Phones are mobiles stored as text, a few landlines (with or without area code), numbers a digit
short or long and one with a trailing dot. The source has 26,275 rows (5,033 mobiles repeated, up to 78
times); 2,000 rows here. Values invented.
"""
from fake import GIVEN_CN, SURNAMES_CN, Fake, save, workbook

f = Fake("consignees-zh-cn-webshop")
ROWS = 2000
NICKS = ["linsy", "Amy", "coco", "Tina", "xiaoyu"]


def full_name():
    return f._unique(lambda: f.pick(SURNAMES_CN) + "".join(f.pick(GIVEN_CN) for _ in range(f.r.choice([1, 2, 2, 2]))))


def odd_phone():
    kind = f.r.randrange(6)
    if kind == 0:
        return f"{f.r.randrange(50000000, 89999999)}"
    if kind == 1:
        return f"{f.pick(['010', '0755', '0816', '0744', '021'])}-{f.r.randrange(20000000, 89999999)}"
    if kind == 2:
        return "1380000" + f"{f.r.randrange(1000):03d}"
    if kind == 3:
        return "01380000" + f"{f.r.randrange(10000):04d}"
    if kind == 4:
        return f"0{f.r.randrange(2000000000, 2999999999)}"
    return "1380000" + f"{f.r.randrange(10000):04d}" + "."


people = []  # (names used on its orders, phone)
while sum(len(p[0]) for p in people) < ROWS - 60:
    r = f.r.random()
    if r < 0.05:
        name = f.pick(SURNAMES_CN) + f.pick(["先生", "女士", "小姐"])
    elif r < 0.058:
        name = f.pick(SURNAMES_CN)
    elif r < 0.062:
        name = f.pick(NICKS) + (str(f.r.randrange(10, 99)) if f.chance(0.5) else "")
    elif r < 0.068:
        n = full_name()
        name = n[0] + " " + n[1:]
    else:
        name = full_name()
    phone = f.mobile_cn() if f.chance(0.985) else odd_phone()
    x = f.r.random()
    orders = 1 if x < 0.68 else f.r.randrange(2, 4) if x < 0.9 else f.r.randrange(4, 11) if x < 0.98 else f.r.randrange(20, 61)
    people.append(([name] * orders, phone))

# Two buyers who gave the full name on one order and surname + title on another (same mobile).
for i, title in ((5, "女士"), (17, "先生")):
    names, phone = people[i]
    names += [names[0][0] + title] * 2
# Two households: a second person ordering with the same mobile.
for i in (9, 31):
    people.append(([full_name()] * 2, people[i][1]))
# Fill to exactly ROWS with single orders.
while sum(len(p[0]) for p in people) < ROWS:
    people.append(([full_name()], f.mobile_cn()))

rows = [(n, phone) for names, phone in people for n in names]
f.r.shuffle(rows)
rows = rows[:ROWS]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
ws.append(["收货人姓名", "联系手机"])
for name, phone in rows:
    ws.append([name, phone])
for row in ws.iter_rows(min_row=1, max_col=2):
    for c in row:
        c.number_format = "@"
ws.column_dimensions["A"].width = 12.5
ws.column_dimensions["B"].width = 15.75
save(wb, "consignees-zh-cn-webshop.xlsx")

if __name__ == "__main__":
    import collections
    import sys
    if len(sys.argv) > 1:
        pairs = collections.Counter(rows)
        print("rows", len(rows), "distinct pairs", len(pairs), "people", len(people))
        for i in (5, 17, 9, 31):
            print(people[i][0][:1], people[i][0][-1], people[i][1])
        print(people[-3][0][0], people[-3][1], people[-4][0][0], people[-4][1])
        for (n, p), k in pairs.most_common(4):
            print(n, p, k)
