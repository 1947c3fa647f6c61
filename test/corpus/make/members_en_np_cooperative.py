"""
Shape of pabitra-regmi/PY-PandasPractice "members.xls" (commit
43c82b1cf28214516022ea48d08e48f8827c3608): a Nepali savings co-operative's member list, kept in
Excel 97-2003 format (the same list also sits in the repository as .xlsx and .csv), read by the
owner's scripts that insert members into the co-operative's database. Written here by
LibreOffice (MS Excel 97 filter).

- Sheet1 A1:C478, header MemberId, MemberName, SycGenderId; 477 members numbered 1 … 477 in order.
- Names in romanised Nepali typed every way: title case, lower case ("sirjana ranibarma"), only
  the first word capitalised, leading or trailing spaces, double spaces, initials with dots
  ("Liladhar K.C", "Sunita.B.K"), alternative surnames after a slash ("Bishnu Khatri/Thapamagar"),
  one row naming three women, one "Abish/Abisha"; three organisations (a party's welfare body, a
  youth group) among the people. Fifteen names appear twice under different member numbers (one
  pair adjacent, one pair differing only in case, one pair with different genders).
- SycGenderId MALE / FEMALE, empty on the organisations, the three-person row and the last eight
  members; typos "FIMALE", "M\\F", and two rows with a person's name in it.
Values invented (names).
"""
from fake import Fake, workbook, save

f = Fake("members-en-np-cooperative")
MALE = ["Ram", "Hari", "Krishna", "Bishnu", "Gopal", "Dipak", "Santosh", "Rajesh", "Suman", "Bikash", "Prakash",
        "Naresh", "Dinesh", "Ramesh", "Bhim", "Kamal", "Arjun", "Sagar", "Nabin", "Roshan", "Sunil", "Tek",
        "Mohan", "Dil", "Man", "Chandra", "Puspa", "Yam", "Bal", "Lok", "Ganesh", "Narayan", "Keshav", "Bijay"]
MALE_MID = ["bahadur", "Bahadhur", "prasad", "raj", "kumar", "lal", "nath", "man"]
FEMALE = ["Sita", "Gita", "Sarita", "Kalpana", "Laxmi", "Radha", "Sabina", "Anita", "Mina", "Puja", "Srijana",
          "Bimala", "Kamala", "Sushila", "Durga", "Manju", "Rita", "Nirmala", "Saraswati", "Parbati", "Sangita",
          "Rupa", "Muna", "Asha", "Januka", "Tulasi", "Dhanmaya", "Ganga", "Bishnumaya", "Chandrakala", "Rojina"]
FEMALE_MID = ["kumari", "maya", "devi"]
SURNAMES = ["Shrestha", "Tamang", "Gurung", "Magar", "Thapa", "Karki", "Adhikari", "Bhandari", "Poudel", "Sharma",
            "Khadka", "Rai", "Limbu", "Sunar", "B.K", "K.C", "Pariyar", "Lama", "Bhattarai", "Gautam", "Khatri",
            "Basnet", "Chaulagain", "Dahal", "Ghimire", "Koirala", "Nepali", "Bishwokarma", "Dhakal", "Rijal",
            "Subedi", "Acharya", "Bhujel", "Majhi", "Giri", "Kunwar", "Shahi", "Rana", "Thakuri", "Chhetri"]
seen = set()


def person():
    while True:
        male = f.chance(0.6)
        first = f.pick(MALE if male else FEMALE)
        if f.chance(0.25):
            first = f"{first} {f.pick(MALE_MID if male else FEMALE_MID)}"
        name = f"{first} {f.pick(SURNAMES)}"
        if name.lower() not in seen:
            seen.add(name.lower())
            return name, "MALE" if male else "FEMALE"


def styled(name):
    roll = f.r.random()
    if roll < 0.12:
        name = name.lower()
    elif roll < 0.35:
        parts = name.split(" ")
        name = " ".join([parts[0]] + [p.lower() if "." not in p else p for p in parts[1:]])
    if f.chance(0.1):
        name = " " + name
    if f.chance(0.1):
        name = name + " "
    if f.chance(0.035):
        name = name.replace(" ", "  ", 1)
    return name


rows = []
for k in range(477):
    name, gender = person()
    rows.append([k + 1, styled(name), gender])

# Members entered twice under another number (the pairs of the original).
for a, b in ((20, 372), (32, 366), (34, 247), (36, 235), (38, 350), (40, 246), (43, 287), (187, 191),
             (216, 449), (293, 294), (324, 426), (330, 349), (335, 408), (420, 469), (436, 441)):
    rows[b - 1][1], rows[b - 1][2] = rows[a - 1][1], rows[a - 1][2]
rows[350 - 1][1] = " " + rows[38 - 1][1].strip()
rows[191 - 1][1] = rows[187 - 1][1].title() if rows[187 - 1][1] != rows[187 - 1][1].title() else rows[187 - 1][1].lower()
rows[408 - 1][1] = rows[335 - 1][1].title() if rows[335 - 1][1] != rows[335 - 1][1].title() else rows[335 - 1][1].lower()
rows[408 - 1][2] = "MALE" if rows[335 - 1][2] == "FEMALE" else "FEMALE"
rows[293 - 1][1] = rows[294 - 1][1] = " Bishnu Khadka/Thapamagar"
rows[293 - 1][2] = rows[294 - 1][2] = "FEMALE"
rows[441 - 1][2] = " Kamala Dhakal"
# Organisations, a shared row, odd genders, the last members without gender.
rows[97 - 1][1:] = ["Rastriya janakalyan utthan sanstha", None]
rows[240 - 1][1:] = ["Rastriya janakalyan samiti", None]
rows[322 - 1][1:] = ["Yuba Sathi Samuha", None]
rows[329 - 1][1:] = ["Rupa Dahal/Manju Ghimire/Asha Rijal", None]
rows[383 - 1][1:] = ["Sujan/Sujana Bishwokarma", "M\\F"]
rows[9 - 1][1:] = ["Januka pariyar", "FIMALE"]
rows[470 - 1][2] = "DIL BAHADUR LAMA"
rows[282 - 1][1] = " PrakashSubedi"
rows[326 - 1][1] = "Sarita.B.K"
rows[200 - 1][1] = " Parbati Acharya /upadhyaya/Bhattarai"
for k in range(470, 477):
    rows[k][2] = None

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["MemberId", "MemberName", "SycGenderId"])
for r in rows:
    ws.append(r)
save(wb, "members-en-np-cooperative.xls", libreoffice="xls")
