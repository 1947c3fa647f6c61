"""
clients-zh-cn-platingerp.xls: the customer archive (客户档案) a sanitary-ware plating factory
exported from its old ERP before moving to a new system, the shape of
old-system-file/客户档案.xls in liaozy0127/sanitary-admin: Excel 97-2003, one sheet 客户档案, the
ERP's 22 columns (客户代码, 客户名称, 区域名称, 客户类型, 所属行业, 地址, 邮编, 开户银行, 税号, 银行帐号,
业务员, 电子邮箱, 联系人, 联系电话, 传真, 停用, 调价率, 检查发货单价, 发货预警天数, 备注, 财务联系人,
财务联系电话), every cell text, 486 rows. Most columns are empty: the factory only kept a code
(seven odd codes first, then K001… with gaps), a short customer name, 客户类型 = 现金 / 月结
(cash or monthly-statement customer), the two True/False flags, and a phone on 23 customers
(mobiles, 7-digit landlines without area code, one 0750- landline, one mobile on two
customers). Names are brand short names with suffixes (卫浴, 五金, 钛金 …), "-2" / "-新" /
"-返工/2" second accounts, a name with （停使用）, a brand-曾总 contact name, a few full company
names, one person, and a long run of channel partners' end customers written as
"唯彩（秀家）" / "邦派（乔莎）" / "安派（浴道）", one with a leading space. Six rows hold only a code
(no name, no type). One customer has a contact (李生) with the phone, one a finance contact.

Values are invented (fake.py); LibreOffice writes the .xls.
"""
from fake import Fake, save, workbook

f = Fake(1526)
wb = workbook()
ws = wb.active
ws.title = "客户档案"

HEADER = ["客户代码", "客户名称", "区域名称", "客户类型", "所属行业", "地址", "邮编", "开户银行", "税号", "银行帐号", "业务员",
          "电子邮箱", "联系人", "联系电话", "传真", "停用", "调价率", "检查发货单价", "发货预警天数", "备注", "财务联系人",
          "财务联系电话"]
for j, h in enumerate(HEADER, 1):
    ws.cell(1, j, h)
for col, w in {"A": 11.3, "B": 22.4, "C": 13.0, "D": 9.7, "E": 13.6, "G": 11.4, "H": 19.9, "I": 14.7, "J": 17.7,
               "K": 10.7, "L": 18.9, "M": 9.1, "N": 21.1, "O": 15.9, "P": 7.7, "Q": 6.9, "R": 12.9, "S": 8.6,
               "T": 31.3, "U": 10.0}.items():
    ws.column_dimensions[col].width = w

CHARS = list("凯泰华嘉德方斯丹黎秦汉孚穗红富博澳欧柏陶特贝豪冠蓝耐广希连弘匠海雅瑞南粤展沣奥鑫景晨帆谛意佰利学胜洁梦鸿联"
             "古熙台永乐新标君雨泽康托港源创洋佳凌森昌圣勒瀚金浪唯旺宇纵锐素力中兆顺银树展裕一小卓迪必吉宏润琪镇途黔洛爱玛"
             "莎应远成喜欣兴光马迈兰腾名美航樱双龙铭杨霖")
SUFFIX = [""] * 14 + ["卫浴", "五金", "钛金", "挂件", "弯管", "压铸", "洁具", "钣金", "家居", "温控卫浴"]
used = set()


def brand(suffix=True):
    for _ in range(1000):
        b = "".join(f.pick(CHARS) for _ in range(f.r.choice([2, 2, 2, 3])))
        name = b + (f.pick(SUFFIX) if suffix else "")
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("ran out of names")


N = 486
codes = ["0001", "003", "0125", "075", "669", "8888", "9999"]
k = 0
while len(codes) < N:
    k += f.r.choice([1, 1, 1, 1, 1, 2])
    codes.append(f"K{k:03d}")

NONAME = {299, 300, 386, 430, 442, 464}
R_EMPTY = {15, 26, 36, 47, 48, 49, 51, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67}
R_TRUE = {178, 236, 247, 248, 251, 259, 262, 386, 430, 442, 464, 299, 300}
STOPPED = {107, 220}
PHONES = [18, 27, 29, 32, 34, 121, 122, 124, 125, 148, 154, 157, 162, 163, 175, 178, 180, 181, 197, 210, 219, 222, 235]
PARENTS = ["唯彩"] * 5 + ["邦派"] * 5 + ["安派"] * 2

names = {}
for i in range(N):
    if i in NONAME:
        continue
    if 291 <= i <= 432 and f.chance(0.93):
        parent = f.pick(PARENTS) if i < 390 else f.pick(["安派", "唯彩", "邦派"])
        names[i] = f"{parent}（{brand(False)}）"
    else:
        names[i] = brand()
names[0] = brand(False) + "镀金厂"
names[1] = brand(False) + "钛金"
names[2] = f.name_cn()[:2] + "-2"
names[5] = brand(False) + "-曾总"
names[28] = brand(False) + "（停用）"
names[107] = brand(False) + "（停使用）"
names[113] = brand(False) + "卫浴科技有限公司"
names[149] = brand(False) + "科技有限公司"
names[218] = brand(False) + "磁电有限公司"
names[165] = brand(False) + "（" + f.name_cn()[:1] + "老五）"
names[224] = names[220] + "（小明）"
names[233] = f.name_cn()
names[366] = " " + names[366] if names[366].startswith(("唯彩", "邦派", "安派")) else " 邦派（" + brand(False) + "）"
for i, base in zip([460, 461, 462, 470, 475, 477, 481], [names[44], names[71], names[279], "安派", names[90], names[100],
                                                         names[5].split("-")[0]]):
    names[i] = base + f.pick(["-2", "-2", "-新", "-返工/2"])

phones = {}
for i in PHONES:
    phones[i] = f.mobile_cn()
phones[27] = "27" + f"{f.r.randrange(10**5):05d}"
phones[219] = "27" + f"{f.r.randrange(10**5):05d}"
phones[180] = "0750-27" + f"{f.r.randrange(10**5):05d}"
phones[210] = phones[175]

for i in range(N):
    r = i + 2
    ws.cell(r, 1, codes[i])
    if i in names:
        ws.cell(r, 2, names[i])
        ws.cell(r, 4, "月结" if f.chance(0.41) else "现金")
    if i in phones:
        ws.cell(r, 14, phones[i])
    ws.cell(r, 16, "True" if i in STOPPED else "False")
    if i not in R_EMPTY:
        ws.cell(r, 18, "True" if i in R_TRUE else "False")
ws.cell(29 + 2, 13, "李生")
ws.cell(97 + 2, 21, f.name_cn())
ws.cell(97 + 2, 22, f.mobile_cn())

save(wb, "clients-zh-cn-platingerp.xls", libreoffice="xls")
