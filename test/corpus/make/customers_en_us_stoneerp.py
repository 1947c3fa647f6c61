"""
Shape of madhav28/Variant-Backend "Customers.xls": a Dallas natural-stone distributor's customer
list as its web ERP exports it — not a real Excel file but an HTML page saved with the .xls
extension, which Excel (and SheetJS) open as one sheet.

- The file is an HTML document with an Excel <x:ExcelWorkbook> head (worksheet "Sheet 1"), whose
  body wraps the ERP's print page ("List Customers": a print-control object, several <style>
  blocks inside the layout table) around a second HTML document (worksheet "Customers") that
  holds the real table. Opened, the sheet shows all the style text in A1, an empty row 2, the
  header on row 3 and one customer per row below.
- 33 columns: Name / Print Name / Code / Origin System Reference / Contact Name / Parent Customer /
  Route / Type / Address / Address2 / City / State / Zip / County / Country / Phone1 / Phone2 /
  Fax / Mobile / Email / Accounting Email / Parent Location / Sales Person1 / Sales Person2 /
  Project Manager / Price Level1 / Price Level2 / Payment Terms / Sales Tax / Status / Lock Alert /
  Notes / Delivery Instructions. Origin System Reference, Route, Price Level2 and Lock Alert are
  empty on every row; Parent Customer on one row.
- Rows sorted by Name (digits first): fabricators, cabinet shops, builders, designers, one
  homeowner; Print Name empty on about half, the same as Name on some, a person's name on others;
  Code a number as text; Type empty on a third (else Fabricator mostly); address split over
  Address / Address2 / City / State (TX mostly, OK, AR, LA) / Zip, County rarely (in capitals or
  "TX"), Country "United States" on nearly all, some rows with the whole address in Address
  (with a note in brackets) and no city; phones as "214-555-0100", "2145550100" or
  "214.555.0100", Mobile often the same as Phone1; Parent Location "Dallas" followed by a line
  break (<br>) on every row; Sales Person1 a staff first name (lower-case on some) or
  "administrator"; Price Level1 P1-Retail / P2-Fabricators / P3-Loyal / P4-Partner; Payment Terms
  COD / Net 15 / Net 30 / Cash / 30 days; Sales Tax "8.25% - 8.25%" or "Zero Tax - 0%"; Status
  "Inactive" on a few rows, empty otherwise; Notes and Delivery Instructions free text on some rows
  (dated remarks, warnings in asterisks).
- One name occurs twice (two accounts, two codes).
Values invented (names, phones in 555-01xx, e-mail at example domains); 300 customers.
"""
import html
import os

from fake import FILES, FIRST_EN, LAST_EN, Fake

f = Fake("customers-en-us-stoneerp")

HEADER = ["Name", "Print Name", "Code", "Origin System Reference", "Contact Name", "Parent Customer", "Route", "Type",
          "Address", "Address2", "City", "State", "Zip", "County", "Country", "Phone1", "Phone2", "Fax", "Mobile",
          "Email", "Accounting Email", "Parent Location", "Sales Person1", "Sales Person2", "Project Manager",
          "Price Level1", "Price Level2", "Payment Terms", "Sales Tax", "Status", "Lock Alert", "Notes",
          "Delivery Instructions"]
FIRST_ES = ["Jorge", "Luis", "Miguel", "Rosa", "Carlos", "Juan", "Alma", "Victor", "Hector", "Lupita", "Ramon", "Diego"]
LAST_ES = ["Trevino", "Salinas", "Gallegos", "Ibarra", "Zamora", "Cantu", "Villarreal", "Olvera", "Barajas", "Quintero"]
STEMS = ["Lone Star", "Brazos", "Trinity", "Red River", "Pecos", "Cedar Ridge", "Bluebonnet", "Alamo", "Prairie", "Mesquite",
         "Frontier", "Summit", "Heritage", "Keystone", "Copperline", "Silverado", "Ortega", "Salinas", "Cantu", "Ibarra",
         "Golden Triangle", "Panhandle", "Big Sky", "Magnolia", "Pinnacle", "Rio", "Sabine", "Caddo", "Ozark", "Gulf Coast"]
TRADES = ["Granite", "Granite & Marble", "Stone Works", "Countertops", "Custom Cabinets LLC", "Construction",
          "Marble & Quartz", "Stone Design", "Remodeling", "Floors & Remodeling", "Kitchen & Bath", "Fabrication Inc."]
CITIES = [("Dallas", "TX", 752), ("Fort Worth", "TX", 761), ("Arlington", "TX", 760), ("Plano", "TX", 750),
          ("Waco", "TX", 767), ("Midland", "TX", 797), ("El Paso", "TX", 799), ("Tyler", "TX", 757),
          ("Oklahoma City", "OK", 731), ("Tulsa", "OK", 741), ("Little Rock", "AR", 722), ("Shreveport", "LA", 711)]
STREETS = ["Sycamore St", "Cherry Lane", "E. Sunset", "Joe Field Rd", "Crenshaw Ave.", "Bickham Road", "Blue bonnet st",
           "Hillcrest Rd.", "Chancellor Row", "Industrial Blvd", "Walnut Hill Ln", "Royal Ln", "Harry Hines Blvd"]
STAFF = ["maria"] * 9 + ["Luis"] * 5 + ["Karla"] * 4 + ["Daniela"] * 2 + ["administrator"]
NOTES = ["04.23.19 Assigned Administrator until we are servicing this area. JJD",
         "Prefers pricing by text within the hour, talk to front desk first.",
         "***** DO NOT RELEASE ANY MATERIAL UNTIL ALL INVOICES ARE PAID OFF *****",
         "Flooring contractor, sounds like they sub out fabrication. Need more information.",
         "Referred by a builder in Frisco.", "Pays by check on pickup.", "Has a yard in Waco and one in Temple.",
         "11.02.19 Moved to P3 pricing. JJD", "Call before delivery, gate code at office."]
DELIVERY = ["Luis", "Luis Client", "Crew there Monday - Friday 8-5, Saturday 8-3.", "02.06.19 Free Delivery JJD",
            "Back gate, ask for the shop foreman.", "Deliver before noon."]


def phone(area):
    n = f"{area}5550{f.r.randrange(100, 200)}"[:10]
    return f.pick([f"{n[:3]}-{n[3:6]}-{n[6:]}"] * 3 + [n, f"{n[:3]}.{n[3:6]}.{n[6:]}"])


customers = []
names = set()
while len(customers) < 300:
    if f.chance(0.1):
        name = f"{f.pick(FIRST_ES)} {f.pick(LAST_ES)} {f.pick(['Granite', 'Construction', 'Remodeling'])}"
    else:
        name = f"{f.pick(STEMS)} {f.pick(TRADES)}"
        if f.chance(0.08):
            name = f"{f.r.randrange(2, 99)} {name}"
    if name in names:
        continue
    names.add(name)
    customers.append(name)
customers.append(customers[40])  # one name, two accounts
customers.sort(key=lambda s: s.lower())

codes = f.r.sample(range(1000, 2900), len(customers))
rows = []
for i, name in enumerate(customers):
    city, state, zip3 = f.pick(CITIES)
    area = {"TX": f.pick(["214", "972", "817", "469", "254", "432"]), "OK": "405", "AR": "501", "LA": "318"}[state]
    contact = (f"{f.pick(FIRST_ES)} {f.pick(LAST_ES)}" if f.chance(0.5) else f"{f.pick(FIRST_EN)} {f.pick(LAST_EN)}") \
        if f.chance(0.9) else ""
    print_name = "" if f.chance(0.55) else (name if f.chance(0.35) else (contact or f"{f.pick(FIRST_ES)} {f.pick(LAST_ES)}"))
    p1 = phone(area) if f.chance(0.93) else ""
    street = f"{f.r.randrange(100, 12999)} {f.pick(STREETS)}"
    addr, addr2, c_city, c_state, c_zip = street, "", city, state, f"{zip3}{f.r.randrange(10, 99):02d}"
    if f.chance(0.06):
        addr, c_city, c_state, c_zip = f"{street} {city} {state} (Con {f.pick(FIRST_ES)})", "", "", ""
    elif f.chance(0.08):
        addr, c_city, c_state, c_zip = "", "", "", ""
    if addr and f.chance(0.15):
        addr2 = f.pick(["suite300", "Suite 104", "202", "616", "Bldg B", "C127"])
    local = "".join(ch for ch in name.lower() if ch.isalnum())[:14]
    email = f.email(local) if f.chance(0.72) else ""
    rows.append([
        name, print_name, str(codes[i]), "", contact, "", "",
        "" if f.chance(0.37) else f.pick(["Fabricator"] * 16 + ["Builder", "Distributor", "Designer"]),
        addr, addr2, c_city, c_state, c_zip,
        f.pick(["DALLAS", "Dallas", "TX", "Tarrant"]) if f.chance(0.05) else "",
        "United States" if f.chance(0.99) else "",
        p1, phone(area) if f.chance(0.12) else "", phone(area) if f.chance(0.07) else "",
        (p1 if f.chance(0.5) else phone(area)) if f.chance(0.28) else "",
        email, (email if f.chance(0.4) else f.email("invoices." + local[:8])) if email and f.chance(0.13) else "",
        "Dallas<br>", f.pick(STAFF) if f.chance(0.96) else "",
        f.pick(["Dana Whitfield", "maria", "Karla"]) if f.chance(0.05) else "", "",
        f.pick(["P1-Retail"] * 13 + ["P2-Fabricators"] * 4 + ["P3-Loyal"] * 2 + ["P4-Partner"]), "",
        f.pick(["COD"] * 13 + ["Net 15"] * 4 + ["Net 30", "Cash", "30 days"]),
        "Zero Tax - 0%" if f.chance(0.1) else "8.25% - 8.25%",
        "Inactive" if f.chance(0.012) else "", "",
        f.pick(NOTES) if f.chance(0.17) else "", f.pick(DELIVERY) if f.chance(0.06) else ""])
rows[7][7] = "Homeowner"
rows[150][5] = f"{f.pick(FIRST_ES)} {f.pick(LAST_ES)}"
CSS_MENU = """
\t.x-dropdown {
\t\tz-index: 9000;
\t\tbackground: #f4f4f4;
\t\tpadding: 3px;
\t\tmargin-left: -10px;
\t\tcolor: #4a4a4a;
\t}
\t.nav-list {
\t\tpadding: 0px;
\t\tmargin: 0;
\t\tfont-family: tahoma,arial,sans-serif;
\t\tfont-size: 9pt;
\t}
\t.nav-list .nav-item:hover {
\t\tbackground-color: #1f7ab8;
\t\tborder: 1px solid #1f7ab8;
\t}
\t.suggest-box {
\t\tmax-height: 280px;
\t\toverflow-y: auto;
\t\toverflow-x: hidden;
\t}
"""


def excel_head(sheet):
    return ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n<!--[if gte mso 9]><xml>\n"
            "<x:ExcelWorkbook>\n<x:ExcelWorksheets>\n<x:ExcelWorksheet>\n"
            f"<x:Name>{sheet}</x:Name>\n<x:WorksheetOptions>\n<x:Print>\n<x:ValidPrinterInfo/>\n</x:Print>\n"
            "</x:WorksheetOptions>\n</x:ExcelWorksheet>\n</x:ExcelWorksheets>\n</x:ExcelWorkbook>\n</xml>\n"
            "<![endif]-->\n</head>\n<body>\n")


out = [excel_head("Sheet 1"),
       "\n\t<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
       "\"https://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n",
       "\t<html xmlns=\"https://www.w3.org/1999/xhtml\">\n\t<head id=\"top_Head1\"><title>\n\tList Customers\n</title></head>\n",
       "\t<object id='printCtl' viewastext style='display:none' classid='clsid:00000000-0000-0000-0000-000000000000'>\n\t</object>\n",
       "\t<style type=\"text/css\" media=\"print,screen\">\n\ttable{ width:100%; }\n\tthead { display:table-header-group; }\n\t</style>\n",
       "\t<body onload='javascript:printPage(0.2, 0.2, 0.2, 0.2);'>\n",
       "\t<table width=800 height=100% border=0>\n\t  <tr>\n\t    <td class='bgWhite' valign=top>\n",
       "\t<style>" + CSS_MENU + "\t</style>\n\n<style>\n.HelpText {font-size:1rem; font-family:Roboto;}\n</style>\n\n",
       "<table>\n\n<tr><td>\n", excel_head("Customers"), "<table><tr>\n"]
out += [f"<th align=left>{h}</th>\n" for h in HEADER]
out.append("</tr>\n")
for r in rows:
    out.append("<tr>\n")
    for v in r:
        out.append(f"<td>{v if v == 'Dallas<br>' else html.escape(v, quote=False)}</td>\n")
    out.append("</tr>\n")
out.append("</table>\n</body>\n</html>\n \n</td></tr>\n")

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-us-stoneerp.xls"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("".join(out))
