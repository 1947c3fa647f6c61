"""
Shape of a hospital radiology team's device and reimbursement workbook as chianghf99/Radiology_Hub keeps it
("醫材與健保設定資料.xlsx", commit d17f4ab6914d3f8359fba36986d393cf9a966758): settings behind a small web tool.

- "醫材清單": 類別 / 品名 / 代碼 / 自費單價 / 預設數量, 29 devices grouped by category with the NHI rule code in
  brackets ("Coil (I203-2)", "Stent (I203-7)" …), codes as text, self-pay prices in NT$, default quantity 0.
- "廠商聯絡人": 廠商品項 / 聯絡人, eight suppliers (product line or "中文名 (Brand)") and their sales rep, written
  loosely: "唐某某 Riley", "張某某 或 簡某某 James", an English name alone, "台北找 Vivian".
- "健保給付規定": ID / 按鈕標題 / 條文名稱 / 生效日期 / 給付規定內容 / 來源文件 / 更新日期 / 官方連結, six NHI rules
  with "生效區間：2021-05-01 ～ 2910-12-31", long multi-line texts, 更新日期 an ROC date "115-02-24".
- "處置代碼給付規定": the same columns for 13 procedure codes, "支付點數：28,591 點", 更新日期 as ROC year-month
  "115-05", the official link.
Values invented: device names, codes and prices, supplier names and reps, rule texts and points.
"""
from fake import Fake, workbook, save

f = Fake("prices-zh-tw-radiologysupplies")
wb = workbook()
ws = wb.active
ws.title = "醫材清單"
ws.append(["類別", "品名", "代碼", "自費單價", "預設數量"])
CATS = [("Coil (I203-2)", 7, 19000), ("Stent (I203-7)", 5, 112800), ("Intracranial stent (I203-20)", 3, 98000),
        ("Flow diverter (I203-15)", 3, 350000), ("Carotid stent (A220-1)", 4, 68000), ("Peripheral stent (A220-9)", 4, 45000),
        ("Balloon", 3, 12000)]
WORDS = ["Nova", "Helix", "Orbit", "Strata", "Vela", "Arc", "Lumen", "Crest", "Zephyr", "Pilot", "Astra", "Flex", "Aero",
         "Quill", "Sable", "Tern", "Vireo", "Ember", "Cove", "Drift"]
for cat, n, base in CATS:
    for _ in range(n):
        name = f"{f.pick(WORDS)} {f.pick(['', 'II', 'mini', 'XL', 'Plus', 'SR'])}".strip()
        code = str(f.r.randrange(53000, 5349999))
        price = 0 if f.chance(0.08) else int(base * f.r.uniform(0.9, 1.12) / 10) * 10
        ws.append([cat, name, code, price, 0])

v = wb.create_sheet("廠商聯絡人")
v.append(["廠商品項", "聯絡人"])
NICK = ["Riley", "James", "Claire", "Anson", "Kevin", "Vivian", "Ivy", "Leo"]
items = ["Orbit coronary stent", "Strata covered stent", "Helix PTA Balloon", "Vela sheath", "博森 (Nova)", "喬宏 (Crest)",
         "銀朗 (Astra)", "六和 (Zephyr)"]
for i, item in enumerate(items):
    nick = NICK[i]
    form = i % 4
    if form == 0:
        who = f"{f.name_tw()} {nick}"
    elif form == 1:
        who = f"{f.name_tw()} 或 {f.name_tw()} {nick}"
    elif form == 2:
        who = nick if i != 6 else f"{nick} {f.name_tw()}"
    else:
        who = f"台北找 {nick}" if i == 7 else f.name_tw()
    v.append([item, who])

HEAD = ["ID", "按鈕標題", "條文名稱", "生效日期", "給付規定內容", "來源文件", "更新日期", "官方連結"]
r1 = wb.create_sheet("健保給付規定")
r1.append(HEAD)
RULES = [("I203-2", "白金纖維環COIL", "2021-05-01"), ("I203-7", "血管栓塞輔助支架及傳輸裝置", "2014-10-01"),
         ("I203-20", "顱內支架系統", "2024-03-01"), ("I203-15", "分流支架栓塞裝置", "2018-03-01"),
         ("A220-1", "頸動脈支架CAROTID STENT", "2023-01-01"), ("A220-9", "周邊血管支架(自膨式支架含人工血管)", "2017-07-01")]
for rid, name, start in RULES:
    text = (f"本項特材須事前審查，審查原則如下：\n一、執行醫師資格：限相關專科醫師執行。\n二、每次限用{f.r.randrange(1, 4)}支。\n"
            f"三、需檢附影像資料佐證。")
    r1.append([rid, f"{rid}｜{name}｜{start} ~ 2910-12-31", name, f"生效區間：{start} ～ 2910-12-31", text,
               "全民健康保險特殊材料給付規定（11503.ods）", "115-02-24",
               "https://www.nhi.gov.tw/ch/cp-11366-1966b-3410-1.html"])
r2 = wb.create_sheet("處置代碼給付規定")
r2.append(HEAD)
PROCS = ["血管阻塞術-Lipiodol", "血管阻塞術 T.A.E.", "急性缺血性腦中風機械取栓術", "單純性血管整形術 PTA-Simple",
         "複雜性血管整形術 PTA-Complex", "急性缺血性腦中風處置費", "自行收治腦中風病人獎勵", "腦中風個案管理費",
         "單純性周邊血管支架置放術", "複雜性周邊血管支架置放術", "單側總頸/內外頸動脈造影", "四肢血管造影", "鎖骨下血管造影"]
for i, name in enumerate(PROCS):
    code = f"{f.pick(['33', '47', '83'])}{f.r.randrange(100, 199)}B" if i not in (6, 7) else f"P82{f.r.randrange(10, 99)}B"
    pts = f.r.randrange(30, 450) * 100 + f.r.randrange(0, 99)
    pts_txt = f"{pts:,} 點"
    src = "全民健康保險醫療服務給付項目及支付標準" if i not in (6, 7) else "全民健康保險區域聯防-提升急重症照護品質計畫"
    r2.append([code, f"{code}｜{name} ({pts}點)", f"{code} {name}", ("支付點數：" if i != 10 else "") + pts_txt,
               f"{name}\n\n1. 支付規範：\n(1) 應有血管造影設備並報經保險人同意後實施。\n(2) 不得同時申報其他造影項目。",
               src, "115-05", "https://www.nhi.gov.tw/ch/lp-3778-1.html"])
save(wb, "prices-zh-tw-radiologysupplies.xlsx")
