"""
Shape of a PC brand's channel import workbook (dealers, their stores, store clerks) as in
Georgi1988/Laravel-AngularJS-project "public/contents/import/[__]-_____.xlsx" (commit
4911f42f66d1b11910f723b031cc5c7a63582b36; Microsoft Excel; the filled example next to the system's
dealer import template). Three sheets, each with its header on row 1 and a few formatted blank rows
below the data:
- '经销商信息': 经销商名称 / 对应区域 (东区/南区/西区) / 对应省份 / 城市 / 所属经销商编号 (K…) /
  对应上级经销商名称 / 对应上级经销商编号 / 联系人 / 电话 (a mobile as a number) / 邮箱;
- '店面信息': 65 columns per store: name, T-code, the dealer it belongs to (所属客户名称/编号), customer
  class (KA, KA-C), the dealer's parent, region, province, city, county, city level, zone, township,
  area / retail / city managers (login names like 'Tom_Lu', 'wenl_cao(7473)'), store type words,
  area and monthly sales (text or number), address, postcode, phones and the store manager's mobile
  typed with a leading apostrophe ("'661300", "'1380000…", a lone "'" for none), manager e-mail,
  delivery address, status '有效', application / approval dates, mall names, grades, counters,
  registration dates as bare date serials (40330), a process state and the retail manager's login
  e-mail;
- '店员信息': 店员名字 / 联系电话 (number) / 邮箱 (mostly empty) / 店员所属店面名称 / 店员所属店面编号 /
  所属经销商名称.
The real example holds four dealers, four stores and four clerks; this one five, six and six.
Values invented: companies, codes, people, phones, e-mails, addresses and figures.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("dealers-zh-cn-pcchannel")

PLACES = [  # region, province, city, county, township, zone, post
    ("西区", "云南省", "红河哈尼族彝族自治州", "河口瑶族自治县", "河口镇", "个旧市2", "661300"),
    ("南区", "福建省", "龙岩市", "武平县", "城厢乡", "龙岩", "364300"),
    ("东区", "浙江省", "丽水市", "庆元县", "松源镇", "丽水", "323800"),
    ("东区", "山东省", "烟台市", "招远市", "招远市城区", "烟台", "265400"),
    ("南区", "江西省", "赣州市", "瑞金市", "象湖镇", "赣州", "342500"),
]
TOWN_WORDS = ["宇科", "万新", "乾坤", "圳华", "恒通", "金鹰", "新宇", "博达"]

wb = workbook()
ws = wb.active
ws.title = "经销商信息"
HEAD1 = ["经销商名称", "对应区域", "对应省份", "城市", "所属经销商编号", "对应上级经销商名称", "对应上级经销商编号", "联系人", "电话", "邮箱"]
ws.append(HEAD1)
dealers = []
for k, (region, prov, city, county, town, zone, post) in enumerate(PLACES):
    word = TOWN_WORDS[k]
    kind = f.pick(["电脑有限公司", "商贸有限公司", "科技有限公司", "商场"])
    name = f"{county.replace('瑶族自治县', '').replace('县', '').replace('市', '')}{word}{kind}"
    code = f"K{f.r.randrange(5000, 9999)}{f.pick(['', '0', '045', '00004'])}"
    parent_city = {"云南省": "昆明", "福建省": "福州", "浙江省": "杭州", "山东省": "济南", "江西省": "南昌"}[prov]
    parent = f"{parent_city}{f.pick(['叶草', '崇文', '鼎盛', '华科'])}{f.pick(['商贸有限公司', '科技有限公司'])}"
    parent_code = f"{f.pick(['F', 'K'])}{f.r.randrange(500000, 9999999)}"
    contact = f.name_cn()
    mobile = int(f.mobile_cn())
    email = f.email(f"dealer{f.r.randrange(100, 999)}")
    dealers.append(dict(name=name, region=region, prov=prov, city=city, county=county, town=town, zone=zone, post=post,
                        code=code, parent=parent, parent_code=parent_code, contact=contact, mobile=mobile, email=email))
    ws.append([name, region, prov, city, code, parent, parent_code, contact, mobile, email])
for col, width in zip("ABCDEFGHIJ", [24.6, 13.7, 20.9, 18, 19, 20.6, 22.3, 11, 10.9, 19.4]):
    ws.column_dimensions[col].width = width

ws2 = wb.create_sheet("店面信息")
HEAD2 = ["店面名称", "店面编号", "所属客户名称", "所属客户编号", "客户类别", "所属客户上级客户名称", "所属客户上级客户编号", "区域", "省份",
         "城市", "店面所在县/区", "城市级别", "Zone", "乡镇", "区域经理", "零售经理", "城市经理", "城市经理编号", "CM_Location", "业态类型",
         "店类型", "店类型-1", "店面属性", "销售方向", "店面总面积(平方米)", "店面月销售额(元)", "店面通信地址", "邮编", "店面电话", "店长姓名",
         "店长电话", "店长手机", "店长邮箱地址", "授权牌收货地址", "收货人姓名", "收货人联系电话", "收货人手机", "合作状态", "申请时间",
         "申请审批时间", "修改审批时间", "取消合作审批时间", "备注", "合作类型", "IT Mall全称", "IT Mall简称", "位置级别", "Dell面积(平方米)",
         "售后服务点", "最后一次装修时间", "DELL付费", "使用装修基金", "柜台数", "SNP柜数", "承诺销量(台数)", "店面等级", "是否为无人门店",
         "平台店面评级", "注册时间", "注册审批通过时间", "线下报备", "乡镇级别(SIT)", "店面形象", "流程状态", "零售经理用户名"]
ws2.append(HEAD2)
managers = ["Tom_Lu", "xan_li(152685)", "i_Chen", "ray_wu"]
stores = []
for k in range(6):
    d = dealers[k if k < 5 else 0]
    store_code = f"T00{f.r.randrange(100, 999)}"
    if k in (1, 4):
        store = f"{d['county'][:2]}{f.pick(['新宇', '金鹰', '华联'])}dell专卖店"
    elif k == 5:
        store = f"{d['name'][:2]}{f.pick(['北门', '二'])}分店"
    else:
        store = f"{d['county'][:2]}{f.pick(['乾坤', '圳华', '百盛'])}{f.pick(['电脑', '商行'])}"
    manager = d["contact"] if k < 3 else f.name_cn()
    mobile = d["mobile"] if k < 3 else int(f.mobile_cn())
    landline = f"0{f.r.randrange(550, 899)}-{f.r.randrange(2000000, 8999999)}"
    applied = f.date(datetime.date(2010, 5, 1), datetime.date(2011, 12, 31))
    approved = applied + datetime.timedelta(days=f.pick([0, 1, 1, 3]))
    changed = f.date(datetime.date(2012, 6, 1), datetime.date(2015, 3, 1))
    address = d["city"][:2] + f.pick(["市", ""]) + d["county"][:2] + f.pick(["石龙新街", "政府路", "河西路", "百货大楼", "红旗大道"]) + f"{f.r.randrange(1, 200)}号"
    serial = (approved - datetime.date(1899, 12, 30)).days
    row = [store, store_code, d["name"], d["code"], f.pick(["KA", "KA-C"]), d["parent"], d["parent_code"], d["region"], d["prov"],
           d["city"], d["county"], f.pick([5, 6]), d["zone"], d["town"], f.pick(managers), f.pick(["wenl_cao(7473)", "crik_chen", f.name_cn()]),
           f.name_cn(), f"C{f.r.randrange(1000, 120000):05d}", d["city"], "街边店", f.pick(["家用专柜", "家用专卖店", "家用乡镇专柜", "家用专卖大店"]),
           "家用", f.pick(["专柜", "专卖店"]), "零售为主", f.pick(["45", "60", "80"]), f.pick([7000, 8888, "0", 12000]), address,
           "'" + d["post"], f.pick([landline.replace("-", ""), str(mobile), "'" + landline[-7:]]), manager,
           f.pick(["'", "'" + landline]), f"'{mobile}", d["email"] if k < 3 else f.email(f"store{k}"), address if f.chance(0.5) else d["city"][:2] + "市" + f.pick(["圆通北路", "前进路"]) + f"{f.r.randrange(1, 200)}号",
           None, "'", "'", "有效", datetime.datetime.combine(applied, datetime.time()), datetime.datetime.combine(approved, datetime.time()),
           datetime.datetime.combine(changed, datetime.time()), None, None, f.pick(["BTS", "BTS 和 BTO", None]), f.pick(["百货大楼", None]),
           "街边店", f.pick(["a+", "a++"]), f.pick(["40", "45", "60"]), None, None, None, None, f.pick(["0", "6", "8"]), f.pick(["0", "1", "2"]),
           f.pick([12, 20, 70, None]), f.pick(["C", "1星级", "3星级"]), "否", None, serial - 1, serial, f.pick([None, None, "待关闭"]),
           f.pick(["5", "6A", "6B"]), f.pick([None, "土建"]), None, f.email(f.pick(["wen.cao", "crai.chen", "jame.jiang", "zhao.su"]))]
    ws2.append(row)
    stores.append((store, store_code, d["name"]))
for r in range(2, 8):
    for c in (39, 40, 41):
        ws2.cell(r, c).number_format = "yyyy/m/d"

ws3 = wb.create_sheet("店员信息")
ws3.append(["店员名字", "联系电话", "邮箱", "店员所属店面名称", "店员所属店面编号", "所属经销商名称"])
clerks = []
for k in range(6):
    store, code, dealer = stores[k]
    clerk = f.name_cn()
    phone = int(f.mobile_cn())
    email = f.email(f"clerk{k + 1}") if k == 3 else None
    clerks.append((clerk, phone, email, store, code, dealer))
    ws3.append([clerk, phone, email, store, code, dealer])
for sheet in wb.worksheets:
    for c in range(1, sheet.max_column + 1):
        sheet.cell(1, c).font = Font(bold=True)
save(wb, "dealers-zh-cn-pcchannel.xlsx")
if __name__ == "__main__":
    for d in dealers:
        print(d)
    for s in stores:
        print(s)
    for c in clerks:
        print(c)
