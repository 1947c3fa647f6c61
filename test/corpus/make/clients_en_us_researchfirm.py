"""
Shape of burritk/company-list "client_list.xlsx" (at commit 6826030): a US market-research firm's
client list pulled from its project system and opened in Excel for Mac, one sheet "Sheet1", to be
enriched by a scraper. Header ProjectNo / clientid / OrganizationName / (an empty column, no
header) / Type / Industry / Founded / HQ / AreaS / Revenue / OpIncome / NetIncome / TotalAsset /
TotalEquity / NumEmploy / Twitmention, bold on the first three. Only the first three columns are
filled: a project number per row (five or six digits, in no order), the firm's account code (six
letters from the client's name as it was when the account was opened, then a four-digit serial:
renamed or merged companies keep their old code, one code is only digits) and the organisation
as it is called now, sorted by name. The same organisation appears under several account codes
(offices, acquired companies, renamed ones); three accounts have no organisation name. Names
carry legal forms of many countries, '&', brands after a slash, a town after a comma, leading
digits.
Values invented.
"""
import re

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-en-us-researchfirm")

HEAD = ["Abbott", "Acme", "Alder", "Apex", "Arbor", "Ashford", "Bayview", "Beacon", "Belmont", "Birch", "Blue Heron",
        "Bramble", "Brightline", "Calder", "Canyon", "Carver", "Cedar", "Chandler", "Clearwater", "Cobalt", "Copper",
        "Crestview", "Dalton", "Delmar", "Driftwood", "Eastgate", "Elm Street", "Emerald", "Evergreen", "Fairview",
        "Falcon", "Fenwick", "Foxglove", "Garnet", "Glenwood", "Granite", "Harbor", "Hartwell", "Hawthorne",
        "Highland", "Horizon", "Ironwood", "Juniper", "Keystone", "Kingsley", "Lakeshore", "Larkspur", "Linden",
        "Lockwood", "Magnolia", "Maple Leaf", "Meridian", "Millbrook", "Monarch", "Northwind", "Oakmont", "Orchard",
        "Pinnacle", "Prairie", "Quarry", "Redwood", "Ridgeway", "Riverbend", "Rosewood", "Sagebrush", "Silverline",
        "Stonebridge", "Summit", "Sycamore", "Tidewater", "Timberline", "Trident", "Union Square", "Valley Forge",
        "Vantage", "Westbrook", "Whitfield", "Willow Creek", "Windmere", "Yellowstone", "Zenith"]
CORE = ["Research", "Pharmaceuticals", "Foods", "Consulting Group", "Insurance", "Media", "Health", "Financial",
        "Bank", "Communications", "Brands", "Labs", "Motors", "Beverages", "Capital", "Partners", "Publishing",
        "Hotels", "Airlines", "Software", "Retail", "Energy", "Biosciences", "Apparel", "Toys", "Logistics",
        "Marketing", "Analytics", "Mutual", "Telecom", "Advertising", "Home Products", "Outdoor", "Pet Care"]
FORMS = [", Inc.", " Inc.", " Inc", " LLC", " Corporation", " Corp.", " Company", " Co.", " Ltd.", " Ltd", " Limited",
         " Pty Ltd.", " GmbH", " AG", " plc", " S.A.", " B.V.", " Group", "", "", "", "", "", ""]
TOWNS = ["Southington", "Dallas", "Toronto", "Basel", "Chicago", "Sydney", "Hamburg"]


def org():
    kind = f.r.random()
    if kind < 0.04:
        return f"{f.r.randrange(1, 999)} {f.pick(HEAD)} {f.pick(CORE)}{f.pick(FORMS)}"
    if kind < 0.08:
        return f"1-800-{f.pick(HEAD).upper().replace(' ', '')}"
    if kind < 0.14:
        return f"{f.pick(HEAD)} & {f.pick(HEAD)}{f.pick(FORMS)}"
    if kind < 0.18:
        return f"{f.pick(HEAD)} {f.pick(CORE)}/{f.pick(HEAD)}"
    if kind < 0.21:
        return f"{f.pick(HEAD)} {f.pick(CORE)}, {f.pick(TOWNS)}"
    if kind < 0.26:
        return f"{f.pick(HEAD)} University"
    return f"{f.pick(HEAD)} {f.pick(CORE)}{f.pick(FORMS)}"


def stem(name):
    letters = re.sub(r"[^A-Z0-9&]", "", name.upper().replace("1-800-", "1800"))
    return (letters + "XXXXXX")[:6]


serials = {}


def code(name):
    s = stem(name)
    serials[s] = serials.get(s, 0) + f.pick([1, 1, 1, 2, 5, 11])
    return f"{s}{serials[s]:04d}"


names = []
seen = set()
while len(names) < 2150:
    n = org()
    if n not in seen:
        seen.add(n)
        names.append(n)

accounts = []                                   # (name, code)
for n in names:
    accounts.append((n, code(n)))
    if f.chance(0.045):                         # the same organisation under more account codes
        for _ in range(f.pick([1, 1, 2, 3, 4, 5])):
            old = org() if f.chance(0.5) else n  # an acquired or renamed company keeps its old code
            accounts.append((n, code(old)))
accounts.append((None, code(org())))
accounts.append((None, code(org())))
accounts.append((None, str(f.r.randrange(10000000, 10099999))))


def sort_key(a):
    return (a[0] or f.pick(names)).lower()


accounts.sort(key=sort_key)
projects = set()
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ProjectNo", "clientid", "OrganizationName", None, "Type", "Industry", "Founded", "HQ", "AreaS", "Revenue",
           "OpIncome", "NetIncome", "TotalAsset", "TotalEquity", "NumEmploy", "Twitmention"])
for c in ws[1][:3]:
    c.font = Font(bold=True)
for name, acct in accounts:
    while True:
        p = f.r.randrange(16000, 436000)
        if p not in projects:
            projects.add(p)
            break
    ws.append([p, acct, name])
ws.column_dimensions["B"].width = 17.5
ws.column_dimensions["D"].width = 26

save(wb, "clients-en-us-researchfirm.xlsx")

if __name__ == "__main__":
    import collections
    import os
    if os.environ.get("SHOW"):
        c = collections.Counter(a[0] for a in accounts if a[0])
        print(len(accounts), len(c), sum(1 for v in c.values() if v > 1), c.most_common(3))
        print([a for a in accounts if not a[0]])
        print(accounts[:8])
