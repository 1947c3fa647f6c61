"""
Shape of GibsonFu/mplan "客戶清單明細表.xls" (at commit 0fe7c44): a Taiwanese pharmaceutical company's
customer contact list, exported from its sales system as Excel 97-2003 .xls, which a medical rep's
monthly visit-plan app reads. One sheet 客戶清單明細表21, header in row 1, no title, no styles, every
cell text. One row per contact person at a customer (a hospital, a clinic, a pharmacy): 團隊名稱
(sales team SCN1/SCN2/SCC/SCS), 業代碼 (the rep's territory code), 員工姓名 (the rep; for a vacant
territory the territory code stands there instead of a name), 客戶代號 (the customer code, a letter
and six digits, or a ten-digit new code), ERP代號 (the ERP code: the same as the customer code, or a
letter code beside a ten-digit new code, or empty for a customer not in the ERP yet), 客戶名稱 (short
hospital names, repeated on every contact of that customer), 聯絡人姓名, 聯絡人代號 (seven digits with
leading zeros, unique), 科別 (the department), 職稱 (the title: 主治醫師, 部/科主任, 藥師, 個管師 …),
級別 (the company's targeting grade: --, 00, T2, T3, ST, A, B, C, P, or empty). Rows come in blocks
per rep, the teams interleaved, and within a rep by department group (pharmacy and purchasing first,
then the clinical departments); every customer has one rep. A doctor can be listed twice at one
hospital with two contact codes (two departments); one row lacks its department and title, one its
title. Values invented (the original holds about 6,000 contacts at 269 customers; this has fewer).
"""
from fake import Fake, save, workbook

f = Fake("contacts-zh-tw-pharma")

PLACES = ["北市", "新北", "桃園", "新竹", "台中", "彰化", "嘉義", "台南", "高雄", "屏東", "宜蘭", "花蓮", "台東", "基隆"]
STEMS = ["仁濟", "安康", "博愛", "福民", "慈心", "康寧", "聖恩", "信義", "長安", "宏恩", "德生", "永和", "光明", "新生",
         "普仁", "同心", "惠民", "弘道", "德安", "佑心"]
SHAPES = ["{p}{s}", "{p}{s}醫院", "{s}醫院", "{s}紀念醫院", "{p}市立", "{s}身心診所", "{s}藥局({s2}醫院)", "{p}{s}分院",
          "{s}神經內科診所", "{s}醫院({q})"]
Q = ["急重症", "慢性病", "院本部"]
PHARMACY = [("藥局/門前藥局", ["藥師", "組長", "藥局主任"]), ("資材室/採購課", ["採購", "組長", "其他"]),
            ("其他行政單位", ["個管師", "護理師", "其他", "社工師", "心理師"]), ("藥學部/科", ["藥師", "總藥師", "藥局主任"]),
            ("藥庫", ["藥師", "組長"])]
CLINICAL = ["家醫科", "內科", "胸腔內科", "神經內科", "兒童神經科", "神經外科", "精神醫學部", "精神科", "老年精神科", "身心科",
            "兒童心智科", "神經醫學部", "其他科"]
DOCTOR_TITLES = ["主治醫師"] * 8 + ["部/科主任"] * 2 + ["兼任醫師", "住院醫師", "總醫師", "副院長", "院長", "顧問醫師", "專助/NP"]
GRADES = ["--"] * 5 + ["T3"] * 4 + [None] * 3 + ["00"] * 3 + ["C"] * 2 + ["P"] * 2 + ["ST", "B", "T2", "A"]
TEAMS = [("SCN1", "SC13"), ("SCN2", "SC21"), ("SCC", "SC33"), ("SCC", "SC31"), ("SCS", "SC41"), ("SCS", "SC42"),
         ("SCN1", "SC12"), ("SCN2", "SC22"), ("SCS", "SC43"), ("SCC", "SC32"), ("SCN1", "SC11"), ("SCS", "SC44")]


def hospital_name():
    return f._unique(lambda: f.pick(SHAPES).format(p=f.pick(PLACES), s=f.pick(STEMS), s2=f.pick(STEMS), q=f.pick(Q)))


def customer_code():
    return f._unique(lambda: f.pick("CCCCBBFDLAYJ") + f"{f.r.randrange(100, 1800):04d}" + f.pick(["00", "00", "01", "02"]))


def contact_code():
    return f._unique(lambda: f"{f.r.randrange(2000, 15000):07d}")


rows = []
reps = []
for team, code in TEAMS:
    rep = code if code == "SC44" else f.name_tw()
    reps.append((team, code, rep))
    customers = []
    for _ in range(f.r.randrange(4, 8)):
        name = hospital_name()
        cid = customer_code()
        erp = cid
        if f.chance(0.15):  # a ten-digit new code, the ERP code beside it or none yet
            cid = f._unique(lambda: f"20{f.r.randrange(18, 25)}{f.r.randrange(1, 13):02d}{f.r.randrange(1, 40):04d}")
            erp = customer_code() if f.chance(0.6) else None
        customers.append((cid, erp, name))
    block = []
    for dept, titles in PHARMACY:
        for cid, erp, name in customers:
            for _ in range(f.r.choice([0, 0, 1, 1, 2])):
                block.append((dept, cid, erp, name, f.pick(titles)))
    for dept in CLINICAL:
        for cid, erp, name in customers:
            n = f.r.choice([0, 0, 0, 1, 2, 3]) if dept in ("神經內科", "胸腔內科", "精神科") else f.r.choice([0, 0, 0, 0, 1])
            for _ in range(n):
                block.append((dept, cid, erp, name, f.pick(DOCTOR_TITLES)))
    seen = []
    for dept, cid, erp, name, title in block:
        person = f.name_tw()
        if seen and f.chance(0.02):  # the same doctor once more under another department
            prev = f.pick([s for s in seen if s[0] == cid] or seen)
            if prev[0] == cid:
                person = prev[1]
        seen.append((cid, person))
        rows.append([team, code, rep, cid, erp, name, person, contact_code(), dept, title, f.pick(GRADES)])
# Gaps the export leaves.
rows[5][9] = None
rows[len(rows) // 2][8] = None
rows[len(rows) // 2][9] = None

wb = workbook()
ws = wb.active
ws.title = "客戶清單明細表21"
ws.append(["團隊名稱", "業代碼", "員工姓名", "客戶代號", "ERP代號", "客戶名稱", "聯絡人姓名", "聯絡人代號", "科別", "職稱", "級別"])
for row in rows:
    ws.append(row)
for col, width in {"A": 9.59, "B": 7.59, "C": 9.59, "D": 11.72, "E": 9.45, "F": 26.92, "G": 24.92, "H": 11.72,
                   "I": 14.26, "J": 10.12, "K": 5.59}.items():
    ws.column_dimensions[col].width = width
save(wb, "contacts-zh-tw-pharma.xls", libreoffice="xls")

if __name__ == "__main__":
    import collections
    import os
    if os.environ.get("SHOW"):
        print(len(rows), "rows;", len({r[3] for r in rows}), "customers;", reps)
        dup = collections.Counter((r[3], r[6]) for r in rows)
        print("twice:", [k for k, c in dup.items() if c > 1])
        for n, row in enumerate(rows, start=2):
            print(n, row)
