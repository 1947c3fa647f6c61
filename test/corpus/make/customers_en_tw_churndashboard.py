"""
Shape of the customer table a Taiwanese student team generated with Faker for a marketing dashboard (churn,
retention, demand charts) and loaded into MySQL, as CHHSean/THAM keeps it ("customer.csv", commit
71bc461e24aa004fd133b0eae36a80f7948a3f0e).

- UTF-8 CSV without BOM, LF line ends, pandas-style quoting; 300 customers, 600 physical lines because every
  address is a two-line US street address inside quotes.
- Header C_ID,C_Name,address,phone,mail,individual,signup_date,gender. C_ID is empty on every row (the
  database numbers them on load). Names are English full names; phones in seven Faker zh_TW shapes
  ('076 82797990', '(02) 23456789', '0900-123456', '04 2345678', '03-9819582', '978333268', '02-23456789');
  e-mails at example.com / .org / .net; individual and gender 0 / 1; one signup time '2022-01-04 08:53' for all.
Values invented: names, addresses, phones, e-mails, flags.
A person imports the 300 rows as clients.
"""
import csv
import os

from fake import FILES, Fake, FIRST_EN, LAST_EN

f = Fake("customers-en-tw-churndashboard")
FIRST = FIRST_EN + ["Travis", "Nicholas", "Jason", "Angela", "Kevin", "Sylvia", "Donald", "Victoria", "Brandon", "Megan"]
LAST = LAST_EN + ["Mendoza", "Baker", "Mcmillan", "Chandler", "Perez", "Hunter", "Yvonne", "Stream"]
STREETS = ["Kevin Stream", "Yvonne Walks", "Hunter Brook", "Oak Crossing", "Maple Lights", "Cedar Pass", "Willow Ports"]
TOWNS = ["Sylviaville", "New Johnside", "Port Kimberlyhaven", "East Dianaton", "Lake Brianmouth", "Mooreview"]
STATES = ["CO", "CA", "NC", "TX", "NY", "WA", "FL", "OH"]


def phone():
    d = lambda n: "".join(str(f.r.randrange(10)) for _ in range(n))
    shape = f.r.choices(range(7), weights=[52, 47, 47, 46, 39, 36, 33])[0]
    return [lambda: f"0{f.r.randrange(10, 99)} {d(8)}", lambda: f"(0{f.r.randrange(2, 9)}) {d(8)}",
            lambda: f"0900-{d(6)}", lambda: f"0{f.r.randrange(2, 9)} {d(7)}", lambda: f"0{f.r.randrange(2, 9)}-{d(7)}",
            lambda: f"{f.r.randrange(1, 10)}{d(8)}", lambda: f"0{f.r.randrange(2, 9)}-{d(8)}"][shape]()


rows = []
for _ in range(300):
    name = f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")
    street = f"{f.r.randrange(10, 9999):04d} {f.pick(STREETS)}" + (f" Suite {f.r.randrange(100, 999)}" if f.chance(0.3) else (f" Apt. {f.r.randrange(100, 999)}" if f.chance(0.3) else ""))
    addr = f"{street}\n{f.pick(TOWNS)}, {f.pick(STATES)} {f.r.randrange(10000, 99999)}"
    local = f.pick([name.split()[0].lower() + name.split()[1].lower(), name.split()[1].lower() + str(f.r.randrange(10, 99)), name.split()[0].lower() + str(f.r.randrange(10, 99))])
    rows.append(["", name, addr, phone(), f.email(local), f.pick(["0", "1", "1"]), "2022-01-04 08:53", f.pick(["0", "1"])])

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-tw-churndashboard.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["C_ID", "C_Name", "address", "phone", "mail", "individual", "signup_date", "gender"])
    w.writerows(rows)
