"""
Shape of SRIRAM1326/erp-fun "Customer Master.xlsx": an electrical and plumbing wholesaler in
Kanyakumari district (Tamil Nadu) exports its customer ledgers from its Indian accounting package,
one sheet, Excel.

- "Customer Master": a bold header of 58 columns (A has none): Customer / Code / Identification /
  Print Name / Is SubParty / Under Party / Inactive / Price Category / Credit Limit / Credit Days /
  Contact Person / Territory / Is Common / Tax Style / Last Bill Date / Days, then the billing
  block Address / City / State / Country / PIN / Phone / Email / Longitude / Latitude, "Same", the
  shipping block under the same nine headers again, then Firm Type / GST Category / GST / GST
  Effective From / CIN / PAN / TDS Applicable / Section / Payment Term / Sales Executive /
  Transporter / Party Category / Mobile Access / Website / Facebook / Skype / Twitter / Linkedin and
  the bank block Name / Branch / Account No / RTGS (all empty). Row 2 holds only the ledger group
  "Under Ledger: Sundry Debtors" in column A; the customers below it are outline-grouped under it.
  Every empty cell is an empty string. The header row is frozen.
- Customer is the ledger name, usually the shop's print name with its town added ("… NAGERCOIL",
  "… Parakkai"), sometimes a branch suffix (" - Pumps"), a few "Unknown <town>" ledgers, one name
  twice under two codes; the print name repeats for shops of one name in several towns. Codes are
  six-digit text. Contact Person on about a quarter, "SURNAME GIVEN" in capitals (sometimes the
  shop name again). Territory holds the delivery route day (WEDNESDAY, "MONDAY - KB") or a
  locality; Party Category the route day again in title case on some. Last Bill Date dd/mm/yyyy
  with Days since; multi-line addresses with trailing spaces, the shipping copy usually identical
  (sometimes with a trailing newline); PIN, phone, GST and PAN as text; two numbers comma-joined,
  a few digits short or long, landlines; latitude/longitude as text with float noise; a GSTIN
  typed under CIN twice.
Values invented (945 customers as in the source).
"""
import datetime
import json
import sys

from openpyxl.styles import Alignment, Font

from fake import Fake, _save_rewritten, workbook

f = Fake("customers-en-in-ledgermaster")

TOWNS = [("Nagercoil", "629001", (8.1926, 77.4300)), ("Nagercoil", "629002", (8.1605, 77.4300)),
         ("Nagercoil", "629601", (8.1288, 77.4415)), ("Nagercoil", "629003", (8.1890, 77.3985)),
         ("Tirunelveli", "627001", (8.7139, 77.7567)), ("Parakkai", "629601", (8.1288, 77.4415)),
         ("Vallioor", "627117", (8.3864, 77.6192)), ("Kottaram", "629703", (8.1309, 77.5103)),
         ("Thuckalay", "629175", (8.2429, 77.3267)), ("Eraniel", "629802", (8.2101, 77.3037)),
         ("Marthandam", "629165", (8.3066, 77.2232)), ("Colachel", "629251", (8.1775, 77.2590)),
         ("Kulasekharam", "629161", (8.3680, 77.3050)), ("Aralvaimozhy", "629301", (8.2717, 77.3899)),
         ("Suchindrum", "629704", (8.1540, 77.4670)), ("Thovalai", "629302", (8.2330, 77.5060)),
         ("Panagudi", "627109", (8.3190, 77.5650)), ("Radhapuram", "627111", (8.2640, 77.6930)),
         ("Kanyakumari", "629702", (8.0883, 77.5385)), ("Thengamputhoor", "629602", (8.0974, 77.4645)),
         ("Karungal", "629157", (8.2450, 77.2420)), ("Swamiyarmadam", "629158", (8.2810, 77.2606)),
         ("Kadayal", "629101", (8.4835, 77.2980)), ("Vellamadam", "629305", (8.1357, 77.4541)),
         ("Anjugramam", "629401", (8.1800, 77.5600)), ("Kollemcode", "629160", (8.2860, 77.1280))]
TOWN_WEIGHTS = [80, 70, 60, 40, 70, 20, 14, 10, 14, 12, 12, 8, 8, 8, 6, 6, 6, 5, 12, 6, 5, 5, 4, 4, 4, 3]
STEMS = ["Annai", "Sri Murugan", "Jeya", "Ganesh", "Lakshmi", "Saravana", "Velan", "Aruna", "Bharath", "Kavitha",
         "Selvam", "Anbu", "Star", "Royal", "New", "Zion", "Bethel", "Jebam", "Christo", "Malar", "Kumaran",
         "Siva", "Raja", "Mani", "Vijay", "Ajith", "Divya", "Kannan", "Ponnu", "Maria", "Sakthi", "Thangam",
         "Jothi", "Ayyappa", "Sree Balaji", "Amman", "Vinayaga", "Mahesh", "Raju", "Pappu", "A.R", "A.V",
         "S.S", "K.M.S", "J.A.", "M.R", "A.A.S", "S.R", "P.K.", "R.S", "Sunrise", "Green", "Quality",
         "Best", "City", "Power", "Universal", "Friends", "Golden", "National", "Om Sakthi", "Holy Cross"]
TRADES = ["Electricals", "ELECTRICALS", "Hardwares", "HARDWARES", "Traders", "TRADERS", "Agencies", "AGENCY",
          "Stores", "ELECTRICAL & PLUMBING", "Electricals & Hardwares", "ELECTRICALS & HARDWARES", "& Co",
          "& Sons", "Pipes & Fittings", "Paints & Hardwares", "ELECTRICAL STORES", "Bearings", "Enterprises",
          "Marketing", "Sanitary Mart", "Electrical Spares & Service", "Technologies"]
GIVEN = ["SURESH", "RAMESH", "AJITH", "DENNIS", "SELVAM", "MURUGAN", "JEBIN", "ANTONY", "KUMAR", "RAJA",
         "VAIDEVI", "JEYALAKSHMI", "SHANAVASH", "MAHEEN", "NAGAKUMAR", "BENJAMIN", "ARUL", "PRABU", "SENTHIL",
         "KANNAN", "VIJAYAN", "JOSE", "STALIN", "MANO", "BABU", "GEETHA", "SHEEBA", "ANISH", "RAJESH", "SUNIL"]
FATHERS = ["CHELLAPPAN", "SUBRAMANIAN", "GNANAPRAKASAM", "RADHA KRISHNAN", "SANTHIYAGAPPAN", "SELVAPERUMAL",
           "HAMEED", "CHRISTUDHAS", "GANESAN", "ARUMUGAM", "PERUMAL", "MUTHU", "DHAS", "NADAR", "PILLAI",
           "SWAMINATHAN", "THANGARAJ", "YESUDHAS", "RAJAMONY", "SIVAN"]
LOCALITIES = ["Main Road", "Asambu Road", "Cape Road", "Court Road", "K.P.ROAD", "College Road", "Beach Road",
              "Market Road", "Palace Road", "Church Street", "North Street", "Mela Theru", "Kovil Street",
              "S.P.OFFICE ROAD", "Bus Stand Road", "Tirunelveli Main Road", "Parakkai Main Road", "Junction"]
AREAS = ["Vadasery", "Kottar", "Vetturnimadam", "Parakkai", "Eathamozhy", "Melapalayam", "Puthalam", "Kandanvilai",
         "Velladichivilai", "Ramavarmapuram", "Edalakudi", "Kalkulam Taluk", "Padmanabhapuram", "Athivilai",
         "Panavilai", "Puthery", "Marungoor", "Kumarakudi", "Thadikarankonam", "Mangattukadai"]
ROUTE_DAYS = ["WEDNESDAY"] * 73 + ["FRIDAY"] * 63 + ["THURSDAY"] * 60 + ["SATURDAY"] * 54 + ["TUESDAY"] * 52 + \
             ["MONDAY - KB"] * 35
ROUTE_PLACES = ["VALLIYOOR", "NAGERCOIL", "PARAKKAI", "ARALVAIMOZHY", "SUCHINDRUM", "KOTTAR", "PANAGUDI",
                "RAMAVARMAPURAM", "THUCKALAY", "VELLAMADAM", "MARTHANDAM", "THENGAMPUTHOOR", "THOVALAI",
                "SWAMIYARMADAM", "VELLADICHIVILAI", "ANJUGRAMAM", "KOLLEMCODE", "COLACHEL", "VADASERY",
                "SARAKKALVILAI", "MEENAKSHIPURAM", "KALLIKULAM"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
TODAY = datetime.date(2026, 7, 17)
N = 945


def pan(kind_letter):
    return ("".join(f.pick(LETTERS) for _ in range(3)) + kind_letter + f.pick(LETTERS)
            + f"{f.r.randrange(1000, 9999)}" + f.pick(LETTERS))


def gstin(p):
    return "33" + p + f.pick("12") + "Z" + f.pick(LETTERS + "0123456789")


def person():
    return f"{f.pick(FATHERS)} {f.pick(GIVEN)}" if f.chance(0.75) else f"{f.pick(GIVEN)} {f.pick('ASKMR')}"


def street(area):
    door = f.pick([f"{f.r.randrange(1, 40)}/{f.r.randrange(1, 200)}", f"{f.r.randrange(1, 30)}-{f.r.randrange(1, 150)}",
                   f"No. {f.r.randrange(1, 300)}", f"DOOR NO. {f.r.randrange(1, 40)}/{f.r.randrange(1, 200)}",
                   f"{f.r.randrange(1, 200)}{f.pick(['', 'A', 'B', ' D'])}"])
    form = f.r.random()
    if form < 0.3:
        return f"{door}, {f.pick(LOCALITIES)}, {area}"
    if form < 0.6:
        return f"{door}  \n{f.pick(LOCALITIES)},\n{area}"
    if form < 0.75:
        return f"{door}  \n{f.pick(LOCALITIES).upper()} \n{area.upper()}"
    if form < 0.88:
        return f"{f.pick(LOCALITIES)},\n{area}"
    return area


def phone():
    form = f.r.random()
    if form < 0.93:
        return f.mobile_in()
    if form < 0.96:
        return f"{f.mobile_in()},{f.mobile_in()}"
    if form < 0.98:
        return f.mobile_in()[:9]                      # a digit short
    return f"046520001{f.r.randrange(10, 99)}"        # a landline


customers = []
names = set()
print_counts = {}
codes = f.r.sample(range(1, 1000), N)
while len(customers) < N:
    town, pin, (lat, lon) = f.r.choices(TOWNS, TOWN_WEIGHTS)[0]
    area = f.pick(AREAS) if town == "Nagercoil" else town
    base = f"{f.pick(STEMS)} {f.pick(TRADES)}"
    if f.chance(0.35):
        base = base.upper()
    if base in print_counts and not f.chance(0.3):
        continue
    form = f.r.random()
    if form < 0.55:
        ledger = f"{base} {area if f.chance(0.6) else area.upper()}"
    elif form < 0.95:
        ledger = base
    else:
        ledger = f"{base} - {f.pick(['Pumps', 'Local Pump', 'Pipes'])}"
    if ledger in names:
        continue
    names.add(ledger)
    print_counts[base] = print_counts.get(base, 0) + 1
    customers.append({"ledger": ledger, "print": base, "town": town, "pin": pin, "lat": lat, "lon": lon,
                      "area": area})
# "Unknown <place>" ledgers, a name entered twice under two codes, a print name that differs.
for k, place in zip((40, 41, 42), ("C.T.M Puram", "Kadukkarai", "Radhapuram")):
    customers[k].update(ledger=f"Unknown {place}", print="Unknown")
customers[43].update(ledger="BNI", print="BNI", town="Nagercoil")
customers[44].update(ledger="BNI", print="BNI", town="Nagercoil")
customers[45]["print"] = customers[45]["print"] + " AND SUPER MARKET"
customers.sort(key=lambda c: c["ledger"].upper())

HEADER = ["", "Customer", "Code", "Identification", "Print Name", "Is SubParty", "Under Party", "Inactive",
          "Price Category", "Credit Limit", "Credit Days", "Contact Person", "Territory", "Is Common", "Tax Style",
          "Last Bill Date", "Days"]
BLOCK = ["Address", "City", "State", "Country", "PIN", "Phone", "Email", "Longitude", "Latitude"]
HEADER += BLOCK + ["Same"] + BLOCK + ["Firm Type", "GST Category", "GST", "GST Effective From", "CIN", "PAN",
                                      "TDS Applicable", "Section", "Payment Term", "Sales Executive",
                                      "Transporter", "Party Category", "Mobile Access", "Website", "Facebook",
                                      "Skype", "Twitter", "Linkedin", "Name", "Branch", "Account No", "RTGS"]
assert len(HEADER) == 58

wb = workbook()
ws = wb.active
ws.title = "Customer Master"
ws.append(HEADER)
for c in ws[1]:
    c.font = Font(bold=True, name="Calibri")
    c.alignment = Alignment(horizontal="center", vertical="top")
ws.append(["Under Ledger: Sundry Debtors"] + [None] * 57)
ws["A2"].font = Font(bold=True, name="Calibri")
ws["A2"].alignment = Alignment(horizontal="left", vertical="top")

records = []
for k, c in enumerate(customers):
    code = f"{codes[k]:06d}"
    inactive = "Yes" if f.chance(0.0075) else "No"
    registered = f.chance(0.525)
    contact = ""
    if f.chance(0.27):
        contact = c["print"] if f.chance(0.08) else person()
    territory = ""
    if f.chance(0.42):
        territory = f.pick(ROUTE_DAYS) if f.chance(0.88) else f.pick(ROUTE_PLACES)
    last = None if f.chance(0.056) else (
        f.date(TODAY - datetime.timedelta(days=40), TODAY) if f.chance(0.45) else
        f.date(datetime.date(2020, 6, 1), TODAY))
    days = (TODAY - last).days if last else 0
    has_street = c["ledger"] != "BNI" and f.chance(0.85)
    addr = street(c["area"]) if has_street else ""
    city = c["town"] if not f.chance(0.05) else f.pick(["", "kanyakumari District"])
    state = "Kerala" if k in (300, 610) else "Tamil Nadu"
    pin = c["pin"] if has_street and f.chance(0.85) else ""
    ph = phone() if c["ledger"] != "BNI" and f.chance(0.72) else ""
    email = ""
    if f.chance(0.028):
        email = f.email(c["print"].lower().replace(" ", "").replace("&", "").replace(".", "")[:18] + f.pick(["", "ngl", "01"]))
    geo = has_street and f.chance(0.8)
    lon = f"{c['lon'] + f.r.randrange(0, 40) / 10000:.7f}" + f.pick(["", "0000001", "999999"]) if geo else ""
    lat = f"{c['lat'] + f.r.randrange(0, 40) / 10000:.7f}" + f.pick(["", "999999"]) if geo else ""
    same = "Yes" if f.chance(0.005) else "No"
    ship = addr + ("\n" if addr and "\n" in addr and f.chance(0.4) else "")
    ship_city, ship_pin, ship_phone = city, pin, ph
    if f.chance(0.015):
        ship_city = ""
    if f.chance(0.01):
        ship_phone = ""
    firm = f.r.choices(["None", "Proprietor", "Individual"], [789, 148, 8])[0]
    p = pan("P" if firm != "None" or f.chance(0.7) else "F") if registered or f.chance(0.02) else ""
    gst = gstin(p) if registered and p else ""
    gst_from = None if f.chance(0.01) else (datetime.date(2017, 7, 1) if not gst or f.chance(0.6) else
                                           f.date(datetime.date(2017, 7, 2), datetime.date(2025, 12, 31)))
    cin = gstin(pan("P")) if k in (120, 777) else ""
    term = "" if f.chance(0.018) else ("IMMEDIATE" if f.chance(0.009) else "Against Delivery")
    party = territory.title().replace("Kb", "KB") if territory in ROUTE_DAYS and f.chance(0.55) else ""
    row = ["", c["ledger"], code, "", c["print"], "No", "", inactive,
           "" if f.chance(0.047) else ("Pipes" if f.chance(0.12) else "All Items"),
           10000 if f.chance(0.13) else 0, 0, contact, territory, "Yes" if f.chance(0.016) else "No", "Inclusive",
           last, days,
           addr, city, state, "IN", pin, ph, email, lon, lat, same,
           ship, ship_city, state, "IN", ship_pin, ship_phone, email, lon, lat,
           firm, "Registered" if gst else "Unregistered", gst, gst_from, cin, p, "No", "", term, "", "", party, "No",
           "", "", "", "", "", "", "", "", ""]
    ws.append(row)
    r = ws.max_row
    ws.row_dimensions[r].outlineLevel = 1
    for col in (10, 11, 17):
        ws.cell(r, col).number_format = "#,##0;\\(#,##0\\)"
    for col in (16, 40):
        if ws.cell(r, col).value is not None:
            ws.cell(r, col).number_format = "[$-9]dd\\/mm\\/yyyy"
    records.append({"name": c["ledger"], "code": code, "print": c["print"], "contact": contact, "addr": addr,
                    "city": city, "pin": pin, "phone": ph, "email": email, "gst": gst, "pan": p})

ws.freeze_panes = "A2"
ws.sheet_properties.outlinePr.summaryBelow = False
for col, w in zip(["A", "B", "C", "E", "L", "R", "AB", "W", "X"], [4.3, 32.6, 7.3, 32.6, 14, 32.9, 41.3, 20, 29]):
    ws.column_dimensions[col].width = w


def empty_strings(member, text):
    # The export writes every empty cell as an empty text, not as a missing cell.
    return text.replace('t="inlineStr"></c>', 't="inlineStr"><is><t></t></is></c>')


_save_rewritten(wb, "customers-en-in-ledgermaster.xlsx", empty_strings)

if len(sys.argv) > 1:
    json.dump(records, open(sys.argv[1], "w"), indent=0)
