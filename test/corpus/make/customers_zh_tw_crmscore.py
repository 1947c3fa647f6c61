"""
Shape of tyllersun/big-data-marketing CRM.xlsx: a credit-card issuer's customer sample with RFM
scores, written by pandas (繁體 and English headers). One sheet: an unnamed first column holding
the frame's index 0…99, 客戶ID (numbers, ascending), 年齡, 生日 and 辦第一張信用卡的時間 as date-times,
居住地 (a region), 教育程度, 性別 coded "1:男"/"2:女", 婚姻狀況, 職業, then purchase figures and
scores (last buy, frequency, monetary, purchase time, ranks, points written as text "4", CRM score
and rank, BRP/BFP/BMF/BTS). No names. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("customers-zh-tw-crmscore")
REGIONS = ["大台北地區", "大台北地區", "大台北地區", "桃竹苗地區", "中彰投地區", "高屏地區"]
EDUCATION = ["學士", "學士", "專科", "碩士", "高中職", "博士"]
JOBS = ["白領主管", "白領一般職員", "其他", "自由業", "藍領", "軍公教", "學生", "家管", "退休", "服務業", "商",
        "專業人士", "農林漁牧"]
AS_OF = datetime.date(2012, 12, 31)


def rank(values, reverse=False):
    order = sorted(values, reverse=reverse)
    return [order.index(v) + 1 + (order.count(v) - 1) / 2 for v in values]


def point(r, n):
    return str(min(5, int(5 * r / n) + 1))


ids = sorted(f.r.sample(range(20, 20000), 100))
people = []
for cid in ids:
    born = f.date(datetime.date(1940, 1, 1), datetime.date(1990, 12, 31))
    first_card = f.date(datetime.date(2001, 1, 1), datetime.date(2006, 12, 31))
    last_buy = f.date(datetime.date(2011, 6, 1), datetime.date(2012, 12, 1))
    times = f.r.randrange(1, 90)
    days = (AS_OF - first_card).days
    people.append(dict(cid=cid, age=AS_OF.year - born.year, born=born, region=f.pick(REGIONS),
                       edu=f.pick(EDUCATION), sex=f.pick(["1:男", "2:女"]), married=f.pick(["已婚", "單身"]),
                       job=f.pick(JOBS), first=first_card, last=last_buy, freq=times / days * 50,
                       money=f.r.randrange(2000, 180000), times=times))
n = len(people)
fre = rank([p["freq"] for p in people])
mon = rank([p["money"] for p in people])
rec = rank([p["last"].toordinal() for p in people])
score = [int(point(a, n)) + int(point(b, n)) + int(point(c, n)) for a, b, c in zip(fre, mon, rec)]
score_rank = rank(score, reverse=True)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append([None, "客戶ID", "年齡", "生日", "居住地", "教育程度", "性別", "婚姻狀況", "職業", "辦第一張信用卡的時間",
           "last buy", "frequency", "monetary", "purchase time", "fre_rank", "frequency point", "monetary_rank",
           "monetary point", "last buy_rank", "last buy point", "CRM score", "CRM rank", "BRP", "BFP", "BMF",
           "BTS", "BTS rank"])
for i, p in enumerate(people):
    brp = f.r.randrange(1, 30)
    bfp = p["times"] * 4
    bmf = round(p["money"] / 30000, 4)
    bts = brp + bfp + int(bmf)
    ws.append([i, p["cid"], p["age"], datetime.datetime.combine(p["born"], datetime.time()), p["region"], p["edu"],
               p["sex"], p["married"], p["job"], datetime.datetime.combine(p["first"], datetime.time()),
               datetime.datetime.combine(p["last"], datetime.time()), p["freq"], p["money"], p["times"], fre[i],
               point(fre[i], n), mon[i], point(mon[i], n), rec[i], point(rec[i], n), score[i],
               int(score_rank[i]), brp, bfp, bmf, bts, f.r.randrange(1, 101)])
for r in range(2, ws.max_row + 1):
    for c in (4, 10, 11):
        ws.cell(r, c).number_format = "YYYY-MM-DD HH:MM:SS"
save(wb, "customers-zh-tw-crmscore.xlsx")
