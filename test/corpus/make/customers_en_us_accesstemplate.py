"""
Shape of DataScienceTraining-NonProfit/PowerBI "Customer List.xlsx" (commit
071e7211ab50b9d1ff4d95ebf17edee6f3f9e865): the customer list of the Access "Northwind"-style
order-tracking template, exported to Excel (one sheet "Customer List", author "Allen"). Header in
row 1, bold on a grey (C0C0C0) fill, every column 41.3 wide; no title rows, no totals.

Sixteen columns in Access's order: Company / ID / First Name / Last Name / E-mail Address /
Business Phone / Job Title / Notes / Home Phone / Mobile Phone / Fax Number / Address /
ZIP/Postal Code / State/Province / City / Country/Region. One row per customer company with its
one buyer (first and last name, job title: Owner, Purchasing Manager, Purchasing Representative,
Accounting Assistant …). The export wrote empty strings (not empty cells) into the unused columns:
E-mail Address, Notes, Home Phone and Mobile Phone are '' on every row. Rows are sorted by company
name as text, so the ID runs 1, 27, 2, 28, 3, 29, 4, … ; the ZIP is text ("99999"-like); the
same switchboard number and fax repeat on many rows; a city misspelled on two rows ("Los
Angelas"); accented and two-word surnames, a curly apostrophe (O’Donnell).

A person imports every row as an enterprise client: company, id, the buyer as main contact, the
business phone, the address joined from its five parts. 29 customers. Values invented.
"""
import os
import shutil
import tempfile
import zipfile

from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("customers-en-us-accesstemplate")

COMPANIES = ["Alder Creek Provisions", "Bayview Grocers", "Birchwood Market", "Cobalt Deli Supply",
             "Copperline Foods", "Driftwood Cafe Group", "Elmstead Catering", "Fernhill Foods",
             "Foxglove Bakeries", "Garnet Street Diner", "Halcyon Hotels", "Ironbridge Bistro",
             "Juniper Wholesale", "Kestrel Kitchens", "Larkspur Coffee", "Marigold Restaurants",
             "Northgate Pantry", "Oakridge Co-op", "Pebble Beach Eatery", "Quarry Lane Foods",
             "Redfern Trading", "Saltmarsh Seafood", "Thistle & Rye", "Upland Grocery",
             "Vantage Vending", "Wexford Supply", "Yarrow Organics", "Zephyr Juice Bar",
             "Aspen Lodge Kitchens"]
FIRST = ["Anna", "Karen", "Antonio", "Amrit", "Thomas", "Soo Jung", "Christina", "Martin", "Francisco",
         "Ming-Yang", "Elizabeth", "Sven", "Roland", "Peter", "John", "Andre", "Carlos", "Helena", "Daniel",
         "Jean Philippe", "Catherine", "Alexander", "George", "Bernard", "Luciana", "Michael", "Jonas", "Run",
         "Greta"]
LAST = ["Ashdown", "Brightwell", "Carrow Soler", "Dunmore", "Ellery", "Fairbank", "Greyson", "O’Halloran",
        "Pérez-Ibarra", "Holloway", "Kessler", "Lindqvist", "Marlowe", "Nakagawa", "Ortega", "Pryce",
        "Quennell", "Rasmussen", "Sandoval", "Thorne", "Underhill", "Vance", "Whitcombe", "Yardley",
        "Zeller", "Autier Marchand", "Bengtsson", "Castellano", "Delacroix"]
TITLES = ["Owner", "Purchasing Manager", "Purchasing Representative", "Accounting Assistant",
          "Accounting Manager", "Purchasing Assistant"]
WEIGHTS = [7, 12, 6, 2, 1, 1]
PLACES = [("WA", "Seattle"), ("NV", "Las Vegas"), ("MA", "Boston"), ("TN", "Memphis"), ("CA", "Los Angeles"),
          ("CO", "Denver"), ("NY", "New York"), ("MN", "Minneapolis"), ("WI", "Milwaukee"), ("ID", "Boise"),
          ("OR", "Portland"), ("UT", "Salt Lake City"), ("IL", "Chicago"), ("FL", "Miami"), ("HI", "Honolulu"),
          ("CA", "San Francisco")]
ZIPS = {"WA": "981", "NV": "891", "MA": "021", "TN": "381", "CA": "900", "CO": "802", "NY": "100", "MN": "554",
        "WI": "532", "ID": "837", "OR": "972", "UT": "841", "IL": "606", "FL": "331", "HI": "968"}
STREETS = ["Harbor Way", "Elm Street", "Commerce Blvd", "Industrial Pkwy", "Market Street", "Station Road",
           "Lakeview Drive", "Mill Lane", "Orchard Ave", "Depot Street"]

EMPTY = "@@empty@@"  # becomes an empty text cell, as the Access export wrote them
SWITCH = "(206) 555-0100"
SWITCH_FAX = "(206) 555-0101"

rows = []
for i, company in enumerate(COMPANIES, start=1):
    state, city = PLACES[(i - 1) % len(PLACES)]
    title = f.r.choices(TITLES, WEIGHTS)[0]
    if f.chance(0.55):
        phone, fax = SWITCH, SWITCH_FAX
    else:
        phone = f.phone_us()
        fax = phone[:-2] + f"{(int(phone[-2:]) + 1) % 100:02d}"
    rows.append([company, i, FIRST[i - 1], LAST[i - 1], EMPTY, phone, title, EMPTY, EMPTY, EMPTY, fax,
                 f"{f.r.randrange(100, 990)} {f.pick(STREETS)}", ZIPS[state] + f"{f.r.randrange(100):02d}",
                 state, city, "USA"])
for r in rows:
    if r[14] == "Los Angeles":
        r[14] = "Los Angelas"
rows.sort(key=lambda r: r[0].upper())  # Access sorted by company name as text
# renumber like the template: ids in the order the companies were keyed, not the sort order
order = sorted(range(len(rows)), key=lambda k: (len(rows[k][0]) % 3, rows[k][0]))
for new_id, k in enumerate(order, start=1):
    rows[k][1] = new_id

wb = workbook()
wb.properties.creator = "Allen"
ws = wb.active
ws.title = "Customer List"
HEAD = ["Company", "ID", "First Name", "Last Name", "E-mail Address", "Business Phone", "Job Title", "Notes",
        "Home Phone", "Mobile Phone", "Fax Number", "Address", "ZIP/Postal Code", "State/Province", "City",
        "Country/Region"]
ws.append(HEAD)
grey = PatternFill("solid", fgColor="FFC0C0C0")
for c in ws[1]:
    c.font = Font(bold=True)
    c.fill = grey
for r in rows:
    ws.append(r)
for col in "ABCDEFGHIJKLMNOP":
    ws.column_dimensions[col].width = 41.30859375
path = save(wb, "customers-en-us-accesstemplate.xlsx")
with tempfile.TemporaryDirectory() as tmp:
    raw = os.path.join(tmp, "raw.xlsx")
    shutil.copy(path, raw)
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(b"<t>" + EMPTY.encode() + b"</t>", b"<t></t>")
            zout.writestr(item, data)
