"""
Shape of ecamulli/agent-impact "Customer_Data.xlsx" (commit 30cd70bb61d94321f7450805862ceece67624d06):
the customer accounts a US workplace-software vendor's support engineer keeps for a script that pulls
each account's usage through the vendor's API. One sheet "Sheet1", plain header client_id /
client_secret / organizationId / account_name / vertical, wide columns (36.9 / 71.7 / 36.3 / 36.3 /
30.6). One row per customer account: a 32-character API client id, a 64-character client secret, the
tenant's organisation UUID (one UUID shared by four accounts, another by two), the account's short
name as the engineer types it (CamelCase run together "BaystateHealth", an abbreviation "CHKD", a
plain word, a trailing space or two on three names), and the vertical (Enterprise Office Space,
Hospital Healthcare, Manufacturing/Distribution, Higher Education, Retail, High Density Large Venue,
Government). Sorted by name, case-insensitively. Ids, secrets, UUIDs and account names invented
(fewer rows than the original's 156). A person imports the accounts as clients with their vertical
as the industry, and leaves the credentials out.
"""
import string
import uuid

from fake import Fake, save, workbook

f = Fake("accounts-en-us-apitenants")
PARTS_A = ["Bay", "North", "River", "Summit", "Oak", "Pine", "Lake", "Harbor", "Granite", "Cedar", "Prairie", "Silver",
           "Meadow", "Iron", "Stone", "Maple", "Falcon", "Beacon", "Copper", "Eagle", "Willow", "Coastal", "Liberty"]
PARTS_B = ["Health", "Medical", "Univ", "Logistics", "Foods", "Partners", "Bank", "Energy", "Labs", "Capital", "Works",
           "Group", "Retail", "Motors", "Insurance", "Systems", "College", "Arena", "Pharma", "Brands"]
VERTICALS = [("Enterprise Office Space", 46), ("Hospital Healthcare", 22), ("Manufacturing/Distribution", 12),
             ("Higher Education", 10), ("Retail", 7), ("High Density Large Venue", 3), ("Government", 1)]
ALNUM = string.ascii_letters + string.digits


def token(n, extra=""):
    return "".join(f.pick(ALNUM + extra) for _ in range(n))


def name():
    k = f.r.randrange(10)
    if k < 6:
        return f.pick(PARTS_A) + f.pick(PARTS_B)
    if k < 8:
        return "".join(f.pick(string.ascii_uppercase) for _ in range(f.r.randint(2, 4)))
    if k < 9:
        return f.pick(PARTS_A)
    return f.pick(PARTS_A) + " " + f.pick(PARTS_B)


names = set()
while len(names) < 101:
    names.add(name())
names = sorted(names, key=str.lower)
verticals = [v for v, n in VERTICALS for _ in range(n)]
f.r.shuffle(verticals)

shared = [str(uuid.UUID(int=f.r.getrandbits(128), version=4)) for _ in range(2)]
rows = []
for i, n in enumerate(names):
    org = str(uuid.UUID(int=f.r.getrandbits(128), version=4))
    rows.append([token(32), token(64, "-_"), org, n, verticals[i]])
for i in (10, 11, 12, 13):
    rows[i * 5][2] = shared[0]
for i in (40, 41):
    rows[i][2] = shared[1]
for i, pad in ((55, "  "), (80, " "), (95, " ")):
    rows[i][3] += pad

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for col, w in zip("ABCDE", (36.89, 71.66, 36.33, 36.33, 30.55)):
    ws.column_dimensions[col].width = w
for c, h in enumerate(["client_id", "client_secret", "organizationId", "account_name", "vertical"], 1):
    ws.cell(1, c, h)
for r, row in enumerate(rows, 2):
    for c, v in enumerate(row, 1):
        ws.cell(r, c, v)
save(wb, "accounts-en-us-apitenants.xlsx")
