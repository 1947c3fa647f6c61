"""
Shape of khadimhusen/hfflex "Accounts_2026_08_09.xlsx" (at commit 402e8438): an Indian flexible-
packaging maker's Zoho CRM Accounts module export, opened and saved in Microsoft Excel. One sheet
"Sheet0", header row 1 with Zoho's field labels (Record Id / Account Owner.id / Account Owner /
Rating / Account Name / Phone / Account Site / Fax / Parent Account.id / Parent Account / Website /
Account Number / Ticker Symbol / Account Type / Ownership / Industry / Employees / Annual Revenue /
SIC Code / Created By.id / Created By / Modified By.id / Modified By / Created Time / Modified Time /
Billing and Shipping Street, City, State, Code, Country / Description / Last Activity Time / Tag /
Change Log Time / Locked / Last Enriched Time / Enrich Status and the firm's custom fields IM_ADDRESS
/ Date of last visit / Latitude / Longitude / Google response Expiration / Event Name / Connected
To.module / Connected To.id), 50 columns. Every cell is text, empty cells hold an empty string; ids
are "zcrm_" + 19 digits; times "yyyy-mm-dd hh:mm:ss"; Account Number "0" and Locked "false" on every
row. One row per account: companies and traders, many leads known only by a person's name; owners
are the sales team's log-in names; phones as 10 digits, "+91-" or spaced, the placeholder
"9999999999" on a few rows; billing street often just "City, State"; city and state in any case;
country India / IN / INDIA / india; the description is the marketplace enquiry text. A few account
names occur twice (separate records). Shipping fields on one row only. 300 rows (the original has
5,112). Values invented.
"""
import datetime

from fake import FIRST_IN, LAST_IN, Fake, save, workbook

f = Fake("accounts-en-in-zoho")

HEADERS = ["Record Id", "Account Owner.id", "Account Owner", "Rating", "Account Name", "Phone", "Account Site", "Fax",
           "Parent Account.id", "Parent Account", "Website", "Account Number", "Ticker Symbol", "Account Type",
           "Ownership", "Industry", "Employees", "Annual Revenue", "SIC Code", "Created By.id", "Created By",
           "Modified By.id", "Modified By", "Created Time", "Modified Time", "Billing Street", "Shipping Street",
           "Billing City", "Shipping City", "Billing State", "Shipping State", "Billing Code", "Shipping Code",
           "Billing Country", "Shipping Country", "Description", "Last Activity Time", "Tag", "Change Log Time",
           "Locked", "Last Enriched Time", "Enrich Status", "IM_ADDRESS", "Date of last visit", "Latitude",
           "Longitude", "Google response Expiration", "Event Name", "Connected To.module", "Connected To.id"]
USERS = [("farhan", 44), ("arif", 15), ("ashwin", 13), ("imtiaz", 9), ("sameer", 7), ("kunal", 5), ("rohit", 3),
         ("nilesh", 2), ("tanvi", 2)]
USER_ID = {u: f"zcrm_5924812{f.r.randrange(10 ** 11, 10 ** 12)}" for u, _ in USERS}
PLACES = [("Pune", "Maharashtra", "411"), ("Sangli", "Maharashtra", "416"), ("Kolhapur", "Maharashtra", "416"),
          ("Mumbai", "Maharashtra", "400"), ("Nashik", "Maharashtra", "422"), ("Jalgaon", "Maharashtra", "425"),
          ("Satara", "Maharashtra", "415"), ("Belagavi", "Karnataka", "590"), ("Kalaburagi", "Karnataka", "585"),
          ("Indore", "Madhya Pradesh", "452"), ("Kanpur", "Uttar Pradesh", "208"), ("Surat", "Gujarat", "395")]
TRADES = ["TRADING COMPANY", "Agro Foods", "SPICES", "ORGANIC PVT LTD", "Foods Pvt Ltd", "Enterprises", "DRY FRUITS",
          "Masala Udyog", "AGRO PRODUCTS", "Tea Company", "Dairy Farm", "Fertilizers LLP"]
WORDS = ["Shree Ganesh", "Janhavi", "Nisarga", "Pureme", "Brothers", "Sai Krupa", "Om Sai", "Kisan", "Annapurna",
         "Krishna", "Sahyadri", "Mauli", "Gurukrupa", "Samruddhi", "Vitthal", "Navratna", "Royal", "Balaji"]
PRODUCTS = ["Tea Pouch Printing", "Spice Pouch", "Detergent Bag", "Kishmish Pouch", "Stand Up Pouch", "Zipper Pouch",
            "Laminated Roll", "Namkeen Packaging Pouch", "Fertilizer Bag"]


def zid():
    return f._unique(lambda: f"zcrm_5924812{f.r.randrange(10 ** 11, 10 ** 12)}")


def stamp(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def account_name():
    def make():
        r = f.r.random()
        if r < 0.62:
            return f"{f.pick(WORDS)} {f.pick(TRADES)}"
        if r < 0.95:
            return f"{f.pick(FIRST_IN)} {f.pick(LAST_IN)}"
        return f.pick(FIRST_IN)
    name = f._unique(lambda: make().upper())
    # the key is upper case (no two accounts differ only in case); the shown name keeps a typed case
    words = [w for w in name.split(" ")]
    if any(w.isupper() and len(w) > 1 for w in words) and f.chance(0.6):
        return " ".join(w.capitalize() if i < 2 or f.chance(0.5) else w for i, w in enumerate(words))
    return name if f.chance(0.4) else name.title().replace("Llp", "LLP").replace("Pvt Ltd", "Pvt Ltd")


def phone():
    n = f.mobile_in()
    return f.pick([n, n, n, f"+91-{n}", f"+91 {n[:5]} {n[5:]}"])


def enquiry(product):
    if f.chance(0.35):
        return f.pick([f"{product.upper()} REQUIRED", f"{product} required", f"Order - {f.r.randrange(1, 20)}000 Pcs"])
    qty = f.pick(["50", "100", "1000", "5000"])
    unit = f.pick(["Kg", "Piece", "Pack"])
    low = f.r.randrange(1, 20) * 5
    return (f"I am interested in buying {product}. Kindly send me price and other details..Quantity : {qty}."
            f"Quantity Unit : {unit}.Probable Order Value : Rs. {low},000 - {low + 5},000."
            f"Probable Requirement Type : Business Use.")


def user():
    return f.r.choices([u for u, _ in USERS], weights=[w for _, w in USERS])[0]


rows = []
created = datetime.datetime(2024, 3, 20, 8, 30, 49)
names = []
for i in range(300):
    created += datetime.timedelta(minutes=f.r.randrange(1, 2000), seconds=f.r.randrange(60))
    modified = created + datetime.timedelta(days=f.r.choice([0, 0, 0, 3, 40, 200]), seconds=f.r.randrange(3600))
    owner, maker = user(), user() if f.chance(0.3) else "farhan"
    name = f.pick(names) if i in (90, 170, 240) else account_name()
    names.append(name)
    city, state, pin = f.pick(PLACES)
    product = f.pick(PRODUCTS)
    r = [""] * 50
    r[0], r[1], r[2] = zid(), USER_ID[owner], owner
    r[3] = "Active" if f.chance(0.05) else ("Market Failed" if i == 123 else "")
    r[4] = name
    r[5] = "9999999999" if i in (33, 150) else (phone() if f.chance(0.79) else "")
    r[7] = f"+91 {f.r.randrange(20, 80)} {f.r.randrange(2000, 9999)} 55{f.r.randrange(10, 99)}" if i in (61, 208) else ""
    r[10] = f"https://{name.split()[0].lower()}{f.r.randrange(10, 99)}.example.com/" if f.chance(0.34) else ""
    r[11] = "0"
    r[13] = {40: "Customer", 77: "Vendor", 260: "Supplier"}.get(i, "")
    r[14] = "Private" if i in (40, 77) else ""
    r[15] = f.pick(["Small/Medium Enterprise"] * 10 + ["Large Enterprise", "Service Provider"]) if f.chance(0.12) else ""
    r[16] = str(f.pick([1, 2, 5, 10, 20])) if i in (40, 101) else ""
    r[17] = ("0" if f.chance(0.9) else "100000") if f.chance(0.1) else ""
    r[19], r[20] = USER_ID[maker], maker
    r[21], r[22] = USER_ID[maker], maker
    r[23], r[24] = stamp(created), stamp(modified)
    cap = f.chance(0.2)
    if f.chance(0.7):
        r[25] = f.pick([f"{city}, {state}", f"{city}, {state}, India", city,
                        f"Plot No {f.r.randrange(1, 200)}, MIDC, {city}", f"Shop No {f.r.randrange(1, 60)}, Market Yard"])
    r[27] = (city.upper() if cap else city) if f.chance(0.93) else ""
    r[29] = (state.upper() if cap else state) if f.chance(0.88) else ""
    r[31] = f"{pin}{f.r.randrange(100, 999)}" if f.chance(0.16) else ""
    r[33] = f.pick(["India", "IN", "INDIA", "india"]) if f.chance(0.37) else ""
    if i == 208:
        r[26], r[28], r[30], r[34] = f"SR NO {f.r.randrange(100, 999)} KAPUSKHED", city.upper(), state.upper(), "India"
    r[35] = enquiry(product) if f.chance(0.66) else ""
    r[36] = stamp(modified + datetime.timedelta(days=f.r.randrange(0, 30))) if f.chance(0.98) else ""
    r[38] = stamp(modified)
    r[39] = "false"
    r[42] = city if i == 140 else ""
    r[43] = "2026-01-23" if i == 12 else ""
    r[46] = "2026-05-26" if i in (12, 55) else ""
    rows.append(r)

wb = workbook()
ws = wb.active
ws.title = "Sheet0"
ws.append(HEADERS)
for r in rows:
    ws.append(r)
save(wb, "accounts-en-in-zoho.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for i, r in enumerate(rows):
            print(2 + i, [(HEADERS[j], v) for j, v in enumerate(r) if v])
