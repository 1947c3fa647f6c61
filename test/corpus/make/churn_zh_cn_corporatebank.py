"""
Shape of Postan-W/donggaunnongshang2 "data_process/客户流失预警带header.csv" (commit
e095ee3b23b9acb2ac5daef590527d34ef874f4d): a rural commercial bank's corporate-customer extract
for a vendor building its churn-warning model ("客户生态管理系统"), passed through Excel and saved
back as CSV.

- UTF-8 with BOM, LF line ends, no quoting, header on line 1, 188 customers, 70 columns:
  客户编号 (15-digit customer numbers that Excel turned into '2.1E+14', '2.1004E+14' … — only ten
  different values left over the 188 rows), 客户名称 (names desensitised by swapping characters:
  some still read as real firms in one substituted city — 经营部, 大药房, 建筑机具租赁站, 有限公司,
  a branch office, a hospital, a government bureau — others are strings of odd characters ending
  in '佗限公司' or '技窒开杏委员会'), 员工人数 and 企业规模 and 企业性质 as codes (规模 mostly empty),
  开户年限, change counts, thirteen month-average balances (deposits by kind, loans, wealth
  products, discount, bills), 17 product sign-up dates as yyyymmdd numbers (empty when not
  signed), 开通财票通 always 1, transaction counts and amounts per channel, two financial-asset
  averages with two decimals, and 是否流失 0/1.
Values invented: names (the same masking style), codes, balances, dates and counts.
"""
import os
import random

from fake import FILES

r = random.Random("churn-zh-cn-corporatebank")

HEAD = ("客户编号,客户名称,员工人数,企业规模,企业性质,开户年限,企业名称变更次数,经营范围变更次数,经营地址变更次数,本月日均存款余额,"
        "活期存款月日均,通知存款月日均,协议存款月日均,保证金存款月日均,“定享通”定期存款月日均,大额存单月日均,结构性存款月日均,本月日均贷款余额,"
        "本月日均保本理财余额,本月日均非保本理财余额,本月日均贴现余额,本月日均开票余额,工资代发签约日期,公积金缴存签约日期,企业网银签约日期,"
        "企业手机银行签约日期,现金管理平台签约日期,园区通签约日期,银校通签约日期,产融平台签约日期,教培系统签约日期,单位结算卡签约日期,"
        "POS收单开通日期,开通财票通,投标通签约日期,票据池签约日期,秒贴签约日期,代缴社保签约日期,代缴公积金签约日期,公积金缴存笔数,"
        "公积金缴存金额,企业手机银行交易笔数,企业手机银行交易金额,现金管理平台交易笔数,现金管理平台交易金额,园区通交易笔数,园区通交易金额,"
        "银校通交易笔数,银校通交易金额,教培系统交易笔数,教培系统交易金额,单位结算卡笔数,单位结算卡金额,POS收单笔数,POS收单金额,"
        "对公ETC交易次数,对公ETC交易金额,对公银银转账交易次数,对公银银转账交易金额,代缴社保笔数,代缴社保金额,代缴公积金笔数,代缴公积金金额,"
        "企业网银交易笔数,企业网银交易金额,柜面交易笔数,柜面交易金额,金融资产月日均,近三个月金融资产月日均,是否流失").split(",")
assert len(HEAD) == 70

CITY = "芜川"
PLACES = [f"{CITY}县", f"{CITY}区", f"{CITY}市", f"{CITY}", f"{CITY}{CITY}", f"{CITY}市{CITY}区"]
TRADES = ["建材经营部", "通讯器材经营部", "建筑机具租赁站", "大药房", "食品经营部", "服装店", "汽车服务有限公司",
          "建筑劳务有限公司", "货运部", "润滑油经营部", "商务酒店", "家庭农场", "装饰建材经营部", "筛网销售部",
          "工程技术服务部", "汽车装饰美容中心", "环境服务有限责任公司", "机械经营部", "印刷厂", "医院有限公司"]
WORDS = list("鑫恒顺兴诚和金海棠晨昕源洪精诚祥通宏泰新远华亿蓉光伟志明凯达瑞丰嘉禾永盛")
ODD = list("绫浃罗丞枝窒建端朵顾铁末暴彪琳款佗圩藜栗雷展潘氟立蟹茫岷镂馨暨目荐竭店瑜蓉延喜宾璋眩添顿泺钯模膨费币梭眶笔郎铨琬雨"
           "幽莱胎杂暑晨漕羿齐雁锁晋载羌移神屠骆泰耐炅锍庆湄私摄苯珂钩铠仞挥给污腾雾廉孩仨沣")


def odd(n):
    return "".join(r.choice(ODD) for _ in range(n))


def name():
    k = r.random()
    if k < 0.45:
        return r.choice(PLACES) + "".join(r.choice(WORDS) for _ in range(r.choice([2, 2, 3]))) + r.choice(TRADES)
    if k < 0.55:
        return f"{CITY}市{CITY}区" + r.choice(["规划和自然资源局", "市场监督管理所", "住房和城乡建设局"])
    if k < 0.68:
        return "罗丞枝绫浃窒建端朵顾" + odd(2) + "技窒开杏委员会"
    if k < 0.95:
        return r.choice(["罗丞", "铁末", "绫浃给"]) + odd(r.randint(3, 8)) + r.choice(["佗限公司", "佗限公司", "分公司", "超市", "童鞋厂"])
    return f"{CITY}市" + "".join(r.choice(WORDS) for _ in range(2)) + "建筑安装工程有限公司" + f"{CITY}分公司"


names = []
while len(names) < 188:
    n = name()
    if n not in names:
        names.append(n)

IDS = ["2.1E+14"] + [f"2.100{i}E+14" for i in range(1, 10)]


def signed():
    if r.random() < 0.22:
        return ""
    d = r.randrange(0, 380)
    import datetime
    return (datetime.date(2006, 12, 20) + datetime.timedelta(days=d)).strftime("%Y%m%d")


lines = [",".join(HEAD)]
for nm in names:
    row = [r.choice(IDS), nm, r.choice(["9", "9", "3", "3", "4", "4", "2", "1", ""]),
           r.choice([""] * 11 + ["100150"]) if r.random() > 0.01 else r.choice(["100190", "999", "400410"]),
           str(r.randint(1, 99)), str(r.randint(1, 99)), str(r.randint(1, 99)), str(r.randint(1, 99)),
           str(r.randint(1000, 999999))]
    row += [str(r.randint(1000, 999999)) for _ in range(13)]
    row += [signed() for _ in range(11)]
    row += ["1"]
    row += [signed() for _ in range(5)]
    for _ in range(14):
        row += [str(r.randint(1, 99)), str(r.randint(1000, 999999))]
    row += [f"{r.uniform(5000, 999999):.2f}", f"{r.uniform(5000, 999999):.2f}", "1" if r.random() < 0.23 else "0"]
    assert len(row) == 70, len(row)
    lines.append(",".join(row))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "churn-zh-cn-corporatebank.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write("\n".join(lines) + "\n")
