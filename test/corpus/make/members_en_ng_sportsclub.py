"""
Shape of godwinjs/SCserver "brunoJob/OrdinaryMembers.xlsx" (at commit b3fa0cd9): the ordinary
members' list of a Lagos sports club exported from its membership system (no default style in
the file), input of a script that mails members. One sheet "Sheet1", Calibri 12, header bold.

- Header on row 1: MEMBER ID / SURNAME / FIRSTNAME / GENDER / COUNTRY / PHONE / EMAIL / STATUS /
  SECTION; 523 members below, sorted by member id, which is the surname's initial and a
  running number (A5740 …, B2317 …, O5935 …, Z122).
- SURNAME and FIRSTNAME in capitals (the first name often two given names); GENDER "Male" on
  every row, women included; COUNTRY a nationality, mostly "Nigerian", a few others in
  capitals (INDIAN, BRITISH, …, misspelt AMEERICAN, CHINA beside CHINESE, NIGERIAN beside
  Nigerian); PHONE text without the leading 0, ten digits mostly, a few with 9 or 11 digits,
  one with 3 and one with 8; two members share a phone, two others a company mailbox; EMAIL
  lower case, a sixteenth in capitals; STATUS Active / InActive (about 40 % active); SECTION
  "(GOLF)", "(TABLETENNIS)(GOLF)", "(GOLF)(TABLETENNIS)(GOLF)" or empty.
A person imports every member as a client (a person). Values invented (names, phones in the
reserved 90000 range, example e-mail domains).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-en-ng-sportsclub")
SURNAMES = ["ADEBAYO", "ADEGBITE", "ADEOYE", "ADEWOLE", "AJAYI", "AKINOLA", "ALABI", "AWOSIKA", "BABATUNDE", "BELLO",
            "CHUKWU", "DANIELS", "EZE", "FASHOLA", "FALANA", "GBADAMOSI", "HASSAN", "IBRAHIM", "IDOWU", "JOHNSON",
            "KAREEM", "KUTI", "LAWAL", "MUSA", "NWOSU", "OBI", "ODUYA", "OGUNDIPE", "OKAFOR", "OKONKWO", "OLADEJI",
            "OLASIMBO", "OLUWOLE", "ONI", "OYELARAN", "PETERS", "RAJI", "SALAMI", "SULE", "TIJANI", "UDOH", "UMEH",
            "VAUGHAN", "WILLIAMS", "YUSUF", "ZAKARI", "EKPO", "MARTINS", "SHARMA", "KIM"]
GIVEN = ["ADEBOLA", "ADEWUMI", "ANTHONY", "BOLANLE", "CHINEDU", "DAMOLA", "EMMANUEL", "FUNMILAYO", "GBENGA", "IFEOMA",
         "JAMES", "KEHINDE", "LANRE", "MICHAEL", "NGOZI", "OLADIPO", "OLUFEMI", "OLUSEGUN", "PETER", "ROTIMI", "SEUN",
         "TAIWO", "TITILAYO", "UCHE", "WALE", "YETUNDE", "ABIODUN", "BABAJIDE", "CHIDI", "DAVID", "FOLAKE", "KUNLE"]
COUNTRIES = ["INDIAN"] * 6 + ["BRITISH"] * 4 + ["CANADIAN", "CANADIAN", "SOUTH KOREAN", "SOUTH KOREAN", "LIBANESE",
             "ZIMBABWEAN", "DUTCH", "AUSTRALIAN", "CHINESE", "AMEERICAN", "KENYAN", "NIGERIAN", "NETHERLAND", "CHINA"]
SECTIONS = ["(GOLF)"] * 198 + [None] * 191 + ["(TABLETENNIS)(GOLF)"] * 85 + ["(GOLF)(TABLETENNIS)(GOLF)"] * 49
N = 523

people = []
seen = set()
while len(people) < N:
    sur = f.pick(SURNAMES)
    first = f.pick(GIVEN) + ("" if f.chance(0.3) else " " + f.pick(GIVEN))
    if (sur, first) in seen or first.split()[0] == first.split()[-1] and " " in first:
        continue
    seen.add((sur, first))
    people.append((sur, first))
people.sort()
countries = ["Nigerian"] * (N - len(COUNTRIES)) + COUNTRIES
f.r.shuffle(countries)
f.r.shuffle(SECTIONS)
counters = {}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["MEMBER ID", "SURNAME", "FIRSTNAME", "GENDER", "COUNTRY", "PHONE", "EMAIL", "STATUS", "SECTION"])
for c in ws[1]:
    c.font = Font(name="Calibri", size=12, bold=True)
for i, (sur, first) in enumerate(people):
    letter = sur[0]
    counters.setdefault(letter, f.r.randrange(100, 6000))
    counters[letter] += 1
    member_id = f"{letter}{counters[letter]}"
    kind = f.r.random()
    if kind < 0.012:
        phone = "90000" + f"{f.r.randrange(1000000):06d}"
    elif kind < 0.016:
        phone = "90000" + f"{f.r.randrange(10000):04d}"
    else:
        phone = f.mobile_in()
    local = (first.split()[0][0] + sur).lower() if f.chance(0.5) else f"{first.split()[0].lower()}.{sur.lower()}"
    email = f.email(local + (str(f.r.randrange(1, 99)) if f.chance(0.3) else ""))
    if f.chance(1 / 16):
        email = email.upper()
    ws.append([member_id, sur, first, "Male", countries[i], phone, email, "Active" if f.chance(0.39) else "InActive", SECTIONS[i]])
    for c in ws[ws.max_row]:
        c.font = Font(name="Calibri", size=12)
# the odd phones and the shared phone / company mailbox of the source
ws["F100"] = "900"
ws["F480"] = "90000123"
ws["F300"] = ws["F200"].value
ws["G330"] = "INFO@EXAMPLE-CLEANING.COM".replace("-CLEANING.COM", ".COM")
ws["G331"] = "INFO@EXAMPLE.COM"
save(wb, "members-en-ng-sportsclub.xlsx")
