"""
Shape of happykobe32-design/ipqc-web "data/客訴調查總表 2.xlsx" (at commit 537704e): a Taiwanese
semiconductor-equipment maker's customer complaint investigation workbook, kept in Excel (繁體), 12 sheets.
"2024年12月到現在" is the live log under an autofilter and a frozen header: 狀態 (結案 on most, 暫緩,
設計評估中, 持續追蹤, empty on a few) / 指派人員 (one or two engineers, '-' or empty) / 客訴編號 (CCyymmdd-nnn)
/ 專案序號 (project and serial in one cell, a line break or _x000D_ between) / 機型 / 客戶名稱 (one customer on
two rows in three) / 客訴單異常類別 / 調查真因類別 / 建立日期 / 問題描述 / 立即改善對策 (on one row in four) /
記錄人 / 備註 / 圖片 / 年, 月 (YEAR/MONTH formulas) / 部門 (typed, or an XLOOKUP into 機型-部門) / 模組 / 重要性
('1' as text on half); rows mostly by date with later ones inserted higher up, empty formatted rows below.
2024資料 is last year's log in another layout (客訴編號 / 專案 / 機型 as a long description / 客戶 / 異常分類 / 日期
/ 原因 / 年 / 月), newest first; its December complaints are in the live log too. Three hidden sheets are pivot-
source copies of parts of the live log (a notice and an empty row above, header on row 6 from column C);
機型-部門 is a model-to-department lookup, 分組 the assembly staff in groups A-E, and 指派人員, 結案狀況, 部門,
機型 and 2025統計 are pivot tables (2025統計 with GETPIVOTDATA formulas). Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("complaints-zh-tw-equipment")

MODELS = [("MINI V", "產品一部", 77), ("MINI IV", "產品一部", 87), ("200STK", "產品一部", 21), ("FR101", "產品一部", 3),
          ("FV501", "產品一部", 2), ("FR301", "產品一部", 4), ("S系列", "產品二部", 17), ("HAL", "產品二部", 6), ("EXD", "產品二部", 2),
          ("SMIF", "產品二部", 22), ("ET", "產品二部", 5), ("LPT", "產品二部", 6), ("EFEM", "產品二部", 10), ("VIP", "產品二部", 2),
          ("ELV", "產品二部", 2), ("SV", "產品二部", 3), ("SA", "產品二部", 18), ("SS", "產品二部", 5), ("SK", "產品二部", 3),
          ("SI", "產品二部", 2), ("Sorter", "產品二部", 3), ("EX", "產品二部", 2), ("SNE", "產品二部", 2), ("SN", "產品二部", 2),
          ("FE", "產品二部", 1)]
DEPT = {m: d for m, d, _ in MODELS}
MODEL_POOL = [m for m, _, w in MODELS for _ in range(w)]
LONG_MODEL = {"MINI V": ["Mini STK V型 帶N2 Purge 不帶S2 Model 3_STK", "STK300_H2-N22SNT(Model2)"],
              "MINI IV": ["Mini STK IV型 帶N2 Purge_STK", "STK300_H1-N12S(Model1)"],
              "200STK": ["200 mm 立式爐 STK200_K1SF (50~64號機)"], "SMIF": ["SMIF 8吋 Loadport"], "EFEM": ["8吋EFEM", "12吋EFEM"],
              "HAL": ["HAL300V-0812W (Repeat S023-0143)"], "SA": ["SAD101-R02650568S-Z300"]}
SUFFIX = {"MINI V": "STK300_H2", "MINI IV": "STK300_H1", "200STK": "STK200_K1", "SMIF": "SF1", "EFEM": "EF016", "HAL": "HAL",
          "SA": "SA", "S系列": "SS", "FR301": "FR", "ET": "ET"}
CUSTOMERS = [("北辰華創", 214), ("京和精密科技有限公司", 29), ("NAPTEK CORPORATION", 7), ("倍宏科技股份有限公司", 6),
             ("漢昇科技股份有限公司", 6), ("力成晶電股份有限公司", 5), ("台灣晶圓製造股份有限公司", 4), ("積展科技股份有限公司", 4),
             ("常昇新科技股份有限公司", 3), ("晶耀科技股份有限公司", 2), ("京三應用技術有限公司", 2), ("浩宇科技有限公司", 2),
             ("陽昇科技股份有限公司", 2), ("佳昕科技股份有限公司", 2), ("台塑晶矽科技股份有限公司", 2)]
CUSTOMER_POOL = [c for c, w in CUSTOMERS for _ in range(w)]
CATEGORIES = [("部品異常", 104), ("組裝異常", 84), ("真因不明", 33), ("外觀異常", 26), ("設計缺失(機構)", 13), ("非自責", 9),
              ("參數異常", 8), ("軟體Bug", 8), ("文件異常", 6), ("設計缺失(電氣)", 5)]
CAUSES = [("組裝異常", 116), ("部品異常", 88), ("外觀異常", 12), ("參數異常", 11), ("設計優化", 11), ("真因不明", 9), ("客戶異常", 8),
          ("文件異常", 6), ("非自責", 5), ("設計缺失(機構)", 5), ("軟體Bug", 4), ("機構/動作異常", 3), ("來料異常", 2),
          ("組裝異常\n設計異常", 1), ("\t\n部品異常", 1)]
CAT_POOL = [c for c, w in CATEGORIES for _ in range(w)]
CAUSE_POOL = [c for c, w in CAUSES for _ in range(w)]
ENGINEERS = [f.name_tw() for _ in range(6)]
PARTS = ["PLC與Devicenet通訊", "配電盤右側shelf Purge氣控閥", "Teach Pendant Enter按鍵", "Aligner", "LP2", "CW Sensor", "CCW Sensor",
         "上骨架shelf", "保護罩", "FIMS D口密封圈", "STOCKER螢幕下按鈕", "Shelf purge PN2氣管", "軍規接頭", "C口外方框架", "Robot手臂",
         "Loadport門板", "N2流量計", "光電開關", "急停按鈕", "觸控螢幕"]
SYMPTOMS = ["通訊異常，斷電重啟後故障解除", "與地腳干涉", "按鍵功能異常", "上電後發報 L axis alarm", "動作時發報Driver Alarm以及Over Deviation",
            "未能正確感應", "缺固定調整工件，缺3組", "破損異常，需進行更換", "漏裝", "線路位置接反", "鎖附螺母脫落", "接觸不良",
            "安裝尺寸與標準不符", "節拍測試fail，取放FOUP耗時過久", "外觀刮傷", "氣管缺失漏裝"]
ACTIONS = ["更換不需鎖固插入式的接頭", "更換部品", "立即更換備品", "修改綁線方式", "現場重新安裝", "重新調整Sensor位置", "調整參數後復歸",
           "寄出相關物料", "補鎖螺絲並點膠", "更新程式版本"]
REMARKS = ["更換接頭", "修改綁線方式", "廠內進行補料", "需求優化", "待RD改善TACK TIME", "推測為廠商焊點沒牢固", "T/P Enter按鈕接觸不良",
           "查看相關資料，安裝標準應為12mm 實際安裝與標準相符", "已回覆客戶", "追加出貨檢查項目"]


def project(model):
    year = f.pick(["020", "022", "023", "024"])
    n = f.r.randrange(10, 300)
    sep = f.pick(["\n", "\r\n", "\r\n"])
    return f"S{year}-{n:04d}{sep}S{year}{n:04d}{f.r.randrange(1, 20):03d}-{SUFFIX.get(model, model.replace(' ', ''))}"


def describe(customer):
    text = f"{f.pick(PARTS)}{f.pick(SYMPTOMS)}"
    if f.chance(0.15):
        text = f"客戶反映{text}"
    if f.chance(0.1):
        text = f"{f.date(datetime.date(2025, 1, 2), datetime.date(2025, 6, 30)).strftime('%Y%m%d')} {customer} 製造部 {text}"
    if f.chance(0.08):
        text = text[:40] + "..."
    return text


def date_seq(start, end, n):
    days = sorted(f.date(start, end) for _ in range(n))
    return days


def ids_for(days):
    out, seen = [], {}
    for d in days:
        k = d.strftime("%y%m%d")
        seen[k] = seen.get(k, 0) + 1
        out.append(f"CC{k}-{seen[k]:03d}")
    return out


def owner():
    r = f.r.random()
    if r < 0.45:
        return None
    if r < 0.53:
        return "-"
    if r < 0.57:
        return f.pick(ENGINEERS) + f.pick(["\n", " "]) + f.pick(ENGINEERS)
    return f.pick(ENGINEERS[:4] * 3 + ENGINEERS)


# -- the live log ----------------------------------------------------------------------------------
live_days = date_seq(datetime.date(2024, 12, 2), datetime.date(2025, 7, 21), 307)
live = []
for d, cid in zip(live_days, ids_for(live_days)):
    model = f.pick(MODEL_POOL)
    customer = f.pick(CUSTOMER_POOL)
    status = f.pick(["結案"] * 97 + ["暫緩"] * 2 + ["設計評估中", "持續追蹤"]) if f.chance(0.97) else None
    live.append({"status": status, "owner": owner(), "id": cid, "project": project(model), "model": model,
                 "customer": customer, "category": f.pick(CAT_POOL), "cause": f.pick(CAUSE_POOL) if f.chance(0.96) else None,
                 "date": datetime.datetime(d.year, d.month, d.day), "description": describe(customer),
                 "action": f.pick(ACTIONS) + f.pick(["", "", "_x000B_"]) if f.chance(0.26) else None,
                 "recorder": f.pick(ENGINEERS[:3]) if f.chance(0.07) else None,
                 "remark": f.pick(REMARKS) if f.chance(0.79) else None,
                 "module": f.pick([500, 500, 900, 800, 300, "NA"]) if f.chance(0.1) else None,
                 "importance": "1" if f.chance(0.54) else None})
# a few later complaints typed in higher up
order = list(range(len(live)))
for k in range(6):
    i = f.r.randrange(60, 300)
    order.insert(f.r.randrange(0, 50), order.pop(i))
live = [live[i] for i in order]
live[1]["project"] = int(f"20{f.r.randrange(10000, 99999)}")
live[-5]["description"] = None

# -- last year's log: its December complaints are in the live log too ---------------------------------
december = [c for c in live if c["date"].year == 2024][:37]
days_2024 = date_seq(datetime.date(2024, 1, 3), datetime.date(2024, 11, 30), 460 - len(december))
old = []
for d, cid in zip(days_2024, ids_for(days_2024)):
    model = f.pick(MODEL_POOL)
    customer = f.pick(CUSTOMER_POOL + ["台灣晶圓製造股份有限公司"] * 12 + ["京和精密科技有限公司"] * 20)
    old.append({"id": cid, "project": project(model), "model": model, "customer": customer,
                "category": f.pick(CAT_POOL + ["外包組裝問題"]), "date": datetime.datetime(d.year, d.month, d.day),
                "cause": describe(customer)})
for c in december:
    old.append({"id": c["id"], "project": c["project"], "model": c["model"], "customer": c["customer"], "category": c["category"],
                "date": c["date"], "cause": c["description"] or ""})
old.sort(key=lambda c: (c["date"], c["id"]), reverse=True)

# formula cells with the result they show, written into the file when it is saved
CACHED = CachedFormulas()
formula = CACHED.formula


wb = workbook()
ws = wb.active
ws.title = "2024年12月到現在"
HEADER = ["狀態", "指派人員", "客訴編號", "專案序號", "機型", "客戶名稱", "客訴單異常類別", "調查真因類別", "建立日期", "問題描述", "立即改善對策",
          "記錄人", "備註", "圖片", "年", "月", "部門", "模組", "重要性"]
ws.append(HEADER)
for cell in ws[1]:
    cell.font = Font(bold=True)
for i, c in enumerate(live):
    r = i + 2
    ws.append([c["status"], c["owner"], c["id"], c["project"], c["model"], c["customer"], c["category"], c["cause"], c["date"],
               c["description"], c["action"], c["recorder"], c["remark"], "2號線" if i == 200 else None])
    ws[f"I{r}"].number_format = "yyyy/m/d"
    if i < 282:
        formula(ws, f"O{r}", f"=YEAR(I{r})", c["date"].year)
        formula(ws, f"P{r}", f"=MONTH(I{r})", c["date"].month)
        if f.chance(0.3):
            formula(ws, f"Q{r}", f"=XLOOKUP(E{r},'機型-部門'!$A$1:$A$30,'機型-部門'!$B$1:$B$30)", DEPT[c["model"]])
        else:
            ws[f"Q{r}"] = DEPT[c["model"]] if f.chance(0.97) else "業務銷售"
    if c["module"] is not None:
        ws[f"R{r}"] = c["module"]
    if c["importance"]:
        ws[f"S{r}"] = c["importance"]
for r in range(len(live) + 2, 324):
    ws[f"I{r}"].number_format = "yyyy/m/d"
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:Q{len(live) + 1}"
for col, width in {"A": 9, "B": 9, "C": 14.3, "D": 12.7, "F": 12.7, "G": 16.6, "H": 14.7, "I": 17.3, "J": 39, "K": 31.9, "L": 14,
                   "M": 23.7, "N": 21.1, "O": 28.4, "P": 21.1, "Q": 12.1, "S": 9}.items():
    ws.column_dimensions[col].width = width

ws = wb.create_sheet("機型-部門")
ws.append(["機型", "部門"])
for m, d, _ in MODELS:
    ws.append([m, d])

ws = wb.create_sheet("分組")
for group in "ABCDE":
    ws.append([group, None])
    for _ in range(f.r.randrange(5, 10)):
        ws.append([f.name_tw(), group])

# -- pivot tables, as their values -------------------------------------------------------------------
subset = live[:221]
ws = wb.create_sheet("指派人員")
ws.append(["建立日期", "(全部)"])
ws.append([])
ws.append(["計數 - 指派人員", "調查真因類別"])
causes = sorted({c["cause"] or "(空白)" for c in subset})
ws.append(["指派人員"] + causes + ["總計"])
owners = []
for c in subset:
    o = c["owner"] or "(空白)"
    if o not in owners:
        owners.append(o)
totals = [0] * len(causes)
for o in owners:
    row = [sum(1 for c in subset if (c["owner"] or "(空白)") == o and (c["cause"] or "(空白)") == k) for k in causes]
    counted = row if o != "(空白)" else [0] * len(causes)
    totals = [a + b for a, b in zip(totals, counted)]
    ws.append([o] + [v or None for v in counted] + [sum(counted) or None])
ws.append(["總計"] + [v or None for v in totals] + [sum(totals)])

ws = wb.create_sheet("結案狀況")
ws.append(["建立日期", "(全部)"])
ws.append([])
ws.append(["狀態", "指派人員", "計數 - 客訴編號"])
for s in ["暫緩", "待調查", "設計評估中", "結案", "持續追蹤"]:
    of = [c for c in subset if (c["status"] or "待調查") == s]
    if not of:
        continue
    ws.append([s, None, len(of)])
    for o in owners:
        n = sum(1 for c in of if (c["owner"] or "(空白)") == o)
        if n:
            ws.append([None, o, n])
ws.append(["總計", None, len(subset)])

ws = wb.create_sheet("部門")
for _ in range(3):
    ws.append([])
ws.append(["計數 - 部門", "月"])
months = [1, 2, 3, 12]
ws.append(["部門"] + months + ["總計"])
sample = [c for c in live[:140] if c["date"].month in months]
grand = 0
for dept in ["業務銷售", "產品一部", "產品二部"]:
    row = [sum(1 for c in sample if DEPT[c["model"]] == dept and c["date"].month == m) if dept != "業務銷售" else f.pick([0, 1, 2])
           for m in months]
    grand += sum(row)
    ws.append([dept] + [v or None for v in row] + [sum(row)])
ws.append(["總計"] + [sum(1 for c in sample if c["date"].month == m) for m in months] + [grand])

ws = wb.create_sheet("機型")
ws.append([])
ws.append([])
ws.append(["計數 - 機型", "月"])
ws.append(["機型", 3, "總計"])
march = [c for c in live if c["date"].month == 3 and c["date"].year == 2025][:25]
for m in sorted({c["model"] for c in march}):
    n = sum(1 for c in march if c["model"] == m)
    ws.append([m, n, n])
ws.append(["總計", len(march), len(march)])

# -- hidden pivot-source copies of parts of the live log ------------------------------------------------
NOTICE = "為了插入您選取的樞紐分析表，我們必須使用單一標題列將您的資料組織成資料行。"


def source_copy(title, rows, with_model, models_aside):
    ws = wb.create_sheet(title)
    ws.sheet_state = "hidden"
    ws["B2"], ws["B3"] = "重要詳細資料", NOTICE
    head = ["狀態", "指派人員", "客訴編號", "專案序號"] + (["機型"] if with_model else []) + \
           ["客戶名稱", "客訴單異常類別", "調查真因類別", "建立日期", "問題描述", "立即改善對策", "記錄人", "備註",
            "欄位14" if with_model else "欄位13", "年", "月", "部門"] + (["機型2"] if with_model else [])
    for j, h in enumerate(head):
        ws.cell(6, 3 + j, h)
    for i, c in enumerate(rows):
        values = [c["status"], c["owner"], c["id"], c["project"]] + ([c["model"]] if with_model else []) + \
                 [c["customer"], c["category"], c["cause"], c["date"], c["description"], c["action"], c["recorder"], c["remark"], None,
                  c["date"].year if i < len(rows) - 30 else None, c["date"].month if i < len(rows) - 30 else None,
                  DEPT[c["model"]] if i < len(rows) - 30 else None] + ([c["model"]] if with_model else [])
        for j, v in enumerate(values):
            if v is not None:
                ws.cell(7 + i, 3 + j, v)
    if models_aside:
        for i, (m, _, _) in enumerate(MODELS):
            ws.cell(6 + i, 22, m)
    return ws


source_copy("工作表2", live[:132], False, True)
source_copy("工作表1", live[:132], True, False)
copy3 = live[:220] + [dict(live[219], id="\n" + ids_for([datetime.date(2025, 5, 26)])[0])]
source_copy("工作表3", copy3, True, False)

ws = wb.create_sheet("2025統計")
ws.append([])
ws.append(["列標籤", "計數 - 客訴編號", None, "列標籤", "計數 - 客訴編號", "下降率\u00a0(%)"])
by_month_2024 = [sum(1 for c in old if c["date"].year == 2024 and c["date"].month == m) for m in range(1, 13)]
by_month_2025 = [sum(1 for c in live if c["date"].year == 2025 and c["date"].month == m) for m in range(1, 7)]
ws.append([2024, len(old), None, 2025, sum(by_month_2025)])
for m in range(1, 13):
    r = m + 3
    ws[f"A{r}"], ws[f"B{r}"] = m, by_month_2024[m - 1]
    if m <= 6:
        ws[f"D{r}"], ws[f"E{r}"] = m if m < 6 else "總計", by_month_2025[m - 1] if m < 6 else sum(by_month_2025)
        formula(ws, f"F{r}", f'=(GETPIVOTDATA("客訴編號",$A$2,"年",2024,"月",{m})-GETPIVOTDATA("客訴編號",$D$2,"年",2025,"月",{m}))'
                             f'/GETPIVOTDATA("客訴編號",$A$2)',
                round((by_month_2024[m - 1] - (by_month_2025[m - 1] if m < 6 else sum(by_month_2025))) / len(old), 6))
ws["A16"], ws["B16"] = "總計", len(old)

ws = wb.create_sheet("2024資料")
ws.append(["客訴編號", "專案", "機型", "客戶", "異常分類", "日期", "原因", "年", "月"])
for i, c in enumerate(old):
    r = i + 2
    long_model = f.pick(LONG_MODEL.get(c["model"], [c["model"]]))
    ws.append([c["id"], c["project"], long_model, c["customer"], c["category"], c["date"], c["cause"]])
    ws[f"F{r}"].number_format = "yyyy/m/d"
    formula(ws, f"H{r}", f"=YEAR(F{r})", c["date"].year)
    formula(ws, f"I{r}", f"=MONTH(F{r})", c["date"].month)

# -- save, with the results Excel cached in the formula cells ------------------------------------------
CACHED.save(wb, "complaints-zh-tw-equipment.xlsx")
