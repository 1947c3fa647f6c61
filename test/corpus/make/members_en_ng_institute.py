"""
Shape of stikks/niob "members.xls" (at commit 0c6d2952): a Nigerian professional institute's Lagos
chapter member register kept in Excel 97-2003 (.xls, saved by Microsoft Excel 2007+), one sheet
per membership grade. Each grade sheet has a bold title in B2 ("LIST OF GRADUATE MEMBER"; the
first sheet "Registerd" wrongly titled "LIST OF CORPORATE NON REGISTERED MEMBERS", as is the
second), the header on row 3 (S/N / NAME / CADRE / the grade's own columns / ANNUAL DUE 2015 /
TELLER NO / RECEIPT NO / DATE, the same four for 2016 and 2017), frozen panes, then one member per
row: the serial, the name (corporate members and fellows with "Bldr." and "(Mrs)", many with a
trailing space, later rows in capitals), the grade typed on every row ("Corporate " with a space on
some), a registration number (F180, F.374), the date registered (a real date on some rows, text
dd/mm/yy on most), qualifications, the mobile (Nigerian 080… stored as a number without its 0, or
as text with it), e-mail (some with capitals or a trailing space, one broken), and the dues paid
per year (amount, teller number or POS/TRANSFER/CHEQUE, receipt number, date as text dd/mm/yyyy or
a real date). Mess kept: a row whose name is a single space (sheet Registerd), a row with a phone
and e-mail but no name (Non_Registered), the last rows of a sheet with a name only, a block of
members pasted into sheet Associate four columns to the left (names in capitals, their dues under
CADRE / MEMBERSHIP NO / PHONE NO / E-MAIL ADDRESS, "now corporate member" in the e-mail column),
members listed on two grade sheets (once in capitals), and a scratch "Sheet1" with the same header
on row 1, a few names to check and serial numbers typed down. Sheets Licentiates and Student have
no dues columns. Fewer rows than the original (469/72/77/468/203/8/59/17). Re-saved by LibreOffice
as .xls. Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-en-ng-institute")

SURN = ["Adebayo", "Okafor", "Balogun", "Adeyemi", "Oyelaran", "Nwosu", "Akintola", "Ogunleye", "Eze", "Bakare",
        "Olawale", "Adewuyi", "Okonkwo", "Fashola", "Ibrahim", "Lawal", "Adesanya", "Obi", "Ayinde", "Salami",
        "Oduya", "Ilesanmi", "Onyeka", "Afolabi", "Kolawole", "Sanni", "Ajayi", "Omotosho", "Uche", "Bello"]
GIVEN = ["Tunde", "Chinedu", "Folake", "Kayode", "Ngozi", "Segun", "Bisi", "Emeka", "Yetunde", "Gbenga", "Ifeoma",
         "Rasheed", "Funmilayo", "Olumide", "Adaeze", "Babatunde", "Kehinde", "Nnamdi", "Temitope", "Wale",
         "Abiodun", "Chiamaka", "Idowu", "Olusegun", "Zainab", "Ikechukwu", "Omolara", "Sunday", "Dapo", "Halima"]
QUALS = ["HND MNIOB", "B.Sc,MNIOB", "HND MNIOB", "B.Tech M Tech MNIOB", "HND PGD MNIOB", "B.Sc MNIOB"]
MAIL = ["example.com", "example.org", "example.net"]
TELLER = ["POS", "POS ", "pos", "TRANSFER", "CHEQUE"]


def person(initials=False):
    def make():
        a, b = f.pick(SURN), f.pick(GIVEN)
        third = f.pick(GIVEN) if f.chance(0.5) else (f"{f.pick(GIVEN)[0]}." if initials and f.chance(0.5) else None)
        return f"{a} {b}" + (f" {third}" if third else "")
    return f._unique(make)


def phone_number():
    return int("80000" + f"{f.r.randrange(100000):05d}")


def mail_of(name):
    parts = name.replace(".", "").split()
    local = (parts[0] + parts[1][:3] + str(f.r.randrange(1, 99))).lower()
    m = f"{local}@{f.pick(MAIL)}"
    if f.chance(0.1):
        m = m[0].upper() + m[1:]
    if f.chance(0.05):
        m += " "
    return m


def text_date(d, short=False):
    return d.strftime("%d/%m/%y") if short else d.strftime("%d/%m/%Y")


def pay_date(year):
    d = f.date(datetime.date(year, 1, 10), datetime.date(year, 12, 10))
    return d if f.chance(0.3) else text_date(d)


def dues(year, p):
    """[amount, teller, receipt, date] for one year, or four blanks."""
    if not f.chance(p):
        return [None, None, None, None]
    teller = f.pick(TELLER) if f.chance(0.4) else f.r.randrange(100000, 99999999)
    receipt = f.r.randrange(3000, 5100) if f.chance(0.92) else None
    return [f.pick([5000, 5000, 10000, 15000, 20000]), teller, receipt, pay_date(year)]


def header_row(ws, row, headers):
    for j, h in enumerate(headers):
        ws.cell(row, j + 1, h).font = Font(bold=True, size=12)


def title(ws, text, size=12):
    ws["B2"] = text
    ws["B2"].font = Font(bold=True, size=size)


DUES_H = ["ANNUAL DUE 2015", "TELLER NO ", "RECEIPT NO", "DATE ", "ANNUAL DUE 2016", "TELLER NO ", "RECEIPT NO",
          "DATE ", "ANNUAL DUE 2017", "TELLER NO ", "RECEIPT NO", "DATE"]
MONEY = "#,##0.00"


def put(ws, row, values):
    for j, v in enumerate(values):
        if v is not None:
            c = ws.cell(row, j + 1, v)
            if isinstance(v, datetime.date):
                c.number_format = "m/d/yyyy"
            elif isinstance(v, int) and v in (5000, 10000, 15000, 20000, 25000, 35000):
                c.number_format = MONEY


wb = workbook()

# Registerd: corporate members with registration number, date registered, qualification -----------------
ws = wb.active
ws.title = "Registerd"
title(ws, "LIST OF CORPORATE NON REGISTERED MEMBERS ")
header_row(ws, 3, ["S/N", "NAME", "CADRE", "CORBON NO ", "DATE REGISTERED ", "QUALIFICATION", "MEMBERSHIP NO",
                   "CONTACT", "E-MAIL ADDRESS", "ANNUAL DUE 2015", "TELLER NO", "RECEIPT NO", "DATE ",
                   "ANNUAL DUE 2016", "TELLER NO ", "RECEIPT NO", "DATE ", "ANNUAL DUE 2017", "RECEIPT NO", "DATE"])
REGISTERD = []
reg_no = 180
when = datetime.date(1993, 6, 5)
for i in range(40):
    reg_no += f.r.randrange(3, 60)
    when += datetime.timedelta(days=f.r.randrange(0, 400))
    if i == 4:
        row = [i + 1, " ", "Corporate", f"F{reg_no}", text_date(when, True)]
        put(ws, 4 + i, row)
        continue
    name = person(initials=True)
    mrs = f.chance(0.12)
    shown = ("BLDR. " + name.upper() + " ") if i >= 38 else (
        "Bldr. " + ("(Mrs) " if mrs else "") + name + (" " if f.chance(0.4) else ""))
    if i >= 38:
        put(ws, 4 + i, [i + 1, shown])
        REGISTERD.append((shown, None, None, None, None))
        continue
    grade = "Corporate " if f.chance(0.3) else "Corporate"
    regno = None if f.chance(0.12) else (f"F.{reg_no}" if f.chance(0.3) else f"F{reg_no}")
    registered = None if f.chance(0.1) else (when if f.chance(0.25) else text_date(when, True))
    qual = None if f.chance(0.15) else f.pick(QUALS)
    phone = None if f.chance(0.3) else (f"0{phone_number()}" if f.chance(0.35) else phone_number())
    mail = None if f.chance(0.35) else mail_of(name)
    member_no = f"M.{f.r.randrange(2400, 2600)}" if i == 17 else None
    p17 = dues(2017, 0.05)
    row = [i + 1, shown, grade, regno, registered, qual, member_no, phone, mail] + dues(2015, 0.05) + \
        dues(2016, 0.12) + [p17[0], p17[2], p17[3]]
    put(ws, 4 + i, row)
    REGISTERD.append((shown, phone, mail, registered, regno))
ws.freeze_panes = "A86"
for col, w in zip("ABCDEFGHI", [9.1, 46.3, 13.4, 11.7, 14.3, 15.8, 16.7, 15.3, 30]):
    ws.column_dimensions[col].width = w

# Non_Registered ----------------------------------------------------------------------------------------
ws = wb.create_sheet("Non_Registered")
title(ws, "LIST OF CORPORATE NON REGISTERED MEMBERS ")
header_row(ws, 3, ["S/N", "NAME", "CADRE", "MEMBERSHIP NO.", "CONTACT", "E-MAIL ADDRESS"] + DUES_H)
NONREG = []
for i in range(22):
    if i == 4:
        put(ws, 4 + i, [i + 1, None, "Corporate", None, phone_number(), mail_of("Anon Member")])
        continue
    name = person()
    if i >= 20:
        put(ws, 4 + i, [i + 1, name.upper() + " "])
        NONREG.append((name.upper(), None, None))
        continue
    phone = phone_number()
    mail = None if f.chance(0.08) else mail_of(name)
    member_no = f"M.{f.r.randrange(2400, 2600)}" if i in (12, 17) else None
    put(ws, 4 + i, [i + 1, name + (" " if f.chance(0.2) else ""), "Corporate " if i > 15 else "Corporate", member_no,
                    phone, mail] + dues(2015, 0.12) + dues(2016, 0.4) + dues(2017, 0.15))
    NONREG.append((name, phone, mail))
ws.freeze_panes = "A5"
for col, w in zip("ABCDEF", [4.7, 26, 13.4, 12.8, 16.3, 27]):
    ws.column_dimensions[col].width = w

# Fellowship ----------------------------------------------------------------------------------------------
ws = wb.create_sheet("Fellowship")
title(ws, "LIST OF FELLOWS", 14)
header_row(ws, 3, ["S/N", "NAME", "CADRE", "QUALIFICATION", "CARBON", "PHONE NO"] + DUES_H)
FELLOWS = []
for i in range(12):
    name = person()
    shown = "Bldr. " + ("(Mrs) " if f.chance(0.3) else "") + name + (" " if f.chance(0.4) else "")
    phone = None if i < 3 else phone_number()
    put(ws, 4 + i, [i + 1, shown, "Fellow " if f.chance(0.4) else "Fellow",
                    None if f.chance(0.3) else f.pick(["HND FNIOB", "HND PGD FNIOB", "B.Sc ,MPP,MURP, FNIOB"]),
                    None if f.chance(0.1) else f.pick(["F", "F."]) + str(f.r.randrange(1, 800)), phone]
        + dues(2015, 0.08) + dues(2016, 0.3) + dues(2017, 0.2))
    FELLOWS.append((shown, phone))
ws.freeze_panes = "A13"
for col, w in zip("ABCDEF", [4.7, 50.7, 9.3, 17.1, 12.1, 12.6]):
    ws.column_dimensions[col].width = w

# Graduate ------------------------------------------------------------------------------------------------
ws = wb.create_sheet("Graduate")
title(ws, "LIST OF GRADUATE MEMBER")
header_row(ws, 3, ["S/N", "NAME", "CADRE", "MEMBERSHIP NO.", "PHONE NO", "E-MAIL ADDRESS"] + DUES_H)
GRADS = []
for i in range(25):
    name = person(initials=True)
    phone = None if f.chance(0.05) else phone_number()
    mail = None if f.chance(0.06) else mail_of(name)
    put(ws, 4 + i, [i + 1, name + (" " if f.chance(0.3) else ""), None if f.chance(0.05) else (
        "Graduate " if f.chance(0.2) else "Graduate"), None, phone, mail]
        + dues(2015, 0.1) + dues(2016, 0.3) + dues(2017, 0.27))
    GRADS.append((name, phone, mail))
ws.freeze_panes = "A4"
for col, w in zip("ABCDEF", [3.9, 29.9, 12.1, 13.3, 12.7, 34.1]):
    ws.column_dimensions[col].width = w

# Licentiates and Student (built first: some of them are pasted into Associate in capitals) -----------------
LIC = [person() for _ in range(5)]
STU = [person() for _ in range(15)]

# Associate -----------------------------------------------------------------------------------------------
ws = wb.create_sheet("Associate")
title(ws, "LIST OF ASSOCIATE MEMBER")
header_row(ws, 3, ["S/N", "NAME", "CADRE", "MEMBERSHIP NO", "PHONE NO", "E-MAIL ADDRESS"] + DUES_H)
ASSOC = []
for i in range(22):
    name = person(initials=True)
    phone = phone_number()
    mail = None if f.chance(0.1) else mail_of(name)
    member_no = None if f.chance(0.8) else f"A.{f.r.randrange(0, 9999):07d}"
    put(ws, 4 + i, [i + 1, name, "Associate", member_no, phone, mail] + dues(2015, 0.35) + dues(2016, 0.3)
        + dues(2017, 0.15))
    ASSOC.append((name, phone, mail))
# the pasted block: names in capitals, their dues four columns to the left
SHIFTED = []
for k in range(12):
    i = 22 + k
    if k == 3:
        name = STU[2]          # a student member pasted here again, in capitals
    elif k == 7:
        name = LIC[1]          # a licentiate, likewise
    else:
        name = person(initials=True)
    shown = name.upper() + (" " if f.chance(0.6) else "")
    row = [i + 1, shown]
    if k == 0:
        row += [None, None, None, "now corporate member"]
    elif k % 3 == 1:
        p = dues(2015, 1.0)
        row += [p[0], f.r.randrange(1000000, 99999999), p[2], p[3] if isinstance(p[3], str) else text_date(p[3])]
    elif k % 3 == 2:
        p = dues(2016, 1.0)
        row += [None, None, None, None, p[0], p[1]]
    put(ws, 4 + i, row)
    SHIFTED.append(shown.strip())
ws.freeze_panes = "A4"
for col, w in zip("ABCDEFG", [4.8, 26.8, 15.6, 19.3, 16.4, 39, 22.7]):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Licentiates")
title(ws, "LIST OF LICENTIATES", 16)
header_row(ws, 3, ["S/N", "NAME", "CADRE", "PHONE NO", "E-MAIL ADDRESS"])
LIC_ROWS = []
for i, name in enumerate(LIC):
    phone = phone_number()
    mail = None if i == 1 else mail_of(name)
    put(ws, 4 + i, [i + 1, name, "Licentiates", phone, mail])
    LIC_ROWS.append((name, phone, mail))
ws.freeze_panes = "A4"
for col, w in zip("BCDE", [23.6, 12.8, 12.6, 32.6]):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Student")
title(ws, "LIST OF STUDENT MEMBER", 16)
header_row(ws, 3, ["S/N", "NAME", "CADRE", "PHONE NO", "E-MAIL ADRESS"])
STU_ROWS = []
for i, name in enumerate(STU):
    phone = phone_number()
    mail = None if f.chance(0.07) else mail_of(name)
    if i == 6 and mail:
        mail = mail.split("@")[0][:5] + "/" + mail        # "Charles/adah08@…": typed with a slash
    put(ws, 4 + i, [i + 1, name + (" " if f.chance(0.2) else ""), "Student", phone, mail])
    STU_ROWS.append((name, phone, mail))
ws.freeze_panes = "A4"
for col, w in zip("BDE", [34.1, 18.6, 31.3]):
    ws.column_dimensions[col].width = w

# Sheet1: a scratch list of dues to check, names of members listed on the grade sheets ------------------------
ws = wb.create_sheet("Sheet1")
header_row(ws, 1, ["S/N", "NAME", "CADRE", "MEMBERSHIP NO", "PHONE NO", "E-MAIL ADDRESS"] + DUES_H)
for c in ws[1]:
    c.font = Font(bold=False, size=12)
put(ws, 2, [1, SHIFTED[1]] + [None] * 8 + [5000, f.r.randrange(10 ** 11, 10 ** 12), None, text_date(
    datetime.date(2016, 4, 15))])
put(ws, 3, [None, SHIFTED[2].split()[0].lower() + " " + SHIFTED[2].split()[1][0].lower()] + [None] * 8
    + [5000, None, None, datetime.date(2016, 5, 5)])
put(ws, 4, [None, ASSOC[3][0].split()[1].lower(), "to check 155 registered"])
put(ws, 6, [5, "Dr " + ASSOC[5][0]] + [None] * 8 + [50000, f.r.randrange(1000000, 9999999), None, "21/0-4/2016"])
put(ws, 7, [6, ASSOC[8][0] + " ", "Associate", None, ASSOC[8][1], ASSOC[8][2]])
for k, n in enumerate([7, 8, 9, 10, 11, 13, 14, 15]):
    ws.cell(8 + k, 1, n)
for col, w in zip("ABCDE", [4.3, 25.6, 10.8, 13.1, 15]):
    ws.column_dimensions[col].width = w

save(wb, "members-en-ng-institute.xls", libreoffice="xls")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for s in wb.worksheets:
            print("=====", s.title)
            for row in s.iter_rows(values_only=True):
                if any(v is not None for v in row):
                    print(row[:10])
