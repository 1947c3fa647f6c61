"""
Shape of skynoel/1121-NTOUMMD-python "01171108孫國凱HW#8/樞紐分析表.xlsx" (at commit
688984ae5aaa6450c3def584f5d5d8ab12e1c95d): a fruit wholesaler's order list used for a pivot-table exercise in a
Taiwanese university course (a student's homework, saved without the pivot). One sheet 雜貨清單, bold header on
row 1: 訂單號碼 / 日期 / 商店 / 業務員 / 產品 / 金額, then 200 orders A0001…A0200 in date order over one year
(dates formatted m/d, so no year shows), seven shops (超商, 超市, 水果行, 食品公司, 運銷) ordering 20 to 50 times
each, five salespeople, five fruits, the amount under a $#,##0_);($#,##0) format; everything in 微軟正黑體 11,
text left-aligned; twelve empty formatted rows under the data.
Values invented: shop and salesperson names, dates, fruits and amounts.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("orders-zh-tw-fruitwholesale")
SHOPS = [("永和食品公司", 50), ("佳興超市", 40), ("品全水果行", 24), ("大華超商", 23), ("清泉水果行", 22),
         ("歡喜水果運銷", 21), ("松山超商", 20)]
FRUITS = ["蘋果", "柚子", "芒果", "香蕉", "蕃茄"]
staff = [f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)) for _ in range(5)]
STAFF_WEIGHTS = [57, 48, 46, 29, 20]
shops = [s for s, n in SHOPS for _ in range(n)]
f.r.shuffle(shops)
days = sorted(f.date(datetime.date(2017, 1, 1), datetime.date(2017, 12, 17)) for _ in range(200))
FONT = Font(name="微軟正黑體", size=11)
wb = workbook()
ws = wb.active
ws.title = "雜貨清單"
ws.append(["訂單號碼", "日期", "商店", "業務員", "產品", "金額"])
for cell in ws[1]:
    cell.font = Font(name="微軟正黑體", size=11, bold=True)
for i, (day, shop) in enumerate(zip(days, shops)):
    seller = f.r.choices(staff, weights=STAFF_WEIGHTS)[0]
    amount = f.r.randrange(2800, 18000) if not f.chance(0.03) else f.r.randrange(30000, 52000)
    ws.append([f"A{i + 1:04d}", datetime.datetime.combine(day, datetime.time()), shop, seller, f.pick(FRUITS), amount])
    r = ws.max_row
    for c in range(1, 7):
        cell = ws.cell(r, c)
        cell.font = FONT
        cell.alignment = Alignment(horizontal="right" if c == 6 else "left")
    ws.cell(r, 2).number_format = "m/d"
    ws.cell(r, 6).number_format = "$#,##0_);($#,##0)"
for r in range(202, 214):
    for c in range(1, 7):
        ws.cell(r, c).font = FONT
for col, width in zip("ABCDEF", [10.86, 8.43, 18.29, 12.58, 9.0, 11.43]):
    ws.column_dimensions[col].width = width
save(wb, "orders-zh-tw-fruitwholesale.xlsx")
