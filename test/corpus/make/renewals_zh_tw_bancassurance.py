"""
Shape of ShiauHa-insurance-management-system/insurance_app "renew_db.csv" (at commit 5319a54): a
Kaohsiung property-and-casualty agency's renewal list (續保明細), written by its small web app as UTF-8
CSV with BOM (LF): 投保險種 / 被保險人 / 被保險人ID / 要保人 / 要保人ID / 電話 / 出單日 / 起保日 / 到期日 / 保費 /
牌照號碼 / 業務來源 / 分行編號 / 行員 ID / 行員姓名 / 通訊地址 / 收費地址 / 標的物地址. One row per policy coming up
for renewal: mostly motorcycle and car compulsory and voluntary cover (the same plate under both, the
same person under several plates), home fire-and-earthquake, liability, employer's accident, one
critical-illness rider; the policyholder is the insured on nearly every row, companies (eight-digit
business numbers) on a few; ten-digit mobiles without dashes, a few landlines, none on some rows;
issue, start and end dates in ROC years (114/10/17); premium as a whole number; plates in five
spellings; channel and branch codes; staff id on a handful, staff name never; the mailing address
(full-width digits on some), the 收費地址 column holding the solicitor instead (a channel and a name, a
staff number and a name, a bare name, 交招攬人, or nothing), and the insured property's address on fire
policies. Values invented: names, ID numbers (with a wrong check digit, so no real person's), phones,
plates and addresses.
"""
import datetime
import os
import random

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("renewals-zh-tw-bancassurance")

HEAD = ["投保險種", "被保險人", "被保險人ID", "要保人", "要保人ID", "電話", "出單日", "起保日", "到期日", "保費", "牌照號碼", "業務來源",
        "分行編號", "行員 ID", "行員姓名", "通訊地址", "收費地址", "標的物地址"]
DISTRICTS = ["楠梓區", "三民區", "鼓山區", "仁武區", "左營區", "苓雅區", "前鎮區", "鳳山區", "小港區", "大社區", "岡山區", "新興區"]
ROADS = ["安泰街", "鼎中路", "美術北三路", "赤西一街", "博愛二路", "民族一路", "自由三路", "中華五路", "五甲二路", "建國一路", "大順三路",
         "明誠二路", "德民路", "重愛路", "青海路", "九如一路"]
CHANNELS = ["M8611"] * 24 + ["Y7980K"] * 22 + ["Z9000"] * 9 + ["ZM001"] * 4 + ["HH5678"] * 2 + ["M8612", "Z4444", "HF5678", "R0028"]
INSURER = "永昌人壽"
SOLICITORS = [f"{f.pick(SURNAMES_TW)}{f.pick(GIVEN_TW)}{f.pick(GIVEN_TW)}" for _ in range(14)]
STAFF_CODES = ["1751", "1656", "0801", "0181", "0163", "A162"]
COMPANY_WORDS = ["聯興", "宏昌", "永順", "鴻泰", "昇達", "國豐", "港都", "大發"]
TRADES = ["工程有限公司", "企業有限公司", "實業股份有限公司", "營造有限公司", "機械工業股份有限公司", "交通有限公司"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number(sex=None):
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    def make():
        letter = f.pick("EESSSSTTTTKKKHHAAF")
        body = f"{sex or f.pick('12')}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{letter}{body}{(check + 1 + f.r.randrange(9)) % 10}"
    return f._unique(make)


def business_number():
    return f._unique(lambda: f"{f.r.randrange(10000000, 99999999)}")


def fullwidth(text):
    return text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def address():
    num = f"{f.r.randrange(1, 400)}"
    lane = f"{f.r.randrange(2, 300)}巷" if f.chance(0.35) else ""
    floor = f"{f.r.randrange(2, 15)}樓" + (f"之{f.r.randrange(1, 9)}" if f.chance(0.2) else "") if f.chance(0.6) else ""
    text = f"高雄市{f.pick(DISTRICTS)}{f.pick(ROADS)}{lane}{num}號{floor}"
    return text


def plate(kind):
    L = lambda n: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))
    D = lambda n: "".join(str(f.r.randrange(10)) for _ in range(n))
    if kind == "機車":
        return f._unique(lambda: f.pick([f"{L(3)}-{D(4)}", f"{L(3)}-{D(4)}", f"{D(3)}-{L(3)}", f"{L(2)}{D(1)}-{D(3)}"]))
    return f._unique(lambda: f.pick([f"{L(3)}-{D(4)}", f"{D(4)}-{L(2)}", f"{D(4)}-{L(1)}{D(1)}", f"{L(3)}-{D(3)}"]))


def roc(d):
    return f"{d.year - 1911}/{d.month:02d}/{d.day:02d}"


def solicitor():
    r = f.r.random()
    if r < 0.43:
        return f"{INSURER} {f.pick(SOLICITORS)}"
    if r < 0.62:
        return f"{f.pick(STAFF_CODES)} {f.pick(SOLICITORS)}"
    if r < 0.66:
        return f"{f.pick(STAFF_CODES)}{f.pick(SOLICITORS)}"
    if r < 0.72:
        return ""
    if r < 0.74:
        return "交招攬人"
    return f.pick(SOLICITORS)


class Holder:
    def __init__(self, company=False):
        self.company = company
        if company:
            self.name = f._unique(lambda: f.pick(COMPANY_WORDS) + f.pick(COMPANY_WORDS) + f.pick(TRADES))
            self.id = business_number()
            self.phone = f"07-{f.r.randrange(2000000, 8999999)}" if f.chance(0.5) else f.mobile_tw(dashed=False)
        else:
            self.name = person() if f.chance(0.97) else f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW))
            self.id = id_number()
            self.phone = "" if f.chance(0.025) else f.mobile_tw(dashed=False)
        self.address = address()
        self.channel = f.pick(CHANNELS)
        self.solicitor = solicitor()


def policy(kind, holder, insured=None, plate_no="", start=None, premium=None, target=""):
    insured = insured or holder
    start = start or datetime.date(2026, 4, 1) + datetime.timedelta(days=f.r.randrange(0, 365))
    issue = start - datetime.timedelta(days=f.r.randrange(5, 80))
    end = start.replace(year=start.year + 1)
    branch = ""
    if f.chance(0.21):
        branch = f.pick(["EE013"] * 11 + ["EE017"] * 8 + ["79719", "17610", "79700", "M0803"])
    staff = f"{f.pick(['KB', 'KH'])}{f.r.randrange(10)}{f.pick('ABC')}{f.r.randrange(100000, 999999)}" if f.chance(0.01) else ""
    mail = fullwidth(holder.address) if f.chance(0.13) else holder.address
    return [kind, insured.name, insured.id, holder.name, holder.id, holder.phone, roc(issue), roc(start), roc(end),
            str(premium), plate_no, holder.channel, branch, staff, "", mail, holder.solicitor, target]


rows = []
holders = []
# motorcycles and cars: compulsory and voluntary on the same plate, some people with several vehicles
while len(rows) < 820:
    h = Holder(company=f.chance(0.025))
    holders.append(h)
    for _ in range(f.pick([1, 1, 1, 1, 2, 2, 3])):
        kind = "機車" if f.chance(0.74) else "汽車"
        p = plate(kind)
        start = datetime.date(2026, 4, 1) + datetime.timedelta(days=f.r.randrange(0, 365))
        plate_no = p if f.chance(0.93) else ""
        comp = f.r.randrange(424, 1200) if kind == "機車" else f.r.randrange(889, 4109)
        rows.append(policy(f"{kind}強制險", h, plate_no=plate_no, start=start, premium=comp))
        if f.chance(0.82):
            vol = f.r.randrange(329, 3116) if kind == "機車" else f.r.randrange(2000, 30000)
            rows.append(policy(f"{kind}任意險", h, plate_no=plate_no, start=start, premium=vol))
# home fire and earthquake, liability, accident
for _ in range(40):
    h = Holder()
    holders.append(h)
    target = fullwidth(h.address) if f.chance(0.8) else address()
    rows.append(policy("火險住宅地震", h, premium=f.r.randrange(1302, 6380), target=target))
for kind, n, lo, hi in [("個人責任保險", 7, 941, 2959), ("產品責任險", 6, 2000, 2800), ("公共意外險", 2, 2166, 16391),
                        ("僱主意外(一般類)", 2, 4273, 48514), ("僱主意外(工程類)", 1, 3850, 3851),
                        ("火險一年期店舖", 2, 60, 4500), ("重大疾病附加住院醫療保險", 1, 1321, 1322)]:
    for _ in range(n):
        company = kind.startswith("僱主") or kind in ("產品責任險", "公共意外險") and f.chance(0.5)
        h = Holder(company=company)
        holders.append(h)
        insured = None
        if kind.startswith("重大疾病"):
            insured = Holder()  # a parent insuring a child
            insured.name = h.name[0] + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)
        target = fullwidth(address()) if kind.startswith("火險") else ""
        rows.append(policy(kind, h, insured=insured, premium=f.r.randrange(lo, hi), target=target))

# the app lists the newest uploads first: the fire policies at the top, then the rest roughly in entry order
fire = [r for r in rows if r[0] == "火險住宅地震"]
rest = [r for r in rows if r[0] != "火險住宅地震"]
order = fire[:12] + rest[:3] + fire[12:13] + rest[3:]
order += fire[13:]
rows = order

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "renewals-zh-tw-bancassurance.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write(",".join(HEAD) + "\n")
    for r in rows:
        out.write(",".join(r) + "\n")
if os.environ.get("CORPUS_STATS"):
    import json
    print(json.dumps({"rows": len(rows), "holders": len({r[4] for r in rows}), "holder_names": len({r[3] for r in rows})}))
