"""
Shape of debashishere/insured-mine-assgn "server/csv/734fcb66bb079d923904c1f21fd90cd8.csv"
(commit 1f2202323d5cdef10a2cdc90eaf8bed79585aa98): the policy export of a North Carolina
personal- and commercial-lines insurance agency, as handed out with the InsuredMine
(agency-management software) developer exercise. UTF-8 CSV without BOM, LF, minimal quoting.

- 26 columns, header on line 1: agent / userType / policy_mode / producer / policy_number /
  premium_amount_written / premium_amount / policy_type / (blank header) / company_name /
  category_name / policy_start_date / policy_end_date / csr / (blank header) / account_name /
  email / gender / firstname / city / account_type / phone / address / state / zip / dob.
  The two blank-headed columns and premium_amount_written are empty on every row.
- One row per policy, sorted by the agency's three agents (account owners); userType
  "Active Client" everywhere; policy_mode 12 or 6 (months; end date = start + mode); producer
  and csr are staff names; policy_type Single / Package; carriers with and without a "_Copy"
  suffix (a duplicated carrier record in the agency system); category_name is the line of
  business (Personal Auto, Homeowners, Commercial Package, Dwelling Fire, Business Owners, ...).
- account_name is the household or business as "First Last & First Last"; firstname is the
  first of the two (the named insured), email, gender (blank on two in five), city (capitals on
  a few, "Winston Salem," with a trailing comma on a few, blank with address/state/zip on 18
  rows in the original), account_type Personal / Commercial, phone as "(336) 768-1433" or ten
  bare digits, street, state (NC, a few TN/VA/SC), zip 5 or zip+4, dob ISO. The same e-mail,
  phone, street or dob recurs on unrelated accounts; five accounts hold two policies.
Original 1,198 rows; here 300. Values invented.
"""
import csv
import datetime
import os
import string

from fake import FILES, Fake

f = Fake("policies-en-us-agencycsv")
FIRST = ["Lorna", "Tobias", "Selma", "Harlan", "Odessa", "Wendell", "Marisol", "Dewitt", "Ione", "Clement",
         "Rosalind", "Burl", "Tamsin", "Everett", "Junie", "Lyle", "Nadine", "Orrin", "Pearline", "Quincy",
         "Reva", "Sterling", "Thea", "Ulrich", "Verna", "Waylon", "Yvette", "Zeb", "Ansel", "Berniece",
         "Cletus", "Delphia", "Emory", "Florine", "Gideon", "Hattie", "Ivo", "Jolene", "Kermit", "Leota"]
LAST = ["Abernathy", "Blevins", "Crisp", "Dorsett", "Eudy", "Faircloth", "Gentry", "Honeycutt", "Isley",
        "Jernigan", "Kimrey", "Lanning", "Mabry", "Nance", "Overcash", "Pruitt", "Queen", "Rominger",
        "Sapp", "Tuttle", "Umstead", "Vestal", "Whicker", "Yount", "Zimmerman", "Ashburn", "Bumgarner",
        "Cockerham", "Dalton", "Essick", "Flippin", "Grubbs", "Hauser", "Idol", "Jarvis", "Kiger"]
CITIES = [("Winston Salem", "NC", "271"), ("Clemmons", "NC", "270"), ("Pfafftown", "NC", "270"),
          ("Lewisville", "NC", "270"), ("Kernersville", "NC", "272"), ("Greensboro", "NC", "274"),
          ("Advance", "NC", "270"), ("King", "NC", "270"), ("Wilmington", "NC", "284"), ("Asheville", "NC", "288"),
          ("Mocksville", "NC", "270"), ("Lexington", "NC", "272"), ("Bristol", "TN", "376"), ("Galax", "VA", "243")]
STREETS = ["Country Club Rd", "Reynolda Rd", "Stratford Rd", "Peace Haven Rd", "Robinhood Rd", "Hanes Mall Blvd",
           "Shallowford Rd", "Jonestown Rd", "Old Town Dr", "Polo Rd", "Silas Creek Pkwy", "Yadkinville Rd",
           "Meadowlark Dr", "Bethabara Rd", "N Main St Ste 2100", "W 4th St", "Burke Mill Rd", "Lasater Rd"]
CARRIERS = [("Piedmont Prop & Cas Ins Co_Copy", 22), ("Piedmont Mut Fire Ins Co", 17), ("Piedmont Mut Fire Ins Co_Copy", 15),
            ("Piedmont Mut Ins Co_Copy", 12), ("Piedmont Mut Ins Co", 9), ("Piedmont Prop & Cas Ins Co", 8),
            ("Piedmont Gen Ins Co_Copy", 4), ("Piedmont Gen Ins Co", 3), ("Lakeshore Ins Co Grand Rapids MI", 1),
            ("Old Salem Insurance", 1), ("Keystone Group", 1), ("Integra Ind Corp", 1), ("Harbor Cas Ins Co", 1)]
LINES = [("Personal Auto", 44, 6), ("Homeowners", 19, 12), ("Commercial Package", 10, 12), ("Dwelling Fire", 8, 12),
         ("Business Owners", 7, 12), ("Commercial Auto", 4, 12), ("General Liability", 3, 12),
         ("Worker's Compensation", 2, 12), ("Condo", 1, 12), ("Bond", 1, 12), ("Flood - Personal", 1, 12)]
AGENTS = [("Dale Whitfield", 115), ("Marcy Lenoir", 100), ("Ross Camden", 85)]


def weighted(items):
    total = sum(w for _, w, *rest in items)
    x = f.r.uniform(0, total)
    for item in items:
        x -= item[1]
        if x <= 0:
            return item
    return items[-1]


def person():
    return f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")


def polno():
    return f._unique(lambda: "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(12)))


producers = [person() for _ in range(20)]
csrs = [person() for _ in range(30)]
dobs = [f.date(datetime.date(1940, 1, 1), datetime.date(1996, 12, 31)) for _ in range(70)]
mailboxes = ["madler", "killmenow", "whimsy", "dwendlan", "vertigo", "msroth", "hoangle", "brickbat", "presoff",
             "froodian", "grothoff", "petersen", "dodong", "codex", "tezbo", "ngedmond", "falcao", "speeves", "paley",
             "rbarreira", "choset", "quinn", "wiseb", "darin", "library", "garland", "ehood", "jaxweb", "miltchev",
             "warrior", "ntegrity", "empathy", "yzheng", "campbell", "dinther", "hillct", "bwcarty", "pspoole", "report"]

header = ["agent", "userType", "policy_mode", "producer", "policy_number", "premium_amount_written", "premium_amount",
          "policy_type", "", "company_name", "category_name", "policy_start_date", "policy_end_date", "csr", "",
          "account_name", "email", "gender", "firstname", "city", "account_type", "phone", "address", "state", "zip",
          "dob"]
rows = []
accounts = []  # remembered so that a few accounts get a second policy
phones, streets = [], []
k = 0
for agent, n in AGENTS:
    for i in range(n):
        k += 1
        again = k in (2, 40, 60, 140, 230)
        if again:
            acc = accounts[-1]
        else:
            first, second = person(), person()
            city, state, z3 = CITIES[0] if f.chance(0.55) else f.pick(CITIES)
            if f.chance(0.06):
                acc_city, state, zipc, street = "", "", "", ""
            else:
                acc_city = city.upper() if f.chance(0.04) else (city + "," if city == "Winston Salem" and f.chance(0.02) else city)
                if streets and f.chance(0.2):
                    street = f.pick(streets)
                else:
                    street = f"{f.r.randrange(100, 9999)} {f.pick(STREETS)}"
                    streets.append(street)
                zipc = f"{z3}{f.r.randrange(0, 99):02d}" + (f"-{f.r.randrange(1000, 9999)}" if f.chance(0.7) else "")
            if phones and f.chance(0.1):
                phone = f.pick(phones)
            else:
                digits = f.phone_us()  # "(ddd) 555-01dd"
                phone = digits if f.chance(0.23) else digits.replace("(", "").replace(") ", "").replace("-", "")
                phones.append(phone)
            mail = f"{f.pick(mailboxes)}{f.r.randrange(1, 99) if f.chance(0.5) else ''}"
            acc = dict(name=f"{first} & {second}", first=first, email=f.email(mail),
                       gender="" if f.chance(0.39) else f.pick(["Male", "Female"]), city=acc_city,
                       type="Personal" if f.chance(0.7) else "Commercial", phone=phone, street=street, state=state,
                       zip=zipc, dob=f.pick(dobs))
            accounts.append(acc)
        line, _, mode = weighted(LINES)
        if line == "Personal Auto" and f.chance(0.15):
            mode = 12
        start = f.date(datetime.date(2018, 3, 1), datetime.date(2019, 3, 31))
        end_month = start.month - 1 + mode
        end = start.replace(year=start.year + end_month // 12, month=end_month % 12 + 1, day=min(start.day, 28))
        premium = round(f.r.uniform(150, 2800), 2) if f.chance(0.7) else f.pick([100, 500, 550, 652, 1300, 1495])
        if line in ("Commercial Package", "Commercial Auto"):
            premium = round(premium * f.r.uniform(1.5, 4), 2)
        rows.append([agent, "Active Client", str(mode), producers[(k // 12) % len(producers)], polno(), "",
                     f"{premium:g}", "Package" if line == "Commercial Package" else "Single", "",
                     weighted(CARRIERS)[0], line, start.isoformat(), end.isoformat(), f.pick(csrs), "",
                     acc["name"], acc["email"], acc["gender"], acc["first"], acc["city"], acc["type"], acc["phone"],
                     acc["street"], acc["state"], acc["zip"], acc["dob"].isoformat()])

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "policies-en-us-agencycsv.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
