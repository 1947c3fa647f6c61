"""
Shape of ShiauHa-insurance-management-system/insurance_app "prog_db.csv" (at commit 97eb962): a Kaohsiung
property-and-casualty agency's case-progress book (案子進度) saved from Excel as a Big5 CSV with CRLF
line ends and no BOM: one row per policy being placed, 25 columns — cover (旅平險, 車險, 機車險, 住火險,
責任險, 僱主意外險), the insured, the day the payment method was given, start and end dates as yyyy/m/d
text, premium, paid O/X, plate, channel and solicitor columns (mostly empty), the serving staff (the
agency's name or a four-digit code glued to a staff name, or the client himself), an empty channel code,
the bank-transfer date ('X' when none), how it was paid, the days it went to underwriting, was folded and
sent ('電子保單' for e-policies), the new policy number (empty while pending), the insured's mailing
address (full-width digits on many, a leading space on some), the insured's ID or business number, the
policyholder and ID when someone else pays, and a company principal, ID and birthday (filled for
companies; once a policyholder's ROC birthday typed there as a note; the birthday column 'X' on the
rest). Family members share an address; one client has a car and a motorcycle. The source holds six
cases; 130 here. Values invented.
"""
import datetime
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("policies-zh-tw-caseprogress")
N = 130

FULL = str.maketrans("0123456789", "０１２３４５６７８９")
DISTRICTS = ["前鎮區", "鳳山區", "小港區", "三民區", "苓雅區", "左營區", "鼓山區", "楠梓區", "仁武區", "大寮區"]
ROADS = ["中華五路", "五甲二路", "永順街", "正豐街", "興中一路", "自由路", "建國二路", "博愛一路", "明誠四路", "光華一路", "青年二路"]
STAFF = ["凱壽林麗仙", "1751王玉環", "凱壽姿樺", "1751蔡沐瀅", "凱壽陳怡安", "1751許雅雯"]
PAY = ["線上刷卡", "超商繳費", "超商繳費", "虛擬帳號繳費", "現金", "匯款"]
COMPANIES = ["甜在心餐屋", "港都鐵材行", "興旺小吃店", "永順汽車修配廠", "吉祥企業社", "大發水電行", "晨光早餐店", "海洋冷凍食品有限公司"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def tw_id(male=None):
    male = f.chance(0.5) if male is None else male
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    letter = f.pick("EEESSSCTX")
    body = ("1" if male else "2") + f"{f.r.randrange(10000000):07d}"
    code = letters.index(letter) + 10
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def ymd(d):
    return f"{d.year}/{d.month}/{d.day}"


def address():
    text = f"高雄市{f.pick(DISTRICTS)}{f.pick(ROADS)}{f.r.randrange(1, 1200)}" + \
        (f"巷{f.r.randrange(1, 40)}之{f.r.randrange(1, 5)}" if f.chance(0.2) else "") + "號" + \
        (f"{f.pick('二三五七十')}樓" if f.chance(0.4) else "")
    if f.chance(0.45):
        text = text.translate(FULL)
    return (" " + text) if f.chance(0.06) else text


def plate(moto):
    a = "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{a}-{f.r.randrange(100, 999)}" if moto else (f"{a}-{f.r.randrange(1000, 9999)}" if f.chance(0.6) else f"{f.r.randrange(100, 999)}-{a}")


policy_seq = {"TAS": 2100, "D": 300, "F": 40, "L": 10}
rows = []
clients = []
firms = {}
while len(rows) < N:
    kind = f.r.random()
    received = f.date(datetime.date(2026, 1, 5), datetime.date(2026, 4, 25))
    start = received + datetime.timedelta(days=f.r.randrange(2, 15))
    company = None
    if kind < 0.2:
        cover, end, premium, prefix = "旅平險", start + datetime.timedelta(days=f.r.randrange(3, 15)), f.r.randrange(600, 3200), "TAS"
    elif kind < 0.62:
        cover, end, premium, prefix = "車險", start.replace(year=start.year + 1), f.r.randrange(1800, 16000), "D"
    elif kind < 0.77:
        cover, end, premium, prefix = "機車險", start.replace(year=start.year + (2 if f.chance(0.4) else 1)), f.r.randrange(300, 1300), "D"
    elif kind < 0.88:
        cover, end, premium, prefix = "住火險", start.replace(year=start.year + 1), f.r.randrange(1200, 5200), "F"
    else:
        cover, end, premium, prefix = f.pick(["產品責任險", "公共意外責任險", "僱主意外責任險"]), start.replace(year=start.year + 1), \
            f.r.randrange(2500, 22000), "L"
        company = f.pick(COMPANIES)
    if company:
        if company not in firms:
            firms[company] = (f"{f.r.randrange(10000000, 99999999)}", address(), person(), tw_id(),
                              f.date(datetime.date(1955, 1, 1), datetime.date(1985, 12, 31)))
        ident, addr = firms[company][:2]
        insured = company
    elif clients and f.chance(0.12):
        insured, ident, addr = f.pick(clients)  # a second policy of the same client
    elif clients and f.chance(0.06):
        _, _, addr = f.pick(clients)  # a family member at the same address
        insured, ident = person(), tw_id()
        clients.append((insured, ident, addr))
    else:
        insured, ident, addr = person(), tw_id(), address()
        clients.append((insured, ident, addr))
    paid = f.chance(0.55)
    pay = f.pick(PAY)
    e_policy = cover == "旅平險" or f.chance(0.2)
    underwriting = received + datetime.timedelta(days=f.r.randrange(0, 3))
    seq_pending = cover != "旅平險" and f.chance(0.45)
    number = ""
    if not seq_pending:
        policy_seq[prefix] += f.r.randrange(1, 4)
        number = f"188826{prefix}{policy_seq[prefix]:06d}" if prefix == "TAS" else f"188826{prefix}{policy_seq[prefix]:05d}"
    staff = insured if (not company and f.chance(0.05)) else f.pick(STAFF)
    holder, holder_id = "", ""
    if not company and f.chance(0.08):
        holder, holder_id = person(), tw_id()
    principal, principal_id, principal_born = "", "", "X"
    if company:
        principal, principal_id, b = firms[company][2:]
        principal_born = f"{b.year - 1911}/{b.month:02d}/{b.day:02d}"
    rows.append([cover, insured, ymd(received), ymd(start), ymd(end), str(premium), "O" if paid else "X",
                 plate(cover == "機車險") if cover in ("車險", "機車險") else "", "", "", staff, "",
                 ymd(received) if pay == "匯款" else "X", pay, ymd(underwriting),
                 "電子保單" if e_policy else ymd(underwriting + datetime.timedelta(days=2)),
                 "電子保單" if e_policy else ymd(underwriting + datetime.timedelta(days=f.r.randrange(3, 9))),
                 number, addr, ident, holder, holder_id, principal, principal_id, principal_born])

# A policyholder's ROC birthday typed into the principal column as a note (the source's second row).
for r in rows:
    if r[20] and not r[22]:
        b = f.date(datetime.date(1960, 1, 1), datetime.date(1975, 12, 31))
        r[22] = f"{r[20]}生日{b.year - 1911}-{b.month:02d}-{b.day:02d}"
        break

HEADER = ["保險種類", "被保險人姓名", "給業代/客人繳費方式日", "起保日", "到期日", "保險費用", "是否繳費", "牌照號碼", "業務來源",
          "業務人員/產險證字號", "實際服務人員", "通路代號", "網銀匯款日期", "繳費方式", "交給核保日", "摺單日", "送單日", "新年度保單號碼",
          "被保險人通訊地址", "被保險人身份證字號/統一編號", "要保人姓名", "要保人身份證字號/統一編號", "公司負責人", "公司負責人身分證字號",
          "公司負責人出生年月日"]


def line(cells):
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "policies-zh-tw-caseprogress.csv"), "wb") as fh:
    fh.write("".join(line(r) + "\r\n" for r in [HEADER] + rows).encode("cp950"))

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump(rows, open(sys.argv[1], "w"), ensure_ascii=False)
