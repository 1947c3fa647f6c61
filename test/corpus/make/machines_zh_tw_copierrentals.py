"""
Shape of Diyn19/count "import_data.xlsx": the same Taiwanese copier dealer's machine master kept
in Excel for its billing app, three sheets.

- "customers": header device_id / customer_name / device_number / machine_model / tax_id /
  install_address / service_person / contract_number / contract_start / contract_end, one row per
  rented machine: the customer as 'short company name/site' (the site may be empty, a floor, a
  department, a colour tag, '/留用', '/代頂能保養/續'), the company's 統一編號 as text with two
  leading zeros (the same on every machine of a company: a telecom with two dozen machines, a
  hospital's three offices, a cable company's floors), machine serial and model, the full install
  address, one of three engineers, contract number as text (some with a trailing tab) or 0, and
  contract dates as date serials or 0 (shown as an empty time).
- "contracts": device_id and the rent, page prices, free and base pages, error rates, 含稅/未稅
  and the terms as a multi-line paragraph ('contra'), one row per machine.
- "工作表3": a header-less helper list of full company names (legal names, branch tags) against
  device ids.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("machines-zh-tw-copierrentals")
SYL = list("宏昌永豐大興聯華順成新光金泰建和正隆瑞益佳美協勝鼎峰冠")
KINDS = ["科技", "營造", "光學", "機械", "設計", "資訊", "不動產", "補習班", "實業"]
ROADS = ["中正路", "民族路", "重新路五段", "中山北路5段", "德行西路", "明德路", "五權路", "中正東路1段", "義理街", "天玉街"]
TOWNS = [("台北市", ["士林區", "北投區"]), ("新北市", ["淡水區", "三重區", "新莊區", "五股區", "板橋區", "金山區"])]
MODELS = ["eS-3018A黑白複合機", "eS-3028A黑白複合機", "eS-2520AC彩色複合機", "eS-2510AC彩色複合機", "eS-4525AC彩色複合機",
          "eS-3515AC彩色複合機", "eS-4518A黑白複合機", "eS-5528A黑白複合機"]
ENGINEERS = [f.name_tw(), f.name_tw(), f.name_tw()]


def address(city=None, district=None):
    c, ds = TOWNS[1] if city is None else city
    return f"{c[0] if isinstance(c, tuple) else c}{district or f.pick(ds)}{f.pick(ROADS)}{f.r.randrange(1, 300)}號{f.pick(['', '2樓', '3樓', '1樓', '7樓'])}"


def tax_id():
    return f._unique(lambda: f"00{f.r.randrange(10000000, 99999999)}" if f.chance(0.9) else f"60{f.r.randrange(10000000, 99999999)}")


companies = []
# (short name, full name, sites)
telecom = ("台灣電信", "台灣電信股份有限公司", [f"{b}{fl}{tag}" for b, fl, tag in
                                       [(f.pick(["台北客服", "三重湯城"]), f.pick(["2樓", "3樓-3", "4樓前", "4樓-2LJ9", "4樓-2LJ15",
                                                                               "7樓", "8樓", "9樓", "10樓", "10樓-2", "10樓-3", "10F(總經理)"]),
                                         f.pick(["(黑)", "(黑)", "(彩)", ""])) for _ in range(24)]] + ["五股倉庫(黑)", "三重湯城手機維修中心"])
companies.append(telecom)
companies.append(("紅樹林有線電視", "紅樹林有線電視股份有限公司", ["7樓", "7樓工程部", "7樓櫃台/留用"]))
companies.append(("市立醫院", "市立醫院金山分院", ["金山分院總務室", "金山分院行政", "金山分院病歷"]))
companies.append(("就業服務處", "勞動部就業服務處", ["淡水站1F/代頂能保養", "淡水站2F/代頂能保養", "家暴防治中心/代頂能保養/續"]))
multi = f.pick(SYL) + f.pick(SYL) + "科技開發"
companies.append((multi, multi + "股份有限公司", ["板橋", "淡水", "新莊", "三重"]))
for _ in range(72):
    short = f._unique(lambda: f.pick(SYL) + f.pick(SYL) + f.pick(KINDS))
    full = short + f.pick(["股份有限公司", "有限公司", "企業社", ""])
    sites = [f.pick(["", "", "士林", "三重", "新莊", "天玉街", "住商石牌", "8F行銷", "4f", "主"])]
    if f.chance(0.12):
        sites.append(f.pick(["留用", "三重", "二廠"]))
    companies.append((short, full, sites))

machines = []
for short, full, sites in companies:
    tid = tax_id()
    city = TOWNS[0] if f.chance(0.35) else TOWNS[1]
    district = f.pick(city[1])
    base_addr = address(city, district)
    engineer = f.pick(ENGINEERS[:2]) if short != multi else ENGINEERS[0]
    for site in sites:
        dev = f._unique(lambda: f"T{f.pick(['25', '30', '35', '45', '55'])}{f.pick(['10', '15', '18', '20', '25', '28'])}00{f.r.randrange(1, 200):03d}")
        model = f.pick(MODELS)
        serial = f._unique(lambda: f"C{f.pick(['NH', 'SJ', 'SL', 'TK', 'ZF', 'ZK'])}{f.pick('MNJKLQ')}{f.r.randrange(10000, 99999)}")
        addr = base_addr if short in (telecom[0], "紅樹林有線電視") else address(city) if len(sites) > 1 else base_addr
        if short == telecom[0]:
            addr = f"新北市三重區重新路五段609巷2號{site[4:8] if len(site) > 4 else ''}({site[:4]})"
        signed = f.chance(0.55)
        start = datetime.date(f.pick([2022, 2023, 2024, 2025]), f.pick([1, 3, 5, 7, 10]), 1) if signed else None
        contract_no = (f"02700{f.r.randrange(11000, 15000)}" + ("\t" if f.chance(0.45) else "")) if signed else 0
        machines.append(dict(device=dev, name=f"{short}/{site}", serial=serial, model=model, tax=tid, addr=addr, engineer=engineer,
                             contract=contract_no, start=start, end=start.replace(year=start.year + f.pick([2, 3, 5])) - datetime.timedelta(days=1) if start else None,
                             full=full + (f"({site})" if site and f.chance(0.3) else "")))
machines[3]["engineer"] = ENGINEERS[2]
machines[-1]["engineer"] = ENGINEERS[2]
f.r.shuffle(machines)
machines.sort(key=lambda m: m["engineer"] != ENGINEERS[1])

wb = workbook()
cust = wb.active
cust.title = "customers"
cust.append(["device_id", "customer_name", "device_number", "machine_model", "tax_id", "install_address", "service_person",
             "contract_number", "contract_start", "contract_end"])
for i, m in enumerate(machines):
    r = i + 2
    cust.append([m["device"], m["name"], m["serial"], m["model"], m["tax"], m["addr"], m["engineer"], m["contract"],
                 datetime.datetime.combine(m["start"], datetime.time()) if m["start"] else 0,
                 datetime.datetime.combine(m["end"], datetime.time()) if m["end"] else 0])
    cust.cell(r, 9).number_format = cust.cell(r, 10).number_format = "mm-dd-yy"
for col, w in zip("ABCDEFGIJ", [11.3, 37.1, 11.7, 19.2, 11.2, 26.8, 8.5, 10.6, 9.5]):
    cust.column_dimensions[col].width = w

con = wb.create_sheet("contracts")
con.append(["device_id", "monthly_rent", "color_unit_price", "bw_unit_price", "color_giveaway", "bw_giveaway", "color_error_rate",
            "bw_error_rate", "color_basic", "bw_basic", "tax_type", "contra"])
for i, m in enumerate(machines):
    rent = f.pick([0, 550, 1500, 1800, 2000, 3000, 5200, 6800])
    bw, colour = f.pick([0.24, 0.28, 0.3, 0.32, 0.4]), f.pick([0, 2.4, 2.8, 3])
    free = f.pick([0, 0, 1000, 1500, 2500, 8000])
    tax = f.pick(["含稅", "未稅"])
    text = f"月租金${rent:,}元,含黑白{free:,}張,超張{bw}元;彩色{colour}元.(以上{tax})"
    if f.chance(0.3):
        text += f.pick(["\n黑白贈送張數未使用完畢可10:1折抵彩色張數.\n收取2個月押金.", "\n張數半年結算一次。",
                        f"\n發票mail至：{f.email('billing' + str(i))} {f.pick('陳林黃張李')}小姐"])
    if f.chance(0.1):
        text = "\t" + text
    if rent == 0 and f.chance(0.5):
        text = f.pick(["代頂能保養", 0])
    con.append([m["device"], rent, colour, bw, f.pick([0, 0, 1493]), free, 0, f.pick([0, 0, 0.01, 0.02]), f.pick([0, 1500]),
                f.pick([0, 2500]), tax if text != "代頂能保養" else 0, text])
    if isinstance(text, str):
        con.cell(i + 2, 12).alignment = Alignment(wrap_text=True)
con.column_dimensions["L"].width = 185.6

helper = wb.create_sheet("工作表3")
for m in f.r.sample(machines, 95):
    helper.append([m["full"], m["device"]])
helper.column_dimensions["A"].width = 38.1

save(wb, "machines-zh-tw-copierrentals.xlsx")
