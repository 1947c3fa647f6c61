"""
Shape of joykevn/panda188 "others/郑州人保配送.xlsx" (at commit 54ee4f4b): a city branch of a
property insurer exporting its car-insurance orders for document delivery, Excel. One sheet Sheet1,
rows 1–2 empty, the header in row 3, 45 columns all text-formatted and every value text ('' in
empty cells, amounts such as '665' and '855.0', dates '2018-07-19'): 订单号, 车牌号 (a six-digit
temporary number for a new car), 交强险投保单号, 商业险投保单号, 交强险保单号, 交强险保单生效日期,
商业险保单生效日期, 商业险保单号 (an order holds the compulsory and/or the commercial policy; most
policy numbers are still empty, only the proposal numbers filled), the billing address as province /
city / county / full text, a never-used barcode column, the delivery address in the same four
columns, two 外埠 flags, 收件人 (the customer who receives the policy), scheduled-delivery and print
columns left empty, 收费时间, 支付方式, 坐席工号 (the agent's seat or EPICC_CAR), 备注 (the referring
dealer's name, once with a mobile), 打单员 (empty), the compulsory, commercial and vehicle-tax
amounts and their total, two gift columns (empty), a non-car policy's name, number (empty), dates
and amount on a few rows, 送单类型, 是否定时配送 (empty), 是否需验车, the issuing branch code and the
invoice type. 117 orders; a few customers have two cars. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("carpolicies-zh-cn-delivery")

HEADER = ["订单号", "车牌号", "交强险投保单号", "商业险投保单号", "交强险保单号", "交强险保单生效日期", "商业险保单生效日期", "商业险保单号",
          "收费地址的省", "收费地址的市", "收费地址的区县", "收费地址", "第一次打印配送单条码号", "送单地址的省", "送单地址的市", "送单地址的区县",
          "送单地址", "第二次打印配送单条码号", "收费地址是/否为外埠", "送单地址是/否为外埠", "收件人", "第二次定时送单时间", "收费时间",
          "第一次定时送单时间", "支付方式", "打印时间", "坐席工号", "备注", "打单员", "交强险金额", "商业险金额", "车船税金额", "收费金额",
          "礼品名称", "礼品名称（手工对照版）", "非车险名称1", "非车险保单号1", "非车险保单开始日期1", "非车险保单结束日期1", "非车险金额1",
          "送单类型", "是否定时配送", "是否需验车", "出单机构", "发票类型"]
# Which documents an order holds: compulsory proposal, commercial proposal, compulsory policy, commercial policy.
KINDS = [((1, 1, 0, 0), 43), ((1, 1, 1, 1), 29), ((1, 0, 1, 0), 20), ((1, 0, 0, 0), 14), ((0, 1, 0, 0), 8), ((0, 1, 0, 1), 3)]
COUNTIES = [("中牟县", "41012202"), ("二七区", "41010212"), ("中原区", "41010212"), ("荥阳市", "41012505"), ("新郑市", "41018400"),
            ("上街区营销服务业务部", "41012505"), ("金水区", "41010212")]
DEALERS = ["志诚", "志成", "熊猫", "正隆支付", "检测", "宏达汽贸", ""]
PAYS = [("微信支付", 68), ("刷卡支付", 22), ("网上支付", 13), ("", 9), ("现金支付", 2), ("工行ETC支付", 1), ("工行分期", 1), ("信用卡支付", 1)]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def weighted(pairs):
    return f.r.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def plate():
    if f.chance(0.03):
        return str(f.r.randrange(100000, 999999))  # a new car's temporary number
    prefix = "豫A" if f.chance(0.9) else f.pick(["京Q", "苏D", "川Q"])
    return prefix + "".join(f.pick("0123456789" + LETTERS) for _ in range(5))


kinds = [k for k, n in KINDS for _ in range(n)]
f.r.shuffle(kinds)
customers = [f.name_cn() for _ in range(110)]
customers[7] = customers[7][1:] if len(customers[7]) == 3 else customers[7]  # a customer known by the given name only
rows = []
seq = 1000
for i, (tz, ta, pz, pa) in enumerate(kinds):
    paid = datetime.date(2018, 7, 18) + datetime.timedelta(days=i // 40)
    county, branch = f.pick(COUNTIES)
    online = i >= 110
    prov, city = ("河南", "郑州") if online else ("河南省", "郑州市")
    street = f.pick(["上门", f"{county}{f.pick(['人民路', '建设路', '商都路', '郑开大道'])}{f.r.randrange(1, 300)}号",
                     f"河南省{county}{f.pick(['月季新城', '中原支公司', '营业部'])}"])
    addr = f"{prov}{city}{county}{street}"
    start_z = paid + datetime.timedelta(days=f.pick([1, 1, 1, 8, 10, 30, 40]))
    start_a = start_z if f.chance(0.85) else paid + datetime.timedelta(days=f.pick([1, 9]))
    seq += f.r.randrange(1, 30)
    code = "FAM" if f.chance(0.3) else "DAM"
    z_fee = f.pick([665, 760, 855, 950, 770])
    a_fee = round(f.r.uniform(500, 4000), 2) if ta else 0
    tax = f.pick([300, 420, 150, 0]) if tz else 0
    total = round((z_fee if tz else 0) + a_fee + tax, 2)
    name = customers[i] if i < 110 else customers[f.pick([3, 15, 40, 62, 88, 101, 104])]  # a few customers with two cars
    dealer = f.pick(DEALERS) if f.chance(0.55) else ""
    if i == 12:
        dealer = "志成 " + f.mobile_cn()
    non_car = f.chance(0.06)
    nc_start = paid + datetime.timedelta(days=f.r.randrange(20, 80))
    row = [f"4101{f.r.randrange(10, 99)}18{paid:%m%d}{f.r.randrange(10 ** 7, 10 ** 8)}", plate(),
           f"TDZA20184101{code}{seq:07d}" if tz else "", f"TDAA20184101{code}{seq - 400:07d}" if ta else "",
           f"PDZA20184101{code}{seq - 200:07d}" if pz else "", f"{start_z:%Y-%m-%d}" if tz else "",
           f"{start_a:%Y-%m-%d}" if ta else "", f"PDAA20184101{code}{seq - 600:07d}" if pa else "",
           prov, city, county if not online or f.chance(0.5) else "", addr, "", prov, city, county if not online or f.chance(0.5) else "",
           addr, "", "否", "否", name, "", f"{paid:%Y-%m-%d}" + (" 13:02:11" if online else ""), "", weighted(PAYS), "",
           "EPICC_CAR" if online else f"0{f.r.randrange(5000000, 7100000)}", dealer, "",
           f"{z_fee}.0" if online and tz else (str(z_fee) if tz else "0"), str(a_fee) if a_fee else "0", str(tax), str(total).replace(".0", "") if total == int(total) else str(total),
           "", "", f.pick(["意外健康险", "随车行李险"]) if non_car else "", "", f"{nc_start:%Y-%m-%d}" if non_car else "",
           f"{nc_start.replace(year=2019) - datetime.timedelta(days=1):%Y-%m-%d}" if non_car else "", f.pick(["90", "180", "360"]) if non_car else "",
           "" if online else ("网上支付车险" if not tz else weighted([("上门自取", 64), ("落地配送", 39)])), "",
           "是" if f.chance(0.05) else "否", branch if not online else "41018401", f.pick(["电子发票E", "纸质发票P", "纸质发票P"])]
    rows.append(row)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(HEADER, start=1):
    ws.cell(3, c, h).number_format = "@"
for r, row in enumerate(rows, start=4):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(r, c, v)
        cell.number_format = "@"
save(wb, "carpolicies-zh-cn-delivery.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=4):
            print(n, row)
