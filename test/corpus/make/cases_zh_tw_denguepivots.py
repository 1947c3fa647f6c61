"""
Shape of a student's dengue-fever case workbook for a D3.js project, as skwu8882/d3jsproject keeps it
("Dengue024.xlsx", commit b4061dfcf1017f1fd2d844aeb4b0a6496a9c2d65): Tainan's 2015 case list from the
open-data site with pivot tables per month.

- "Dengue024 (2)": date / count, one row per case (dates formatted m"月"d"日").
- "1月" … "10月": a pivot table from row 3 (列標籤 / 加總 - count, districts down, 總計 at the end); "1月" also
  nests each case date under its district and carries the month-start codes 20150101 … 20151001 with the
  month's case count in columns N-O.
- "Dengue024": the case list: date / city (in fact the district) / industry (the village, 里) / road / lat /
  long / number and amount (the district's case total on every row) / count (1).
The original holds 20,461 cases; here about 300, with the same seasonal rise (few before July, most in
August to October).
Values invented: every case's date, district, village, road and coordinates; the pivots are recomputed.
"""
import collections
import datetime

from fake import Fake, workbook, save

f = Fake("cases-zh-tw-denguepivots")
DISTRICTS = {"北區": ["六甲里", "正覺里", "成德里", "大港里"], "中西區": ["赤嵌里", "永華里", "法華里"],
             "東區": ["文聖里", "大學里", "東光里"], "南區": ["新興里", "明亮里", "鯤鯓里"], "安南區": ["州北里", "海佃里", "長安里"],
             "永康區": ["大橋里", "復華里", "網寮里"], "安平區": ["國平里", "平通里"], "仁德區": ["太子里", "中洲里"],
             "歸仁區": ["歸仁里", "七甲里"], "關廟區": ["南花里", "山西里"], "新化區": ["東榮里"], "新市區": ["大營里"],
             "麻豆區": ["興農里"], "善化區": ["東關里"], "七股區": ["玉成里"], "下營區": ["下營里"], "佳里區": ["佳里里"]}
ROADS = ["明德街", "裕文路", "和緯路", "公園路", "長和路", "西門路", "中華東路", "小東路", "健康路", "永華路", "大橋二街", "府前路"]
WEIGHT = {"北區": 9, "中西區": 7, "東區": 8, "南區": 6, "安南區": 5, "永康區": 6, "安平區": 3, "仁德區": 2, "歸仁區": 1.5}
MONTH_N = {1: 2, 5: 2, 6: 6, 7: 14, 8: 48, 9: 150, 10: 70}

cases = []
for m, n in MONTH_N.items():
    for _ in range(n):
        end = (datetime.date(2015, m + 1, 1) - datetime.timedelta(days=1))
        d = f.date(datetime.date(2015, m, 1), end)
        names = list(DISTRICTS)
        dist = f.r.choices(names, weights=[WEIGHT.get(x, 0.5) for x in names])[0]
        cases.append([d, dist, f.pick(DISTRICTS[dist]), f.pick(ROADS), round(f.r.uniform(22.95, 23.10), 3),
                      round(f.r.uniform(120.15, 120.30), 3)])
cases.sort(key=lambda c: c[0])
total = collections.Counter(c[1] for c in cases)

wb = workbook()
ws = wb.active
ws.title = "Dengue024 (2)"
ws.append(["date", "count"])
for c in cases:
    ws.append([datetime.datetime.combine(c[0], datetime.time()), 1])
    ws.cell(ws.max_row, 1).number_format = 'm"月"d"日";@'

ORDER = ["七股區", "下營區", "大內區", "中西區", "仁德區", "北區", "永康區", "安平區", "安定區", "安南區", "佳里區", "東區", "南區",
         "善化區", "新化區", "新市區", "歸仁區", "麻豆區", "關廟區"]
for m in range(1, 11):
    p = wb.create_sheet(f"{m}月")
    p["A3"] = "列標籤"
    p["B3"] = "加總 - count"
    mc = [c for c in cases if c[0].month == m]
    by = collections.Counter(c[1] for c in mc)
    r = 4
    for dname in sorted(by, key=lambda x: ORDER.index(x) if x in ORDER else 99):
        p.cell(r, 1, dname)
        p.cell(r, 2, by[dname])
        r += 1
        if m == 1:
            for c in [c for c in mc if c[1] == dname]:
                p.cell(r, 1, datetime.datetime.combine(c[0], datetime.time()))
                p.cell(r, 2, 1)
                r += 1
    p.cell(r, 1, "總計")
    p.cell(r, 2, len(mc) if mc else None)
    if m == 1:
        for i in range(10):
            p.cell(i + 1, 14, 20150101 + i * 100)
            p.cell(i + 1, 15, sum(1 for c in cases if c[0].month == i + 1))

d = wb.create_sheet("Dengue024")
d.append(["date", "city", "industry", "road", "lat", "long", "number", "amount", "count"])
for c in cases:
    d.append([datetime.datetime.combine(c[0], datetime.time()), c[1], c[2], c[3], c[4], c[5], total[c[1]], total[c[1]], 1])
    d.cell(d.max_row, 1).number_format = 'm"月"d"日";@'
save(wb, "cases-zh-tw-denguepivots.xlsx")
