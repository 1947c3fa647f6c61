"""
Shape of Aheto5210/Bethel-Finance-Analysis "members.csv": the member (customer) table of a small
Ghanaian savings-and-loans company in the Eastern and Western regions, dumped from its web app's
MySQL database to CSV for an analysis (every field quoted except NULLs, which are the bare word
NULL; LF line ends; UTF-8).

- Header "id","first_name","last_name","branch_id","user_id","status","email","country_code",
  "mobile","business_name","member_no","gender","city","state","zip","address","credit_source",
  "photo","custom_fields","created_at","updated_at" (21 columns).
- 2,213 members: id the database row number (3, 4, … with gaps), member_no the account number
  (five digits, 1xxxx or 2xxxx; a block of 136 members migrated from another branch numbered
  521001 …). Names typed in capitals mostly, some in title case, trailing or leading spaces,
  namesakes told apart by " 1" / " 2" after the family name (once "1" on both), given and family
  name swapped on some rows.
- credit_source names the mobile banker (field officer) who collects the member's savings, typed
  every way ("NAOMI ASAMOAH", "Naomi", "NAOMI"), or "PERSONAL" / "OFFICE" / NULL.
- mobile on one row in four (ten digits with a leading 0, a few with a digit short or extra, a
  few with two numbers "a/b"); email NULL except one placeholder "example@…" (the source's free-mail domain replaced); country_code 233, NULL or
  the broken "GHANA  ( +" on the migrated block; business_name PERSONAL / NULL / a business on a
  few rows; gender mostly "male" (the form's default), NULL or empty; city a town or NULL; state
  GHANA / Ghana / once with a run of "a"s; zip NULL; address the collection area
  ("ADESU/NKYEASE", "JAPA", "Japa", …); photo default.png / NULL / a webcam file name;
  custom_fields NULL; created_at / updated_at "YYYY-MM-DD HH:MM:SS", the first rows sharing the
  migration time.
Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("clients-en-gh-susu")

GIVEN = ["KWAME", "AMA", "AKOSUA", "YAW", "ABENA", "KOFI", "AFIA", "KWABENA", "ADWOA", "KOJO", "ESI",
         "EFUA", "MERCY", "GRACE", "JOYCE", "GIFTY", "EMMANUEL", "ISAAC", "PATIENCE", "COMFORT", "DORA",
         "FELICIA", "PRINCE", "BRIGHT", "SAMUEL", "REGINA", "VIDA", "AGNES", "DANIEL", "RAHINATU",
         "ABDUL KARIM", "FUSEINA", "MARIAMA", "IBRAHIM", "THEOPHILUS", "GEORGINA", "CECILIA", "JUSTICE K."]
FAMILY = ["ADJEI", "OSEI-BONSU", "ACHEAMPONG", "DANSO", "FRIMPONG", "BOAKYE", "AGYAPONG", "NKRUMAH-ACQUAH",
          "OTOO", "QUAYE", "ANTWI", "DARKO", "ASANTEWAA", "KYEREMATENG", "SARPONG", "TETTEH", "AMPOFO",
          "ISSAH", "IDDRISU", "YAKUBU", "SEIDU", "AMANKWAH", "BADU", "OFORIWAA", "KORANTENG", "NYARKO"]
AREAS = [("ADESU/NKYEASE", 30), ("JAPA", 28), ("DADIESO/NSUOPUN", 25), ("ABRESHIA/NANANKO/NTWENTWENA", 23),
         ("NULL", 19), ("DOMPOASE/ADEAMBRA/GYAMAN", 17), ("ABRESHIA/NANANKO", 12), ("NTWENTWENA", 11),
         ("Japa", 7), ("ABRESHIA", 4), ("NSUOPUN/DADIESO", 3), ("NTWENTWENA/NANANKO", 2), ("Nsuopun", 2),
         ("ADESU", 2), ("Adesu/Nkyease", 2), ("NANANKO", 1), ("Dadieso", 1), ("japa", 1), ("GYAPA", 1)]
OFFICERS = [(("NAOMI KUFFOUR", "Naomi", "NAOMI"), 37), (("BEATRICE ADDO", "Beatrice", "BEATRICE"), 30),
            (("REBECCA ANTWIWAA", "Rebecca", "REBECCA"), 25), (("PERSONAL",), 15), (("ALICE KWARTENG",), 12),
            (("SAADATU IDRIS", "Saadatu", "SAADATU"), 23), (("ANGELINA BOATENG", "ANGELINA"), 13), (("NULL",), 9),
            (("SANDRA OWUSU-ANSAH", "Sandra Owusu-Ansah"), 7), (("OFFICE",), 4), (("DELIGHT AGBEKO", "Delight", "DELIGHT"), 7),
            (("EBENEZER ADDO",), 3)]
PREFIX = ["024", "054", "055", "020", "059", "053", "050", "027"]

names, phones = set(), set()


def person():
    while True:
        g, fam = f.pick(GIVEN), f.pick(FAMILY)
        if f.chance(0.6):
            g = f"{g} {f.pick(['AKUA', 'YAA', 'KWAKU', 'ADJOA', 'KWASI', 'AFUA', 'MENSAH', 'NANA', 'SERWAA', 'OWUSUA'])}"
        if (g, fam) not in names:
            names.add((g, fam))
            return g, fam


def styled(g, fam):
    roll = f.r.random()
    if roll < 0.12:
        g, fam = g.title(), fam.title()
    if f.chance(0.04):
        g = g + " "
    if f.chance(0.01):
        fam = " " + fam
    if f.chance(0.05):
        g, fam = fam, g
    return g, fam


def mobile():
    while True:
        p = f"{f.pick(PREFIX)}0000{f.r.randrange(1000):03d}"
        if p not in phones:
            phones.add(p)
            roll = f.r.random()
            if roll < 0.015:
                return p[:-1]
            if roll < 0.03:
                return p + "1"
            if roll < 0.035:
                q = f"{f.pick(PREFIX)}0000{f.r.randrange(1000):03d}"
                phones.add(q)
                return f"{p}/{q}"
            return p


def area():
    return f.r.choices([a for a, _ in AREAS], weights=[w for _, w in AREAS])[0]


def officer():
    spellings = f.r.choices([o for o, _ in OFFICERS], weights=[w for _, w in OFFICERS])[0]
    return f.r.choices(spellings, weights=[6, 2, 1][:len(spellings)])[0]


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


HEADER = ["id", "first_name", "last_name", "branch_id", "user_id", "status", "email", "country_code", "mobile",
          "business_name", "member_no", "gender", "city", "state", "zip", "address", "credit_source", "photo",
          "custom_fields", "created_at", "updated_at"]
MIGRATED = datetime.datetime(2023, 12, 29, 17, 20, 28)
BLOCK = datetime.datetime(2024, 1, 1, 22, 17, 2)

rows = []
db_id, member_nos = 3, set()


def member_no(low, high):
    while True:
        n = f.r.randrange(low, high)
        if n not in member_nos:
            member_nos.add(n)
            return str(n)


t = datetime.datetime(2023, 12, 29, 22, 40, 0)
for k in range(2213):
    g, fam = styled(*person())
    if 174 <= k < 310:                     # the block migrated from the other branch
        created = BLOCK
        row = [g, fam, "1", "NULL", "1", "NULL", "GHANA  ( +", "NULL", "PERSONAL", str(521001 + k - 174), "",
               "WASSA AFRANSIE" if f.chance(0.9) else "Wasa Afransie", "GHANA", "NULL", "WASSA AFRANSIE",
               "OWUSU GRACE", "NULL", "NULL", stamp(BLOCK), stamp(BLOCK)]
    else:
        if k < 159:
            created = MIGRATED
        else:
            t += datetime.timedelta(minutes=f.r.randrange(3, 260), seconds=f.r.randrange(60))
            created = t
        early = k < 174
        phone = mobile() if f.chance(0.26) else "NULL"
        updated = created if phone == "NULL" or f.chance(0.1) else created + datetime.timedelta(days=f.r.randrange(3, 200),
                                                                                           minutes=f.r.randrange(1, 600))
        row = [g, fam, "NULL", "NULL", "1", "NULL", "233" if f.chance(0.93) else "NULL", phone,
               f.pick(["PERSONAL"] * 6 + ["NULL"] * 3) if f.chance(0.995) else f.pick(["PERSONAL SAVINGS", "Personal", "PERDONAL"]),
               member_no(20000, 25600) if k < 2050 else member_no(10000, 10800),
               f.pick(["female", "female", "male", "NULL"]) if early else f.pick(["male"] * 18 + ["NULL", "female"]),
               "AKROPONG" if early or f.chance(0.6) else "NULL",
               "GHANA" if early or f.chance(0.7) else "Ghana",
               "NULL", area() if not early else f.pick(["ADESU/NKYEASE", "DADIESO/NSUOPUN", "JAPA"]),
               "PERSONAL" if early and f.chance(0.8) else officer(),
               "NULL" if early else "default.png", "NULL", stamp(created), stamp(updated)]
    rows.append([str(db_id)] + row)
    db_id += 1 if f.chance(0.97) else f.r.randrange(2, 5)

# Namesakes numbered by the office, a business account, the e-mail placeholder, odd states.
for a, b, marks in ((3, 7, (" 2", "")), (37, 38, (" 2", " ")), (66, 67, (" 2", " 1")), (182, 183, (" 1", " 2")),
                    (239, 240, (" 1", " 1")), (900, 1400, ("", " 2"))):
    rows[b][1] = rows[a][1].strip() + (" " if marks[1] == " " else "")
    rows[a][2] = rows[a][2].strip() + marks[0]
    rows[b][2] = rows[a][2][:-2].strip() + marks[1] if marks[0] else rows[a][2] + marks[1]
rows[93][1], rows[93][2], rows[93][9] = "Fresh ", " Quality 2", "FRESH & QUALITY"
rows[600][9] = "GOLDEN STAR CHOP BAR"
rows[174][6] = "example@example.com"
rows[1111][13] = "Ghanaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
rows[1500][13], rows[1700][13] = "GHANAN", "ghana"
rows[1650][14] = "Gg"
rows[800][8] = "AKROPONG"
for i, name in ((84, "1718099928WIN_20240611_02_57_23_Pro.jpg"), (85, "1718101999WIN_20240611_03_28_57_Pro.jpg")):
    rows[i][17] = name


def q(v):
    return v if v == "NULL" else '"' + v.replace('"', '""') + '"'


path = os.path.join(FILES, "clients-en-gh-susu.csv")
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write(",".join(f'"{h}"' for h in HEADER) + "\n")
    for r in rows:
        out.write(",".join(q(v) for v in r) + "\n")
