"""
Shape of pohua920/easyTest "doc/APS/WebContent/WEB-INF/classes/xlsx/AS400RenewalDataSample2.xlsx": a
bank's renewal list of the residential fire policies it placed with a Taiwanese property insurer, in
the layout the insurer's system imports (Excel, one sheet SAMPLE). The header holds only the AS400
field codes WK01 … WK33, then 業務員員編 and 業務員登錄證號 in words; a reader has to tell the columns
by their values: branch type, the bank branch's code and its staff member, the loan account (12
digits as text), the collateral number, the old policy number ('180522R0004886'), the insured and his
ID number, the term's start and end as seven-digit ROC dates stored as numbers (1121201 = 112/12/01),
the property's postcode and address, wall / roof / structure codes, floor area, the ROC year built,
floors, the mailing postcode and address, the policyholder and his ID number, last year's and this
year's fire and earthquake sums (the sums raised on some rows), an empty column and a zero column,
fire, earthquake and total premiums, an auto-renewal Y/N, an empty column, and the insurer's agent
number and licence number. Codes and identifiers are text, amounts and dates numbers. The system's
sample has one example row; this file fills the layout with 46 policies. Values invented: names, ID
numbers (wrong check digits), accounts, addresses, policy numbers, dates and amounts.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, workbook, save

f = Fake("policies-zh-tw-wkcodes")

HEAD = [f"WK{i:02d}" for i in range(1, 34)] + ["業務員員編", "業務員登錄證號"]
PLACES = [("351", "苗栗縣頭份市", ["中正路", "自強路", "中華路"]), ("350", "苗栗縣竹南鎮", ["光復路", "博愛街"]),
          ("632", "雲林縣虎尾鎮", ["林森路一段", "光復路", "中正路"]), ("640", "雲林縣斗六市", ["大學路二段", "雲林路二段"]),
          ("360", "苗栗縣苗栗市", ["中正路", "為公路"])]
BRANCHES = [("AH002", "鍾怡萱"), ("AH002", "羅文雄"), ("AH017", "劉淑芬"), ("AJ105", "葉宗翰")]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number(sex=None):
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        letter = f.pick("KKKKPPPNN")
        body = f"{sex or f.pick('12')}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{letter}{body}{(check + 1 + f.r.randrange(9)) % 10}"

    return f._unique(make)


def address():
    post, town, roads = f.pick(PLACES)
    text = f"{town}{f.pick(roads)}"
    if f.chance(0.4):
        text += f"{f.r.randrange(1, 300)}巷"
    text += f"{f.r.randrange(1, 500)}號"
    if f.chance(0.4):
        text += f"{f.r.randrange(2, 12)}樓"
    return post, text


def roc7(d):
    return (d.year - 1911) * 10000 + d.month * 100 + d.day


wb = workbook()
ws = wb.active
ws.title = "SAMPLE"
ws.append(HEAD)
for i in range(46):
    insured, iid = person(), id_number()
    holder, hid = (insured, iid) if f.chance(0.85) else (person(), id_number())
    code, staff = f.pick(BRANCHES)
    post, addr = address()
    mail_post, mail = (post, addr) if f.chance(0.8) else address()
    start = f.date(datetime.date(2023, 12, 1), datetime.date(2023, 12, 31))
    end = start.replace(year=start.year + 1)
    area = round(f.r.uniform(20, 70), 2)
    old_sum = int(area * f.r.uniform(52000, 80000) / 10000) * 10000
    new_sum = old_sum if f.chance(0.8) else old_sum + f.pick([100000, 200000, 300000])
    fire_prem = round(new_sum * 0.206 / 1000)
    opened = datetime.date(2018, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 365 * 4))
    row = [f.pick(["05", "05", "06"]), code, staff, f"{f.r.randrange(10 ** 11, 10 ** 12)}", f"{f.r.randrange(10 ** 7):07d}",
           f"{opened:%y%m%d}R{f._unique(lambda: f.r.randrange(10 ** 7)):07d}", insured, iid, roc7(start), roc7(end), post, addr,
           f.pick(["03", "03", "02"]), f.pick(["50", "50", "40"]), f.pick(["2", "2", "1"]), area, f.r.randrange(65, 110),
           f.r.randrange(2, 16), mail_post, mail, holder, hid, old_sum, 1500000, None, 0, new_sum, 1500000, fire_prem, 1350,
           fire_prem + 1350, f.pick(["Y", "Y", "Y", "N"]), None, f"{f.r.randrange(100000, 199999)}",
           f"DB{f.r.randrange(10)}H{f.r.randrange(10 ** 6):06d}"]
    ws.append(row)
    ws.cell(ws.max_row, 16).number_format = "0.0000"
ws.column_dimensions["A"].width = 6.625

save(wb, "policies-zh-tw-wkcodes.xlsx")
