"""
Shape of Syske/python-learning "doc/客户信息.xlsx" (at commit 0a9f3f2): a power-supply company's
customer-manager list of electricity users (居民 and 非居民), saved by WPS 表格, from which a script
fills one Word form per user. One sheet, Sheet1, under a three-row header with merged cells:
用户编号, 台区编号, 用户名称, 用电地址, 证件号码, 客户经理姓名, 客户经理服务电话 (each merged over rows
1–3), then 非居民客户 (merged over H1:L1) with 主体资格证明 (H2:K2: 营业执照, 事业单位法人证书,
统一社会信用代码证, 税务登记证 in row 3) and 身份证明 (L2, 身份证 in L3), then four pairs of a
联系人 column and a role column holding that person's phone: 联系人 | 客户本人, 联系人 | 账务联系人,
联系人 | 停送电联系人, 联系人 | 电气联系人 (each merged over rows 1–3; the header 联系人 four times).
40 users from row 4, no blank rows: user and district numbers stored as numbers (one user number
typed as text with a trailing space), residents named by person and companies by name, the
account manager (four of them, each with a service line stored as a number, one the 95598
hotline) on every row, the certificate columns filled on the non-residents' rows only (one kind
each), mobiles stored as numbers, masked numbers (138****…) and "..." placeholders among the
contacts. Thin borders, centred header. Re-saved by LibreOffice (the original is a WPS file).
Values invented.
"""
from openpyxl.styles import Alignment, Border, Side

from fake import CITIES_CN, Fake, save, workbook

f = Fake("clients-zh-cn-powergrid")
CITY = CITIES_CN[0]  # one supply area

MANAGERS = [("邓志远", 4763130), ("钟丽华", 4763152), ("潘建国", 95598), ("覃晓梅", 4763187)]
TRADES = ["五金加工厂", "食品有限公司", "物业管理有限公司", "小学", "卫生院", "水产养殖场", "建材经营部", "纺织有限公司",
          "酒店", "村民委员会", "冷链物流有限公司", "塑料制品厂"]
STEMS = ["湛江市宏达", "赤坎区永兴", "麻章区鑫源", "霞山区海湾", "湛江南国", "湛江市金穗", "湛江恒昌", "湛江市粤海"]
INSTITUTIONS = ["小学", "卫生院", "村民委员会"]


def id_card():
    born = f.date(__import__("datetime").date(1950, 1, 1), __import__("datetime").date(2000, 12, 31))
    return "4408" + f.pick(["02", "03", "11"]) + born.strftime("%Y%m%d") + f"{f.r.randrange(1000):03d}" + f.pick("0123456789X")


def credit_code():
    return "9144080" + "".join(f.pick("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(11))


def masked():
    return "138****" + f"{f.r.randrange(10000):04d}"


rows = []
user_no = 2052054
for i in range(40):
    user_no += f.r.randrange(1, 40)
    district = 5005530 + f.r.randrange(1, 60)
    manager, line = MANAGERS[f.r.randrange(4)]
    resident = f.chance(0.62)
    certs = [None] * 5
    if resident:
        name = f.name_cn()
        id_no = id_card()
        own = name if f.chance(0.8) else f.name_cn()
        finance = (None, None)
        outage = (f.name_cn(), int(f.mobile_cn())) if f.chance(0.35) else (None, None)
        electric = (None, None)
    else:
        trade = f.pick(TRADES)
        name = f._unique(lambda: f.pick(STEMS) + trade)
        code = credit_code()
        id_no = code
        kind = 1 if trade in INSTITUTIONS else f.pick([0, 2, 2, 3])
        certs[kind] = code if kind in (1, 2) else f"44080{f.r.randrange(10**9):09d}"
        if f.chance(0.7):
            certs[4] = id_card()
        own = f.name_cn()
        finance = (f.name_cn(), int(f.mobile_cn()) if f.chance(0.7) else masked())
        outage = (f.name_cn(), int(f.mobile_cn())) if f.chance(0.8) else ("...", None)
        electric = (f.name_cn(), int(f.mobile_cn())) if f.chance(0.6) else (None, None)
    own_phone = int(f.mobile_cn()) if f.chance(0.9) else masked()
    rows.append([user_no, district, name, f.address_cn(CITY), id_no, manager, line, *certs, own, own_phone, *finance,
                 *outage, *electric])
# The mess: a user number typed as text, a contact written "..." with no number, a missing phone.
rows[21][0] = f"{rows[21][0]} "
rows[6][12], rows[6][13] = "...", None
rows[33][13] = None
rows[28][4] = None

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for col, text in zip("ABCDEFG", ["用户编号", "台区编号", "用户名称", "用电地址", "证件号码", "客户经理姓名", "客户经理服务电话"]):
    ws[f"{col}1"] = text
    ws.merge_cells(f"{col}1:{col}3")
ws["H1"] = "非居民客户"
ws.merge_cells("H1:L1")
ws["H2"] = "主体资格证明"
ws.merge_cells("H2:K2")
ws["L2"] = "身份证明"
for col, text in zip("HIJKL", ["营业执照", "事业单位法人证书", "统一社会信用代码证", "税务登记证", "身份证"]):
    ws[f"{col}3"] = text
for col, text in zip("MNOPQRST", ["联系人", "客户本人", "联系人", "账务联系人", "联系人", "停送电联系人", "联系人", "电气联系人"]):
    ws[f"{col}1"] = text
    ws.merge_cells(f"{col}1:{col}3")
for n, row in enumerate(rows, start=4):
    for c, value in enumerate(row, start=1):
        if value is not None:
            ws.cell(n, c, value)
thin = Side(style="thin")
for r in ws.iter_rows(min_row=1, max_row=3 + len(rows), max_col=20):
    for cell in r:
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if cell.row <= 3:
            cell.alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[1].height = 21
for col, width in {"A": 11.5, "B": 11.5, "C": 11.78, "D": 11.5, "E": 11.5, "F": 11.5, "G": 11.5, "I": 9.38, "J": 12.5,
                   "K": 12.38, "T": 14}.items():
    ws.column_dimensions[col].width = width
save(wb, "clients-zh-cn-powergrid.xlsx", libreoffice="xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=4):
            print(n, row)
