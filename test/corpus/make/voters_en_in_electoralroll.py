"""
Shape of Dantondan/voterDeployed "clients.xlsx": a Maharashtra village's electoral roll (the list
of voters of a polling part, as a campaign worker copies it out of the published roll) saved in
a workbook named clients.xlsx for a canvassing app, one sheet. Not client data.

- One sheet " VoterList" (with a leading space). Header on row 1 in bold, centred:
  VoterID / Name / Sex / Age, and an empty fifth column that is part of the used range (E1
  bold, nothing in it). Times New Roman 12.
- 5115 voters in roll order: the EPIC number (10 characters: three letters and seven digits,
  "TGG…" on most rows, "LXM…" on a block of older cards, three other series once each), the
  name as "Given Father-or-Husband Surname" (three parts mostly; two to seven parts on a few
  rows), Sex "male" or "woman" (the roll's Marathi स्त्री rendered that way), the age as TEXT
  right-aligned ("40"), 18 to 104. Households follow each other (husband, wife with his name
  in the middle, grown children); a few full names repeat (namesakes).
Values invented.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("voters-en-in-electoralroll")

MEN = ["Babasaheb", "Rameshwar", "Gangaram", "Haridas", "Santosh", "Sandeep", "Ganesh", "Kiran", "Valmik",
       "Raju", "Shivaji", "Sonaji", "Vilas", "Atmaram", "Kailash", "Pundalik", "Narayan", "Bhaskar",
       "Trimbak", "Gajanan", "Yadavrao", "Dnyaneshwar", "Vitthal", "Sopan", "Ashok", "Rajendra", "Sunil",
       "Mahadev", "Bhausaheb", "Dattatray", "Prakash", "Anil", "Eknath", "Yunus", "Salman", "Razzak",
       "Anis", "Mansur", "Zakir", "Bhimrao"]
WOMEN = ["Swati", "Kadubai", "Mirabai", "Jaya", "Geeta", "Rani", "Deepali", "Pallavi", "Monica", "Nikita",
         "Kalyani", "Ashwini", "Seema", "Tarabai", "Tulsabai", "Kamalabai", "Sunita", "Mangal", "Sarika",
         "Shobha", "Lata", "Rekha", "Firdos", "Shahana", "Nasreen", "Sakhubai", "Parvati", "Usha"]
SURNAMES = ["Bakal", "Shelke", "Bhadve", "Peherkar", "Jadhav", "Tandale", "Chavan", "Rice", "Gaikwad",
            "Kale", "Karde", "Puri", "Puse", "Shaikh", "Pathan", "Shah", "Sheikh", "Save", "Pawar", "Wagh",
            "Kshirsagar", "Mohite", "Thorat", "Bhosale", "Deshmukh", "Kolhe", "Aher", "Gore"]

voters = []


def epic(series):
    return f._unique(lambda: series + f"{f.r.randrange(10 ** 7):07d}")


def person(given, middle, surname, sex, age, series):
    voters.append((epic(series), f"{given} {middle} {surname}", sex, str(age)))


while len(voters) < 5115:
    series = "LXM" if 1800 <= len(voters) < 3245 else "TGG"
    surname = f.pick(SURNAMES)
    father = f.pick(MEN)
    head = f.pick(MEN)
    age = f.r.randrange(28, 80)
    if f.chance(0.85):
        person(head, father, surname, "male", age, series)
    if f.chance(0.85):
        person(f.pick(WOMEN), head, surname, "woman", max(18, age - f.r.randrange(2, 9)), series)
    for _ in range(f.pick([0, 1, 1, 2, 2, 3])):
        if age < 40:
            break
        if f.chance(0.5):
            person(f.pick(MEN), head, surname, "male", f.r.randrange(18, age - 18), series)
        else:
            person(f.pick(WOMEN), head, surname, "woman", f.r.randrange(18, age - 18), series)
voters = voters[:5115]

# names of more than three parts, two-part names, centenarians, three odd EPIC series
long_parts = ["Ladu", "Landu", "Fejmahamed", "Shaikh", "Bhagwan", "Rao"]
for i in f.r.sample(range(len(voters)), 380):
    e, name, sex, age = voters[i]
    parts = name.split()
    n = f.r.random()
    if n < 0.04:
        parts = [parts[0], parts[2]]
    elif n < 0.65:
        parts.insert(1, f.pick(long_parts))
    else:
        for _ in range(f.pick([2, 2, 3, 4])):
            parts.insert(1, f.pick(long_parts))
    voters[i] = (e, " ".join(parts), sex, age)
for i in f.r.sample(range(len(voters)), 14):
    e, name, sex, age = voters[i]
    voters[i] = (e, name, sex, str(f.r.randrange(100, 105)))
for i, series in zip(f.r.sample(range(len(voters)), 3), ["SQZ", "UZZ", "NXH"]):
    e, name, sex, age = voters[i]
    voters[i] = (epic(series), name, sex, age)

wb = workbook()
ws = wb.active
ws.title = " VoterList"
base = Font(name="Times New Roman", sz=12)
bold = Font(name="Times New Roman", sz=12, b=True)
for col, text in zip("ABCD", ["VoterID", "Name", "Sex", "Age"]):
    ws[f"{col}1"] = text
    ws[f"{col}1"].font = bold
    ws[f"{col}1"].alignment = Alignment(horizontal="center")
ws["E1"].font = bold
right = Alignment(horizontal="right")
for r, row in enumerate(voters, 2):
    for c, value in enumerate(row, 1):
        cell = ws.cell(r, c, value)
        cell.font = base
    ws.cell(r, 4).alignment = right
for col, w in zip("ABCDE", [13.2, 38.4, 11.6, 12.1, 6.1]):
    ws.column_dimensions[col].width = w

save(wb, "voters-en-in-electoralroll.xlsx")

if __name__ == "__main__":
    print(len(voters), voters[:3], voters[-1])
