"""
Shape of Chloe211101/noah "订单数据.xlsx": a bathroom-hardware exporter's order ledger kept by its
sales assistants in WPS, three sheets.

- "Sheet1": header 订单号 / 业务员 / 客户名称 / 总金额 / 已收金额 / 未收金额 / 发出状态 / 订单状态 /
  订单日期 / 出货日期 / 产品名称 and an unheaded twelfth column, frozen under row 1. 69 orders,
  grouped by salesperson (four, written as English nicknames in capitals or not). Order numbers
  follow each rep's habit: rep initials + yyyymmdd + a factory suffix, a PI- prefix, a country
  code, the buyer's own PO number, a "-2" or A/B suffix for split orders, one "样品INVOICE".
  The buyer is a foreign importer's short trade name (capitals, lower case, "LLC", a contact's
  first name, a Chinese short name for two), "123" typed for one unnamed buyer on four orders,
  empty on one; buyers repeat across orders. The first rep's amounts are formulas converting US
  dollars at 7 (=7*30744.5) with cached results, others plain numbers; 未收金额 is =D-E (a typed
  0 on two rows); 发出状态 已发出 / 未发出 / 部分发出 or empty; 订单状态 已收清 / 部分收款 / 未收款.
  Dates are real dates (yyyy/m/d); 出货日期 empty until shipped. 产品名称 holds no product: the
  currency (美金 / 人民币), 外购 or 取消订单. The unheaded column holds a packing code
  "03-1500-0325" (line-quantity-date) or a bare quantity on the third rep's rows.
- "Sheet2": a scratch column of dollar amounts in F15:F42 with =F*7 beside each, no header.
- "Sheet3": empty.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("orders-zh-cn-exportledger")

BUYERS_1 = ["NORVAL", "Sanitra", "KAVENA LLC", "Lumbeck", "TESSARO", "Aqino", "BLUE TAP", "MERDA", "ISOLVAX",
            "DE-VAN", "ORMSO", "DUSKOLA", "VRT", "MPK"]
BUYERS_2 = ["dynaflux", "Ferotek", "ERV", "bestarm", "aquaform", "versano", "arezzi", "sanidom", "mosu",
            "metal hart", "dk group", "bv tech", "balnea", "hagsen", "brikko", "des groep", "bielmet", "estiro",
            "bathplus", "TDV", "ADV", "Ruslan", "sanibel", "roltek"]
BUYERS_3 = ["Varsity", "H-DUE", "Orient Focal", "Matrixa", "AKR", "Zegar", "YANTO", "Roxo Georgia"]
BUYERS_4 = ["Stonetool", "台欣", "埃菲灵卫浴", "deghe", "Rikki", "Aaron", "almarunas"]

HEADER = ["订单号", "业务员", "客户名称", "总金额", "已收金额", "未收金额", "发出状态", "订单状态", "订单日期",
          "出货日期", "产品名称"]

CACHED = CachedFormulas()
formula = CACHED.formula


def day(month, dom):
    return datetime.date(2026, month, dom)


def usd():
    return round(f.r.choice([f.r.uniform(700, 9000), f.r.uniform(9000, 40000), f.r.uniform(40000, 90000)]), 2)


def pack_code(line, ship):
    return f"{line:02d}-{f.r.choice([100, 200, 317, 350, 500, 600, 840, 1100, 1500, 2160, 5220])}-{ship:%m%d}"


# (order no, rep, buyer, total, received, shipped?, status, order date, ship date, product cell, code)
orders = []

# Rep 1: amounts in dollars ×7 as formulas.
rep1 = [("NORVAL", 1, 5), ("Sanitra", 1, 8), ("KAVENA LLC", 1, 15), ("Lumbeck", 1, 21), ("TESSARO", 1, 23),
        ("Aqino", 1, 27), ("BLUE TAP", 1, 29), ("MERDA", 2, 24), ("NORVAL", 3, 4), ("ISOLVAX", 3, 6),
        ("DE-VAN", 3, 19), ("TESSARO", 4, 7), ("ORMSO", 4, 2), ("DUSKOLA", 4, 15), ("Aqino", 4, 16),
        ("VRT", 5, 19), ("BLUE TAP", 5, 12), ("BLUE TAP", 5, 12), ("MPK", 5, 22)]
for i, (buyer, m, d) in enumerate(rep1):
    suffix = "-HS" if i in (9, 15) else "-SZ"
    number = f"LD2026{m:02d}{d:02d}{suffix}"
    if i == 2:
        number = f"LD2026{m:02d}{d:02d}"
    if i == 16:
        number = f"LD2026{m:02d}{d:02d}A{suffix}"
    if i == 17:
        number = f"LD2026{m:02d}{d:02d}B{suffix}"
    orders.append(("rep1", i, number, buyer, day(m, d)))

# Rep 2: plain totals, currency in the product column.
rep2 = [("dynaflux", 1, 16, "PI-NNNL"), ("123", 1, 29, "NNPL"), ("Ferotek", 1, 26, "PI-NNHR"), ("ERV", 1, 26, "PI-CMHR"),
        ("bestarm", 2, 25, "NNTU"), ("aquaform", 2, 24, "NNPL"), ("dynaflux", 2, 28, "NNNL"), ("versano", 2, 28, "NNBE"),
        ("123", 2, 26, "NNPL"), ("123", 3, 26, "NNPL"), ("arezzi", 4, 1, "NNHU"), ("sanidom", 4, 2, "NNNL"),
        ("mosu", 3, 18, "PI-NNTA"), ("metal hart", 4, 8, "NNPL"), ("dk group", 4, 8, "NNPL"), ("bv tech", 4, 9, "NNPL"),
        ("balnea", 4, 20, "NNPL"), ("hagsen", 4, 21, "PI-NNPL"), (None, 4, 28, "NNBA"), ("brikko", 4, 27, "CMBE"),
        ("123", 4, 29, "NNPL"), ("des groep", 3, 16, "NNPL"), ("bielmet", 5, 9, "NNPL"), ("estiro", 5, 6, "NNPL"),
        ("bathplus", 5, 8, "PI-CMGR"), ("TDV", 5, 11, "PI-NNNL"), ("ADV", 5, 6, "PI-NNPL"), ("Ruslan", 5, 13, "CMKAZ"),
        ("sanibel", 5, 10, None), ("bv tech", 5, 15, "NNPL"), ("roltek", 4, 20, "NNHU"), ("balnea", 4, 20, "NNPL"),
        ("balnea", 4, 20, "NNPL")]
seen = set()
for i, (buyer, m, d, prefix) in enumerate(rep2):
    if prefix is None:
        number = "样品INVOICE"
    else:
        number = f"{prefix}2026{m:02d}{d:02d}" + ("-YZ" if i == 22 else "" if prefix in ("NNBA",) else "-SZ")
        if number in seen:
            number += "-2"
        seen.add(number)
    orders.append(("rep2", i, number, buyer, day(m, d)))

# Rep 3: the buyer's PO number on two orders, a bare quantity in the last column.
rep3 = [("Varsity", 1, 26, "SZ20260126YN"), ("H-DUE", 1, 22, "YN20260122"), ("Orient Focal", 3, 23, "YN20260323"),
        ("Matrixa", 4, 14, "SZ20260414YN"), ("Orient Focal", 4, 28, "SZ20260428YN"), ("AKR", 4, 29, "SZ20260429YN"),
        ("Zegar", 4, 21, "PO26SH4471"), ("YANTO", 4, 3, "PO4600031208"), ("Roxo Georgia", 5, 7, "SZ20260507YN")]
for i, (buyer, m, d, number) in enumerate(rep3):
    orders.append(("rep3", i, number, buyer, day(m, d)))

rep4 = [("Stonetool", 3, 10, "PI-STN-006"), ("台欣", 3, 24, "PI-TXN0224+0327"), ("埃菲灵卫浴", 3, 11, "PI-EFL260311"),
        ("deghe", 3, 19, "QY-DEG260319GR"), ("Rikki", 3, 18, "QY-CRO20260318"), ("台欣", 5, 13, "PI-TXN-0513"),
        ("Aaron", 5, 14, "QY-SZ260514"), ("almarunas", 5, 6, "QY-UAB20260506")]
for i, (buyer, m, d, number) in enumerate(rep4):
    orders.append(("rep4", i, number, buyer, day(m, d)))

REP_NAMES = {"rep1": "LINDA", "rep2": "NINA", "rep3": "Yan", "rep4": "Grace"}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(HEADER):
    c = ws.cell(1, j + 1, h)
    c.font = Font(name="微软雅黑", size=10, bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center")
ws.freeze_panes = "A2"

for k, (rep, i, number, buyer, ordered) in enumerate(orders):
    row = k + 2
    ws.cell(row, 1, number)
    ws.cell(row, 2, REP_NAMES[rep])
    if buyer is not None:
        ws.cell(row, 3, 123 if buyer == "123" else buyer)
    total = usd() if rep == "rep1" else round(f.r.uniform(900, 900000) if f.chance(0.3) else f.r.uniform(20000, 350000), 2)
    share = f.pick([1.0, 0.3, 0.3, 0.2, 0.1, 0.0]) if not (rep == "rep2" and i in (18, 28)) else 1.0
    received = round(total * share, 2)
    status = "已收清" if share == 1.0 else "未收款" if share == 0.0 else "部分收款"
    # Rep 1 types dollar figures times the rate; the others type the converted amount.
    if rep == "rep1" and i not in (2,):
        total_cny = round(7 * total, 2)
        if i == 18:
            total_cny = round(7 * total)               # the last order typed converted
            ws.cell(row, 4, total_cny)
        else:
            formula(ws, f"D{row}", f"=7*{total}", total_cny)
        if i in (16, 17, 18):
            received, status = None, "未收款"
        elif share == 0.0:
            ws.cell(row, 5, 0)
        else:
            formula(ws, f"E{row}", f"=7*{received}", round(7 * received, 2))
        received_cny = None if received is None else round(7 * received, 2)
    else:
        total_cny = round(total * 7, 2) if rep == "rep1" else total
        received_cny = round(received * (7 if rep == "rep1" else 1), 2)
        if rep == "rep2" and i in (19, 31, 32):
            total_cny = None                          # the split and sample lines left without a total
            if i == 31:
                formula(ws, f"E{row}", f"=7*{round(received / 7, 1)}", round(7 * round(received / 7, 1), 2))
                received_cny = round(7 * round(received / 7, 1), 2)
            elif i == 32:
                received_cny, status = None, None
            else:
                ws.cell(row, 5, received_cny)
        else:
            ws.cell(row, 5, received_cny)
        if rep == "rep4" and i in (0, 3, 4, 5, 7) and share not in (0.0,):
            dollars = round(received_cny / 7, 2)
            formula(ws, f"E{row}", f"={dollars}*7", round(dollars * 7, 2))
            received_cny = round(dollars * 7, 2)
        if total_cny is not None:
            ws.cell(row, 4, total_cny)
    outstanding = (total_cny or 0) - (received_cny or 0)
    if rep == "rep2" and i in (1, 2):
        ws.cell(row, 6, 0)                            # typed over the formula
    else:
        formula(ws, f"F{row}", f"=D{row}-E{row}", round(outstanding, 2))
    shipped = None
    if ordered.month <= 2 or (ordered.month == 3 and f.chance(0.6)):
        shipped = ordered + datetime.timedelta(days=f.r.randrange(40, 95))
    if rep == "rep1" and i == 6:
        ws.cell(row, 7, "部分发出")
    elif (rep == "rep2" and i in (26, 28, 29)) or (rep == "rep3" and i in (3, 7)) or (rep == "rep4" and i in (1, 2)):
        pass
    else:
        ws.cell(row, 7, "已发出" if shipped else "未发出")
    if status:
        ws.cell(row, 8, status)
    ws.cell(row, 9, ordered).number_format = "yyyy/m/d;@"
    if shipped:
        ws.cell(row, 10, shipped).number_format = "yyyy/m/d;@"
    # 产品名称 holds the currency, 外购 (bought in) or 取消订单, never a product.
    if rep == "rep2":
        ws.cell(row, 11, "外购" if i == 29 else "人民币" if i in (12, 19, 27) else None if i in (31, 32) else "美金")
    elif rep == "rep1" and i == 11:
        ws.cell(row, 11, "取消订单")
    elif rep == "rep1" and i == 13:
        ws.cell(row, 11, "外购")
    # The unheaded last column: a packing code, or a bare quantity on rep 3's rows.
    if rep == "rep3":
        ws.cell(row, 12, f.pick([0, 0, 200, 835, 895, 1050, 2570, 4500]))
    elif not (rep == "rep1" and i >= 16) and not (rep == "rep2" and i in (18, 26, 28, 31, 32)):
        ship_by = ordered + datetime.timedelta(days=f.r.randrange(30, 60))
        code = pack_code({"rep1": f.pick([2, 3, 3, 3]), "rep2": f.pick([1, 1, 1, 2, 4]), "rep4": 7}[rep], ship_by)
        ws.cell(row, 12, code + ("塑料件" if rep == "rep2" and i == 0 else ""))

for col, width in zip("ABCDEFGHIJKL", [25.25, 9, 18.1, 13.6, 11.6, 11.6, 9, 8.9, 10.9, 10.9, 9, 25.6]):
    ws.column_dimensions[col].width = width

scratch = wb.create_sheet("Sheet2")
for row in range(15, 43):
    amount = round(f.r.choice([f.r.uniform(100, 9000), f.r.uniform(9000, 125000)]), 2)
    scratch.cell(row, 6, amount)
    formula(scratch, f"G{row}", f"=F{row}*7", round(amount * 7, 2))
wb.create_sheet("Sheet3")

CACHED.save(wb, "orders-zh-cn-exportledger.xlsx")
