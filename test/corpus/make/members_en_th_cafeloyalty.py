"""
Shape of tajindersingh111/YensRewards "customers_export.csv" (at commit 5a29cc4): a Thai café and
bakery's loyalty members, exported by its new rewards web app as a UTF-8 CSV (LF, no BOM, no
quotes) with English column names and mostly Thai names: name / tier / phone / email / gender /
birthday / register_date / register_branch / total_spent / points / last_use / tag / line_uid,
sorted by total spent (two decimals). Most members came over from the shop's old member system
(tier 'member', gender Female / Male / Anonymous, birthday 'MM-DD' without a year, register date
'YYYY-MM-DD 00:00:00', the branch name, last use 'YYYY-MM-DD HH:MM:00'); a few were added in the
new app (tier bronze / silver / gold, +66 numbers, no register date) - among them the developers'
test accounts ('Manual Test User', 'Test Customer' three times, a garbled phone, @….test
addresses), and one British guest with a +44 number. In the lower third the old system's rows are
out of line: the e-mail missing, so gender stands under email and a full 'DD/MM/YYYY' date under
gender, or the tier missing, so phone, e-mail and gender stand one column to the left and the date
under gender (the birthday in place on both); three rows lack both. Names: Thai given name and surname (some with the title นาย /
นางสาว, double spaces), a given name or nickname alone, romanised names, two members sharing one
nickname. tag and line_uid are empty everywhere.
Values invented: phones 0900…, +66 900…, +44 7700 900…; e-mails at example.com/.org/.net or .test.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("members-en-th-cafeloyalty")

GIVEN = ["สมชาย", "สมหญิง", "กนกวรรณ", "ณัฐพล", "ปิยะพงษ์", "วรรณา", "สุภาพร", "ธนพร", "พิมพ์ชนก", "อรุณี", "ศิริพร",
         "จิราพร", "ชลธิชา", "นภัสสร", "กิตติพงษ์", "ประเสริฐ", "วิไลวรรณ", "อัญชลี", "ปวีณา", "รัตนา", "ธีรวัฒน์",
         "ภัทรา", "สุนิสา", "เกศินี", "ชนิดา", "อภิชาติ", "วีระพงษ์", "ดวงใจ", "นันทนา", "พัชรี", "เบญจมาศ", "ศุภชัย",
         "อารีรัตน์", "ณัฐธิดา", "พรทิพย์", "ธนวัฒน์", "มาลัย", "ชุติมา", "วรวุฒิ", "ปรียานุช", "สุดารัตน์", "ทิพวรรณ"]
SURNAMES = ["ใจดี", "ศรีสุข", "สุขสวัสดิ์", "แก้วมณี", "ทองดี", "บุญมา", "วงศ์ใหญ่", "รัตนพันธ์", "มั่นคง", "พรหมมา",
            "จันทร์เพ็ญ", "สายทอง", "ศรีวงศ์", "เพชรรัตน์", "ชัยมงคล", "ทองคำ", "แสงทอง", "บุญเรือง", "สมบูรณ์",
            "อินทร์แก้ว", "นาคสวัสดิ์", "ดีประเสริฐ", "ปัญญาดี", "คงเจริญ", "สิทธิโชค", "พูลสวัสดิ์"]
NICKS = ["มายด์", "แพรว", "ฟ้า", "ต้นข้าว", "ปอนด์", "มิ้นท์", "เจ", "บีม", "ออม", "แนน", "พลอย"]
LATIN = ["Kanokwan S.", "Pimchanok", "Natthapol Wong", "Arisa", "Tanawat K", "Mind", "Ploy Siriwan", "Jirapat",
         "Napasorn", "Beam"]
GENDERS = ["Female"] * 14 + ["Male"] * 5 + ["Anonymous"]
BRANCH = "Baan Khanom Cafe & Bakery"

phones = set()


def phone_th():
    while True:
        p = f"0900{f.r.randrange(1000000):06d}"
        if p not in phones:
            phones.add(p)
            return p


def local_part(i):
    stem = f.pick(["ploy", "mind", "nan", "beam", "fah", "aom", "jay", "mint", "pond", "noon", "fern", "kwan", "boss"])
    return f.pick([f"{stem}{f.r.randrange(1000, 9999)}", f"{stem}.{f.pick('abcdkmnpst')}{f.r.randrange(10, 99)}",
                   f"{stem}{stem}{f.r.randrange(1, 9)}", f"{stem}_{f.r.randrange(1985, 2006)}"])


def email(i):
    return f"{local_part(i)}@{f.pick(['example.com'] * 6 + ['example.org', 'example.net'])}"


used_names = set()


def thai_name():
    while True:
        kind = f.r.random()
        if kind < 0.55:
            n = f"{f.pick(GIVEN)} {f.pick(SURNAMES)}"
        elif kind < 0.62:
            n = f"{f.pick(GIVEN)}  {f.pick(SURNAMES)}"               # two spaces
        elif kind < 0.67:
            n = f"{f.pick(['นาย', 'นางสาว'])}{f.pick(GIVEN)} {f.pick(SURNAMES)}"
        elif kind < 0.85:
            n = f.pick(GIVEN)
        elif kind < 0.92:
            n = f.pick(NICKS)
        else:
            n = f.pick(LATIN)
        if n not in used_names:
            used_names.add(n)
            return n


def stamp(d, t=None):
    t = t or (f.r.randrange(9, 23), f.r.randrange(60))
    return f"{d.isoformat()} {t[0]:02d}:{t[1]:02d}:00"


START, END = datetime.date(2025, 5, 10), datetime.date(2025, 11, 4)

# Spending goes down the list; the export is sorted by total spent.
n_rows = 520
spent = sorted((round(f.r.paretovariate(1.1) * 12) for _ in range(n_rows)), reverse=True)
spent = [max(1, s) for s in spent]

rows = []
tests = {3: ("Manual Test User", "+6690XkqTR2w", "manual@cafe.test"), 8: ("Test Search Customer", "+66900555811", "search@cafe.test"),
         22: ("Final Test Customer", "+66900999122", "finaltest@cafe.test"), 37: ("Journey Test User", "0900456789", "journey@cafe.test"),
         52: ("Phone Test Customer", "0900999999", "phonetest@example.com"), 140: ("Test Customer", "+66900102030", "qa1@cafe.test"),
         142: ("Test Barista Customer", "0900111222", "barista@example.com"), 230: ("Test Customer", "0900333444", "qa2@example.com"),
         418: ("Test Customer QR", "+66900777888", "qr@cafe.test"), 419: ("Test Customer", "+66900777889", "qa3@cafe.test")}
demo = {0: "gold", 1: "silver", 2: "bronze", 80: "bronze", 120: "bronze"}
shared_nick = f.pick(NICKS)
for i in range(n_rows):
    total = f"{spent[i]:.2f}"
    pts = str(int(spent[i] / f.pick([10, 25, 40, 60, 100])))
    if i in tests:
        name, ph, mail = tests[i]
        bday = "" if i % 2 else f"{f.r.randrange(1, 13):02d}-{f.r.randrange(1, 29):02d}"
        rows.append([name, "bronze", ph, mail, "", bday, "", "", total, str(spent[i] // 10), "", "", ""])
        continue
    if i in demo:
        name = {0: "Somsak Prasertsuk", 1: "Orathai Thongmee", 2: "Jaruwan Suwannarat", 80: "Leonard Ashdown",
                120: "Pakorn Meesuk"}[i]
        ph = "+447700900" + f"{f.r.randrange(1000):03d}" if i == 80 else f"+66900{f.r.randrange(1000000):06d}"
        mail = "leonard.ashdown@example.org" if i == 80 else f"{name.split()[0].lower()}@example.com"
        rows.append([name, demo[i], ph, mail, "", f"11-{f.r.randrange(4, 9):02d}", "", "", total, str(spent[i] // 10), "", "", ""])
        continue
    if i in (200, 333):
        name = shared_nick                      # two members known by the same nickname
    else:
        name = thai_name()
    reg = f.date(START, END)
    last = f.date(reg, END)
    bday = f"{f.r.randrange(1, 13):02d}-{f.r.randrange(1, 29):02d}"
    gender = f.pick(GENDERS)
    ph = phone_th()
    if i < 310:
        used = "" if f.chance(0.05) else stamp(last)
        rows.append([name, "member", ph, email(i), gender, bday, stamp(reg, (0, 0)), BRANCH, total, pts, used, "", ""])
        continue
    # The old system's rows, out of line.
    old = f"{reg.day:02d}/{reg.month:02d}/{reg.year}"
    visits = str(f.r.randrange(1, 400))
    kind = "C" if i in (311, 329, 330) else ("A" if f.chance(0.58) else "B")
    if kind == "A":      # no e-mail: gender and the old date slide one column left
        rows.append([name, "member", ph, gender, old, bday, "", visits, total, pts, "", "", ""])
    elif kind == "B":    # no tier: phone, e-mail, gender one column to the left
        rows.append([name, ph, email(i), gender, old, bday, "", visits, total, pts, "", "", ""])
    else:                # neither
        rows.append([name, ph, gender, old, old, "", "", str(f.r.randrange(1, 9)), total, pts, "", "", ""])

with open(os.path.join(FILES, "members-en-th-cafeloyalty.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("name,tier,phone,email,gender,birthday,register_date,register_branch,total_spent,points,last_use,tag,line_uid\n")
    fh.write("".join(",".join(r) + "\n" for r in rows))
