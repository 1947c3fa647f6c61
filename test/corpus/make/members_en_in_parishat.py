"""
Shape of sri1991/aaruvela "Members List.xlsx": a Telugu community association's member register
(Vijayawada), made in Excel, two sheets with the same bold header row.

- "Normal" (ordinary members, A1:J…): SL. No. / Name / F/W/o (the father's or husband's name:
  written in full, as initials "Y.VENKATESWARLU", "d/o.y.pandurangarao", or a first name only; for
  wives and children it is often another member's name) / Gender (Male, MALE, FEMALE) / Gotram
  (clan, in any spelling) / DATE OF BIRTH (real dates, mm-dd-yy; one 01-01-70 placeholder) /
  Address (locality and town, in any case and spacing) / Cell No (10-digit mobiles as numbers,
  shared within a family) / Occupation (House Wife, HOUSEWIFE, Retd Employee, BISINESS …, some
  empty) / Paid Amount ("100/-" as text, one empty). The first member has no serial; one serial
  (42) stands alone on an otherwise empty row. Families sit on consecutive rows at one address.
- "Permanent" (life members): the same columns plus Mail Id (capitals) before Occupation, DOB
  for DATE OF BIRTH, Paid Amount 5000 as a number.
Headers have trailing spaces ("Name ", "Gotram ", "Occupation ", "Paid Amount "). Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-en-in-parishat")
SURNAMES = ["YADAVALLI", "GUDIVADA", "CHINTAPALLI", "ABBARAJU", "PENUGONDA", "VADLAMANI", "VEDANTAM", "BHAMIDIPATI",
            "KAVALI", "CHIRRAVURI", "KRUTHIVASA", "VEMURI", "ZAMPANI", "GUDLAVALLI", "PINNAMANENI", "BODDUPALLI",
            "VANKAMAMIDI", "MARELLA", "KASIBHATLA", "KONDURU", "KALAPALA", "KATAKAM", "NANDIGAMA", "KOLLURI",
            "KALLURI", "MAMIDIPUDI", "CHITTURI", "NEMANI", "PENTAPATI", "NARAHARI", "BALANTRAPU", "KALIDINDI",
            "MADDALI", "CHENNUPATI", "MULLAPUDI", "YELLAPRAGADA", "PARUCHURI", "ADAVIKOLANU", "VENTRAPATI",
            "CHADALAVADA"]
MALE = ["Venkateswarlu", "Pandurangarao", "Bhanu Prakash", "Sivaji Vara Prasad", "Upendra", "Narasimha Rao",
        "Siva Rama Krishna", "Devanatham", "Hemanth Prasad", "Srinivasa Ravi", "Vara Prasad", "Venkateswara Sarma",
        "Madhu Chiranjeevi", "Sai Sree Ram", "Purnananda", "Chandrasekhar", "Srinivasarao", "Vasudevarao",
        "Subba Rayudu", "Muralidhara Rao", "Naga Pavan", "Murali Krishna", "Sunil Kumar", "Adiseshu Sarma",
        "Satya Ravi", "Ramarao", "Sriramasarma", "Kutumbarao", "Jayaram", "Thandava Krishna", "Sriramamurthy",
        "Vijaya Bhaskar", "Ramana Kumar", "Murali Krishna", "Subbarao", "Udaya Srinivas", "Rama Manohar",
        "Nageswara Rao", "Seshagiri Rao", "Kodandarama Sarma", "Rammohana Rao", "Prasad", "Gopala Krishna",
        "Leela Kumar", "Sai Gowtham", "Yeshwanth Rajkumar"]
FEMALE = ["Lakshmi Sree", "Sri Lakshmi", "Sai Sri Lalitha", "Bhargavi", "Rajya Lakshmi", "Ranga Nayaki",
          "Kamala Devi", "Uma Devi", "Vijaya Kumari", "Bhavani", "Gayatri", "Girija Rani", "Naga Sai Purnima",
          "Venkata Sridevi", "Padmavathi", "Kamala", "Jaya Lakshmi", "Ratna Mani", "Sinduja", "Jayalakshmi"]
GOTRAMS = ["BHARDWAJA", "BHARADWAJASA", "KOUSIKASA", "KOUMDIMAYA", "SRIVATSHA", "HARITHAASA", "Aathreyasa",
           "Sandilyasa", "MOUDGYALASA", "BHARGAVASA", "LOHITHASA", "GOWTHAMASA", "KASYAPASA", "VADULASA",
           "PARASARA", "KOUNDINYASA", "SANDILYASA", "VARDHULASA"]
PLACES = ["Lalitha Nagar,Bhavani Puram, Vijayawada", "HanumanPeta, Vijayawada", "Rama Krishna Puram, Vijayawada",
          "SN Puram, Vijayawada", "Ayodhya Nagar, Vijayawada", "Rajeev Nagar, Vijayawada", "S.N.PURAM VIJAYAWADA",
          "Ramavarappadu, Vijayawada", "Lakshmi Nagar,SN Puram, Vijayawada", "SRINAGAR COLONY VIJAYAWADA",
          "AYODYANAGAR VIJAYAWADA", "S N PURAM VIJAYAWADA", "NEW R.R.PETA.VIJAYAWADA", "G.PETA VIJAYAWADA",
          "AMBAPURAM VIJAYAWADA", "S.N.PURAM GUDIVADA", "PORANKI VIJAYAWADA", "SEETHARAMPURAM VIJAYAWADA",
          "PRASADAMPADU  VIJAYAWADA", "PATAMATA VIJAYAWADA", "KAZA  MANGALAGIRI", "KANKIPADU       VIJAYAWADA",
          "MACHILIPATNAM", "SUN CITY,HYDERABAD", "HYDERABAD", "PRAGATHI NAGAR HYDERABAD", "68-5-1 ASHOKNAGAR,KAKINADA"]
OCC_M = ["Retd Employee", "Business", "BUSINESS", "BISINESS", "Software Employee", "SOFWARE EMPLOYEE", "PRIVATE EMPLOYEE",
         "PRIVATE EMP", "Doctor", "Contractor", " Electrical Contractor", "EMPLOYEE", "RETIRED", "AUDITOR", "Pvt.  TEACHER"]
OCC_F = ["House Wife", "HOUSEWIFE", "House Wife", "PRIVATE TEACHER", "PRIVATE EMPLOYEE", "Doctor", None]


def cell_no():
    return int(f.mobile_in())


def styled(name):
    return f.pick([name.upper(), name, name.upper(), name.title()])


def initials(full):
    sur, given = full.split(" ", 1)
    return f.pick([f"{sur[0]}.{given.replace(' ', '').upper()}", full, given.upper(), f"{sur[0].lower()}.{given.replace(' ', '').lower()}"])


def dob(a, b):
    return datetime.datetime.combine(f.date(datetime.date(a, 1, 1), datetime.date(b, 12, 28)), datetime.time())


normal = []
while len(normal) < 86:
    sur = f.pick(SURNAMES).title() if f.chance(0.4) else f.pick(SURNAMES)
    place = f.pick(PLACES)
    gotram = f.pick(GOTRAMS)
    head = f"{sur} {f.pick(MALE)}"
    father = f"{f.pick(SURNAMES)[0]}.{f.pick(MALE).replace(' ', '').upper()}"
    phone = cell_no()
    normal.append([styled(head), father, f.pick(["Male", "MALE"]), gotram, dob(1947, 1980), place, phone,
                   f.pick(OCC_M), "100/-"])
    if f.chance(0.55):
        wife = f"{sur} {f.pick(FEMALE)}"
        normal.append([styled(wife), head if f.chance(0.6) else initials(head), "FEMALE", gotram, dob(1950, 1982),
                       place, cell_no() if f.chance(0.7) else phone, f.pick(OCC_F), "100/-"])
    for _ in range(f.r.choice([0, 0, 1, 2])):
        if f.chance(0.6):
            child = f"{sur} {f.pick(MALE)}"
            gender = f.pick(["Male", "MALE"])
            occ = f.pick(["Software Employee", "PRIVATE EMPLOYEE", "Doctor", "EMPLOYEE"])
        else:
            child = f"{sur} {f.pick(FEMALE)}"
            gender = "FEMALE"
            occ = f.pick(OCC_F)
        rel = head if f.chance(0.5) else ("d/o." if gender == "FEMALE" and f.chance(0.3) else "") + initials(head)
        normal.append([styled(child), rel, gender, gotram, dob(1984, 1999), place,
                       cell_no() if f.chance(0.6) else phone, occ, "100/-"])
normal = normal[:86]
seen = set()
for row in normal:
    # No namesakes: a repeated given name within a family is re-drawn.
    while row[0].upper() in seen:
        sur = row[0].split(" ")[0]
        row[0] = styled(f"{sur} {f.pick(FEMALE if row[2] == 'FEMALE' else MALE)}")
    seen.add(row[0].upper())
normal[0][4] = datetime.datetime(1970, 1, 1)          # the placeholder birth date
normal[0][5] = "68-5-1 ASHOKNAGAR,KAKINADA"
normal[23][8] = None                                  # one member with no fee entered
normal[11][0] = normal[11][0] + "`"                   # a stray backtick typed after a name

permanent = []
for _ in range(6):
    sur = f.pick(SURNAMES)
    name = f"{sur} {f.pick(MALE).upper()}"
    mail = f"{sur.lower()}.{f.r.randrange(10, 99)}@example.com".upper() if f.chance(0.4) else None
    permanent.append([name, f.pick(MALE).upper(), "MALE", f.pick(GOTRAMS), dob(1948, 1976),
                      f.pick(["RAMAKRISHNA PURAM,VIJAYAWADA", "SRI RAMNAGAR,  KAKINADA", "DHAMMUPETA,TELANGANA",
                              "RAJAMUNDRY", "PANCHADARA,ANAKAPALLI DISTRICT", "KAKINADA"]),
                      cell_no(), mail, f.pick(["SOFTWARE ENGINEER", "BUILDER", "BUSINESS", "RETIRED ENGIEER", "CIVIL JUDGE"]), 5000])

wb = workbook()
ws = wb.active
ws.title = "Normal"
ws.append(["SL. No. ", "Name ", "F/W/o", "Gender", "Gotram ", "DATE OF BIRTH", "Address", "Cell No", "Occupation ",
           "Paid Amount "])
serial = 0
for i, row in enumerate(normal):
    if i == 0:
        ws.append([None] + row)
        continue
    serial += 1
    if serial == 42:
        ws.append([42])
        serial += 1
    ws.append([serial] + row)
for r in ws.iter_rows(min_row=2):
    r[5].number_format = "mm-dd-yy"
for c in ws[1]:
    c.font = Font(bold=True)
for col, width in zip("ABCDEFGHIJK", [9.2, 44.7, 42.9, 9.2, 19.4, 21.9, 28.5, 17.2, 21.5, 20.3, 9.2]):
    ws.column_dimensions[col].width = width

pm = wb.create_sheet("Permanent")
pm.append(["Sl. No", "Name ", "F/W/o", "Gender", "Gotram ", "DOB ", "Address", "Cell No", "Mail Id", "Occupation ",
           "Paid Amount "])
for k, row in enumerate(permanent, start=1):
    pm.append([k] + row)
for r in pm.iter_rows(min_row=2):
    r[5].number_format = "mm-dd-yy"
for c in pm[1]:
    c.font = Font(bold=True)
for col, width in zip("BCEFGHIJK", [43.1, 31.3, 11.4, 12.5, 26.4, 13.3, 18.5, 18.8, 20.7]):
    pm.column_dimensions[col].width = width
save(wb, "members-en-in-parishat.xlsx")
