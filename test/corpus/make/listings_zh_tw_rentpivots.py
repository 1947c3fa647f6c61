"""
Shape of a student's rental-listing analysis workbook, as Yi-ShuanLi/591Rent keeps it ("活頁簿1.xlsx", commit
979e2d5288521ee44b867abdc03b90c25bc51c95): a made-up CSV of Taipei rooms and flats read into Excel, then pivot
tables and lookup formulas answering exercise questions.

- "CSV假資料 (3)": the listings as an Excel table (TableStyleMedium7, panes frozen under the header): 96 rows,
  English headers LocationCity / LocationDistrict / Type / Rent / Rooms / Bathrooms / IsNearMRT / … / HasBalcony,
  TRUE/FALSE cells, and a computed column 是否齊全設備 (a structured-reference formula with a typo, COUTIF,
  cached as #NAME?).
- "工作表6", "工作表9", "工作表10", "工作表2": pivot tables from row 3 (平均值 - Rent or 計數 - HasParking by district
  down and a TRUE/FALSE field across, 列標籤 / 欄標籤 / 總計) with formula columns beside some (dif, DIFF-…) and
  a second small pivot at the side.
- "工作表7": a count of complete-equipment listings by district and floor class with a share formula
  (VLOOKUP into a side pivot of counts by district).
- "各行政區平均值": the average rent per district and 1.5 times it.
- "Q10": counts of listings above 1.5 times their district's average, and of those with balcony, parking and
  lift, with IFERROR(VLOOKUP) and a ratio.
- "工作表1": average and standard deviation of rent per district with mean + 2 SD, and every listing's rent by
  district at the side flagged V when above it.
- "工作表4": the listings again as a plain range with five formula columns (是否齊全設備, 樓層類別, 擁有陽台、車位、電梯,
  是否大於1.5, 10. 高價房源特徵分析).
Values invented: every listing (district, type, rent, size, floors, equipment); the pivots are recomputed
from them and every formula carries its computed result.
"""
import statistics

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import CachedFormulas, Fake, workbook

f = Fake("listings-zh-tw-rentpivots")
DISTRICTS = ["士林區", "大同區", "大安區", "中山區", "中正區", "內湖區", "文山區", "北投區", "松山區", "信義區", "南港區", "萬華區"]
TYPES = [("獨立套房", 1, 1), ("整層住家", 2, 1), ("分租套房", 1, 1), ("雅房", 1, 0)]
HEAD = ["LocationCity", "LocationDistrict", "Type", "Rent", "Rooms", "Bathrooms", "IsNearMRT", "IsNewlyListed",
        "AllowsPets", "ShortTermRent", "BuildingType", "SizePing", "Floor", "TotalFloors", "HasAC", "HasWasher",
        "HasFridge", "HasWaterHeater", "HasGas", "HasInternet", "HasBed", "HasParking", "HasElevator", "HasBalcony"]
BASE = {"大安區": 17000, "信義區": 30000, "內湖區": 22000, "中正區": 15000, "中山區": 12000, "萬華區": 14000}

listings = []
order = [d for d in DISTRICTS for _ in range(8)]
f.r.shuffle(order)
for d in order:
    t, rooms, baths = f.pick(TYPES)
    base = BASE.get(d, 9000)
    if t == "整層住家":
        rooms = f.r.choice([2, 2, 3, 3, 4])
        baths = f.r.choice([1, 2, 2])
        rent = int(base * f.r.uniform(1.6, 3.2) / 100) * 100
        size = round(f.r.uniform(18, 40), 1)
    elif t == "雅房":
        rent = int(f.r.uniform(4200, 7500) / 100) * 100
        size = round(f.r.uniform(3.5, 6), 1)
    else:
        rent = int(base * f.r.uniform(0.45, 1.1) / 100) * 100
        size = round(f.r.uniform(5, 12), 1)
    building = f.pick(["電梯大樓", "電梯大樓", "公寓", "透天厝"])
    total = f.r.randrange(4, 6) if building == "公寓" else (f.r.randrange(3, 5) if building == "透天厝" else f.r.randrange(7, 22))
    floor = f.r.randrange(1, total + 1)
    b = lambda p: f.chance(p)
    listings.append(["台北市", d, t, rent, rooms, baths, b(0.7), b(0.3), b(0.35), b(0.25), building, size, floor, total,
                     b(0.92), b(0.6), b(0.75), b(0.95), b(0.6), b(0.8), b(0.65), b(0.25), building == "電梯大樓",
                     b(0.45)])

avg = {d: statistics.mean(r[3] for r in listings if r[1] == d) for d in DISTRICTS}
sd = {d: statistics.stdev([r[3] for r in listings if r[1] == d]) for d in DISTRICTS}
total_avg = statistics.mean(r[3] for r in listings)


def complete(r):
    return all(r[14:18]) and r[19]


def floor_class(r):
    return "1-3層" if r[12] < 4 else ("4-8層" if r[12] < 9 else "9層以上")


def extras(r):
    return all(r[21:24])


def high(r):
    return r[3] >= avg[r[1]] * 1.5


cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "CSV假資料 (3)"
for c, h in enumerate(HEAD + ["是否齊全設備"], 1):
    ws.cell(1, c, h)
for i, r in enumerate(listings, 2):
    for c, v in enumerate(r, 1):
        ws.cell(i, c, v)
    cf.formula(ws, f"Y{i}", '=IF((COUNTIF(CSV假資料__3[[#This Row],[HasAC]:[HasWaterHeater]],"FALSE")+'
               'COUTIF(CSV假資料__3[[#This Row],[HasInternet]],"FALSE"))=0,TRUE,FALSE)', "#NAME?")
table = Table(displayName="CSV假資料__3", ref=f"A1:Y{len(listings) + 1}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium7", showRowStripes=True)
ws.add_table(table)
ws.freeze_panes = "A2"


def pivot_avg(title, field, extra=None, sort_by=None):
    ws = wb.create_sheet(title)
    ws["A3"], ws["B3"] = "平均值 - Rent", "欄標籤"
    head = ["列標籤", "FALSE", "TRUE", "總計"] + (extra or [])
    for c, h in enumerate(head, 1):
        ws.cell(4, c, h)
    ds = list(DISTRICTS)
    cells = {}
    for d in ds:
        vals = {k: [r[3] for r in listings if r[1] == d and r[field] == k] for k in (False, True)}
        cells[d] = [statistics.mean(vals[False]) if vals[False] else None, statistics.mean(vals[True]) if vals[True] else None, avg[d]]
    if sort_by:
        ds.sort(key=lambda d: -abs((cells[d][1] or 0) - (cells[d][0] or 0)))
    for i, d in enumerate(ds, 5):
        ws.cell(i, 1, d)
        for c, v in enumerate(cells[d], 2):
            if v is not None:
                ws.cell(i, c, v)
        a, t, tot = cells[d]
        if extra == ["dif"]:
            cf.formula(ws, f"E{i}", f"=ABS(C{i}-B{i})", abs((t or 0) - (a or 0)))
        elif extra:
            cf.formula(ws, f"E{i}", f"=(B{i}-$D{i})/$D{i}", ((a or 0) - tot) / tot)
            cf.formula(ws, f"F{i}", f"=(C{i}-$D{i})/$D{i}", ((t or 0) - tot) / tot)
    last = 5 + len(ds)
    ws.cell(last, 1, "總計")
    for c, k in ((2, False), (3, True)):
        ws.cell(last, c, statistics.mean(r[3] for r in listings if r[field] == k))
    ws.cell(last, 4, total_avg)
    return ws


pivot_avg("工作表6", 6)
ws7 = wb.create_sheet("工作表7")
ws7["A3"] = "計數 - 是否齊全設備"
for c, h in zip("ABCGH", ["LocationDistrict", "樓層類別", "合計", "列標籤", "計數 - 是否齊全設備"]):
    ws7[f"{c}4"] = h
row = 5
for d in DISTRICTS:
    n_d = sum(1 for r in listings if r[1] == d)
    for fc in ["1-3層", "4-8層", "9層以上"]:
        n = sum(1 for r in listings if r[1] == d and floor_class(r) == fc)
        if n:
            ws7.cell(row, 1, d)
            ws7.cell(row, 2, fc)
            ws7.cell(row, 3, n)
            cf.formula(ws7, f"D{row}", f"=C{row}/VLOOKUP(A{row},$G:$H,2,0)", n / n_d)
            row += 1
ws7.cell(row, 1, "總計")
ws7.cell(row, 3, len(listings))
for i, d in enumerate(DISTRICTS, 5):
    ws7.cell(i, 7, d)
    ws7.cell(i, 8, sum(1 for r in listings if r[1] == d))
ws7.cell(5 + len(DISTRICTS), 7, "總計")
ws7.cell(5 + len(DISTRICTS), 8, len(listings))

pivot_avg("工作表9", 8, ["dif"], sort_by=True)
ws10 = pivot_avg("工作表10", 7, ["DIFF-FALSE", "DIFF-TRUE"])
ws10["H5"], ws10["I5"] = "列標籤", "平均值 - Rent"
for i, d in enumerate(DISTRICTS, 6):
    ws10.cell(i, 8, d)
    ws10.cell(i, 9, avg[d])
ws10.cell(6 + len(DISTRICTS), 8, "總計")
ws10.cell(6 + len(DISTRICTS), 9, total_avg)

wa = wb.create_sheet("各行政區平均值")
wa["A3"], wa["B3"], wa["C3"] = "列標籤", "平均值 - Rent", "平均值的1.5倍"
num = '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-'
for i, d in enumerate(DISTRICTS, 4):
    wa.cell(i, 1, d)
    wa.cell(i, 2, avg[d]).number_format = num
    cf.formula(wa, f"C{i}", f"=B{i}*1.5", avg[d] * 1.5)
    wa[f"C{i}"].number_format = num
wa.cell(4 + len(DISTRICTS), 1, "總計")
wa.cell(4 + len(DISTRICTS), 2, total_avg).number_format = num

q = wb.create_sheet("Q10")
q["A2"], q["B2"], q["F2"], q["G2"] = "是否大於1.5", "TRUE", "10. 高價房源特徵分析", "TRUE"
q["A4"], q["B4"], q["F4"], q["G4"] = "列標籤", "計數 - 是否大於1.5", "列標籤", "計數 - 10. 高價房源特徵分析"
hi = [d for d in DISTRICTS if any(high(r) for r in listings if r[1] == d)]
both = {d: sum(1 for r in listings if r[1] == d and high(r) and extras(r)) for d in DISTRICTS}
both_d = [d for d in DISTRICTS if both[d]]
for i, d in enumerate(hi, 5):
    n = sum(1 for r in listings if r[1] == d and high(r))
    q.cell(i, 1, d)
    q.cell(i, 2, n)
    cf.formula(q, f"C{i}", f"=IFERROR(VLOOKUP($A{i},$F:$G,2,0),0)", both[d])
    cf.formula(q, f"D{i}", f"=C{i}/B{i}", both[d] / n)
q.cell(5 + len(hi), 1, "總計")
q.cell(5 + len(hi), 2, sum(1 for r in listings if high(r)))
for i, d in enumerate(both_d, 5):
    q.cell(i, 6, d)
    q.cell(i, 7, both[d])
q.cell(5 + len(both_d), 6, "總計")
q.cell(5 + len(both_d), 7, sum(both.values()))

w1 = wb.create_sheet("工作表1")
w1["A3"], w1["B3"], w1["C3"] = "列標籤", "平均值 - Rent", "標準差 - Rent2"
w1["H2"], w1["I2"] = "列標籤", "Rent"
for i, d in enumerate(DISTRICTS, 4):
    w1.cell(i, 1, d)
    w1.cell(i, 2, avg[d])
    w1.cell(i, 3, sd[d])
    cf.formula(w1, f"D{i}", f"=B{i}+C{i}*2", avg[d] + 2 * sd[d])
    w1[f"D{i}"].number_format = num
w1.cell(4 + len(DISTRICTS), 1, "總計")
w1.cell(4 + len(DISTRICTS), 2, total_avg)
w1.cell(4 + len(DISTRICTS), 3, statistics.stdev(r[3] for r in listings))
row = 3
for d in DISTRICTS:
    for rent in sorted(r[3] for r in listings if r[1] == d):
        w1.cell(row, 8, d)
        w1.cell(row, 9, rent)
        cf.formula(w1, f"J{row}", f'=IF(I{row}>=VLOOKUP(H{row},$A:$D,4,0),"V","")', "V" if rent >= avg[d] + 2 * sd[d] else "")
        row += 1
w1.cell(row, 8, "總計")
cf.formula(w1, f"J{row}", f'=IF(I{row}>=VLOOKUP(H{row},$A:$D,4,0),"V","")', "V")

w2 = wb.create_sheet("工作表2")
w2["A3"], w2["B3"] = "計數 - HasParking", "欄標籤"
for c, h in enumerate(["列標籤", "FALSE", "TRUE", "總計"], 1):
    w2.cell(4, c, h)
for i, d in enumerate(DISTRICTS, 5):
    a = sum(1 for r in listings if r[1] == d and not r[21])
    t = sum(1 for r in listings if r[1] == d and r[21])
    w2.cell(i, 1, d)
    if a:
        w2.cell(i, 2, a)
    if t:
        w2.cell(i, 3, t)
    w2.cell(i, 4, a + t)
w2.cell(5 + len(DISTRICTS), 1, "總計")
w2.cell(5 + len(DISTRICTS), 2, sum(1 for r in listings if not r[21]))
w2.cell(5 + len(DISTRICTS), 3, sum(1 for r in listings if r[21]))
w2.cell(5 + len(DISTRICTS), 4, len(listings))

w4 = wb.create_sheet("工作表4")
for c, h in enumerate(HEAD + ["是否齊全設備", "樓層類別", "擁有陽台、車位、電梯", "是否大於1.5", "10. 高價房源特徵分析"], 1):
    w4.cell(1, c, h)
for i, r in enumerate(listings, 2):
    for c, v in enumerate(r, 1):
        w4.cell(i, c, v)
    cf.formula(w4, f"Y{i}", f'=IF((COUNTIF($O{i}:$R{i},"FALSE")+COUNTIF($T{i},"FALSE"))=0,TRUE,FALSE)', int(complete(r)))
    cf.formula(w4, f"Z{i}", f'=IF($M{i}<4,"1-3層",IF($M{i}<9,"4-8層","9層以上"))', floor_class(r))
    cf.formula(w4, f"AA{i}", f"=IF(COUNTIF($V{i}:$X{i},FALSE)=0,TRUE,FALSE)", int(extras(r)))
    cf.formula(w4, f"AB{i}", f"=IF($D{i}>=VLOOKUP($B{i},各行政區平均值!$A:$B,2,0)*1.5,TRUE,FALSE)", int(high(r)))
    cf.formula(w4, f"AC{i}", f"=IF($AB{i}=TRUE,IF($AA{i}=TRUE,TRUE,FALSE),FALSE)", int(high(r) and extras(r)))
w4.freeze_panes = "A2"
cf.save(wb, "listings-zh-tw-rentpivots.xlsx")
