"""
Shape of xingke2023/insurance_broker 客户信息list-20251203-新系统-Selected Channels-2021 to date.xlsx,
a Hong Kong insurance brokerage's book of policies sold through its referral channels (Excel,
简体 headers, 简/繁 values mixed). Sheet "<firm> 理财师" (the new system's layout): one header row
of 40 columns — 销售人员 / 联系人 / 联系人代码 (the channel that referred the business, not the
client), bank accounts, 签单员 (the adviser who signed it), the adviser's and manager's codes and
bank accounts ("无/不适用", "N/A"), 保险公司, 保单号码 (text in several shapes), 产品类型 (重疾保险 /
重疾 / 儲蓄 / 储蓄保险 / 医疗 …), 保险产品条件 (plan code or name), 保单货币 (美元 / 美金 / 港币 / 港幣 / USD,
some with a trailing space), 保额 as text ("100000", "10万", "15万美金", "不适用", empty), 保费（美元APE）
as a number, 缴费期 ("5", "25年", "终身", "2年（预缴）"), 被保人名字 and 投保人名字 (the policyholder is
the client; often the same person, some names with trailing spaces), 客户电邮 / 客户电话 (swapped on a
few policies), 签单日期 / 生效日期 / 犹豫期截止日 / 首期保费日 / 更新日期 as ISO text, 进度及补充材料要求
(application progress in free text), then the commission schedule: every policy is written five
times, an unheaded column numbering the rows 1–5, 保费（港币）, 缴费日期, 比例 as "0.00%" text, 金额（港币),
支付日期, six empty client columns (性别, 生日, 是否预缴 …) and a year column =YEAR(签单日期).
"Sheet1" is the old system's layout of the first policies again (29 columns, 老保险产品名字, 缴费币种,
年缴保费 / 缴费金额, an unheaded empty column, =YEAR(...) last), each policy five times as well.
Re-saved by LibreOffice so the YEAR formulas carry values. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("policies-zh-hk-broker")

CHANNELS = [("非机构", "", "非机构"), ("HARBOUR", "HARBOUR", "海港"), ("Nina-Oscar", "Nina-Oscar", "Nina-Oscar"),
            ("嘉禾", "嘉禾", "嘉禾"), ("瑞丰公司", "瑞丰", "瑞豐"), ("", "", "渠道"), ("QUAYSIDE", "QUAYSIDE", "QUAYSIDE"),
            ("恒阳", "恒阳", "恒陽")]
SIGNERS = ["amy林", "Rosalind", "2080001", "2080017", "陈立宁", "TOM-HO(NORTHMOOR)", "Kathy", "离职签单员"]
INSURERS = ["保诚", "保诚", "保诚", "友邦", "宏利", "富通", "安盛", "大都会", "国寿", "中银人寿", "保誠", "保诚 ", "周大福人寿", "万通"]
TYPES = [("重疾保险", "重疾"), ("重疾", "重疾"), ("儲蓄", "储蓄"), ("储蓄保险", "储蓄"), ("储蓄", "储蓄"), ("医疗", "医疗"),
         ("危疾", "重疾"), ("定期寿险", "人寿")]
PLANS = {"重疾": ["CIX", "CIR3", "危疾守护保2", "MBX"], "储蓄": ["SVP2", "恒盈多元货币计划", "GSX", "传承储蓄计划"],
         "医疗": ["高端医疗计划", "VHX"], "人寿": ["定期保障20"]}
CURRENCIES = ["美元", "美元", "美元", "美金", "美金", "港币", "美元 ", "港幣", "USD"]
PROGRESS = ["投保成功，保单已寄送给客户", "已批核,保单已寄出", "成功投保", "已生效", "成功投保，", "", "投保成功，客户已经签收保单",
            "投保成功，客户已经签收保单-未绑定DDA", "已批核", "投保成功，等待保诚发出保单"]


def policy_no(k):
    shape = k % 5
    n = 40000000 + f.r.randrange(9999999)
    return [str(n), f"0000{n}", f"00{n}59", f"U{n}1", f"{n // 100000:03d}-{n % 10000000:07d}"][shape]


def sum_text(kind, currency):
    if kind == "医疗":
        return f.pick(["不适用", ""])
    v = f.pick([50000, 100000, 100000, 150000, 200000, 250000, 300000])
    shape = f.r.randrange(6)
    if shape == 0:
        return f"{v // 10000}万"
    if shape == 1:
        return f"{v // 10000}万美金" if currency.strip() in ("美元", "美金", "USD") else str(v)
    if shape == 2:
        return f"{v} "
    if shape == 3:
        return ""
    return str(v)


policies = []
start = datetime.date(2025, 10, 28)
for k in range(60):
    channel = CHANNELS[min(k // 8, len(CHANNELS) - 1)] if k < 40 else f.pick(CHANNELS)
    raw_type, kind = f.pick(TYPES)
    currency = f.pick(CURRENCIES)
    holder = f.name_cn() if f.chance(0.9) else f.name_en()
    insured = holder if f.chance(0.6) else f.name_cn()
    signed = start - datetime.timedelta(days=f.r.randrange(0, 700))
    effective = signed + datetime.timedelta(days=f.r.randrange(1, 45))
    cooling = effective + datetime.timedelta(days=f.r.randrange(20, 45))
    ape = f.pick([2450, 3578, 5000, 10000, 20000, 50000]) if kind != "医疗" else f.pick([1200, 2288.5, 3100])
    if f.chance(0.3):
        ape = round(ape * f.r.uniform(0.8, 1.2), 2)
    email = f"{f.r.randrange(10**7, 10**10)}@example.com" + (" " if f.chance(0.1) else "") if f.chance(0.88) else ""
    mobile = f.mobile_cn()
    phone = f.pick([mobile, mobile, "86-" + mobile, f"555001{f.r.randrange(100):02d}", mobile + " ", "86 -" + mobile])
    swap = k in (6, 41)
    policies.append({
        "channel": channel, "signer": f.pick(SIGNERS), "insurer": f.pick(INSURERS), "no": policy_no(k),
        "raw_type": raw_type, "kind": kind, "plan": f.pick(PLANS[kind]), "currency": currency,
        "sum": sum_text(kind, currency), "ape": ape,
        "pay": f.pick(["5", "20", "25", "25年", "5年", "10", "终身", "5（预缴）", "2年（预缴）", "18"]) if kind != "医疗" else "1",
        "insured": insured + (" " if f.chance(0.05) else ""), "holder": holder + ("  " if f.chance(0.06) else ""),
        "email": phone if swap else email, "phone": email if swap else phone,
        "signed": signed.isoformat(), "effective": "" if f.chance(0.07) else effective.isoformat(),
        "cooling": "" if f.chance(0.17) else cooling.isoformat(), "progress": f.pick(PROGRESS),
        "first": effective.isoformat() if f.chance(0.9) else "",
        "updated": (effective + datetime.timedelta(days=f.r.randrange(5, 60))).isoformat(),
        "bank": f.pick(["", "", "", "N/A", "HSBC 004000000001", "待补充"]),
    })

wb = workbook()
ws = wb.active
ws.title = "Northmoor 理财师"
HEADER = ["销售人员", "联系人", "联系人代码", "银行账户号码", "签单员", "所属理财师代码", "所属理财师银行帐号", "所属理财师之经理\n代码",
          "所属理财师之经理银行帐号", "保险公司", "保单号码", "产品类型", "保险产品条件", "保单货币", "保额", "保费（美元APE）", "缴费期",
          "被保人名字", "投保人名字", "客户电邮", "客户电话", "签单日期", "生效日期", "犹豫期截止日", "进度及补充材料要求", "首期保费日",
          "更新日期", None, "保费（港币）", "缴费日期", "比例", "金额（港币)", "支付日期", "投保人性别", "投保人生日", "是否预缴",
          "被保人生日", "被保人性别", "被保人和投保人关系", "year"]
for j, h in enumerate(HEADER):
    if h is not None:
        ws.cell(1, j + 1, h)
ws["AC1"].number_format = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '
r = 2
for p in policies:
    a, b, c = p["channel"]
    manager = f.pick(["无/不适用"] * 8 + ["Taylor", "Calvin Chen"])
    for year in range(1, 6):
        paid = year == 1 and f.chance(0.15)
        hkd = round(p["ape"] * 7.8) if paid else 0
        rate = f.pick(["80.00%", "64.00%", "54.00%"]) if paid else "0.00%"
        row = [a, b, c, p["bank"], p["signer"], f.pick(["无/不适用"] * 6 + ["2080001"]), "N/A" if f.chance(0.7) else "",
               manager, "N/A" if manager == "无/不适用" else "", p["insurer"], p["no"], p["raw_type"], p["plan"], p["currency"],
               p["sum"], p["ape"], p["pay"], p["insured"], p["holder"], p["email"], p["phone"], p["signed"], p["effective"],
               p["cooling"], p["progress"], p["first"], p["updated"], year, hkd, p["first"] if paid else "", rate,
               round(hkd * float(rate[:-1]) / 100), p["updated"] if paid else "", None, None, None, None, None, None,
               f"=YEAR(V{r})"]
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(r, j + 1, v)
        r += 1

old = wb.create_sheet("Sheet1")
OLD = ["销售人员", "银行账户号码", "签单员", "保险公司", "保单号码", "产品类型", "缴费期", "老保险产品名字", "保险产品条件", "缴费币种", "保额",
       "年缴保费", "缴费金额", None, "被保人名字", "投保人名字", "投保人电邮", "投保人电话", "签单日期", "生效日期", "犹豫期截止日", "缴费日期",
       "投保人性别", "投保人生日", "是否预缴", "被保人生日", "被保人性别", "被保人和投保人关系", "year"]
for j, h in enumerate(OLD):
    if h is not None:
        old.cell(1, j + 1, h)
r = 2
for p in policies[:24]:
    a, b, c = p["channel"]
    who = p["signer"].split("(")[0]
    label = f"{c}渠道-{who}-{c}"
    for _ in range(5):
        row = [label, "N/A" if p["bank"] == "N/A" else "", who, p["insurer"], p["no"], p["kind"], p["pay"], p["plan"], None,
               p["currency"], p["sum"], p["ape"], p["ape"], None, p["insured"], p["holder"], p["email"], p["phone"],
               p["signed"], p["effective"], p["cooling"], "", None, None, None, None, None, None, f"=YEAR(S{r})"]
        for j, v in enumerate(row):
            if v is not None:
                old.cell(r, j + 1, v)
        r += 1

save(wb, "policies-zh-hk-broker.xlsx", libreoffice="xlsx")

if __name__ == "__main__" and __import__("os").environ.get("SHOW"):
    for i, p in enumerate(policies):
        print(i, p["no"], repr(p["insurer"]), p["raw_type"], repr(p["sum"]), p["ape"], repr(p["pay"]), repr(p["insured"]),
              repr(p["holder"]), p["effective"], repr(p["email"]), repr(p["phone"]))
