"""
Shape of BacteriologicalReports/BacteriologicalReports.github.io "Customer Database.xlsx": a western
Pennsylvania pool-water testing lab's customer list, kept in Excel (one sheet "DavidSheet1" with a
print area), from which its web pages of weekly reports are built.

- Two header rows, both tinted blue in A:B: "CustomerID" / "Pool IDs -->" over "Customer Name" /
  "Pool names -->".
- Then each customer takes two rows: the first holds the account code in A and the ids of its
  pools (three- or four-digit text, some with leading zeros) in B, C, …; the second holds the
  customer's name in A and, under each id, "<site name>|<pool>" (Pool, Spa, Deep End, Shallow End,
  Baby Pool, Spray Pad …). Most customers have one or two pools, a few up to fifteen.
- Pool ids run on within a customer (2000, 2001 …).
- Codes: C-<two letters><three digits> of the customer's own; T-<…> codes are the accounts of pool
  management companies and stand on many customers (one on about 135 of them).
- Names typed with trailing spaces or runs of spaces, a few in lower case; the site name in the
  pool names differs from the customer name (longer, a place added, other spacing). Hotel chains
  give namesakes (several "Hampton Inn", each its own code and pools). A handful of pool ids stand
  under two customers.
- Sorted by name down to the print area's end, then about fifty customers appended unsorted.
Values invented.
"""
from openpyxl.styles import PatternFill

from fake import Fake, save, workbook

f = Fake("customers-en-us-poollab")

TOWNS = ["Cranberry", "Wexford", "Monroeville", "Butler", "Altoona", "Greensburg", "Bethel Park", "Canonsburg",
         "Moon Township", "Robinson", "Zelienople", "Murrysville", "Irwin", "Latrobe", "Indiana", "Beaver",
         "Sewickley", "Oakmont", "Gibsonia", "Mars", "Harmony", "Ligonier", "Washington", "Uniontown"]
WORDS = ["Maple", "Oak", "Cedar", "Willow", "Birch", "Aspen", "Laurel", "Hickory", "Pine", "Sycamore", "Chestnut",
         "Walnut", "Spruce", "Elm", "Juniper", "Hawthorn", "Meadow", "Brook", "River", "Stone", "Fox", "Deer",
         "Eagle", "Hunter", "Kingston", "Ashford", "Bradford", "Carlton", "Dover", "Evergreen", "Fairview",
         "Glen", "Harbor", "Ivy", "Jefferson", "Lincoln", "Madison", "Norwood", "Orchard", "Parkside", "Quarry",
         "Ridgeview", "Summit", "Timber", "Valley", "Windsor", "Yorktown", "Highland", "Liberty", "Sunset"]
KINDS = ["Apartments", "Apts.", "Apts", "Swim Club", "Condominiums", "HOA", "Estates", "Village", "Commons",
         "Country Club", "C.C.", "Townhomes", "Place", "Pointe", "Ridge", "Park", "Manor", "Terrace", "Landing",
         "Crossing", "Y.M.C.A.", "H.S.", "Middle", "Elementary", "Community Pool", "Fitness Center",
         "Health Club", "Senior Living", "Racquet Club"]
HOTELS = ["Hampton Inn", "Holiday Inn Express", "Comfort Inn", "Courtyard by Marriott", "Fairfield Inn",
          "Hilton Garden Inn", "Residence Inn", "Hyatt Place", "Homewood Suites", "Quality Inn", "Drury Hotel",
          "Candlewood", "Home 2 Suites", "Sleep Inn", "DoubleTree"]
POOL_SETS = [["Pool"], ["Pool"], ["Pool"], ["Pool"], ["Pool", "Spa"], ["Pool", "Baby Pool"],
             ["Deep End", "Shallow End"], ["Pool Deep", "Pool Shallow"], ["Pool", "Spray Pad"],
             ["Deep End", "Shallow End", "Baby Pool"], ["Large Pool", "Small Pool"], ["Pool", "Spa", "Baby Pool"],
             ["Lap Pool", "Dive Well", "Spa", "Baby Pool"]]
# Management-company accounts and how many customers each stands on.
T_ACCOUNTS = [("T-AM100", 135), ("T-AL300", 31), ("T-AQ120", 28), ("T-CI169", 19), ("T-PI220", 16),
              ("T-HI180", 5), ("T-WE290", 4), ("T-PA110", 2)]


def spaced(name):
    k = f.r.random()
    if k < 0.22:
        return name + " "
    if k < 0.32:
        return name + " " * f.r.randrange(3, 8)
    return name


customers = []
seen = set()
hotel_counts = {}
while len(customers) < 727:
    k = f.r.random()
    if k < 0.06:
        name = f.pick(HOTELS)
        if hotel_counts.get(name, 0) >= (6 if name == "Holiday Inn Express" else 3):
            continue
        hotel_counts[name] = hotel_counts.get(name, 0) + 1
        site = name + f.pick(["", "", " - " + f.pick(TOWNS), " " + f.pick(TOWNS), " & Suites " + f.pick(TOWNS)])
    else:
        if k < 0.8:
            name = f"{f.pick(WORDS)} {f.pick(KINDS)}"
        elif k < 0.9:
            name = f"{f.pick(TOWNS)} {f.pick(KINDS)}"
        else:
            name = f"{f.pick(WORDS)} {f.pick(WORDS)} {f.pick(KINDS)}"
        if name in seen:
            continue
        site = name if f.chance(0.7) else f"{name} -{f.pick(TOWNS)}" if f.chance(0.5) else name + " " + f.pick(TOWNS)
    seen.add(name)
    pools = f.pick(POOL_SETS) if f.r.random() > 0.02 else ["Pool"] * 1
    customers.append({"name": name, "site": site, "pools": pools})

# A few large customers (a school district, a city's parks) with many pools.
for c, n in zip(f.r.sample(customers, 4), (15, 13, 8, 7)):
    c["pools"] = [f"{f.pick(['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Main'])} {p}"
                  for p in (["Pool", "Spa", "Baby Pool", "Deep End", "Shallow End", "Spray Pad", "Wading Pool"] * 3)[:n]]

# Account codes: the T- accounts on random customers, an own C- code for every other one.
order = list(range(len(customers)))
f.r.shuffle(order)
pos = 0
for code, n in T_ACCOUNTS:
    for i in order[pos:pos + n]:
        customers[i]["code"] = code
    pos += n
used = set()
for c in customers:
    if "code" in c:
        continue
    letters = "".join(ch for ch in c["name"].upper() if ch.isalpha())[:2]
    while True:
        code = f"C-{letters}{f.r.randrange(100, 400)}"
        if code not in used:
            used.add(code)
            c["code"] = code
            break

# Pool ids: four-digit numbers for most, three digits with leading zeros for the older accounts.
pool_ids = set()
for c in customers:
    n = len(c["pools"])
    while True:
        four = f.chance(0.62)
        start = f.r.randrange(2000, 3400) if four else f.r.randrange(1, 500)
        ids = [f"{start + j}" if four else f"{start + j:03d}" for j in range(n)]
        if not pool_ids.intersection(ids):
            pool_ids.update(ids)
            break
    c["ids"] = ids
# A handful of pools stand under two customers (a site re-listed under its new owner).
for a, b in zip(f.r.sample(customers, 5), f.r.sample(customers, 5)):
    if a is not b:
        b["ids"] = b["ids"] + a["ids"][:1]
        b["pools"] = b["pools"] + a["pools"][:1]

head, tail = customers[:677], customers[677:]
head.sort(key=lambda c: c["name"].lower())
ordered = head + tail

wb = workbook()
ws = wb.active
ws.title = "DavidSheet1"
ws["A1"], ws["B1"] = "CustomerID", "Pool IDs -->"
ws["A2"], ws["B2"] = "Customer Name", "Pool names -->"
blue = PatternFill("solid", fgColor="FF00B0F0")
for ref in ("A1", "B1", "A2", "B2"):
    ws[ref].fill = blue
r = 3
for c in ordered:
    typed = spaced(c["name"])
    if f.chance(0.02):
        typed = typed.lower()
    site = spaced(c["site"]) if typed != typed.rstrip() and f.chance(0.6) else c["site"]
    ws.cell(r, 1, c["code"])
    ws.cell(r + 1, 1, typed)
    for j, (pid, pool) in enumerate(zip(c["ids"], c["pools"])):
        if j >= 15:
            break
        ws.cell(r, 2 + j, pid)
        ws.cell(r + 1, 2 + j, f"{site}{f.pick(['', '', ' '])}|{pool}")
    r += 2
for col, w in zip("ABCDEFGHIJKLMNOP", [26.86, 33.14, 35.14, 36.14, 41.14, 38.14, 38.43] + [36.0] * 9):
    ws.column_dimensions[col].width = w
ws.print_area = f"A1:P{3 + 2 * 680 - 1}"

save(wb, "customers-en-us-poollab.xlsx")
