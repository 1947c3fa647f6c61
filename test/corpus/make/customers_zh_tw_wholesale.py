"""
Shape of dannykan/erp "backend/台悅出貨系統 2023_231024 - 客戶.csv" (at commit da4d9de): the 客戶 sheet of a
food-service disposables wholesaler's shipping workbook in Google Sheets, downloaded as CSV (UTF-8, no
BOM, LF, multi-line cells quoted). Row 1 holds only 公司名稱 above the short-name column; row 2 the
header 客戶代號 / 簡稱 / 長名稱 / 統編 / 聯絡窗口 / 電話 / 送貨地址 / 發票抬頭 / 銷貨類別 / 建檔日期 / E-mail.
Customer codes of five characters (one typed with a slash), short shop names (a person's name, a name
with the buyer in brackets, a dish), the long name a formula joining code and short name, business
numbers on half (leading zeros kept), a contact on two, one to two phone numbers joined by ┃ in any
spelling (a digit too many, no dash, dashes in odd places), a delivery address (a second warehouse
address on a new line in the same cell, a landmark in brackets, 自取), the invoice title, 現金 or 月結,
the date the row was added as y/m/d text, no e-mail. An 員工 account for staff purchases, a code with
nothing else, three new customers without a code, then the long-name formula copied down eleven empty
rows. Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("customers-zh-tw-wholesale")

SHOPS = list("福祥興隆昌泰盛鑫源豐順發益嘉和億達宏美永協聯祐佳旺新宜信")
SUFFIX = ["商行", "企業有限公司", "企業社", "實業社", "食品有限公司", "糧食行", "雜糧行", "免洗餐具行", "國際股份有限公司", "行"]
PLACES = [("新北市", ["中和區", "三重區", "汐止區", "板橋區", "永和區", "五股區", "土城區", "泰山區"]),
          ("台北市", ["信義區", "大安區", "大同區", "內湖區", "松山區", "士林區", "北投區", "南港區"]),
          ("基隆市", ["中正區", "中山區", "信義區", "七堵區", "仁愛區", "暖暖區"])]
ROADS = ["民安街", "忠義路", "仁愛街", "大勇路", "福德街", "建國路", "中山路", "成功路", "新生街", "和平路", "長安街", "南昌路"]
PEOPLE = ["林秀華", "蔡志明", "黃美玲", "吳建宏"]


def shop():
    return f._unique(lambda: "".join(f.r.sample(SHOPS, 2)))


def code(prefix=None):
    return f._unique(lambda: (prefix or f.pick("CGMRTUVWXF") + f.pick("ABCDFGJMRUVWXYZ0123")) + f"{f.r.randrange(0, 7)}0{f.r.randrange(0, 7)}")


def landline(area="02", odd=False):
    if odd == "long":
        return f"({area})2{f.r.randrange(1000, 9999)}-{f.r.randrange(1000, 9999)}"
    if odd == "nodash":
        return f"({area})2{f.r.randrange(1000000, 9999999)}"
    return f"({area})2{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}"


def mobile(odd=False):
    n = f"{f.r.randrange(1000000):06d}"
    return f"09000-{n[:2]}-{n[2:5]}" if odd else f"0900-{n[:3]}-{n[3:]}"


def phones(kind):
    if kind == "LM":
        return landline() + "┃" + mobile()
    if kind == "LL":
        return landline() + "┃" + landline()
    if kind == "M":
        return mobile()
    if kind == "ML":
        return mobile(odd=f.chance(0.2)) + "┃" + landline()
    return landline()


def address(extra=None):
    city, districts = f.pick(PLACES)
    text = f"{city}{f.pick(districts)}{f.pick(ROADS)}{f.r.randrange(1, 600)}號"
    if f.chance(0.15):
        text = text.replace("號", f"-{f.r.randrange(1, 9)}號")
    if extra == "warehouse":
        text += f"\n({f.pick(['倉', '庫'])}){f.pick(ROADS)}{f.r.randrange(1, 300)}巷{f.r.randrange(1, 40)}號"
    elif extra == "landmark":
        text += f.pick(["(靠近市場口)", "(果菜市場旁)", "(F2倉)", "(中央廚房)", "1樓"])
    return text


# (code, short name override, business number?, contact, phone kind, address kind, invoice?, sales type, date)
D1, D2, D3 = "2023/10/5", "2023/11/8", "2023/12/4"
SPEC = [("22000", None, 1, "", "LM", "", 1, "現金", D1), ("52000", None, 0, "", "L", "", 0, "現金", D1),
        ("7/000", "person", 0, "", "LM", "", 0, "月結", D1), ("7J000", "bracket", 1, "", "ML", "", 1, "月結", D1),
        ("7T000", "person", 0, "", "M", "none", 0, "現金", D1), ("7U000", None, 1, "", "L", "", 1, "現金", D1),
        ("7V000", None, 1, "", "LM", "landmark", 1, "月結", D1), (None, None, 1, "", "LL", "warehouse", 1, "月結", D1),
        (None, None, 1, "Alice", "L", "", 1, "現金", D1), (None, None, 1, "", "LL", "", 1, "現金", D1),
        (None, None, 0, "", "LM", "", 0, "現金", D1), (None, None, 1, "", "LM", "", 1, "現金", D1),
        (None, None, 0, "", "LM", "", 0, "現金", D1), (None, None, 1, "", "LL", "warehouse", 1, "月結", D1),
        (None, None, 1, "", "long", "", 1, "月結", D1), (None, None, 1, "", "nodashM", "", 1, "月結", D1),
        (None, None, 1, "", "LL", "", 1, "現金", D1), (None, "dish", 0, "", "L", "self", 0, "現金", D1),
        (None, None, 1, "", "ML", "", 1, "現金", D1), (None, None, 1, "", "LM", "", 1, "現金", D1),
        (None, None, 1, "", "LL", "", 1, "現金", D1), (None, None, 1, "", "LL", "warehouse", 1, "現金", D1),
        ("ME000", "staff", 0, "", "", "none", 0, "現金", D1), (None, None, 1, "", "L", "", 1, "月結", D1),
        (None, None, 0, "", "LL", "", 0, "現金", D1), (None, None, 0, "", "", "none", 0, "現金", D1),
        (None, None, 0, "person", "LM", "", 0, "現金", D1), (None, "person", 0, "", "L", "", 0, "現金", D1),
        (None, "dish", 0, "", "M", "none", 0, "現金", D1), (None, None, 0, "", "LM", "", 0, "現金", D1),
        (None, None, 0, "", "L", "", 0, "現金", D1), (None, None, 0, "", "L", "", 1, "現金", D1),
        (None, None, 0, "", "ML", "landmark", 0, "現金", D1), (None, None, 0, "", "LL", "", 0, "現金", D1),
        (None, None, 0, "", "LL", "", 0, "月結", D1), (None, None, 0, "", "LL", "landmark", 1, "現金", D1),
        (None, None, 0, "", "L", "", 0, "現金", D1), (None, None, 0, "", "L", "", 0, "現金", D1),
        (None, "dish", 0, "", "LL", "landmark", 1, "月結", D1), (None, None, 0, "", "ML", "", 0, "現金", D1),
        (None, None, 0, "", "L", "landmark", 0, "月結", D1),
        (None, None, 0, "", "LM", "", 0, "現金", D2), (None, None, 0, "", "ML", "", 0, "現金", D2),
        (None, "firm", 0, "", "M", "", 0, "現金", D2), ("1F000", "street", 0, "", "ML", "", 0, "現金", D2),
        (None, None, 0, "", "ML", "landmark", 1, "現金", D2), (None, None, 0, "", "L", "", 0, "現金", D2),
        (None, None, 0, "", "LL", "", 1, "現金", D3),
        ("", None, 0, "", "", "none", 0, "現金", ""), ("", None, 0, "", "", "none", 0, "現金", ""),
        ("", None, 0, "", "", "none", 0, "現金", ""),
        (None, None, 1, "", "L", "", 1, "現金", D3), (None, "dish", 0, "", "ML", "", 0, "現金", D3),
        (None, None, 0, "", "ML", "landmark", 0, "現金", D3), (None, None, 1, "", "LL", "landmark", 1, "現金", D3)]

rows = [["", "公司名稱", "", "", "", "", "", "", "", "", ""],
        ["客戶代號", "簡稱", "長名稱", "統編", "聯絡窗口", "電話", "送貨地址", "發票抬頭", "銷貨類別", "建檔日期", "E-mail"]]
for cid, kind, has_no, contact, phone_kind, addr_kind, has_invoice, sales, added in SPEC:
    cid = code() if cid is None else cid
    if kind == "person":
        name = f._unique(lambda: f.pick("陳林黃張李王吳劉蔡楊") + f.pick(SHOPS) + f.pick("明華玲宏志美芳"))
    elif kind == "bracket":
        base = shop()
        name = f"{f.pick('陳林黃張李')}{f.pick('文志建')}{f.pick('達明宏')}({base})"
    elif kind == "dish":
        name = f._unique(lambda: f.pick(["水餃店", "臭豆腐", "米苔目", "油飯", "麵線", "豆花"]))
    elif kind == "staff":
        name = "員工"
    elif kind == "street":
        name = f.pick(ROADS)
    elif kind == "firm":
        name = shop() + "企業社"
    else:
        name = shop()
    business = f._unique(lambda: f"{f.r.randrange(0, 99999999):08d}") if has_no else ""
    if has_no and f.chance(0.15):
        business = "0" + business[1:]
    person = {"person": f.pick(PEOPLE)}.get(contact, contact)
    if phone_kind == "long":
        tel = landline(odd="long")
    elif phone_kind == "nodashM":
        tel = landline(odd="nodash") + "┃" + mobile()
    elif phone_kind:
        tel = phones(phone_kind)
    else:
        tel = ""
    addr = {"none": "", "self": "自取"}.get(addr_kind) if addr_kind in ("none", "self") else address(addr_kind or None)
    invoice = ""
    if has_invoice:
        bare = name.split("(")[-1].rstrip(")")
        invoice = bare + f.pick(SUFFIX)
        if f.chance(0.1):
            invoice = invoice.replace(bare[0], "双" if bare[0] == "雙" else bare[0])
    long_name = f"{cid} {name}"
    rows.append([cid, name, long_name, business, person, tel, addr, invoice, sales, added, ""])
for _ in range(11):
    rows.append(["", "", " ", "", "", "", "", "", "", "", ""])


def cell(v):
    return f'"{v}"' if ("\n" in v or "," in v or '"' in v) else v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-zh-tw-wholesale.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(",".join(cell(v) for v in r) for r in rows))
