"""
Shape of AdorkDean/111_oss "WebRoot/excel_temp/海典会员资料 - 1.xlsx" (at commit 9eaeb41): a Beijing
pharmacy chain's member list exported from its 海典 store POS into Excel (Sheet1, empty Sheet2 and
Sheet3), 25 columns: the POS's internal key (its header cell a stray number), 申请日期, 有效期至 (empty or
placeholder dates 1900-01-01, 2099-01-01, 3000-01-01), 末次消费日期, card type, level, status,
receivable and real amounts, points, 持卡人 (the member's name, mostly followed by its pinyin
initials, 岳彪YB style), 身份证 (empty, '无' or 18 digits), 生日, 地址 (a housing estate or building,
junk like '字符串'), 性别 padded with two spaces, 电话 and 手机 (the mobile twice, a leading space on
many, '.' for none), 会员卡号 (the mobile itself or a 99… card number), 传真, 推荐人卡号, 零钱包, the
cashier who last edited the card and when, 备注 ('初始积分:0') and 获取途径. Text columns carry the
'@' format. The source holds four sample rows of a base of tens of thousands (the chain's SMS list
in the same folder has 90,565); 360 rows here, two members carded twice (a mobile card and a 99…
card, same name, mobile and birthday). Values invented.
"""
import datetime

from fake import SURNAMES_CN, GIVEN_CN, Fake, save, workbook

f = Fake("members-zh-cn-pharmacypos")
N = 360

ESTATES = ["望京西园三区", "望京西园四区", "花家地南里", "南湖东园", "利泽西园", "银领国际", "宝星园", "望京新城", "方舟苑",
           "大西洋新城", "望京花园", "湖光中街", "阜通东大街", "广顺南大街", "季景沁园", "澳洲康都", "望京西", "花家地北里"]
CLERKS = ["严吉梅", "魏伟", "王晓琴", "王英", "刘秀云", "孙丽娜", "赵春燕"]
# Pinyin initials of every character fake.py uses for mainland names.
PINYIN = dict(zip(SURNAMES_CN + GIVEN_CN,
                  "WLZLCYHZWZXSMZHGHGLLZLXSTXHFDCPZXTDYPYJCYDYCSWLDRSYLJCZTLWFJSLJXWFFBZMXQQJYXYDLHLSTLHGMHGSWQYQWDMKXT"
                  "WFNMJLQLJYYYJJTMCXXPGGYHYLPPHLDHJGZWBYHKCXYJXLXMHYZXYTSYJJB"))


def person():
    return f._unique(lambda: f.pick(SURNAMES_CN) + "".join(f.pick(GIVEN_CN) for _ in range(f.r.choice([1, 2, 2, 2]))))


def initials(name):
    return "".join(PINYIN[c] for c in name)


def id_card(birthday, male):
    region = f.pick(["110105", "110108", "130127", "140107", "230102", "410102"])
    seq = f.r.randrange(10, 99) * 10 + (f.pick([1, 3, 5, 7, 9]) if male else f.pick([0, 2, 4, 6, 8]))
    return f"{region}{birthday:%Y%m%d}{seq:03d}{f.pick('0123456789X')}"


def spaced(v):
    return " " + v if f.chance(0.45) else v


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

headers = [41236, "申请日期", "有效期至", "末次消费日期", "类型", "级别", "状态", "应收金额", "实时金额", "积分", "持卡人", "身份证",
           "生日", "地址", "性别", "电话", "手机", "会员卡号", "传真", "推荐人卡号", "零钱包", "最终修改人", "最终修改时间", "备注",
           "获取途径"]
TEXT_COLS = {11, 12, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25}

rows = []
used_keys = set()
card = 990008000
for i in range(N):
    key = f._unique(lambda: f.r.randrange(2, 41000))
    male = f.chance(0.42)
    name = person()
    shown = name + initials(name) if f.chance(0.85) else name
    if f.chance(0.01):
        shown = initials(name) + name + initials(name)
    joined = f.date(datetime.date(2009, 6, 1), datetime.date(2014, 12, 20))
    last = f.date(joined, datetime.date(2015, 5, 30))
    expiry = f.pick([None, None, None, datetime.date(3000, 1, 1), datetime.date(1900, 1, 1), datetime.date(2099, 1, 1)])
    birthday = f.date(datetime.date(1940, 1, 1), datetime.date(1995, 12, 31))
    due = round(f.r.uniform(20, 2600), 2)
    real = round(due * f.r.uniform(0.84, 0.99), 2)
    mobile = f.mobile_cn()
    idno = id_card(birthday, male) if f.chance(0.3) else f.pick([None, None, None, "无"])
    tel = spaced(mobile) if f.chance(0.8) else ("" if f.chance(0.5) else f"6{f.r.randrange(4000000, 4999999)}")
    hand = spaced(mobile) if f.chance(0.95) else "."
    if f.chance(0.55):
        number = mobile
    else:
        card += f.r.randrange(1, 1200)
        number = str(card)
    edited = datetime.datetime.combine(f.date(joined, datetime.date(2015, 5, 30)), datetime.time(f.r.randrange(8, 22), f.r.randrange(60)))
    rows.append([key, joined, expiry, last, f.pick(["普通卡"] * 12 + ["金卡", "VIP卡"]), 1 if f.chance(0.92) else 2,
                 "正常" if f.chance(0.97) else f.pick(["挂失", "停用"]), due, real, int(real // 2), shown, idno, birthday,
                 "字符串" if f.chance(0.02) else f.pick(ESTATES) + (f"{f.r.randrange(1, 30)}号楼" if f.chance(0.3) else ""),
                 "男  " if male else "女  ", tel, hand, number, None,
                 (str(card - f.r.randrange(1, 900)) if f.chance(0.04) else None), None, f.pick(CLERKS), edited,
                 "初始积分:0" if f.chance(0.12) else None, f.pick([None] * 20 + ["门店", "短信"])])

# Two members carded twice: the mobile as card number first, a 99… card later, same person.
for src, dst in ((40, 212), (117, 301)):
    twin = list(rows[src])
    twin[0] = f._unique(lambda: f.r.randrange(2, 41000))
    card += f.r.randrange(1, 1200)
    rows[src][17] = rows[src][16].strip() if rows[src][16] != "." else rows[src][17]
    twin[17] = str(card)
    twin[1] = twin[3] = f.date(rows[src][1], datetime.date(2015, 3, 1))
    twin[7] = round(f.r.uniform(20, 300), 2)
    twin[8] = round(twin[7] * 0.95, 2)
    twin[9] = int(twin[8] // 2)
    twin[21] = f.pick(CLERKS)
    twin[22] = datetime.datetime.combine(twin[1], datetime.time(f.r.randrange(8, 22), f.r.randrange(60)))
    rows[dst] = twin

for j, h in enumerate(headers, 1):
    c = ws.cell(1, j, h)
    if j in TEXT_COLS:
        c.number_format = "@"
for i, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        if v is None or v == "":
            continue
        c = ws.cell(i, j, v)
        if j in TEXT_COLS:
            c.number_format = "@"
        elif j == 23:
            c.number_format = "m/d/yy h:mm"
        elif isinstance(v, datetime.date):
            c.number_format = "mm-dd-yy"

WIDTHS = [6.1, 16.9, 16.1, 13.3, 9.9, 6.9, 8.5, 9.9, 9, 9.8, 9.9, 19.4, 17.3, 30.5, 4.6, 16.4, 17.9, 21.6, 16.5, 12.9, 12.6,
          10.8, 19.9, 29.9, 9.6]
for j, w in enumerate(WIDTHS, 1):
    ws.column_dimensions[ws.cell(1, j).column_letter].width = w

save(wb, "members-zh-cn-pharmacypos.xlsx")

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump([[str(v) if v is not None else None for v in r] for r in rows], open(sys.argv[1], "w"), ensure_ascii=False)
