"""
Shape of xyxabcdiy/excel-deal "合同.xlsx" (commit 8d588a40c94c1b2a8176eb7edc224afd6a0a2e10): a Guangzhou
ready-mixed concrete supplier's contracts-and-receivables workbook, kept by hand in Excel for years (creator
Administrator), 216 sheets in the original: here the two overview sheets and six of the per-project sheets.

- "总 " (with a trailing space): each salesman's name in A and the names of his projects across the row,
  continuing on a second or third row without the name; some cells keep a hyperlink target ('…!A1'); a chat
  paste in row 40 (a name, a time stamp and a number in one cell).
- "Sheet1": the receivables summary, one section per salesman: a title '<name>项目汇总' merged over A:N (some
  indented with spaces), the header 施工单位 / 项目名称 / 供货期间 / C30单价（元/m³） / 总方量（m³） /
  累计生产总值（元） / 结算方式 / 付款进度 / 应收欠款（元） / 累计实收(元) / 合同规定当月应收（元） /
  最近付款时间 / 备注 / 时间 repeated under each title, one row per project (the customer is the
  construction company in 施工单位; one company has several projects, its name sometimes with trailing or
  leading spaces), an empty row between sections. In the first section 施工单位, the price and the money
  columns are formulas reading the project's own sheet (cached values kept); 付款进度 is a formula
  J/(I+J) everywhere ('#DIV/0!' when nothing was produced); 最近付款时间 is a number like 2016.1 (year.month),
  sometimes a text; 时间 the same report date on every row. Two sections are empty (one holds only a
  '#REF!' in 应收欠款, one a blank row); the last section is the company's own projects (公司项目汇总).
- Per-project sheets: a contract block on rows 1-5 (签定日期：, 合同编号, 供应日期：, 结算单价 text; 施工单位 /
  盖章单位 / 发票类型 / 提成; 工程名称 / 签约方量 / 签约代表 / 联系电话 / 签收人; 付款方式; 监理单位:) with merged
  cells, then a monthly ledger from row 6 (月份 / 当月生产方量 / 当月生产价值 / 累计… / 所欠货款总计 / 备注) with
  running-total formulas.
Company names, people, phones, projects and figures invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("receivables-zh-cn-concretesupplier")
cf = CachedFormulas()

CITY = ["广州市", "广东省", "深圳市", "佛山市", "湛江市", "汕头市", "四川", "江苏"]
WORD = ["恒源", "建业", "宏达", "粤安", "隆盛", "华建", "安泰", "鸿基", "兴城", "骏业", "永利", "汇通", "信和", "昌达",
        "南粤", "建鑫", "立城", "华盛", "广厦", "富城", "天汇", "中盈", "新港", "嘉信", "东晟", "卓成", "粤華", "润达"]
KIND = ["建筑工程有限公司", "建设集团有限公司", "建设工程有限公司", "市政工程有限公司", "基础工程有限公司", "建筑劳务有限公司",
        "建工集团股份有限公司", "工程总承包集团有限公司"]
PLACE = ["金沙洲", "广钢新城", "琶洲", "大学城", "珠江新城", "白云湖", "科学城", "南沙港", "芳村", "花都", "番禺", "黄埔",
         "龙归", "石井", "新塘", "员村", "大坦沙", "海珠", "东圃", "江高镇", "沥滘", "西朗", "萝岗", "增城"]
WHAT = ["商业中心", "保障性住房", "污水处理工程", "综合楼", "地块项目", "二标", "一标", "主体", "医院", "中学", "幼儿园",
        "车辆段", "停车场", "大厦", "产业园", "道路工程", "截污工程", "安置房", "酒店", "总部大楼"]
TERMS = ["次月结清", "三结一", "次月结80%，20%封顶结清", "工程节点付款", "四结一80%，20%封顶清", "三结一80%，20%验收清",
         "次月结95%，5%验收清", "五结一", "临供", "/", "次月结70%，30%封顶清", "三结一70%，封顶六个月内结至95%"]
NOTES = ["临供未签合同", "2016.2完工", "至今未付款", "完工", "诉讼保全", "签约方量9000m³", "2期已临供30m³",
         "上月反馈有款到，至今未付款", "2017.4.17已走合同"]

companies = []
while len(companies) < 62:
    c = f.pick(CITY) + f.pick(WORD) + f.pick(KIND)
    if c not in companies:
        companies.append(c)
projects_used = set()


def project():
    while True:
        p = f.pick(PLACE) + f.pick(WHAT)
        if p not in projects_used:
            projects_used.add(p)
            return p


def price_text():
    base = f.r.randrange(210, 300)
    steps = [("C15", -30), ("C20", -20), ("C25", -10), ("C30", 0), ("C35", 15), ("C40", 30), ("C45", 50), ("C50", 75)]
    text = " ".join(f"{g}：{base + d}" for g, d in steps)
    if f.chance(0.5):
        up = f.pick([10, 20, 30, 40])
        text += f" 从2016年12月{f.r.randrange(10, 16)}日起上调{up}元；C30 {base + up}"
    return text


SALES = [f.name_cn() for _ in range(13)]
SIZES = [16, 18, 31, 21, 14, 18, 8, 0, 0, 4, 3, 12, 1]   # the eighth section holds a #REF!, the ninth a blank row
REPORT_DAY = datetime.datetime(2017, 9, 22)

wb = workbook()
wb.properties.creator = "Administrator"
overview = wb.active
overview.title = "总 "
summary = wb.create_sheet("Sheet1")
HEAD = ["施工单位", "项目名称", "供货期间", "C30单价（元/m³）", "总方量（m³）", "累计生产总值（元）", "结算方式", "付款进度",
        "应收欠款（元）", "累计实收(元)", "合同规定当月应收（元）", "最近付款时间", "备注", "时间"]

records = []          # (company as written, salesman, project, note)
project_sheets = []   # the first section's first six projects get their own sheet
r = 1
for s, (who, size) in enumerate(zip(SALES + ["公司"], SIZES + [2])):
    title = f"{who}项目汇总"
    if s in (2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13):
        title = "        " + title
    summary.cell(r, 1, title).font = Font(bold=True, size=12)
    summary.cell(r, 1).alignment = Alignment(horizontal="center")
    summary.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
    r += 1
    for j, h in enumerate(HEAD, 1):
        if not (s == 10 and j == 14):
            summary.cell(r, j, h)
    if s == 11:
        summary.cell(r, 5, "总方量（元/m³）")
    r += 1
    if s == 7:
        cf.formula(summary, f"I{r}", "=SUM(#REF!)", "#REF!")
        r += 2
        continue
    if s == 8:
        r += 1
        continue
    base = f.pick(companies[:20]) if s > 0 else None
    for k in range(size):
        company = base if (base and f.chance(0.25)) else f.pick(companies)
        written = company
        if f.chance(0.06):
            written = company + f.pick([" ", "  "])
        elif f.chance(0.02):
            written = " " + company
        proj = project()
        start = datetime.date(f.r.randrange(2011, 2017), f.r.randrange(1, 13), 1)
        period = f"{start.year}.{start.month}-{f.pick(['2016.12', '2017.1', '2017.3', '2017.4', '2016.10'])}"
        if f.chance(0.06):
            period = f.pick(["2017.4", 2016.11])
        volume = round(f.r.randrange(30, 150000) + f.pick([0, 0.5]), 1)
        value = round(volume * f.r.randrange(240, 340) + f.pick([0, 0.5, 0.24]), 2)
        zero = f.chance(0.05)
        if zero:
            volume = value = 0
        collected = 0 if (zero or f.chance(0.08)) else round(value * f.r.uniform(0.5, 1.0), 2)
        owed = round(value - collected, 2) if f.chance(0.8) else round(f.r.uniform(-500000, 900000), 2)
        note = f.pick(NOTES) if f.chance(0.25) else None
        paid = f.pick([2016.1, 2016.8, 2016.11, 2016.12, 2017.1, 2017.2, 2017.3, 2017.4, 2015.12])
        if f.chance(0.12):
            paid = None
        elif f.chance(0.03):
            paid = f.pick(["至今未付款", "？"])
        row = [written, proj, period, price_text() if not zero else 0, volume, value, f.pick(TERMS), None, owed,
               collected, f.pick([0, round(value * 0.05, 2), round(f.r.uniform(0, 900000), 1)]), paid, note, REPORT_DAY]
        if s == 0 and k < 6:
            sheet = proj[:31]
            project_sheets.append((sheet, company, proj, volume, value, collected, row[3]))
            summary.cell(r, 2, proj)
            cf.formula(summary, f"A{r}", f"='{sheet}'!B$2", company)
            cf.formula(summary, f"D{r}", f"='{sheet}'!J$1", row[3])
            cf.formula(summary, f"E{r}", f"=VLOOKUP(N{r},'{sheet}'!A$7:M$95,4)", volume)
            cf.formula(summary, f"F{r}", f"=VLOOKUP(N{r},'{sheet}'!A$7:M$95,5)", value)
            cf.formula(summary, f"I{r}", f"=VLOOKUP(N{r},'{sheet}'!A$7:M$95,11,TRUE)", owed)
            cf.formula(summary, f"J{r}", f"=VLOOKUP(N{r},'{sheet}'!A$7:M$95,10,TRUE)", collected)
            cf.formula(summary, f"K{r}", f"=VLOOKUP(N{r},'{sheet}'!A$7:M$95,8,TRUE)", row[10])
            for j in (3, 7, 12, 13, 14):
                summary.cell(r, j, row[j - 1])
        else:
            for j, v in enumerate(row, 1):
                if v is not None:
                    summary.cell(r, j, v)
        total = owed + collected
        cf.formula(summary, f"H{r}", f"=J{r}/(I{r}+J{r})", "#DIV/0!" if total == 0 else collected / total)
        summary.cell(r, 8).number_format = "0%"
        summary.cell(r, 13).number_format = "[DBNum2][$RMB]General;[Red][DBNum2][$RMB]General"
        summary.cell(r, 14).number_format = "mm-dd-yy"
        records.append((company, who, proj, note))
        r += 1
    r += 1 if s != 10 else 2

# The overview: each salesman and his projects across (eleven to a row).
orow = 1
by_sales = {}
for company, who, proj, _ in records:
    by_sales.setdefault(who, []).append(proj)
for who in SALES + ["公司"]:
    names = by_sales.get(who, []) + [project() for _ in range(f.r.randrange(0, 4))]
    if who == SALES[7]:
        names = [project() for _ in range(7)]
    for start in range(0, max(len(names), 1), 11):
        if start == 0:
            overview.cell(orow, 1, who)
        for j, p in enumerate(names[start:start + 11]):
            overview.cell(orow, 2 + j, p + ("!A1" if f.chance(0.05) else ""))
        orow += 1
    if who == SALES[2]:
        orow += 1
overview.cell(orow, 1, "起诉工地")
overview.cell(40, 1, f"\n\n\n{f.name_cn()} 2017-8-25 16:39:22\n{f.r.randrange(100000, 999999)}")

# Per-project sheets: the contract block and the monthly ledger.
for sheet, company, proj, volume, value, collected, price in project_sheets:
    ws = wb.create_sheet(sheet)
    ws["A1"], ws["C1"], ws["D1"], ws["I1"], ws["J1"] = "签定日期：", f"长兴合同编号：2016SY{f.r.randrange(10000, 99999)}", "供应日期：", "结算单价(含税）", price
    ws["A2"], ws["B2"], ws["D2"], ws["I2"], ws["L2"] = "施工单位", company, "盖章单位", "发票类型", "提成"
    ws["A3"], ws["B3"], ws["D3"], ws["F3"], ws["H3"] = "工程名称", proj, "签约方量", "签约代表", "联系电话"
    if f.chance(0.6):
        ws["E3"], ws["G3"], ws["I3"] = f"{f.r.randrange(5, 120) * 1000}m3", f.name_cn(), int(f.mobile_cn())
    ws["J3"], ws["L3"] = "混凝土签收人", "结算单签收人"
    ws["A4"], ws["B4"] = "付款方式", f.pick(TERMS)
    ws["A5"] = "监理单位:"
    ws.append([])
    for j, h in enumerate(["月份", "当月生产方量(m3)   ", "当月生产价值(元)", "累计生产方量(m3)  ", "累计生产价值(元)",
                           "余存方量(m3)  ", "投资部份", "合同规定当月应收货款（元）", "当月实收货款（元）", "累计实收货款（元）",
                           "合同规定未收货款累计（元）", "所欠货款总计（元）", "备注"], 1):
        ws.cell(6, j, h)
    months = max(2, min(12, int(volume // 3000) + 2))
    left, vol_left, paid_left = value, volume, collected
    cum_v = cum_q = cum_paid = 0
    for m in range(months):
        rr = 7 + m
        q = round(vol_left / (months - m), 1)
        v = round(left / (months - m), 2)
        p = round(paid_left / (months - m), 2)
        vol_left, left, paid_left = vol_left - q, left - v, paid_left - p
        cum_q, cum_v, cum_paid = cum_q + q, cum_v + v, cum_paid + p
        ws.cell(rr, 1, datetime.datetime(2016 + (m + 3) // 12, (m + 3) % 12 + 1, 1)).number_format = "yyyy\"年\"m\"月\""
        ws.cell(rr, 2, q)
        ws.cell(rr, 3, v)
        cf.formula(ws, f"D{rr}", "=B7" if m == 0 else f"=B{rr}+D{rr - 1}", round(cum_q, 1))
        cf.formula(ws, f"E{rr}", "=C7" if m == 0 else f"=C{rr}+E{rr - 1}", round(cum_v, 2))
        ws.cell(rr, 9, p)
        ws.cell(rr, 10, round(cum_paid, 2))
        cf.formula(ws, f"L{rr}", f"=E{rr}-J{rr}", round(cum_v - cum_paid, 2))
    for rng in ["E1:F1", "G1:H1", "J1:L1", "B3:C3", "B4:E4", "F4:I4", "J4:L4", "A5:C5", "D5:F5", "G5:I5"]:
        ws.merge_cells(rng)

cf.save(wb, "receivables-zh-cn-concretesupplier.xlsx")

if __name__ == "__main__":
    distinct = sorted({c.strip() for c, _, _, _ in records})
    print("records", len(records), "clients", len(distinct))
    from collections import Counter
    cnt = Counter(c.strip() for c, _, _, _ in records)
    for c, n in cnt.most_common(3):
        print("multi", c, n, [(w, p) for cc, w, p, _ in records if cc.strip() == c])
    singles = [(c, w, p, nt) for c, w, p, nt in records if cnt[c.strip()] == 1]
    for x in singles[:6]:
        print("single", x)
