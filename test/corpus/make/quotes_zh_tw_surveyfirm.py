"""
Shape of bluefishs/CK_Missive "docs/templates/import-templates/114報價單彙整.xlsx" (at commit
174cf25310784c1a2222ffa48862f11f2b1b4e5f): a Taiwanese surveying firm's register of the quotations
it sent in ROC year 114, kept by hand in Excel before the firm's own system existed (saved by Excel):

- five sheets with one header: 序號 / 報價單編號 / 是否成立 / 報價日期 / 客戶名稱 / 案名 / 工作地點 /
  報價金額␠ (a trailing space) / 稅內含 / 稅額 / 總價 / 實收金額 / 收款日期 / 配合廠商 / 支出金額 / 聯絡人 /
  電話 / 行動電話 / 傳真 / 統一編號 / E-mail / 地址 / 備註 / 發票日 / 印花; header frozen, an autofilter;
- 原始 holds every quotation: the blocks of the staff who ran them pasted one under another (B…,
  A…, C…, D… numbers), empty rows between blocks, each block numbered 1, 2, … again in 序號 (some
  serials missing), one stray quotation at the bottom with no number and a cut date ('114.10.');
- 老闆, 慶忠, 元宏 and 其他 are the same quotations split by the person who ran them, a few with an
  older amount or without the later remarks, two quoted under a 113 number in 原始 and a 114 number
  in 老闆, 其他 with empty rows between its three quotations;
- 是否成立 'v' for accepted, quote and invoice dates as ROC text 'yyy.mm.dd', '不開發票' typed in the
  invoice-date column, amounts as whole numbers, 稅內含 'v' when the amount includes tax, 稅額 and
  總價 formulas with Excel's cached results, receipts only on a few rows;
- the client a firm (architects, structural engineers, consultants, builders, land-registration
  agents), a person or '…之繼承人(4人)'; the same client on several quotations, its contact written
  with a title ('… 技師', '… 建築師') or only as '溫設計師'; landlines with area codes, mobiles
  '09xx-xxxxxx', fax, business numbers as text, e-mail on a few rows, address on about a third;
  remarks about price changes and invoice titles ('發票抬頭：… 統編：…').
Values invented: clients, contacts, numbers, addresses, projects, amounts and dates.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, workbook

f = Fake("quotes-zh-tw-surveyfirm")

HEADER = ["序號", "報價單編號", "是否成立", "報價日期", "客戶名稱", "案名", "工作地點", "報價金額 ", "稅內含", "稅額", "總價",
          "實收金額", "收款日期", "配合廠商", "支出金額", "聯絡人", "電話", "行動電話", "傳真", "統一編號", "E-mail", "地址",
          "備註", "發票日", "印花"]
AREAS = [("04", "台中市", ["北區", "南區", "西屯區", "北屯區", "大雅區", "太平區"]), ("02", "台北市", ["南港區", "大安區", "中山區"]),
         ("02", "新北市", ["三重區", "永和區", "板橋區"]), ("03", "桃園市", ["平鎮區", "中壢區"]), ("037", "苗栗縣", ["通霄鎮", "竹南鎮"])]
ROADS = ["五權路", "忠孝東路", "公館路", "安和一街", "正義街", "平順街", "中山路", "文心路", "興安路"]
FIRMS = ["建築師事務所", "土木結構技師事務所", "工程顧問有限公司", "工程顧問股份有限公司", "建設有限公司", "建設股份有限公司",
         "地政士聯合事務所", "不動產估價師聯合事務所", "營造有限公司", "科技股份有限公司"]
TITLES = ["負責人", "技師", "建築師", "經理", "地政士", "代書", "總經理", "董事長", "主任"]
JOBS = ["建物第一次測量", "現況測量", "透地雷達測量", "建物傾斜及高程測量", "界標測設", "地形測量", "建築線測量", "土地鑑界",
        "建物標示圖簽證", "補充測量"]
LAND = ["惠來厝段", "新萬興段", "北王田段", "科雅段", "金華段", "光隆段", "北勢窩段", "金獅段"]


def name():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def landline(code):
    n = f.r.randrange(1000, 9999)
    return {"04": f"04-2300{n}", "02": f"02-2700{n}", "03": f"03-520{n}", "037": f"037-66{n}"}[code]


def mobile():
    return f.mobile_tw()


def client():
    code, city, districts = f.pick(AREAS)
    kind = f.r.random()
    person = name()
    if kind < 0.62:
        firm = f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW) + f.pick(FIRMS))
        if "事務所" in firm and f.chance(0.5):
            firm = person + f.pick(["建築師事務所", "土木技師事務所", "地政士事務所"])
        contact = person + (" " + f.pick(TITLES) if f.chance(0.55) else "")
        if f.chance(0.05):
            contact = person[0] + "設計師"
    elif kind < 0.95:
        firm = person
        contact = person if f.chance(0.6) else name() + f.pick(["", " 地政士", " 代書"])
    else:
        firm = person + "之繼承人(" + str(f.pick([2, 3, 4])) + "人)"
        contact = name()
    return {
        "name": firm, "contact": contact, "city": city, "districts": districts,
        "phone": landline(code) if kind < 0.62 and f.chance(0.8) or f.chance(0.2) else None,
        "mobile": mobile() if f.chance(0.5 if kind < 0.62 else 0.85) else None,
        "fax": landline(code) if kind < 0.62 and f.chance(0.3) else None,
        "taxid": f"{f.r.randrange(10000000, 99999999)}" if kind < 0.62 and f.chance(0.85) else None,
        "email": f.email(f"survey{f.r.randrange(100, 999)}") if kind < 0.62 and f.chance(0.1) else None,
        "address": f"{city}{f.pick(districts)}{f.pick(ROADS)}{f.r.randrange(1, 300)}號" if f.chance(0.4) else None,
    }


clients = [client() for _ in range(82)]
weights = [6, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2] + [1] * 69


def roc(d):
    return f"{d.year - 1911}.{d.month:02d}.{d.day:02d}"


def quote(prefix, k, c):
    d = f.date(datetime.date(2025, 1, 6), datetime.date(2025, 12, 30))
    city = c["city"]
    site = f"{city}{f.pick(c['districts'])}{f.pick(LAND)}{f.r.randrange(1, 1500)}地號" + f.pick(["", "等3筆", "等4筆土地"])
    amount = f.pick([1000, 1905, 8000, 10000, 12000, 15000, 18000, 20000, 30000, 40000, 45000, 49800, 52000, 120000,
                     229200, 252940, 450000])
    taxin = "v" if f.chance(0.22) else None
    invoice = None
    stamp = None
    if f.chance(0.8):
        invoice = roc(d + datetime.timedelta(days=f.r.randrange(5, 120)))
        if invoice.startswith("115") and f.chance(0.3):
            invoice = None
        stamp = "v" if f.chance(0.45) else None
    if c["name"] == c["contact"] and f.chance(0.25):
        invoice = "不開發票"
    note = None
    r = f.r.random()
    if r < 0.08:
        note = f"金額改為含稅{f.pick(['4萬', '12萬', '3萬', str(amount)])}"
    elif r < 0.16:
        note = f"發票抬頭：{f.pick(SURNAMES_TW)}{f.pick(GIVEN_TW)}{f.pick(FIRMS)}  統編：{f.r.randrange(10000000, 99999999)}"
    elif r < 0.2:
        note = f.pick(["給現金", "依實作數量計價", "12/10轉帳"])
    received = roc(d + datetime.timedelta(days=f.r.randrange(10, 60))) if prefix == "C" and f.chance(0.25) else None
    return {"no": f"B114-{prefix}{k:03d}-{f.pick(['0', '0', '1', '2'])}", "ok": "v", "date": roc(d), "client": c,
            "case": f"{f.pick(LAND)}{f.r.randrange(1, 1500)}地號{f.pick(JOBS)}" if f.chance(0.6) else f.pick(JOBS),
            "site": site if f.chance(0.95) else None, "amount": amount, "taxin": taxin, "received": received,
            "note": note, "invoice": invoice, "stamp": stamp}


pool = [c for c, w in zip(clients, weights) for _ in range(w)]
f.r.shuffle(pool)
blocks = {"B": [], "A": [], "C": [], "D": []}
sizes = {"B": 43, "A": 6, "C": 56, "D": 2}
it = iter(pool)
for prefix in "BACD":
    used = set()
    for k in range(1, sizes[prefix] + 1):
        blocks[prefix].append(quote(prefix, k + f.r.randrange(0, 3) * (k > 10), next(it)))
# two quotations typed without a client name, one without a date; a 113 number in the boss's block
blocks["B"][17]["client"] = None
blocks["C"][40]["client"] = None
blocks["B"][30]["date"] = None
blocks["A"][2]["no"], blocks["A"][3]["no"] = "B113-A016-2", "B113-A016-3"
blocks["A"][5]["no"] = "B110-012-v6"
blocks["D"][0]["no"] = "B114-D001"


def row_values(serial, q):
    c = q["client"] or {}
    return [serial, q["no"], q["ok"], q["date"], c.get("name"), q["case"], q["site"], q["amount"], q["taxin"], None, None,
            None, q["received"], None, None, c.get("contact"), c.get("phone"), c.get("mobile"), c.get("fax"),
            c.get("taxid"), c.get("email"), c.get("address"), q["note"], q["invoice"], q["stamp"]]


def serials(n, missing):
    return [None if k in missing else k + 1 for k in range(n)]


def write_sheet(ws, entries, freeze, filter_to):
    for j, h in enumerate(HEADER, 1):
        ws.cell(1, j, h)
    cached = {}
    for i, vals in enumerate(entries, 2):
        if vals is None:
            continue
        for j, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(i, j, v)
        ws.cell(i, 10, f'=IF(I{i}="",ROUND(H{i}*0.05,0),ROUND(H{i}/1.05*0.05,0))')
        ws.cell(i, 11, f'=IF(I{i}="",H{i}+J{i},H{i})')
        amount, taxin = vals[7], vals[8]
        tax = round(amount * 0.05) if not taxin else round(amount / 1.05 * 0.05)
        cached[(ws.title, i)] = (tax, amount + tax if not taxin else amount)
        for col in (8, 10, 11):
            ws.cell(i, col).number_format = '_-* #,##0_-;\\-* #,##0_-;_-* "-"??_-;_-@_-'
    ws.freeze_panes = freeze
    ws.auto_filter.ref = f"A1:Y{filter_to}"
    for col, width in zip("ABCEFGHIJKPQRSTUVWXY", [6.8, 15.4, 12.5, 29, 51.6, 38.2, 14, 9.6, 10.6, 12.6, 16.1, 24.2, 14.1,
                                                    15.4, 12.5, 32.9, 39.4, 55.2, 17.5, 7]):
        ws.column_dimensions[col].width = width
    return cached


wb = workbook()
cached = {}
# 原始: the four blocks one under another, empty rows between, a stray quotation at the bottom
orig = []
for prefix, gap, missing in (("B", 7, {12}), ("A", 1, set()), ("C", 2, {20, 21}), ("D", 0, {1})):
    for s, q in zip(serials(len(blocks[prefix]), missing), blocks[prefix]):
        orig.append(row_values(s, q))
    orig += [None] * gap
stray = row_values(None, quote("D", 9, f.pick(clients)))
stray[1], stray[3], stray[6] = None, "114.10.", None
orig += [None] * 5 + [stray, None, None]
ws = wb.active
ws.title = "原始"
cached.update(write_sheet(ws, orig, "V2", 47))

# the per-person sheets: the same quotations, a few with the older amount or without later remarks
for title, prefix, freeze, missing in (("老闆", "A", "G2", {5}), ("慶忠", "B", "V2", {3, 9, 22, 30, 33, 38}),
                                        ("元宏", "C", "G2", {7, 19, 33, 41, 50}), ("其他", "D", "G2", set())):
    entries = []
    for s, q in zip(serials(len(blocks[prefix]), missing), blocks[prefix]):
        vals = row_values(s, q)
        if f.chance(0.08):
            vals[7] = vals[7] + f.pick([2000, 4000])  # the amount before it was changed
        if vals[22] and f.chance(0.3):
            vals[22] = None
        if title == "老闆" and vals[1].startswith("B113-A016"):
            vals[1] = vals[1].replace("B113", "B114")
        entries.append(vals)
    if title == "其他":
        entries = [None] + entries[:2] + [None, None, None] + [row_values(None, quote("Y", 1, f.pick(clients)))]
        entries[-1][2] = None
        entries += [None, None, None]
    else:
        entries += [None, None]
    cached.update(write_sheet(wb.create_sheet(title), entries, freeze, len(entries) if title != "老闆" else 1))

sheet_files = {w.title: f"xl/worksheets/sheet{k + 1}.xml" for k, w in enumerate(wb.worksheets)}
from fake import _save_rewritten  # noqa: E402
import re  # noqa: E402

CELL = re.compile(r'<c r="([JK])(\d+)"([^>]*?)(?: t="\w+")?><f>(.*?)</f><v\s*/?>(?:</v>)?</c>')


def rewrite(member, text):
    title = next((t for t, m in sheet_files.items() if m == member), None)
    if title is None:
        return text

    def cell(m):
        col, row, attrs, formula = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        tax, total = cached[(title, row)]
        return f'<c r="{col}{row}"{attrs}><f>{formula}</f><v>{tax if col == "J" else total}</v></c>'

    return CELL.sub(cell, text)


_save_rewritten(wb, "quotes-zh-tw-surveyfirm.xlsx", rewrite)
