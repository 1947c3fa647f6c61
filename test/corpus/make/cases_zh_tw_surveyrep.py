"""
Shape of bluefishs/CK_Missive "docs/templates/import-templates/案件與營業額統計_邱元宏_115年第1季.xlsx"
(at commit 174cf25310784c1a2222ffa48862f11f2b1b4e5f): one surveyor's own workbook of the cases he
handled and the revenue they brought (a Taiwanese surveying firm, saved by Excel), three sheets:

- 建物標示圖: this quarter's building-plan jobs — 編號 (1, then =A2+1 …), 日期 (ROC text), 客戶, 代書
  (the land-registration agent who brought the job), 電話, 作業內容, 縣市 / 行政區 / 地段 / 地號, 戶數,
  繪圖 / 簽證 / 位置測量 / 其他 fees, 營業額 and 淨收入 formulas; header frozen; two empty rows, then
  '115年Q1合計' with SUM formulas, '115年合計' and a '淨利比' ratio under the table;
- 客戶分析: the same kind of jobs over the last year grouped by client or by the agent who brings
  several clients, each group followed by '<name>合計' with the case count ('5案') in 客戶 and SUM
  formulas, an empty row between groups, single-job groups without a total; column O unheaded;
- 工作表1: the running log of every enquiry since August 113 — a two-row header (標的 merged over
  縣市 / 鄉鎮市區 / 地段 / 地號, 報價 over 報價單編號 / 回傳日期, 測量員 and 測量日期 only on row 2,
  費用(繪圖) / 費用(簽證) over 繪圖 / 簽證, an unheaded notes column), 流水號 1 then =A3+1 …, 接洽日期,
  客戶, 聯絡人, 聯絡電話 (mobiles with or without dashes, a landline without its area code, 'line'),
  job, site, quotation number or '劉董開立', reply date or a note ('114.01.16補', '直接連絡…', '-'),
  the surveyor by name or code ('me', 'me修', 'BC-220', '697', '龜'), survey date, 是否結案 'V' / 'X' /
  a note, fees; two follow-up rows with no client; a SUM row under the log.
The same clients and agents recur on all three sheets.
Values invented: clients, agents, phone numbers, land parcels, quotation numbers, fees and dates.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, CachedFormulas, Fake, workbook

f = Fake("cases-zh-tw-surveyrep")


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def mob(dashed):
    return f.mobile_tw(dashed=dashed)


PLACES = [("臺中市", ["西屯區", "北屯區", "南屯區", "大里區", "太平區", "沙鹿區", "龍井區", "神岡區", "大雅區", "東勢區"]),
          ("彰化縣", ["彰化市", "花壇鄉", "溪湖鎮", "員林市", "田中鎮", "埔心鄉"]), ("南投縣", ["南投市"])]
SECTIONS = ["民安段", "大富段", "錦村段", "仁平段", "全興段", "新厝段", "東湖段", "大墩段", "洪厝段", "東海段", "福安段",
            "大學段", "溪南段", "三興段", "嘉興段", "口庄段", "新民段", "惠安段", "永春段", "長安段", "南勢段"]
JOBS = ["建物標示圖", "建物標示圖", "建物標示圖", "建物標示圖(只有簽證)", "建物標示圖(只有繪圖)", "現況測量", "地形圖測量",
        "分管協議位置測量", "占用面積測量", "界址測量"]
SURVEYORS = ["me", "me", "me修", "BC-220", "697", "龜", "君", "LB"] + [person() for _ in range(3)]

# agents who bring several clients, and clients who come by themselves
agents = []
for k in range(5):
    agents.append({"name": person(), "phone": f.pick([mob(True), mob(False)]),
                   "clients": [f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(["建設", "開發", "國際開發",
                                                                                                    "資產管理", "建設"]))
                               for _ in range(f.pick([1, 2, 3, 4]))]})
agents[0]["clients"] = [f"{f.pick(SURNAMES_TW)}{f.pick(GIVEN_TW)}建設" for _ in range(4)]
agents[1]["phone"] = "04-2300" + str(f.r.randrange(1000, 9999))
own = []
for k in range(9):
    p = person()
    own.append({"name": p, "phone": None if k in (2, 6) else f.pick([mob(True), mob(False)]), "clients": [p]})
contacts = agents + own
# a client who comes through an agent on most jobs and once through someone else
agents[2]["alt"] = person()


def roc(d):
    return f"{d.year - 1911}.{d.month:02d}.{d.day:02d}"


def job(day, who, client=None):
    city, districts = f.pick(PLACES[:2] if f.chance(0.9) else PLACES)
    work = f.pick(JOBS)
    units = f.pick([1, 1, 2, 3, 4, 6, 10, 12, 17, 31, 40, 61, 95, 106, 137, 160])
    draw = units * f.pick([800, 1000]) if "只有簽證" not in work and "測量" not in work else None
    sign = round(units * f.pick([900, 1000, 1200])) if "只有繪圖" not in work and "測量" not in work else None
    pos = f.pick([None, None, None, 4000, 6000, 12000, 16200])
    other = f.pick([18000, 17000, 20160]) if "測量" in work else None
    contact = who["name"]
    if "alt" in who and f.chance(0.15):
        contact = who["alt"]
    return {"day": day, "client": client or f.pick(who["clients"]), "contact": contact, "phone": who["phone"],
            "work": work, "city": city, "district": f.pick(districts), "section": f.pick(SECTIONS),
            "lot": f.pick([f"{f.r.randrange(1, 2000)}", f"{f.r.randrange(1, 1500)}-{f.r.randrange(1, 60)}",
                           f"{f.r.randrange(1, 1500)}等{f.r.randrange(2, 30)}筆", f.r.randrange(1, 999)]),
            "units": units, "draw": draw, "sign": sign, "pos": pos, "other": other}


# ---- 工作表1: the enquiry log from 113.08 to 114.03 ----------------------------------------------
log = []
day = datetime.date(2024, 8, 13)
q_no = {"B": 40, "C": 0}
for k in range(43):
    who = f.pick(contacts[:5] * 2 + contacts[5:])
    j = job(day, who)
    prefix = "B" if day < datetime.date(2024, 10, 1) else "C"
    q_no[prefix] += 1
    j["quote"] = f"B{day.year - 1911}-{prefix}{q_no[prefix]:03d}-{f.pick(['0', '0', '1'])}"
    if who is agents[3]:
        j["quote"] = "劉董開立"
    j["reply"] = f.pick([roc(day + datetime.timedelta(days=f.r.randrange(1, 8))), None, "-"])
    j["surveyor"] = f.pick(SURVEYORS) if f.chance(0.85) else None
    j["sdate"] = roc(day + datetime.timedelta(days=f.r.randrange(5, 20))) if j["surveyor"] and f.chance(0.3) else None
    j["done"] = "V" if day < datetime.date(2025, 1, 20) or f.chance(0.3) else None
    fees = [v for v in (j["draw"], j["sign"], j["pos"], j["other"]) if v]
    j["total"] = round(sum(fees) * 1.05) if fees and f.chance(0.9) else None
    j["note"] = None
    log.append(j)
    day += datetime.timedelta(days=f.r.randrange(1, 9))
    if k in (14, 31):
        day -= datetime.timedelta(days=f.r.randrange(10, 40))  # typed in late
# two follow-up rows with no client, a 'line' phone, a landline without area code, a failed job
for k in (1, 2):
    log[k].update(client=None, contact=None, phone=None, city=None, district=None, section=None, lot=None,
                  work=f.pick(["申請指定建築線", "申請指定建築線(第二次申請)"]), reply="114.01.16補", surveyor=None)
    log[k]["quote"] += "(補)" if k == 1 else ""
log[4].update(phone="line", reply="直接連絡" + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))
log[15]["phone"] = str(f.r.randrange(23000000, 23009999))
log[14].update(done="X", total=None, note="代書請本公司提供cad檔")
log[5].update(done="114年領使照")
log[10]["note"] = f"業主：{f.pick(SURNAMES_TW)}{f.pick(GIVEN_TW)}國際開發股份有限公司"
log[11]["note"] = "繪圖每戶800元；簽證基本費另計"

wb = workbook()
cached = CachedFormulas()
ws3_title = "工作表1"

# ---- 建物標示圖: this quarter (115.01-115.03) -------------------------------------------------
ws1 = wb.active
ws1.title = "建物標示圖"
H1 = ["編號", "日期", "客戶", "代書", "電話", "作業內容", "縣市", "行政區", "地段", "地號", "戶數", "繪圖", "簽證", "位置測量", "其他",
      "營業額", "淨收入"]
for j_, h in enumerate(H1, 1):
    ws1.cell(1, j_, h)
quarter = []
day = datetime.date(2026, 1, 2)
for k in range(11):
    quarter.append(job(day, f.pick(contacts)))
    day += datetime.timedelta(days=f.r.randrange(1, 6))
sums = {c: 0 for c in "KLMNOPQ"}
for i, j in enumerate(quarter, 2):
    if i == 2:
        ws1.cell(i, 1, 1)
    else:
        cached.formula(ws1, f"A{i}", f"=A{i - 1}+1", i - 1)
    vals = [roc(j["day"]), j["client"], j["contact"], j["phone"], j["work"], j["city"], j["district"], j["section"],
            j["lot"], j["units"], j["draw"], j["sign"], j["pos"], j["other"]]
    for c, v in enumerate(vals, 2):
        if v is not None:
            ws1.cell(i, c, v)
    rev = sum(v or 0 for v in (j["draw"], j["sign"], j["pos"], j["other"]))
    net = (j["sign"] or 0) + round(((j["pos"] or 0) + (j["other"] or 0)) * 0.3)
    cached.formula(ws1, f"P{i}", f"=L{i}+M{i}+N{i}+O{i}", rev)
    cached.formula(ws1, f"Q{i}", f"=M{i}+(N{i}+O{i})*0.3", net)
    for c, v in zip("KLMNOPQ", (j["units"], j["draw"], j["sign"], j["pos"], j["other"], rev, net)):
        sums[c] += v or 0
last = len(quarter) + 1
ws1.cell(last + 3, 1, "115年Q1合計")
for c in "KLMNOPQ":
    cached.formula(ws1, f"{c}{last + 3}", f"=SUM({c}2:{c}{last})", sums[c])
ws1.cell(last + 5, 1, "115年合計")
cached.formula(ws1, f"P{last + 5}", f"=P{last + 3}", sums["P"])
cached.formula(ws1, f"Q{last + 5}", f"=Q{last + 3}", sums["Q"])
ws1.cell(last + 7, 16, "淨利比")
cached.formula(ws1, f"Q{last + 7}", f"=Q{last + 5}/P{last + 5}", round(sums["Q"] / sums["P"], 6))
ws1.freeze_panes = "A2"
for col, w in zip("ABCEFIJKLNOP", [13.5, 9.4, 18.4, 12.7, 23.4, 17.1, 11.5, 11.5, 9.9, 10.2, 8.9, 9.6]):
    ws1.column_dimensions[col].width = w

# ---- 客戶分析: last year's jobs grouped by client or agent -------------------------------------
ws2 = wb.create_sheet("客戶分析")
H2 = H1[:14] + [None, "營業額", "淨收入"]
for j_, h in enumerate(H2, 1):
    if h:
        ws2.cell(1, j_, h)
row = 2
groups = []
for who in contacts:
    jobs = [j for j in log if j["contact"] == who["name"] or (j["client"] in who["clients"] and j["client"])]
    if jobs:
        groups.append((who, jobs))
for who, jobs in groups:
    start = row
    for j in jobs:
        vals = [roc(j["day"]), j["client"], j["contact"], j["phone"], j["work"], j["city"], j["district"], j["section"],
                j["lot"], j["units"], j["draw"], j["sign"], j["pos"]]
        for c, v in enumerate(vals, 2):
            if v is not None:
                ws2.cell(row, c, v)
        row += 1
    if len(jobs) > 1:
        label = who["clients"][0] if len(who["clients"]) == 1 else who["name"]
        ws2.cell(row, 1, f"{label}合計")
        ws2.cell(row, 3, f"{len(jobs)}案")
        tot = {}
        for c, key in zip("KLMN", ("units", "draw", "sign", "pos")):
            tot[c] = sum(j[key] or 0 for j in jobs)
            cached.formula(ws2, f"{c}{row}", f"=SUM({c}{start}:{c}{row - 1})", tot[c])
        cached.formula(ws2, f"P{row}", f"=SUM(L{row}:N{row})", tot["L"] + tot["M"] + tot["N"])
        cached.formula(ws2, f"Q{row}", f"=M{row}", tot["M"])
        row += 1
    row += 1
for col, w in zip("ABCEFIJKNOP", [12.4, 9.4, 18.4, 11.4, 23.4, 17.1, 11.5, 11.5, 10, 10, 8.7]):
    ws2.column_dimensions[col].width = w

# ---- 工作表1: the log with its two-row header ------------------------------------------------
ws3 = wb.create_sheet(ws3_title)
top = ["流水號", "接洽日期", "客戶", "聯絡人", "聯絡電話", "計畫名稱(工作內容)", "標的", None, None, None, "報價", None, None, None,
       "是否結案", "總費用", "費用(繪圖)", "費用(簽證)", None]
sub = [None] * 6 + ["縣市", "鄉鎮市區", "地段", "地號", "報價單編號", "回傳日期", "測量員", "測量日期", None, None, "繪圖", "簽證", None]
for j_, (a, b) in enumerate(zip(top, sub), 1):
    if a:
        ws3.cell(1, j_, a)
    if b:
        ws3.cell(2, j_, b)
ws3.merge_cells("G1:J1")
ws3.merge_cells("K1:L1")
tp = tq = tr = 0
for i, j in enumerate(log, 3):
    if i == 3:
        ws3.cell(i, 1, 1)
    else:
        cached.formula(ws3, f"A{i}", f"=A{i - 1}+1", i - 2)
    vals = [roc(j["day"]), j["client"], j["contact"], j["phone"], j["work"], j["city"], j["district"], j["section"],
            j["lot"], j["quote"], j["reply"], j["surveyor"], j["sdate"], j["done"], j["total"], j["draw"], j["sign"], j["note"]]
    for c, v in enumerate(vals, 2):
        if v is not None:
            ws3.cell(i, c, v)
    tp += j["total"] or 0
    tq += j["draw"] or 0
    tr += j["sign"] or 0
end = len(log) + 2
cached.formula(ws3, f"P{end + 1}", f"=SUM(P3:P{end})", tp)
cached.formula(ws3, f"Q{end + 1}", f"=SUM(Q3:Q{end})", tq)
cached.formula(ws3, f"R{end + 1}", f"=SUM(R3:R{end})", tr)
for col, w in zip("BFKO", [10, 30.5, 16.5, 13.3]):
    ws3.column_dimensions[col].width = w

cached.save(wb, "cases-zh-tw-surveyrep.xlsx")
