"""
Shape of httausf/FactoryData "khxx.xlsx" (commit 555b5f3c): the customer table (khxx, 客户信息) of a
small Zhejiang parts factory's Access-based ERP, exported from Microsoft Access to Excel and saved
again in WPS (one sheet named khxx, 微软雅黑 12, column B and D widened, no styling).

- Row 1 holds the database field codes, pinyin initials instead of words: BH 编号, DWMC 单位名称,
  DWJC 单位简称, LXDZ 联系地址, YZBM 邮政编码, LXR 联系人, YHSJ (mobile), YHDH (phone), FAX, SF 省份,
  DS 地市, WEB, BZ 备注, KH 客户, GYS 供应商, KHYH 开户银行, ZH 账号, PYM 拼音码, GJ 国家, QZ (town),
  cydj (usual courier), Mail, AddDate, JFDW (a true/false flag), SwTxt0 … SwTxt5 (spare text fields).
- 36 rows, most typed straight into the export: company name, address, contact person, a mobile in
  YHSJ (a number on 22 rows, text on 14, and a landline in that column on two rows) and a landline
  in YHDH on 26 rows (extensions '-1036', one with a trailing no-break space, one mobile); every
  other column empty. Four rows entered later through the ERP carry the short name, KH/GYS 否, the
  pinyin code, 中国, AddDate as text '2017-01-23', JFDW False, the contact's initials and 'SIWU'.
- Row 13 is the factory itself (BH S00001, short name 自己单位1, postcode, fax, province and city,
  web site, mail, AddDate 2011-04-12, JFDW True); one row is a private person (company name = the
  contact); two rows have no company name at all, only address, contact and mobile.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-accesserp")
wb = workbook()
ws = wb.active
ws.title = "khxx"

HEAD = ["BH", "DWMC", "DWJC", "LXDZ", "YZBM", "LXR", "YHSJ", "YHDH", "FAX", "SF", "DS", "WEB", "BZ", "KH", "GYS",
        "KHYH", "ZH", "PYM", "GJ", "QZ", "cydj", "Mail", "AddDate", "JFDW", "SwTxt0", "SwTxt1", "SwTxt2", "SwTxt3",
        "SwTxt4", "SwTxt5"]
COL = {h: i for i, h in enumerate(HEAD)}

# (company, address, area code) — invented buyers of insulating parts: instrument-transformer,
# switchgear and valve makers, a sanitary-ware firm, a building-materials firm
COMPANIES = [
    ("安捷迪电气（深圳）", "深圳市宝安区沙井镇新桥村横岗下恒达工业区C栋3楼", "0755"),
    ("大连第二互感器", "辽宁省大连市普兰店经济开发区海景路18号", "0411"),
    ("大连华盛电力电器有限公司", "大连普兰店经济开发区长兴堡社区", "0411"),
    ("广东安宏电气有限公司", "广东省广州市花都区新华车城大道润丰工业区6栋", "020"),
    ("杭州晨光电器", "浙江省杭州市余杭区径山镇长乐工业区块", "0571"),
    ("华达利智能洁具有限公司", "温州市龙湾区海城龙腾大道512号", "0577"),
    ("华信互感器", "江苏省句容市东昌路3号", "0511"),
    ("江山华泰电器", "浙江省江山市江滨路27号", "0570"),
    ("江西博远自动化设备有限公司", "芦溪工业园", None),
    ("金盛管业", "浙江衢州东港开发区东港五路36号", "0579"),
    ("句容申达电气有限公司", "江苏省句容市玉泉路206号", "0511"),
    None,  # the factory itself
    ("廊坊远新电气有限公司", "河北省廊坊市大厂回族自治县潮白河工业园兴业街", "0316"),
    ("雷泰互感器（上海）有限公司", "上海市松江工业区华新路77号", "021"),
    None,  # a private person
    ("洛阳通达电器", "洛阳市汝阳县产业集聚区", "0379"),
    ("木林机电", "浙江省台州市温岭市大溪镇横塘工业区", None),
    ("宁波江北万达电器有限公司", "浙江省宁波市江北区慈城镇新园路8-2号", "0574"),
    ("宁波德明建材有限公司", "浙江省余姚市梁弄镇经济开发区凤鸣路39号", "0574"),
    ("宁波铮盛阀门管件有限公司", "浙江省宁波市鄞州区姜山镇茅山工业区龙跃路5号", "0574"),
    ("三门县凯达电器配套有限公司", "三门县光明中路218号", None),
    ("上海科辰电气有限公司", "上海市松江区车墩镇香闵路366号B栋-2", "021"),
    ("上海文达", "上海市浦东区五莲路1588弄9号", None),
    ("温州海宇公司", "温州柳市北白象工业区", None),
    ("西安神华高压电器有限公司", "陕西省西安市西宝户县沣京工业园兴业路9号", None),
    ("西电陕西开关电器集团有限公司电器配套分公司", "陕西省宝鸡市蔡家坡镇曹家村开关厂院内", None),
    ("优能达（厦门）电气工程有限公司", "厦门市湖里大道38号", "0592"),
    ("长葛市博达电器有限公司", "河南省长葛市钟繇大道北段西侧", "0374"),
    ("浙江埃尔斯阀门有限公司", "温州市龙湾区滨海园区金海大道18路216号", "0577"),
    ("镇江市丹阳电器", "江苏省镇江市大港新区港南路516号", "0511"),
    None,  # no company name
    ("长沙市橡盛电气有限公司", "长沙市宁乡经济开发区宁乡大道永盛路智友工业园", "0731"),
    ("上海克瑞互感器科技有限公司", "上海市松江区新滨工业区上林路88号", None),
    ("江苏科盛电器有限公司", "江苏泰兴市环保科技园文昌东路96号", "0523"),
    ("大连金宇电力设备有限公司", "大连经济区淮河中二路6号", "0411"),
    None,  # no company name
]
# per row: how YHSJ is written ('n' number, 's' text mobile, 'l' landline text) and what YHDH holds
# ('l' landline, 'x' landline + extension, 'nb' landline + no-break space, 'm' mobile text, None)
PHONES = [("n", "l"), ("l", "l"), ("n", "l"), ("l", "nb"), ("s", "l"), ("n", "l"), ("n", "l"), ("s", "l"),
          ("s", None), ("n", "l"), ("n", "l"), ("s", "l"), ("n", "l"), ("s", "x"), ("s", None), ("n", "x"),
          ("n", None), ("s", "l"), ("n", "x"), ("s", "l"), ("n", None), ("s", "l"), ("s", None), ("s", None),
          ("n", None), ("s", "m"), ("n", "l"), ("n", "l"), ("n", "l"), ("n", "l"), ("n", None), ("n", "l"),
          ("n", None), ("n", "l"), ("n", "l"), ("n", None)]
FALSE_ROWS = {4, 7, 8, 13, 14, 17, 19, 21, 22, 23, 25}  # 0-based rows with JFDW False
ERP_ROWS = {8: ("江西博远自动", "江西", "萍乡", "JXBYZDHSBYXGS"), 21: ("上海科辰电气", None, None, "SHKCDQYXGS"),
            22: ("上海文达", None, None, "SHWD")}
EXTRA_WALKS = ["诸暨市店口镇渭池健康路", "宁海县兴宁南路56号"]


def landline(code):
    code = code or f.pick(["0571", "0574", "0577", "0511"])
    return f"{code}-555{f.r.randrange(10000, 99999) if len(code) == 4 else f.r.randrange(10000, 99999)}"


def initials(name):
    # the contact's pinyin initials as the ERP stored them (invented letters, one per character)
    return "".join(f.pick("BCDFGHJLMQSTWXYZ") for _ in name)


ws.append(HEAD)
nameless = iter(EXTRA_WALKS)
for i, company in enumerate(COMPANIES):
    row = [None] * len(HEAD)
    contact = f.name_cn()
    ykind, hkind = PHONES[i]
    code = company[2] if company else None
    mobile = f.mobile_cn()
    row[COL["YHSJ"]] = int(mobile) if ykind == "n" else (landline(code) if ykind == "l" else mobile)
    if hkind == "l":
        row[COL["YHDH"]] = landline(code)
    elif hkind == "x":
        row[COL["YHDH"]] = f"{landline(code)}-{f.pick(['1036', '206', '8007'])}"
    elif hkind == "nb":
        row[COL["YHDH"]] = landline(code) + "\xa0"
    elif hkind == "m":
        row[COL["YHDH"]] = f.mobile_cn()
    row[COL["LXR"]] = contact
    if company is None and i == 11:          # the factory's own record
        row[COL["BH"]] = "S00001"
        row[COL["DWMC"]] = "玉环县东方钢网厂"
        row[COL["DWJC"]] = "自己单位1"
        row[COL["LXDZ"]] = "浙江省玉环县楚门镇塘垟前路42号"
        row[COL["YZBM"]] = "317605"
        row[COL["FAX"]] = landline("0576")
        row[COL["YHDH"]] = landline("0576")
        row[COL["SF"]], row[COL["DS"]] = "浙江", "台州"
        row[COL["WEB"]] = "www.dfgw.example.com"
        row[COL["KH"]] = row[COL["GYS"]] = "否"
        row[COL["PYM"]], row[COL["GJ"]], row[COL["QZ"]] = "YHXDFGWC", "中国", "楚门"
        row[COL["cydj"]], row[COL["Mail"]] = "EMS", f.email("web")
        row[COL["AddDate"]], row[COL["JFDW"]] = "2011-04-12", True
        row[COL["SwTxt0"]], row[COL["SwTxt1"]] = initials(contact), "SIWU"
    elif company is None and i == 14:        # a private customer: the contact is the customer
        row[COL["DWMC"]] = contact
        row[COL["LXDZ"]] = "浙江省台州市路桥区蓬街小五份"
    elif company is None:                    # no company name typed
        row[COL["LXDZ"]] = next(nameless)
    else:
        row[COL["DWMC"]], row[COL["LXDZ"]] = company[0], company[1]
    if i in ERP_ROWS:
        short, prov, city, pym = ERP_ROWS[i]
        row[COL["DWJC"]] = short
        row[COL["SF"]], row[COL["DS"]] = prov, city
        row[COL["KH"]] = row[COL["GYS"]] = "否"
        row[COL["PYM"]], row[COL["GJ"]] = pym, "中国"
        row[COL["AddDate"]] = "2017-01-23"
        row[COL["SwTxt0"]], row[COL["SwTxt1"]] = initials(contact), "SIWU"
    if i == 23:
        row[COL["AddDate"]] = "2017-01-23"
    if i in FALSE_ROWS:
        row[COL["JFDW"]] = False
    ws.append(row)

for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=len(HEAD)):
    for cell in r:
        cell.font = Font(name="微软雅黑", size=12)
widths = {"A": 9.0, "B": 44.1, "C": 12.9, "D": 45.3, "E": 7.4, "F": 14.1, "G": 14.1, "H": 19.4, "I": 14.9, "J": 9.0}
for col, w in widths.items():
    ws.column_dimensions[col].width = w
wb.properties.creator = "Administrator"
wb.properties.lastModifiedBy = "Administrator"
wb.properties.created = datetime.datetime(2017, 1, 23, 9, 43)

save(wb, "clients-zh-cn-accesserp.xlsx")
