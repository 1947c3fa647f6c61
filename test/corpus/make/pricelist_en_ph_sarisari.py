"""
Shape of hartyyboi/price-check-kiana "Price List.xlsx" (commit
f1d52931647d395a7e55cf0ca013debc3820c551): a Philippine neighbourhood store's price list behind a
small price-check app, one sheet "Sheet1" holding an Excel table "Table1" (A1:F…), 3,884 items in
the original (320 here).

- Header: Product name / Unit Price / Wholesale / Column1 / Column2 / Column3 (the table's default
  names left on the last three). Items sorted by name, case-insensitive ("1 case …", "555 tuna
  sisig" first), names typed in any case with sizes ("250g.", "3.5L", "10+2", "(10x26.5g)"),
  promo bundles in capitals.
- Unit Price a whole number or pesos and centavos (#,##0.00), Wholesale on one item in eight,
  Column1 a stock number on some (one holds a single space), Column2/Column3 almost empty; a
  long run of empty formatted rows under the table; column A 53.75 wide.
No customer anywhere: a person imports nothing. Values invented.
"""
from openpyxl.worksheet.table import Table, TableStyleInfo
from fake import Fake, save, workbook

f = Fake("pricelist-en-ph-sarisari")

BRANDS = ["Alaska", "Alpine", "Angel", "Argentina", "Bear Brand", "Beng Beng", "Best Foods", "Bingo", "Boy Bawang",
          "Calla", "Century", "Cheez It", "Chippy", "C2", "Datu Puti", "Del Monte", "Eden", "Fita", "Gardenia",
          "Great Taste", "Hany", "Jack n Jill", "Kopiko", "Knorr", "Lady's Choice", "Lucky Me", "Magic", "Marca Pina",
          "Mega", "Milo", "Nescafe", "Nissin", "Oishi", "Palmolive", "Piattos", "Rebisco", "Royal", "Safeguard",
          "San Marino", "Silka", "Skyflakes", "Surf", "Tide", "Tang", "UFC", "Zest-O", "555", "Ligo", "Purefoods"]
ITEMS = ["Corned Beef", "Beef Loaf", "Evaporada", "Condensada", "Sardines", "Tuna Flakes", "Tuna sisig", "Pancit Canton",
         "Instant Noodles", "3in1 Coffee", "Crackers", "Choco Wafer", "Soap Lemon Fresh", "Shampoo", "Detergent Pwd",
         "Soy Sauce", "Vinegar", "Ketchup", "Mayo", "Juice Drink", "Powdered Milk", "Biscuits", "Chips", "Catsup",
         "Bath Soap", "Fabcon", "Toothpaste", "Cooking Oil", "Sugar", "Bread"]
SIZES = ["100g", "150g.", "250g.", "370ml", "154ml", "28g.", "45g", "130g", "1L", "3.5L", "1kg", "500ml", "10+2",
         "(10x26.5g)", "12s", "60g", "1/4", "big", "small", ""]

names = {"1 case seleck", "1 cs Litro ASSORTED", "1 rm 8x14 extreme", "555 tuna sisig"}
while len(names) < 320:
    b, i, s = f.pick(BRANDS), f.pick(ITEMS), f.pick(SIZES)
    n = f"{b} {i} {s}".strip()
    k = f.r.random()
    if k < 0.15:
        n = n.lower()
    elif k < 0.25:
        n = n.upper()
    elif k < 0.29:
        n = f"{b} {i.split()[0]} PROMO".upper()
    names.add(n)
names = sorted(names, key=str.lower)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Product name", "Unit Price", "Wholesale", "Column1", "Column2", "Column3"])
for n in names:
    price = f.r.randrange(5, 900) if f.chance(0.85) else round(f.r.randrange(500, 20000) / 100 * 4) / 4
    whole = None
    if f.chance(0.12):
        whole = round(price * f.pick([0.95, 0.97, 0.98]), 2)
    col1 = f.r.randrange(300, 2000) if f.chance(0.03) else None
    if "PROMO" in n and f.chance(0.5):
        col1 = " "
    ws.append([n, price, whole, col1, None, None])
    r = ws.max_row
    ws.cell(r, 2).number_format = "#,##0.00"
    ws.cell(r, 3).number_format = "#,##0.00"
last = ws.max_row
ws.cell(last - 40, 5, 0)
tab = Table(displayName="Table1", ref=f"A1:F{last}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
for r in range(last + 1, last + 120):
    ws.cell(r, 2).number_format = "#,##0.00"
ws.column_dimensions["A"].width = 53.75
ws.column_dimensions["B"].width = 11.04
ws.column_dimensions["C"].width = 8.24
ws.column_dimensions["D"].width = 10.83
save(wb, "pricelist-en-ph-sarisari.xlsx")
