"""
Shape of mic-tu/108-2_Big_Data_Marketing 客戶資料.xlsx, a marketing class's customer-analytics
workbook (繁體 and English headers): 客戶資料檔 (customer ids, gender, age, zip, area, first and
last purchase dates as m/d/yy dates, RFM-style measures, two STANDARDIZE formula columns, and —
after three empty columns — a separate list of customer ids under its own 客戶ID header),
工作表3 (a cluster × product-group summary of COUNTIFS formulas under a merged 商品分群 title),
8×11群 (a 0/1 matrix of customers × product groups with numbered rows above the header),
產品資料檔 (a product catalogue), 交易明細 (a transaction log with one stray date far right) and
交易編號檔 (transactions by number). No names. Written by openpyxl, then re-saved by LibreOffice so
the formulas carry computed values. Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("analytics-zh-tw-rfm")
wb = workbook()
ws = wb.active
ws.title = "客戶資料檔"
header = ["客戶ID", "Gender", "Age", "Zipcode", "Area", "首次購買日期", "最近一次購買日期", "距離上次購買天數", "近兩年購買次數",
          "平均購買間隔天數", "加權平均購買期間(WMLE)", "顧客活躍性指標(CAI)", "平均購買金額", "平均天數標準化", "平均金額標準化"]
ws.append(header)
N = 60
ids = f.r.sample(range(10, 1400), N)
end = datetime.date(2007, 12, 31)
for i, cid in enumerate(ids):
    r = i + 2
    first = f.date(datetime.date(2006, 1, 1), datetime.date(2006, 3, 1))
    last = f.date(datetime.date(2007, 9, 1), end)
    times = f.r.randrange(10, 75)
    ws.append([cid, f.pick(["男", "女"]), f.r.randrange(22, 66), f.r.randrange(100, 990), f.pick(["北區", "南區", "東區", "中區"]),
               datetime.datetime.combine(first, datetime.time()), datetime.datetime.combine(last, datetime.time()),
               (end - last).days, times, round((last - first).days / times, 6), round(f.r.uniform(8, 80), 6),
               round(f.r.uniform(-0.2, 0.3), 6), round(f.r.uniform(300, 5200), 4),
               f"=STANDARDIZE(J{r},AVERAGE($J$2:$J${N + 1}),STDEV(J$2:J${N + 1}))",
               f"=STANDARDIZE(M{r},AVERAGE($M$2:$M${N + 1}),STDEV(M$2:M${N + 1}))"])
    ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "m/d/yy"
    for c in (10, 11, 12, 13):
        ws.cell(r, c).number_format = "0.00"
ws["F1"].number_format = ws["G1"].number_format = "mm-dd-yy"
ws["L1"].number_format = "0.000%"
ws.merge_cells("P1:P2")
ws.merge_cells("Q1:Q2")
ws.merge_cells("R1:R2")
ws["S1"] = "客戶ID"
for k, cid in enumerate(f.r.sample(range(1000, 8000), 75)):
    ws.cell(2 + k, 19, cid)

pivot = wb.create_sheet("工作表3")
pivot["C1"] = "商品分群"
pivot.merge_cells("C1:M1")
pivot.merge_cells("A1:B1")
pivot.append(["客戶分群", "樣本數"] + list(range(1, 12)))
for k, group in enumerate("ABCDEFGH"):
    r = 3 + k
    pivot.cell(r, 1, group)
    pivot.cell(r, 2, f"=COUNTIF('8×11群'!$B:$B,$A{r})")
    for g in range(11):
        col = chr(ord("C") + g)
        pivot.cell(r, 3 + g, f"=IF($B{r}=0,0,COUNTIFS('8×11群'!$B:$B,$A{r},'8×11群'!{col}:{col},1)/$B{r})").number_format = "0.00%"

matrix = wb.create_sheet("8×11群")
groups = ["一般電池", "DVD燒錄片", "DVD光碟機", "網路線材", "鹼性電池", "EPSON墨水", "其他費用", "延長線", "USB 儲存碟", "筆記型電腦",
          "會員贈品", "記憶卡", "鍵盤", "HP墨水", "線材"]
for g in range(len(groups)):
    matrix.cell(1, 16 + g, g + 1)
    matrix.cell(2, 16 + g, f.r.randrange(1, 12))
matrix.append(["客戶ID", "8Type"] + list(range(1, 12)) + [None, None] + groups)
for k, cid in enumerate(ids[:48]):
    r = 4 + k
    matrix.cell(r, 1, cid)
    matrix.cell(r, 2, "ABCDEFGH"[k % 8])
    for c in range(3, 14):
        matrix.cell(r, c, f.pick([0, 1]))
    matrix.cell(r, 15, cid).number_format = "0_ "
    for g in range(len(groups)):
        matrix.cell(r, 16 + g, f.pick([0, 0, 1]))

catalogue = wb.create_sheet("產品資料檔")
catalogue.append(["Product_ID", "Product", "Category_ID", "Category"])
KINDS = [(40301, "一般電池", ["國際黑{}號池"]), (40302, "鹼性電池", ["勁量鹼性電池{}號2入", "金頂鹼性電池{}號4入"]),
         (40501, "記憶卡", ["SD記憶卡 {}GB", "microSD {}GB"]), (40601, "線材", ["HDMI線 {}M", "USB延長線 {}M"])]
pid = 2760
for k in range(120):
    cat_id, cat, names = KINDS[k % len(KINDS)]
    pid += f.r.randrange(1, 9)
    catalogue.append([pid, f.pick(names).format(f.pick([1, 2, 3, 4, 8, 16, 32])), cat_id, cat])

tx = wb.create_sheet("交易明細")
tx.append(["交易編號", "Date", "ID", "Product_ID", "Quantity", "Amount"])
tx["L1"] = datetime.datetime(2008, 1, 1)
tx["L1"].number_format = "m/d/yy"
no = 80
for k in range(300):
    no += f.r.randrange(0, 3)
    q = f.pick([1, 1, 1, 2, 3])
    tx.append([no, datetime.datetime(2006, 1, 1) + datetime.timedelta(days=k // 2), f.pick(ids), 2760 + f.r.randrange(0, 900), q,
               q * f.pick([45, 90, 99, 138, 599, 1990, 2499])])
    tx.cell(tx.max_row, 2).number_format = "m/d/yy"
    tx.cell(tx.max_row, 3).number_format = "0_ "

byno = wb.create_sheet("交易編號檔")
byno.append(["交易編號", "交易日期", "ID", "Amount"])
for k in range(200):
    byno.append([f.r.randrange(30000, 90000), datetime.datetime(2006, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 720)),
                 f.pick(ids), f.pick([69, 138, 398, 418, 599, 2300])])
    byno.cell(byno.max_row, 2).number_format = "m/d/yy"

# LibreOffice computes the formulas and writes their values, as Excel would have.
save(wb, "analytics-zh-tw-rfm.xlsx", libreoffice="xlsx")
