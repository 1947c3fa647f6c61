"""
Shape of Ruogu7/OperationOnWordTable "家庭成员.xlsx" (at commit 8c251a7): one village's household members for the
rural homestead registration (宅基地确权), kept in Excel by the township office, five sheets:
  - Sheet1: 预编宗地代码 / 姓名 / 身份证号 / 电话 / 通讯地址, every member of the household living on each homestead
    parcel (the 19-character pre-coded parcel number 320321010010JC00001 …), the first-listed member first; the
    phone is the household's and repeated on every member (typed as text, on a tenth of the households stored as a
    number; landlines of eight digits; two numbers with an extra digit, one missing a digit, a few dragged down
    with Excel's fill so they count up by one); the address is only the village group; the ID number is text, empty
    on the households nobody could identify (no phone either), and 320321201801010001 stands in for members
    without one (the old women called 蔡张氏, deceased members); a household with two parcels is listed again under
    the second parcel; a village cadre's mobile stands on households that gave none; 未指界 (boundary not pointed
    out) on parcels without a household; a few names with a trailing space.
  - 导出计数_关系: a count of the members' relation to the head (关系 / 计数 / 代码), words as typed (妻子, 妻, 配偶 …)
    with the national relation codes, adding up to the members on Sheet1.
  - Sheet4: one row per parcel without a header: parcel code, its short JC number, the rights holder, the member
    listed first, that member's ID and phone, the member's relation to the holder (户主 when the same person) and its
    code, the group, a status 1 / 2 / 3 (3 = no ID).
  - Sheet2, Sheet3: empty.
Values invented: names, ID numbers (wrong check digit), phones, dates of birth, parcel numbers.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("households-zh-cn-homestead")
R = f.r

PREFIX = "320321010010JC"
PLACEHOLDER_ID = "320321201801010001"
TOWN = "华山镇枣园村"
GROUPS = [("蔡东组", 149), ("袁庄前组", 142), ("西组", 99), ("袁庄后组", 97), ("东组", 93), ("蔡西组", 76), ("蔡中组", 62),
          ("意合村组", 32)]
# village surnames: a few big clans and the in-married wives' surnames
CLANS = [("蔡", 18), ("张", 10), ("高", 8), ("崔", 8), ("王", 7), ("李", 7), ("袁", 5), ("万", 3), ("宋", 3), ("朱", 2),
         ("尚", 2), ("孙", 2), ("阎", 1), ("刘", 2), ("吴", 1)]
WIVES = list("王李张刘陈杨赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘于蒋余杜叶程苏魏吕丁姜崔薛满邵冯尹岳佟凡")
MALE = list("明建国志军伟强海东林成新华峰波涛振兴广庆永春文利胜德宝忠敬可立")
FEMALE = list("秀英兰芳凤玉梅桂珍丽艳霞红侠荣芝真清琴娜素美云翠萍")
KIDS_M = list("浩宇轩博辰豪晨俊皓睿泽")
KIDS_F = list("雨欣怡涵萱晴妍可悦琪")
OTHER_PREFIX = [("320322", 30), ("320324", 3), ("320320", 5), ("372925", 3), ("530127", 3), ("342201", 2), ("610323", 2),
                ("620521", 2), ("410811", 2), ("320304", 2)]
# relation to the head: (word, code) with the spellings the export had
REL = {
    "head": [("户主", 2)],
    "wife": [("妻子", 12)] * 10 + [("妻", 12)] * 2 + [("配偶", 1)] * 2 + [("夫妻", 1)],
    "husband": [("丈夫", 11)] * 5 + [("夫", 11)],
    "son1": [("长子", 22)] * 8 + [("儿子", 2)] + [("子", 2)],
    "son2": [("次子", 23)] * 6 + [("儿子", 2)] + [("三子", 24)],
    "dau1": [("长女", 32)] * 8 + [("女儿", 3)] + [("女", 3)],
    "dau2": [("次女", 33)] * 5 + [("二女", 33)] + [("三女", 34)] + [("女儿", 3)],
    "dil": [("儿媳", 38)] * 8 + [("长子妻", 38)] + [("次子妻", 38)],
    "gs": [("孙子", 41)] * 8 + [("长孙", 41)] + [("孙", 4)],
    "gd": [("孙女", 42)] * 8 + [("长孙女", 42)],
    "father": [("父亲", 51)] * 8 + [("父", 51)],
    "mother": [("母亲", 52)] * 8,
    "gf": [("爷爷", 61)] * 3 + [("祖父", 61)],
    "gm": [("奶奶", 62)] * 3 + [("祖母", 62)],
    "brother": [("弟弟", 73)] * 2 + [("哥哥", 71)] * 2,
    "sister": [("姐姐", 75)] * 3 + [("妹妹", 77)] * 2,
    "other": [("侄子", 93), ("侄女", 94), ("外孙", 43), ("外甥女", 96), ("嫂", 72), ("婶母", 84)],
}
SIZES = [(1, 120), (2, 36), (3, 86), (4, 184), (5, 101), (6, 83), (7, 70), (8, 27), (9, 12), (10, 10), (12, 1)]
N_PARCELS = 750
VACANT = 20       # 未指界
UNKNOWN = 85      # households nobody could identify: no ID, no phone
REPEATS = 95      # households with a second parcel, listed again
CADRE = "13800009071"


def weighted(pairs):
    return R.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def check_digit(body):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def id_number(birth, male, prefix="320321"):
    def make():
        seq = R.randrange(0, 100) * 10 + R.randrange(0, 10)
        seq = seq - seq % 2 + (1 if male else 0)
        body = f"{prefix}{birth:%Y%m%d}{seq:03d}"
        right = check_digit(body)
        wrong = R.choice([c for c in "0123456789" + "X" * 2 if c != right])
        return body + wrong
    return f._unique(make)


def birth(year):
    return datetime.date(year, R.randrange(1, 13), R.randrange(1, 29))


def given(male, kid=False):
    pool = (KIDS_M if male else KIDS_F) if kid else (MALE if male else FEMALE)
    if R.random() < (0.35 if kid else 0.2):
        return R.choice(pool)
    return R.choice(MALE if male else FEMALE) + R.choice(pool)


def person(surname, male, year, rel, kid=False, prefix="320321", no_id=False):
    if no_id:
        ident = None
    else:
        p = weighted(OTHER_PREFIX) if prefix != "320321" else prefix
        ident = id_number(birth(year), male, p)
    name = f._unique(lambda: surname + given(male, kid))
    return {"name": name, "id": ident, "rel": rel}


def household(size, no_id=False):
    surname = weighted(CLANS)
    head_year = R.randrange(1938, 1990)
    male = R.random() < 0.9
    members = [person(surname, male, head_year, "head", no_id=no_id)]
    if size == 1:
        return members
    # an elder generation first on some old households' lists is not the head: keep the head first
    wife_surname = R.choice(WIVES)
    spouse_from_elsewhere = R.random() < 0.06
    members.append(person(wife_surname if male else surname, not male, head_year + R.randrange(-3, 4),
                          "wife" if male else "husband", prefix="x" if spouse_from_elsewhere else "320321",
                          no_id=no_id))
    left = size - 2
    if left and head_year < 1965 and R.random() < 0.12:
        elder = f._unique(lambda: surname + R.choice(WIVES) + "氏")
        members.append({"name": elder, "id": None if no_id else PLACEHOLDER_ID, "rel": R.choice(["mother", "gm"])})
        left -= 1
    if left and head_year > 1962 and R.random() < 0.25:
        members.append(person(surname, True, head_year - R.randrange(24, 30), "father", no_id=no_id))
        left -= 1
        if left:
            members.append(person(R.choice(WIVES), False, head_year - R.randrange(22, 28), "mother", no_id=no_id))
            left -= 1
    sons = daus = 0
    kids = []
    while left > 0 and len(kids) < 4:
        boy = R.random() < 0.55
        year = min(2018, head_year + R.randrange(22, 34) + 3 * len(kids))
        if boy:
            sons += 1
            rel = "son1" if sons == 1 else "son2"
        else:
            daus += 1
            rel = "dau1" if daus == 1 else "dau2"
        kid = person(surname, boy, year, rel, kid=year > 2000, no_id=no_id)
        kid["year"], kid["male"] = year, boy
        kids.append(kid)
        members.append(kid)
        left -= 1
    for kid in kids:
        if left <= 0:
            break
        if kid["male"] and kid["year"] < 1995:
            members.append(person(R.choice(WIVES), False, kid["year"] + R.randrange(-2, 3), "dil",
                                  prefix="x" if R.random() < 0.08 else "320321", no_id=no_id))
            left -= 1
            for _ in range(min(left, R.choice([1, 1, 2]))):
                boy = R.random() < 0.5
                members.append(person(surname, boy, min(2019, kid["year"] + R.randrange(23, 30)), "gs" if boy else "gd",
                                      kid=True, no_id=no_id))
                left -= 1
    while left > 0:
        rel = R.choice(["brother", "sister", "other", "gs", "gd"])
        male_ = rel in ("brother", "gs") or (rel == "other" and R.random() < 0.5)
        members.append(person(surname if rel != "other" else R.choice(WIVES), male_,
                              R.randrange(1950, 2015), rel, kid=rel in ("gs", "gd"), no_id=no_id))
        left -= 1
    # the deceased or unregistered members without an ID number
    for m in members[1:]:
        if m["id"] and R.random() < 0.08:
            m["id"] = PLACEHOLDER_ID
    return members


def mobile():
    return f.mobile_cn()


def landline():
    return f._unique(lambda: R.choice(["8930", "6122", "8398"]) + f"{R.randrange(10000):04d}")


# --- parcels ---------------------------------------------------------------------------------------------
kinds = ["vacant"] * VACANT + ["unknown"] * UNKNOWN + ["repeat"] * REPEATS
kinds += ["new"] * (N_PARCELS - len(kinds))
first_block = kinds[:]
R.shuffle(first_block)
# the first parcels are always new households
while first_block[0] != "new" or first_block[1] != "new":
    R.shuffle(first_block)

parcels = []
families = []
for n, kind in enumerate(first_block, start=1):
    group = weighted(GROUPS)
    code = f"{PREFIX}{n:05d}"
    if kind == "repeat" and families:
        known = [fam for fam in families if fam["status"] != 3]
        fam = R.choice(known[-80:] if R.random() < 0.7 else known)
        members = fam["members"] if R.random() < 0.7 else fam["members"][:max(1, R.randrange(1, len(fam["members"]) + 1))]
        parcels.append({"code": code, "group": fam["group"], "members": members, "phones": fam["phones"][:len(members)],
                        "numeric": fam["numeric"], "status": fam["status"],
                        "holder": fam["holder"] if fam["holder"] < len(members) else 0})
        continue
    if kind == "vacant":
        parcels.append({"code": code, "group": group, "members": [{"name": "未指界", "id": None, "rel": "head"}],
                        "phones": [None], "numeric": False, "status": 3, "holder": 0, "vacant": True})
        continue
    if kind == "unknown":
        size = R.choice([1, 1, 1, 2, 2, 3])
        members = household(size, no_id=True)
        phones = [None] * len(members)
        fam = {"group": group, "members": members, "phones": phones, "numeric": False, "status": 3, "holder": 0}
    else:
        size = weighted(SIZES)
        members = household(size)
        r = R.random()
        phone = CADRE if r < 0.03 else landline() if r < 0.05 else mobile()
        phones = [phone] * len(members)
        # a few members gave their own mobile
        if len(members) > 2 and R.random() < 0.06:
            phones[R.randrange(1, len(members))] = mobile()
        holder = 0
        if len(members) > 1 and R.random() < 0.1:
            holder = R.randrange(1, len(members))
        fam = {"group": group, "members": members, "phones": phones, "numeric": R.random() < 0.09,
               "status": 2 if R.random() < 0.1 else 1, "holder": holder}
    families.append(fam)
    parcels.append(dict(fam, code=code))

# two pairs of namesakes: other people, other ID numbers
known = [fam for fam in families if fam["status"] != 3
         and sum(m["id"] not in (None, PLACEHOLDER_ID) for m in fam["members"][1:]) >= 1]
for a, b in ((known[30], known[300]), (known[120], known[410])):
    ma = next(m for m in a["members"][1:] if m["id"] not in (None, PLACEHOLDER_ID))
    mb = next(m for m in b["members"][1:] if m["id"] not in (None, PLACEHOLDER_ID))
    mb["name"] = ma["name"]

# defects in the phone column: dragged fill, an extra digit, a missing digit
filled = [p for p in parcels if len(p["members"]) >= 4 and p["phones"][0] and len(p["phones"][0]) == 8][:2]
filled += [p for p in parcels if len(p["members"]) >= 3 and p["phones"][0] and len(p["phones"][0]) == 11
           and p["phones"][0] != CADRE][5:6]
for p in filled:
    base = int(p["phones"][0])
    p["phones"] = [str(base + i) for i in range(len(p["members"]))]
singles = [p for p in parcels if p["phones"][0] and len(p["phones"][0]) == 11 and p["phones"][0] != CADRE
           and len(set(p["phones"])) == 1 and len(p["members"]) >= 2]
for p, fix in zip(singles[40:43], [lambda s: s + str(R.randrange(10)), lambda s: s + str(R.randrange(10)),
                                   lambda s: s[:4] + s[5:]]):
    p["phones"] = [fix(p["phones"][0])] * len(p["members"])

# --- sheets -----------------------------------------------------------------------------------------------
HOLDER_REL = {"wife": ("丈夫", 11), "husband": ("妻子", 12), "son1": ("父亲", 51), "son2": ("父亲", 51),
              "dau1": ("父亲", 51), "dau2": ("父亲", 51), "father": ("长子", 22), "mother": ("长子", 22),
              "dil": ("公公", 53), "gs": ("爷爷", 61), "gd": ("爷爷", 61), "brother": ("哥哥", 71),
              "sister": ("哥哥", 71), "other": ("户主", 2), "gm": ("孙子", 41)}
trailing = 0
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["预编宗地代码", "姓名", "身份证号", "电话", "通讯地址"])
relation_words = {}
for p in parcels:
    for i, m in enumerate(p["members"]):
        name = m["name"]
        if trailing < 5 and i == 1 and R.random() < 0.01:
            name += " "
            trailing += 1
        phone = p["phones"][i] if i < len(p["phones"]) else p["phones"][0]
        value = int(phone) if (phone and p["numeric"]) else phone
        ws.append([p["code"], name, m["id"], value, TOWN + p["group"]])
        row = ws.max_row
        if m["id"]:
            ws.cell(row, 3).number_format = "@"
        if phone and not p["numeric"]:
            ws.cell(row, 4).number_format = "@"
        if not p.get("vacant"):
            word = R.choice(REL[m["rel"]]) if m["rel"] not in m else m[m["rel"]]
            m[m["rel"]] = word
            relation_words[word] = relation_words.get(word, 0) + 1
        else:
            relation_words[("户主", 2)] = relation_words.get(("户主", 2), 0) + 1

ws2 = wb.create_sheet("导出计数_关系")
ws2.append(["关系", "计数", "代码"])
for (word, code), count in sorted(relation_words.items(), key=lambda kv: kv[0][0].encode("gb18030")):
    ws2.append([word, count, code])

ws4 = wb.create_sheet("Sheet4")
for p in parcels:
    m0 = p["members"][0]
    holder = p["members"][p["holder"]]
    rel = ("户主", 2) if p["holder"] == 0 else HOLDER_REL.get(holder["rel"], ("户主", 2))
    phone = p["phones"][0]
    value = int(phone) if (phone and p["numeric"]) else phone
    status = 3 if not m0["id"] else p["status"]
    ws4.append([p["code"], p["code"][-7:], holder["name"].strip(), m0["name"], m0["id"], value, rel[0], rel[1],
                TOWN + p["group"], str(status) if m0["id"] else status])
    row = ws4.max_row
    if m0["id"]:
        ws4.cell(row, 5).number_format = "@"
        ws4.cell(row, 9).number_format = "@"
    if phone and not p["numeric"]:
        ws4.cell(row, 6).number_format = "@"
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "households-zh-cn-homestead.xlsx")
