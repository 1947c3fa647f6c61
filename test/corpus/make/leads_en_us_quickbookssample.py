"""
Shape of IntuitDeveloper/SampleApp-QuickBooksV3API-Python "Leads.xlsx" (commit
1710efe79cff0d71128837ea04d7418d86c6d04e): the lead list a small business keeps to push into
QuickBooks Online as customers (written by axlsx, opened in Excel for Mac). One sheet "data",
plain Arial header Id / Full Name / Email / Phone, 73 rows: Id is a number from the lead tool
that is no key (0, 3, 5, 7, 8, 9 recur on different people; the copies below carry new ids),
the whole name in one cell, a generated e-mail (initial + surname + a base-36 counter), the phone
written 'country-(area)xxx-xxxx' with every country code from 1 to 998; the last three rows are
exact copies of three leads from higher up. Values invented (the ids and country codes kept).
"""
import random

from fake import save, workbook

R = random.Random(3711)
IDS = [62, 6, 2162, 3, 470, 7257, 5, 5967, 43, 0, 68441, 4574, 3, 75, 41678, 438, 5, 407, 610, 57180, 4, 623, 150,
       4232, 7, 525, 79, 0, 8, 670, 722, 92, 7, 9702, 27, 3556, 155, 860, 956, 948, 17, 20502, 1, 46686, 36989, 7443,
       77838, 3694, 159, 89, 70, 39055, 78, 9, 4918, 4114, 94, 72, 28, 1168, 8, 887, 910, 578, 7, 6, 2, 896, 171, 9]
CC = ['385', '51', '62', '86', '81', '387', '351', '62', '86', '62', '420', '92', '370', '216', '86', '351', '66', '86',
      '86', '54', '234', '1', '880', '375', '359', '86', '1', '355', '92', '351', '62', '386', '855', '62', '86', '84',
      '55', '33', '48', '63', '1', '33', '33', '86', '998', '86', '49', '63', '62', '504', '7', '66', '355', '504',
      '54', '381', '237', '98', '7', '45', '86', '62', '49', '234', '86', '62', '351', '62', '1', '66']
FIRST = ["Rebecca", "Irene", "Donna", "Rose", "Michelle", "Eric", "Alan", "Ann", "Joyce", "Arthur", "Gloria", "Bobby",
         "Helen", "Carl", "Amy", "Craig", "Kathy", "Wayne", "Gary", "Dennis", "Louise", "Teresa", "Mark", "Ralph",
         "Judy", "Diane", "Paul", "Victor", "Nancy", "Evelyn", "Beverly", "Frances", "Todd", "Scott", "Harry", "Adam",
         "Emily", "Philip", "Aaron", "Sean"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers", "Jessop",
        "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quill", "Rasmussen", "Stroud", "Thorsby",
        "Upham", "Vance", "Whitcombe", "Yardley"]
DOMAINS = ["example.com", "example.org", "example.net"]


def b36(n):
    s = "0123456789abcdefghijklmnopqrstuvwxyz"
    return s[n] if n < 36 else b36(n // 36) + s[n % 36]


names, phones, rows = set(), set(), []
for i, (lid, cc) in enumerate(zip(IDS, CC)):
    while True:
        f, l = R.choice(FIRST), R.choice(LAST)
        if f + l not in names:
            names.add(f + l)
            break
    while True:
        p = f"{cc}-({R.randrange(201, 990)})555-01{R.randrange(100):02d}"
        if p[-4:] not in phones:
            phones.add(p[-4:])
            break
    rows.append((lid, f"{f} {l}", f"{f[0].lower()}{l.lower()}{b36(i)}@{R.choice(DOMAINS)}", p))
# Three leads typed in again at the end with new ids (the originals are rows 62, 66 and 71).
for src, lid in ((60, 8856), (64, 713), (69, 91)):
    rows.append((lid,) + rows[src][1:])

wb = workbook()
ws = wb.active
ws.title = "data"
from openpyxl.styles import Font
for j, h in enumerate(["Id", "Full Name", "Email", "Phone"]):
    ws.cell(1, j + 1, h).font = Font(name="Arial", size=11)
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        ws.cell(i + 2, j + 1, v).font = Font(name="Arial", size=11)
for col, w in zip("ABCD", [8.66, 16.33, 22.83, 17.33]):
    ws.column_dimensions[col].width = w
save(wb, "leads-en-us-quickbookssample.xlsx")
