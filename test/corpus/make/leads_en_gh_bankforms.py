"""
Shape of kalij01/ecobank-report-codes "Form Responses 1.csv": a Ghanaian bank's campus drive, the
Google Form responses of university students asked whether they would open an account, downloaded
from the responses sheet as CSV (UTF-8, CRLF, no newline after the last row), sorted A→Z by name.

- Header Timestamp / Full Name / Programme of study / Year / Email / Contact / Do you have a bank
  account / Would you want to open an account with Ecobank? / the card question, whose heading runs
  over two lines ("…issued to you?\\n(multiple choice allowed) ").
- Timestamp M/D/YYYY H:MM:SS (late June to early September, most in the first week of July).
  Full Name as typed: surname first or given name first, half with a trailing space, a few with a
  leading one (they sort first), some in capitals. Programme of study in many spellings of the same
  courses ("Bsc. Computer Science", "Computer science ", "BSC COMPUTER SCIENCE"). Year L100–L400.
  Email with trailing spaces, a few broken (no domain, a space after @, "&" for "@", "---").
  Contact a Ghanaian mobile as text, some without the leading 0, with spaces, two numbers joined by
  "/" or " or ", +233 / 233 forms. Yes/No answers, the second one empty on some, the card choices
  comma-joined.
- The same student twice: identical answers a week apart; the same e-mail with a phone digit
  mistyped; the same e-mail with another phone; the same phone with another e-mail. Two different
  students share a name.
Values invented (1,005 responses as in the source).
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("leads-en-gh-bankforms")

SURN = ["Mensah", "Owusu", "Boateng", "Asante", "Agyeman", "Osei", "Appiah", "Darko", "Amoako", "Adjei", "Ofori",
        "Quaye", "Tetteh", "Kpodo", "Agbeko", "Abdulai", "Issah", "Yakubu", "Alhassan", "Acheampong", "Addo",
        "Annan", "Ansah", "Antwi", "Asamoah", "Badu", "Bonsu", "Danso", "Donkor", "Frimpong", "Gyamfi", "Kusi",
        "Larbi", "Nkrumah", "Nyarko", "Obeng", "Opoku", "Poku", "Sarpong", "Yeboah", "Ziem", "Abugri", "Adongo",
        "Akakpo", "Agbenyo", "Dogbe", "Fiawoo", "Gbeve", "Kuma", "Lartey", "Nortey", "Odoi", "Quartey", "Sowah",
        "Tagoe", "Wiredu", "Adu-Gyamfi", "Boakye-Boateng", "Afful", "Ackah", "Essel", "Quansah", "Baidoo", "Eshun"]
GIVEN = ["Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kwasi", "Akua", "Ama", "Abena", "Efua", "Esi", "Adwoa",
         "Emmanuel", "Samuel", "Gideon", "Priscilla", "Mercy", "Ebenezer", "Nana", "Abdul-Rahman", "Richmond",
         "Prosper", "Gifty", "Comfort", "Bright", "Isaac", "Elijah", "Joshua", "Patience", "Vida", "Selasi",
         "Eyram", "Dela", "Mawuli", "Elikem", "Fuseini", "Zainab", "Rashida", "Mariam", "Ibrahim", "Seidu",
         "Bernice", "Linda", "Felicia", "Derrick", "Collins", "Kelvin", "Gladys", "Regina", "Stephanie", "Andrews",
         "Frederick", "Godfred", "Winifred", "Evelyn", "Dennis", "Helena", "Clement", "Solomon", "Naa", "Adjoa"]
COURSES = [("Computer Science", 300), ("Mathematics", 90), ("Statistics", 85), ("Chemistry", 70),
           ("Biological Sciences", 80), ("Actuarial Science", 55), ("Physics", 45), ("Biochemistry", 40),
           ("Food Science and Technology", 35), ("Environmental Science", 30), ("Meteorology and Climate Science", 20),
           ("Geography", 12), ("Business Administration", 10), ("Computer Engineering", 8),
           ("Junior High School Education", 6)]
CARDS = [("GhanaPay for NSS allowance", 354),
         ("GhanaPay for NSS allowance, E-Zwich for student loan, Visa Card for online transactions", 247),
         ("GhanaPay for NSS allowance, Visa Card for online transactions", 182),
         ("GhanaPay for NSS allowance, E-Zwich for student loan", 108), ("E-Zwich for student loan", 53),
         ("E-Zwich for student loan, Visa Card for online transactions", 34), ("Visa Card for online transactions", 26),
         ("GhanaPay, E-Zwich, Visa Card, MasterCard", 1)]
PREFIXES = ["024", "054", "055", "059", "020", "050", "026", "027", "057", "053", "025"]


def programme():
    course = f.r.choices([c for c, _ in COURSES], [w for _, w in COURSES])[0]
    if course == "Junior High School Education":
        text = f.pick(["B. ED Junior High School EDUCATION", "B. ED. Junior High School education"])
    else:
        deg = "BA " if course == "Geography" and f.chance(0.5) else f.pick(["", "", "Bsc ", "Bsc. ", "BSc ", "BSc. ", "BSC ", "Bsc."])
        text = deg + f.pick([course, course, course.lower().capitalize(), course.rstrip("s")])
        if f.chance(0.05):
            text = text.upper()
    return text + (" " if f.chance(0.55) else "")


def mobile():
    return f._unique(lambda: f.pick(PREFIXES) + "555" + f"{f.r.randrange(10000):04d}")


def contact(number):
    form = f.r.random()
    if form < 0.935:
        return number
    if form < 0.95:
        return number[1:]                                        # the leading 0 dropped
    if form < 0.96:
        return f"{number[:3]} {number[3:6]} {number[6:]} "
    if form < 0.99:
        return f"{number}{f.pick(['/', '/', ' / ', '/ ', '. / '])}{mobile()}"
    if form < 0.995:
        return f"{number} or {mobile()}"
    return f.pick(["+233", "233"]) + number[1:]


def email(given, surname):
    local = f.pick([f"{given}{surname}", f"{surname}{given}", f"{given}.{surname}", f"{given[:3]}{surname}",
                    f"{surname}{f.r.randrange(1, 99)}"]).lower().replace("-", "") + f.pick(["", "", str(f.r.randrange(1, 2005))])
    if f.chance(0.04):
        local = local.capitalize()
    mail = f._unique(lambda: f.email(local + f.pick(["", "", str(f.r.randrange(1, 99))])))
    return mail + (" " if f.chance(0.14) else "")


def stamp():
    if f.chance(0.85):
        day = datetime.date(2024, 7, 1) + datetime.timedelta(days=f.r.randrange(0, 8))
    else:
        day = f.date(datetime.date(2024, 6, 28), datetime.date(2024, 9, 7))
    return f"{day.month}/{day.day}/{day.year} {f.r.randrange(0, 24)}:{f.r.randrange(60):02d}:{f.r.randrange(60):02d}"


def person():
    g1, s = f.pick(GIVEN), f.pick(SURN)
    g2 = f.pick(GIVEN) if f.chance(0.45) else None
    parts = [s, g1] + ([g2] if g2 else []) if f.chance(0.7) else [g1] + ([g2] if g2 else []) + [s]
    name = " ".join(parts)
    if f.chance(0.08):
        name = name.upper()
    name = (" " if f.chance(0.003) else "") + name + (" " if f.chance(0.54) else "")
    return name, g1, s


N = 1005
rows = []
seen = set()
while len(rows) < N - 5:
    name, g, s = person()
    key = " ".join(name.split()).lower()
    if key in seen:
        continue
    seen.add(key)
    num = mobile()
    year = f.r.choices(["L400", "L100", "L300", "L200"], [838, 92, 45, 30])[0]
    rows.append([stamp(), name, programme(), year, email(g, s), contact(num), "Yes" if f.chance(0.643) else "No",
                 "" if f.chance(0.047) else ("Yes" if f.chance(0.72) else "No"),
                 f.r.choices([c for c, _ in CARDS], [w for _, w in CARDS])[0]])

# Broken e-mails as typed in the form.
for k, bad in zip(range(37, 1000, 110), ["{l}@example", "{l}", "{l}@ example.com", "---", "{l}@example.",
                                        "{l}&example.com", "Nana", "{l}@ example.org", "ed"]):
    local = rows[k][4].split("@")[0][:10]
    rows[k][4] = bad.format(l=local)


def again(src, **change):
    r = list(src)
    r[0] = stamp()
    for key, v in change.items():
        r[{"name": 1, "prog": 2, "mail": 4, "phone": 5}[key]] = v
    return r


a, b, c, d = rows[120], rows[340], rows[610], rows[800]
rows.append(again(a))                                                   # submitted twice, same answers
phone_b = b[5]
rows.append(again(b, phone=phone_b[:2] + ("9" if phone_b[2] != "9" else "8") + phone_b[3:],
                  prog=b[2].replace("Science", "science")))            # a digit mistyped
rows.append(again(c, phone=mobile(), mail=c[4].strip() + " ", name=c[1].strip()))   # another phone
rows.append(again(d, mail=email(d[1].split()[-1], d[1].split()[0])))    # another e-mail
twin = rows[450][1].strip()
rows.append([stamp(), twin, programme(), "L400", email("x", twin.split()[0]), mobile(), "Yes", "Yes", CARDS[0][0]])

rows.sort(key=lambda r: r[1].lower())
HEADER = ["Timestamp", "Full Name", "Programme of study", "Year", "Email", "Contact", "Do you have a bank account",
          "Would you want to open an account with Ecobank?",
          "Which card would you want Ecobank to issued to you?\n(multiple choice allowed) "]


def cell(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "leads-en-gh-bankforms.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\r\n".join(",".join(cell(v) for v in r) for r in [HEADER] + rows))
