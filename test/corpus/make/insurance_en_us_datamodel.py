"""
Shape of DahmaniDev/Talend_Data_Integration "Insurance Data.xlsx": a US insurer's data extract
for a data-integration exercise, made in Excel from database tables, eighteen sheets, each a
table with its column names on row 1, no titles. Row counts scaled down from about 12,000.

- "Brokers" (id, code Brk-000073, full name, network, channel, commission schema), "Products"
  (id, category, sub-category, code), "Regions" (a US city table: id, name, county, state …,
  time_zone, with empty columns to Z), "Customers" (CustomerID / LastName / FirstName /
  BirthDate / Gender / ParticipantType / RegionID / MaritalStatus — the given name sits under
  LastName and the family name under FirstName; COMPANY rows carry a company name under LastName
  and nothing else, sometimes with a trailing space), "Claims" (claim id, customer, broker,
  policy, product, status code, settlement date as m/d/yyyy text, "$6152.45" amounts as text,
  handled-by employee), lookup tables "Claims_Status", "Insurance_types", "State Regions",
  "Priorities", "Statuses", "Categories" (upper-case descriptions, an Active flag),
  "Sources", "Types", "Employees" (20 staff with e-mail), "Policies" (policy id, type code,
  start and renewal dates: no holder), "Commission", "Complains Data" (complaint id, dates
  d/m/yyyy, customer id, broker, product and five more code columns, "NULL" typed where the
  completion date or administrator is missing, SAT/NSA/N/A satisfaction, expected
  reimbursement mostly 0, handled-by employee id) and "Status History Data" (status changes of
  complaints).
Values invented.
"""
import datetime

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("insurance-en-us-datamodel")
FIRST = FIRST_EN + ["Christine", "Thomas", "Cynthia", "Gary", "Walter", "Peter", "Alan", "Diane", "Ruth", "Keith",
                    "Janet", "Russell", "Gloria", "Harold", "Teresa", "Dennis", "Marilyn", "Wayne", "Judith", "Roy"]
LAST = LAST_EN + ["Bowmont", "Burkett", "Pownall", "Bakewell", "Owensby", "Lawrie", "Hunterson", "Greaves",
                  "Tillman", "Radcliffe", "Sorensen", "Whitlock", "Prendergast", "Mayhew", "Calloway", "Fenwick"]
DMY = "d/m/yyyy"


def sheet(wb, title, header, rows, formats=None):
    ws = wb.create_sheet(title)
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col, fmt in (formats or {}).items():
        for n in range(2, ws.max_row + 1):
            if isinstance(ws.cell(n, col).value, (datetime.date, datetime.datetime)):
                ws.cell(n, col).number_format = fmt
    return ws


wb = workbook()
wb.remove(wb.active)

# Brokers ------------------------------------------------------------------------------------------
networks = {"Direct": ["Tele sales", "Headquarters", "CDW"], "Brokers": ["XPA", "Agency", "Independent"],
            "Bancassurance": ["Bank Branches", "Web banking", "Headquarters"]}
broker_ids = sorted(f.r.sample(range(60, 12000), 300))
brokers = []
for b in broker_ids:
    net = f.pick(["Direct"] * 5 + ["Brokers"] * 3 + ["Bancassurance"])
    brokers.append([b, f"Brk-{b:06d}", f"{f.pick(FIRST)} {f.pick(LAST)}", net, f.pick(networks[net]),
                    f"Comm-{f.r.randrange(1, 9)}"])
sheet(wb, "Brokers", ["BrokerID", "BrokerCode", "BrokerFullName", "DistributionNetwork", "DistributionChannel",
                      "CommissionSchema"], brokers)

# Products -----------------------------------------------------------------------------------------
cats = [("Property", "Non Mortgaged", "PNM"), ("Mortgaged", "Mortgaged Property", "MMP"), ("Motor", "Private Car", "MPC"),
        ("Motor", "Fleet", "MFL"), ("Life", "Term Life", "LTL"), ("Life", "Savings", "LSV"), ("Travel", "Single Trip", "TST"),
        ("Health", "Outpatient", "HOP"), ("Health", "Hospital Care", "HHC")]
products = []
for pid in range(1, 78):
    cat, sub, code = cats[min((pid - 1) * len(cats) // 77, len(cats) - 1)]
    products.append([pid, cat, sub, f"{code}-{pid:03d}"])
sheet(wb, "Products", ["ProductID", "ProductCategory", "ProductSubCategory", "Product"], products)

# Regions ------------------------------------------------------------------------------------------
STATES = [("AL", "Alabama", "South", "America/Chicago"), ("AZ", "Arizona", "West", "America/Phoenix"),
          ("CA", "California", "West", "America/Los_Angeles"), ("CO", "Colorado", "West", "America/Denver"),
          ("FL", "Florida", "South", "America/New_York"), ("GA", "Georgia", "South", "America/New_York"),
          ("IL", "Illinois", "Midwest", "America/Chicago"), ("MI", "Michigan", "Midwest", "America/Detroit"),
          ("NY", "New York", "Northeast", "America/New_York"), ("OH", "Ohio", "Midwest", "America/New_York"),
          ("TX", "Texas", "South", "America/Chicago"), ("WA", "Washington", "West", "America/Los_Angeles"),
          ("WY", "Wyoming", "West", "America/Denver"), ("PA", "Pennsylvania", "Northeast", "America/New_York")]
TOWNS = ["Ashford", "Brookfield", "Cedar Falls", "Dalton", "Elmwood", "Fairview", "Glenwood", "Harrison", "Kingsport",
         "Lakeside", "Maplewood", "Newport", "Oakridge", "Pinecrest", "Riverton", "Springdale", "Westfield",
         "Clayton", "Milford", "Salem", "Franklin", "Greenville", "Jackson", "Madison", "Marion", "Auburn"]
regions = []
for rid in range(1, 301):
    st = STATES[(rid - 1) * len(STATES) // 300]
    pop = f.r.randrange(30000, 900000)
    regions.append([rid, f.pick(TOWNS), f"{f.pick(LAST)} County", st[0], st[1], "City",
                    round(f.r.uniform(26, 48), 5), round(f.r.uniform(-122, -74), 5), str(f.r.randrange(201, 990)),
                    pop, pop * 2 // 5, f.r.randrange(28000, 90000), f.r.randrange(10**7, 10**9),
                    f.r.randrange(10**5, 10**7), st[3]])
ws = sheet(wb, "Regions", ["id", "name", "county", "state_code", "state", "type", "latitude", "longitude", "area_code",
                           "population", "households", "median_income", "land_area", "water_area", "time_zone"], regions)
ws.column_dimensions["Z"].width = 9          # the table's columns ran to Z

# Customers ----------------------------------------------------------------------------------------
COMPANIES = ["Stratus Corp", "Natures ", "Gadal ", "Lakeshore Dental Group", "Brightline Logistics", "Pioneer Feeds",
             "Harbor Point Marina", "Summit Roofing Inc", "Redwood Analytics", "Keystone Bakery ", "Orchard Lane LLC",
             "Bluewater Charters", "Granite State Movers", "Copperfield Foods", "Northwind Traders ", "Silverleaf Spa",
             "Ironwood Builders", "Maple & Finch", "Tri-County Auto", "Evergreen Nursery", "Crestview Motel",
             "Juniper Health", "Canyon Outfitters", "Beacon Print Shop", "Riverbend Farms", "Union Hardware"]
ids = sorted(f.r.sample(range(18, 2600000), 2500))
customers = []
companies = iter(COMPANIES)
for k, cid in enumerate(ids):
    if k % 97 == 13:
        name = next(companies, None)
        if name:
            customers.append([cid, name, None, None, None, "COMPANY", f.r.randrange(1, 301), None])
            continue
    given, family = f.pick(FIRST), f.pick(LAST)
    customers.append([cid, given, family, datetime.datetime.combine(
        f.date(datetime.date(1940, 1, 1), datetime.date(2001, 12, 31)), datetime.time()),
        f.pick(["MALE", "FEMALE"]), "INDIVIDUAL", f.r.randrange(1, 301),
        f.pick(["Married"] * 11 + ["Single"] * 7 + ["Divorced"] * 2)])
sheet(wb, "Customers", ["CustomerID", "LastName", "FirstName", "BirthDate", "Gender", "ParticipantType", "RegionID",
                        "MaritalStatus"], customers, {4: DMY})

employees = list(range(1000, 1020))
# Claims -------------------------------------------------------------------------------------------
claims = []
for k in range(150):
    c = f.pick(customers)
    status = f.r.randrange(10, 18)
    settled = f.date(datetime.date(2012, 1, 1), datetime.date(2019, 12, 31)) if status == 17 else None
    amount = round(f.r.uniform(1500, 9000), 2)
    claims.append([1 + 200 * k, c[0], f.pick(broker_ids), 1010 + k, f.r.randrange(1, 78), status,
                   f"{settled.month}/{settled.day}/{settled.year}" if settled else None, f"${amount:.2f}",
                   f"${amount * f.r.uniform(0.4, 0.9):.2f}", f.pick(employees)])
sheet(wb, "Claims", ["Claim_id", "CustomerID", "BrokerID", "Policy_id", "ProductID", "Status_Code", "settlement_date",
                     "Claim_amount", "Paid_amount", "Handled_by"], claims)
sheet(wb, "Claims_Status", ["Status_Code", "Claim_Status"],
      [[10, "Prepared"], [11, "Submitted"], [12, "In progress"], [13, "More Info Required"], [14, "Accepted"],
       [15, "Rejected"], [16, "Paid Pending"], [17, "Settled"]])
sheet(wb, "Insurance_types", ["Ins_Type_Code", "Type_description"],
      [[1, "Life Insurance"], [2, "Motor Insurance"], [3, "Travel Insurance"], [4, "Property Insurance"],
       [5, "Health Insurance"]])
sheet(wb, "State Regions", ["State Code", "State", "Region"], [[s[0], s[1], s[2]] for s in STATES])
sheet(wb, "Priorities", ["ID", "Description"], [[1, "Urgent"], [2, "Non Urgent"]])
STATUSES = [[1, "OUTSTANDING"], [2, "NEW"], [3, "IN PROGRESS"], [4, "ASSIGNED TO"], [5, "RESOLVED"], [6, "PENDING"],
            [9, "CLOSED"]]
sheet(wb, "Statuses", ["ID", "Description"], STATUSES)
CATS = ["REVIVAL REQUEST", "CONTRACT NOTICE", "POLICY CANCELLATION REQUEST", "DISCLAIMER OF A SERVICE ",
        "AUTOMATIC RENEWAL WITHOUT THE CUSTOMER'S CONSENT", "MODIFICATION REQUEST", "DIFFERENCES IN PREMIUM",
        "POOR SERVICE", "POOR INFORMATION (BEFORE OR WITH THE SALE)", "DELAY IN CLAIM PAYMENT", "CLAIM REJECTION",
        "WRONG CHARGE", "UNREACHABLE CALL CENTER", "DOCUMENTS NOT RECEIVED", "AGENT BEHAVIOUR", "REFUND REQUEST"]
categories = [[i + 1, c, 0 if i == 4 else 1] for i, c in enumerate(CATS)] + [[57, "INFORMATION REQUEST", 1],
                                                                           [59, "COMPLAINT - GENERAL", 1],
                                                                           [999, "Other", 1]]
sheet(wb, "Categories", ["ID", "Description", "Active"], categories)
sheet(wb, "Sources", ["ID", "Description"],
      [[1, "Bank Branch"], [2, "Tele"], [3, "Bank HQ"], [4, "Partner"], [5, "Company HQ"], [6, "Intermediary"],
       [7, "CRO"], [8, "Call Center"], [9, "Bank Small Business"]])
sheet(wb, "Types", ["ID", "Description"],
      [[1, "Court"], [2, "In person"], [3, "Written"], [4, "Court Order"], [5, "Email"], [6, "Fax"], [7, "Phone"],
       [8, "Call center"], [9, "Partner / Bank"], [99, "Other"]])
staff = []
for e in employees:
    first, last = f.pick(FIRST), f.pick(LAST)
    staff.append([e, first, last, f.email(f"{first[0].lower()}{last.lower()}{e - 1000}")])
sheet(wb, "Employees", ["Employee_id", "first_name", "last_name", "email"], staff)
policies = []
for k in range(150):
    start = f.date(datetime.date(2015, 1, 1), datetime.date(2018, 12, 31))
    policies.append([1010 + k, f.r.randrange(1, 6), datetime.datetime.combine(start, datetime.time()),
                     datetime.datetime.combine(start + datetime.timedelta(days=f.r.randrange(400, 1500)), datetime.time())])
sheet(wb, "Policies", ["Policy_id", "Type", "Policy_start_date", "Policy_Renewal_date"], policies, {3: DMY, 4: DMY})
sheet(wb, "Commission", ["Comm_ref", "Commission"],
      [["Comm-1", 10], ["Comm-2", 15], ["Comm-3", 20], ["Comm-4", 25], ["Comm-5", 30], ["Comm-6", 35],
       ["Comm-7", "Bonus Based"], ["Comm-8", "No Commission"]])

# Complains Data -----------------------------------------------------------------------------------
people = [c for c in customers]
complaints = []
cid = 7
day = datetime.date(2011, 12, 20)
for k in range(3000):
    cid += f.r.randrange(1, 9)
    day += datetime.timedelta(days=f.r.choice([0, 0, 0, 1, 1, 2]))
    status = 9 if f.chance(0.985) else f.pick([2, 3, 4])
    done = day + datetime.timedelta(days=f.r.randrange(1, 45))
    cust = f.pick(people)
    complaints.append([cid, datetime.datetime.combine(day, datetime.time()),
                       "NULL" if status != 9 or f.chance(0.002) else datetime.datetime.combine(done, datetime.time()),
                       cust[0], f.pick(broker_ids), f.r.randrange(1, 78), 1 if f.chance(0.04) else 2,
                       f.pick([5] * 8 + [3] * 4 + [6, 7, 1, 8]), f.pick([5] * 12 + [1, 7, 8, 2]),
                       f.pick([59, 57, 12, 15, 11, 10, 8, 3, 2, 1, 999]), status,
                       "NULL" if f.chance(0.012) else f.pick([98] * 8 + [16] * 4 + [42, 85]),
                       f.pick(["SAT"] * 10 + ["N/A"] * 9 + ["NSA"]),
                       0 if f.chance(0.995) else f.pick([640, 3000, 15000.74]), f.pick(employees)])
sheet(wb, "Complains Data", ["ID", "ComplainDate", "CompletionDate", "CustomerID", "BrokerID", "ProductID",
                             "ComplainPriorityID", "ComplainTypeID", "ComplainSourceID", "ComplainCategoryID",
                             "ComplainStatusID", "AdministratorID", "ClientSatisfaction", "ExpectedReimbursement",
                             "Handled_By"], complaints, {2: DMY, 3: DMY})
history = []
hid = 1
for c in f.r.sample(complaints, 900):
    when = c[1]
    for st in f.pick([[1, 9], [2, 1, 9], [2, 4, 9], [1, 4, 5, 9]]):
        history.append([hid, c[0], st, when])
        hid += 1
        when = when + datetime.timedelta(days=f.r.randrange(0, 6))
f.r.shuffle(history)
sheet(wb, "Status History Data", ["ID", "ComplaintID", "ComplaintStatusID", "StatusDate"], history, {4: DMY})

save(wb, "insurance-en-us-datamodel.xlsx")
