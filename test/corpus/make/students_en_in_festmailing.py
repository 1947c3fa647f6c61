"""
Shape of monees007/Ekagra-2021 "Mailing List.xlsx": the mailing list a college fest's team built
from the second-year B.Sc. class (Botany-Zoology-Chemistry) of an Indian college, no headers
anywhere.

- "IInd year": 156 students, no header row: course "BZC" / roll number "19219BOT003" (year code,
  subject BOT / ZOO / CHE, number) / e-mail (personal webmail, digits and nicknames) / NAME in upper
  case (one or two words, a third sometimes) / MALE or FEMALE / a 10-digit mobile as a number.
  The 68 women first, then the 88 men, each block in name order; one name twice (two students).
  Columns C and D widened.
- "Emails": the 156 e-mail addresses alone in column A, in roll-number order.
- "Gents": the 88 men's rows again; "Ladies": the 68 women's rows again (same six columns).
- "Sheet5": empty.
Values invented (Indian mobiles from 90000…, e-mails at example domains).
"""
from fake import Fake, save, workbook

f = Fake("students-en-in-festmailing")
MEN = ["AASHUTOSH", "ADARSH", "ADITAYA NARAIN", "AKASH", "ANIRUDH", "ASHISH", "AYUSHMAN", "DEEPAK", "GAURAV", "HIMANSHU",
       "KARAN", "MANISH", "NIKHIL", "PRASHANT", "RAHUL", "SAURABH", "SHIVAM", "UTKARSH", "VAIBHAV", "VINDESH", "VISHAL", "YASH"]
WOMEN = ["ADITI", "AKANKSHA", "ANJALI", "ANNU", "ASHIMA", "JYOTI", "KOMAL", "NIDHI", "PRIYA", "RAKSHITA", "RISHA", "SANA",
         "SAVITRI", "SHACHIE", "SHRADDHA", "STUTI", "TANISHA", "VARSHA"]
SUR = ["SINGH", "YADAV", "DUBEY", "KUMAR", "TIWARI", "SINHA", "ANSARI", "ARYA", "GOND", "RAI", "SUMAN", "MISHRA", "PANDEY",
       "CHAUBEY", "MUKERJEE", "BHARTI", "SOREN", "VERMA", "GUPTA", "SRIVASTAVA"]

students, seen = [], set()
for gender, pool, count in (("FEMALE", WOMEN, 68), ("MALE", MEN, 88)):
    k = 0
    while k < count:
        name = f.pick(pool) if f.chance(0.06) else f"{f.pick(pool)} {f.pick(SUR)}"
        if f.chance(0.08):
            name = name.replace(" ", " KUMARI ", 1) if gender == "FEMALE" and " " in name else name + " " + f.pick(SUR)
        if name in seen:
            continue
        seen.add(name)
        students.append([gender, name])
        k += 1
# one name on two students (as in the source)
students[100][1] = students[99][1]
nums = {"BOT": list(range(1, 90)), "ZOO": list(range(1, 90)), "CHE": list(range(1, 90))}
for s in students:
    dept = f.pick(["BOT", "ZOO", "CHE"])
    n = nums[dept].pop(f.r.randrange(len(nums[dept])))
    first = s[1].split()[0].lower()
    local = f.pick([f"{first}{f.r.randrange(10, 9999)}", f"{first}{s[1].split()[-1].lower()}{f.r.randrange(1, 99)}",
                    f"{f.r.randrange(10, 99)}krazy{first}", f"its{first}{f.r.randrange(10, 99)}", f"{first}.{2000 + f.r.randrange(0, 3)}"])
    s[:] = ["BZC", f"19219{dept}{n:03d}", f"{local}@{f.pick(['example.com', 'example.org', 'example.net'])}", s[1], s[0],
            float(f.mobile_in())]

women = sorted([s for s in students if s[4] == "FEMALE"], key=lambda s: s[3])
men = sorted([s for s in students if s[4] == "MALE"], key=lambda s: s[3])

wb = workbook()
ws = wb.active
ws.title = "IInd year"
for s in women + men:
    ws.append(s)
ws.column_dimensions["C"].width = 36.4
ws.column_dimensions["D"].width = 28.0
ws = wb.create_sheet("Emails")
for s in sorted(students, key=lambda s: s[1]):
    ws.append([s[2]])
ws.column_dimensions["A"].width = 32.1
for title, block, wc, wd in (("Gents", men, 37.4, 32.4), ("Ladies", women, 37.1, 31.9)):
    ws = wb.create_sheet(title)
    for s in block:
        ws.append(s)
    ws.column_dimensions["C"].width = wc
    ws.column_dimensions["D"].width = wd
wb.create_sheet("Sheet5")
save(wb, "students-en-in-festmailing.xlsx")
print(len(women), len(men), women[0], men[-1])
