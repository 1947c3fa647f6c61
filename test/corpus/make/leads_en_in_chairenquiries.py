"""
Shape of rayyanshk03/SR-ENTERPRISES "Enquiries.xlsx" (commit 41229f9def67ebb306d0bb1d1e4e5578dfe8a091):
an office-furniture dealer's web-site enquiry log written by openpyxl from its site's backend (one
row appended per form). Sheet "Enquiries", header on row 1 in bold white on dark blue, fixed
column widths: Date & Time (text "2026-05-31 14:59:30") / Source ("Bulk Enquiry" or "Catalogue
Download") / Name / Phone Number (text: "+91 98…", ten bare digits, or a mistyped eleven) /
Company / School / City / Product Category / Quantity (text) / Message / Query / Status ("Not
Done") / Remarks (empty). Catalogue downloads give only a name and a phone; bulk enquiries add the
company or school, city, product, quantity and message. The site owner's own test submissions
sit among them (his first name, junk numbers), and one visitor who downloaded the catalogue came
back with a bulk enquiry. The original holds six rows; this one sixteen. Values invented.
"""
import datetime

from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("leads-en-in-chairenquiries")
HEAD = ["Date & Time", "Source", "Name", "Phone Number", "Company / School", "City", "Product Category", "Quantity",
        "Message / Query", "Status", "Remarks"]
PRODUCTS = ["Office Chairs", "Executive Chairs", "Visitor Chairs", "Classroom Desks", "Workstations", "Cafeteria Tables"]
ORGS = ["Kapoor Traders", "Sunrise Public School", "Mehra & Sons", "Arora Infotech LLP", "Green Valley Junior College",
        "Bedi Associates", "Sethi Logistics"]
CITIES = ["Mumbai", "PUNE", "Thane", "Nashik", "navi mumbai", "Pune"]
MESSAGES = ["Need standard black leather chairs.", "Please share price for 40 units with delivery.",
            "Want quotation with GST", "Looking for revolving chairs for new office", "need samples first",
            "Delivery by next month possible?"]

t = datetime.datetime(2026, 5, 31, 14, 59, 30)
rows = []


def stamp():
    global t
    t += datetime.timedelta(minutes=f.r.randrange(1, 600), seconds=f.r.randrange(60))
    return t.strftime("%Y-%m-%d %H:%M:%S")


def phone_text(d):
    return f.r.choice([f"+91 {d}", d, d, f"+91 {d}"])


returning = None
for i in range(14):
    name = f.name_in()
    if f.chance(0.2):
        name = name.upper()
    elif f.chance(0.15):
        name = name.split()[0].lower() + " " + name.split()[1]
    d = f.mobile_in()
    if f.chance(0.5):
        rows.append([stamp(), "Catalogue Download", name, phone_text(d), None, None, None, None, None, "Not Done", None])
        if returning is None:
            returning = (name, d)
    else:
        rows.append([stamp(), "Bulk Enquiry", name, phone_text(d), f.pick(ORGS), f.pick(CITIES), f.pick(PRODUCTS),
                     str(f.pick([5, 12, 20, 23, 25, 40, 60])), f.pick(MESSAGES), "Not Done", None])
    if i == 2:
        rows.append([stamp(), "Catalogue Download", "test ", "1234567890", None, None, None, None, None, "Not Done", None])
    if i == 9:
        rows.append([stamp(), "Bulk Enquiry", "test", "12345678901", "abc", "xyz", "Office Chairs", "1", "testing form",
                     "Not Done", None])
    if i == 11 and returning:
        rows.append([stamp(), "Bulk Enquiry", returning[0], returning[1], "Kapoor Traders", "Thane", "Visitor Chairs", "12",
                     "Please share price for 40 units with delivery.", "Not Done", None])

wb = workbook()
ws = wb.active
ws.title = "Enquiries"
ws.append(HEAD)
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
for r in rows:
    ws.append(r)
for col, w in zip("ABCDEFGHIJK", [22, 21, 24, 17, 19, 14, 19, 14, 38, 14, 14]):
    ws.column_dimensions[col].width = w
save(wb, "leads-en-in-chairenquiries.xlsx")

if __import__("os").environ.get("SHOW"):
    for r in rows:
        print(r)
