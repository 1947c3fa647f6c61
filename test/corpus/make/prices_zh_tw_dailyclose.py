"""
Shape of a Taiwanese retail investor's back-test data workbook, as lij1017-cmd/TASK1 keeps it ("資料.xlsx",
commit 57b42253f5ff33bdc1b5c34bf57dd6c6c316a8a6), read by a pandas strategy script.

- Four sheets, one panel each, stocks across and trading days down: 收盤價 (closing prices), 成交量 (volume,
  in lots), 反向ETF收盤價 and 反向ETF成交量 (four inverse ETFs).
- Row 1 '股票代號' then the codes as text (0050-style codes, '00632R'); row 2 '股票名稱' then the short names;
  from row 3 column A a text label joining the date and the measure ('20190102收盤價', '20190102成交量'),
  then one number per stock. No title, no merges, no blank rows; a few empty volume cells where a stock did
  not trade or was not yet listed.
- The original runs 1,778 trading days (2019-01 to 2026-05) over 138 stocks; here 240 trading days over 40
  stocks (the codes and short names are public listings; every price and volume is invented).
Market data, no clients: a person imports nothing.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("prices-zh-tw-dailyclose")
STOCKS = [("1101", "台泥"), ("1102", "亞泥"), ("1216", "統一"), ("1301", "台塑"), ("1303", "南亞"), ("1326", "台化"),
          ("1402", "遠東新"), ("1565", "精華"), ("1785", "光洋科"), ("1815", "富喬"), ("2002", "中鋼"), ("2059", "川湖"),
          ("2105", "正新"), ("2207", "和泰車"), ("2301", "光寶科"), ("2303", "聯電"), ("2308", "台達電"), ("2317", "鴻海"),
          ("2327", "國巨"), ("2330", "台積電"), ("2344", "華邦電"), ("2345", "智邦"), ("2357", "華碩"), ("2368", "金像電"),
          ("2379", "瑞昱"), ("2382", "廣達"), ("2395", "研華"), ("2408", "南亞科"), ("2412", "中華電"), ("2449", "京元電子"),
          ("2454", "聯發科"), ("2603", "長榮"), ("2881", "富邦金"), ("2882", "國泰金"), ("2891", "中信金"), ("3008", "大立光"),
          ("3037", "欣興"), ("3711", "日月光投控"), ("6505", "台塑化"), ("7769", "鴻勁")]
ETFS = [("00632R", "元大台灣50反1"), ("00664R", "國泰臺灣加權反1"), ("00676R", "富邦臺灣加權反1"), ("00686R", "群益臺灣加權反1")]

days = []
d = datetime.date(2024, 1, 2)
while len(days) < 240:
    if d.weekday() < 5:
        days.append(d)
    d += datetime.timedelta(days=1)


def walk(start, n, step):
    out, v = [], start
    for _ in range(n):
        v = max(0.5, v * (1 + f.r.uniform(-step, step)))
        out.append(v)
    return out


def tick(p):
    if p < 10:
        return round(p, 2)
    if p < 50:
        return round(p * 20) / 20
    if p < 100:
        return round(p * 10) / 10
    if p < 500:
        return round(p * 2) / 2
    if p < 1000:
        return float(round(p))
    return float(round(p / 5) * 5)


def panel(ws, items, label, values):
    ws.cell(1, 1, "股票代號")
    ws.cell(2, 1, "股票名稱")
    for j, (code, name) in enumerate(items, 2):
        c = ws.cell(1, j, code)
        if label == "成交量":
            c.number_format = "@"
        ws.cell(2, j, name)
    for i, day in enumerate(days, 3):
        ws.cell(i, 1, day.strftime("%Y%m%d") + label)
        for j in range(len(items)):
            v = values[j][i - 3]
            if v is not None:
                ws.cell(i, j + 2, v)


def prices(n):
    return [[tick(p) for p in walk(f.r.choice([12, 25, 48, 75, 140, 320, 650, 1200]), len(days), 0.025)] for _ in range(n)]


def volumes(n, late_start):
    cols = []
    for j in range(n):
        base = f.r.choice([300, 1500, 6000, 20000, 60000])
        col = [int(base * f.r.uniform(0.4, 2.2)) for _ in days]
        for k in range(len(col)):
            if f.chance(0.004):
                col[k] = None
        if j in late_start:
            for k in range(late_start[j]):
                col[k] = None
        cols.append(col)
    return cols


wb = workbook()
ws = wb.active
ws.title = "收盤價"
ws.column_dimensions["A"].width = 13
panel(ws, STOCKS, "收盤價", prices(len(STOCKS)))
ws = wb.create_sheet("成交量")
panel(ws, STOCKS, "成交量", volumes(len(STOCKS), {len(STOCKS) - 1: 35}))
ws = wb.create_sheet("反向ETF收盤價")
panel(ws, ETFS, "收盤價", [[round(p, 2) for p in walk(s, len(days), 0.012)] for s in (18.5, 9.8, 12.3, 4.6)])
ws = wb.create_sheet("反向ETF成交量")
panel(ws, ETFS, "成交量", volumes(len(ETFS), {}))
save(wb, "prices-zh-tw-dailyclose.xlsx")
