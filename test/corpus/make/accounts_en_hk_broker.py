"""
Shape of hkkendi/gum_marketing "Contact (res.partner).xlsx": a Hong Kong insurance and pension
broker's Odoo export of its company accounts (leads and customers), one sheet "Sheet1", bold
header, rows sorted by name. Columns: ID (Odoo's external id "__export__.res_partner_47869_2ed9212b")
/ GUM Reference ID ("Company47869") / Master Type (Lead, Customer, one Insurer) / Name (company in
capitals, "(OLD NAME) …", "… -THE-") / Parent Type* (Parent, Subsidiary) / Customer Code
("O-000020", customers only) / Parent Company (the name itself for a parent, the group's parent
for a subsidiary) / Ref / Parent Company Code / CRM Tags (rare: "release to marketing") / Primary
Sales person (a rep in capitals, "GUM MARKETING" for house accounts) / Lead Sales Rep 1..3 (the
third empty) / Business Registration English Name (the registered spelling, sometimes "0", one
with a leading tab) / Business Registration Code (8 digits as text, or "C0023951") / Insurance
Status* and Pension Status* (Active/Inactive) / Insurance Sales Rep 2 (almost empty) / Pension
Sales Rep 1 ("CLOSED", a rep, "WORK IN PROGRESS UNDER ODOO") / Pension Sales Rep 2 / Project Sales
Rep 1 ("CLOSED") / Project Sales Rep 2 (empty) / Last Activity Date (date-times, about half) /
Client Temperature ("1 Very Cold – No Oppty chance currently" … "5 Very Warm – …", a few).
Values invented.
"""
import datetime
import hashlib

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("accounts-en-hk-broker")
STEMS = ["HARBOUR", "KOWLOON", "VICTORIA", "JADE", "PEARL", "LION ROCK", "TSIM SHA", "SHAMROCK", "GOLDEN BAUHINIA",
         "EASTERN STAR", "SILVERMINE", "CROWN BAY", "LANTAU", "ABERDEEN", "CHEUNG KONG", "FRAGRANT HARBOUR"]
TRADES = ["LOGISTICS", "TRADING", "CATERING", "ENGINEERING", "PRODUCTIONS", "TRAVEL", "GARMENT", "ELECTRONICS",
          "PROPERTY MANAGEMENT", "DESIGN", "FOODS", "SECURITIES"]
FORMS = ["LIMITED", "LTD", "(HONG KONG) LIMITED", "(H.K.) LIMITED", "COMPANY LIMITED", "(ASIA) LIMITED", "CO LTD"]
REPS = ["GUM MARKETING"] * 5 + ["PIANO HO", "FLORA LEUNG", "BON CHAN", "ALEX AU YEUNG", "NIKI NG", "GLORIA SHEK", "GUMP"]
TEMPS = ["1 Very Cold – No Oppty chance currently", "2 Cold – Oppty Chance more than 1 year",
         "3 Medium – Oppty chance within 6 months", "4 Warm – To push low-level oppty to higher level",
         "5 Very Warm – To push oppty to higher level/closing"]

used = set()


def company():
    while True:
        name = f"{f.pick(STEMS)} {f.pick(TRADES)} {f.pick(FORMS)}"
        if name not in used:
            used.add(name)
            return name


accounts = []
for k in range(150):
    name = company()
    if f.chance(0.03):
        name = "(OLD NAME) " + name
    elif f.chance(0.02):
        name = name.replace(" LIMITED", " COMPANY LIMITED -THE-")
    accounts.append({"name": name, "type": "Customer" if f.chance(0.25) else "Lead"})
accounts.append({"name": "PEARL RIVER PENSION TRUSTEE LIMITED", "type": "Insurer"})
accounts.sort(key=lambda a: a["name"])

letters = {}
rows = []
for a in accounts:
    odoo_id = f.r.randrange(25000, 49999)
    digest = hashlib.md5(f"{a['name']}".encode()).hexdigest()[:8]
    customer = a["type"] == "Customer"
    code = None
    if customer:
        first = a["name"].replace("(OLD NAME) ", "")[0]
        letters[first] = letters.get(first, 0) + f.r.randrange(1, 9)
        code = f"{first}-{letters[first]:06d}"
    subsidiary = customer and f.chance(0.2)
    parent = f.pick([b["name"] for b in accounts]) if subsidiary else a["name"]
    parent_code = (f"{parent[0]}-{f.r.randrange(1, 500):06d}" if subsidiary else code) if customer else None
    rep = None if a["type"] == "Insurer" else f.pick(REPS)
    rep1 = rep if f.chance(0.9) else f.pick(REPS)
    registered = a["name"].replace("LTD", "LIMITED").title() if f.chance(0.5) else a["name"].replace("(OLD NAME) ", "")
    if a["type"] == "Insurer":
        registered = "\t" + a["name"]
    elif f.chance(0.04):
        registered = "0"
    elif f.chance(0.05):
        registered = None
    br = f"{f.r.randrange(10**7, 10**8):08d}" if f.chance(0.85) else (f"C{f.r.randrange(10**6, 10**7):07d}" if f.chance(0.5) else None)
    insurance = "Active" if f.chance(0.08) else "Inactive"
    pension = "Active" if f.chance(0.09) else "Inactive"
    pension_rep = (rep if pension == "Active" else "CLOSED") if f.chance(0.97) else "WORK IN PROGRESS UNDER ODOO"
    activity = None
    if f.chance(0.46):
        d = f.date(datetime.date(2017, 1, 1), datetime.date(2024, 12, 20))
        activity = datetime.datetime(d.year, d.month, d.day, 8, 0) if f.chance(0.6) else \
            datetime.datetime(d.year, d.month, d.day, f.r.randrange(9, 19), f.r.randrange(60), f.r.randrange(60))
    rows.append([f"__export__.res_partner_{odoo_id}_{digest}", f"Company{odoo_id}", a["type"], a["name"],
                 "Subsidiary" if subsidiary else "Parent", code, parent, parent_code,
                 "release to marketing" if f.chance(0.01) else None, rep, rep1,
                 f.pick(["NIKI NG", "JAS TANG"]) if f.chance(0.03) else None, None, registered, br,
                 insurance, "JAS TANG" if f.chance(0.01) else None, pension, pension_rep, None,
                 "CLOSED" if f.chance(0.99) else None, None, activity,
                 f.pick(TEMPS) if f.chance(0.13) else None])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ID", "GUM Reference ID", "Master Type", "Name", "Parent Type*", "Customer Code", "Parent Company",
           "Ref / Parent Company Code", "CRM Tags", "Primary Sales person", "Lead Sales Rep 1", "Lead Sales Rep 2",
           "Lead Sales Rep 3", "Business Registration English Name", "Business Registration Code",
           "Insurance Status*", "Insurance Sales Rep 2", "Pension Status*", "Pension Sales Rep 1",
           "Pension Sales Rep 2", "Project Sales Rep 1", "Project Sales Rep 2", "Last Activity Date",
           "Client Temperature"])
for c in ws[1]:
    c.font = Font(bold=True)
for row in rows:
    ws.append(row)
    ws.cell(ws.max_row, 23).number_format = "yyyy-mm-dd hh:mm:ss"
ws.column_dimensions["A"].width = 30.7
save(wb, "accounts-en-hk-broker.xlsx")
