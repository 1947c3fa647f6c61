"""
complaints-en-in-sellerinvestigations: an Indian life insurer's investigation tracker of complaints
against its own sellers (agents, bank-partner staff, employees), shared for a Power BI dashboard.

Source: deepakrpr981/Insurance-Complaint-Dashboard-Using-Power-BI, ComplaintsData.xlsx
(commit 281047802a178ca297c2df163d80dd9f8146954c).

Shape: one sheet "Sheet1", header in row 1, 68 columns, ~1,900 rows, one row per ticket (a ticket
repeated on a few rows). Every column naming the complainant or the policy — Complainant Type,
Complainant Dept, Ethics Hotline Case Number/Date, Policy Number, CSMS Number/, Complainant Name,
Complainant Email ID, Complainant Emp ID/AA ID, Issue Details, Agent Code, Em. Code, Finding — holds
'NA' on every row, and 'Issue against (Employee Name)' holds 'NA' or 'NA.': the file was
anonymised, so nothing in it says who complained or which policy. What is left: ticket numbers
(AGE…, NAGE…, MY…, WB… and some bare numbers), dates (mm-dd-yy), Month/Year (mmm-yy, 'CF' for cases
carried forward, which also puts 'CF' in Quarter), category / sub category (with 'Misselling' and
'Mis-selling' both), the accused seller's designation, band, location and channel (agency, bank
partners, web aggregators), zone written four ways, the investigating team and investigator's first
name, substantiation, HR action, status, aging and TAT buckets; 'NA', '-' and empty cells mixed;
Sr. No. empty on about a hundred rows.

A key-account manager imports nothing from it: no row names a client or a policy.

Partner names, investigator names and all other values are invented (values invented).
"""
import datetime

from fake import FIRST_IN, LAST_IN, Fake, save, workbook

f = Fake(3434)
r = f.r

HEAD = ["Sr. No.", "Ticket Number", "Linked Case", "Date of issue", "Month/Year", "Quarter", "Complainant Type",
        "Complainant Dept", "Ethics Hotline Case Number", "Ethics Hotline Date", "Policy Number", "CSMS Number/",
        "Complainant Name", "Complainant Email ID", "Complainant Emp ID/AA ID", "Escalated to", "Issue Details",
        "Category", "Sub Category", "Category Identification", "Agent Code", "Em. Code", "Issue against (Employee Name)",
        "Designation", "Band", "Location", "Location Code", "Department / Channel", "Function / Sub Channel", "Zone",
        "Sub Zone", "Allocated to (Team)", "Primary Investigator", "Secondary Investigator", "Allocation date",
        "Investigation Closure Date", "Finding", "Allegation Substantiated", "Reason for Substantiation",
        "CCM Ticket number", "Report sent to HR / DS /BP Date", "Report sent to HR Name", "Unit Name",
        "Recommended Action", "Action Taken by HR / DS / BP", "Action Taken Date", "Action Deviation",
        "Deviation Reason", "Deviation Level", "Action Deviation Approver Name", "Status as on date", "Current Status",
        "Closure Intimation", "FH Approval", "Aging", "Aging Bucket", "Date of  Case Closure", "Disha HRBP Mapping",
        "Year", "End to End Case TAT", "Investigation TAT", "Investigation TAT Bucket", "CM TAT", "CM TAT Bucket",
        "On Hold TAT", "Remarks", "Allegation Substantiated New", "IN TAT/ Out TAT"]

CATS = [("Misselling", "Incorrect Policy Features / T&C Explained", 378), ("Silent Grief", "Silent Grief", 184),
        ("Mortality Related Issues - Post Sales", "Medical Non-Disclosure", 166),
        ("Freelook Cancellation", "Freelook Cancellation", 150),
        ("Behavior Issues / Work Place Harassment", "Misbehavior (Abusive/ Threatening / Others)", 96),
        ("Information Security Breaches", "Data Leakage from Branch", 62),
        ("Agent Appointment & Servicing Issues", "Relative Hiring", 47), ("BGV Negative Cases", "BGV Negative Cases", 46),
        ("AML Frauds & Breach of Compliance Policies", "Third Party Payments", 45),
        ("Financial Misappropriation", "Cash Defalcation", 44), ("Unethical Business Practice", "Contact Manipulations", 40),
        ("Unethical Business Practice", "Misrepresentation of Facts", 34), ("Unethical Business Practice", "Others", 33),
        ("Mis-selling", "Incorrect Policy Features / T&C Explained", 31),
        ("Financial Misappropriation", "Renewal Premium Misappropriation", 22),
        ("AML Frauds & Breach of Compliance Policies", "Violation of Business Code of Conduct", 22),
        ("Agent Appointment & Servicing Issues", "Recruitment Process Manipulation", 21),
        ("Unethical Business Practice", "Signature Forgery", 20), ("Video POSV Manipulation", "Video POSV Manipulation", 20),
        ("Unethical Business Practice", "Document Tampering", 18), ("ISA Negative", "ISA Negative", 18),
        ("Freelook Cancellation", "Freelook Misselling", 18), ("BGV Negative Cases", "Dual Employement", 16),
        ("Unethical Business Practice", "Business Poaching / Commission Sharing", 15),
        ("Operational Responsibility Failure (Only for Operations Employee - Policy Level)",
         "Not performed enough due diligence", 14), ("BGV Negative Cases", "Dual Employment", 13),
        ("Mortality Related Issues - Post Sales", "Death Before Policy", 13),
        ("Behaviour Issues / Work Place Harassment", "Misbehavior (Abusive/ Threatening / Others)", 12),
        ("Unethical Business Practice", "Photo Morphing", 12),
        ("Facilities, Administrative & Marketing Breach", "Unapproved Brand Representation", 10),
        ("Freelook Misselling", "Freelook Misselling", 10), ("Operational Responsibility Failure", "Process Manipulation", 9)]
CAT_W = [c[2] for c in CATS]

CITIES = ["Delhi", "Home", "Mumbai", "Gurgaon", "Kolkata - GO2", "Patna", "Ahmedabad", "Lucknow", "Noida", "Kolkata",
          "Kanpur", "Mumbai - GO9", "BHOPAL", "Alwar", "Varanasi", "Chennai", "Amritsar", "Jhunjhunu", "Pune - GO1",
          "Bulandshaher 1", "Jaipur", "Indore", "Ranchi", "Nagpur", "Surat", "Ludhiana", "Hyderabad", "Bengaluru",
          "Dehradun", "Meerut", "Agra", "Guwahati", "Bhubaneswar", "Raipur", "NA"]
PARTNERS = ["Saffron Bank", "Saffron", "Coral Bank", "Lotus Co-op Bank", "Harbour Urban Bank", "Quickcover Aggregators"]
AGENCY = [("Agent", "Agents", "Agent"), ("Agency", "Agency - Sales", "Agency Associate"),
          ("Agency", "Agency Sales - North 1", "Agent Sales"), ("Agency", "Agency Sales - West 2", "Agent - PT"),
          ("IMF", "IMF & New Growth Initiatives", "Agent - IMF"), ("Internet Sales", "Agents", "Agent - Web Aggregator")]
STAFF = [("Customer Advisory Team", "CAT - Sales"), ("Customer Advisory Team", "CAT-Service to Sales"),
         ("IMF & New Growth Initiatives", "IMF & New Growth Initiatives"), ("Operations", "HO & Operations"),
         ("Direct Sales Force", "Agency - Sales"), ("Bancassurance", "Bancassurance YBL - Sales"),
         ("Human Resources", "NA"), ("Group Business", "Group Business")]
ZONES = [("North", "North"), ("East", "East"), ("West", "West"), ("North Zone", "North"), ("East Zone", "East"),
         ("South Zone", "South"), ("North Zone 1", "North"), ("South", "South"), ("West Zone 1", "West"),
         ("West Zone", "West"), ("North Zone 2", "North"), ("West Zone 2", "West"), ("NA", "North"),
         ("Home Office", "North")]
ZONE_W = [599, 218, 210, 178, 121, 106, 96, 90, 78, 68, 66, 39, 23, 7]
FPCU = [f.pick(FIRST_IN) for _ in range(6)]
CIU = [f"{f.pick(FIRST_IN)} {f.pick(LAST_IN)}" for _ in range(10)]
HRNAMES = [f"{f.pick(FIRST_IN)} {f.pick(LAST_IN)}" for _ in range(6)]
REASONS_NO = ["No impropriety established", "No impropriety against seller", "Available facts in favor of seller",
              "No Impropriety found against seller", "No impropriety against seller.", "Available facts fall in favour of seller",
              "No Impropriety against the seller"]
REASONS_YES = ["POSV Failure", "Unethical Business Practices", "Signature Forgery", "Email id manipulation",
               "unethical Business Practice", "Mobile number manipulation", "Mis-sell"]
ACTIONS_YES = ["Educatory", "Separation", "Warning letter", "Appointment Cancellation", "Reprimand", "Warning",
               "Already Resigned", "Already Terminated"]
OPEN_STATUS = ["Under Investigation"] * 24 + ["Pending with BP"] * 4 + ["Under Consequence Management"] * 2 + \
              ["Reconciliation Pending with CIU", "Report Not Sent", "Pending with DS", "Show Caused", "Add Info Open",
               "Pending with DSDO"]

AS_OF = datetime.datetime(2023, 2, 15)


def dt(a, b):
    d = f.date(a, b)
    return datetime.datetime(d.year, d.month, d.day)


def bucket(n, edges=((15, "0-15"), (30, "16-30"), (45, "31-45"), (60, "46-60"), (90, "61-90"))):
    for e, label in edges:
        if n <= e:
            return label
    return ">90"


def aging_bucket(n):
    for e, label in ((15, "0-15"), (30, "16-30"), (60, "31-60"), (90, "61-90"), (120, "91-120")):
        if n <= e:
            return label
    return ">120"


rows = []
serial = 400
tickets = {"AGE": 4600, "NAGE": 13300, "MY": 300, "WB": 100}
for i in range(1907):
    kind = r.choices(["NAGE", "AGE", "MY", "WB"], [636, 474, 690, 110])[0]
    tickets[kind] += r.randrange(1, 4)
    ticket = f"{kind}{tickets[kind]}"
    if kind == "MY" and r.random() < 0.15:
        ticket = tickets[kind]        # a bare number
    issue = dt(datetime.date(2021, 1, 4), datetime.date(2023, 1, 31))
    cf = issue < datetime.datetime(2021, 3, 20) and r.random() < 0.6
    q = "Q%d" % (((issue.month - 4) % 12) // 3 + 1)
    cat, sub, _ = r.choices(CATS, CAT_W)[0]
    zone, subzone = r.choices(ZONES, ZONE_W)[0]
    row = dict.fromkeys(HEAD)
    row.update({
        "Sr. No.": None if r.random() < 0.06 else serial + i * 5 + r.randrange(0, 5),
        "Ticket Number": ticket,
        "Linked Case": "NA" if r.random() < 0.8 else ("-" if r.random() < 0.85 else f"MY{r.randrange(300, 2700)}"),
        "Date of issue": issue,
        "Month/Year": "CF" if cf else datetime.datetime(issue.year, issue.month, 1),
        "Quarter": "CF" if cf else q,
        "Escalated to": r.choices(["NA", "CEO", "Legal Notice", "-", "No", None, "IRDAI", "MD Office"],
                                  [1737, 42, 20, 40, 20, 45, 6, 4])[0],
        "Category": cat, "Sub Category": sub,
        "Location": f.pick(CITIES), "Zone": zone, "Sub Zone": subzone,
    })
    for h in ["Complainant Type", "Complainant Dept", "Ethics Hotline Case Number", "Ethics Hotline Date", "Policy Number",
              "CSMS Number/", "Complainant Name", "Complainant Email ID", "Complainant Emp ID/AA ID", "Issue Details",
              "Agent Code", "Em. Code", "Finding"]:
        row[h] = "NA"
    if kind in ("AGE", "NAGE"):
        if r.random() < 0.35:
            partner = f.pick(PARTNERS)
            dept, func, desig = partner, f.pick(["Specified Person", "Specified Person", "Specified Person Grievance"]), \
                f.pick(["Specified Person", "Agent", "NA"])
        else:
            dept, func, desig = f.pick(AGENCY)
        row.update({"Category Identification": "NA", "Issue against (Employee Name)": "NA." if kind == "AGE" and r.random() < 0.3 else "NA",
                    "Designation": desig, "Band": "NA", "Location Code": "NA", "Department / Channel": dept,
                    "Function / Sub Channel": func, "Allocated to (Team)": r.choices(["FPCU", "CIU"], [893, 300])[0],
                    "Primary Investigator": f.pick(FPCU), "Secondary Investigator": "NA"})
    else:
        dept, func = f.pick(STAFF)
        row.update({"Category Identification": r.choices(["Employee", "Part-time employee", "Unknown", "NA"], [318, 68, 4, 200])[0],
                    "Issue against (Employee Name)": "NA", "Designation": r.choices(
                        ["NA", "Business Development Manager", "Elite Insurance Manager", "Agency Development Manager",
                         "Partner - Office Head", "Sr. Partner - Office Head", "Direct Natural"], [60, 6, 5, 4, 4, 6, 18])[0],
                    "Band": r.choices([5, 4, 3, 2, "NA", None], [331, 150, 64, 20, 100, 56])[0],
                    "Location Code": f"A{f.pick(['MUM', 'DEL', 'PUN', 'KOL', 'LKO'])}{r.randrange(1, 10)}" if r.random() < 0.6 else "NA",
                    "Department / Channel": dept, "Function / Sub Channel": func,
                    "Allocated to (Team)": r.choices(["CIU", "HR", "FIU", "Info Sec Team"], [354, 185, 89, 20])[0],
                    "Primary Investigator": f.pick(CIU), "Secondary Investigator": r.choices(["NA", None, f.pick(CIU)], [60, 30, 3])[0]})
    alloc = issue + datetime.timedelta(days=r.choice([0, 0, 0, 1, 2, 15]))
    row["Allocation date"] = alloc
    closed = alloc < AS_OF - datetime.timedelta(days=120) or r.random() < 0.55
    subst = r.choices(["No", "Yes", "Not Substantiated"], [626, 427, 394])[0] if closed else "Under Investigation"
    if closed:
        inv_close = alloc + datetime.timedelta(days=r.randrange(1, 92))
        row["Investigation Closure Date"] = inv_close
        row["Allegation Substantiated"] = subst
        yes = subst == "Yes"
        row["Reason for Substantiation"] = f.pick(REASONS_YES) if yes else r.choice([None, "NA", f.pick(REASONS_NO)])
        rec = f.pick(ACTIONS_YES) if yes else r.choice(["NIE", "NIE", "No Action"])
        row["Recommended Action"] = rec
        row["Action Taken by HR / DS / BP"] = rec if r.random() < 0.9 else "No Action"
        act = inv_close + datetime.timedelta(days=r.randrange(0, 20) if yes else 0)
        row["Action Taken Date"] = act
        row["Status as on date"] = "Closed"
        row["Current Status"] = "Closed"
        row["Date of  Case Closure"] = act
        row["Year"] = datetime.datetime(act.year, act.month, 1) if r.random() < 0.9 else "NA"
        e2e = (act - issue).days
        inv = (inv_close - alloc).days
        row["End to End Case TAT"] = e2e
        row["Investigation TAT"] = inv
        row["Investigation TAT Bucket"] = bucket(inv)
        if yes:
            cm = (act - inv_close).days
            row["CM TAT"], row["CM TAT Bucket"] = cm, bucket(cm)
            row["Report sent to HR / DS /BP Date"] = inv_close + datetime.timedelta(days=r.randrange(0, 6))
            row["Report sent to HR Name"] = r.choice(["CCM", f.pick(HRNAMES), "NA"])
            row["Unit Name"] = r.choice(["CCM", "HR", "CM", "NA"])
        row["IN TAT/ Out TAT"] = "In TAT" if e2e <= 45 else "Out TAT"
        if r.random() < 0.4:
            row["Aging"], row["Aging Bucket"] = "NA", "NA"
    else:
        row["Allegation Substantiated"] = "Under Investigation"
        status = f.pick(OPEN_STATUS)
        row["Status as on date"] = status
        row["Current Status"] = "Open"
        age = (AS_OF - issue).days
        row["Aging"], row["Aging Bucket"] = age, aging_bucket(age)
        row["Recommended Action"] = "BP-WIP" if status.startswith("Pending") else "NA"
        row["Action Taken by HR / DS / BP"] = row["Recommended Action"]
        row["Year"] = None if r.random() < 0.5 else "NA"
    row["Allegation Substantiated New"] = {"Yes": "Substantiated", "Under Investigation": "Under Investigation"}.get(
        subst, "Not Substantiated")
    na_tail = kind in ("AGE", "NAGE") or r.random() < 0.3
    for h in ["CCM Ticket number", "Action Deviation", "Deviation Reason", "Deviation Level", "Action Deviation Approver Name",
              "Closure Intimation", "FH Approval", "On Hold TAT", "Remarks"]:
        row[h] = "NA" if na_tail else None
    if not na_tail and r.random() < 0.15:
        row["CCM Ticket number"] = r.randrange(600, 800)
    if r.random() < 0.01:
        row["Remarks"] = "The following complaint was made at Ethics Hotline and forwarded to the team"
    if row["Aging"] is None and na_tail:
        row["Aging"], row["Aging Bucket"] = "NA", "NA"
    if r.random() < 0.1:
        row["Disha HRBP Mapping"] = r.choice(["North Zone 1", f.pick(HRNAMES), "West Zone 2"])
    rows.append(row)

r.shuffle(rows)
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEAD)
DATEFMT = {"Month/Year": "mmm-yy", "Year": "mmm-yy", "Report sent to HR / DS /BP Date": "d-mmm-yy"}
for row in rows:
    ws.append([row[h] for h in HEAD])
for col, h in enumerate(HEAD, 1):
    for cells in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        c = cells[0]
        if isinstance(c.value, datetime.datetime):
            c.number_format = DATEFMT.get(h, "mm-dd-yy")
ws.column_dimensions["A"].width = 13
save(wb, "complaints-en-in-sellerinvestigations.xlsx")
print(len(rows), "rows")
