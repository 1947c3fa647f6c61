"""
Shape of lemon03390/aspiratcm-clinic "frontend/public/data/memberships.csv" (at commit 8d32ff6): a Hong Kong
Chinese-medicine clinic's membership table exported from its old web system as CSV (UTF-8, no BOM, LF):
id / patient_id / phoneNumber / contactAddress / patientName / hkid / termsConsent / haveCard / created_at /
updated_at. One row per sign-up, in id order with gaps: the clinic's patient number (0 once, a test number on
the first row), an eight-digit mobile without +852, the address on one row in nine (Chinese or English in any
case, '/' on many of them), the name in Chinese and romanised English in one cell (a phone number typed in
place of the English on one row), the HKID card number with its check digit in brackets (a lower-case letter on
a few), consent and card flags always 1 and 0, created and updated date-times (the same). Some members signed up
twice within minutes, the second time with the check digit corrected and another patient number; one again with a
made-up card number; some namesakes are other people (other phone, other card); families share a phone.
Values invented.
"""
import csv
import datetime
import io
import os

from fake import FILES, Fake

f = Fake("members-zh-hk-clinic")

SURNAMES = [("陳", "CHAN"), ("黃", "WONG"), ("李", "LEE"), ("張", "CHEUNG"), ("林", "LAM"), ("梁", "LEUNG"), ("吳", "NG"), ("劉", "LAU"),
            ("鄭", "CHENG"), ("何", "HO"), ("楊", "YEUNG"), ("曾", "TSANG"), ("葉", "YIP"), ("盧", "LO"), ("譚", "TAM"), ("許", "HUI"),
            ("周", "CHOW"), ("謝", "TSE"), ("羅", "LAW"), ("郭", "KWOK"), ("蔡", "CHOI"), ("關", "KWAN"), ("趙", "CHIU"), ("馮", "FUNG")]
GIVEN = [("嘉", "KA"), ("詠", "WING"), ("慧", "WAI"), ("家", "KA"), ("志", "CHI"), ("偉", "WAI"), ("美", "MEI"), ("淑", "SHUK"),
         ("欣", "YAN"), ("敏", "MAN"), ("俊", "CHUN"), ("樂", "LOK"), ("曉", "HIU"), ("子", "TSZ"), ("芷", "TSZ"), ("雅", "NGA"),
         ("婷", "TING"), ("琪", "KI"), ("雯", "MAN"), ("穎", "WING"), ("明", "MING"), ("豪", "HO"), ("珊", "SHAN"), ("玲", "LING"),
         ("鳳", "FUNG"), ("輝", "FAI"), ("儀", "YEE"), ("彤", "TUNG"), ("恩", "YAN"), ("峰", "FUNG")]
EN_NAMES = ["JENNY", "DOROTHY", "CHARISSE", "IRENE", "DAVID", "CONNIE", "MAY", "SHIRLEY", "NICOLE", "EVA", "KATHY", "ROCKY", "JUNE"]
PLACES_ZH = ["九龍東頭二邨旺東樓", "沙田博康邨博泰樓", "屯門良景邨良偉樓", "將軍澳怡明村怡悅樓", "大埔宏福苑宏志閣", "九龍灣彩德邨彩俊樓",
             "深水埗富昌邨富誠樓", "荃灣青山道409號金荃大廈", "長沙灣元州街350號家壹", "西貢碧水新村"]
PLACES_EN = ["Tower 2, Harbour Green, Tai Kok Tsui", "Block 3, Beverly Garden, Tseung Kwan O, NT", "Tsui Wo Hse, Tai Wo Est, Tai Po, NT",
             "Cheung Fat House, Cheung Kwai Estate, Cheung Chau, NT", "Tin Wah Est, Tin Shui Wai NT", "Block 1, Yuet Wu Villa, Tuen Mun",
             "Kwai Chung Estate, Kwai Chung NT,HK", "Banyan Garden, Lai Chi Kok", "Tung Tau Estate, Wong Tai Sin", "Wetland Seasons Park, TSW"]
HKID_LETTERS = list("YYYYYYZZZZZKKKGGDDRRPPEVCAM")


def check_digit(letter, digits):
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum((7 - i) * int(d) for i, d in enumerate(digits))
    r = 11 - total % 11
    return "0" if r == 11 else "A" if r == 10 else str(r)


def hkid():
    def make():
        letter = f.pick(HKID_LETTERS)
        digits = f"{f.r.randrange(0, 1000000):06d}"
        return f"{letter}{digits}({check_digit(letter, digits)})"
    return f._unique(make)


def person():
    def make():
        s_zh, s_en = f.pick(SURNAMES)
        given = [f.pick(GIVEN) for _ in range(f.pick([1, 2, 2, 2]))]
        zh = s_zh + "".join(g[0] for g in given)
        en = " ".join([s_en] + [g[1] for g in given])
        if f.chance(0.12):
            en += " " + f.pick(EN_NAMES)
        return f"{zh} {en}"
    return f._unique(make)


def phone():
    return f._unique(lambda: f"5550{f.r.randrange(10000):04d}")


def address():
    r = f.r.random()
    if r < 0.35:
        return "/"
    if r < 0.6:
        return f"{f.pick(PLACES_ZH)}{f.r.randrange(1, 40)}樓{f.r.randrange(1, 30):02d}室"
    text = f"Flat {f.pick('ABCDEFGH')}, {f.r.randrange(1, 40)}/F, {f.pick(PLACES_EN)}"
    return text.upper() if f.chance(0.4) else text.lower() if f.chance(0.2) else text


rows = []
when = datetime.datetime(2022, 4, 6, 14, 15, 1)
rid = 0
patient_numbers = set()


def patient_no():
    return f._unique(lambda: str(f.pick([f.r.randrange(1, 1000), f.r.randrange(1000, 46000), f.r.randrange(46000, 70000)])))


def add(name, tel, card, pid=None, addr="", gap=None):
    global when, rid
    rid += 1 + (f.pick([1, 2, 5]) if f.chance(0.02) else 0)
    when += gap if gap is not None else datetime.timedelta(minutes=f.r.randrange(5, 60 * 14))
    if when.hour >= 21:
        when = when.replace(hour=f.r.randrange(10, 14), minute=f.r.randrange(60)) + datetime.timedelta(days=1)
    elif when.hour < 10:
        when = when.replace(hour=f.r.randrange(10, 14), minute=f.r.randrange(60))
    stamp = when.strftime("%Y-%m-%d %H:%M:%S")
    rows.append([str(rid), pid or patient_no(), tel, addr, name, card, "1", "0", stamp, stamp])


# the clinic's own test member first
f._used.add("55500001")
add("陳大明 CHAN TAI MING", "55500001", "A123456(7)", pid="99912345", addr="九龍荔枝角西頓中心2706室", gap=datetime.timedelta(0))
family_phone = None
for i in range(2070):
    if len(rows) > 2085:
        break
    name = person()
    tel = phone()
    if i in (19, 289, 380 + 7, 860, 1240, 1610, 1888, 2040):
        tel = family_phone  # a family member signing up on the same phone
    family_phone = tel
    card = hkid()
    if f.chance(0.0015):
        card = card[0].lower() + card[1:]
    addr = address() if f.chance(0.11) else ""
    if i == 120:
        name = name.split(" ")[0] + " " + tel  # the phone typed where the English name goes
    add(name, tel, card, addr=addr)
    if i in (3, 400, 702, 1010, 1300, 1390, 1555, 1620, 1790, 1950, 2010):
        # signed up again minutes later: the check digit corrected, another patient number
        first = rows[-1]
        digit = first[5][-2]
        fixed = first[5][:-2] + (str((int(digit) + 9) % 10) if digit.isdigit() else "9") + ")"
        add(first[4], first[2], fixed, addr=first[3], gap=datetime.timedelta(minutes=f.r.randrange(1, 3)),
            pid=first[1] if i in (702, 1010, 1555) else None)
    if i == 380:
        first = rows[1]
        add(first[4], first[2], "K123456(7)")  # again, with a made-up card number

# namesakes: other people of the same name signing up later (other phone, other card)
for k, src in enumerate([30, 250, 700, 905, 1150, 1460, 1710, 1860, 1995]):
    target = src + 40 + k
    rows[target][4] = rows[src][4]
rows[1500][1] = "0"

os.makedirs(FILES, exist_ok=True)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["id", "patient_id", "phoneNumber", "contactAddress", "patientName", "hkid", "termsConsent", "haveCard", "created_at",
            "updated_at"])
w.writerows(rows)
with open(os.path.join(FILES, "members-zh-hk-clinic.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(buf.getvalue())
