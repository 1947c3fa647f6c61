"""
Shape of nvzi5z2/srcb_daily_report 原始数据/【浦东分行鑫e贷】鑫e贷b款明细_2025-02-20.xlsx, a bank
branch's extract of large consumer-loan credit lines and drawdowns (Apache POI, every cell text):
the header row was overwritten — a few pinyin words (shengqingshijian, yingxiaokehujingl,
jingdiaokehujingli …) and the number 1 over every other column. Sheet 鑫e贷大额客户授信数据: one row
per credit line with application / approval / check / signing times, the limit and rate as text,
是/否 flags, counts and amounts, the channel (客户经理 / C2C码 / 自然流量), then the marketing staff
member's name, staff number, organisation codes and branch names, and the same again for the
staff member who did the check — no client named anywhere. Sheet 鑫e贷大额客户借据数据: one row per
drawdown with amount, date, rates, the client's card number masked (623162*********6077), 本行卡 /
他行卡, and the same two staff blocks. Not client data: the people named are the bank's staff.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("loans-zh-cn-staffcredit")
ORGS = [("31298", "浦东分行财务会计部"), ("31328", "北蔡支行"), ("31331", "张江支行"), ("31340", "金桥支行"), ("-", "-")]
staff = [(f.name_cn(), f"{f.r.randrange(100, 99999):05d}", f.pick(ORGS[:4])) for _ in range(14)]


def staff_block(member, centre=False):
    name, no, (org, org_name) = member
    if centre:
        return [name, no, "10002", "业务处理中心", "-", "-"]
    return [name, no, "31297", "浦东分行本部", org, org_name]


def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


wb = workbook()
credit = wb.active
credit.title = "鑫e贷大额客户授信数据"
head1 = {1: "shengqingshijian", 4: "shouxintongguoshijian", 5: "jingdiaowanchengshij", 6: "qianyueshijian",
         21: "yingxiaokehujingl", 27: "jingdiaokehujingli"}
for c in range(1, 33):
    credit.cell(1, c, head1.get(c, 1))
start = datetime.datetime(2023, 6, 1, 9, 0)
for r in range(2, 122):
    applied = start + datetime.timedelta(minutes=f.r.randrange(0, 600 * 24 * 60))
    approved = applied + datetime.timedelta(minutes=f.r.randrange(1, 8))
    checked = approved + datetime.timedelta(minutes=f.r.randrange(5, 3000))
    signed = checked + datetime.timedelta(minutes=f.r.randrange(1, 60))
    drawn = f.chance(0.5)
    marketer = f.pick(staff)
    checker = f.pick(staff)
    row = [ts(applied), f.pick(["49.8", "48.0", "42.0", "30.0", "20.0"]), f.pick(["4.806", "5.508", "7.506", "9.207"]),
           ts(approved), ts(checked), ts(signed), "是" if drawn else "否",
           str(f.r.randrange(1, 5)) if drawn else "", f"{f.r.uniform(10, 70):.8f}" if drawn else "",
           f"{f.r.uniform(0, 49):.2f}" if drawn else "", f"{f.r.uniform(-1, 20):.2f}", f"{f.r.uniform(0, 400000):.2f}",
           f"{f.r.uniform(-70000, 300000):.2f}", signed.strftime("%Y-%m-%d") if drawn else "",
           f"{f.r.uniform(0, 20):.2f}" if drawn else "", f.pick(["客户经理"] * 3 + ["C2C码", "自然流量"]),
           f"{f.r.uniform(0, 40000):.4f}", f"{f.r.uniform(0, 3000):.4f}", "否", "否"]
    row += (["", "", "", "", "", ""] if f.chance(0.07) else staff_block(marketer, centre=f.chance(0.1)))
    row += staff_block(checker)
    for c, v in enumerate(row, 1):
        credit.cell(r, c, v).number_format = "@"

loans = wb.create_sheet("鑫e贷大额客户借据数据")
head2 = {1: "fangkuanjine", 2: "fangkuanriq", 10: "yingxiaokehujingl", 16: "jingdiaokehujingl"}
for c in range(1, 22):
    loans.cell(1, c, head2.get(c, 1))
cards = [f"{f.pick(['623162', '621688'])}*********{f.r.randrange(10000):04d}" for _ in range(60)]
for r in range(2, 162):
    marketer = f.pick(staff)
    checker = f.pick(staff)
    rate = f.pick(["4.896", "5.508", "4.806", "7.506"])
    row = [str(f.pick([10000, 50000, 100000, 159999, 200000, 220000, 250000])),
           f.date(datetime.date(2023, 6, 1), datetime.date(2025, 2, 20)).isoformat(), rate, f"{float(rate):.6f}",
           f"{float(rate):.6f}", f.pick(cards), "本行卡" if f.chance(0.97) else "他行卡", "0.0", "-"]
    row += (["", "", "", "", "", ""] if f.chance(0.1) else staff_block(marketer, centre=f.chance(0.15)))
    row += staff_block(checker)
    for c, v in enumerate(row, 1):
        loans.cell(r, c, v).number_format = "@"
save(wb, "loans-zh-cn-staffcredit.xlsx")
