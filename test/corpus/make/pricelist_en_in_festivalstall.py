"""
Shape of tejasvith1/SWADKALA "Price List.xlsx" (commit 44987b6d23bade24cb53f847addca52297159757):
an Indian college-fest stall's price list made in Excel (not client data). One sheet "Sheet2",
bold header Sr No / Product / Price / List Price / Profit; Sr No 1 then =+A2+1 chains; Profit
=+D2-C2 on every priced row. Four blocks of products without a break: handmade keychains and
hairclips, baked goods with no prices yet (blank Price, List Price and Profit), chaat snacks and
coolers at ₹20-60. 36 products. Excel's cached results are kept. Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, CachedFormulas, workbook

f = Fake("pricelist-en-in-festivalstall")
CRAFT = [("Heart Keychain", 50, 60), ("Bow Hairclip", 60, 75), ("Daisy keychain", 70, 85), ("Panda Keychain", 70, 85),
         ("Star Keychain", 70, 85), ("Lily", 110, 140), ("Rose", 120, 150), ("Bunny Keychain", 120, 150),
         ("Panda Keychain (2)", 120, 150), ("Cricket Bat Keychain", 120, 150), ("Lotus Hairclip", 190, 240),
         ("Sunflower", 200, 250)]
BAKE = ["Walnut Brownie", "Fudge Brownie", "Oreo Brownie", "Classic Brownie", "Dark Chocolate Truffle",
        "Almond Truffle", "Coffee Truffle", "Orange Truffle", "Mango Cream Jar", "Strawberry Cream Jar",
        "Butter Cookies", "Choco Chip Cookies"]
CHAAT = [("Sprout Bhel", 20, 25), ("Cheese Corn Chat", 25, 30), ("Masala Corn Chat", 20, 25), ("Chana Chat", 20, 25),
         ("Sukha / Oli Bhel", 20, 25), ("Mint Mojito", 60, 65), ("Blue Lagoon", 60, 65), ("Kala Khatta", 55, 60),
         ("Aam Panna Shots", 30, 35), ("Aam Panna Full Glass", 40, 45), ("Nimbu Pani", 25, 30), ("Jal Jeera", 25, 30)]

wb = workbook()
ws = wb.active
ws.title = "Sheet2"
ws.append(["Sr No", "Product", "Price", "List Price", "Profit"])
for c in ws[1]:
    c.font = Font(bold=True)
cf = CachedFormulas()
items = [(n, p, l) for n, p, l in CRAFT] + [(n, None, None) for n in BAKE] + [(n, p, l) for n, p, l in CHAAT]
for i, (name, price, lst) in enumerate(items):
    r = i + 2
    if i == 0:
        ws.cell(r, 1, 1)
    else:
        cf.formula(ws, f"A{r}", f"=+A{r - 1}+1", i + 1)
    ws.cell(r, 2, name)
    if price is not None:
        ws.cell(r, 3, price)
        ws.cell(r, 4, lst)
        cf.formula(ws, f"E{r}", f"=+D{r}-C{r}", lst - price)
ws.column_dimensions["B"].width = 24.57
ws.column_dimensions["C"].width = 9.14
cf.save(wb, "pricelist-en-in-festivalstall.xlsx")
