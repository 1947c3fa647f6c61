"""
Shape of tebzaselepe/TFS "policy_data.csv": a Free State funeral-cover society's policy book, typed
in a spreadsheet and saved as a semicolon-separated CSV (UTF-8, LF) for its web app.

- Header policy_number;policy_type;policy_status;premium;id_number;mobile_number;first_name;
  middle_name;last_name;payment_date;reminder_date;has_paid;waiting_period_past;bank_acc_number;
  bank_name;payment_method;gender;race;city;province — 905 policies.
- Three blocks in policy-number order: TFS-P… platinum, TFS-B… silver, TFS-M… gold, numbers with
  gaps; one silver policy typed with a platinum number that another member already has, one number
  with a stray space ("TFS -B0511"). Status active, canceled or empty; the monthly premium in rand,
  "no data" on two.
- The platinum block has names as given / middle / surname; the later blocks were typed surname
  first (first_name holds the surname, last_name a second given name, empty or "no data").
- id_number: 13-digit ID numbers, some cut to 12 digits or only the six-digit birth date, empty or
  "no data"; mobile_number: nine digits (Excel dropped the leading 0), ten on a few, one with a
  space, "no data" on one in five.
- About sixty members hold two policies: the same ID and mobile under another number, the name in
  another order (and a letter dropped).
- payment_date and reminder_date the same day on every row; bank fields mostly empty; gender on one
  row; race; the town and province the same everywhere.
Values invented.
"""
import csv
import os

from fake import FILES, Fake

f = Fake("policies-en-za-funeralsociety")

SURNAMES = ["Mokoena"] * 8 + ["Tsotetsi"] * 5 + ["Mofokeng"] * 5 + ["Moloi"] * 3 + ["Radebe"] * 3 + \
           ["Dlamini", "Nhlapo", "Motaung", "Khumalo", "Mthembu", "Mahlaba", "Msimanga", "Motloung", "Maleka",
            "Mkhwanazi", "Kheswa", "Mosia", "Masiteng", "Sibiloane", "Makhoba", "Miya", "Phakathi", "Hlubi",
            "Moshoadiba", "Mngomezulu", "Setungwane", "Tladi", "Speelman", "Pitso", "Mphuthi", "Mbatha", "Ngcobo",
            "Lekhoaba", "Sekhonyana", "Ntsane", "Ramoeletsi", "Mabena", "Zwane", "Shabalala", "Vilakazi"]
GIVEN = ["Maria", "Elizabeth", "Nthabiseng", "Martha", "Thabo", "Samuel", "Johannes", "Lindiwe", "Sibongile",
         "Puleng", "Lerato", "Palesa", "Tebogo", "Mpho", "Dikeledi", "Thandeka", "Nomsa", "Sipho", "Bongani",
         "Lebohang", "Refiloe", "Mamello", "Teboho", "Keketso", "Relebohile", "Agnes", "Florence", "Daniel",
         "Abel", "Petrus", "Joseph", "Anna", "Emily", "Sarah", "Isaac", "Lydia", "Solomon", "Simon", "Esther",
         "Zanele", "Innocentia", "Busisiwe", "Tsietsi", "Moeketsi", "Nokuthula", "Selina", "Patrick", "Phindile"]
BANKS = ["fnb"] * 372 + ["absa"] * 186 + ["capitec"] * 186 + [""] * 161
PREMIUMS = {"platinum": [130, 150, 150, 150, 160, 170, 190, 210], "silver": [70, 90, 100, 100, 110, 120],
            "gold": [120, 120, 140, 140, 160]}


def id_number():
    k = f.r.random()
    born = f"{f.r.randrange(30, 100):02d}{f.r.randrange(1, 13):02d}{f.r.randrange(1, 29):02d}"
    full = born + f"{f.r.randrange(0, 10000):04d}0{f.r.randrange(8, 9)}{f.r.randrange(10)}"
    if k < 0.81:
        return full
    if k < 0.84:
        return full[:12]
    if k < 0.87:
        return born
    if k < 0.92:
        return "no data"
    return ""


def mobile():
    k = f.r.random()
    number = f._unique(lambda: f"{f.pick('678')}{f.pick('0123456789')}5550{f.r.randrange(1000):03d}")
    if k < 0.77:
        return number
    if k < 0.78:
        return "0" + number
    if k < 0.785:
        return number[:4] + " " + number[4:]
    if k < 0.99:
        return "no data"
    return ""


def names(surname_first):
    surname, given, second = f.pick(SURNAMES), f.pick(GIVEN), f.pick(GIVEN)
    if not surname_first:
        return [given, second, surname] if f.chance(0.9) else [given, surname, "no data"]
    k = f.r.random()
    if k < 0.75:
        return [surname, given, second]
    if k < 0.95:
        return [surname, given, ""]
    return [surname, given, "no data"]


def policy(number, kind, surname_first):
    status = "active" if f.chance(0.98) else "canceled"
    if kind != "platinum" and f.chance(0.1):
        status = ""
    premium = str(f.pick(PREMIUMS[kind]))
    return [number, kind, status, premium, id_number(), mobile()] + names(surname_first) + \
           ["2022/11/03", "2022/11/03", f.pick(["yes", "yes", "no"]), f.pick(["yes", "yes", "no"]), "", f.pick(BANKS),
            f.pick(["bank tranfer", "bank tranfer", "cash"]), "", f.pick(["black", "black", "black", "white", "colored"]),
            "frankfort", "free state"]


rows = []
for kind, prefix, count, top in (("platinum", "TFS-P", 178, 240), ("silver", "TFS-B", 421, 720), ("gold", "TFS-M", 304, 505)):
    numbers = sorted(f.r.sample(range(1, top + 1), count))
    for n in numbers:
        rows.append(policy(f"{prefix}{n:04d}", kind, surname_first=(kind != "platinum" or n > 200)))
rows[0][14] = "absa"
rows[0][13] = "98765445211"
rows[0][16] = "female"
for k in (7, 250):
    rows[k][3] = "no data"
rows[420][3] = ""
b511 = next(i for i, r in enumerate(rows) if r[0].startswith("TFS-B05"))
rows[b511][0] = rows[b511][0].replace("TFS-", "TFS -")
# A silver policy typed with a platinum member's number.
dup = next(i for i, r in enumerate(rows) if r[0].startswith("TFS-B018"))
rows[dup][0] = rows[1][0]

# Members with a second policy: same ID and mobile, the name in another order, a letter dropped.
holders = [i for i, r in enumerate(rows) if r[4] not in ("", "no data") and r[5] not in ("", "no data")]
for src in f.r.sample(holders, 60):
    a = rows[src]
    later = [i for i in range(src + 1, len(rows)) if rows[i][4] not in ("", "no data") and i not in holders[:0]]
    if not later:
        continue
    tgt = f.pick(later)
    b = rows[tgt]
    parts = [p for p in a[6:9] if p not in ("", "no data")]
    rotated = parts[-1:] + parts[:-1] if len(parts) == 3 else parts[::-1] + [""]
    if f.chance(0.2):
        rotated[0] = rotated[0][:-2] + rotated[0][-1]
    b[4], b[5] = a[4], a[5]
    b[6:9] = (rotated + [""])[:3]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "policies-en-za-funeralsociety.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["policy_number", "policy_type", "policy_status", "premium", "id_number", "mobile_number", "first_name",
                "middle_name", "last_name", "payment_date", "reminder_date", "has_paid", "waiting_period_past",
                "bank_acc_number", "bank_name", "payment_method", "gender", "race", "city", "province"])
    w.writerows(rows)
