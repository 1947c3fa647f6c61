"""
Shape of IsmailO-Portfolio/Customer-Insights-Turning-Raw-Data-Into-Business-Value
"dirty_nigerian_customer_data.xlsx" (commit 826d4e47d4f3fb74c07a8f1c7f0e1425d15dfff8): a deliberately
dirty list of Nigerian bank and fintech customers, one sheet "Sheet1", header on row 1, General
format everywhere, column A widened: Customer name / Gender / Occupation / Annual income (in Naira) /
Date of Birth / State of residence / Name of Bank / Purpose of opening the account / Social Security
Number / State of account opening. Everything is text apart from most incomes.
The mess: names in Title case, UPPER case, lower case, with trailing blanks, initials only
("M. ", "A. Roth") or a suffix ("… MD"); gender as Female/Male/F/M/male/FEMALE; occupations in three
casings, some with a trailing blank; incomes as numbers, "NGN 7,128,673" or "4578972 Naira"; dates of
birth as text in three formats mixed down the column (yyyy/mm/dd, dd/mm/yyyy, mm-dd-yy); the
7-digit number sometimes with a letter typed in it; purposes in two casings, some "… for my biz";
about one row in fifty has no name (other cells filled), one in fifty a blank in some other cell;
a few namesakes who differ in everything else; and the last rows are exact copies of rows further
up (the original: 1,000 rows + 20 copies; here 290 + 8).
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-ng-dirtybank")
FIRST = ["Adaeze", "Babatunde", "Chiamaka", "Damilola", "Emeka", "Folake", "Gbenga", "Hauwa", "Ikenna", "Jumoke",
         "Kelechi", "Lanre", "Maryam", "Nnamdi", "Oluwaseun", "Patience", "Rukayat", "Sola", "Tobenna", "Uche",
         "Victoria", "Wale", "Yewande", "Zainab", "Grace", "Daniel", "Esther", "Samuel", "Joy", "Peter"]
LAST = ["Adekunle", "Bello", "Chukwuma", "Danladi", "Eze", "Fashola", "Garba", "Ibekwe", "Jimoh", "Kalu",
        "Lawal", "Mohammed", "Nwachukwu", "Ogunleye", "Okonkwo", "Salami", "Taiwo", "Usman", "Yakubu", "Ajayi"]
OCC = ["Engineer", "Student", "Driver", "Teacher", "Tailor", "Unemployed", "Developer", "Doctor", "Trader", "Nurse"]
STATES = ["Abia", "Adamawa", "Akwa Ibom", "Anambra", "Bauchi", "Bayelsa", "Benue", "Borno", "Cross River", "Delta",
          "Ebonyi", "Edo", "Ekiti", "Enugu", "FCT", "Gombe", "Imo", "Jigawa", "Kaduna", "Kano", "Katsina", "Kebbi",
          "Kogi", "Kwara", "Lagos", "Nasarawa", "Niger", "Ogun", "Ondo", "Osun", "Oyo", "Plateau", "Rivers",
          "Sokoto", "Taraba", "Yobe", "Zamfara"]
BANKS = ["Opay", "First Bank", "Zenith", "FairMoney", "Moniepoint", "Fidelity", "Kuda", "Palmpay", "UBA", "GTBank",
         "Access"]
PURPOSES = ["savings", "dollar card", "fixed deposit", "fast transactions", "salary account", "ease of use",
            "business account", "instant transfers", "zero fees", "mobile banking"]
GENDERS = ["Female", "Male", "F", "M", "male", "FEMALE"]


def name():
    first, last = f._unique(lambda: (f.pick(FIRST), f.pick(LAST)))
    x = f.r.random()
    if x < 0.04:
        return f._unique(lambda: f"{first[0]}. ") if f.chance(0.3) else f._unique(lambda: f"{first[0]}. {last}")
    if x < 0.08:
        return f"{first} {last} MD"
    if x < 0.18:
        return f"{first} {last}".upper() + (" " if f.chance(0.3) else "")
    if x < 0.24:
        return f"{first} {last}".lower() + (" " if f.chance(0.3) else "")
    return f"{first} {last}"


def casing(s, trailing=True):
    x = f.r.random()
    if x < 0.07:
        return s.upper()
    if x < 0.14:
        return s.lower()
    if trailing and x < 0.18:
        return s + " "
    return s


def income():
    n = f.r.randrange(150000, 10000000)
    x = f.r.random()
    if x < 0.10:
        return f"NGN {n:,}"
    if x < 0.15:
        return f"{n} Naira"
    return n


def dob():
    d = f.date(__import__("datetime").date(1945, 1, 1), __import__("datetime").date(2009, 12, 31))
    x = f.r.random()
    if x < 0.34:
        return d.strftime("%Y/%m/%d")
    if x < 0.66:
        return d.strftime("%d/%m/%Y")
    return d.strftime("%m-%d-%y")


def ssn():
    s = f"{f.r.randrange(10000000):07d}"
    if f.chance(0.04):
        s = s[:3] + f.pick("RvgVQUOP") + s[4:]
    return s


# names of the fixed rows below are kept out of the generated ones
f._used.update({("Chiamaka", "Ogunleye"), ("Kelechi", "Bello"), ("Folake", "Danladi"), ("Samuel", "Jimoh"),
                ("Emeka", "Okonkwo")})
rows = []
for i in range(290):
    purpose = casing(f.pick(PURPOSES), trailing=False)
    if f.chance(0.05):
        purpose = purpose.lower() + " for my biz"
    row = [name(), f.pick(GENDERS), casing(f.pick(OCC)), income(), dob(), f.pick(STATES), f.pick(BANKS), purpose,
           ssn(), f.pick(STATES)]
    rows.append(row)

# fixed rows the label checks
rows[3] = ["Chiamaka Ogunleye", "F", "Trader", 4578972, "1979/03/14", "Lagos", "GTBank", "business account",
           "4408215", "Ogun"]
rows[10] = ["KELECHI BELLO", "male", "Engineer", "NGN 6,400,753", "21/11/1986", "Enugu", "Kuda", "salary account",
            "2902126", "Enugu"]
rows[57] = ["Folake Danladi", "FEMALE", "nurse", 2840237, "1991/07/02", "Kwara", "Moniepoint", "savings", "5016532",
            "Kwara"]
rows[180] = ["Folake Danladi", "Male", "Driver", "NGN 912,004", "03-19-68", "Borno", "Zenith", "dollar card", "7790114",
             "Yobe"]
rows[122] = ["samuel jimoh ", "M", "Teacher ", "3117450 Naira", "1988/05/30", "Oyo", "First Bank", "ZERO FEES",
             "6120934", "Osun"]

# nameless rows and blanks elsewhere
for i in (25, 71, 133, 166, 214, 251):
    rows[i][0] = None
for i in f.r.sample(range(290), 8):
    if i in (3, 10, 57, 180, 122):
        continue
    rows[i][f.r.randrange(1, 10)] = None

# namesakes: another person with the same name, everything else different
rows[205][0] = rows[40][0] = "Emeka Okonkwo"

# exact copies of earlier rows, appended at the end
copies = [12, 64, 97, 122, 150, 199, 233, 270]
for i in copies:
    rows[i][0] = rows[i][0] or name()
rows += [list(rows[i]) for i in copies]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer name", "Gender", "Occupation", "Annual income (in Naira)", "Date of Birth", "State of residence",
           "Name of Bank", "Purpose of opening the account", "Social Security Number", "State of account opening"])
for r in rows:
    ws.append(r)
ws.column_dimensions["A"].width = 13
save(wb, "customers-en-ng-dirtybank.xlsx")
