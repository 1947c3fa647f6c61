"""
Shape of junaiddata/salesorder-web "data/customers.xlsx": a Dubai sanitary and electrical
materials trader's customer master, kept in Excel (author and last editor the company itself) and
used to load customers with their salesman into a sales-order web app.

- Sheet "Sheet1": header on row 1 exactly as typed, 'customer_code ' (trailing space) /
  'customer_naem' (typo) / 'salesman'; an AutoFilter over A1:C453; no title, no formats.
  452 customers sorted by code, codes HO00056 … HO03197 with gaps (no duplicates). Names are
  contracting, electromechanical, MEP and building-material firms in the Emirates, upper case
  mostly (58 in mixed case), L.L.C / LLC / L.L.C. / (L.L.C) / CO. LTD / EST / "- Foreign Branch"
  / "- DUBAI BRANCH" spellings. The salesman is a first name in capitals (14 values, 76 … 1
  customers each), plus 'EX' (a former salesman's customers, 25), 'STORES' (8), a 'NAME SIR' (6)
  and once a customer's own short name (a counter account).
- Sheet "Sheet2": no header; A holds the same 452 codes from row 1, B a VLOOKUP formula back to
  Sheet1 (=VLOOKUP(A1,Sheet1!A:C,2,0)) with the customer name cached. In F15:F54 an import log
  was pasted: one line per customer whose salesman the app did not know ("Salesman 'EX' not
  found. Skipping customer '…'.", 39 lines, one such customer missing) and a last line
  "✅ Imported 0 customers. Skipped 413 already existing."; G15:G19 hold five of those lines cut
  at 20 characters.
Values invented.
"""
from xml.sax.saxutils import escape

from fake import CachedFormulas, Fake, workbook

f = Fake("customers-en-ae-mepsupplier")

SALESMEN = [("FAIZAL", 76), ("NOUFAL", 70), ("RIYAS", 68), ("SHAMEER", 64), ("ABU TALIB", 42), ("ANOOP", 41),
            ("DEV", 27), ("EX", 25), ("MURUGAN", 14), ("STORES", 8), ("VENU", 8), ("KAREEM SIR", 6), ("SAJID", 2)]
COUNTER = ("ZENITH", "ZENITH BUILDING MATERIALS TRADING L.L.C")   # a customer that is its own salesman

AR = ["AL BARSHA", "AL QUOZ", "AL NOOR", "AL WAHA", "AL RAYAN", "AL SAFA", "AL MANAR", "AL JAZEERA", "AL FAJR",
      "AL MIZAN", "AL TAWAM", "AL SAHRA", "AL BUSTAN", "AL KHAIMA", "AL MARSA", "AL QIMMA", "AL ZAHRA", "AL HIKMA",
      "BIN SAEED", "BIN HAMOUDA", "BIN OBAID", "AL MUHAIRI", "AL SUWAIDI", "AL KETBI", "AL MAZROUEI", "AL DHAHERI",
      "RAS AL KHOR", "JEBEL ALI", "NAD AL SHEBA", "UMM SUQEIM", "DEIRA", "KARAMA", "SATWA", "MIRDIF"]
EN = ["BLUE OCEAN", "SKYLINE", "SILVER CREST", "GREEN LEAF", "UNITED FALCON", "GOLDEN SANDS", "PRIME POINT",
      "NEW HORIZON", "CROWN", "DIAMOND EDGE", "PEARL COAST", "EMIRATES STAR", "GULF BRIDGE", "TRIDENT", "ORBIT",
      "SUMMIT", "CASCADE", "KEYSTONE", "MERIDIAN", "NORTHGATE", "SANDSTONE", "ZEST", "RED DUNE", "TECHNOCRAFT",
      "AQUAFLOW", "POWERLINE", "BRIGHT WAY", "ROYAL PALM", "EASTWIND", "METRO LINK", "FIRST CHOICE", "ACE"]
TRADE = ["BUILDING CONTRACTING", "ELECTROMECHANICAL WORKS", "ELECTROMECHANICAL CONTRACTING", "ELECTRICAL & MECHANICAL WORKS",
         "BUILDING MATERIALS TRADING", "GENERAL CONTRACTING", "TECHNICAL SERVICES", "MEP CONTRACTING", "ENGINEERING SERVICES",
         "SANITARY WARE TRADING", "ELECT & SANITARY TRADING", "INTERIOR DECOR AND ELECTROMECHANICAL WORKS",
         "PLUMBING & DRAINAGE CONTRACTING", "ELECTRO MECHANICAL CONT", "BUILDING & CONSTRUCTION MATERIALS TRADING",
         "SWIMMING POOLS CONTRACTING", "FACILITIES MANAGEMENT", "REAL ESTATE", "HARDWARE TRADING", "ENGINEERING"]
FORMS = ["L.L.C"] * 9 + ["LLC"] * 8 + ["L.L.C."] * 3 + ["(L.L.C)", "CO. L.L.C", "CO (L.L.C)", "CO. LTD", "EST",
         "CO.L.L.C", "- Foreign Branch", "L L C- O.P.C - DUBAI BRANCH", "- SOLE PROPRIETORSHIP L.L.C.", ""]


def firm():
    core = f.pick(AR) if f.chance(0.5) else f.pick(EN)
    name = f"{core} {f.pick(TRADE)} {f.pick(FORMS)}".strip()
    return name


names, seen = [], {COUNTER[1]}
while len(names) < 451:
    n = firm()
    if n not in seen:
        seen.add(n)
        names.append(n)
# 58 names typed in mixed case
for i in f.r.sample(range(451), 58):
    names[i] = " ".join(w if "." in w or w.startswith("(") or w in ("LLC", "EST", "MEP", "-") else w.capitalize()
                        for w in names[i].split(" "))
names.insert(5, COUNTER[1])

owners = [s for s, n in SALESMEN for _ in range(n)]
f.r.shuffle(owners)
owners.insert(5, COUNTER[0])

codes, c = [], 56
for _ in range(452):
    codes.append(f"HO{c:05d}")
    c += f.r.choice([1, 2, 3, 4, 5, 6, 8, 9, 12, 14])
assert "HO02900" < codes[-1] < "HO03500", codes[-1]
rows = list(zip(codes, names, owners))

wb = workbook()
wb.properties.creator = "Trading Co"
wb.properties.lastModifiedBy = "Trading Co"
ws = wb.active
ws.title = "Sheet1"
ws.append(["customer_code ", "customer_naem", "salesman"])
for r in rows:
    ws.append(list(r))
ws.auto_filter.ref = f"A1:C{len(rows) + 1}"
ws.column_dimensions["A"].width = 16.22
ws.column_dimensions["B"].width = 14.44

ws2 = wb.create_sheet("Sheet2")
cf = CachedFormulas()
for i, (code, name, _) in enumerate(rows, 1):
    ws2.cell(i, 1, code)
    cf.formula(ws2, f"B{i}", f"=VLOOKUP(A{i},Sheet1!A:C,2,0)", escape(name))   # the cache is written as XML text

unknown = [(n, s) for _, n, s in rows if s in ("EX", "STORES", "KAREEM SIR", COUNTER[0])]
log = [f"Salesman '{s}' not found. Skipping customer '{n}'." for n, s in unknown]
del log[37]                                  # one such customer is missing from the pasted log
log = log[:39] + ["✅ Imported 0 customers. Skipped 413 already existing."]
for i, line in enumerate(log):
    ws2.cell(15 + i, 6, line)
for i, line in enumerate([log[0], log[1], log[2], log[4], log[-1]]):
    ws2.cell(15 + i, 7, line[:20])

cf.save(wb, "customers-en-ae-mepsupplier.xlsx")
