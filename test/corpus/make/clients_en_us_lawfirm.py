"""
Shape of Devmbm2/mattlaw "Contacts.csv" (at commit f725e12): a Florida personal-injury law firm's
client contacts exported from its old case-management system to CSV (Windows-1252, LF, minimal
quoting) on the way into a CRM. Header: CON_Last_Name / CON_FirstName / CON_Middle_Initial /
CON_Salutation / CON_WorkTelephone / CON_HomeTelephone / CON_CellPhone / CON_Main_Address1 /
CON_Main_Address2 / CON_Main_City / CON_Main_State / CON_Main_Zip / CON_Email / CON_SSN /
CON_DOB / CON_MarStatus / CON_Sex / CON_Memo / CON_CreateDate and three empty header cells;
every line padded to 22 fields. Sorted by last name. One row per client (people; a few medical
providers and vendors with the firm's name in the last-name column and "Sir/Madam" or "Dr. …"
as salutation). The memo's line breaks were not quoted: a memo of several lines leaves the
client's row with the first line in CON_Memo and no create date, followed by rows holding the
rest of the memo in the first column (split again at its commas, once in the salutation column),
empty rows for its blank lines, and a last row "<last line>"" + the create date in the
first-name column. Phones "(813) 555-0123", an empty input mask "(   )    -     Ext[     ]"
in some work phones, an "Ext[     ]" suffix on others; state FL / Florida / Fl; ZIP as 5, 5+4
or 4 digits (leading zero lost), once a Canadian postcode; text m/d/yyyy dates; SSNs; curly
quotes and dashes in Windows-1252. Values invented (SSNs in the never-issued 9xx range).
"""
import csv
import datetime
import io
import os

from fake import FILES, Fake

f = Fake("clients-en-us-lawfirm")
r = f.r

HEADER = ["CON_Last_Name", "CON_FirstName", "CON_Middle_Initial", "CON_Salutation", "CON_WorkTelephone",
          "CON_HomeTelephone", "CON_CellPhone", "CON_Main_Address1", "CON_Main_Address2", "CON_Main_City",
          "CON_Main_State", "CON_Main_Zip", "CON_Email", "CON_SSN", "CON_DOB", "CON_MarStatus", "CON_Sex",
          "CON_Memo", "CON_CreateDate", "", "", ""]
W = len(HEADER)

LAST = ["Abernathy", "Acosta", "Aldana", "Alvarado", "Ambrose", "Ashdown", "Baptiste", "Barrow", "Beasley", "Benitez",
        "Blackwood", "Bonilla", "Brightwell", "Caldera", "Carrow", "Castellano", "Chambers", "Cordero", "Crowder",
        "Delgado", "Dunmore", "Duval", "Ellery", "Escobar", "Fairbank", "Ferrante", "Fontaine", "Galvan", "Garrity",
        "Greyson", "Guerrero", "Halloran", "Hargrove", "Holloway", "Ibarra", "Ivers", "Jessop", "Juarez", "Kettering",
        "Kinsella", "Lindqvist", "Lozano", "Maddox", "Marlow", "Medina", "Montalvo", "Northcott", "Nunez", "Oakes",
        "Orozco", "Pembury", "Pacheco", "Quintero", "Rasmussen", "Rosado", "Salcedo", "Santiago", "Thibodeaux",
        "Trevino", "Underhill", "Valdez", "Vance", "Whitlock", "Yancey", "Zamora"]
FIRST_F = ["Janet", "Suzanne", "Librada", "Damaris", "Wanda", "Elizabeth", "Denise", "Mary", "Gloria", "Teresa",
           "Carmen", "Brenda", "Yolanda", "Patricia", "Angela", "Norma", "Lisa", "Rosa", "Tamika", "Kimberly"]
FIRST_M = ["Max", "Yousef", "Jorge", "Theodoro", "Antonio", "Michael", "David", "James", "John", "Luis",
           "Robert", "Hector", "Marcus", "Dwayne", "Raymond", "Kevin", "Carlos", "Anthony", "Terrence", "William"]
CITIES = [("Tampa", "336"), ("Brandon", "335"), ("Wesley Chapel", "335"), ("New Port Richey", "346"),
          ("Riverview", "335"), ("Lutz", "335"), ("Plant City", "335"), ("Clearwater", "337"), ("Ocala", "344"),
          ("Lakeland", "338"), ("Spring Hill", "346"), ("Largo", "337")]
STREETS = ["Halifax Drive", "Daggett Terrace", "Stallgate Drive", "W. Idlewild Avenue", "Tamiami Ave.",
           "Cierra Oaks Cir", "Plantation Palms Drive", "Ryerson Circle", "Langdrum Drive", "W. Minnehaha Street",
           "Green Heron Drive", "Sandy Point Drive", "Flagstone Dr.", "SW 80th Street", "N. Armenia Ave",
           "E. Busch Blvd", "Bearss Ave", "Gunn Hwy", "Sheldon Road", "Bloomingdale Ave"]
SHORT_MEMOS = ["Change of address per PO {d} BHP", "changed phone # {d}", "pronounces his name George",
               "cell # not working (temporarily out of service) {d}", "State Farm Policy Number: D58 {n}-F29-59B",
               "Per PO - Change of address...{d} BHP (not in Honey)", "Referred by a former client",
               "Spanish speaking only \u2013 use interpreter", "Prefers text messages", "Client\u2019s daughter handles calls"]
STORIES = ["{first} was at a complete stop at a stop sign when she was rear ended by a delivery truck at high speed. "
           "She had a prior attorney and has been treating for her neck and back ever since.",
           "Slipped and fell on uneven concrete outside a restaurant at night causing chest contusion, other complications",
           "Bitten by a neighbour\u2019s dog while walking to the mailbox; treated at the ER that evening.",
           "Hit by a car in a parking lot \u2013 driver left the scene, police report on file."]
TAILS = ["No phone number provided per intake - mf", "change of address again {d} BHP",
         "Client change cell phones new number has been added {d}", "Tracking # for gift box is 9114 {n} 4423 8209",
         "Medicaid #: {n}{n}", "Daughter {dn} is the contact {ph}"]


def us_date(d):
    return f"{d.month}/{d.day}/{d.year}"


def short(d):
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def ssn():
    return f"9{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(1000, 9999)}"


def fill(template, first=""):
    return template.format(d=short(f.date(datetime.date(2004, 1, 1), datetime.date(2019, 12, 31))),
                           n=r.randrange(1000, 9999), first=first, dn=f.pick(FIRST_F), ph=phone())


def phone():
    return f._unique(lambda: f"({f.pick(['813', '813', '813', '727', '352', '941', '863'])}) 555-01{r.randrange(100):02d}")


def padded(cells):
    return (list(cells) + [""] * W)[:W]


rows = []
clients = []
used = set()
while len(clients) < 150:
    last = f.pick(LAST)
    female = f.chance(0.55)
    first = f.pick(FIRST_F if female else FIRST_M)
    if (last, first) in used:
        continue
    used.add((last, first))
    clients.append((last, first, female))
clients.append(("Abernathy - Harris", "Suzanne", True))
clients.sort()
PROVIDERS = [("Comfort Central Inc.", "Dan", "Air Conditioning - Dan, owner"),
             ("Long Chiropractic and Rehab Center", "Dr. Long", "Dr. Lisa Long, DC"),
             ("Spine & Orthopedic Center", "Sir/Madam", "Dr. Gary Marlow, MD"),
             ("West Coast Medical Management", "Sir/Madam", "Dr. David Kettering and Dr. Adam Oakes")]

entries = [("person", c) for c in clients] + [("provider", p) for p in PROVIDERS]
entries.sort(key=lambda e: e[1][0])
for kind, entry in entries:
    if kind == "provider":
        name, salutation, memo = entry
        city, zip3 = f.pick(CITIES)
        rows.append(padded([name, "", "", salutation, phone(), "", "", f"{r.randrange(100, 9999)} {f.pick(STREETS)}",
                            "", city, "FL", f"{zip3}{r.randrange(10, 99)}", "", "", "", "", "", memo,
                            us_date(f.date(datetime.date(2012, 1, 1), datetime.date(2018, 12, 31)))]))
        continue
    last, first, female = entry
    city, zip3 = f.pick(CITIES)
    state = r.choices(["FL", "Florida", "Fl", "NC", "GA"], [55, 33, 4, 2, 1])[0]
    zipc = f"{zip3}{r.randrange(10, 99)}"
    if state in ("NC", "GA"):
        city, zipc = ("Charlotte", "28205") if state == "NC" else ("Valdosta", "31601")
    roll = r.random()
    if roll < 0.08:
        zipc += f"-{r.randrange(1000, 9999)}"
    elif roll < 0.10:
        city, state, zipc = "Trenton", "NJ", f"{r.randrange(8601, 8699)}"  # the leading zero lost
    cell = phone() if f.chance(0.77) else ""
    home = phone() if f.chance(0.29) else ""
    work = ""
    if f.chance(0.22):
        work = r.choices(["(   )    -     Ext[     ]", phone() + " Ext[     ]", phone()], [4, 1, 8])[0]
    middle = f"{f.pick('ABCDEJKLMRST')}." if f.chance(0.27) else ""
    salutation = r.choices([first, "", f"{'Ms.' if female else 'Mr.'} {last}", first[:3]], [70, 20, 6, 4])[0]
    address1 = f"{r.randrange(100, 20000)} {f.pick(STREETS)}" if f.chance(0.93) else ""
    if address1 and f.chance(0.06):
        address1 += f", Apt {r.randrange(1, 400)}"
    address2 = f.pick(["#14", "PO BOX 485", "Lot 22"]) if address1 and f.chance(0.02) else ""
    if not address1:
        city = state = zipc = ""
    email = f.email(f"{first.lower()}{last.split()[0].lower()}{r.randrange(1, 99)}") if f.chance(0.4) else ""
    ssn_ = ssn() if f.chance(0.64) else ""
    dob = us_date(f.date(datetime.date(1935, 1, 1), datetime.date(2008, 12, 31))) if f.chance(0.68) else ""
    mar = r.choices(["", "Married", "Single", "Unknown", "Divorced", "Widowed"], [65, 18, 11, 2, 2, 2])[0]
    sex = r.choices(["", "Female" if female else "Male", "male" if not female else "Female"], [64, 34, 2])[0]
    created = us_date(f.date(datetime.date(2003, 1, 1), datetime.date(2019, 12, 31))) if f.chance(0.8) else ""
    split = f.chance(0.25)
    memo = ""
    if split:
        memo = fill(f.pick(SHORT_MEMOS + STORIES), first)
    elif f.chance(0.35):
        memo = fill(f.pick(SHORT_MEMOS + STORIES), first)
    rows.append(padded([last, first, middle, salutation, work, home, cell, address1, address2, city, state, zipc,
                        email, ssn_, dob, mar, sex, memo, "" if split else created]))
    if split:
        # the memo's further lines, each on a row of its own
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            kind_ = r.choice(["text", "comma", "blank", "blank", "salutation"])
            if kind_ == "blank":
                rows.append(padded([]))
            elif kind_ == "comma":
                rows.append(padded(["Seen at urgent care the next day", " then referred to ortho"]))
            elif kind_ == "salutation":
                rows.append(padded(["", "", "", "I told her I would speak to the attorney\u2019s about this \u2026 no promises"]))
            else:
                rows.append(padded([fill(f.pick(SHORT_MEMOS))]))
        rows.append(padded([fill(f.pick(TAILS)) + '"', created]))
        if f.chance(0.3):
            rows.append(padded([]))
    elif f.chance(0.04):
        rows.append(padded([]))

out = io.StringIO(newline="")
w = csv.writer(out, lineterminator="\n")
w.writerow(HEADER)
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-us-lawfirm.csv"), "wb") as fh:
    fh.write(out.getvalue().encode("cp1252"))

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        print(out.getvalue()[:6000])
        print(len(rows), "rows,", len(entries), "clients")
