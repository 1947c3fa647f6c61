"""
Shape of erniotario/SOCOGEN produits.xlsx (commit 770d5aadc004b03f019f679899f8e6e96d20c750): the product
list a Cameroonian food and household wholesaler imports into its stock application, saved by
Excel. One sheet "Sheet1": Ref / Designation / Unité / Magasin / Stock Initial / Date; 637
products in alphabetical order of designation, the reference an abbreviation of it ("CHOCJO450"
for "CHOCOJOY 450G"), the unit CTS (cartons) on every row, Magasin and Stock Initial empty, one
date (m/d/yy) on the first product only, trailing blanks in some designations, one reference
used twice. This copy 280 products with invented brand names.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("products-fr-cm-stockimport")
KINDS = [("ALLUMETTE", "ALLUM"), ("AROME", "AROM"), ("BISCUIT", "BISC"), ("BOUGIE", "BOUG"), ("CAFE", "CAF"),
         ("CHOCOLAT", "CHOC"), ("COUCHE", "COUCH"), ("DENTIFRICE", "DENT"), ("DETERGENT", "DETER"), ("EAU", "EAU"),
         ("HUILE", "HUIL"), ("JUS", "JUS"), ("LAIT", "LAIT"), ("MARGARINE", "MARG"), ("MAYONNAISE", "MAYO"),
         ("PATES", "PAT"), ("RIZ", "RIZ"), ("SARDINE", "SARD"), ("SAVON", "SAV"), ("SUCRE", "SUCR"), ("THE", "THE"),
         ("TOMATE", "TOM"), ("VINAIGRE", "VIN"), ("YAOURT", "YAO")]
BRANDS = ["SOLEIL", "MAKOSSA", "BONAMO", "KRIBI", "SAWA", "EKANG", "LIMBE", "NYONG", "DJOUM", "MBAM", "BATOURI", "EDEA"]
SIZES = ["50G", "100G", "200G", "400G", "450G", "1KG", "2.5KG", "5KG", "10KG", "1L", "1.5L", "5L", "CT DE 6", "CT DE 12",
         "BLT DE 3", "PLT DE 10", "N°2", "N°3", "N°4"]

items = set()
while len(items) < 280:
    kind, k = f.pick(KINDS)
    brand = f.pick(BRANDS)
    size = f.pick(SIZES)
    items.add((f"{kind} {brand} {size}", f"{k}{brand[:3]}{size.split()[0].replace('N°', '').replace('KG', '').replace('G', '').replace('L', '')}"))
items = sorted(items)
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Ref", "Designation", "Unité", "Magasin", "Stock Initial", "Date"])
refs = set()
for i, (name, ref) in enumerate(items):
    n = 2
    base = ref
    while ref in refs:
        ref = f"{base}{n}"
        n += 1
    refs.add(ref)
    if i == 58:
        ref = ws.cell(ws.max_row, 1).value  # the reference of the product above, typed again
    ws.append([ref, name + (" " if f.chance(0.04) else ""), "CTS"])
ws["F2"] = datetime.datetime(2026, 3, 28)
ws["F2"].number_format = "m/d/yy"
save(wb, "products-fr-cm-stockimport.xlsx")
