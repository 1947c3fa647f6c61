"""
Shape of manishkr1754/KPMG_AU_Data_Analytics_Consulting "Client Data.xlsx": the data-quality
exercise workbook of an Australian bicycle retailer (a "Pty Ltd"), written back by openpyxl.

- "Title Sheet": a note in B1, a title block and long instruction paragraphs in merged cells.
- "CustomerDemographic": the same note in A1, header on row 2 under an autofilter; one row per
  customer sorted by date of birth (a text "1843-12-21" first, blanks last): customer_id,
  first_name, last_name (empty on a few), gender (Female/Male/U and a stray F, Femal, M), bike
  purchases in 3 years, DOB, job_title (often empty), job_industry_category ("n/a" on a sixth),
  wealth_segment, deceased_indicator, a "default" column of junk strings and numbers, owns_car,
  tenure (empty where DOB is).
- "CustomerAddress": note, header on row 2; customer_id, address, postcode (number), state (NSW,
  VIC, QLD, and "New South Wales"/"Victoria" on a few), country, property_valuation; four
  customers have no address and three addresses belong to ids no customer has.
- "Transactions": note, header on row 2; one row per bike sold (customer by id only, some ids
  unknown), brand, product line/class/size, list price, cost, first-sold date as a serial.
- "NewCustomerList": note, header on row 2; prospective customers with no id, every cell text
  (numbers, postcodes, dates as text, a few dates real), the address columns on the same row,
  five formula columns without a header and Rank / Value, sorted by Value.
Values invented; fewer rows than the source (4,000 customers, 20,000 transactions, 1,000 new).
"""
import datetime

from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("customers-en-au-bikeshop")
NOTE = ("Note: The data in this workbook describe a hypothetical client and situation. It is provided for "
        "training purposes only. ")

FIRST = ["Darrel", "Katlin", "Merrili", "Abbey", "Jephthah", "Chickie", "Morly", "Ardelis", "Lucine", "Melinda",
         "Druci", "Rutledge", "Dom", "Ahmed", "Jillie", "Fawn", "Rod", "Sheila-kathryn", "Tye", "Guthrey",
         "Lorinda", "Lorry", "Corabella", "Cordey", "Kenny", "Addy", "Linet", "Sibby", "Ozzy", "Giffard", "Ines",
         "Maribeth", "Gunther", "Thea", "Wolfie", "Hildagard", "Rudie", "Clementia", "Norry", "Vinny", "Ulla",
         "Hamish", "Kirsti", "Bram", "Odele", "Perrine", "Saxon", "Tamqrah", "Valli", "Winnah"]
LAST = ["Canet", "Creddon", "Brittin", "Murrow", "Bachmann", "Brister", "Genery", "Forrester", "Stutt", "Hadgraft",
        "Brockway", "Alsop", "Godfrey", "Maillard", "Prop", "Everall", "Penas", "Wallace", "Ditch", "Lauret",
        "Waddell", "Tolley", "Castell", "Oakes", "Pursey", "Marchington", "Rossiter", "Quilty", "Gristwood",
        "Hebblethwaite", "Ferrier", "Dunstall", "Kemble", "Lillecrap", "Mattheus", "Pennicard", "Rubury", "Steptoe",
        "Tremellan", "Varne", "Whitecross", "Yarrow"]
JOBS = ["Recruiting Manager", "VP Quality Control", "Environmental Specialist", "General Manager",
        "Structural Engineer", "Senior Cost Accountant", "Account Representative III", "Nurse Practicioner",
        "Sales Associate", "Editor", "Legal Assistant", "Software Engineer II", "Geological Engineer",
        "Financial Advisor", "Teacher", "Paralegal", "Internal Auditor", "Tax Accountant", "Budget/Accounting Analyst IV",
        "Assistant Professor", "Registered Nurse", "Office Assistant II", "Chief Design Engineer", "Librarian"]
INDUSTRIES = (["Manufacturing"] * 8 + ["Financial Services"] * 8 + ["n/a"] * 7 + ["Health"] * 6 + ["Retail"] * 4
              + ["Property"] * 3 + ["IT"] * 2 + ["Entertainment", "Argiculture", "Telecommunications"])
WEALTH = ["Mass Customer"] * 2 + ["High Net Worth", "Affluent Customer"]
JUNK = ["1;DROP TABLE users", "!@#$%^&*()", "<img src=x onerror=alert('hi') />", "á", "\"'", ",./;'[]\\-=",
        "â©testâ©", "00ËÆ$-", "ðµ ð ð", "() { _; } >_[$($())] { touch /tmp/x; }", "ç¤¾æç§å­¸", 100, -1,
        -100, 1e+96, 0.5, "NULL", "undefined", "Ω≈ç√∫˜µ≤≥÷", "田中さんにあげて下さい"]
STREETS = ["Morning", "Meadow Vale", "Holy Cross", "Del Mar", "Shopko", "Mccormick Park", "Colorado", "Annamark",
           "Artisan", "Ridgeview", "Dapin", "Kensington", "Sunfield", "Pepper Wood", "Golden Leaf", "Lakewood Gardens",
           "Grover", "Melody", "Hauk", "Eastwood", "Prairie Rose", "Bluejay", "Nobel", "Sutteridge", "Waxwing"]
KINDS = ["Avenue", "Court", "Point", "Center", "Park", "Crossing", "Plaza", "Drive", "Street", "Road", "Lane",
         "Terrace", "Way", "Parkway", "Junction", "Trail", "Circle", "Alley", "Place", "Pass"]
STATES = {"NSW": (2000, 2999), "VIC": (3000, 3999), "QLD": (4000, 4999)}
BRANDS = [("Solex", 1), ("Trek Bicycles", 2), ("OHM Cycles", 3), ("Norco Bicycles", 4), ("Giant Bicycles", 5),
          ("WeareA2B", 6)]

used = set()
alone = set()


def drop_last(first, last):
    """A few customers were entered without a family name; never two with the same given name."""
    if f.chance(0.03) and first not in alone:
        alone.add(first)
        return None
    return last


def person():
    while True:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) not in used:
            used.add((first, last))
            return first, last


def street():
    return f"{f.r.randrange(0, 99999) if f.chance(0.2) else f.r.randrange(1, 999)} {f.pick(STREETS)} {f.pick(KINDS)}"


def note_row(ws, width):
    ws.cell(1, 1, NOTE)
    ws.cell(1, 1).font = Font(italic=True)


wb = workbook()
title = wb.active
title.title = "Title Sheet"
title.cell(1, 2, NOTE).font = Font(italic=True)
title.cell(5, 3, "Data Analytics Practice Case").font = Font(bold=True, size=16)
title.cell(6, 3, "Spokewheel Central Pty Ltd Data Set").font = Font(bold=True, size=14)
title.cell(9, 3, "To view the datasets, click on the yellow tabs/sheets at the bottom of this file")
title.cell(10, 3, 'The sheets are named "CustomerDemographic", "CustomerAddress", "Transactions" and "NewCustomerList"')
for col, text in ((3, "Module 1 Task"), (6, "Module 2 Task"), (9, "Module 3 Task")):
    title.cell(13, col, text).font = Font(bold=True)
    title.merge_cells(start_row=13, start_column=col, end_row=15, end_column=col + 2)
title.cell(16, 3, "Review the four datasets and list every data quality issue you find; draft an e-mail to the client.")
title.cell(16, 6, "Outline how we will decide which of the new customers the client should target.")
title.cell(16, 9, "Build a dashboard summarising the data and the customers to target.")
for col in (3, 6, 9):
    title.merge_cells(start_row=16, start_column=col, end_row=30, end_column=col + 2)
    title.cell(16, col).alignment = Alignment(wrap_text=True, vertical="top")
title.cell(50, 3, "Warm up task:").font = Font(bold=True)
title.merge_cells("C50:G50")
title.cell(63, 3, "1) Look over the datasets. 2) Go to 'CustomerDemographic', select everything and switch on the "
                  "filter. 3) Sort the DOB column ascending: does the first customer's age make sense?")
title.merge_cells("C63:G67")
title.cell(63, 3).alignment = Alignment(wrap_text=True, vertical="top")
for c in range(1, 27):
    title.cell(1, c).fill = PatternFill("solid", fgColor="FFFFFF")

# --- customers ---------------------------------------------------------------------------------
N = 1200
customers = []
for cid in range(1, N + 1):
    first, last = person()
    last = drop_last(first, last)
    g = f.pick(["Female"] * 50 + ["Male"] * 47 + ["U"] * 2)
    dob = None if f.chance(0.022) else f.date(datetime.date(1931, 1, 1), datetime.date(2002, 3, 1))
    tenure = None if dob is None else f.r.randrange(1, 23)
    customers.append({
        "id": cid, "first": first, "last": last, "gender": g, "purchases": f.r.randrange(0, 100), "dob": dob,
        "job": None if f.chance(0.13) else f.pick(JOBS), "industry": f.pick(INDUSTRIES), "wealth": f.pick(WEALTH),
        "deceased": "N", "default": None if f.chance(0.06) else f.pick(JUNK),
        "car": f.pick(["Yes", "No"]), "tenure": tenure})
customers[10]["gender"], customers[11]["gender"], customers[12]["gender"] = "F", "Femal", "M"
customers[20]["deceased"] = customers[700]["deceased"] = "Y"
customers[5]["dob"] = "1843-12-21"
customers[5]["tenure"] = 14
demo = sorted(customers, key=lambda c: (c["dob"] is None, "" if isinstance(c["dob"], str) else str(c["dob"])))

ws = wb.create_sheet("CustomerDemographic")
note_row(ws, 13)
ws.append(["customer_id", "first_name", "last_name", "gender", "past_3_years_bike_related_purchases", "DOB",
           "job_title", "job_industry_category", "wealth_segment", "deceased_indicator", "default", "owns_car",
           "tenure"])
for c in demo:
    dob = datetime.datetime.combine(c["dob"], datetime.time()) if isinstance(c["dob"], datetime.date) else c["dob"]
    ws.append([c["id"], c["first"], c["last"], c["gender"], c["purchases"], dob, c["job"], c["industry"],
               c["wealth"], c["deceased"], c["default"], c["car"], c["tenure"]])
    r = ws.max_row
    ws.cell(r, 6).number_format = 'yyyy"-"mm"-"dd'
    for col in (2, 3, 4, 7, 8, 9, 10, 11, 12):
        ws.cell(r, col).number_format = "@"
ws.auto_filter.ref = "A2:M2"

# --- addresses ---------------------------------------------------------------------------------
no_address = {3, 10, 22, 23}
addr = {}
ws = wb.create_sheet("CustomerAddress")
note_row(ws, 6)
ws.append(["customer_id", "address", "postcode", "state", "country", "property_valuation"])
for cid in list(range(1, N + 1)) + [N + 1, N + 2, N + 3]:
    if cid in no_address:
        continue
    st = f.pick(["NSW"] * 11 + ["VIC"] * 5 + ["QLD"] * 4)
    lo, hi = STATES[st]
    shown = st
    if st == "NSW" and f.chance(0.04):
        shown = "New South Wales"
    if st == "VIC" and f.chance(0.08):
        shown = "Victoria"
    a = (street(), f.r.randrange(lo, hi), shown)
    addr[cid] = a
    ws.append([cid, a[0], a[1], a[2], "Australia", f.r.randrange(1, 13)])
ws.auto_filter.ref = "A2:F2"

# --- transactions ------------------------------------------------------------------------------
ws = wb.create_sheet("Transactions")
note_row(ws, 13)
ws.append(["transaction_id", "product_id", "customer_id", "transaction_date", "online_order", "order_status",
           "brand", "product_line", "product_class", "product_size", "list_price", "standard_cost",
           "product_first_sold_date"])
for t in range(1, 3001):
    brand = None if f.chance(0.01) else f.pick(BRANDS)
    cid = f.r.randrange(1, N + 1) if f.chance(0.97) else f.r.randrange(N + 4, N + 40)
    price = round(f.r.uniform(12, 2100), 2)
    ws.append([t, f.r.randrange(0, 101), cid,
               datetime.datetime.combine(f.date(datetime.date(2017, 1, 1), datetime.date(2017, 12, 30)), datetime.time()),
               None if f.chance(0.02) else f.chance(0.5), "Cancelled" if f.chance(0.01) else "Approved",
               brand and brand[0], brand and f.pick(["Standard"] * 7 + ["Road", "Touring", "Mountain"]),
               brand and f.pick(["medium"] * 7 + ["low", "high"]), brand and f.pick(["medium"] * 6 + ["large", "small"]),
               price, brand and round(price * f.r.uniform(0.15, 0.8), 2), brand and f.r.randrange(33259, 42710)])
    r = ws.max_row
    ws.cell(r, 4).number_format = "mm-dd-yy"
    ws.cell(r, 12).number_format = '"$"#,##0.00'
ws.auto_filter.ref = "A2:M2"

# --- new customers -----------------------------------------------------------------------------
ws = wb.create_sheet("NewCustomerList")
note_row(ws, 23)
ws.append(["first_name", "last_name", "gender", "past_3_years_bike_related_purchases", "DOB", "job_title",
           "job_industry_category", "wealth_segment", "deceased_indicator", "owns_car", "tenure", "address",
           "postcode", "state", "country", "property_valuation", None, None, None, None, None, "Rank", "Value"])
M = 400
newbies = []
for k in range(M):
    first, last = person()
    last = drop_last(first, last)
    st = f.pick(["NSW"] * 10 + ["VIC"] * 5 + ["QLD"] * 5)
    lo, hi = STATES[st]
    dob = None if f.chance(0.02) else f.date(datetime.date(1938, 1, 1), datetime.date(2002, 2, 1))
    newbies.append({"first": first, "last": last, "gender": f.pick(["Female"] * 51 + ["Male"] * 47 + ["U"] * 2),
                    "purchases": str(f.r.randrange(0, 100)), "dob": dob, "dob_real": f.chance(0.055),
                    "job": None if f.chance(0.1) else f.pick(JOBS), "industry": f.pick(INDUSTRIES),
                    "wealth": f.pick(WEALTH), "car": f.pick(["Yes", "No"]), "tenure": f.r.randrange(1, 23),
                    "street": street(), "postcode": f.r.randrange(lo, hi), "state": st,
                    "valuation": f.r.randrange(1, 13), "value": 0})
for n in newbies:
    n["value"] = round(f.r.uniform(0.34, 1.72), 6)
newbies.sort(key=lambda n: -n["value"])
for k, n in enumerate(newbies):
    r = k + 3
    dob = None
    if n["dob"]:
        dob = datetime.datetime.combine(n["dob"], datetime.time()) if n["dob_real"] else n["dob"].isoformat()
    numbers_as_text = not f.chance(0.005)
    ws.append([n["first"], n["last"], n["gender"], n["purchases"], dob, n["job"], n["industry"], n["wealth"], "N",
               n["car"], n["tenure"], n["street"], str(n["postcode"]) if numbers_as_text else n["postcode"],
               n["state"], "Australia", str(n["valuation"]) if numbers_as_text else n["valuation"],
               "=RANDBETWEEN(40,110)/100", f'=Q{r}*(IF(J{r}="Yes",1.25,1))',
               f"=R{r}*(IF(OR(VALUE(P{r})>8,VALUE(D{r})>80),1.25,1))",
               f'=S{r}*(IF(H{r}="Mass Customer",0.85,1))', f"=RANK(W{r},W$3:W${M + 2},0)", k + 1, n["value"]])
    for col in range(1, 17):
        if col != 11:
            ws.cell(r, col).number_format = "@"
    ws.cell(r, 11).number_format = "0"
ws.auto_filter.ref = "A2:W2"

save(wb, "customers-en-au-bikeshop.xlsx")

if __name__ == "__main__":
    import json, sys
    if len(sys.argv) > 1:
        json.dump({"customers": customers, "addr": addr, "new": newbies}, open(sys.argv[1], "w"), default=str)
