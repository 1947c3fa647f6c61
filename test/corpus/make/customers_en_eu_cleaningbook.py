"""
Shape of Saad123976/Data-Cleaning "Customer Data.xlsx": a sportswear shop's customer list with each
customer's last purchase, kept twice in one workbook — as exported ("Original Data") and after a
clean-up in Excel ("Clean Data").

- Sheet "Original Data": rows 1-2 empty, header on row 3: Customer ID / Contact / Brand / Product /
  Location / Fulfillment (%) / Price; 24 rows. Customer IDs step by 3 (1295, 1298 …).
  Contact is "First_Last" with an underscore; two rows have no Contact at all, two no Brand, one
  no Product … Brand spelt "Nike", "Nike Inc.", "Nike UK"; Product in random capitals
  ("MagisTA SHoes", "CORE ss TOp"); Location "City Country" padded with runs of spaces
  ("       Tokyo     Japan"); Fulfillment (%) whole numbers 0/30/60/100, empty on some rows;
  Price text with a decimal comma ("122,79").
- Sheet "Clean Data": rows 1-2 empty, header on row 3 with 15 columns: Customer ID / Contact /
  "First " (trailing space) / Last / Brand / Product / Product Clean / Location / Location Clean /
  City / Country / Fulfillment (%) / Price / Price 1 / Price Final; 20 rows — the rows without a
  Contact or with a missing value dropped; Fulfillment as fractions (0.3, 1), Price 1 text with a
  dot, Price Final a number; the raw columns kept beside the cleaned ones.
- No column widths, no styles.
Values invented (names), brands, products and cities as in such a shop.
"""
from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("customers-en-eu-cleaningbook")

LOC = {"London UK": ["    London UK", "London    UK"], "Madrid Spain": ["Madrid Spain"], "Tampa USA": ["    Tampa   USA"],
       "Tokyo Japan": ["       Tokyo     Japan"], "Berlin Germany": ["  Berlin   Germany"], "Paris France": ["  Paris France"]}
PLAN = [  # brand, product, location, fulfillment; None = empty in the source
    ("Nike", "MagisTA SHoes", "London UK", 0), ("Armani", "V-NECK Tshirt", "Madrid Spain", 0),
    ("Nike Inc.", "FootBALL SHIRt", "Tampa USA", 30), ("Nike UK", "Air MAx", "Tokyo Japan", 30),
    (None, None, "Tokyo Japan", None), ("New Balance", "Casual SHOes", "London UK", 100),
    ("Asics", "Core Sprinter", "London UK", 100), ("Asics", "CORE ss TOp", "Berlin Germany", 100),
    ("New Balance", "Casual SHOes", "Berlin Germany", 30), ("New Balance", "Casual SHOes", "Madrid Spain", 60),
    ("Asics", "JAPan ShiRT", "Berlin Germany", 60), ("Asics", "JAPan ShiRT", "Berlin Germany", 60),
    ("New Balance", "Casual SHOes", "Berlin Germany", 100), ("Asics", "CORE ss TOp", "Madrid Spain", 60),
    ("Asics", "CORE ss TOp", "Paris France", 100), ("Puma", "Football SHOES", "Paris France", 30),
    (None, "TeNNIS Shorts", "Paris France", None), ("Puma", "Football SHOES", "Paris France", 100),
    ("Puma", "Football SHOES", "Paris France", 100), ("Asics", "Core Sprinter", "Tokyo Japan", 100),
    ("Nike", "Air MAx", "London UK", 60), (None, "Air MAx", "London UK", None),
    ("Nike", "Dunk High Retro", "Tokyo Japan", 60), ("Nike", "Dunk High Retro", "Madrid Spain", 60)]
NO_CONTACT = {11, 21}
PRICES = ["122,79", "204,62", "122,76", "81,60", "54,67", "203,79", "122,77", "123,96", "206,97", "207,14"]

rows = []
used = set()
for i, (brand, product, loc, ful) in enumerate(PLAN):
    while True:
        first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
        if (first, last) not in used:
            used.add((first, last))
            break
    contact = None if i in NO_CONTACT else f"{first}_{last}"
    raw_loc = LOC[loc][0] if i != 20 else LOC[loc][1]
    rows.append((1295 + 3 * i, contact, brand, product, raw_loc, ful, PRICES[i % len(PRICES)], loc))

wb = workbook()
ws = wb.active
ws.title = "Original Data"
ws.append([])
ws.append([])
ws.append(["Customer ID", "Contact", "Brand", "Product", "Location", "Fulfillment (%)", "Price"])
for cid, contact, brand, product, raw_loc, ful, price, loc in rows:
    ws.append([cid, contact, brand, product, raw_loc, ful, price])

wc = wb.create_sheet("Clean Data")
wc.append([])
wc.append([])
wc.append(["Customer ID", "Contact", "First ", "Last", "Brand", "Product", "Product Clean", "Location",
           "Location Clean", "City", "Country", "Fulfillment (%)", "Price", "Price 1", "Price Final"])
for cid, contact, brand, product, raw_loc, ful, price, loc in rows:
    if contact is None or brand is None or ful is None:
        continue
    first, last = contact.split("_")
    city, country = loc.split(" ")
    clean_brand = "Nike" if brand.startswith("Nike") else brand
    wc.append([cid, contact, first, last, clean_brand, product, product.title(), raw_loc, loc, city, country,
               ful / 100 if ful not in (0, 100) else ful // 100, price, price.replace(",", "."), float(price.replace(",", "."))])

save(wb, "customers-en-eu-cleaningbook.xlsx")
for r in rows:
    print(r[:2], r[7])
