"""
Shape of omsai-k/IEEE-Automation "Membership.xlsx": an Indian engineering college's IEEE student
branch membership drive, its Google Form responses downloaded and kept in WPS Spreadsheets.

- "Form Responses 1": the form's header Timestamp / Name / Branch / GENDER / YEAR OF GRADUATION /
  Email / CHAPTERS / payment proof (Payment ID) / PHONE / Enter your date of birth, then the
  treasurer's Amount paid / VG REMARKS / After half yearly challan / Refund (=K-M). 80 members in
  two batches: 50 rows, five blank rows, 30 rows (the second batch without challan and refund).
  Timestamps are date-times with milliseconds; two members typed in by hand carry a text stamp
  "2//28/2024 21:55:00" and no payment id. Payment ids are 12-digit UPI numbers (numbers), some as
  text (a bank-prefixed one, two ids in one cell, "UPI ref no: …", a branch code by mistake).
  Phones are numbers, a few texts with a leading 0. The date of birth is an Excel serial left in
  General format (37954). RECEIVEED / RECEIVED remarks. Side sums and notes in P:S beside the rows
  (Total =SUM, a COUNTIF, "paid to IEEE Challan", "amount sent to bank", "4840 on 4/3/2024").
  Names with trailing spaces, all capitals, initials, one with a number glued on; an e-mail "none"
  twice; some college addresses (roll number @ college domain).
- "Copy of Form Responses 1": Name / Email / PHONE of the first 78 members, same order (the last two
  of batch one missing).
- "Sheet1": a working copy of batch one: three members' names in A1:A3, the header in row 6 (Status
  for the challan column), 48 rows, collectors' names merged down N, a Total/COUNTIF block in O:P.
- "Sheet2": empty.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment

from fake import CachedFormulas, Fake, workbook

f = Fake("members-en-in-ieeebranch")
cf = CachedFormulas()

FIRST = ["Sanya", "Chandana", "Pranab", "Raksha", "Pranav", "Suhas", "Akarsh", "Prathibha", "Rachana", "Greeshma",
         "Surabhi", "Rheya", "Srujana", "Saniya", "Sanjay", "Sadath", "Sharath", "Shreya", "Shashank", "Ramvel",
         "Prarthana", "Sanjai", "Tarun", "Harshitha", "Owais", "Samarth", "Mizba", "Susan", "Manoj", "Vishishta",
         "Sayandeep", "Apoorva", "Geethika", "Asim", "Ramesh", "Payal", "Venkatesh", "Maanya", "Srividya",
         "Supreet", "Siddharth", "Jayashree", "Pruthvi", "Soumyadeep", "Sunidhi", "Sathvika", "Aditi", "Sonia",
         "Aryan", "Aakash", "Anmol", "Vaibhav", "Areeba", "Ashritha", "Subhashini", "Ananya", "Jahnavi", "Amith",
         "Bhargavi", "Hasti", "Balaram", "Kavya", "Nikhil", "Deepa", "Varun", "Lavanya", "Rohit", "Tejas",
         "Keerthana", "Ritika", "Yashas", "Bhavana", "Chirag", "Darshan", "Meghana", "Nandini", "Pavan", "Sneha",
         "Tanvi", "Uday", "Vidya"]
LAST = ["Saeed", "Bhardwaj", "Patil", "Raghavan", "Mane", "Hegde", "Katti", "Mishra", "Joshi", "Varghese",
        "Shenoy", "Sinha", "Puri", "Aiyappa", "Nagamalli", "Khan", "Pandey", "Ghosh", "Nair", "Rao", "Kulkarni",
        "Murthy", "Gowda", "Bhat", "Iyer", "Reddy", "Naik", "Shetty", "Kamath", "Prasad"]
INITIALS = list("ABDGHJKMPRSTV")
BRANCHES = ["CSE"] * 29 + ["ISE"] * 28 + ["AIML"] * 14 + ["ECE"] * 4 + ["ETE"] * 2 + ["CSBS"] * 2 + ["EEE"]
CHAPTERS = ["CS"] * 58 + ["CS, ITS"] * 5 + ["CS, RAS"] * 3 + ["CS, CIS"] * 2 + ["CS, SPS, ITS, CIS, RAS, PES"] * 2 + \
           ["CS,ITS", "RAS,SPS", "RAS, SPS", "ITS", "CS, SPS, ITS, CIS", "CS, SPS, ITS, CIS, PES"]
CODES = {"CSE": "cs", "ISE": "is", "AIML": "ai", "ECE": "ec", "ETE": "et", "CSBS": "cb", "EEE": "ee"}


def student_name():
    first = f.pick(FIRST)
    k = f.r.random()
    if k < 0.4:
        name = f"{first} {f.pick(LAST)}"
    elif k < 0.6:
        name = f"{first} {f.pick(INITIALS)}"
    elif k < 0.72:
        name = f"{f.pick(INITIALS)} {first}"
    elif k < 0.82:
        name = f"{first} {f.pick(INITIALS)} {f.pick(INITIALS)}"
    elif k < 0.9:
        name = f"{first} {f.pick(LAST)}".upper()
    else:
        name = f"{first} {f.pick(LAST).lower()}"
    return name


def upi():
    return 405600000000 + f.r.randrange(1000000000)


members = []
for i in range(80):
    name = f._unique(student_name)
    branch = f.pick(BRANCHES) if i < 56 else f.pick(["AIML", "CSE", "ECE", "CSE", "ISE"])
    year = f.pick([2025, 2026, 2026, 2026, 2027]) if branch != "CSE" or i % 9 else 2024
    roll = f"1by{(year - 4) % 100}{CODES[branch]}{f.r.randrange(1, 190):03d}"
    local = "".join(ch for ch in name.lower() if ch.isalpha())
    email = f"{roll}@bmsit.test" if f.chance(0.3) else f"{local}{f.r.randrange(1, 9999) if f.chance(0.6) else ''}@example.com"
    if f.chance(0.05):
        email += " "
    phone = int(f.mobile_in())
    if f.chance(0.08):
        phone = "0" + str(phone)
    born = datetime.date(f.pick([2002, 2003, 2004, 2004, 2005]), f.r.randrange(1, 13), f.r.randrange(1, 29))
    dob = (born - datetime.date(1899, 12, 30)).days
    if f.chance(0.25):
        name += " "
    members.append(dict(name=name, branch=branch, gender=None, year=year, email=email, chapters=f.pick(CHAPTERS),
                        pay=upi(), phone=phone, dob=dob))

FEMALE = {"Sanya", "Chandana", "Raksha", "Prathibha", "Rachana", "Greeshma", "Surabhi", "Rheya", "Srujana", "Saniya",
          "Shreya", "Prarthana", "Harshitha", "Mizba", "Susan", "Vishishta", "Apoorva", "Geethika", "Payal", "Maanya",
          "Srividya", "Jayashree", "Sunidhi", "Sathvika", "Aditi", "Sonia", "Areeba", "Ashritha", "Subhashini",
          "Ananya", "Jahnavi", "Bhargavi", "Hasti", "Kavya", "Deepa", "Lavanya", "Keerthana", "Ritika", "Bhavana",
          "Meghana", "Nandini", "Sneha", "Tanvi", "Vidya"}
for m in members:
    words = [w for w in m["name"].title().split() if len(w) > 1]
    m["gender"] = "FEMALE" if any(w in FEMALE for w in words) else "MALE"

# The mess of single rows.
members[33]["name"] = "Kavya Rao: 90000412  "
members[33]["gender"] = "FEMALE"
members[33]["email"] = "kavyarao1107@example.com"
members[22]["email"] = "none"
members[71]["email"] = "none"
members[13]["pay"] = "T2402271312235318771191"
members[27]["pay"] = f"CNRB0000033-{upi()}"
members[40]["pay"] = f"{upi()}  ,  {upi()}"
members[44]["pay"] = "CS"
members[62]["pay"] = "T2403051511139351513717"
members[78]["pay"] = f"UPI ref no: {upi()}"
members[4]["pay"] = 44236                       # a short reference, a date serial by the look of it

start = datetime.datetime(2024, 2, 25, 21, 29, 38, 468000)
stamps = []
t = start
for i in range(80):
    if i == 50:
        t = datetime.datetime(2024, 3, 3, 22, 26, 12, 90000)
    t += datetime.timedelta(minutes=f.r.randrange(2, 400), seconds=f.r.randrange(60), microseconds=f.r.randrange(1000) * 1000)
    stamps.append(t)

wb = workbook()
ws = wb.active
ws.title = "Form Responses 1"
HEAD = ["Timestamp", "Name", "Branch", "GENDER", "YEAR OF GRADUATION", "Email", "CHAPTERS", "payment proof (Payment ID)",
        "PHONE", "Enter your date of birth", "Amount paid", "VG REMARKS", "After half yearly challan", "Refund"]
ws.append(HEAD)
ws.column_dimensions["A"].width = 18.88
ws.column_dimensions["G"].width = 28.75
ws.column_dimensions["H"].width = 18.88

amounts1 = []


def member_row(ws, row, i, m, status_col=True, refund=True):
    hand = i in (46, 47)
    if hand:
        ws.cell(row, 1, f"2//28/2024 21:55:0{i - 46}")
    else:
        c = ws.cell(row, 1, stamps[i])
        c.number_format = "m/d/yyyy\\ h:mm:ss"
    ws.cell(row, 2, m["name"])
    ws.cell(row, 3, m["branch"])
    ws.cell(row, 4, m["gender"])
    ws.cell(row, 5, m["year"])
    ws.cell(row, 6, m["email"])
    ws.cell(row, 7, m["chapters"])
    if not hand:
        ws.cell(row, 8, m["pay"])
    ws.cell(row, 9, m["phone"])
    ws.cell(row, 10, m["dob"])
    if i < 50:
        paid = 1762 if "," not in m["chapters"] else (1811 if m["chapters"].count(",") == 1 else 1996)
        remark = "RECEIVEED"
    else:
        paid = f.pick([890, 890, 890, 960, 1140, 1330, 1080, 910, 710, 1060, 1160, 1180, 730, 1020])
        remark = "RECEIVED"
    if i == 30:
        cf.formula(ws, f"K{row}", "=1419+392", 1811)
        paid = 1811
    else:
        ws.cell(row, 11, paid)
    ws.cell(row, 12, remark)
    if refund and i < 50:
        challan = 1045 if paid == 1996 else (1762 if i == 29 else 929)
        ws.cell(row, 13, challan)
        cf.formula(ws, f"N{row}", f"=(K{row}-M{row})", paid - challan)
    return paid


rows_of = {}
row = 2
for i, m in enumerate(members):
    if i == 50:
        row += 5                                  # five blank rows between the two batches
    rows_of[i] = row
    paid = member_row(ws, row, i, m)
    if i < 50:
        amounts1.append(paid)
    row += 1

cf.formula(ws, "Q9", "=SUM(K2:K51)", sum(amounts1))
ws["P9"] = "Total"
ws["R9"] = "Refund"
cf.formula(ws, "S9", "=(SUM(N2:N51))", sum(a - 929 for a in amounts1))
ws["Q10"] = 4725
ws["Q11"] = 293
ws["R11"] = "paid to IEEE Challan"
ws["S11"] = 50200
ws["Q12"] = 293
ws["Q13"] = 293
ws["Q15"] = 90610
cf.formula(ws, "Q19", '=COUNTIF(K2:K54,"1762")', amounts1.count(1762))
ws["S57"] = "amount sent to bank"
ws["P58"] = "Total"
cf.formula(ws, "Q58", "=SUM(K57:K106)", 0)
ws["S58"] = "4840 on 4/3/2024"
ws["S59"] = "16520 on 8/3/2024"
ws["P60"] = "IEEE Challan Paid"
ws["Q60"] = 29260
ws["S60"] = "8050 on 10/3/2024"

# The copy: name, e-mail and phone of the first 78 members (the last two of batch one missing).
cp = wb.create_sheet("Copy of Form Responses 1")
cp.append(["Name", "Email", "PHONE"])
for i, m in enumerate(members):
    if i in (48, 49):
        continue
    cp.append([m["name"], m["email"], m["phone"]])

# Sheet1: a working copy of batch one under three members' names.
s1 = wb.create_sheet("Sheet1")
for k, i in enumerate((46, 24, 31)):
    s1.cell(k + 1, 1, members[i]["name"].strip().lower())
s1.append([])
s1.append([])
for col, h in enumerate(HEAD[:12] + ["Status"], start=1):
    s1.cell(6, col, h)
for k in range(48):
    member_row(s1, 7 + k, k, members[k], refund=False)
    s1.cell(7 + k, 13).value = None
s1["N8"] = "vg"
s1["N28"] = "yugal"
s1.merge_cells("N28:N32")
s1["N38"] = "vg"
s1["N48"] = "Spandana"
s1.merge_cells("N48:N52")
for ref in ("N28", "N48"):
    s1[ref].alignment = Alignment(vertical="center")
s1["O14"] = "Total"
cf.formula(s1, "P14", "=SUM(K7:K161)", sum(amounts1[:48]))
s1["P15"] = 4725
s1["P16"] = 293
s1["P17"] = 293
s1["P18"] = 293
s1["P20"] = 90610
cf.formula(s1, "P24", '=COUNTIF(K7:K59,"1762")', amounts1[:48].count(1762))

wb.create_sheet("Sheet2")

cf.save(wb, "members-en-in-ieeebranch.xlsx")
