"""
Shape of jim3692/intro-to-apex "leads.ods": a Salesforce developer's lead query results pasted
into LibreOffice Calc (.ods) while testing a duplicate-lead trigger. Two sheets.

- "Sheet1": a query result with the tool's columns _ / Id / FirstName / LastName / Email / Title /
  Company / Status: "[Lead]" in _, an 18-character lead id, then the lead. 13 leads, thirteen empty
  rows, then a second paste of 9 more leads from column C on (FirstName … Status, under its own
  header row, no _ and no Id).
- "Sheet2": the same query later, sorted by first name, 14 rows: 12 of the first leads, two of them
  twice with a new id (the duplicates the trigger let through), then after six empty rows a little
  list in column B: "Id" and the two new ids.
- Lead statuses: Open - Not Contacted, Working - Contacted, Closed - Converted, Closed - Not
  Converted. Titles like "SVP, Procurement"; company names with Inc., Corp., plc, a misspelling.
Values invented.
"""
from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("leads-en-us-salesforceods")

COMPANIES = ["Gulf Growers Coop.", "Harbor Mutual Insurance", "Keystone Controls", "Lakeview Health Services",
             "Transoceanic Freight Co.", "Cardinell Inc.", "Northline Transport", "TRX Corp.", "Orion Chemicals",
             "Westlake Telecommunications Corp.", "Brightwater Trading", "Summit Media", "Granite Construction Inc.",
             "Ashford plc", "Evergreen Home Products", "Bluebird Entertainment Corp.", "Ironside Steel Inc.",
             "Carolina Textiles Corp of America", "Apex Industrial Partners", "Pacific Coast Retail Group",
             "Highpoint Manufacturing Ltd.", "Federal Banking Corp."]
TITLES = ["Director of Vendor Relations", "CFO", "SVP, Procurement", "VP, Technology", "CEO", "VP, Finance",
          "Regional General Manager", "SVP, Production", "SVP, Technology", "VP, Facilities",
          "SVP, Administration and Finance", "SVP, Operations", "Director, Warehouse Mgmt", "VP, Production",
          "VP, Administration"]
STATUSES = ["Working - Contacted", "Open - Not Contacted", "Closed - Converted", "Closed - Not Converted"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
FIRST = FIRST_EN + ["Bertha", "Phyllis", "Jeff", "Kathy", "Norm", "Pamela", "Shelly", "Violet", "Brenda", "Kristen"]
LAST = LAST_EN + ["Boxer", "Cotton", "Glimpse", "Braund", "Feager", "Snyder", "Brownell", "Owenby", "Stumuller",
                  "Eberhard", "Crenshaw", "Monaco"]


def lead_id(n):
    return f"00Q0600000Y3{n}{f.pick(['EAZ', 'EAJ'])}"


def lead(company):
    first, last = f.pick(FIRST), f.pick(LAST)
    while (first, last) in seen:
        first, last = f.pick(FIRST), f.pick(LAST)
    seen.add((first, last))
    dom = "".join(ch for ch in company.lower().split()[0] if ch.isalpha())
    local = f.pick([first.lower(), f"{first[0].lower()}{last.lower()}", f"{first.lower()}_{last.lower()}",
                    f"{first.lower()}.{last.lower()}", f"{first.lower()}{last[0].lower()}"])
    return [first, last, f"{local}@{dom}.test", f.pick(TITLES), company,
            f.r.choices(STATUSES, [6, 3, 2, 2])[0]]


seen = set()
first_block = [lead(c) for c in COMPANIES[:13]]
second_block = [lead(c) for c in COMPANIES[13:]]
second_block[5][1] += " Jr"
ids = [lead_id("aL" + c) for c in "WXYZabcdefghi"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["_", "Id", "FirstName", "LastName", "Email", "Title", "Company", "Status"])
for i, r in zip(ids, first_block):
    ws.append(["[Lead]", i] + r)
start = ws.max_row + 14
for j, h in enumerate(["FirstName", "LastName", "Email", "Title", "Company", "Status"]):
    ws.cell(start, 3 + j, h)
for k, r in enumerate(second_block):
    for j, v in enumerate(r):
        ws.cell(start + 1 + k, 3 + j, v)

ws2 = wb.create_sheet("Sheet2")
ws2.append(["_", "Id", "FirstName", "LastName", "Email", "Title", "Company", "Status"])
later = [(i, r) for i, r in zip(ids, first_block)]
del later[1]                                             # one lead gone by the second query
new_ids = [lead_id("gN" + c) for c in "no"]
dups = [(new_ids[0], later[1][1]), (new_ids[1], later[2][1])]
rows = later + dups
rows.sort(key=lambda t: (t[1][0], t[1][1], t[0] not in new_ids))
for i, r in rows:
    ws2.append(["[Lead]", i] + r)
ws2.cell(ws2.max_row + 7, 2, "Id")
for k, i in enumerate(new_ids):
    ws2.cell(ws2.max_row + 1, 2, i)
for sheet in (ws, ws2):
    for col, w in zip("ABCDEFGH", [8, 22, 12, 14, 34, 32, 34, 24]):
        sheet.column_dimensions[col].width = w

save(wb, "leads-en-us-salesforceods.ods", libreoffice="ods")
