"""
Shape of mzjdy/PAI02 OutFiles/customer_info.txt (commit 95c857ca23fddd4e4cf0fbd3d488ebdb835a7a3a):
a bank retail-credit modelling project's customer file written by a Python script as comma-
separated text (UTF-8, no BOM, LF, no quoting) — kept here as .csv. Header of 21 names:
客户编号,客户姓名,证件类型,证件号码,出生日期,客户性别,婚姻状况,教育程度,客户职业,联系电话,电子邮件,
居住状态,居住地址,银行卡号,开户银行,卡种代码,卡种名称,创建机构,创建柜员,创建日期,创建时间 — but every
data row has 20 fields: after 居住地址 the script writes bank name, card-type code, card-type name,
card number (so columns N-Q hold values of other headers), then branch, teller, and the creation
date and time in one field "yyyy-mm-dd hh:mm:ss" under 创建日期, leaving 创建时间 empty.
Codes as digits: 证件类型 0, 性别 0/1, 婚姻 0-2, 教育 0-4, 职业 0-7, 居住 0-4. 12-digit customer
numbers (some with a leading 0), 18-character ID numbers (some ending X), 11-digit mobiles,
random-letter e-mail addresses, "省市路号" addresses. The original has 13,825 rows; 200 here.
All values invented.
"""
import os
import string

from fake import Fake, FILES, CITIES_CN, ROADS_CN

f = Fake("customers-zh-cn-bankretail")
PROVS = ["黑龙江省黑河市", "陕西省汉中市", "安徽省滁州市", "浙江省丽水市", "四川省成都市", "福建省泉州市",
         "辽宁省朝阳市", "山东省威海市", "湖南省邵阳市", "云南省文山市", "江苏省淮安市", "新疆维吾尔自治区和田市",
         "河北省衡水市", "广东省韶关市", "甘肃省白银市", "北京市通州区"]
ROADS = ROADS_CN + ["幸福大街", "体育广场", "康城街", "迎泽大街", "秦蜀路", "鼓楼南大街"]
BANKS = [("中国工商银行", 1, "借记卡"), ("中国建设银行", 2, "贷记卡"), ("招商银行", 2, "贷记卡"),
         ("中国农业银行", 1, "借记卡"), ("浙江省农村信用社联合社", 1, "借记卡"), ("兴业银行", 2, "贷记卡"),
         ("上海浦东发展银行", 2, "贷记卡"), ("中国银行", 4, "预付费卡"), ("成都银行", 1, "借记卡"),
         ("偃师融兴村镇银行", 1, "借记卡"), ("中国银行", 3, "准贷记卡")]

header = "客户编号,客户姓名,证件类型,证件号码,出生日期,客户性别,婚姻状况,教育程度,客户职业,联系电话,电子邮件,居住状态,居住地址,银行卡号,开户银行,卡种代码,卡种名称,创建机构,创建柜员,创建日期,创建时间"
lines = [header]
ROWS = []
for i in range(200):
    cid = f._unique(lambda: f"{f.r.randrange(1, 46):02d}{f.r.randrange(10**10):010d}")
    name = f.name_cn()
    born = f.date(__import__("datetime").date(1960, 1, 1), __import__("datetime").date(2000, 12, 31))
    idno = f"{f.r.randrange(110000, 660000)}{born:%Y%m%d}{f.r.randrange(1000):03d}" + f.pick("0123456789X")
    sex = f.r.randrange(2)
    local = "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(f.r.randrange(6, 11)))
    email = f.email(local)
    addr = f"{f.pick(PROVS)}{f.pick(ROADS)}{f.r.randrange(1, 6000)}号"
    bank, code, cname = f.pick(BANKS)
    card = ("62" + "".join(str(f.r.randrange(10)) for _ in range(f.pick([14, 17]))))
    branch = cid[:2] + f"{f.r.randrange(10**6):06d}"
    teller = f"{f.r.randrange(10000):04d}"
    created = f.date(__import__("datetime").date(2010, 1, 1), __import__("datetime").date(2017, 12, 31))
    stamp = f"{created:%Y-%m-%d} {f.r.randrange(24):02d}:{f.r.randrange(60):02d}:{f.r.randrange(60):02d}"
    phone = f.mobile_cn()
    row = [cid, name, "0", idno, f"{born:%Y-%m-%d}", str(sex), str(f.r.randrange(3)), str(f.r.randrange(5)),
           str(f.r.randrange(8)), phone, email, str(f.r.randrange(5)), addr, bank, str(code), cname, card,
           branch, teller, stamp]
    ROWS.append(row)
    lines.append(",".join(row))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-zh-cn-bankretail.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))

if __name__ == "__main__":
    for r in ROWS[:3]:
        print(r)
