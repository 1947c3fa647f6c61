"""
Shape of shuiyou/CCSassistant "excelTempleFile/贷后报告统计.xlsx" (at commit 2928de75): a lender's
post-loan check list written by pandas (DataFrame.to_excel with its index): one sheet Sheet1, the
index in column A (bold, centred, under an empty A1), then the system's field names as headers —
id, batch_no, report_apply_no, bill_no, CUS_NAME, CONT_AMT, check_date, REPORT_DATE, risk_level,
content, cust_mgr_cname, main_br_id_cname, REPINFODIR — bold with thin borders. One row per loan
bill checked (78 rows): the borrower's name (twelve borrowers, one a company; one borrower on 33
rows, another on 15), the contract amount (20000.01 once), check_date a real date (YYYY-MM-DD),
REPORT_DATE the report's time as text, risk_level 高风险，需现场核查 / 中风险，需进一步核查, content the
check's findings on most high-risk rows (a blacklist hit naming the borrower, or naming the main
high-risk borrower on another borrower's row; missing controllers for the company) and empty on
most medium rows, the account manager (four; one has 66 rows) and his department, and a link to
the report on an intranet address. The first three rows come from older batches. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("loanchecks-zh-cn-postloan")

# Who each row is about, whether it is high (H) or medium (M) risk, what the findings name
# (o: the borrower himself, or F on a medium-risk row; x: the main high-risk borrower C; -: nothing) and its batch.
WHO = "ABCCDECDFCCGHHHCCHFIJHHHHHJCCCCHHHIJHCCCCCCJCKCCCCCECCCEKCKDDCKCCFCCCHHLLLLLLL"
RISK = "HHHHMMHMHHHMMMMHHMHMMMMMMMMHHHHMMMMMMHHHHHHMHMHHHHHMHHHMMHMMMHMHHHHHHMMMMMMMMM"
HIT = "oooo--o-ooo---ooo-o-x-o----oooo----x-oooooo-o-oooooxooo--o---o-oooooo---xxx---"
BATCH = "012333333333444444444444444444444444444444444444444444444444444444444445555555"
BATCHES = ["BP20200001", "BP20200403001", "BPT20201221004", "BPT20210121004", "BPT20210121005", "BPT20210121006"]

MANAGERS = {"lead": "许晓辉", "one": "金丽娟", "two": "邵雨婷", "five": "蒋涛"}
DEPTS = {"one": "上海分公司业务一部", "two": "上海分公司业务二部", "five": "上海分公司业务五部"}
borrowers = {k: f.name_cn() for k in "ACDEFGHIJKL"}
borrowers["A"] = "许骁辉"  # a borrower whose name is one character off the lead manager's
borrowers["B"] = "恒石供应链商业保理（深圳）有限公司"
manager_of = {k: ("lead", "five") for k in borrowers}
manager_of.update({"A": ("one", "one"), "B": ("one", "one"), "E": ("two", "two"), "L": ("five", "five")})

AMOUNTS = [50000] * 12 + [100000] * 4 + [200000, 150000, 300000, 10000, 20000, 30000, 80000, 250000, 400000, 500000]


def bill(kind, day, n):
    if kind == "JJ":
        return f"JJ{day:%Y%m%d}014{n:06d}"
    if kind == "MO":
        return f"MO{day:%y%m%d}{f.r.randrange(10, 23)}{f.r.randrange(10, 59)}0001"
    return f"BILL{day:%Y%m%d}{n:010d}"


rows = []
rid = 9236
seq = 1200
for i, who in enumerate(WHO):
    batch = int(BATCH[i])
    if batch == 0:
        check, rid_i = datetime.datetime(2020, 12, 16), 125
    elif batch == 1:
        check, rid_i = datetime.datetime(2020, 12, 26), 7205
    elif batch == 2:
        check, rid_i = datetime.datetime(2020, 12, 21), 8829
    else:
        check = datetime.datetime(2021, 1, 21)
        rid += f.r.choice([1, 1, 2, 3])
        rid_i = rid
    made = check.replace(hour=f.pick([11, 13, 22]), minute=f.r.randrange(60), second=f.r.randrange(60))
    if batch == 1:
        made = made - datetime.timedelta(days=14)
    loan_day = f.date(datetime.date(2020, 1, 10), datetime.date(2021, 1, 8))
    seq += f.r.randrange(1, 40)
    kind = "MO" if f.chance(0.13) else ("BILL" if f.chance(0.07) else "JJ")
    amount = f.pick(AMOUNTS)
    if i == 2:
        amount = 20000.01
    if who == "H" and f.chance(0.2):
        amount = f.pick([600000, 800000, 1400000])
    risk = "高风险，需现场核查" if RISK[i] == "H" else "中风险，需进一步核查"
    if HIT[i] == "-":
        content = None
    elif HIT[i] == "x":
        content = f"黑灰名单-{borrowers['C']}命中法院黑名单"
    elif who == "B":
        content = "相较于贷前报告缺少借款企业实际控制人；相较于贷前报告缺少借款企业实际控制人"
    elif who == "F" or RISK[i] == "M":  # a medium row naming the borrower F
        content = f"黑灰名单-{borrowers['F']}命中公安不良记录"
        if i in (18, 65):
            content += "；行业风险-上海瑞丰金融信息服务有限公司经营客群"
    else:
        content = f"黑灰名单-{borrowers[who]}命中法院黑名单"
    mgr, dept = manager_of[who]
    report = f"Q5{f.r.randrange(10 ** 16, 10 ** 17)}"
    rows.append([rid_i, BATCHES[batch], f"PSP{made:%Y%m%d%H%M%S}{i % 20 + 1:04d}", bill(kind, loan_day, seq), borrowers[who],
                 amount, check, f"{made:%Y-%m-%d %H:%M:%S}", risk, content, MANAGERS[mgr], DEPTS[dept],
                 f"http://192.0.2.35:13001/bladesDetail/postLoanReport/{report}/{f.r.randrange(200, 41000)}"])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
header = ["id", "batch_no", "report_apply_no", "bill_no", "CUS_NAME", "CONT_AMT", "check_date", "REPORT_DATE", "risk_level",
          "content", "cust_mgr_cname", "main_br_id_cname", "REPINFODIR"]
ws.cell(1, 1)
for c, h in enumerate(header, start=2):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.alignment = Alignment(horizontal="center", vertical="top")
for r, row in enumerate(rows, start=2):
    idx = ws.cell(r, 1, r - 2)
    idx.font = Font(bold=True)
    idx.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    idx.alignment = Alignment(horizontal="center", vertical="top")
    for c, v in enumerate(row, start=2):
        cell = ws.cell(r, c, v)
        if isinstance(v, datetime.datetime):
            cell.number_format = "YYYY-MM-DD"
save(wb, "loanchecks-zh-cn-postloan.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)
