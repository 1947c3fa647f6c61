"""
Shape of nrishabh/sweety-jewellers "Price List.xlsx": an Indian imitation-jewellery and hair-accessory
wholesaler's item price list exported from its accounting software to Excel (not client data).

- One sheet "Sheet1", column A empty. Title rows merged over B:S: the company's China-import book
  and year ("SJ China 22-23"), the period ("Tree  01-04-2022 To 14-11-2022", two spaces), a third
  merged empty row; rows 4–5 empty; bold bordered header in row 6 from B: Product Code / Name /
  Group / Category / Shop No. / Base Unit / A / B / C / D / To Clear / Min Qty / Ord Unit / C S Gr /
  C S 1st / C S BW / Closing Stock / Ctn/Qty; row 7 empty.
- About 780 items: Name repeats the code (a few with "(12 GRAM)" / "(18CM)" after it); Group is the
  item family (HONEY, HAIR CLAW, RUBBER TOKYO, BB CLIP …, for some items the code again); Category
  "Other" on many; Shop No. the supplier's market stall ("3827 (HONEY)", "4006", a single space);
  A/B/C/D the four price bands (#,##0.00); To Clear "Y" or a space; Min Qty as text; stock in the
  godown, first-floor and bandra stores and the closing stock; carton sizes "CTN/150 DOZ". The last
  item is a raw-material line with only stock. Three empty rows after it.
Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("pricelist-en-in-jewellerytrade")

GROUPS = [("HONEY", 163, "SCH", ["Honey Claw", "Other", "Other"]), ("HAIR CLAW", 128, "HCH", ["CLAW- 1 Plain", "CLAW- 2 Plain", "CLAW- 3 Plain", "Plastic Claw", "Sheet Claw"]),
          ("RUBBER TOKYO", 128, "SRB", ["Velvet Rubber", "Other", "Plain Rubber"]), ("BB CLIP", 98, "SSP", ["Baby Pin", "Metal Side Pin", "Other"]),
          ("HAIR BAND", 83, "SHB", ["Fancy Hair Band", "Other"]), ("TIK TIK", 28, "STT", ["Other"]), ("BANANA CLIP", 24, "SBN", ["Sheet Banana", "Fancy Banana", "Other"]),
          ("BRACELETS", 20, "SBR", ["Other"]), ("ZAYA", 19, "ZY", ["Other"]), ("EARRINGS", 17, "SER", ["Other"]), ("NECKLACE", 12, "SNK", ["Other"]),
          ("TIARA", 8, "STA", ["Other"]), ("TOPS", 8, "STP", ["Other"]), ("HAIR PIN", 7, "SHP", ["Other"]), ("JUDA PIN", 7, "SJP", ["Other"]),
          ("SAREE PIN H", 5, "SPH", ["Other"]), ("Hair Highlight", 3, "SHH", ["Other"]), ("FINGER RINGS", 3, "SFR", ["Other"]),
          ("SARREE PIN", 2, "SPN", ["Other"]), ("LOOM BANDS", 1, "SLB", ["Other"])]
UNITS = ["PCS"] * 5 + ["DOZ"] * 3 + ["CARD"] * 2 + ["BOX"]
CARTONS = ["CTN/100 DOZ", "CTN/100 DOZ", "CTN/150 DOZ", "CTN/60 DOZ", "CTN/200 DOZ", "CTN/120 DOZ", "CTN/200 CARD",
           "CTN/180 DOZ", "CTN/100 BOX", " ", None]


def code(prefix):
    k = f.r.random()
    if prefix == "HCH":
        return f"SJ-HCH-{f.r.randrange(100000, 999999)}{f.pick('BGC')}"
    if k < 0.6:
        return f"SJ-{prefix}-{f.r.randrange(1000, 9999)}"
    if k < 0.85:
        return f"SJ-{prefix}-{f.r.randrange(10, 99)}{f.pick('FKL')}{f.r.randrange(10, 99)}"
    return f"SJ-{prefix}-{f.r.randrange(1000, 9999)}L"


items = []
for group, n, prefix, categories in GROUPS:
    stall = f"{f.r.randrange(3000, 4200)} ({group})" if group == "HONEY" else None
    for _ in range(n):
        c = f._unique(lambda: code(prefix))
        name = c
        if group == "RUBBER TOKYO" and f.chance(0.05):
            name = f"{c} ({f.pick([8, 10, 12, 15, 20])} GRAM)"
        elif group == "BB CLIP" and f.chance(0.02):
            name = f"{c} ({f.pick([12, 18])}CM)"
        unit = f.pick(UNITS)
        a = round(f.r.uniform(8, 160) * 2) / 2
        b = a if f.chance(0.7) else a + 0.5
        cband = b if f.chance(0.8) else b + 0.5
        d = round(a * f.r.uniform(1.2, 1.4) * 2) / 2
        shop = stall or f.pick([" ", " ", None, str(f.r.randrange(3000, 4200)), str(f.r.randrange(100000, 109999))])
        godown = f.pick([None, f.r.randrange(1, 900)])
        first = f.pick([None, None, f.r.randrange(1, 800)])
        bandra = f.pick([None, None, None, f.r.randrange(1, 500)])
        closing = sum(v for v in (godown, first, bandra) if v) or None
        items.append([c, name, group, f.pick(categories), shop, unit, a, b, cband, d, f.pick(["Y", "Y", " ", None]),
                      str(f.pick([1, 1, 6, 12])), unit if f.chance(0.9) else "DOZ", godown, first, bandra, closing,
                      f.pick(CARTONS)])
# The code typed into Group on a few items.
for k in f.r.sample(range(len(items)), 11):
    items[k][2] = items[k][0]
items.append(["RAW TIK TIK", "RAW TIK TIK", "RAW TIK TIK", None, None, "PCS", None, None, None, None, None, "0", None,
              None, 35000, None, 35000, None])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["B1"] = "SJ China 22-23"
ws["B2"] = "Tree  01-04-2022 To 14-11-2022"
for r in (1, 2, 3):
    ws.merge_cells(f"B{r}:S{r}")
    ws[f"B{r}"].alignment = Alignment(horizontal="center")
    ws[f"B{r}"].font = Font(bold=True)
HEAD = ["Product Code", "Name", "Group", "Category", "Shop No.", "Base Unit", "A", "B", "C", "D", "To Clear", "Min Qty",
        "Ord Unit", "C S Gr", "C S 1st", "C S BW", "Closing Stock", "Ctn/Qty"]
thin = Side(style="thin")
for j, h in enumerate(HEAD, start=2):
    c = ws.cell(6, j, h)
    c.font = Font(bold=True)
    c.border = Border(top=thin, bottom=thin)
MONEY = {8, 9, 10, 11, 15, 16, 17, 18}
for i, item in enumerate(items):
    r = 8 + i
    for j, v in enumerate(item, start=2):
        c = ws.cell(r, j, v)
        if j in MONEY:
            c.number_format = "#,##0.00"
        elif j == 13:
            c.number_format = "#,##0"
        else:
            c.number_format = "@"
for col, w in zip("BCDEFHLNOPRS", [14.8, 20.3, 14.0, 15.2, 12.4, 6.6, 7.8, 8.1, 8.0, 9.0, 12.1, 15.2]):
    ws.column_dimensions[col].width = w

save(wb, "pricelist-en-in-jewellerytrade.xlsx")
