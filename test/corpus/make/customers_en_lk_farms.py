"""
Shape of anjimk77-cyber/Probiotic-Sales Customer List.xlsx: a Sri Lankan aquaculture supplier's
customer list, an Excel table (Table1) on one sheet "customers". Headers Customer ID (C00003 …,
ascending, the last two out of order) / Customer Name (people written with initials and companies
"(Pvt) Ltd", a trailing space on most) / Farm Name (often empty, a leading space on many, "Farm 1",
"-") / Zone (sales zone, sometimes empty, one "Cash sales") / Area (a locality, 0 where unknown) /
Payment Method (empty) / Marketing Manager (three reps and "Office") / Phone Number (mobiles as
numbers, their leading 0 lost; some written 077-1234567) / tel 1 / tel 2 (landlines and second
mobiles, mostly empty) / Creation Date (text dd/mm/yyyy, most the day the list was set up) / Farm
Name with Code (a CONCATENATE formula with a structured reference). One farmer often has several
farms, each its own customer number, under the same name and phone. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("customers-en-lk-farms")
INITIALS = ["A.S.", "A.H.M.", "M.", "K.T.", "W.A.", "H.M.", "S.", "A.M.M.", "R.P.", "N."]
GIVEN = ["Chaminda", "Indika", "Iwan", "Kamal", "Nuwan", "Ruwan", "Sampath", "Lasantha", "Mahesh", "Asanka",
         "Rizwan", "Najeem", "Imran", "Fazeel", "Tharanga", "Dinesh", "Pradeep", "Sunil", "Ajith", "Nimal"]
FAMILY = ["Perera", "Fernando", "Silva", "Jayasuriya", "Bandara", "Dissanayake", "Rajapaksha", "Wijesinghe",
          "Khan", "Razleen", "Asmeey", "Lowe", "Nanayakkara", "Ranasinghe", "Gunawardena", "Herath"]
COMPANIES = ["Lagoon Harvest (Pvt) Ltd", "Serendib Aqua Farms (Pvt) Ltd", "Northwind Prawns (Pvt) Ltd",
             "Blue Estuary Exports (Pvt) Ltd", "Coastline Frozen Foods (Pvt) Ltd"]
ZONES = ["Chilaw"] * 7 + ["Puttalam"] * 7 + ["Middle Zone"] * 4 + ["Batticaloa"] * 2 + [""]
AREAS = {"Chilaw": ["Ambakadawila", "Thoduwawa", "Maikkulama", "Iranawila"],
         "Puttalam": ["Puttalam Zone", "Madurankuliya", "5th mile post", "Mampuri"],
         "Middle Zone": ["Pulichchikulama", "Mundalama", "Udappuwa"],
         "Batticaloa": ["Kareikanthiew", "Vakarai"], "": [0]}
REPS = ["Dilip", "Jagath", "Ansardeen", "Office"]


def person():
    if f.chance(0.5):
        return f"{f.pick(INITIALS)}{f.pick(GIVEN)} {f.pick(FAMILY)}"
    return f"{f.pick(GIVEN)} {f.pick(FAMILY)}"


def mobile():
    return int(f._unique(lambda: f"77000{f.r.randrange(10000):04d}"))


def landline():
    return f._unique(lambda: f"03{f.r.choice('123')}-22{f.r.randrange(10000):05d}"[:11])


owners = []
for _ in range(250):
    name = f.pick(COMPANIES) if f.chance(0.03) else person()
    # Most farmers have one farm; a few have many (the original's busiest name has 13 numbers).
    farms = f.r.choices([1, 2, 3, 5, 8, 13], weights=[89, 7, 2, 1.2, 0.5, 0.3])[0]
    owners.append((name, mobile() if f.chance(0.92) else None, farms))

rows = []
number = 3
for name, phone, farms in owners:
    zone = f.pick(ZONES)
    rep = f.pick(REPS)
    for k in range(farms):
        farm = ""
        if f.chance(0.45):
            own = f"{name.split()[-1]} Farm" if "Ltd" not in name else f"Farm {k + 1}"
            farm = f.pick([own, f"Farm {k + 1}", f"Farm 0{k + 1}", "-"])
            if f.chance(0.6):
                farm = " " + farm
        area = f.pick(AREAS[zone])
        shown = phone
        if phone is not None and f.chance(0.03):
            shown = f"0{str(phone)[:2]}-{str(phone)[2:]}"
        created = "30/11/2023" if f.chance(0.88) else f.date(datetime.date(2023, 12, 1), datetime.date(2026, 5, 30)).strftime("%d/%m/%Y")
        rows.append([f"C{number:05d}", name + (" " if f.chance(0.85) else ""), farm, zone, area, None, rep, shown,
                     landline() if f.chance(0.12) else None, mobile() if f.chance(0.03) else None,
                     created if f.chance(0.99) else None])
        number += f.r.choice([1, 1, 1, 2])
rows.insert(len(rows) // 2, [f"C{number:05d}", "Cash Customer", "", "Cash sales", 0, None, "Office", None, None, None,
                             "30/11/2023"])
rows[-1][0], rows[-2][0] = rows[-2][0], rows[-1][0]

wb = workbook()
ws = wb.active
ws.title = "customers"
headers = ["Customer ID", "Customer Name", "Farm Name", "Zone", "Area", "Payment Method", "Marketing Manager",
           "Phone Number", "tel 1", "tel 2", "Creation Date", "Farm Name with Code"]
ws.append(headers)
for i, row in enumerate(rows, start=2):
    ws.append(row + [f'=CONCATENATE(A{i}, " - ", Table1[[#This Row],[Farm Name]])'])
from openpyxl.worksheet.table import Table
ws.add_table(Table(displayName="Table1", ref=f"A1:L{ws.max_row}"))
save(wb, "customers-en-lk-farms.xlsx", libreoffice="xlsx")
