"""
Shape of prabhatsingh03/Sphere "vendor_items.xlsx": the vendor master of an Indian fertiliser
group's project office (used by its purchase-request tool), one sheet, Excel.

- "Sheet1": header on row 1, no title: Vendor Code / Item Name / Additional Info / Company Name /
  Vendor Address / Date Added / GST Number / Contact Person / Contact Mobile / Contact Email.
  Wide columns (the address column very wide), no formatting.
- 93 vendors, one row each. Vendor Code is text, 124xxxx / 125xxxx for goods vendors and
  324xxxx / 325xxxx for service vendors, running numbers with two gaps and one code used twice.
  Item Name, Additional Info and Date Added are empty on every row.
- Company names mostly in capitals, some in mixed case, a few with trailing spaces, one padded
  with many spaces, one starting with ". ", typos ("ENGINEERIG", "CORPORATOIN", "PVT LTED"); two
  individuals (a proprietor's own name).
- Addresses pasted from GST certificates and letterheads: several lines inside one cell, state
  and PIN at the end, leading spaces; some only a town and state; eleven vendors without any
  address (and mostly nothing else).
- GST Number: 15 characters with the state code; some with a leading space or non-breaking
  space or trailing space, one "NOT AVAILABLE", one cut short, two vendors sharing one number.
- Contact Person: "Mr." / "Ms." / "Miss." prefixes or none, designations after a comma, a
  pipe or in brackets, a city on a second line in the cell, one cell holding a single space.
- Contact Mobile: one to four numbers in one cell separated by commas, spaces or new lines,
  landlines with STD codes, "+91 - " prefixes, stray tabs and trailing blanks, one number a
  digit short.
- Contact Email on about a third of the rows, sometimes two addresses, once a website first.
Values invented (Indian mobiles 90000…, e-mail domains under .test).
"""
from fake import Fake, save, workbook

f = Fake("vendors-en-in-projectvendors")

GOODS = ["GRAPHITE", "PROCESS PUMPS", "STEELS", "ENGINEERING", "CONTROLS", "AUTOMATION", "CABLES",
         "INSTRUMENTS", "RUBBERS", "COMPOSITES", "FIBRE", "VALVES", "IRON & STEEL", "METALS", "LIFTERS"]
STEMS = ["SHREE", "KRISHNA", "OMKAR", "SAI", "NILKANTH", "ANAND", "GANGA", "SUVARNA", "VIJAY", "ORIENT",
         "TRIVENI", "MAHALAXMI", "PRAGATI", "SAMRUDDHI", "UTKAL", "KALINGA", "NARMADA", "JYOTI", "SURYA",
         "DEVI", "HARI", "AMRUT", "RAJDHANI", "PARAS", "SIDDHI", "VISHWA", "SHAKTI", "MEGHA", "NAVKAR", "ARIHANT"]
FORMS = ["PRIVATE LIMITED", "PVT LTD", "PVT. LTD.", "LIMITED", "ENTERPRISES", "& CO", "INDUSTRIES", "LLP",
         "ASSOCIATES", "TRADING CO", "SOLUTIONS"]
PLACES = [("Nashik", "Maharashtra", "27", "422"), ("Pune", "Maharashtra", "27", "411"),
          ("Mumbai", "Maharashtra", "27", "400"), ("Chennai", "Tamil Nadu", "33", "600"),
          ("Coimbatore", "Tamil Nadu", "33", "641"), ("Bhubaneswar", "Odisha", "21", "751"),
          ("Cuttack", "Odisha", "21", "753"), ("Paradeep", "Odisha", "21", "754"),
          ("Vadodara", "Gujarat", "24", "390"), ("Ahmedabad", "Gujarat", "24", "382"),
          ("New Delhi", "Delhi", "07", "110"), ("Gurugram", "Haryana", "06", "122"),
          ("Noida", "Uttar Pradesh", "09", "201"), ("Hyderabad", "Telangana", "36", "500"),
          ("Kolkata", "West Bengal", "19", "700"), ("Udaipur", "Rajasthan", "08", "313"),
          ("Bengaluru", "Karnataka", "29", "560"), ("Raipur", "Chhattisgarh", "22", "492")]
STREETS = ["M.I.D.C. Industrial Area", "SIDCO Industrial Estate", "GIDC Makarpura", "Udyog Vihar",
           "Nehru Place", "Station Road", "Industrial Area Phase II", "Ring Road", "Link Road", "Sector 8"]
PERSONS = ["Ramesh Patil", "Suresh Nair", "Anil Mohanty", "Deepak Joshi", "Prakash Rao", "Sunita Arora",
           "Vikram Sethi", "Kavita Desai", "Manoj Das", "Rajesh Iyer", "Neha Kulkarni", "Pritam Parida",
           "Sandeep Rathore", "Alok Panda", "Harish Menon", "Pooja Bhatt", "Arvind Pillai", "Sameer Rastogi",
           "Tapan Sahu", "Chetan Sarap", "Jitendra Swain", "Nitin Gadgil", "Asha Kamat", "Vinay Dhingra"]
DESIG = ["Dy. General Manager", "Sales Manager", "AGM-MARKETING", "Proprietor", "Operation Manager", "GM MARKETING",
         "MD", "Area Manager"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gst(state):
    pan = "".join(f.pick(LETTERS) for _ in range(3)) + f.pick("CPF") + f.pick(LETTERS) + f"{f.r.randrange(10000):04d}" + f.pick(LETTERS)
    return f"{state}{pan}{f.pick('1234')}Z{f.pick('0123456789' + LETTERS)}"


def mobile():
    return f.mobile_in()


def landline(std):
    return f"{std}-{f.r.randrange(20, 70)}0000{f.r.randrange(10, 99)}"


used_names = set()


def company(i):
    for _ in range(100):
        name = f"{f.pick(STEMS)} {f.pick(GOODS)} {f.pick(FORMS)}"
        if name not in used_names:
            used_names.add(name)
            return name
    raise RuntimeError


def address(place, style):
    city, state, _, pin3 = place
    pin = f"{pin3}{f.r.randrange(1, 99):03d}"
    plot = f"Plot No. {f.r.randrange(1, 400)}"
    street = f.pick(STREETS)
    if style == "lines":
        return f"{plot}, {street},\n{city}, {state} - {pin}"
    if style == "three":
        return f"{f.r.randrange(1, 300)}, {f.pick(['1st Floor', '2ND FLOOR', 'Ground floor'])},\n{street},\n{city} – {pin}."
    if style == "short":
        return f"{city}, {state}"
    if style == "lead":
        return f" {plot}, {street}, {city}, {state}, {pin}"
    return f"{plot}, {street}, {city}, {state}, {pin}"


def domain(name):
    return "".join(ch for ch in name.lstrip(". ").split()[0].lower() if ch.isalpha()) + "engg.test"


# Row recipes: the mess of each source row, in order. Fields: kind ("goods"/"service"), and flags.
EMPTY_ROWS = {38, 39, 46, 47, 60, 61, 62, 69}          # only a name (and sometimes a GST number)
GST_ONLY = {40, 46, 67}                                 # of the empty rows, those with a GST number
INDIVIDUALS = {11, 28}                                  # a proprietor's own name as the company
SERVICE = {15, 16, 17, 28, 29, 30, 33, 43, 45, 47, 49, 50, 56, 57, 58, 60, 69, 72, 75, 76, 78, 81, 91, 92}
MULTI_PHONE = {1, 2, 4, 6, 14, 17, 20, 34, 37, 52, 56, 64, 65, 70, 76, 78, 83, 88}
WITH_MAIL = {4, 10, 16, 17, 18, 19, 20, 21, 23, 24, 36, 41, 55, 59, 63, 64, 65, 66, 68, 70, 72, 74, 77, 79, 80,
             81, 82, 84, 85, 86, 87, 88, 89, 90, 93}
NO_CONTACT = {12, 22, 57, 58, 82, 88}
NO_PHONE = {22, 49, 54, 57, 58, 73, 84, 91}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Vendor Code", "Item Name", "Additional Info", "Company Name", "Vendor Address", "Date Added",
           "GST Number", "Contact Person", "Contact Mobile", "Contact Email"])
code = 0
shared_gst = None
for i in range(1, 94):
    code += 1
    if i in (19, 21):            # two numbers skipped
        code += 1
    if i == 23:                  # one code typed twice
        code -= 1
    year = "24" if code < 26 else "25"
    prefix = "3" if i in SERVICE else "1"
    vcode = f"{prefix}{year}{code:04d}"
    place = f.pick(PLACES)
    if i in INDIVIDUALS:
        name = f.pick(PERSONS).upper()
    else:
        name = company(i)
        if i in (4, 38, 44, 54, 63, 67, 82):
            name += " "
        if i == 33:
            name += " " * 33
        if i == 89:
            name = ". " + name
        if i in (9, 18, 19, 20, 22, 25, 50, 64, 70, 81):
            name = name.title().replace("Pvt", "Pvt").replace("Llp", "LLP")
    if i == 15:
        name = name.replace("ENGINEERING", "ENGINEERIG")
    if i == 74:
        name = name.split()[0] + " STEEL CORPORATOIN"
    if i == 77:
        name = name.split()[0] + " TRUNCKEY SOLUTIONS PVT LTED"

    if i in EMPTY_ROWS:
        g = gst(place[2]) if i in GST_ONLY else None
        ws.append([vcode, None, None, name, None, None, g, None, None, None])
        continue

    style = f.pick(["flat", "flat", "lines", "lines", "three", "lead"]) if i not in (56, 57, 58, 59) else "short"
    addr = address(place, style)
    g = gst(place[2])
    if i in (7, 23, 45, 53, 89):
        g = f.pick([" ", "\u00a0"]) + g
    if i == 16:
        g = g + " "
    if i == 28:
        g = "NOT AVAILABLE"
    if i == 65:
        g = g[:4]
    if i == 85:
        shared_gst = g
    if i == 86:
        g = shared_gst
    if i in (12, 50):
        g = None

    person = None if i in NO_CONTACT else f.pick(PERSONS)
    if person:
        r = f.r.random()
        if i in INDIVIDUALS:
            person = name
        elif r < 0.35:
            person = f.pick(["Mr. ", "Mr.  ", "Ms.", "Miss. ", "MR. "]) + person
        elif r < 0.45:
            person = f"{person},{f.pick(DESIG)}\n{place[0].upper()}"
        elif r < 0.52:
            person = f"{person.upper()} | {f.pick(DESIG)} "
        elif r < 0.58:
            person = f" Ms. {person.split()[0]} ({f.pick(DESIG)})"
        elif r < 0.65:
            person = person.upper()
    if i == 49:
        person = " "

    if i in NO_PHONE:
        phone = None
    elif i in MULTI_PHONE:
        n = f.pick([2, 2, 3, 4])
        nums = [mobile() for _ in range(n)]
        if f.chance(0.4):
            nums[0] = landline(f.pick(["020", "0253", "044", "011", "040", "06722"]))
        sep = f.pick([" , ", ", ", "\n", "\n, ", ","])
        phone = sep.join(nums)
        if i == 37:
            phone = f"120 400 01{f.r.randrange(10, 99)}, {mobile()} "
    else:
        phone = mobile()
        trail = f.r.random()
        if trail < 0.12:
            phone = phone + "\n"
        elif trail < 0.18:
            phone = "\n" + phone
        elif trail < 0.22:
            phone = f" {phone} \n  "
    if i == 7:
        phone = f"\n+91 - {mobile()}\n, 020-60000143 \t"
    if i == 28:
        phone = mobile()[:-1]
    if i == 86:
        phone = mobile() + "\u00a0"

    mail = None
    if i in WITH_MAIL:
        d = domain(name)
        local = f.pick(["sales", "info", "bdnorth", "sales1", person.split()[-1].lower() if person and person.strip() else "info"])
        local = "".join(ch for ch in local if ch.isalnum() or ch == ".")
        mail = f"{local}@{d}"
        if i in (20, 68, 88):
            mail = f"{local}@{d}, info@{d} "
        if i == 85:
            mail = f"www.{d}, sales@{d}"
        if i in (19, 82):
            mail = f"{place[0].lower().replace(' ', '')}{f.r.randrange(10, 99)}@example.com"

    ws.append([vcode, None, None, name, addr, None, g, person, phone, mail])

for col, w in (("A", 12.0), ("B", 43.55), ("C", 13.66), ("D", 50.89), ("E", 132.66), ("F", 10.89), ("G", 18.0),
               ("H", 44.22), ("I", 56.89), ("J", 51.44)):
    ws.column_dimensions[col].width = w

save(wb, "vendors-en-in-projectvendors.xlsx")
