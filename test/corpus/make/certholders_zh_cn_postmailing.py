"""
Shape of a provincial exam office's list of certificate holders to be sent by post, as in
penny8848/excel-data-processor "报邮局.xlsx" (commit 3acb1cae620a6a060225d7bc1443689ead2c8a91; the
input of a small tool that splits it into post-office mailing batches). One sheet 'Sheet1', header on
row 1: 考生姓名 / 报考级别 / 报考专业 / 通过年度 / 证书管理号 / 报名地市 / 序号 / 证书名称. Level and
speciality are bare code numbers (1 or 4; 6, 11, 15, 17 …), the pass year 202509 on every row, the
certificate number a 19-digit number Excel has stored as a float (3.42025094200000E+18, so the last
digits are lost), the city '湖北省武汉市' / '湖北省省直' …; 序号 and 证书名称 are empty (the tool fills
them). No phone, no address beyond the city, no company. The real list has 7,567 rows; this one 420.
Values invented: names, codes and numbers.
"""
from fake import Fake, save, workbook

f = Fake("certholders-zh-cn-postmailing")
CITIES = ["湖北省武汉市"] * 24 + ["湖北省宜昌市"] * 5 + ["湖北省襄阳市"] * 4 + ["湖北省省直"] * 4 + \
         ["湖北省荆州市", "湖北省黄冈市", "湖北省孝感市", "湖北省十堰市", "湖北省荆门市", "湖北省咸宁市", "湖北省随州市", "湖北省恩施州"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["考生姓名", "报考级别", "报考专业", "通过年度", "证书管理号", "报名地市", "序号", "证书名称"])
serial = 0
for i in range(420):
    level = f.pick([4, 4, 4, 1, 1])
    spec = f.pick([15, 15, 15, 17, 17, 11, 11, 6, 3, 9, 12]) if level == 4 else f.pick([11, 17, 6, 16, 15, 2])
    serial += f.r.randrange(1, 4)
    cert = float(f"34202509420{serial:08d}")
    ws.append([f.name_cn(unique=False), level, spec, 202509, cert, f.pick(CITIES), None, None])
save(wb, "certholders-zh-cn-postmailing.xlsx")
