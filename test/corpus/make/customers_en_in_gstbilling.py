"""
Shape of P-DhatchinaMoorthy/BillDash data/customers.xlsx (commit f8462b0bf60d42634d2e842a3782da664388c647):
an Indian GST billing app's customer table written by pandas (bold header, every cell text), one
sheet "Sheet1", columns in alphabetical order with the branch appended last: alternate_phone /
billing_address / business_name / contact_person / created_at (ISO text date-time a minute apart)
/ email / gst_number / notes / opening_balance ("19778.00" as text) / pan_number / payment_terms
(Immediate, Net 15/30/45) / phone / shipping_address / branch (Bangalore, Hyderabad, Delhi, Mumbai,
Chennai). 20 business customers, each with one contact person, phone and alternate phone as
9-10 digit text. Values invented.
"""
import datetime

from openpyxl.styles import Border, Font, Side, Alignment

from fake import Fake, save, workbook

f = Fake("customers-en-in-gstbilling")
STEMS = ["Sri Balaji", "Lakshmi", "Ganesh", "Shree Krishna", "Annapoorna", "Vinayaka", "Sai Ram", "Om Shakti",
         "Kaveri", "Jai Hind", "Maruthi", "Nandi", "Sunrise", "Royal", "Metro", "Deccan", "Coromandel", "Konark"]
TRADES = ["Traders", "Enterprises", "Agencies", "Distributors", "Stores", "Hardware", "Electricals", "Textiles",
          "Pharma", "Foods"]
FORMS = ["", " Pvt Ltd", " & Co", " LLP", ""]
CITIES = {"Bangalore": ("Karnataka", "29", "560"), "Hyderabad": ("Telangana", "36", "500"),
          "Delhi": ("Delhi", "07", "110"), "Mumbai": ("Maharashtra", "27", "400"),
          "Chennai": ("Tamil Nadu", "33", "600")}
AREAS = {"Bangalore": ["Jayanagar", "Rajajinagar", "Peenya Industrial Area", "Whitefield"],
         "Hyderabad": ["Begumpet", "Kukatpally", "Secunderabad", "Ameerpet"],
         "Delhi": ["Karol Bagh", "Okhla Phase II", "Lajpat Nagar", "Chandni Chowk"],
         "Mumbai": ["Andheri East", "Bhiwandi", "Dadar West", "Masjid Bunder"],
         "Chennai": ["T. Nagar", "Ambattur", "Parrys Corner", "Guindy"]}
ROADS = ["Main Road", "Cross Street", "1st Cross", "Station Road", "Market Road", "MG Road", "Industrial Estate"]
NOTES = ["Regular buyer", "Prefers UPI payment", "Bulk orders every month", "Call before delivery",
         "Credit approved by accounts", "Festival season orders", "Deliver to godown"]

HEAD = ["alternate_phone", "billing_address", "business_name", "contact_person", "created_at", "email", "gst_number",
        "notes", "opening_balance", "pan_number", "payment_terms", "phone", "shipping_address", "branch"]
BRANCHES = ["Bangalore", "Hyderabad", "Delhi", "Mumbai", "Chennai"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")

start = datetime.datetime(2025, 8, 20, 11, 57, 21)
used = set()
for i in range(20):
    while True:
        name = f"{f.pick(STEMS)} {f.pick(TRADES)}{f.pick(FORMS)}"
        if name not in used:
            used.add(name)
            break
    branch = BRANCHES[i % 5] if f.chance(0.6) else f.pick(BRANCHES)
    state, code, pin = CITIES[branch]
    def addr():
        return f"{f.r.randrange(1, 400)}, {f.pick(ROADS)}, {f.pick(AREAS[branch])}, {branch} - {pin}{f.r.randrange(1, 99):03d}"
    billing = addr()
    shipping = billing if f.chance(0.4) else addr()
    person = f.name_in()
    pan = "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f.pick("PCF") + name[0] + f"{f.r.randrange(10000):04d}" + f.pick("ABCDEFGHJKLMNPRSTUVWXYZ")
    gst = f"{code}{pan}1Z{f.r.randrange(10)}"
    local = name.split()[0].lower() + name.split()[1].lower()
    row = [
        f.mobile_in()[:-1] if f.chance(0.5) else f.mobile_in(),
        billing, name, person,
        (start + datetime.timedelta(minutes=i)).isoformat(),
        f.email(local), gst, f.pick(NOTES),
        f"{f.r.randrange(5000, 50000)}.00", pan,
        f.pick(["Immediate", "Immediate", "Net 15", "Net 30", "Net 30", "Net 45"]),
        f.mobile_in(), shipping, branch,
    ]
    for j, v in enumerate(row, 1):
        ws.cell(i + 2, j, v)

save(wb, "customers-en-in-gstbilling.xlsx")
