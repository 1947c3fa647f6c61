"""
Shape of 6gearss/msreg-members "members.csv" (at commit 6553250): a US motorsport club region's
member list printed by the secretary's script from the MotorsportReg API into a CSV with no header
row (firstName,lastName,memberId,uniqueId,memberEnd; LF line ends, no quotes, UTF-8). One row per
MotorsportReg account, sorted by the club's member number: the officers first with a lifetime end
date 01/01/2100, then members whose number a household shares (spouses, sons, a business and its
owner), the same person twice under one number with two accounts (identical name, or a short form:
'Josh' / 'Joshua'), the same person under two numbers, a couple in one first-name cell
('Tony & Sally'), titles and suffixes typed into the names ('Dr Steven', 'Tornow Jr', 'Gersch III'),
a middle initial at the front of the family name, a club of another state as a member split over
both name cells ('Corvette Club' / 'of Iowa'), a test account ('TEST-…'), expiry dates MM/DD/YYYY
with 12/31 and 01/01 of the next year mixed and some left empty.
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("members-en-us-motorsportclub")

FIRST = ["Alan", "Brent", "Carl", "Derek", "Earl", "Frank", "Gavin", "Hal", "Ivan", "Jared", "Keith", "Lloyd",
         "Marty", "Neil", "Otis", "Perry", "Quinn", "Russ", "Stan", "Trent", "Vince", "Wes", "Zane", "Abby", "Beth",
         "Cora", "Dina", "Erin", "Faye", "Gina", "Heidi", "Joanna", "Kelsey", "Lana", "Mara", "Nina", "Aaron",
         "Blake", "Colby", "Dustin", "Garrett", "Howard", "Jerome", "Kirk", "Luther", "Milo", "Nolan", "Reed",
         "Shane", "Todd", "Wyatt", "Cliff", "Doug", "Floyd", "Grant", "Hank", "Leon", "Mitch", "Rex", "Vern"]
LAST = ["Ashburn", "Bellweather", "Crandall", "Dorsett", "Eberly", "Fenwick", "Gatlin", "Hargrove", "Ingersoll",
        "Jarrell", "Kimbrough", "Lockridge", "Mayfield", "Northrup", "Oberlin", "Pettibone", "Quarles", "Rutledge",
        "Stroud", "Tillman", "Upchurch", "Vanover", "Whitlock", "Yarbrough", "Zeller", "Ambrose", "Blevins",
        "Cottrell", "Dillard", "Esposito", "Faircloth", "Gorski", "Hollis", "Iverson", "Jankowski", "Kessler",
        "Lamberti", "Mercer", "Nesbitt", "Orcutt", "Pruitt", "Radcliffe", "Sowell", "Truax", "Voss", "Wendt",
        "Albers", "Brunner", "Castellano", "Dwyer", "Engstrom", "Fuqua", "Grissom", "Hadley", "Kowalczyk", "Ludwig"]

used = set()


def person():
    while True:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) not in used:
            used.add((first, last))
            return first, last


uids = set()


def uid(lo=100000, hi=3000000):
    while True:
        u = f.r.randrange(lo, hi)
        if u not in uids:
            uids.add(u)
            return str(u)


def end():
    return f.pick(["12/31/2025"] * 27 + ["01/01/2022"] * 22 + ["12/31/2024"] * 13 + ["12/31/2026"] * 12
                  + ["12/31/2023"] * 11 + ["01/01/2021"] * 6 + ["01/01/2023"] * 4 + [""] * 3)


rows = []
# Officers: numbers 1-9, lifetime end date.
for n in range(1, 10):
    a, b = person()
    rows.append([a, b, str(n), uid(100000, 2000000), "01/01/2100"])

number = 100
special = {}
k = 0
while len(rows) < 372:
    number += f.pick([1, 1, 1, 1, 2, 3, 5, 9, 14, 25]) if number < 2800 else 1
    k += 1
    a, b = person()
    kind = k % 29
    if k == 40:                                  # a club of another state, split over both cells
        rows.append(["Corvette Club", "of Iowa", str(number), uid(), ""])
        rows.append(["TEST-" + f.pick(FIRST), "Z" + b, str(number), uid(), ""])   # a test account
        c, _ = person()
        rows.append([c, b, str(number), uid(), "12/31/2025"])
        special["test"] = number
        continue
    if k == 50:                                  # a couple in one cell
        rows.append([f"{a} & {f.pick(['Sally', 'Marge', 'Donna'])}", b, str(number), uid(), "12/31/2024"])
        special["couple"] = (rows[-1][0], b)
        continue
    if k == 70:                                  # a business and its owner under one number
        rows.append([b, "Specialties", str(number), uid(), "12/31/2025"])
        rows.append([a, b, str(number), uid(), "01/01/2020"])
        special["business"] = (b + " Specialties", a + " " + b)
        continue
    if k in (15, 33, 61, 88, 104, 130, 151, 175, 199, 222, 240, 266):   # one person, two accounts
        e1, e2 = end(), end()
        if k == 104:
            b = "Tornow Jr"
        rows.append([a, b, str(number), uid(), e1])
        rows.append([a, b, str(number), uid(), e2])
        special.setdefault("twice", []).append((a + " " + b, number))
        continue
    if k in (25, 140, 230):                      # household: two people, one number
        c, _ = person()
        rows.append([a, b, str(number), uid(), end()])
        rows.append([c, b, str(number), uid(), end()])
        special.setdefault("household", []).append((a + " " + b, c + " " + b, number))
        continue
    if k in (180, 250):                          # the same person under a short first name
        full, short = ("Joshua", "Josh") if k == 180 else ("Nathaniel", "Nate")
        rows.append([full, b, str(number), uid(), end()])
        rows.append([short, b, str(number), uid(), ""])
        special.setdefault("short", []).append((full, short, b, number))
        continue
    if k == 60:
        a = "Dr " + a
    elif k == 95:
        b = f.pick("CJR") + " " + b              # a middle initial in the family name
    elif k == 205:
        b = b + " III"
    elif k == 120:
        a = a + " " + f.pick("BDW") + "."
    elif k == 20:
        a = "KC"
    rows.append([a, b, str(number), uid(), end()])
    if k == 20:
        special["kc"] = (a + " " + b, number, rows[-1][4])

# The same person under two numbers: an earlier row's name again further down.
first_twice = rows[60]
rows.insert(250, [first_twice[0], first_twice[1], str(int(rows[249][2]) + 0), uid(), "12/31/2025"])
special["two_numbers"] = (first_twice[0] + " " + first_twice[1])

with open(os.path.join(FILES, "members-en-us-motorsportclub.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("".join(",".join(r) + "\n" for r in rows))

if __name__ == "__main__" and os.environ.get("SHOW"):
    print(len(rows), special)
