"""
Shape of I2i-developer/crm-ideas2invest "Customer Contact List.xlsx": an Indian mutual-fund
distributor's client list kept for a messaging round, one sheet named "message sent status":
sno / Full Name / PAN No. Names are in whatever case they were typed (about half in capitals),
sorted by name; a few clients have no PAN yet. Some names come twice: the same person typed again
(same PAN, other case; or once without the PAN) and different people who share a name (two
different PANs). Below the list a serial number stands alone on its row. Written by openpyxl (as
pandas would), widened by hand. Values invented.
"""
import string

from fake import Fake, save, workbook

f = Fake("clients-en-in-pan")

FIRST = ["Aarav", "Vivaan", "Aditya", "Ishaan", "Kabir", "Ananya", "Diya", "Saanvi", "Meera", "Riya", "Arjun",
         "Rohan", "Kavya", "Neha", "Pooja", "Harleen", "Gurpreet", "Simar", "Tanvi", "Yash", "Nikhil", "Ritu",
         "Sanjay", "Deepa", "Manish", "Shalini", "Varun", "Jyoti", "Alok", "Smita"]
MIDDLE = ["", "", "", "", "Kumar", "Prakash", "Singh", "Rani", "Devi", "Mohan"]
LAST = ["Sharma", "Verma", "Gupta", "Malhotra", "Kapoor", "Mehra", "Bedi", "Sethi", "Arora", "Khanna", "Bansal",
        "Goel", "Jain", "Aggarwal", "Chhabra", "Dua", "Nanda", "Suri", "Tandon", "Wadhwa"]


def pan(last):
    # Five letters (the fourth P for a person, the fifth the surname's initial), four digits, a letter.
    return f._unique(lambda: "".join(f.r.choice(string.ascii_uppercase) for _ in range(3)) + "P" + last[0]
                     + f"{f.r.randrange(10000):04d}" + f.r.choice(string.ascii_uppercase))


def cased(name):
    return name.upper() if f.chance(0.45) else name


people = []
seen = set()
while len(people) < 140:
    first, middle, last = f.pick(FIRST), f.pick(MIDDLE), f.pick(LAST)
    full = " ".join(p for p in (first, middle, last) if p)
    if full.lower() in seen:
        continue
    seen.add(full.lower())
    people.append((full, last, pan(last) if f.chance(0.94) else None))

rows = []
for full, last, p in people:
    rows.append((cased(full), p))
# Typed twice: same PAN in the other case; once without the PAN; both without.
for full, last, p in people[5:7]:
    rows.append((full.upper() if not full.isupper() else full.title(), p))
for full, last, p in people[20:21]:
    if p:
        rows.append((full.upper(), None))
for full, last, p in people[33:34]:
    rows.append((full, p))
# Different people sharing a name: another PAN.
for full, last, p in people[50:53]:
    rows.append((full, pan(last)))

rows.sort(key=lambda r: r[0].lower())

wb = workbook()
ws = wb.active
ws.title = "message sent status"
ws.append(["sno", "Full Name", "PAN No."])
for i, (name, p) in enumerate(rows, start=1):
    ws.append([i, name, p])
ws.cell(ws.max_row + 1, 1, len(rows) + 1)
ws.column_dimensions["B"].width = 35.7
ws.column_dimensions["C"].width = 14
save(wb, "clients-en-in-pan.xlsx")
