"""
Shape of raheelsafelife/lead-manager "clients_export.csv" (at commit 1591a7f): a Chicago-area home-care
agency's client list exported from its care-management system for a lead and referral tool. UTF-8,
LF, no newline after the last line, header unquoted, every value quoted; 9 columns: Chart ID /
Name / DOB / Status / Supervisor / Location / Payor / SOC / EOC (start and end of care).

- 108 clients in the source, sorted by last name: elderly people (born 1927–1995) of South Asian,
  Hispanic, Polish and Anglo names; names as typed: capitals, lower case, a middle initial, a
  phone-like number after the name ("… 8329"), two given names; chart ids 1031–1165 and a run of
  five-digit ids 11165–11174; dates MM/DD/YYYY.
- Status Active / Terminated / Hold / Deceased / Canceled / Leave; Supervisor the agency's care
  coordinator ("Unassigned Unassigned" twice, one name with a double space); Location "HQ" (twice
  "Unassigned"); Payor a programme code (INH25…), an insurer or "IDOA (DO NOT USE)".
- Four staff test records ("Test Client" born 2025, "test <name>" twice, "<coordinator> Test");
  one man entered twice with a typo in the given name, same birth date, two chart ids; a married
  couple with the same start of care.

Values invented: people, coordinators, chart ids, dates, programme codes.
"""
import csv
import datetime
import io
import os

from fake import FILES, Fake

f = Fake("clients-en-us-homecarechart")

COORD = ["Samina Qadir"] * 52 + ["Tariq Gul"] * 31 + ["Rai Khalid Mehmood"] * 21
PAYORS = (["INH2509011"] * 30 + ["BCBSIL"] * 19 + ["INH2517044"] * 19 + ["Meridian"] * 11 + ["Aetna - Medicaid"] * 8 +
          ["IDOA (DO NOT USE)"] * 6 + ["Community Services"] * 4 + ["Molina"] * 3 + ["DORS-Joliet"] * 2 + ["Humana"] * 2 +
          ["Aetna - MMAI", "County Care", "DORS-WestChester"])
STATUS = ["Active"] * 64 + ["Terminated"] * 21 + ["Hold"] * 9 + ["Deceased"] * 7 + ["Canceled"] * 2 + ["Leave"] * 2
FIRST = ["Nasreen", "Zubair", "Parveen", "Khalid", "Rehana", "Anwar", "Shabana", "Iqbal", "Kausar", "Tahira", "Saleem",
         "Bilquis", "Rafiq", "Naseem", "Munawar", "Maria", "Jose", "Guadalupe", "Rosa", "Ramon", "Esperanza", "Luis",
         "Teresa", "Juan", "Consuelo", "Stanislaw", "Halina", "Tadeusz", "Krystyna", "Zofia", "Dorothy", "Harold",
         "Shirley", "Walter", "Mildred", "Eugene", "Betty", "Gerald", "Joan", "Raymond", "Lorraine", "Vinod", "Kamla",
         "Ramesh", "Sushila", "Yusuf", "Amina", "Farida", "Hamid"]
LAST = ["Abbasi", "Akhtar", "Ali", "Ansari", "Baig", "Bhatti", "Butt", "Chaudhry", "Dar", "Farooqi", "Ghani", "Haider",
        "Hashmi", "Iqbal", "Jafri", "Kazmi", "Lodhi", "Malik", "Mirza", "Naqvi", "Qureshi", "Rizvi", "Shaikh", "Zaidi",
        "Alvarez", "Barrios", "Castillo", "Delgado", "Espinoza", "Flores", "Guerrero", "Herrera", "Ibarra", "Juarez",
        "Lozano", "Medina", "Navarro", "Ochoa", "Pacheco", "Quintero", "Rios", "Salazar", "Trevino", "Valdez",
        "Adamczyk", "Baran", "Czarnecki", "Dudek", "Gorski", "Jablonski", "Kaczmarek", "Lis", "Nowicki", "Pawlak",
        "Sobczak", "Wrobel", "Abbott", "Brennan", "Carlson", "Dempsey", "Fitzgerald", "Gallagher", "Hartley",
        "Keller", "Lindgren", "Mahoney", "Novak", "Olsen", "Pruitt", "Quinlan", "Sheridan", "Tolliver", "Whitaker",
        "Patel", "Shah", "Desai", "Mehta"]


def d(x):
    return x.strftime("%m/%d/%Y")


def dob():
    return f.date(datetime.date(1927, 1, 1), datetime.date(1966, 12, 31))


def care(start=None):
    soc = start or f.date(datetime.date(2024, 12, 1), datetime.date(2026, 3, 12))
    eoc = soc + datetime.timedelta(days=f.pick([365, 365, 365, 364, 362, 90, 120, 60, 400, 540]))
    if f.chance(0.25):
        eoc = datetime.date(soc.year + (1 if soc.month > 3 else 0), 3, 31)
    return soc, eoc


def styled(first, last):
    x = f.r.random()
    if x < 0.68:
        return f"{first} {last}"
    if x < 0.82:
        return f"{first} {last}".upper()
    if x < 0.90:
        return f"{first} {last}".lower()
    if x < 0.95:
        return f"{first} {f.pick('ABCDEJMRS')} {last}"
    return f"{first} {last.lower()}"


people = []   # (sort key, row)
FIXED = [
    ("Aguilar", ["1031", "Carmen Aguilar Robles", "09/15/1960", "Active", "Samina Qadir", "HQ", "INH2509011", "12/09/2024", "03/31/2026"]),
    ("Ahmed", ["1160", "ZAHEER AHMED", "02/05/1947", "Active", "Rai Khalid Mehmood", "HQ", "Aetna - Medicaid", "02/23/2026", "05/31/2026"]),
    ("Hussain", ["1164", "Nusrat Hussain 8329", "02/19/1938", "Active", "Rai Khalid Mehmood", "HQ", "IDOA (DO NOT USE)", "03/03/2026", "03/03/2027"]),
    ("Jabeen", ["1116", "sughra jabeen", "03/12/1955", "Active", "Tariq Gul", "HQ", "INH2509011", "10/03/2025", "03/31/2026"]),
    ("Marchetti1", ["1082", "Renzo Marchetti", "05/02/1933", "Terminated", "Samina Qadir", "HQ", "INH2509011", "06/19/2025", "06/18/2026"]),
    ("Marchetti2", ["1084", "lucia marchetti", "05/16/1933", "Deceased", "Samina Qadir", "HQ", "INH2509011", "06/19/2025", "06/19/2026"]),
    ("Marchetti3", ["1086", "Ronzo Marchetti", "05/02/1933", "Terminated", "Samina Qadir", "HQ", "INH2509011", "06/25/2025", "02/06/2026"]),
    ("Raygosa1", ["1050", "Celestino Raygosa", "03/22/1950", "Active", "Samina Qadir", "HQ", "INH2509011", "11/01/2025", "10/31/2026"]),
    ("Raygosa2", ["1049", "Victoria Raygosa", "09/22/1955", "Active", "Samina Qadir", "HQ", "INH2509011", "11/01/2025", "10/31/2026"]),
    ("Client", ["1099", "Test Client", "08/05/2025", "Terminated", "Omar Ishaq", "HQ", "IDOA (DO NOT USE)", "11/12/2025", "11/12/2026"]),
    ("kiran", ["11165", "test kiran", "10/12/1984", "Terminated", "Unassigned Unassigned", "HQ", "IDOA (DO NOT USE)", "09/15/2025", "09/15/2026"]),
    ("sunil", ["1109", "test sunil", "09/04/1950", "Terminated", "Unassigned Unassigned", "Unassigned", "Aetna - Medicaid", "09/01/2025", "09/30/2026"]),
    ("Test", ["1076", "Samina Test", "12/05/1965", "Canceled", "Samina Qadir", "HQ", "INH2517044", "05/21/2025", "05/21/2026"]),
    ("Fakhri", ["1158", "MOHAMMED FAKHRI", "10/09/1946", "Active", "Lucia  Moreno", "HQ", "Aetna - Medicaid", "02/20/2026", "05/31/2026"]),
    ("Hood", ["1140", "Lillian Hoodley", "06/10/1936", "Active", "Tariq Gul", "Unassigned", "INH2517044", "12/01/2025", "12/01/2026"]),
]
f._used.update(int(r[0]) for _, r in FIXED)
for key, row in FIXED:
    people.append((key.lower(), row))
five_digit = [str(x) for x in range(11166, 11175)]
n_rows = 108
i = 0
while len(people) < n_rows:
    first, last = f._unique(lambda: (f.pick(FIRST), f.pick(LAST)))
    if f.chance(0.06):
        last = f"{last} {f.pick(LAST)}"
    name = styled(first, last)
    if f.chance(0.02):
        name = f"{name} {f.r.randrange(1000, 9999)}"
    cid = five_digit.pop(0) if five_digit and f.chance(0.1) else str(f._unique(lambda: f.r.randrange(1032, 1166)))
    soc, eoc = care()
    status = f.pick(STATUS)
    birth = dob() if not f.chance(0.04) else f.date(datetime.date(1974, 1, 1), datetime.date(1995, 12, 31))
    people.append((last.split()[-1].lower() + first.lower(),
                   [cid, name, d(birth), status, f.pick(COORD), "HQ", f.pick(PAYORS), d(soc), d(eoc)]))
    i += 1
people.sort(key=lambda p: p[0])

buf = io.StringIO()
buf.write("Chart ID,Name,DOB,Status,Supervisor,Location,Payor,SOC,EOC\n")
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerows([row for _, row in people])
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-us-homecarechart.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(buf.getvalue().rstrip("\n"))
