"""
loans-zh-cn-supplychainbook: a Shanghai commercial bank's corporate-banking loan book, one month's
snapshot exported from its credit system as CSV.

Source: modem1024k/streamlit2023, loan/公司2604.csv (commit 4f701038309a7fcd88a52a208cb78c92eea4b155),
one of twelve monthly extracts that a Streamlit dashboard of the bank's corporate department reads.

Shape: UTF-8 without BOM, LF line ends, 27 columns, one row per loan note (借据): every text cell in
double quotes (empty text as ""), dates, rates and amounts bare, empty dates bare. Columns: note
number (16 digits, "PJ…" for bank acceptance bills, a few 24-digit numbers), the bank's customer
number, customer name, product (普通流动资金贷款 / 银行承兑汇票 / 反向保理 / 经营性物业贷款 / 并购项目贷款 /
固定资产贷款 / 非融资性保函), on/off balance sheet, start and maturity dates (yyyy-mm-dd), annual rate
(100 on every acceptance bill: the margin, not a rate), amount lent, outstanding balance, guarantee
("保证,质押" joined), product group, days overdue, five-level classification ("1-正常" …), the officer
(经办人, with "（客户经理）" or "（团队负责人）" typed after some names), product detail and core
enterprise for supply-chain loans, the registered place four times (organisation-code, licence,
credit-code and registered address: mostly equal, some blank or differing), an always empty rate
period, next interest day (stale days in the past, empty on bills), department, termination day
(on a few notes), repaid amount as a Java BigDecimal ("0E-20", "500000.000000000000") and the
ECIF customer number.

The mess: ~210 companies (partnerships, a co-operative, a Hong Kong company) on ~640 notes, two of
them on more than forty; the same officer under two spellings (with and without the title); the
register's address only as a district.

All names, numbers and places are invented (values invented).
"""
import datetime
import os
import random

from fake import FILES, Fake

f = Fake(20260434)
r = f.r

PLACES_SH = ["上海市宝山区", "上海市浦东新区", "上海市金山区", "上海市徐汇区", "上海市奉贤区", "上海市青浦区",
             "上海市闵行区", "上海市嘉定区", "上海市松江区", "上海市静安区", "上海市杨浦区", "上海市崇明区"]
PLACES_OUT = ["江苏省无锡市宜兴市", "安徽省滁州市天长市", "山东省临沂市河东区", "江苏省宿迁市泗阳县", "浙江省嘉兴市海宁市",
              "江西省南昌市青山湖区", "江苏省苏州市昆山市", "浙江省湖州市长兴县", "安徽省合肥市蜀山区", "河北省唐山市丰南区"]
WORDS = ["沪森", "宝钜", "晟通", "锐岭", "汇镁", "鼎澄", "禾尚", "凯铖", "衡岳", "泓钢", "昕睿", "嘉珩", "景铄", "瀚泽",
         "钧达", "博曜", "澜川", "铭彦", "栎阳", "沣源", "朗跃", "桦韵", "峻晖", "弘屹", "芮丰", "曦岚", "煜恒", "隽铭",
         "聚沛", "欣拓", "霁和", "承翊", "宸烨", "璟祥", "堃泰", "淼鑫", "翊航", "骏泓", "逸珑", "泽坤"]
TRADES_STEEL = ["钢铁贸易有限公司", "钢铁商贸有限公司", "金属材料有限公司", "贸易有限公司", "国际贸易有限公司", "供应链管理有限公司"]
TRADES_CABLE = ["电线电缆有限公司", "仪表线缆有限公司", "橡塑制品有限公司", "电气科技有限公司", "铜材有限公司", "机电设备有限公司"]
TRADES_OTHER = ["商业管理有限公司", "物流有限公司", "环保科技有限公司", "新材料科技有限公司", "建设工程有限公司", "实业有限公司",
                "信息技术有限公司", "酒店管理有限公司", "医疗器械有限公司", "电子科技有限公司"]
ODD = ["上海{w}半导体科技合伙企业（有限合伙）", "上海{w}蔬菜专业合作社", "上海{w}贸易中心", "{W} INVESTMENT COMPANY LIMITED",
       "{w}（镇江）有限公司"]

used = set()


def company(trades, place):
    for _ in range(1000):
        if r.random() < 0.04:
            w = f.pick(WORDS)
            name = f.pick(ODD).format(w=w, W=f.pick(["ORIENT", "GRAND", "PACIFIC", "UNITY"]))
        else:
            city = "上海" if place.startswith("上海") else place[3:5]
            name = city + f.pick(WORDS) + f.pick(trades)
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("ran out of company names")


def officer():
    return f.name_cn()


# officers: (name, typed title) — one typed with and without the title
OFF = [(officer(), "（客户经理）") for _ in range(6)] + [(officer(), "") for _ in range(20)] + [(officer(), "（团队负责人）")]
DEPTS = ["公司业务一部", "公司业务二部", "公司业务三部", "公司业务四部", "供应链金融部", "市场营销一部", "市场营销二部",
         "市场营销三部", "普惠业务一部", "法律合规部", "业务发展部（自贸业务部）"]
CORE_CABLE = "上海" + f.pick(WORDS) + "智慧能源股份有限公司"
CORE_STEEL = "上海" + f.pick(WORDS) + "供应链有限公司"
CORE_MISC = ["江西" + f.pick(WORDS) + "光电科技股份有限公司", f.pick(WORDS) + "物流股份有限公司",
             f.pick(WORDS) + "酒店管理（上海）有限公司", f.pick(WORDS) + "速运有限公司"]

D0 = datetime.date(2026, 4, 30)


def d(x):
    return x.isoformat() if x else None


def cust_no():
    y = r.randrange(2015, 2027)
    day = datetime.date(y, 1, 1) + datetime.timedelta(days=r.randrange(0, 360 if y < 2026 else 100))
    return f"{day:%Y%m%d}{r.randrange(0, 1500):08d}"


def ecif():
    return f.pick(["31", "32", "20"]) + f"{r.randrange(0, 10**10):010d}"


def region():
    return f.pick(PLACES_SH) if r.random() < 0.8 else f.pick(PLACES_OUT)


# client groups -------------------------------------------------------------------------------
clients = []
# group 1: cable-maker suppliers on reverse factoring under one core enterprise
for _ in range(40):
    clients.append(dict(kind="cable", place=f.pick(PLACES_OUT[:6]) if r.random() < 0.6 else region()))
# group 2: steel traders on spot / pre-sale working-capital loans under one core enterprise
for _ in range(30):
    clients.append(dict(kind="steel", place=f.pick(PLACES_SH[:4])))
# group 3: bill clients (acceptance bills)
for _ in range(70):
    clients.append(dict(kind="bill", place=region()))
# group 4: ordinary loans, some with a supply-chain product
for _ in range(70):
    clients.append(dict(kind="loan", place=region()))

for c in clients:
    trades = {"cable": TRADES_CABLE, "steel": TRADES_STEEL}.get(c["kind"], TRADES_OTHER)
    c["name"] = company(trades, c["place"])
    c["no"] = cust_no()
    c["ecif"] = ecif()
    if c["kind"] == "cable":
        c["off"], c["dept"] = OFF[0], "公司业务三部"
    elif c["kind"] == "steel":
        c["off"], c["dept"] = OFF[6], "公司业务三部"
    else:
        c["off"] = f.pick(OFF[1:6] + OFF[7:])
        c["dept"] = f.pick(DEPTS)
    c["places"] = [c["place"]] * 4
    if r.random() < 0.1:
        i = r.randrange(4)
        c["places"][i] = "" if i != 3 and r.random() < 0.6 else (f.pick(PLACES_SH) if i == 3 else c["place"][:3])

# loans per client: two steel traders with forty-odd notes, a few with ~20, most with 1–3
counts = {}
steel = [c for c in clients if c["kind"] == "steel"]
counts[id(steel[0])] = 49
counts[id(steel[1])] = 43
for c in steel[2:6]:
    counts[id(c)] = r.randrange(12, 21)
for c in clients:
    if c["kind"] == "cable":
        counts[id(c)] = r.randrange(1, 8)
    if id(c) not in counts:
        counts[id(c)] = 1 + (r.random() < 0.35) + (r.random() < 0.2) + (r.random() < 0.08) * r.randrange(1, 6)

rows = []
used_notes = set()


def note_no(start, bill=False):
    for _ in range(1000):
        if bill:
            n = f"PJ{start:%Y%m%d}{r.randrange(1, 40):06d}"
        elif r.random() < 0.02:
            n = f"0{r.randrange(10**22, 10**23)}"
        else:
            n = f"{start:%Y%m%d}{r.randrange(1, 120):08d}"
        if n not in used_notes:
            used_notes.add(n)
            return n


for c in clients:
    for _ in range(counts[id(c)]):
        k = c["kind"]
        off, title = c["off"]
        off_txt = off + (title if r.random() < 0.93 or not title else "")
        guarantee, detail, core, nextday, ended, repaid = "", "", "", None, None, "0E-20"
        if k == "cable":
            start = f.date(datetime.date(2025, 5, 1), datetime.date(2026, 4, 28))
            end = start.replace(year=start.year + 1)
            prod, bal, group, rate = "反向保理", "表内", "贸易融资", f.pick([5, 5, 5, 5, 5.5, 3.95])
            amt = round(r.uniform(80000, 3000000), 2)
            balance = amt
            detail, core, nextday = "线上供应链-瑞e保", CORE_CABLE, end
        elif k == "steel":
            start = f.date(datetime.date(2025, 10, 1), datetime.date(2026, 4, 28))
            end = start + datetime.timedelta(days=f.pick([180, 181, 182, 365]))
            prod, bal, group, rate = "普通流动资金贷款", "表内", "一般贷款", 6.1
            amt = f.pick([10000000, 10000000, 10000000, 5000000, 3000000])
            balance = amt
            detail, core = f.pick(["现货业务", "现货业务", "产能预售业务"]), CORE_STEEL
            nextday = datetime.date(2026, 5 if r.random() < 0.7 else 3, 21)
        elif k == "bill":
            start = f.date(datetime.date(2025, 11, 1), datetime.date(2026, 4, 28))
            end = start + datetime.timedelta(days=f.pick([182, 183, 184, 365]))
            prod, bal, group, rate = "银行承兑汇票", "表外", "票据", 100
            amt = f.pick([50000000, 20000000, 10000000, 5000000, 3000000, 1000000, 2350000])
            balance = amt
        else:
            prod = f.pick(["普通流动资金贷款"] * 12 + ["经营性物业贷款", "并购项目贷款", "固定资产贷款", "非融资性保函"])
            start = f.date(datetime.date(2023, 1, 1), datetime.date(2026, 4, 28))
            years = {"固定资产贷款": 15, "经营性物业贷款": 10, "并购项目贷款": 7}.get(prod, f.pick([1, 1, 2, 3]))
            end = start.replace(year=start.year + years, day=min(start.day, 28))
            bal = "表外" if prod == "非融资性保函" else "表内"
            group = "一般贷款"
            rate = f.pick([6.5, 5.5, 4.8, 6.6, 5, 5.6, 4.5, 3.8, 4.2, 3.45])
            amt = f.pick([1000000, 2000000, 3000000, 5000000, 7000000, 20000000, 32030000, 239480000, 850000])
            balance = amt
            guarantee = f.pick(["保证", "保证", "质押", "保证,质押", "抵押", "保证,抵押"])
            detail = f.pick(["一般贷款", "一般贷款", "", "房抵贷", "瑞诚贷-企业流动资金贷款-自主", "脱核-" + f.pick(["顺丰", "德邦", "京东"]),
                             "瑞e惠-" + f.pick(["洲际", "华住", "亚朵", "吉泰"])])
            if detail.startswith("脱核") or detail.startswith("瑞e惠"):
                core = f.pick(CORE_MISC)
            nextday = datetime.date(f.pick([2025, 2026]), f.pick([3, 6, 5]), f.pick([20, 21]))
            if start < datetime.date(2025, 6, 1) and r.random() < 0.3:
                paid = f.pick([200000, 500000, 1000000, 6000000, round(amt * 0.1, 2)])
                if paid < amt:
                    balance = round(amt - paid, 2)
                    repaid = f"{paid:.12f}"
            if start < datetime.date(2024, 4, 1) and r.random() < 0.5:
                ended = f.date(datetime.date(2024, 5, 1), datetime.date(2024, 6, 30))
        overdue, grade = 0, "1-正常"
        if r.random() < 0.035:
            overdue = f.pick([101, 346, 520, 35, 61, 188])
            grade = f.pick(["2-关注", "3-次级", "4-可疑"])
        elif r.random() < 0.015:
            grade = "2-关注"
        rows.append([
            note_no(start, prod == "银行承兑汇票"), c["no"], c["name"], prod, bal, d(start), d(end), rate, amt, balance,
            guarantee, group, overdue, grade, off_txt, detail, core, c["places"][0], c["places"][1], c["places"][2],
            c["places"][3], "", d(nextday), c["dept"], d(ended), repaid, c["ecif"],
        ])

r.shuffle(rows)

HEAD = ["借据流水号", "客户编号", "客户名称", "业务品种", "是否表外", "起始日期", "到期日期", "年利率", "放款金额", "借据余额",
        "附加担保方式", "业务品种大类", "逾期天数", "五级分类", "经办人", "业务品种细分", "核心企业名称", "组织机构证注册地",
        "营业执照证注册地", "统一社会信息证注册地", "注册地址", "利率调整周期", "下一结息日", "所属部门HR", "终结日期", "还款金额",
        "ECIF客户号"]
BARE = {5, 6, 7, 8, 9, 12, 22, 24, 25}   # dates, rates, amounts: written without quotes


def num(v):
    if isinstance(v, float):
        return repr(v).rstrip("0").rstrip(".") if "." in repr(v) else repr(v)
    return str(v)


def cell(i, v):
    if i in BARE:
        if v is None:
            return ""
        if i == 25 and v != "0E-20":
            return v
        return num(v) if not isinstance(v, str) else v
    return '"' + str(v).replace('"', '""') + '"'


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "loans-zh-cn-supplychainbook.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(",".join('"' + h + '"' for h in HEAD) + "\n")
    for row in rows:
        out.write(",".join(cell(i, v) for i, v in enumerate(row)) + "\n")

print(len(rows), "notes,", len({x[1] for x in rows}), "clients")
