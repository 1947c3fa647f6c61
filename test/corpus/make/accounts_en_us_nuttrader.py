"""
Shape of samverms/Kadouri "Copy of Product - supliers- brokers - customer.xlsx": the same New York
nut and dried-fruit trader's working book in Excel Online, four sheets.

- "Product list": the letterhead (a logo cell cached as #VALUE! merged over A1:C8, the firm's
  name, address and telephone merged beside it), "Current Price List" on row 10, the header on
  row 11 (Pallet / Item# / Pack / Product Description / FOB NJ Pallet $/LB / Delivered $/lb),
  section rows (NUTS, DRIED FRUIT, MISC, ORGANIC …), prices blank (" " under an accounting format).
- "Suppliers " (trailing space): a blank-padded row 4, the header on row 8 from column C
  (Vendor/Suppliers - Main Listing / Tel / Email / Address / Billing address / pickup locations /
  Co-Broker), tier codes C1/C2/C3 or a rate in A, "B" (also a buyer) / New / ** in B, pickup
  instructions as long multi-line texts.
- "Brokers": a vendor × co-broker matrix (row 7 "Co-Broker" over the brokers' names on row 8, a
  serial in C, the vendor's name repeated under each broker it goes through), then lists of each
  broker's vendors and a note block on pallet sizes.
- "Customers": the sales book. Row 1 holds a legend in A:E (status "A - Active", delivery "DEl",
  area "NY-Li", rep "H/D") and the only headers, in I:K (Customer name / Email / Tel, bold); rows 2
  and 3 go on with the legend. Then one row per customer sorted by name (A..Z), most cells empty:
  A a status in a dozen spellings (A-Active, A - Active, a, N-Nonactive, s, S-Semiactive …), B
  PU/DEL/del, C an area (Q, Brklyn, NJ, LI, NYC, a state, Dubai), D a note (BAL, Dist), E the sales
  rep (Hamid, Ilan, DDV, Danny, Dannys, House …), F a second rep, G CLOSED/Active/a date, H a
  running number or "=#REF!+1" cached as #REF!, I the customer (with notes typed into names:
  "*** Kosher only", "- Joe", a town), J an e-mail or a note or a phone or a date, K a phone
  (tel:+1…, 718-555-01xx, "Shop …", "x 404 Rene") or a second address, L a second phone or
  contact, M a street address, O the area again, P/Q delivery and broker again. Some customers are
  typed twice (a short row, then a full one). Below the list a "Cold Calls" title with prospects,
  an "** INACTIVE **" row, addresses and phone numbers typed as names, notes without a name far
  down, and at the bottom the legend again and thirty rows of "A-Active / Hamid / Hamid" without a
  customer (an autofilter A57:Q… left over).
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save_with_cached_results, workbook

f = Fake("accounts-en-us-nuttrader")

# ---------------------------------------------------------------------------------------------
# Customers
A_WORDS = ["Atlas", "Bay Ridge", "Bella", "Brooklyn", "Cedar", "Crown", "Delancey", "Empire", "Fresh",
           "Garden State", "Golden", "Grand", "Harbor", "Hudson", "Istanbul", "Jersey", "Kings", "Lakeview",
           "Liberty", "Levant", "Madison", "Metro", "Nile", "Olympia", "Orchard", "Park Slope", "Queens",
           "Royal", "Sahara", "Silver", "Sunrise", "Tri-Boro", "Union", "Valley", "Village", "Astoria",
           "Punjab", "Kabul", "Ararat", "Aegean", "Cairo", "Bombay", "Lahore", "Beirut", "Ankara", "Tashkent"]
B_WORDS = ["Bakery", "Bakery Supply", "Sweets", "Halal Market", "Supermarket", "Gourmet", "Foods Inc",
           "Deli", "Pastry", "Nut Co", "Wholesale", "Distributors", "Imports", "Kosher Bakery", "Bazaar",
           "Fine Foods", "Spice House", "Candy & Nut", "Granola Co", "Food Market", "Trading LLC",
           "Fruit & Nut", "Cash & Carry", "Bake Shop"]
STATUS = (["A-Active"] * 60 + ["N-Nonactive"] * 16 + ["A"] * 5 + ["S-Semiactive"] * 4 + ["A - Active"] * 3
          + ["s", "s", "a", "a", "N", "N", "S", "n", "A-active", "N-nonactive", "s-semiactive", "A-A", "n-"])
REPS = ["Hamid"] * 40 + ["Ilan"] * 13 + ["DDV"] * 11 + ["Danny"] * 8 + ["Dannys"] * 6 + [
    "House", "H/D", "Dawn", "BAL", "DDV/H", "NO", "DDV - working", "Mike", "DDV/House", "dannys", "Nope",
    "? Ilan", "kosher", "Hamid/Danny"]
DELIVERY = ["PU"] * 10 + ["DEL"] * 4 + ["Del"] * 3 + ["del"] * 3 + ["pu"] * 2 + ["DEl", "pu/imp", " "]
AREAS = ["Brklyn"] * 6 + ["Q"] * 4 + ["NJ"] * 4 + ["NY Q"] * 3 + ["LI"] * 3 + ["nj"] * 2 + ["NYC"] * 2 + [
    " ", " ", "PA", "Brk", "SI", "CT", "FL", "NY Brx", "NY Q&Brklyn", "MA", "Chicago", "Deira,Dubai -UAE"]
NOTES_J = ["Thru BAL need to call", "ORGANIC Only", "nothing in QB", "Closed", "Duplicate", "??", "lenny",
           "only 3cs NH order PU Small ???", "now part of Ziyad ", "cant get to them fast enough ",
           "Danny said to stay away from", "ACTIVE", "Hamids ", "per Danny"]
NAME_NOTES = [" *** Kosher only", " - Joe ", " - NJ", "  ( Indian food & bakery)", " ??", " - Tampa Fl ",
              "** duplicate **", " - Boston", " LLC"]
STREETS = ["Atlantic Ave", "Ditmars Blvd", "5th Ave", "Coney Island Ave", "Steinway St", "Bell Blvd",
           "Northern Blvd", "Nostrand Ave", "Liberty Ave", "Main St", "Route 46", "Broadway"]
TOWNS = [("Brooklyn NY", "112"), ("Astoria, NY", "111"), ("Richmond Hill, NY", "114"), ("Paterson, NJ", "075"),
         ("Clifton NJ", "070"), ("Flushing NY", "113"), ("Newington, CT", "061"), ("Elmhurst, NY", "113")]


def phone(area=None):
    return f._unique(lambda: f"{area or f.pick(['718', '917', '201', '973', '732', '516', '631', '347'])}-555-01"
                             f"{f.r.randrange(100):02d}")


def phone_written():
    p = phone()
    roll = f.r.random()
    if roll < 0.35:
        # +1 and an area code from the 2xx range, so the digits never read as a mainland mobile.
        return "tel:+12" + p.replace("-", "")[1:]
    if roll < 0.45:
        return f"{p}  {f.pick(['Evan', 'Maria', 'Karen', 'Rene', 'Adam'])}"
    if roll < 0.52:
        return f"Shop {p.replace('-', ' ', 1)}"
    if roll < 0.58:
        return f"({p[:3]}) {p[4:]}"
    if roll < 0.62:
        return f"{p} x {f.r.randrange(100, 500)}"
    return p


def slug(name):
    return "".join(ch for ch in name.lower() if ch.isalnum())[:16]


names = set()
while len(names) < 236:
    names.add(f"{f.pick(A_WORDS)} {f.pick(B_WORDS)}")
names = sorted(names, key=str.lower)

customers = []      # (row values dict, clean name)
ref_counter = 0
for name in names:
    row = {}
    shown = name
    if f.chance(0.06):
        shown = name + f.pick(NAME_NOTES)
    elif f.chance(0.05):
        shown = name.upper()
    elif f.chance(0.08):
        shown = name + " "
    row["I"] = shown
    full = f.chance(0.33)
    if full or f.chance(0.15):
        row["A"] = f.pick(STATUS)
    if full or f.chance(0.25):
        row["E"] = f.pick(REPS)
        if row["E"] in ("Hamid", "Ilan") and f.chance(0.8):
            row["F"] = row["E"]
    if f.chance(0.25):
        row["B"] = f.pick(DELIVERY)
    if f.chance(0.28):
        row["C"] = f.pick(AREAS)
    roll = f.r.random()
    if roll < 0.58:
        row["J"] = f"{f.pick(['info', 'orders', 'purchasing', 'sales', name.split()[0].lower()])}@{slug(name)}.test"
    elif roll < 0.68:
        row["J"] = f.pick(NOTES_J)
    elif roll < 0.71:
        row["J"] = datetime.datetime(f.r.randrange(2018, 2023), f.r.randrange(1, 13), f.r.randrange(1, 28))
        row["K"] = f.pick(["NH", "Tasty", "Fruitnut", "Sunco & Fre"])
    elif roll < 0.74:
        row["J"] = phone() + f.pick(["  NJ ", " cell", " Dallas Tx", ""])
    if "K" not in row and f.chance(0.62):
        row["K"] = phone_written()
    if full and f.chance(0.3):
        row["M"] = (f"{f.r.randrange(1, 999)}-{f.r.randrange(10, 99)} {f.pick(STREETS)}, "
                    f"{(t := f.pick(TOWNS))[0]} {t[1]}{f.r.randrange(10, 99)}")
        if f.chance(0.4):
            row["L"] = f"{phone()} cell {f.pick(['Erez', 'Doron', 'Baljinder', 'Parwinder'])}"
        if row.get("C") and f.chance(0.7):
            row["O"] = row["C"]
    if full and row.get("E") == "Hamid" and f.chance(0.6):
        row["H"] = "=#REF!+1"
    elif full and row.get("E") == "Ilan" and f.chance(0.6):
        ref_counter += 1
        row["H"] = ref_counter
        row["G"] = f.pick([datetime.datetime(2023, f.r.randrange(1, 4), f.r.randrange(1, 28)), " "])
    if f.chance(0.04):
        row = {"A": "N-Nonactive", "G": "CLOSED", "I": shown}
    if f.chance(0.05):
        row["G"] = "Active"
    customers.append((row, name))

# Customers typed twice: a short row, then the full one right after it.
twice = []
for idx in [12, 40, 77, 103, 131, 160, 188, 215]:
    row, name = customers[idx]
    full = {"A": "A-Active", "E": "Hamid", "F": "Hamid", "H": "=#REF!+1", "I": name,
            "J": f"{f.pick(['info', 'orders'])}@{slug(name)}.test", "K": phone_written(),
            "M": f"{f.r.randrange(1, 999)} {f.pick(STREETS)}, {(t := f.pick(TOWNS))[0]} {t[1]}{f.r.randrange(10, 99)}"}
    short = {"I": name, "K": full["K"]}
    if f.chance(0.5):
        short["C"] = "NJ"
    customers[idx] = (short, name)
    twice.append((idx, (full, name)))
for idx, item in reversed(twice):
    customers.insert(idx + 1, item)

# Rows 1-3: the legend in A:E beside the headers; row 3 also names a customer.
sheet_rows = [
    {"A": "A - Active", "B": "DEl", "C": "NY-Li", "E": "H/D", "I": "Customer name", "J": "Email", "K": "Tel"},
    {"A": "N-Nonactive", "B": "PU", "C": "NY Q", "E": "Hamid"},
    {"A": "S-Semiactive", "C": "Brklyn", "E": "DDV", "I": "Dawson Bake Supply "},
]
sheet_rows += [r for r, _ in customers]
sheet_rows.append({})
prospects = ["Harbor Point Market - Lynn MA", "Midwest Snack Dist - Cincinnati OH", "Prairie Nut House - Minnesota",
             "Coastal Fruitcake & More", "Lone Star Sweets - Dallas", "Great Lakes Grocers", "Dearborn Fresh Foods",
             "Summit Chocolate Works", "Pioneer Pastry Supply", "Seaside Food Distributors Inc"]
sheet_rows.append({"I": "Cold Calls"})
sheet_rows.append({"I": " "})
for p in prospects:
    r = {"I": p}
    if f.chance(0.6):
        r["J"] = f.pick([f"buyer@{slug(p)}.test", "New ??", "cold call - needed prices on some dried fruit",
                         "refered by Hugh - peanuts & pb"])
    if f.chance(0.5):
        r["K"] = phone_written()
    sheet_rows.append(r)
sheet_rows.append({"I": "** INACTIVE **"})
junk = [{"I": f"{f.r.randrange(100, 300)} Bedford  -{phone('718')}", "J": "175 Bedford Ave, Brooklyn NY 11211 "},
        {"I": f"{f.r.randrange(10, 99)}-{f.r.randrange(10, 99)} Liberty Ave, Richmond Hill, NY 11419", "J": "Shop " + phone()},
        {"I": f"{phone('631')} directed to NJ office", "J": "called need to send email to main "},
        {"I": "www.harvestexample.test", "J": "ORGANIC pineapple chunks 10,000lb"},
        {"I": f"Astoria  {phone('718')}", "J": "36-21 Ditmars Blvd, Queens, NY 11105"}]
sheet_rows += junk
for _ in range(18):
    sheet_rows += [{}] * f.r.randrange(1, 6)
    sheet_rows.append(f.pick([{"J": f"{f.pick(['dhiren', 'lestis', 'akready', 'sales'])}{f.r.randrange(10, 99)}@example.com"},
                              {"K": phone()}, {"J": "only see Alm Flour"}, {"J": "wal chp -pecan MP- Raisins Dk & Gol"},
                              {"J": "per Danny"}, {"K": "Zuyad Brothers"}]))
while len(sheet_rows) < 860:
    sheet_rows.append({})
sheet_rows += [{"G": "CLOSED"}] * 4
while len(sheet_rows) < 997:
    sheet_rows.append({})
sheet_rows += [{"A": "A - Active", "B": "DEl", "C": "NY-Li", "E": "H/D"}, {"A": "N-Nonactive", "B": "PU", "C": "NY Q", "E": "Hamid"},
               {"A": "S-Semiactive", "C": "Brklyn", "E": "DDV"}, {"A": "N-Nonactive", "B": "PU", "C": " ", "E": " "}]
sheet_rows += [{"A": "A-Active", "B": " ", "C": " ", "E": "Ilan", "F": "Ilan", "J": " "}] * 3
sheet_rows += [{}] * 6
sheet_rows += [{"A": "A-Active", "E": "Hamid", "F": "Hamid"}] * 25
sheet_rows[1013] = {**sheet_rows[1013], "J": "Desert Rose Foodstuff Trading LLC", "K": "971-4-555-0133",
                    "L": "office # M09, Mezzanine Floor, Al Ras area"}

wb = workbook()

# ---------------------------------------------------------------------------------------------
# Product list
pl = wb.active
pl.title = "Product list"
pl["A1"] = "#VALUE!"
pl.merge_cells("A1:C8")
pl["D1"] = "The Orchard Link Connection  "
pl.merge_cells("D1:F4")
pl["D5"] = " 410 Northern Blvd, Suite 300, Great Neck, NY 11021      "
pl.merge_cells("D5:F6")
pl["D7"] = "Office Tel (516) 555-0155  Fax (516) 555-0136"
pl.merge_cells("D7:F8")
pl["D9"] = " "
pl["D10"] = "Current Price List  "
pl["E10"] = " "
pl["F10"] = " "
for col, text in zip("ABCDEF", ["Pallet", "Item#", "Pack", "Product Description", "FOB NJ       Pallet  $/LB",
                                "Delivered $/lb"]):
    pl[f"{col}11"] = text
    pl[f"{col}11"].font = Font(bold=True)
ACC = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'
sections = [("NUTS", ["Almond Blanched Flour ", "Almonds 20/22 Non Pareil Variety Type", "Almonds Blanched Diced",
                      "Almonds Roasted Salted ", "Brazil Nuts Medium/Midget", "Cashews Pieces Large",
                      "Cashews Whole  W320 Raw", "Filberts Oregon Jumbo 15/17mm", "Macadamias  #1",
                      "Peanuts - Blanched Raw", "Pecan Fancy Pieces Small", "Pignolia/Pine Nuts Spanish",
                      "Pistachio Roasted Unsalted 21/27  in shell CA", "Pumpkin Seeds Shelled Roasted Salted ",
                      "Walnut Light Granules "]),
            ("DRIED FRUIT", ["Apricot Diced Sulphured", "Cranberries Sweetened", "Dates Pitted retail *** priced per unit",
                             "Figs # 1 Jumbo", "Mango Diced ", "Papaya Chunks", "Pineapple Tidbits Thailand",
                             "Prunes Pitted 30/40", "Raisins Golden seedless Fancy", "Strawberries Turkish"]),
            ("MISC", ["Corn Nuts Spain", "Wasabi Peas", "Chick Peas Roasted Yellow", "Quinoa White",
                      "Sesame Seeds Hulled"])]
r = 12
item = 1000
for title, items in sections:
    pl[f"D{r}"] = title
    r += 1
    pl[f"D{r}"] = " "
    r += 1
    for name in items:
        item += 1
        if f.chance(0.8):
            pl[f"A{r}"] = f.pick([40, 60, 80, "80/60", "40/50", 70])
        if f.chance(0.9):
            pl[f"B{r}"] = f"K{item}"
        pl[f"C{r}"] = f.pick(["25lb", "50lb", "30lb", "44lb", "22lb", "25lb ", "12x24oz"])
        pl[f"D{r}"] = name
        for col in "EF":
            if f.chance(0.6):
                pl[f"{col}{r}"] = " "
                pl[f"{col}{r}"].number_format = ACC
        r += 1
    r += 1
pl[f"D{r}"] = "ORGANIC "
for name in ["almonds", "apricot ", "banana chips", "Cashew 320", "coconut flour", "dates medjool ", "Figs", "pine nuts"]:
    r += 1
    pl[f"D{r}"] = name
for col, width in zip("BCDEF", [8.9, 12.4, 55.3, 15, 15]):
    pl.column_dimensions[col].width = width

# ---------------------------------------------------------------------------------------------
# Suppliers
sp = wb.create_sheet("Suppliers ")
sp["B4"] = " " * 120
sp["I4"] = " "
sp["I5"] = " "
for col, text in zip("CDEFGHI", ["Vendor/Suppliers - Main Listing ", "Tel", "Email", "Address", "Billing address",
                                 "pickup locations", "Co-Broker"]):
    sp[f"{col}8"] = text
    sp[f"{col}8"].font = Font(bold=True)
BROKERS = ["Global crop exchange", "BK Sterling", "HB Parnell", "Olive Branch", "Innovative Ingredient sales",
           "Global Crop Exchange / BK  Sterling", "Tanya"]
VENDORS = ["Alpine Orchards", "American Dried Fruit & Nut Co -", "Anchor Valley Ingredients", "Avalon Pistachio",
           "Baobab Dried Fruit / BBI Packers", "Billings Market", "Birch Peanut", "Cache Creek", "Cal Coast Almond Processing Inc ",
           "Cal Prune & Nuts", "California Raisin Growers Assoc.inc", "Campos Brothers Farms ", "Caro Nut",
           "Carrier Family Farms", "Decas Cranberry", "Del Mar Packing", "Del Rio", "Delta Peanut", "DeRuosi Nut",
           "Desert Valley Date,Inc", "Easterlin Pecan Co. Inc ", "Farmers International Inc", "Frazier Farms",
           "Gibson Farms", "Gold River Orchards", "Goodness Ingredients", "Growers Direct", "Guerra Nut", "Hardy Farms",
           "Harris Woolf ", "Hilltop Ranch", "Jascole Inc", "Kalkat Fruit & Nut ", "M.G Commodities ",
           "Mariani Nut Co", "Meridian Growers", "Morada Walnuts", "Northside", "Omega Walnut Inc", "Panoche Creek Packing ",
           "Patterson Nut", "PF Farms", "Poindexter Nuts Co", "Red River Commodities", "River Oak ", "San Joaquin Figs",
           "Santa Clara", "Sierra Valley", "SLD Commodities", "Sun Valley Raisins ", "Sunview Marketing ",
           "Treenuts -", "Valley Harvest Nut Co. Inc", "Victor Packing", "Westcott", "York Pecan", "Zymex Industries"]
for i, v in enumerate(VENDORS, start=9):
    sp[f"C{i}"] = v
    if f.chance(0.5):
        sp[f"A{i}"] = f.pick(["C1", "C1", "C2", "C2", "C3", "$0.02/lb"])
    elif f.chance(0.4):
        sp[f"B{i}"] = f.pick(["B", "B", "New", "**", " ", "** new ?", "CLOSED", "NH"])
    if f.chance(0.3):
        sp[f"D{i}"] = phone(f.pick(["209", "559", "530", "701", "305"]))
        sp[f"E{i}"] = f"orders@{slug(v)}.test"
    if f.chance(0.35):
        town = f.pick(["Fresno, CA 93706", "Escalon, CA 95320", "Madera, CA 93637", "Turlock, CA 95380", "Gridley, CA 95948"])
        sp[f"F{i}"] = f"{v.strip()}\n{f.r.randrange(100, 30000)} {f.pick(['Road 26', 'Commerce Drive', 'Township Road', 'S. Cherry Ave'])}\n{town}\n{phone('559')}"
        sp[f"F{i}"].alignment = Alignment(wrap_text=True)
    if f.chance(0.35):
        sp[f"H{i}"] = (f"pickup location \n{v.strip()} warehouse\n{f.r.randrange(100, 9999)} Industrial Way\n"
                       f"Shipping hours 8.00am - 3.30pm, appt needed 48 hours before pickup\n{phone('209')}")
        sp[f"H{i}"].alignment = Alignment(wrap_text=True)
    if f.chance(0.55):
        sp[f"I{i}"] = f.pick(BROKERS)
for col, width in zip("ABCDEFI", [7.7, 7.4, 34.3, 29.1, 41.0, 34.3, 27.4]):
    sp.column_dimensions[col].width = width

# ---------------------------------------------------------------------------------------------
# Brokers
br = wb.create_sheet("Brokers")
br["B4"] = " " * 120
br["F4"] = "$0.02/lb "
br["F5"] = "$0.05/lb"
BROKER_COLS = ["Pacific Atlantic Broker", "BK Sterling Corp/Neff Co.", "HB Parnell ", "Olive Branch", "Bob Ferrara",
               "Esposito ", "Tanya Everdry", "Nutology Partners LLC", "Innovative Ingredient sales"]
for j, b in enumerate(BROKER_COLS):
    col = chr(ord("E") + j)
    br[f"{col}7"] = "Co-Broker"
    br[f"{col}8"] = b
br["O7"] = "** separate business staying in QB"
br["O8"] = "HA Case"
br["D8"] = "Vendor/Suppliers - Main Listing "
for i, v in enumerate(VENDORS[:40], start=9):
    br[f"C{i}"] = i - 8
    br[f"D{i}"] = v
    if f.chance(0.4):
        br[f"A{i}"] = f.pick(["C1", "C2", "C3"])
    for j in range(len(BROKER_COLS)):
        if f.chance(0.12):
            br.cell(i, 5 + j, v)
r = 9 + 40 + 3
br[f"D{r}"] = "Co-Broker"
br[f"D{r + 1}"] = "Pacific Atlantic Broker"
for k, v in enumerate(VENDORS[5:30], start=1):
    br[f"C{r + 1 + k}"] = k
    br[f"D{r + 1 + k}"] = v
r = r + 30
br[f"D{r}"] = "Shipping Pallet Dimensions"
br[f"D{r + 2}"] = "U.S. Standard Pallet Size:"
br[f"E{r + 2}"] = '48" x 40" (1,219 mm x 1,016 mm) – Most commonly used in North America.'
br[f"D{r + 3}"] = "Euro Pallet Dimensions:"
br[f"E{r + 3}"] = '47.24" x 31.50" (1,200 mm x 800 mm) – The standard size used throughout Europe.'

# ---------------------------------------------------------------------------------------------
# Customers
cu = wb.create_sheet("Customers")
for i, row in enumerate(sheet_rows, start=1):
    for col, value in row.items():
        cu[f"{col}{i}"] = value
for col in "IJK":
    cu[f"{col}1"].font = Font(bold=True)
cu.auto_filter.ref = "A57:Q587"
for col, width in zip("ABCDEFGHIJKLM", [12, 5.3, 8, 6.7, 8.3, 6.4, 13.6, 6.4, 38.9, 34.1, 28.3, 21, 32.3]):
    cu.column_dimensions[col].width = width
for row in cu.iter_rows(min_row=2, max_col=7):
    for c in row:
        if isinstance(c.value, datetime.datetime):
            c.number_format = "m/d/yyyy"
for row in cu.iter_rows(min_row=2, min_col=10, max_col=10):
    for c in row:
        if isinstance(c.value, datetime.datetime):
            c.number_format = "m/d/yyyy"

wb.properties.creator = "Microsoft Excel Online"


def cache(col, row, attrs, formula):
    # Excel Online kept the broken running number's last result: #REF!
    return f'<c r="{col}{row}"{attrs} t="e"><f>{formula}</f><v>#REF!</v></c>'


save_with_cached_results(wb, "accounts-en-us-nuttrader.xlsx", "H", cache, sheet="xl/worksheets/sheet4.xml")

if __name__ == "__main__":
    # Print what a label needs: the customer rows and the clean names.
    import json
    named = [(i, r["I"]) for i, r in enumerate(sheet_rows, start=1) if r.get("I", "").strip()]
    print(json.dumps({"customers": len(customers), "distinct": len({n for _, n in customers}), "rows": len(sheet_rows)}))
