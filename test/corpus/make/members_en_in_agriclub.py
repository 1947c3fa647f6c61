"""
Shape of MyManMitras/agri-club "members.xlsx": the member list of a farmers' club in Karnataka,
kept in Excel for the club's website, no header row anywhere.

- Sheet "m": members M001 … M192 in A, the name in B (column B widened, nothing else set). Names
  as typed: a given name with the father's/village initials after it ("Chandrashekar MJ"), some
  without initials, trailing or leading spaces, a few ending in "/ccc" and two that are only
  "cc/ccc" (one with a leading space); M001–M129 in alphabetical order, M130–M192 appended later
  in no order; the same name on two consecutive numbers three times and once far apart.
- Sheet "sm": a second list SM001 … SM070 in the same two columns (B narrower); ten numbers not
  yet given a name carry the number itself in B ("SM001 | SM001"); one name typed in lower case;
  one name twice.
- "Sheet3": empty.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("members-en-in-agriclub")

GIVEN = ["Anil", "Arun", "Basava", "Bhaskar", "Chandra", "Chandregowda", "Devaraj", "Dinesh", "Girish",
         "Gowrish", "Hanumesh", "Harsha", "Jagadish", "Jayanth", "Kalinga", "Keshava", "Kumaraswamy",
         "Lingaraju", "Mahantesh", "Manjegowda", "Mohan", "Nagendra", "Nanjunda", "Prabhakar", "Puttegowda",
         "Raghavendra", "Rangaswamy", "Shivaprasad", "Siddalinga", "Srinath", "Thimmaiah", "Umashankar",
         "Vasanth", "Veeresh", "Yatish"]
INITIALS = ["BK", "CM", "DR", "GN", "HB", "HK", "HS", "KC", "KM", "KS", "LN", "MB", "MC", "MD", "MJ", "MK",
            "MN", "MP", "MR", "MS", "NC", "PN", "RS", "SB", "SP", "TS", "VK", "YL"]

taken = set()


def name():
    while True:
        n = f.pick(GIVEN)
        if f.chance(0.8):
            n += " " + f.pick(INITIALS)
        if n not in taken:
            taken.add(n)
            return n


# Members M001 … M192: oddities by 1-based number.
m = sorted(name() for _ in range(129)) + [name() for _ in range(63)]
for i in (8, 29, 48, 49):
    m[i - 1] = m[i - 1] + "/ccc"
for i in (9, 50, 69):
    m[i - 1] = f"{m[i - 1][0]} {f.pick(INITIALS)}/ccc"
m[79 - 1] = "PMK /ccc"
m[80 - 1] = "RD /ccc"
m[97 - 1] = "cc/ccc"
m[124 - 1] = " cc/ccc"
m[16 - 1] = m[15 - 1]
m[30 - 1] = m[29 - 1]
m[90 - 1] = m[89 - 1]
m[165 - 1] = m[59 - 1]
for i in (14, 27, 102, 139, 191):
    m[i - 1] = m[i - 1].split(" ")[0] + " "
m[172 - 1] = " " + m[172 - 1]

sm = sorted(name() for _ in range(70))
for i in (1, 2, 3, 11, 12, 26, 39, 56, 61, 62):
    sm[i - 1] = f"SM{i:03d}"
sm[23 - 1] = sm[18 - 1].lower()
sm[32 - 1] = sm[29 - 1]
sm[68 - 1] = sm[68 - 1].split(" ")[0] + " "

wb = workbook()
ws = wb.active
ws.title = "m"
for i, n in enumerate(m, start=1):
    ws.append([f"M{i:03d}", n])
ws.column_dimensions["B"].width = 24.140625
ws2 = wb.create_sheet("sm")
for i, n in enumerate(sm, start=1):
    ws2.append([f"SM{i:03d}", n])
ws2.column_dimensions["B"].width = 20.140625
wb.create_sheet("Sheet3")

save(wb, "members-en-in-agriclub.xlsx")
