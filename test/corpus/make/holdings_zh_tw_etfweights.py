"""
Shape of a Taiwanese ETF-holdings export as ChiangYen-Wen/1126 keeps it ("活頁簿1.xlsx", commit
0450f7c919bc6a186739b81b1b2b777a14509a11): a market-data add-in's sheet ("ETF持股明細表", one day) pasted
into a fresh workbook to work out selling pressure.

- One sheet "工作表1", four columns. Rows 1-3 are the add-in's query settings: "格式：一般排行///文字///日期/是///否"
  and a long "表格欄位/代號種類^=^S^;^…" string, "基準日:最近一日" / "資料日期/", "更新標題:是" / "參考標題" /
  "20241126標的代號" / "20241126權重(%)"; row 4 blank.
- Row 5 the header 股票代號 / 股票名稱 / 20241126標的代號 / 20241126權重(%); from row 6 one row per holding of
  each ETF: the ETF's code (text cells, "@"), its name, the constituent's code (a number for listed shares,
  text for cash, margin and futures lines such as C_NTD, M_NTD, 202412TX, "600096 CH"), its weight in
  per cent (blank for cash and margin lines). The original lists 61 ETFs in 3,577 rows; here 12 ETFs in
  about 300 rows.
Values invented: ETF codes and names, constituent codes and weights.
"""
from fake import Fake, workbook, save

f = Fake("holdings-zh-tw-etfweights")
wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws["A1"] = "格式：一般排行///文字///日期/是///否"
ws["B1"] = ("表格欄位/代號種類^=^S^;^週期編號^=^D^;^AllCMenuIDs^=^M722,M722^;^是否轉置^=^False^;^檢視方式^=^2^;^"
            "AllFields^=^標的代號,權重(%)^;^MainTable^=^^;^ListType^=^^;^SelectDate^=^TOP 1|TOP 1^;^SelectCMenuID^=^M722|^;^"
            "SelectDate種類^=^1|1^;^AllFieldsNO^=^,^;^自訂欄位公式^=^|^;^多期數值處理方式^=^1|1^;^欄位顯示狀態^=^1|1^;^表格類型^=^")
ws["C1"] = "ETF持股明細表.標的代號/每一期/最近/1/遞增/日//"
ws["D1"] = "ETF持股明細表.權重(%)/每一期/最近/1/遞增/日//"
ws["A2"] = "基準日:最近一日"
ws["B2"] = "資料日期/"
ws["A3"] = "更新標題:是"
ws["B3"] = "參考標題"
ws["C3"] = "20241126標的代號"
ws["D3"] = "20241126權重(%)"
for c in ("A1", "A2", "A3"):
    ws[c].number_format = "@"
header = ["股票代號", "股票名稱", "20241126標的代號", "20241126權重(%)"]
for j, h in enumerate(header):
    ws.cell(5, j + 1, h)
ws["A5"].number_format = "@"

ISSUERS = ["元泰", "富華", "國鼎", "群信", "永昌", "中宏", "復匯", "凱安"]
THEMES = [("臺灣50", 40, ""), ("中型100", 35, ""), ("科技", 30, ""), ("高股息", 30, ""), ("ESG永續", 28, ""),
          ("半導體", 30, ""), ("臺灣50正2", 4, "L"), ("臺灣50反1", 3, "R"), ("5G通訊", 25, ""), ("電動車", 25, ""),
          ("滬深300", 30, ""), ("投等債", 20, "B")]
row = 6
codes = set()
for theme, n, suffix in THEMES:
    while True:
        code = "00" + str(f.r.randrange(600, 990)) + suffix
        if code not in codes:
            codes.add(code)
            break
    name = f.pick(ISSUERS) + theme
    lines = []
    if suffix in ("L", "R"):
        lines = [("202412TX", round(f.r.uniform(40, 120), 2)), ("202412MTX", round(f.r.uniform(1, 9), 2)),
                 ("RP_NTD", round(f.r.uniform(5, 30), 2)), ("C_NTD", None), ("M_NTD", None), ("PFUR_NTD", None)]
        lines = lines[:n + 2]
    else:
        picked = sorted(f.r.sample(range(1101, 9958), n))
        weights = [f.r.uniform(0.3, 3) for _ in picked]
        weights[f.r.randrange(len(weights))] *= 8
        total = sum(weights)
        for c, w in zip(picked, weights):
            if theme == "滬深300":
                lines.append((f"60{f.r.randrange(1000, 3999)} CH", round(w / total * 97, 2)))
            elif suffix == "B":
                lines.append((f"A{f.r.randrange(10000, 99999)}", round(w / total * 97, 2)))
            else:
                lines.append((c, round(w / total * 97, 2)))
        if f.chance(0.5):
            lines.append(("202412TE", round(f.r.uniform(0.5, 2), 2)))
        lines += [("C_NTD", None), ("M_NTD", None)]
        if theme == "滬深300":
            lines += [("C_CNH", None), ("C_USD", None)]
    for code2, w in lines:
        ws.cell(row, 1, code).number_format = "@"
        ws.cell(row, 2, name)
        ws.cell(row, 3, code2)
        if w is not None:
            ws.cell(row, 4, w)
        row += 1
ws.column_dimensions["A"].width = 9
ws.column_dimensions["B"].width = 13
save(wb, "holdings-zh-tw-etfweights.xlsx")
