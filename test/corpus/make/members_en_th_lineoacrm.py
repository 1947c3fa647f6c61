"""
Shape of tajindersingh111/YensRewards "attached_assets/member-active-2025-11-04 (1)_….csv" (at
commit 07914ba): the same Thai café's active members exported from the chat-app CRM it used before
its own rewards app: a UTF-8 CSV with a byte-order mark and CRLF line ends, English column names
Crm Name / Membership Tier / Phone Number / Email / Gender / Birthdate / Register Date / Register
Branch / Total Spending / Point / Last Use / Tag / Line UID. 515 members who joined in 2025, in no
useful order: Thai given name and surname (two spaces on some, a title on a few), a given name or
nickname alone, romanised names, five nicknames shared by two different members; 'Member' as tier
or nothing; ten-digit mobiles; e-mail missing on about one in six; Female / Male / Anonymous;
birthdate and register date as DD/MM/YYYY (a birth year of 2020 on a few, the app's default);
the branch name on every row; spending and points as whole numbers; last use 'DD/MM/YYYY HH:MM'
(empty on a few); Tag and Line UID empty.
Values invented: phones 0900…, e-mail domains example.com/.org/.net.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("members-en-th-lineoacrm")

GIVEN = ["สมศักดิ์", "สุภาวดี", "กัญญารัตน์", "ณัฐวุฒิ", "ปิยวัฒน์", "วราภรณ์", "สุพัตรา", "ธนากร", "พิมพ์ลดา", "อรทัย", "ศิริลักษณ์",
         "จันทร์เพ็ญ", "ชไมพร", "นภาพร", "กิตติศักดิ์", "ประยุทธ", "วิภาวรรณ", "อัมพร", "ปวริศา", "รุ่งนภา", "ธีรพงษ์",
         "ภาณุพงศ์", "สุวนันท์", "เกษรา", "ชนัญญา", "อนุชา", "วัชระ", "ดารุณี", "นิตยา", "พรรณี", "เบญญาภา", "ศุภกร"]
SURNAMES = ["มีสุข", "ศรีทอง", "สุขเจริญ", "แก้วประเสริฐ", "ทองมา", "บุญส่ง", "วงศ์ทอง", "รัตนวงศ์", "มั่นใจ", "พรหมวงศ์",
            "จันทร์หอม", "สายบุญ", "ศรีประเสริฐ", "เพชรสุวรรณ", "ชัยวัฒน์", "ทองสุข", "แสงจันทร์", "บุญเกิด", "สมหวัง",
            "อินทร์ทอง", "นาคประเสริฐ", "ดีเลิศ", "ปัญญาวงศ์", "คงสมบูรณ์", "สิทธิชัย", "พูลผล"]
NICKS = ["น้ำ", "ฝน", "เมย์", "ก้อย", "ปุ๋ย", "แบม", "ต่าย", "ออย", "กิ๊ฟ", "จูน", "มุก", "เฟิร์น"]
LATIN = ["Nattaya", "Pim", "Kittipong S.", "Waranya", "Bow", "Mook Chaiwat", "Tanakorn", "June", "Fern P", "Gift"]
BRANCH = "Baan Khanom Cafe & Bakery"

phones = set()
used = set()


def phone():
    while True:
        p = f"0900{f.r.randrange(1000000):06d}"
        if p not in phones:
            phones.add(p)
            return p


def name():
    while True:
        k = f.r.random()
        if k < 0.55:
            n = f"{f.pick(GIVEN)} {f.pick(SURNAMES)}"
        elif k < 0.63:
            n = f"{f.pick(GIVEN)}  {f.pick(SURNAMES)}"
        elif k < 0.67:
            n = f"{f.pick(['นาย', 'นางสาว', 'นาง'])}{f.pick(GIVEN)} {f.pick(SURNAMES)}"
        elif k < 0.84:
            n = f.pick(GIVEN)
        elif k < 0.92:
            n = f.pick(NICKS)
        else:
            n = f.pick(LATIN)
        if n not in used:
            used.add(n)
            return n


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


shared = f.r.sample(NICKS, 5)
used.update(shared)
SHARED_AT = [40, 90, 140, 190, 240, 300, 350, 400, 450, 500]   # each nickname on two rows, two people
rows = []
for i in range(515):
    n = shared[SHARED_AT.index(i) // 2] if i in SHARED_AT else name()
    reg = f.date(datetime.date(2025, 5, 10), datetime.date(2025, 11, 3))
    born = datetime.date(2020, f.r.randrange(1, 13), f.r.randrange(1, 29)) if f.chance(0.035) else \
        f.date(datetime.date(1960, 1, 1), datetime.date(2010, 12, 31))
    spent = max(1, int(f.r.paretovariate(1.2) * 14))
    last = "" if f.chance(0.055) else f"{dmy(f.date(reg, datetime.date(2025, 11, 4)))} {f.r.randrange(8, 23):02d}:{f.r.randrange(60):02d}"
    stem = f.pick(["nam", "fon", "may", "koi", "bam", "tai", "oil", "gift", "june", "mook", "fern", "ploy", "nong"])
    mail = "" if f.chance(0.16) else f"{stem}{f.pick(['', '.', '_'])}{f.r.randrange(1, 9999)}@{f.pick(['example.com'] * 5 + ['example.org', 'example.net'])}"
    rows.append([n, "" if f.chance(0.12) else "Member", phone(), mail, f.pick(["Female"] * 7 + ["Male"] * 3 + ["Anonymous"]),
                 dmy(born), dmy(reg), BRANCH, str(spent), str(spent // f.pick([25, 40, 60, 100])), last, "", ""])

header = ["Crm Name", "Membership Tier", "Phone Number", "Email", "Gender", "Birthdate", "Register Date", "Register Branch",
          "Total Spending", "Point", "Last Use", "Tag", "Line UID"]


def q(v):
    return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v


with open(os.path.join(FILES, "members-en-th-lineoacrm.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("".join(",".join(q(v) for v in r) + "\r\n" for r in [header] + rows))
