"""
Shape of alvin-c-cruz/jarvis "suppliers.xlsx": the supplier (payee) master of a Philippine
restaurant and bakery company, pulled from its bookkeeping files and written by pandas for a
small accounting app (not client data).

- One sheet "Sheet1": pandas' layout: A1 empty, the frame's index 0 … 546 in A (bold, thin
  border, centred, top-aligned like the header), header in B1:D1 id / supplier_name / supplier_tin
  (bold, thin border, centred); no column widths set.
- 547 payees, id 1 … 547: the first "CANCELLED" (voided cheques); food and packaging traders,
  meat and vegetable dealers, hardware and construction supplies, convenience stores and
  supermarkets, courier and aircon services, government funds (HDMF, "Pagibig Fund", SSS), a toll
  gate, and people paid directly (employees, a landlord). Capitals in the first half, title case
  later, spelling slips ("Convinience", "Sipplies"), the same store under two spellings.
- supplier_tin as text "NNN-NNN-NNN-NNN" on about two rows in three, empty on the rest, and a
  few odd ones ("11", "9", a 12-digit run, a 4-digit first group, one group too long).
Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("suppliers-en-ph-restaurant")

TRADES = ["TRADING", "MEAT DEALER", "VEGETABLE DEALER", "SEAFOODS & MEAT DEALER", "FOOD CORP", "ENTERPRISES",
          "GENERAL MERCHANDISE", "PACKAGING SUPPLY", "BAKING GOODS & SUPPLIES INC", "POULTRY SUPPLY",
          "MARKETING CORP", "LPG CENTER", "ICE PLANT", "RICE DEALER", "DISTRIBUTION INC."]
HEADS = ["RMJ", "ALMARIE", "GOLDEN HARVEST", "KUYA BEN", "SAN ISIDRO", "TRES MARIAS", "JLB", "NUEVA", "MASAGANA",
         "PALENGKE PLUS", "BAYANIHAN", "SUNSHINE", "LUZVIMINDA", "BAGUIO FRESH", "E-GREEN", "TMS", "DAVAO PRIME",
         "MABUHAY", "STA. ROSA", "PAMPANGA'S BEST", "ILOCOS", "CEBU GOLD", "MARIKINA", "ANTIPOLO", "RIZAL",
         "AGUINALDO", "LAGUNA LAKE", "BICOL EXPRESS", "TAGAYTAY", "VISAYAS", "QUEZON", "BULACAN", "ROSARIO"]
LATER = ["Hardware", "Lumber & Construction Supply", "Aircon Services", "Stainless & Metal Fabrication Inc",
         "Scaffolding Rental", "Glass & Aluminum Supply", "Printing Press", "Water Refilling Station",
         "Electrical Supply", "Pest Control Services", "Kitchen Equipment Corp", "Gas & Appliance Center Inc"]
PEOPLE_FIRST = ["Rodel", "Marites", "Jun", "Analyn", "Ronaldo", "Cherry", "Edwin", "Lorna", "Arnel", "Gina"]
PEOPLE_LAST = ["Dimaculangan", "Pangilinan", "Mercado", "Bautista", "Sarmiento", "Villanueva", "Tolentino", "Ocampo"]
FIXED = {1: "CANCELLED", 3: "COMMISARY - VAT", 150: "7 Eleven", 151: "Ministop Convenience Store",
         201: "HDMF", 202: "SSS", 276: "3G Ministop", 101: "3G Ministop Convinience Store", 351: "Tol Gate",
         426: "Pagibig Fund", 376: "AAB Baking Goods & Sipplies Inc", 526: "Robinsons Supermarket Corp",
         527: "Puregold Price Club Inc", 544: "AT YOUR SERVICE COOPERATIVE"}

used = set()


def tc(text):
    """Title case as typed: short codes stay in capitals, "Pampanga's" keeps its small s."""
    return " ".join(w if len(w) <= 3 and w.isalpha() and w not in ("INC", "ICE") else w[:1] + w[1:].lower()
                    for w in text.split(" "))


def fresh(make):
    while True:
        v = make()
        if v.lower() not in used:
            used.add(v.lower())
            return v


def tin():
    g = lambda n: "".join(str(f.r.randrange(10)) for _ in range(n))
    return f"{g(3)}-{g(3)}-{g(3)}-{g(3)}"


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
style = dict(font=Font(bold=True), border=Border(left=thin, right=thin, top=thin, bottom=thin),
             alignment=Alignment(horizontal="center", vertical="top"))
for col, text in (("B", "id"), ("C", "supplier_name"), ("D", "supplier_tin")):
    c = ws[f"{col}1"]
    c.value = text
    for k, v in style.items():
        setattr(c, k, v)

for i in range(1, 548):
    if i in FIXED:
        name = FIXED[i]
        used.add(name.lower())
    elif i < 270:
        roll = f.r.random()
        if roll < 0.12:
            name = fresh(lambda: f"{f.pick(PEOPLE_FIRST)} {f.pick(PEOPLE_LAST)}".upper())
        elif i > 100 and roll < 0.5:
            name = fresh(lambda: f"{tc(f.pick(HEADS))} {f.pick(LATER)}")
        else:
            name = fresh(lambda: f"{f.pick(HEADS)} {f.pick(TRADES)}")
    else:
        roll = f.r.random()
        if roll < 0.2:
            name = fresh(lambda: f"{f.pick(PEOPLE_FIRST)} {f.pick(PEOPLE_LAST)}")
        elif i > 530 and roll < 0.7:
            name = fresh(lambda: f"{f.pick(HEADS)} {f.pick(TRADES)}")
        else:
            name = fresh(lambda: f"{tc(f.pick(HEADS))} {f.pick(LATER + [tc(t) for t in TRADES])}")
    person = name.split(" ")[-1].title() in PEOPLE_LAST
    if i == 1 or person or name in ("HDMF", "SSS", "Tol Gate", "Pagibig Fund") or f.chance(0.22 if i < 280 else 0.45):
        code = None
    else:
        code = tin()
        roll = f.r.random()
        if roll < 0.006:
            code = f.pick(["11", "9"])
        elif roll < 0.012:
            code = code.replace("-", "")
        elif roll < 0.018:
            code = str(f.r.randrange(1, 10)) + code
    ws.cell(i + 1, 1, i - 1)
    for k, v in style.items():
        setattr(ws.cell(i + 1, 1), k, v)
    ws.cell(i + 1, 2, i)
    ws.cell(i + 1, 3, name)
    if code:
        ws.cell(i + 1, 4, code)

wb.properties.creator = "openpyxl"
save(wb, "suppliers-en-ph-restaurant.xlsx")
