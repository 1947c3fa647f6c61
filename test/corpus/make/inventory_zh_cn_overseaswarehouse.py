"""
Shape of a cross-border kitchen-appliance seller's overseas-warehouse stock list, as in
raymond-Chan-189/bp-dashboard "库存.xlsx" (commit d0ec0755c50933f5887596ed3eb5d4411c6dbda8; Excel):
sheet 'Sheet1' with the header on row 1 and one line per stock batch: 站点 (US/DE/UK/CA/FR/AU) /
仓库账号 (a third-party warehouse provider + account code, '京东') / 平台 ('多平台' or '亚马逊') / SKU /
名称 (a VLOOKUP into another workbook, '[1]各个海外仓数据!' or '[2]SKU参数!', its cached result the
product group: 抽油烟机, 灶具, 电陶炉 …) / 入库日期 (text: '2026-07-31' or '2026-07-14 09:39:53') /
数量 / 库龄天数 / 占用体积 (cubic metres, accounting format) / 仓库 (warehouse code: 'DUSJW2', 'CHI',
'美西仓(LA01)' …). 'Sheet2' and 'Sheet3' are empty. The real list has 955 lines; this one 418.
Values invented: provider names, account codes, SKUs, dates, quantities and volumes.
"""
import datetime

from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("inventory-zh-cn-overseaswarehouse")

# site, warehouse account, platform weights, warehouse codes, share of lines
ACCOUNTS = [
    ("US", "海拓GEHK", ["CAP", "MEM-R", "PAW"], 75), ("US", "海拓SDJT", ["CAP", "SAV", "HOU05"], 70),
    ("DE", "速达0055", ["DUSJW2", "DUSJW1"], 55), ("DE", "速达0054", ["DUSJW1", "DUSJW2"], 52),
    ("US", "远帆JTSH", ["CHI", "NJF"], 45), ("UK", "仓链G1815", ["UK"], 27), ("UK", "仓链G17563", ["UK"], 22),
    ("US", "京东", ["京东CA"], 16), ("DE", "仓链G1815", ["DE"], 13), ("DE", "仓链G17563", ["DE"], 10),
    ("CA", "海拓CAJT", ["CATO", "CA(CA)"], 9), ("US", "远帆HQMY", ["美西仓(LA01)", "美东仓(NY01)"], 6),
    ("US", "联仓MH0776", ["美西仓(LA01)", "美西D2仓(CAD2)"], 5), ("FR", "乐途JTJY", ["FR"], 3),
    ("CA", "海拓CAHK", ["CA(CA)"], 3), ("AU", "仓链G1815", ["AU"], 2), ("FR", "乐途FSJET", ["FR"], 2),
    ("US", "联仓MH0735", ["美东仓(NY01)", "美东D2仓(NYD2)"], 2), ("US", "海拓GEHT", ["CAP"], 1),
]
GROUPS = ["抽油烟机"] * 24 + ["灶具"] * 4 + ["电陶炉"] * 3 + ["食物处理器"] * 3 + ["制冰机", "配件", "空气炸锅", "电磁炉",
          "热水器", "辅食机", "排气扇", "双瓶暖奶器"]
PREFIX = {"抽油烟机": ["RHFJF", "YY-RHE", "ZMS-", "YYF0", "EURH"], "灶具": ["GS-", "ZJ"], "电陶炉": ["DTL-", "EC"],
          "食物处理器": ["FP-", "SWC"], "制冰机": ["IM-"], "配件": ["PJ-", "TM-CC-"], "空气炸锅": ["AF-"], "电磁炉": ["IC-"],
          "热水器": ["WH-"], "辅食机": ["BF-"], "排气扇": ["EF-"], "双瓶暖奶器": ["BW-"]}

catalogue = []
for _ in range(90):
    group = f.pick(GROUPS)
    p = f.pick(PREFIX[group])
    sku = f._unique(lambda: f"{p}{f.r.randrange(100, 9999):04d}{f.pick(['', '', 'B', 'A-S', 'B-S', 'ATBKE', '-T', '-U-BK'])}")
    volume = round(f.r.uniform(0.02, 0.16), 6) if group == "抽油烟机" else round(f.r.uniform(0.005, 0.08), 6)
    catalogue.append((sku, group, volume))

TODAY = datetime.date(2026, 8, 2)
rows = []
for site, account, codes, n in ACCOUNTS:
    for _ in range(n):
        sku, group, unit_volume = f.pick(catalogue)
        old = f.chance(0.15)
        day = f.date(datetime.date(2022, 2, 1), datetime.date(2024, 6, 30)) if old else \
            f.date(datetime.date(2026, 4, 20), datetime.date(2026, 7, 31))
        stamp = day.isoformat() if f.chance(0.8) else f"{day.isoformat()} {f.r.randrange(0, 24):02d}:{f.r.randrange(60):02d}:{f.r.randrange(60):02d}"
        qty = f.pick([1, 2, 3, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 46, 60])
        lookup = f.pick(["[1]各个海外仓数据!$D$1:$E$65536,2,0", "[1]各个海外仓数据!$D$1:$E$65536,2,0", "[2]SKU参数!C$1:G$65536,5,0"])
        rows.append((site, account, f.pick(["多平台", "多平台", "亚马逊"]), sku, group, lookup, stamp, qty,
                     (TODAY - day).days, round(qty * unit_volume, 7), f.pick(codes)))

wb = workbook()
cache = CachedFormulas()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(["站点", "仓库账号", "平台", "SKU", "名称", "入库日期", "数量", "库龄天数", "占用体积", "仓库"], 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, (site, account, platform, sku, group, lookup, stamp, qty, age, volume, code) in enumerate(rows, 2):
    ws.cell(r, 1, site)
    ws.cell(r, 2, account)
    ws.cell(r, 3, platform)
    ws.cell(r, 4, sku)
    cache.formula(ws, f"E{r}", f"=VLOOKUP(D{r},{lookup})", group)
    ws.cell(r, 6, stamp)
    ws.cell(r, 7, qty)
    ws.cell(r, 8, age)
    ws.cell(r, 9, volume).number_format = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '
    ws.cell(r, 10, code)
for col, width in zip("ABCDEFGHIJ", [6, 14, 9, 18, 12, 20, 7, 9, 11, 16]):
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
cache.save(wb, "inventory-zh-cn-overseaswarehouse.xlsx")
