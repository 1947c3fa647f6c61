"""
Shape of marerokevin/RNA "Employee List.xlsx": a Philippine (Cavite) factory's employee master list
kept by HR in Excel 2013, one sheet. Not client data: a person imports nothing from it.

- "Employee List": header on row 1, no title: ID NUMBER / FULLNAME / POSITION / Section/Dept. /
  Date Hired / Contact Number / Civil Status / Date of Birth / Place of Birth / SSS No. / TIN /
  HDMF / PHIC (government numbers) / H. Address / then the emergency contact's Name /
  Relationship / E. Address / Contact No. (no header saying so); an unheaded column S with a
  payroll note "GPI-8 / SUNTRUST" on one block of rows, merged S:T on about sixty rows.
- About 390 employees, ids GP-<year hired>-<serial>; the first rows in capitals (newest
  hires), the rest in title case; positions and departments typed many ways ("Operator",
  "OPERATOR", "Production 1 " with a trailing space, "Prod.SupportPPD"); civil status "Single",
  "SINGLE ", "Married "; dates d-mmm-yy, one hire date typed as text with leading spaces and one
  row with the birth date copied into the hire date; mobiles as text, a few as numbers; an
  autofilter over a stale range and a freeze pane far down the sheet.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("staff-en-ph-factoryroster")

FIRST = ["Mark", "Alyssa", "Francis", "Christian", "Jenny", "Rowena", "Arnel", "Jomar", "Lovely", "Mary Grace",
         "Jerome", "Rhea", "Marvin", "Kristine", "Ramil", "Analyn", "Jericho", "Ma. Cristina", "Joel", "Liezel",
         "Reynaldo", "Charmaine", "Dennis", "Jonalyn", "Ronnie", "Aileen", "Noel", "Shiela", "Edwin", "Mylene",
         "Rodel", "Maricel", "Jayson", "Rosalie", "Benjie", "Cherry Ann", "Ariel", "Rochelle", "Wilfredo", "Janine"]
LAST = ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Ramos", "Castillo",
        "Navarro", "Delos Reyes", "Pascual", "Manalastas", "Dimaculangan", "Samonte", "Lacson", "Ocampo",
        "Macaraeg", "Buenaventura", "Tolentino", "Evangelista", "Salazar", "Panganiban", "Soriano", "Gatdula",
        "Magbanua", "Rosales", "De Guzman", "Capistrano", "Alcantara"]
TOWNS = ["Gen. Trias, Cavite", "Tanza, Cavite", "Rosario, Cavite", "Naic, Cavite", "Dasmariñas, Cavite",
         "Imus, Cavite", "Trece Martires, Cavite", "Noveleta, Cavite", "Kawit, Cavite"]
BIRTHPLACES = ["Cavite City", "Tanza Cavite", "Batangas", "Nasugbu, Batangas", "Sariaya, Quezon", "Manila",
               "Camarines Sur", "Leyte", "Iloilo City", "Davao Del Sur", "Negros Occidental", "Quezon City",
               "Sorsogon", "Agusan Del Norte", "Pangasinan", "Tarlac", "Bicol", "Samar"]
SUBDS = ["Lavanya Subd.", "Pasinaya Homes", "Dream Homes Subd.", "Villa Oviedo Subd.", "Sunnybrooke 1",
         "Carissa Homes", "Bella Vista", "Golden Horizon", "Riverside Village"]
POSITIONS = [("Operator", 93), ("Staff", 41), ("Senior Operator", 30), ("Leader", 29), ("Specialist", 23),
             ("Sub-Leader", 22), ("Senior Staff", 21), ("Supervisor", 9), ("Senior Supervisor", 5),
             ("Assistant Supervisor", 5), ("Asst. Supervisor", 2), ("Professional", 3),
             ("ELECTRICAL ENGINEER ", 2), ("COMPANY NURSE ", 1), ("SAFETY OFFICER ", 2), ("MECHANICAL ENGINEER ", 1),
             ("PARTS INSPECTION STAFF", 1), ("DIRECT OPERATION KAIZEN STAFF", 1)]
DEPTS = [("Production 2", 56), ("Quality Control", 49), ("Production 1 ", 43), ("Parts Inspection", 27),
         ("Warehouse/PPIC", 22), ("Purchasing", 17), ("Prod.Support/PPD", 13), ("Molding/PPD", 11),
         ("Fabrication /PPD", 11), ("Production 1", 11), ("FEM/Administration", 10), ("Production Support", 10),
         ("PM/PPIC", 9), ("Accounting", 8), ("Impex/PPIC", 8), ("Parts Production", 7),
         ("Production Technology", 6), ("Direct Operation Kaizen", 5), ("EOHS/Quality Assurance", 5),
         ("GS/Administration", 5), ("HR/Administration", 3), ("MIS/Administration", 3), ("Prod.SupportPPD", 1),
         ("Audit & Trainig/Prod. Support", 4), ("-", 1), ("DOK", 1)]
RELATIONS = [("Husband", 83), ("Mother", 77), ("Wife", 62), ("Sister", 42), ("Live-in Partner", 27), ("Father", 18),
             ("Brother", 16), ("Aunt", 6), ("Son", 4), ("Daughter", 3), ("Mother ", 2), ("Fiance", 2),
             ("Common-Law Partner", 1), ("Cousin", 3), ("Uncle", 2)]


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = f.r.randrange(total)
    for v, w in pairs:
        if x < w:
            return v
        x -= w
    return pairs[-1][0]


def mobile():
    return "0900" + f"{f.r.randrange(10000000):07d}"


def street():
    kind = f.r.random()
    if kind < 0.45:
        return f"Blk. {f.r.randrange(1, 40)}, Lt. {f.r.randrange(1, 60)}, {f.pick(SUBDS)}, {f.pick(TOWNS)}"
    if kind < 0.75:
        return f"{f.r.randrange(1, 999):03d}, {f.pick(['Purok I', 'Purok 3', 'Sitio Malinis', 'Brgy. Bucal', 'Brgy. Biga'])}, {f.pick(TOWNS)}"
    return f"#{f.r.randrange(1, 300)}, {f.pick(['Rizal St.', 'Mabini St.', 'Bonifacio St.', 'Luna St.'])} {f.pick(TOWNS)}"


def gov():
    return (f"{f.r.randrange(1, 35):02d}-{f.r.randrange(1000000, 9999999)}-{f.r.randrange(10)}",
            f"{f.r.randrange(100, 480)}-{f.r.randrange(100, 999)}-{f.r.randrange(100, 999)}",
            f"{f.r.choice(['1210', '1211', '1212', '1030'])}-{f.r.randrange(1000, 9999)}-{f.r.randrange(1000, 9999)}",
            f"{f.r.choice(['08', '01', '03', '19'])}-{f.r.randrange(10**8, 10**9)}-{f.r.randrange(10)}")


N = 388
people = []
used = set()
while len(people) < N:
    first = f.pick(FIRST)
    last = f.pick(LAST)
    full = f"{first} {f.pick('ABCDEFGJLMNPRSTV')}. {last}" + (" Jr." if f.chance(0.03) else "")
    if full not in used:
        used.add(full)
        people.append((full, last))

rows = []
serial = 760
for i, (full, last) in enumerate(people):
    caps = i < 45
    hired = f.date(datetime.date(2004, 1, 5), datetime.date(2022, 11, 30)) if i >= 8 else \
        f.date(datetime.date(2021, 6, 1), datetime.date(2022, 11, 30))
    serial -= f.r.randrange(1, 3)
    pid = f"GP-{hired.year % 100:02d}-{serial}"
    born = f.date(datetime.date(1964, 1, 1), datetime.date(2001, 12, 31))
    position = weighted(POSITIONS)
    dept = weighted(DEPTS)
    status = weighted([("Single", 201), ("Married", 152), ("Married ", 21), ("SINGLE", 10), ("SINGLE ", 3),
                       ("Widowed", 1)])
    if caps:
        full, position, dept = full.upper(), position.upper(), dept.upper()
    sss, tin, hdmf, phic = gov()
    relation = weighted(RELATIONS)
    kin_last = last if relation not in ("Live-in Partner", "Fiance", "Common-Law Partner") else f.pick(LAST)
    kin = f"{f.pick(FIRST)} {kin_last}" + (" " if f.chance(0.05) else "")
    home = street()
    kin_home = home.replace("Blk.", "Block").replace("Lt.", "Lot").replace(",", "") if f.chance(0.5) else street()
    phone = mobile()
    kin_phone = mobile()
    rows.append([pid, full, position, dept, hired, phone if not f.chance(0.005) else int(phone), status, born,
                 f.pick(BIRTHPLACES), sss, tin, hdmf, phic, home, kin, relation, kin_home,
                 kin_phone if not f.chance(0.01) else int(kin_phone)])
rows[296][4] = "    10-Apr-18"                     # typed as text
rows[283][4] = rows[283][7]                          # the birth date copied into Date Hired
rows[120][10] = None                                 # TIN missing

wb = workbook()
ws = wb.active
ws.title = "Employee List"
ws.append(["ID NUMBER", "FULLNAME", "POSITION", "Section/Dept.", "Date Hired", "Contact Number", "Civil Status",
           "Date of Birth", "Place of Birth", "SSS No.", "TIN", "HDMF", "PHIC", "H. Address", "Name", "Relationship",
           "E. Address", "Contact No."])
ws["E1"].number_format = "[$-409]d\\-mmm\\-yy;@"
for r in rows:
    ws.append(r)
    n = ws.max_row
    for col in (5, 8):
        if not isinstance(ws.cell(n, col).value, str):
            ws.cell(n, col).number_format = "[$-409]d\\-mmm\\-yy;@"
for n in range(282, 325):
    ws.cell(n, 19, "GPI-8 / SUNTRUST")
for n in list(range(282, 325)) + list(range(366, 384)):
    ws.merge_cells(start_row=n, start_column=19, end_row=n, end_column=20)
ws.auto_filter.ref = "A1:R359"
ws.freeze_panes = "A370"
for col, w in zip("ABCDEFGHIJKLMNOPQR", [15.4, 32, 42.1, 30.1, 17.2, 30.3, 14.9, 21.7, 32.4, 18.3, 19.3, 18.3, 19.6,
                                         93.4, 33.6, 16.3, 93.4, 30.3]):
    ws.column_dimensions[col].width = w

save(wb, "staff-en-ph-factoryroster.xlsx")
