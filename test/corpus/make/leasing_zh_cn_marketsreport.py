"""
Shape of 13560159735/project "工作/20260404/1.xlsx": a market operator's monthly leasing report
(各市场招商月报), made in Excel, ten sheets, one per market plus a summary.

- "汇总": title merged over A1:I1, a two-row header (3月 merged down A2:A3; 可出租面积总数 /
  未出租数据 / 已出租数据 each over 面积（㎡） and 间数; 出租率 and 备注 merged down), one row per market
  with hard-typed figures and formulas (=B4-D4, =F4/B4, one =SUM over another sheet, one sum typed
  as =26.15+6+...), a 项目总合计 row.
- "云汀汇 ", "金澎来 " (trailing spaces), "庆丰二路", "创意园", "兆丰壹号", "国大广场", "皮具城",
  "鞋城": one row per stall: 主体 (building), 楼层编号, 档口号, 合同出租面积, empty price and fee columns,
  档口状态 (已租 / 已出租 / 未出租), deposit and contract notes, contract dates pulled by VLOOKUP from
  another workbook ('[1]2026.3'!) with cached dates, =IF(G2="已租",D2,0) area columns, 跟进招商人员
  (a colleague's name on a few rows) and a check date like 26.3.19. 庆丰二路 has no floor column
  and a 备注 column; 创意园 has only areas; 国大广场 has real dates and a side summary table
  (汇总项目 / A座 / B座 / 合计 with SUMIFS and a #REF! formula); 兆丰壹号 a title merged over P1:AA1;
  鞋城 a single stall.
- "纺织中心": the only sheet with the occupants: 区域, 档口编号, 合同面积 (only on the first stall of
  a run), 商户名称 (one merchant holding a run of neighbouring stalls, a few companies), status,
  dates typed as text like 2025.4.16 on a few rows; vacant stalls have no merchant; a 合计 row
  with =SUBTOTAL(9,...) and a footer of labels under it.
Values invented; market names kept generic.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("leasing-zh-cn-marketsreport")
D = datetime.date
EPOCH = D(1899, 12, 30)
cf = CachedFormulas()
wb = workbook()

HEAD = ["主体", "楼层编号", "档口号", "合同出租面积", "招商租金单价", "管理费", "档口状态", "定金情况", "合同情况",
        "签合同日期", "合同起租日", "合同到期日", "已出租面积", "未出租面积", "跟进招商人员"]
FLOORS = ["一楼", "二楼", "三楼", "四楼", "五楼"]
STAFF = ["刘", "郭秀林", "李伟", "莫绮媚", "汤鸿林", "程多立"]


def serial(d):
    return (d - EPOCH).days


def lease():
    signed = f.date(D(2024, 9, 1), D(2026, 2, 20))
    start = signed + datetime.timedelta(days=f.pick([0, 0, 5, 14, 30]))
    years = f.pick([1, 3, 3, 3])
    end = D(start.year + years, start.month, min(start.day, 28)) - datetime.timedelta(days=1)
    return signed, start, end


def stall_sheet(title, rows, let_word="已租", area_col="D", lookup=None, floor=True, note=False, width=16):
    ws = wb.create_sheet(title)
    head = list(HEAD)
    if not floor:
        head = ["主体", "档口号", "合同出租面积", "招商租金单价", "管理费", "备注"] + HEAD[6:]
    if title in ("兆丰壹号", "国大广场", "皮具城", "鞋城"):
        head[1], head[2], head[-1] = "楼层", "档口编号", "跟进人员"
    ws.append(head)
    for i, row in enumerate(rows):
        r = i + 2
        body, flr, stall, area, status, extra = row
        cells = [body, flr, stall, area] if floor else [body, stall, area, None, None, extra.get("note")]
        for j, v in enumerate(cells):
            if v is not None:
                ws.cell(r, j + 1, v)
        ws[f"G{r}"] = status
        if extra.get("deposit"):
            ws[f"H{r}"] = extra["deposit"]
        if extra.get("contract"):
            ws[f"I{r}"] = extra["contract"]
        dates = extra.get("dates")
        if dates and lookup:
            for k, col in enumerate("JKL"):
                cf.formula(ws, f"{col}{r}", f"=VLOOKUP({'C' if floor else 'B'}{r},'[1]2026.3'!{lookup},{13 + k},0)",
                           serial(dates[k]))
                ws[f"{col}{r}"].number_format = "mm-dd-yy"
        elif dates:
            for k, col in enumerate("JKL"):
                ws[f"{col}{r}"] = dates[k]
                ws[f"{col}{r}"].number_format = "yyyy/m/d"
        a = area if isinstance(area, (int, float)) else 0
        if title != "创意园":
            cf.formula(ws, f"M{r}", f'=IF(G{r}="{let_word}",{area_col}{r},0)', a if status == let_word else 0)
            cf.formula(ws, f"N{r}", f'=IF(G{r}="未出租",{area_col}{r},0)', a if status == "未出租" else 0)
        if extra.get("staff"):
            ws[f"O{r}"] = extra["staff"]
            ws[f"P{r}"] = extra.get("checked", "26.3.19")
    ws.column_dimensions["A"].width = width
    ws.column_dimensions["C"].width = 12
    return ws


def stalls(body, floors, prefix, count, let_word="已租", vacancy=0.15, lookup_share=0.6, staff_rows=3):
    out = []
    for i in range(count):
        flr = floors[min(i * len(floors) // count, len(floors) - 1)]
        stall = f"{prefix(flr)}{i % 60 + 1:02d}"
        if f.chance(0.05):
            stall += f"/{prefix(flr)}{i % 60 + 2:02d}"
        area = round(f.r.uniform(30, 260), f.pick([0, 0, 2]))
        status = "未出租" if f.chance(vacancy) else let_word
        extra = {}
        if status == let_word and f.chance(lookup_share):
            extra["dates"] = lease()
        if f.chance(0.04):
            extra["deposit"] = f.pick(["已交定金", "未交付未出单收费"])
        out.append([body, flr, stall, area, status, extra])
    for row in f.r.sample(out, staff_rows):
        row[5]["staff"] = f.pick(STAFF)
        row[5]["checked"] = f.pick(["26.3.19", "26.3.21", "26.3.23"])
    return out


# 汇总 ------------------------------------------------------------------------------------------
ws = wb.active
ws.title = "汇总"
ws["A1"] = "各市场招商月报"
ws["A1"].font = Font(size=14, bold=True)
ws.merge_cells("A1:I1")
for ref, text in [("A2", "3月"), ("B2", "可出租面积总数"), ("D2", "未出租数据"), ("F2", "已出租数据"), ("H2", "出租率"),
                  ("I2", "备注"), ("B3", "面积（㎡）"), ("C3", "间数"), ("D3", "面积"), ("E3", "间数"), ("F3", "面积"),
                  ("G3", "间数")]:
    ws[ref] = text
for rng in ["B2:C2", "D2:E2", "F2:G2", "A2:A3", "H2:H3", "I2:I3"]:
    ws.merge_cells(rng)
for row in ws.iter_rows(min_row=2, max_row=3):
    for c in row:
        c.alignment = Alignment(horizontal="center", vertical="center")
MARKETS = [("皮具城", 30120.5, 760, 7610.4, 70), ("鞋城", 8590, 300, None, 33), ("创意园", 29010, 280, 3310, 60),
           ("国大纺织中心", 35020.8, 570, 5520.3, 90), ("国大广场", 1001, 55, 197, 1), ("兆丰壹号", None, 320, None, 22),
           ("国大云汀汇/76号仓", 50870, 415, 12020, 90), ("庆丰二路/腊味厂/雅赛", 22010, 86, 4090, 22),
           ("金澎来", 21060.4, 141, 2550.5, 18)]
tot = [0, 0, 0, 0]
for i, (name, area, n, vac, nvac) in enumerate(MARKETS):
    r = 4 + i
    ws[f"A{r}"] = name
    if name == "兆丰壹号":
        cf.formula(ws, f"B{r}", "=SUM(兆丰壹号!D2:D7)", 1001)
        cf.formula(ws, f"D{r}", "=SUM(兆丰壹号!N2:N7)", 0)
        area, vac = 1001, 0
    elif name == "鞋城":
        ws[f"B{r}"] = area
        cf.formula(ws, f"D{r}", "=26.15+6+211.6+129.7", 373.45)
        vac = 373.45
    else:
        ws[f"B{r}"] = area
        ws[f"D{r}"] = vac
    ws[f"C{r}"] = n
    ws[f"E{r}"] = nvac
    if name == "国大广场":
        ws[f"F{r}"] = 804
        ws[f"H{r}"] = 0.8032
    else:
        cf.formula(ws, f"F{r}", f"=B{r}-D{r}", round(area - vac, 3))
        cf.formula(ws, f"H{r}", f"=F{r}/B{r}", (area - vac) / area)
    cf.formula(ws, f"G{r}", f"=C{r}-E{r}", n - nvac)
    ws[f"H{r}"].number_format = "0.00%"
    for k, v in enumerate([area, n, vac, nvac]):
        tot[k] += v
ws["A13"] = "项目总合计"
for col, v in zip("BCDE", tot):
    cf.formula(ws, f"{col}13", f"=SUM({col}4:{col}12)", round(v, 3))
cf.formula(ws, "F13", "=SUM(F4:F12)", round(tot[0] - tot[2], 3))
cf.formula(ws, "G13", "=SUM(G4:G12)", tot[1] - tot[3])
cf.formula(ws, "H13", "=F13/B13", (tot[0] - tot[2]) / tot[0])
ws["H13"].number_format = "0.00%"
ws.column_dimensions["A"].width = 22

# stall sheets ----------------------------------------------------------------------------------
rows = []
for body, share in [("国大云汀汇-全盛", 60), ("国大云汀汇-大管家", 70), ("国大云汀汇-大管家-76号仓", 40)]:
    rows += stalls(body, FLOORS[:4] if share > 40 else ["一楼", "二楼"], lambda fl: f.pick("BCRT") if False else "B" if fl == "一楼" else "C" if fl == "二楼" else "S",
                   share, vacancy=0.2, staff_rows=2)
for row in f.r.sample(rows, 8):
    row[5]["contract"] = f.pick(["已交3押1租", "已签合同", "借用", "奥莱"])
stall_sheet("云汀汇 ", rows, lookup="$C$3:$Q$379", width=24)

rows = stalls("金澎来", ["一楼商铺", "二楼商铺", "三楼商铺", "四楼商铺", "五楼商铺", "六楼商铺"],
              lambda fl: f"{'一二三四五六'.index(fl[0]) + 1}A", 143, vacancy=0.13, lookup_share=0.8)
for row in rows:
    if row[4] == "已租":
        row[5]["contract"] = "已签" if f.chance(0.9) else "临租"
stall_sheet("金澎来 ", rows, lookup="$C$4:$Q$157")

rows = []
for body, n in [("庆丰二路1号", 20), ("庆丰二路5号/7号", 30), ("庆丰二路6号", 12), ("庆丰二路19号", 10),
                ("庆丰二路18号-腊味厂", 25)]:
    for i in range(n):
        bld = body[4:].split("号")[0]
        stall = f"{bld}号{f.pick('ABC')}{f.pick([1, 2, 3])}{i % 20 + 1:02d}" if "5号" not in body else f"H7栋{f.pick([1, 2, 3])}{i % 20 + 1:02d}"
        area = None if f.chance(0.1) else f.r.randrange(20, 1100)
        status = "未出租" if f.chance(0.25) else "已租"
        extra = {"dates": lease()} if status == "已租" and f.chance(0.5) else {}
        if f.chance(0.12):
            extra["note"] = f.pick(["保安室，危楼", "500元/月", "2000/月", "面积过小不租", "保安室2楼，危楼"])
        rows.append([body, None, stall, area, status, extra])
rows[2][5]["contract"] = "已签合同"
rows[5][5]["staff"], rows[9][5]["staff"] = "刘师傅", "郭秀林"
ws = stall_sheet("庆丰二路", rows, area_col="C", lookup="$C$3:$R$381", floor=False, width=22)
ws.merge_cells("C75:C80")
ws.merge_cells("C81:C86")

rows = []
for zone, n in [("A区", 45), ("B区", 35), ("C区", 40)]:
    for i in range(n):
        rows.append([zone, None, f"{zone[0]}{(i // 12) + 1}{i % 12 + 1:02d}", f.pick([55, 55, 86, 107, 110, 42, 82, 0]),
                     None, {}])
for row in rows[:12]:
    row[4] = "未出租"
ws = stall_sheet("创意园", rows)
for r in range(2, 14):
    ws[f"E{r}"], ws[f"F{r}"] = f.pick(["30-35", "20"]), 2

rows = [["兆丰路", "三层", "F401/F402", 197, "已出租", {}], ["兆丰路", "三层", "F403", 41, "已出租", {"dates": lease()}],
        ["兆丰路", "四层", "4001/4002/4003", 510, "已出租", {"dates": lease()}],
        ["兆丰路", "四层", "4005/4006/4008", None, "已出租", {}], ["兆丰路", "四层", "4009", 97, "已出租", {"dates": lease()}],
        ["兆丰路", "四层", "4010/4011", 156, "已出租", {"dates": lease()}]]
ws = stall_sheet("兆丰壹号", rows, let_word="已出租")
ws["P1"] = "兆丰壹号市场2026-3月出租率汇总"
ws.merge_cells("P1:AA1")
for rng in ["D4:D5", "J4:J5", "K4:K5", "L4:L5"]:
    ws.merge_cells(rng)

rows = []
for block, floors in [("A座", ["一楼", "二楼", "三楼"]), ("B座", ["一楼", "二楼"])]:
    for fl in floors:
        for k in range(f.r.randrange(5, 10)):
            status = "未出租" if f.chance(0.08) else "已出租"
            rows.append([block, fl, int(f"{'一二三'.index(fl[0]) + 1}{k + 1:02d}"), f.r.randrange(70, 400), status,
                         {"dates": lease(), "contract": "已签" if status == "已出租" else None}])
rows[3][5]["contract"] = "云非中心无偿使用"
ws = stall_sheet("国大广场", rows, let_word="已出租")
for ref, val in [("P4", "汇总项目"), ("Q4", "A座"), ("R4", "B座"), ("S4", "合计"), ("P5", "总面积"), ("P6", "空档面积"),
                 ("P7", "出租率")]:
    ws[ref] = val
a_area = sum(r[3] for r in rows if r[0] == "A座")
b_area = sum(r[3] for r in rows if r[0] == "B座")
b_vac = sum(r[3] for r in rows if r[0] == "B座" and r[4] == "未出租")
a_vac = sum(r[3] for r in rows if r[0] == "A座" and r[4] == "未出租")
cf.formula(ws, "R5", '=SUMIF($A:$A,"*B座*",$D:$D)', b_area)
cf.formula(ws, "S5", "=SUM(R5:R5)", b_area)
cf.formula(ws, "Q6", '=SUMIFS($D:$D,$A:$A,"*A座*",$G:$G,"*未出租*")', a_vac)
cf.formula(ws, "R6", '=SUMIFS($D:$D,$A:$A,"*B座*",$G:$G,"*未出租*")', b_vac)
cf.formula(ws, "S6", "=SUM(Q6:R6)", a_vac + b_vac)
cf.formula(ws, "Q7", "=ROUND((皮具城!#REF!-Q6)/皮具城!#REF!,4)", "#REF!")
cf.formula(ws, "R7", "=ROUND((R5-R6)/R5,4)", round((b_area - b_vac) / b_area, 4))
cf.formula(ws, "S7", "=ROUND((S5-S6)/S5,4)", round((b_area - a_vac - b_vac) / b_area, 4))

rows = stalls(None, ["一楼商铺", "二楼商铺", "三楼商铺", "四楼商铺"], lambda fl: f"{'一二三四'.index(fl[0]) + 1}-{f.pick('ABC')}0",
              230, let_word="已出租", vacancy=0.1, lookup_share=0, staff_rows=4)
for row in rows[-20:]:
    row[0] = f.pick(["写字楼A区", "仓库", "仓库B区"])
for k, stall in enumerate([103, 102, "三楼整层", "四楼整层"]):
    rows.append(["广惠", "广惠", stall, 457 if isinstance(stall, str) else round(f.r.uniform(14, 17), 2), "已出租", {}])
for row in f.r.sample(rows, 6):
    row[5]["deposit"] = "已交定金"
rows[40][5]["contract"] = "漏水，不能租"
rows[41][5]["contract"] = "已签临租6个月合同"
for row in rows:
    row[5]["staff"] = "程多立" if row[5].get("staff") else None
ws = stall_sheet("皮具城", rows, let_word="已出租")
for a, b in [(120, 121), (122, 123), (200, 201)]:
    ws.merge_cells(f"O{a}:O{b}")
    ws.merge_cells(f"P{a}:P{b}")

stall_sheet("鞋城", [[None, "五楼商铺", 5043, 32.425, None, {"staff": "王德纯", "checked": "26.3.21"}]])
ws = wb["鞋城"]
ws["G2"] = None
for col in "MN":
    ws[f"{col}2"] = None
cf.results.pop(("鞋城", "M2"), None)
cf.results.pop(("鞋城", "N2"), None)

# 纺织中心: the occupants ----------------------------------------------------------------------------
ws = wb.create_sheet("纺织中心")
ws.append(["区域", "档口编号", "合同面积", "商户名称", "招商租金单价", "管理费", "档口状态", "定金情况", "合同情况",
           "签合同日期", "起租期", "结束期", "已出租面积", "未出租面积", "跟进人员"])
ZONES = ["A1栋临街一层", "A1栋一层", "A1栋二层", "A2栋临街一层", "A2栋一层", "A3栋一层", "A3栋二层", "A5栋一层",
         "B1栋临街一层", "B1栋二层", "B2栋一层", "B2栋二层", "B3栋一层", "B5栋一层", "B6栋二层"]
COMPANIES = ["湘粤纺织有限公司", "锦程布业商行", "华丰面料有限公司"]
r = 2
merchants = []
for zone in ZONES:
    n = f.r.randrange(10, 22)
    prefix = zone.replace("栋", "").replace("临街一层", "栋临街 ").replace("一层", " ").replace("二层", " 2")
    i = 0
    while i < n:
        run = f.pick([1, 1, 1, 2, 2, 3, 4, 5])
        vacant = f.chance(0.16)
        name = None
        if not vacant:
            name = f.pick(COMPANIES) if f.chance(0.05) else f.name_cn(unique=False) if f.chance(0.15) and merchants else f.name_cn()
            if name in merchants and name not in COMPANIES and f.chance(0.7):
                name = f.name_cn()
            merchants.append(name)
        first_signed = lease() if not vacant and f.chance(0.08) else None
        for k in range(run):
            ws[f"A{r}"] = zone
            ws[f"B{r}"] = f"{prefix}{i + 1:02d}".replace("  ", " ")
            if k == 0:
                ws[f"C{r}"] = f.r.randrange(24, 36) * run if run > 1 else f.r.randrange(24, 36)
            if name:
                ws[f"D{r}"] = name
            ws[f"G{r}"] = "未出租" if vacant else "已租"
            if first_signed and k == 0:
                ws[f"K{r}"] = f"{first_signed[1].year}.{first_signed[1].month}.{first_signed[1].day}"
                ws[f"L{r}"] = f"{first_signed[2].year}.{first_signed[2].month}.{first_signed[2].day}"
            r += 1
            i += 1
ws[f"A{r}"], ws[f"B{r}"] = "B区空地停车场", "B区空地停车场"
ws[f"D{r}"], ws[f"G{r}"] = (car := f.name_cn()), "已租"
merchants.append(car)
r += 1
ws[f"A{r}"], ws[f"B{r}"] = "空地1", "空地1 "
ws[f"D{r}"], ws[f"G{r}"] = "北京小跑腿在线科技有限公司-外卖", "已租"
merchants.append(ws[f"D{r}"].value)
last = r
r += 1
ws[f"A{r}"] = "合计"
cf.formula(ws, f"C{r}", f"=SUBTOTAL(9,C2:C{last})", sum(ws[f"C{k}"].value or 0 for k in range(2, last + 1)))
ws[f"G{r}"] = "未出租"
ws[f"G{r + 1}"] = "未出租"
ws[f"A{r + 2}"], ws[f"B{r + 2}"], ws[f"D{r + 2}"] = "总出租面积", "一楼间数", "二三楼间数"
ws[f"G{r + 3}"] = "未出租"
ws[f"G{r + 4}"] = "未出租"
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 16
ws.column_dimensions["D"].width = 18

cf.save(wb, "leasing-zh-cn-marketsreport.xlsx")
print("tenant rows", sum(1 for m in merchants), "tenants", len(set(merchants)), "last data row", last)
