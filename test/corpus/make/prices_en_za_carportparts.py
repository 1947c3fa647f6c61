"""
Shape of KavishRamdassWork/HFrameQuoteTool_Demo "Price_List.xlsx": a South African aluminium carport
and solar-mounting maker's rand price list, made in Excel, one sheet named after the list's date.

- "20230412 Lumax Price List": B2 a bold 16pt title "ZAR Price List ", B3 "Price list for
  demo purposes", D2 "Discount" over D3 40 % (a side cell); the header on row 4: Item Code /
  Item Description / List Price (excl. VAT), with no header over D, which holds =C*0.6 (the
  discounted price) on most rows and is empty on a run of rows in the middle.
- About 600 items, no blank rows: code families LM-… (carport parts cut to many lengths, one row
  per length), FS-… (fasteners), LMK-… (roof-mount kit parts in capitals), a few bought-in items
  (PRT-, MAC-, GRS-). Accounting-style number formats.
Not client data: a person imports nothing from it. Values invented.
"""
from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("prices-en-za-carportparts")
ACC = '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-'

items = []
for part, desc in [("PEC", "Purlin End Cap AL"), ("REC", "Rafter End Cap AL"), ("BEC", "Beam End Cap AL")]:
    for size in ("R90", "R112", "R138"):
        items.append((f"LM-{size}-{part}", desc))
items.insert(0, ("LM-CP-PEC", "Carport Purlin End Cap SUS304"))
for bar, name, w in [("SB", "Support Bar", 118), ("PR", "Purlin", 90), ("RF", "Rafter", 138), ("BM", "Beam", 160)]:
    for finish, fname in [("MILL", "Mill"), ("ANO", "Anodised"), ("PC", "Powder Coated Charcoal")]:
        lengths = sorted({f.r.randrange(1800, 6600) for _ in range(f.r.randrange(14, 30))})
        for length in lengths:
            items.append((f"LM-CP-{bar}-{finish}-{length}", f"Carport {name} {w}x{length}mm AL6063 T6 {fname}"))
for size in ("M6", "M8", "M10", "M12"):
    for length in (16, 20, 25, 30, 40, 50, 60, 80, 100):
        for kind, kname in [("HB", "Hex Bolt"), ("CS", "Cap Screw"), ("NUT", "Nyloc Nut"), ("FW", "Flat Washer")]:
            if kind in ("NUT", "FW") and length != 16:
                continue
            items.append((f"FS-{kind}-{size}x{length}" if kind not in ("NUT", "FW") else f"FS-{kind}-{size}",
                          f"{kname} {size}{'x' + str(length) if kind not in ('NUT', 'FW') else ''} SS304"))
        if f.chance(0.5):
            items.append((f"FS-TEK-{size}x{length}", f"Self Drilling Tek Screw {size}x{length} Galv"))
for code, desc in [("LMK-RH-S", "STAINLESS STEEL TILE ROOF HOOK EXCLUDING WOODSCREWS"),
                   ("LMK-RH-S-HDG", "GALVANISED STEEL TILE ROOF HOOK INCL. WOODSCREWS"),
                   ("LMK-RH-S-S", "STAINLESS STEEL TILE ROOF HOOK INCL. WOODSCREWS"),
                   ("LMK-RS-I-R48", "INTERNAL RAIL SPLICE FOR SLOTTED RAILS"),
                   ("LMK-IC30-RNW", "Inter Clamp For 26mm to 35mmFramed Modules"),
                   ("LMK-IC35-RNW", "Inter Clamp For 31mm to 41mmFramed Modules"),
                   ("LMK-EC30-RNW", "End Clamp For 26mm to 35mmFramed Modules"),
                   ("LMK-EC35-RNW", "End Clamp For 31mm to 41mmFramed Modules"),
                   ("LMK-SRL-M6-E", "SHORT RAIL WITH EPDM FOR IBR SHEETING W/ 3 x M6 HOLES"),
                   ("LMK-SRL65-M6-E", "SHORT RAIL WITH EPDM FOR THIN CREST IBR SHEETING W/3xM6HOLES-LANDSCAPE"),
                   ("LMK-SSG-INSERT", "CONTACT PREVENTING INSERT FOR SSG SHEET CLAMP WITH EPDM"),
                   ("LMK-TBR-P", "SHORT RAIL WITH EPDM FOR IBR AND CORRUGATED SHEET WITH 8 M6 HOLES"),
                   ("LMK-TFP-R", "750 FIXED TILT PIVOT FOOT REAR ASSEMBLY"),
                   ("LMK-TFP-F", "750 FIXED TILT PIVOT FOOT FRONT ASSEMBLY")]:
    items.append((code, desc))
for length in (2100, 3150, 4200, 4400, 5300, 6300):
    items.append((f"LMK-R48-{length}", f"SLOTTED MOUNTING RAIL 48MM x {length}MM"))
    items.append((f"LMK-R48-{length}-B", f"SLOTTED MOUNTING RAIL 48MM x {length}MM BLACK"))
for code, desc in [("LMK-WW-475-AZ", "STEEL WALKWAY 5920x475"), ("PRT-PVC-GUT-3M", "PVC Gutter 3m White"),
                   ("PRT-PVC-DP-3M", "PVC Downpipe 3m White"), ("PRT-SIL-CLR", "Silicone Sealant Clear 280ml"),
                   ("MAC-DRL-18V", "Cordless Drill 18V (demo unit)"), ("GRS-BOX-20", "Grease Sachets box of 20"),
                   ("PRT-IBR-0.5-AZ", "IBR Sheet 0.5mm AZ150 per metre"), ("PRT-IBR-0.47-CHR", "IBR Sheet 0.47mm Charcoal per metre")]:
    items.append((code, desc))

wb = workbook()
ws = wb.active
ws.title = "20230412 Lumax Price List"
ws["B2"] = "ZAR Price List "
ws["B2"].font = Font(bold=True, size=16)
ws["B3"] = "Price list for demo purposes"
ws["D2"] = "Discount"
ws["D3"] = 0.4
ws["D3"].number_format = "0%"
for ref, text in (("A4", "Item Code"), ("B4", "Item Description"), ("C4", "List Price (excl. VAT)")):
    ws[ref] = text
    ws[ref].font = Font(bold=True)
ws["C4"].number_format = ACC
cached = CachedFormulas()
gap = range(99, 130)                         # a run of rows where nobody filled the discounted price
for i, (code, desc) in enumerate(items):
    r = 5 + i
    price = round(f.r.uniform(2, 90) if code.startswith("FS-") else f.r.uniform(35, 12500), 2)
    ws.cell(r, 1, code)
    ws.cell(r, 2, desc)
    ws.cell(r, 3, price).number_format = ACC
    if r not in gap:
        cached.formula(ws, f"D{r}", f"=C{r}*0.6", round(price * 0.6, 6))
        ws[f"D{r}"].number_format = ACC
for col, w in zip("ABCD", [30, 67.57, 10, 9.43]):
    ws.column_dimensions[col].width = w

cached.save(wb, "prices-en-za-carportparts.xlsx")
