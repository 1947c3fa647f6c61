"""
Shape of cadmuxe/SCRM contacts.xls: a Tianjin wealth-management saleswoman's address workbook,
an Excel 97-2003 .xls last saved by Excel for Mac (code page 936), kept to send mail-outs. Five
sheets, all 宋体 except the last (微软雅黑):

- "friends": an Outlook-style export, header Last Name / E-mail Address (not bold), one column of
  names (Chinese, English or mixed "Alex刘希"), personal e-mails; three blank rows between groups,
  one row with a foreign mobile in column D, and a last group of seven rows with an e-mail only
  (colleagues at the wealth firm). 49 rows below the header.
- "bank": no header at all: name / e-mail / a second e-mail / one or two mobiles as numbers, for
  staff of the banks she works with ("宋卿（建行绍兴道）", "王伟 财大"), blank rows in between.
- "签约客户" (signed clients): bold header 姓名 / 邮箱 / 其他邮箱 / 客户状态 / 手机 / 电话 / 地址,
  22 clients all 正式客户; names with honorifics or the introducer in brackets ("刘淑丽阿姨",
  "Mr张平 " with a trailing space, "孙震（张岩）"), company contacts as "津工-卢总" or
  "津工-杨霞-财务部助理", one 邮箱 that is an account name with no @, mobiles and 8-digit
  landlines stored as numbers (General format), addresses without city on some rows.
- "潜在客户" (prospects): the same columns but 客户状态（正式客户、潜在客户） as the fourth header,
  办公电话 as the sixth and a seventh bold column with no header; 61 prospects, two with the status
  left empty, a few described rather than named ("何处长夫人", "李奶奶 许红阿姨"), and at the end
  chamber-of-commerce officers "上海商会-张雪-办公室主任" sharing one office phone and address.
- "大客户管理" (big clients): title 理财项目汇总表 merged B1:H1, header on row 2 with column A's
  header cell empty: 项目名称 / 认购金额 ("2000万") / 期限|收益 ("两年|13.75%") / 起息时间 /
  付息时间 (dates m/d/yy) / 付息比例 / 付息预计金额 ("875万"). One block per client: the client's
  name in bold in column A on the block's first row only; each product one row, with B:E merged
  down over its further payout rows (a second or third 付息时间 / 付息比例 / 付息预计金额); a
  client with several products has them on the following rows with A empty. The names here are
  short forms of the 签约客户 names ("张平", "刘淑莉" for 刘淑丽阿姨, "付晶"), and the first block is
  an enterprise client (a supermarket) with three products. 23 products on 39 rows.
Values invented; trust product names altered.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-wealthmailer")
SONG = Font(name="宋体", size=12)
SONG_B = Font(name="宋体", size=12, bold=True)
YAHEI = Font(name="微软雅黑", size=10)
YAHEI_B = Font(name="微软雅黑", size=10, bold=True)
DOMAINS = ["example.com", "example.org", "example.net"]


def mail(local):
    return f"{local}@{f.pick(DOMAINS)}"


def pinyinish():
    return "".join(f.pick("abcdefghjklmnpqrstwxyz") for _ in range(f.r.randrange(4, 9)))


def qq():
    return mail(str(f.r.randrange(10000000, 999999999)))


def landline():
    return int(f"2{f.r.randrange(3, 8)}{f.r.randrange(100000, 999999)}")


def mobile():
    return int(f.mobile_cn())


def write(ws, rows, font=SONG, start=1):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = ws.cell(start + i, j + 1, v)
            cell.font = font


wb = workbook()

# friends ---------------------------------------------------------------------------------------
ws = wb.active
ws.title = "friends"
rows = [["Last Name", "E-mail Address"]]
EN = ["Ada Wen", "Alex刘畅", "Andy Qi", "Marta", "tony", "Vivian林娜"]
for n in EN:
    rows.append([n, mail("".join(ch for ch in n.split()[0].lower() if ch.isascii()) + str(f.r.randrange(10, 99)))])
for _ in range(16):
    rows.append([f.name_cn(), mail(pinyinish())])
rows[16][0] = "万科" + rows[16][0]
rows[17][0] = "万科" + rows[17][0] + "1"
rows.append([])
for _ in range(4):
    rows.append([f.name_cn(), f.pick([qq(), mail(pinyinish())])])
rows[-1][0] += " 遵化"
rows.append(["RAJESH", "RAJESH.THAPA@EXAMPLE.COM", None, 9800001374])
for n in ["Kristy", "Menkhu", "Anita", "Susie"]:
    rows.append([n, mail("it.me." + n.lower() if n in ("Menkhu", "Anita") else n.lower() + "rivard")])
rows.append([])
for i in range(7):
    name = f.name_cn()
    rows.append([name + ("老师" if i == 5 else " " if i == 1 else ""), mail(pinyinish())])
rows.append([])
for _ in range(7):
    rows.append([None, f"{pinyinish()}@example.net"])
write(ws, rows)

# bank ------------------------------------------------------------------------------------------
ws = wb.create_sheet("bank")
rows = []
pattern = "nnn-n-nn-nnnnnn--nnnpnpnnnnnnnnnnnnn-nnnn"
for i, p in enumerate(pattern[:37]):
    if p == "-":
        rows.append([])
        continue
    row = [f.name_cn(), f.pick([qq(), mail(pinyinish())])]
    if i in (10, 14, 36):
        row.append(qq())
    if p == "p":
        row = row if i != 19 else [row[0] + "（建行绍兴道）", None]
        row += [None] * (3 - len(row)) + [mobile()] + ([mobile()] if i == 21 else [])
    rows.append(row)
rows[7][0] += " 财大"
BANK_WANG = rows[7][0]
write(ws, rows)

# 签约客户 ---------------------------------------------------------------------------------------
ws = wb.create_sheet("签约客户")
SIGNED_HEADER = ["姓名", "邮箱", "其他邮箱", "客户状态", "手机", "电话", "地址"]
TJ_ROADS = ["环湖中路紫金北里1-820", "华北设计院华悦大厦1-1401", "水上公园西路水兰花园4-1-201（271医院对面）",
            "南开区鞍山西道风湖里20-4-201", "东丽区成林路217号", "南开区红旗南路宾悦桥中海御湖花园3-404",
            "华苑宾水西道竹华里4号楼3门202", "梅江小区半岛蓝湾天睐园20-11", "北京市海淀区中关村南路89号楼2门104",
            "西青区中北镇大地十二城碧湖园22-2-302", "塞顿中心"]
signed = []  # (cell name, short name used on 大客户管理)
people = [f.name_cn() for _ in range(22)]
people[3] = people[3][0] + "淑丽"
introducers = [f.name_cn() for _ in range(2)]
spec = [
    # (name shown, short name, email?, other?, mobile?, phone?, address index)
    (people[0], people[0], True, False, True, False, None),
    (people[1], people[1], True, False, False, True, 0),
    ("新姑姑", None, True, False, False, False, None),
    (people[3] + "阿姨", people[3][0] + "淑莉", True, False, True, False, None),
    ("Mr" + people[4] + " ", people[4], True, True, True, True, 1),
    (people[5] + "阿姨", people[5], True, True, True, False, 2),
    (people[6], people[6], True, True, False, False, None),
    (people[7], None, True, False, False, False, None),
    (people[8], people[8], True, False, False, False, None),
    (people[9], people[9], True, False, True, True, 3),
    ("津工-卢总", None, "tjjg0001", False, False, False, 4),
    ("津工-" + people[11], None, True, False, False, False, 5),
    ("津工-" + people[12] + "-财务部助理", None, True, False, True, False, None),
    ("津工-" + people[13] + "-法务主管", None, True, False, True, False, None),
    (people[14], people[14], True, False, True, False, None),
    (people[15], people[15], False, False, True, True, 6),
    (people[16] + f"（{introducers[0]}）", people[16], False, False, False, False, None),
    (people[17], people[17], False, False, True, False, 7),
    (people[18], people[18], False, False, True, False, 8),
    (people[19] + f"（{introducers[1]}）", people[19], False, False, True, False, 9),
    (people[20], people[20], False, False, False, True, 10),
    (people[21] + f"（{introducers[0]}）", people[21], False, False, False, False, None),
]
rows = []
SIGNED = []
for shown, short, em, other, mob, tel, addr in spec:
    email = (mail(pinyinish()) if em is True else em) if em else None
    row = [shown, email, qq() if other else None, "正式客户", mobile() if mob else None,
           landline() if tel else None, TJ_ROADS[addr] if addr is not None else None]
    rows.append(row)
    SIGNED.append((row, short))
write(ws, [SIGNED_HEADER], SONG_B)
write(ws, rows, SONG, 2)

# 潜在客户 ---------------------------------------------------------------------------------------
ws = wb.create_sheet("潜在客户")
header = ["姓名", "邮箱", "其他邮箱", "客户状态（正式客户、潜在客户）", "手机", "办公电话", None]
write(ws, [header], SONG_B)
ws.cell(1, 7).font = SONG_B
rows = []
described = {1: "何处长夫人", 2: "李奶奶 {p}阿姨", 3: "屈姐 {p}朋友", 5: "{p} 萍姐", 7: BANK_WANG, 8: "{p}阿姨",
             9: "夏女士 咖啡颂", 13: "田姨 {p}阿姨妹妹", 15: "{p}老师", 16: "Gavin", 17: "姨奶奶", 18: "Freeman",
             19: "韩老师", 25: "ACCA FRANK", 26: "弟弟 姑姑", 29: "{p} 四中", 31: "张先生（{p}）", 34: "陈卫叔叔",
             43: "苏老师({p})", 44: "梁老师（苏老师先生）", 46: "杨叔叔（{p}）", 49: "孙红（羊羊红）", 50: "{p}胡老师",
             53: "张先生 {p}", 54: "杨阿姨 胡姨", 55: "{p} 中石化"}
mobiles_at = {38, 41, 43, 44, 46, 50, 52}
for i in range(56):
    name = described.get(i, "{p}")
    name = name.replace("{p}", f.name_cn()) if "{p}" in name else (name if i in described else f.name_cn())
    if i == 23:
        name = "Jessica Yao"
    if i == 24:
        name = "Sue"
    if i == 38:
        name = "津工-" + f.name_cn() + "总"
    email = None if i in (44, 50) else mail(pinyinish()) if f.chance(0.5) else qq()
    other = None
    if i in (23, 24):
        email, other = None, qq()
    if i == 51:
        other = qq()
    status = None if i in (53, 54) else "潜在客户"
    rows.append([name, email, other, status, mobile() if i in mobiles_at else None, None, None])
OFFICE = landline()
rows.append([f"温州商会-{f.name_cn()}", mail("tjwzsh"), None, "潜在客户", mobile(), landline(), "建设路滨江万丽1203"])
rows.append([f"上海商会-{f.name_cn()}-秘书长", mail("tjshsh"), None, "潜在客户", mobile(), OFFICE, "卫津路18号新都大厦A-1401"])
PROSPECT_ZX = f"上海商会-{f.name_cn()}-办公室主任"
rows.append([PROSPECT_ZX, None, None, "潜在客户", mobile(), OFFICE, "卫津路18号新都大厦A-1401"])
rows.append([f"上海商会-{f.name_cn()}-外联业务部部长", None, None, "潜在客户", mobile(), OFFICE, "卫津路18号新都大厦A-1401"])
rows.append([f"天津市工商联-{f.name_cn()}（经济部副部长）", mail(pinyinish()), None, "潜在客户", mobile(), landline(), "花园路九号"])
PROSPECTS = rows
write(ws, rows, SONG, 2)

# 大客户管理 -------------------------------------------------------------------------------------
ws = wb.create_sheet("大客户管理")
ws.cell(1, 2, "理财项目汇总表")
ws.merge_cells("B1:H1")
for c in range(1, 9):
    ws.cell(1, c).font = YAHEI_B if c <= 2 else SONG
header = [None, "项目名称", "认购金额", "期限|收益", "起息时间", "付息时间", "付息比例", "付息预计金额"]
for j, v in enumerate(header):
    ws.cell(2, j + 1, v).font = YAHEI_B


def d(serial):
    return datetime.datetime(1899, 12, 30) + datetime.timedelta(days=serial)


def fmt_wan(x):
    return f"{x:g}万"


# (client or None, product, amount 万, term, rate, start serial, payouts [(serial offset days, ratio text, fraction)])
TWO = [(365, "30%本金+收益", None), (731, "70%本金+收益", None)]
by_short = {short: row[0] for row, short in SIGNED if short}
short_of = {i: SIGNED[i][1] for i in range(22)}
BIG = [
    ("津工超市", "海岳红酒项目", 2000, "两年", 13.75, 40950, "two"),
    (None, "中联-圆通1号", 2000, "3个月", 5.5, 41140, "once90"),
    (None, "中联-汇丰金1号", 1000, "3个月", 5.5, 41148, "once90"),
    (short_of[15], "海岳红酒项目", 100, "两年", 11, 40911, "two"),
    (short_of[4], "海岳红酒项目", 200, "两年", 11, 40955, "two"),
    (short_of[1], "海岳红酒项目", 160, "两年", 11, 40955, "two"),
    (short_of[6], "海岳红酒项目", 100, "两年", 11, 40955, "two"),
    (short_of[16], "新纪元慧银379号", 100, "一年", 9, 40972, "once"),
    (short_of[17], "新纪元慧银379号", 180, "一年", 9, 40972, "once"),
    (None, "中建金丰47号", 60, "两年", 9, 41130, "yearly"),
    (short_of[3], "海岳红酒项目", 150, "两年", 11, 40995, "two"),
    (None, "中联-六井煤矿", 100, "一年半", 9, 41170, "half3"),
    (short_of[18], "海岳红酒项目", 100, "两年", 11, 40995, "two"),
    (None, "仁和香溪项目", 240, "两年", 12, 41100, "yearly"),
    (short_of[8], "中联-融美10号", 100, "一年", 9, 41016, "once"),
    (short_of[0], "仁和香溪项目", 120, "两年", 12, 41062, "yearly"),
    (short_of[5], "新纪元蓝海25号", 100, "一年", 9, 41079, "once"),
    (short_of[19], "新纪元慧银521号", 140, "一年", 8.5, 41124, "once"),
    (short_of[20], "新纪元慧银521号", 100, "一年", 8.5, 41124, "once"),
    (None, "中联-六井煤矿", 100, "一年半", 9, 41173, "half3"),
    (short_of[9], "中建金丰47号", 50, "两年", 9, 41130, "yearly"),
    (short_of[21], "新纪元慧银540号", 120, "一年", 8.5, 41156, "once"),
    (short_of[14], "中建金丰48号", 50, "两年", 8.5, 41157, "yearly"),
]
r = 3
ASSET_ROWS = []
for client, product, amount, term, rate, start, kind in BIG:
    if kind == "two":
        pays = [(start + 365, "30%本金+收益", round(amount * 0.3 + amount * rate / 100, 2)),
                (start + 731, "70%本金+收益", round(amount * 0.7 + amount * rate / 100 * 1.4, 2))]
    elif kind == "once90":
        pays = [(start + 91, "本金+年化收益", round(amount * (1 + rate / 100 / 4), 2))]
    elif kind == "once":
        pays = [(start + 365, f"本金+{rate:g}%收益", round(amount * (1 + rate / 100), 2))]
    elif kind == "yearly":
        pays = [(start + 365, f"{rate:g}%收益", round(amount * rate / 100, 2)),
                (start + 730, f"本金+{rate:g}%收益", round(amount * (1 + rate / 100), 2))]
    else:
        half = rate / 2
        pays = [(start + 181, f"{half:g}%收益", round(amount * half / 100, 2)),
                (start + 365, f"{half:g}%收益", round(amount * half / 100, 2)),
                (start + 546, f"本金+{half:g}%收益", round(amount * (1 + half / 100), 2))]
    ASSET_ROWS.append((client, product, amount, start, r))
    if client:
        ws.cell(r, 1, client).font = YAHEI_B
    for j, v in enumerate([product, fmt_wan(amount), f"{term}|{rate:g}%"]):
        ws.cell(r, 2 + j, v).font = YAHEI
    ws.cell(r, 5, d(start)).font = YAHEI
    ws.cell(r, 5).number_format = "m/d/yy"
    for k, (serial, ratio, money) in enumerate(pays):
        ws.cell(r + k, 6, d(serial)).font = YAHEI
        ws.cell(r + k, 6).number_format = "m/d/yy"
        ws.cell(r + k, 7, ratio).font = YAHEI
        ws.cell(r + k, 8, fmt_wan(money)).font = YAHEI
    if len(pays) > 1:
        for col in "BCDE":
            ws.merge_cells(f"{col}{r}:{col}{r + len(pays) - 1}")
    r += len(pays)
for col, w in zip("ABCDEFGH", [12, 18, 11, 13, 11, 11, 15, 13]):
    ws.column_dimensions[col].width = w

if __name__ == "__main__":
    save(wb, "clients-zh-cn-wealthmailer.xls", libreoffice="xls")
    print("signed", [row[0] for row, _ in SIGNED])
    print("rows on 大客户管理", r - 3, "products", len(ASSET_ROWS))
    for a in ASSET_ROWS:
        print(a, by_short.get(a[0]))
