"""
Shape of KavishRamdassWork/HFrameQuoteTool_Demo "Customers.xlsx": a South African building-supplies
seller's customer list exported from its cloud accounting package and saved in Excel, one sheet.

- "Customers": header on row 1, no title: Customer ID / Term / VAT Reg No / Credit limit /
  Total due / Tax group / Taxable / Secondary email address / Registration Number / Status /
  Customer name / Last invoice date / Customer name (the name a second time, same values) /
  Address line 1-3 / Town / State or territory / Postal code / Country.
- About 1,200 rows, one per customer account, ids CUS0001 … in order; most accounts are CASH
  (walk-in trade customers named after a person or a small contractor), some on 30NET with a
  credit limit. Empty cells are a single space " " as the export writes them (Term, Credit limit,
  Tax group, Last invoice date, Address line 3, most secondary e-mails). Total due in rand
  (R#,##0.00, negative in red brackets: credits), "True"/"False" as text, the VAT number as a
  10-digit number, a few "Active non-posting" accounts, one supplier booked as a customer
  ("Local Suppliers" tax group), a handful of "Foreign Customers" in Namibia and Botswana.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("customers-en-za-sageexport")

FIRST = ["Thabo", "Sipho", "Johan", "Pieter", "Lerato", "Nomsa", "Riaan", "Anele", "Kagiso", "Zanele", "Willem",
         "Deon", "Bongani", "Mpho", "Charl", "Ruan", "Sibusiso", "Thandi", "Hennie", "Jaco", "Fatima", "Yusuf",
         "Naledi", "Andile", "Gert", "Marius", "Lindiwe", "Karabo", "Ayanda", "Francois"]
LAST = ["Mokoena", "Dlamini", "van der Merwe", "Botha", "Nkosi", "Pretorius", "Khumalo", "Naidoo", "Venter",
        "Ndlovu", "Coetzee", "Mahlangu", "Steyn", "Maseko", "du Plessis", "Mthembu", "Fourie", "Pillay",
        "Jacobs", "Sithole", "Kruger", "Moloi", "Swanepoel", "Govender", "Ferreira", "Baloyi"]
TRADE = ["Carports", "Roofing", "Steel & Shade", "Construction", "Building Supplies", "Welding", "Shadeports",
         "Projects", "Engineering", "Fabrication", "Gates & Fencing", "Aluminium", "Hardware", "Renovations"]
TAIL = ["(Pty) Ltd", "CC", "", "", "Pty Ltd", "t/a", "Trading"]
PLACES = [("Centurion", "Gauteng", 157), ("Midrand", "Gauteng", 1685), ("Boksburg", "Gauteng", 1459),
          ("Randburg", "Gauteng", 2194), ("Roodepoort", "Gauteng", 1724), ("Pretoria", "Gauteng", 2),
          ("Polokwane", "Limpopo", 699), ("Mbombela", "Mpumalanga", 1200), ("Witbank", "Mpumalanga", 1035),
          ("Rustenburg", "North West", 299), ("Bloemfontein", "Free State", 9301), ("Durban", "KwaZulu-Natal", 4001),
          ("Pietermaritzburg", "KwaZulu-Natal", 3201), ("George", "Western Cape", 6529),
          ("Bellville", "Western Cape", 7530), ("Gqeberha", "Eastern Cape", 6001), ("Kimberley", "Northern Cape", 8301)]
FOREIGN = [("Windhoek", "Khomas", 9000, "Namibia"), ("Gaborone", "South-East", 0, "Botswana")]
SUBURBS = ["Industria", "Heriotdale", "Jet Park", "Kya Sand", "Lyttelton", "Hennopspark", "Laser Park",
           "Silverton", "Rosslyn", "Wadeville", "Spartan", "Strydom Park", "Montague Gardens", "Prospecton"]
STREETS = ["Main Rd", "Voortrekker Rd", "Church St", "Nelson Mandela Dr", "Industrial Rd", "Steel Rd", "Kruger St",
           "Louis Botha Ave", "Paul Kruger St", "Jan Smuts Ave", "Market St", "Station Rd", "Kerk St"]
BLANK = " "

N = 1180
wb = workbook()
ws = wb.active
ws.title = "Customers"
header = ["Customer ID", "Term", "VAT Reg No", "Credit limit", "Total due", "Tax group", "Taxable",
          "Secondary email address", "Registration Number", "Status", "Customer name", "Last invoice date",
          "Customer name", "Address line 1", "Address line 2", "Address line 3", "Town", "State or territory",
          "Postal code", "Country"]
ws.append(header)
for c in ws[1]:
    c.font = Font(bold=True)

names = set()
for i in range(1, N + 1):
    person = f.chance(0.55)
    while True:
        if person:
            name = f"{f.pick(FIRST)} {f.pick(LAST)}"
        else:
            head = f.pick(LAST).split()[-1].capitalize() if f.chance(0.5) else f.pick(
                ["Highveld", "Bushveld", "Lowveld", "Karoo", "Apex", "Summit", "Rand", "Cape", "Sun", "Protea", "Acacia"])
            name = f"{head} {f.pick(TRADE)} {f.pick(TAIL)}".strip()
            if name.endswith("t/a"):
                name = f"{f.pick(FIRST)} {f.pick(LAST)} t/a {head} {f.pick(TRADE)}"
        if name not in names:
            names.add(name)
            break
    foreign = i % 25 == 7
    credit = not person and f.chance(0.35)
    term = "30NET" if credit else f.pick(["CASH"] * 30 + ["S30DAY", BLANK, "14 DAYS NET"])
    limit = f.pick([50000, 100000, 200000, 25000, 150000, 500000, 75000]) if credit else (
        BLANK if f.chance(0.012) else 0)
    due = 0 if f.chance(0.7) else round(f.r.uniform(-15000, 60000), 2) if f.chance(0.8) else -0.01
    tax_group = "Foreign Customers" if foreign else f.pick(["Local Customers"] * 300 + [BLANK])
    if i == 611:
        tax_group = "Local Suppliers"
    email = BLANK
    if f.chance(0.18):
        local = name.split()[0].lower() + ("" if person else ".accounts")
        email = f.email(local)
    status = "Active non-posting" if i in (88, 402, 977) else "Active"
    last_inv = f.date(datetime.date(2023, 6, 1), datetime.date(2024, 4, 19)) if f.chance(0.18) else BLANK
    if foreign:
        town, region, code, country = f.pick(FOREIGN)
    else:
        town, region, code = f.pick(PLACES)
        country = "South Africa"
    street = f"{f.r.randrange(1, 400)} {f.pick(STREETS)}" if not f.chance(0.06) else f"Unit {f.r.randrange(1, 40)}, {f.pick(SUBURBS)} Park"
    ws.append([f"CUS{i:04d}", term, 4000000000 + f.r.randrange(100000000, 999999999) if not person else BLANK,
               limit, due, tax_group, "False" if foreign else "True", email, i, status, name, last_inv, name,
               street, f.pick(SUBURBS), BLANK, town, region + (" " if f.chance(0.05) else ""),
               code if code else BLANK, country])
    r = ws.max_row
    ws.cell(r, 4).number_format = "#,##0.00;[Red]\\(#,##0.00\\)"
    ws.cell(r, 5).number_format = "\\R#,##0.00;[Red]\\(\\R#,##0.00\\)"
    if isinstance(last_inv, datetime.date):
        ws.cell(r, 12).number_format = "yyyy\\-mm\\-dd"

for col, w in zip("ABCDEFGHIJKLMNOPQRST", [12, 8, 12, 12, 14, 16, 8, 24, 10, 10, 34, 12, 34, 26, 18, 8, 16, 16, 8, 14]):
    ws.column_dimensions[col].width = w

save(wb, "customers-en-za-sageexport.xlsx")
