"""
Shape of DhruvShah05/Insta-Insure-Website "insurance_data.xlsx": a Mumbai general-insurance
broker's export of its policy app (a database dumped to Excel by a script, no styles), one sheet
per financial year of policies plus the app's tables:

- "2025-26" (12 policies, 50 columns) and "2024-25" (54 policies, 58 columns): Policy ID (the
  app's id, not in order) / Client Name (the account: a person, a family head, a firm, or a
  referrer whose customers sit under him) / Member Name (the insured person, firm or vehicle
  owner) / Policy Number (text, each insurer's spelling, one with a leading space) / Insurance
  Company / Product Type (MOTOR INSURANCE, HEALTH INSURANCE, TRAVEL …) / Agent Name (the broker's
  staff, 'OTHERS' once) / Policy Start Date and Policy End Date (text dd/mm/yyyy; health policies
  for three years) / Payment Date / Business Type (NEW, RENEWAL, ROLL OVER) / Group / Subgroup
  (family or firm groupings) / Remarks (a vehicle registration with the model, 'HEALTH INSURANCE -
  NAME') / Sum Insured / Net Premium / Addon Premium / TP/TR Premium / GST % / Gross Premium /
  Commission % / Commission Amount (text '4701.80') / Commission Received / One Time Insurance
  ('No') / Payment Details (ONLINE, UPI, a cheque number) / File Path / Drive File ID / Drive
  Path / Drive URL / Last Reminder Sent / Renewed At / Created At / Updated At (ISO time stamps) /
  health plan and member columns / factory cover columns. The developer's own test policies
  (fake numbers such as 'OG123', tiny premiums) sit among the real ones.
- "Clients" (45): client_id (initials + 01) / prefix / name / phone ('91' + mobile, a US number
  once) / email (the broker's own address on two rows).
- "Members" (61): member_id / client_id / member_name / client_name / client_email / client_phone:
  every insured person or firm under an account, the account holder himself on most.
- "Pending Policies" (6): policies paid for and waiting for their policy number (snake_case
  columns, ISO dates, TRUE/FALSE).
- "Policy History" (6): archived earlier versions of edited or renewed policies.
Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("policies-en-in-brokerapp")
r = f.r

STAFF = ["Kavita Mehta"] * 8 + ["Rohan Mehta"] * 10 + ["Ajit Sawant"] * 2
GIV = ["AARUSH", "ISHITA", "KUNAL", "TANVI", "HEMANT", "POOJA", "RITESH", "SNEHA", "DEVANG", "MANSI", "PRANAV",
       "SWATI", "YOGESH", "HETAL", "NILESH", "KOMAL", "TUSHAR", "BHAVNA", "ALPESH", "RUCHI", "DARSHAN", "FALGUNI",
       "JIGNESH", "KINJAL", "MAYUR", "NEHAL", "PARAG", "REKHA", "SAMEERA", "UDAY", "VAISHALI", "ZUBIN", "CYRUS"]
SUR = ["KHANDELWAL", "DESAI", "TRIVEDI", "VORA", "KAPADIA", "GANDHI", "PATEL", "SHETH", "AMIN", "PAREKH",
       "NANAVATI", "DOSHI", "MODY", "QURESHI", "PINTO", "D'COSTA", "IYER", "KULKARNI", "GOKHALE", "RANADE",
       "WADIA", "BATLIWALA", "CONTRACTOR", "MERCHANT", "TALWAR", "SEKHRI", "OBEROI", "RAHEJA"]
FIRMS = ["PERFECT HOUSE PVT LTD", "LYKIS LIMITED", "PARTH INTERNATIONAL", "GANSONS PRIVATE LIMITED",
         "APEX PRECISION MECHATRONIX PVT LTD", "UNIVERSAL INDUSTRIAL PRODUCTS", "ST JOSEPHS CHURCH TRUST",
         "KOTADIA WOOLTEX", "BOMBAY MERCH", "MARSHAH INDL ELECT CO PVT LTD", "JAYAS VENTURES PVT LTD"]
FIRMS = [x.replace("GANSONS", "GANDHARVA").replace("LYKIS", "LYRAX").replace("MARSHAH", "MARSHALL").replace("KOTADIA", "KORADIA")
         .replace("PARTH", "PRATHAM").replace("APEX", "APTUS").replace("JAYAS", "JAYANT").replace("BOMBAY MERCH", "BANDRA MERCH")
         .replace("PERFECT HOUSE", "PERFECT HOME").replace("UNIVERSAL", "UNIVERSE").replace("ST JOSEPHS", "ST JUDES") for x in FIRMS]

used = set()


def person():
    for _ in range(1000):
        n = f"{r.choice(GIV)} {r.choice(SUR)}"
        if n not in used:
            used.add(n)
            return n


def initials(name):
    w = [x for x in name.replace(".", " ").split() if x not in ("PVT", "LTD", "CO", "LIMITED", "PRIVATE")]
    return "".join(x[0] for x in w[:3]).upper()


def phone():
    return "91" + f.mobile_in()


def mail(name):
    local = name.lower().replace(" ", r.choice([".", "_", ""]))[:18]
    return f.email(local)


# accounts: (client_id, prefix, name, phone, email) and their members
accounts, ids = [], {}
def add_account(name, email=None, ph="auto"):
    p = initials(name)
    ids[p] = ids.get(p, 0) + 1
    cid = f"{p}{ids[p]:02d}"
    accounts.append([cid, p, name, phone() if ph == "auto" else ph, email or mail(name)])
    return accounts[-1]


PRINCIPAL = add_account("ROHAN MEHTA", email="rohan@example.com")
TESTER = add_account("Aarav Mehta", email="aarav.mehta@example.net")
while len(accounts) < 33:
    add_account(person())
for firm in FIRMS:
    add_account(firm)
add_account("UDAY WADIA", email="info@example.com", ph="+1 310 555 0147")      # abroad: the broker's own address
assert len(accounts) == 45, len(accounts)

members = []
mid = 1
REFERRER = accounts[5]          # an account under which a referrer's own customers are insured
for a in accounts:
    self_member = (mid, a[0], a[2], a[2], a[4], a[3])
    members.append(self_member)
    mid += 1
    extra = 0
    if a is REFERRER:
        extra = 4
    elif a[2] in FIRMS and r.random() < 0.4:
        extra = r.choice([1, 3])
    elif r.random() < 0.12:
        extra = 1
    for _ in range(extra):
        if r.random() < 0.1:
            mid += 1                     # a deleted member leaves a gap
        sur = a[2].split()[-1] if a is not REFERRER and a[2] not in FIRMS else r.choice(SUR)
        m = f"{r.choice(GIV)} {sur}"
        members.append((mid, a[0], m, a[2], a[4], a[3]))
        mid += 1
while len(members) < 61:
    a = r.choice(accounts[2:30])
    members.append((mid, a[0], f"{r.choice(GIV)} {a[2].split()[-1]}", a[2], a[4], a[3]))
    mid += 1
members = members[:61]
r.shuffle(members)

INSURERS = [("Bajaj General Insurance Limited", 32), ("Tata AIG General Insurance Co Ltd", 15),
            ("Generali Central Insurance Co Ltd", 5), ("ICICI Lombard General Insurance Co Ltd", 2)]
PRODUCTS = ["HEALTH INSURANCE"] * 22 + ["MOTOR INSURANCE"] * 9 + ["TRAVEL INSURANCE"] * 7 + ["PERSONAL ACCIDENT"] * 3 + \
           ["FIRE INSURANCE", "FIRE INSURANCE", "BURGLARY INSURANCE", "BURGLARY INSURANCE", "ACCIDENT INSURANCE",
            "ACCIDENT INSURANCE", "CYBER INSURANCE", "CYBER INSURANCE", "MARINE INSURANCE", "DIRECTOR & OFFICER LIABILITY",
            "BHARAT GRIHA RAKSHA", "BHARAT LAGHU UDYAM SURAKSHA"]
CARS = ["T.NEXON", "K.CARENS", "H.ALCAZAR", "H.SANTA FE", "S.KODIAQ", "M. BENZ", "H.JAZZ", "H.ACTIVA", "KIA EV6", "MG HECTOR"]


def polno(ins, product):
    if ins.startswith("Bajaj"):
        if product in ("HEALTH INSURANCE", "PERSONAL ACCIDENT", "ACCIDENT INSURANCE"):
            return f"12-{r.choice(['8450', '8456', '8432', '6403'])}-{r.randrange(10**10):010d}-{r.randrange(0, 12):02d}"
        return f"OG-25-1908-{r.randrange(1000, 9999)}-{r.randrange(10**8):08d}"
    if ins.startswith("Tata"):
        return f"{r.choice(['62', '61', '70', '71'])}{r.randrange(10**8):08d}"
    if ins.startswith("Generali"):
        return f"132/02/11/1125/MTP/{r.randrange(10**10):010d}"
    return f"4193i/APRN/{r.randrange(10**9)}/01/000"


def dmy(d):
    return d.strftime("%d/%m/%Y")


def stamp(d):
    return f"{d.isoformat()}T{r.randrange(8, 21):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(10**6):06d}+00:00"


def policy(pid, start, fy_cols, acct=None, member=None, test=False):
    if member is None:
        member = r.choice(members)
    acct = next(a for a in accounts if a[0] == member[1])
    ins = r.choices([i for i, _ in INSURERS], [w for _, w in INSURERS])[0]
    product = r.choice(PRODUCTS)
    if product == "MOTOR INSURANCE" and ins.startswith("ICICI"):
        ins = "Tata AIG General Insurance Co Ltd"
    years = 3 if product == "HEALTH INSURANCE" and r.random() < 0.2 else 1
    end = start.replace(year=start.year + years) - datetime.timedelta(days=1)
    net = r.randrange(2000, 90000) if product != "MOTOR INSURANCE" else r.randrange(300, 40000)
    tp = r.choice([None, None, 0, r.randrange(400, 9000)]) if product == "MOTOR INSURANCE" else r.choice([None, None, 0])
    gross = round((net + (tp or 0)) * 1.18, r.choice([0, 0, 0, 2]))
    comm = r.choice([10, 15, 15, 15, 18, 20, 40 if product == "TRAVEL INSURANCE" else 15])
    remarks = (f"MH-{r.randrange(1, 48):02d}-{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}-{r.randrange(1000, 9999)}({r.choice(CARS)})"
               if product == "MOTOR INSURANCE" else r.choice([f"{product} - {member[2]}", product, f"{product.split()[0]} TOP UP - {member[2].split()[0]}", None]))
    pno = polno(ins, product)
    agent = r.choice(STAFF)
    if test:
        pno, net, gross, agent, remarks = r.choice(["OG123", "POIL987", "XYZ456"]), 1000, 1298, "Aarav Mehta", r.choice(["Factory Insurance", "Health Insurance-Aarav"])
        product = "HEALTH INSURANCE" if "Health" in remarks else "BHARAT GRIHA RAKSHA"
    si = r.choice([None, None, r.randrange(1, 50) * 100000]) if product != "MOTOR INSURANCE" else r.randrange(20000, 3500000)
    made = datetime.date(2025, 10, r.randrange(18, 23))
    row = {"Policy ID": pid, "Client Name": acct[2], "Member Name": member[2], "Policy Number": pno, "Insurance Company": ins,
           "Product Type": product, "Agent Name": agent, "Policy Start Date": dmy(start), "Policy End Date": dmy(end),
           "Payment Date": dmy(start - datetime.timedelta(days=r.randrange(0, 5))) if r.random() < 0.5 else None,
           "Business Type": r.choice(["RENEWAL"] * 5 + ["NEW"] * 3 + ["ROLL OVER"] * 2), "Group": r.choice(["ROHAN MEHTA"] * 3 + [acct[2]]),
           "Subgroup": r.choice([None, None, f"{acct[2].split()[-1]} FAMILY", acct[2]]), "Remarks": remarks, "Sum Insured": si,
           "Net Premium": net, "Addon Premium": None, "TP/TR Premium": tp, "GST %": 18, "Gross Premium": gross,
           "Commission %": comm, "Commission Amount": f"{net * comm / 100:.2f}", "Commission Received": "No",
           "One Time Insurance": "No", "Payment Details": r.choice([None, None, "ONLINE", "ONLINE", "UPI", f"{r.randrange(1000):06d}"]),
           "File Path": f"{member[2].title()}.pdf", "Drive File ID": "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(33)),
           "Created At": stamp(made), "Updated At": None, "Last Reminder Sent": stamp(datetime.date(2025, 10, 22)) if r.random() < 0.2 else None,
           "Renewed At": None}
    row["Updated At"] = row["Created At"]
    row["Drive Path"] = f"{acct[0]}/{member[2]}/{acct[0]} - {member[2]} - {row['File Path']}"
    row["Drive URL"] = f"https://drive.example.com/file/d/{row['Drive File ID']}/view"
    if product == "HEALTH INSURANCE":
        plan = r.choice(["INDIVIDUAL", "INDIVIDUAL", "FLOATER"])
        row["Health Plan Type"] = plan
        row["Health Member 1 Name"] = member[2]
        if plan == "FLOATER":
            row["Floater Sum Insured"] = r.choice([500000, 1000000, 2500000])
            row["Floater Bonus"] = r.choice([0, 200000])
            if r.random() < 0.6:
                row["Health Member 2 Name"] = f"{r.choice(GIV)} {member[2].split()[-1]}"
        else:
            row["Health Member 1 Sum Insured"] = r.choice([400000, 1000000, 1500000, 2500000])
            row["Health Member 1 Bonus"] = r.choice([0, 0, 500000])
    if product in ("BHARAT GRIHA RAKSHA", "BHARAT LAGHU UDYAM SURAKSHA", "FIRE INSURANCE"):
        for c in ["Factory Building Coverage", "Factory Plant & Machinery Coverage", "Factory Stocks Coverage"]:
            row[c] = r.choice([None, r.randrange(1, 80) * 100000])
    return [row.get(c) for c in fy_cols]


BASE = ["Policy ID", "Client Name", "Member Name", "Policy Number", "Insurance Company", "Product Type", "Agent Name",
        "Policy Start Date", "Policy End Date", "Payment Date", "Business Type", "Group", "Subgroup", "Remarks", "Sum Insured",
        "Net Premium", "Addon Premium", "TP/TR Premium", "GST %", "Gross Premium", "Commission %", "Commission Amount",
        "Commission Received", "One Time Insurance", "Payment Details", "File Path", "Drive File ID", "Drive Path",
        "Drive URL", "Last Reminder Sent", "Renewed At", "Created At", "Updated At", "Health Plan Type",
        "Floater Sum Insured", "Floater Bonus", "Floater Deductible"]
FACTORY = ["Factory Building Coverage", "Factory Plant & Machinery Coverage", "Factory Furniture & Fittings Coverage",
           "Factory Stocks Coverage", "Factory Electrical Installations Coverage"]


def health(n):
    return [f"Health Member {k} {x}" for k in range(1, n + 1) for x in ("Name", "Sum Insured", "Bonus", "Deductible")]


COLS26 = BASE + health(2) + FACTORY
COLS25 = BASE + health(4) + FACTORY
assert len(COLS26) == 50 and len(COLS25) == 58

pids = r.sample(range(1, 75), 66)
wb = workbook()
ws = wb.active
ws.title = "2025-26"
ws.append(COLS26)
ROWS26 = []
for i in range(12):
    start = datetime.date(2025, 9, 25) + datetime.timedelta(days=r.randrange(0, 50))
    test = i in (10, 11)
    m = next(x for x in members if x[1] == TESTER[0]) if test else None
    row = policy(pids[i], start, COLS26, member=m, test=test)
    ROWS26.append(row)
    ws.append(row)
ws = wb.create_sheet("2024-25")
ws.append(COLS25)
ROWS25 = []
for i in range(54):
    start = datetime.date(2024, 10, 28) + datetime.timedelta(days=r.randrange(0, 30))
    row = policy(pids[12 + i], start, COLS25)
    if i == 0:
        row[1], row[2], row[3], row[6] = " " + row[1], " " + row[2], " " + row[3], "OTHERS"      # stray leading spaces
    ROWS25.append(row)
    ws.append(row)

ws = wb.create_sheet("Clients")
ws.append(["client_id", "prefix", "name", "phone", "email"])
order = accounts[-1:] + accounts[:-1]
for a in order:
    ws.append(a)

ws = wb.create_sheet("Members")
ws.append(["member_id", "client_id", "member_name", "client_name", "client_email", "client_phone"])
for m in sorted(members):
    ws.append(list(m))

ws = wb.create_sheet("Pending Policies")
PCOLS = ["pending_id", "client_id", "member_id", "payment_date", "insurance_company", "agent_name", "policy_from", "policy_to",
         "one_time_insurance", "product_name", "payment_details", "net_premium", "gross_premium", "commission_percentage",
         "commission", "commission_received", "remarks", "business_type", "group_name", "subgroup_name", "created_at",
         "updated_at", "tp_tr_premium", "sum_insured", "addon_premium", "gst_percentage", "commission_amount", "client_name",
         "client_email", "client_phone", "member_member_name"]
ws.append(PCOLS)
for k, pid in enumerate([1, 3, 4, 5, 6, 8]):
    m = r.choice(members)
    a = next(x for x in accounts if x[0] == m[1])
    paid = datetime.date(2025, 10, r.randrange(14, 21))
    start = paid + datetime.timedelta(days=r.randrange(0, 18))
    net = r.randrange(400, 110000)
    row = {"pending_id": pid, "client_id": a[0], "member_id": m[0], "payment_date": paid.isoformat(),
           "insurance_company": r.choice(["Bajaj General Insurance Limited", "Tata AIG General Insurance Co Ltd"]),
           "agent_name": r.choice(["Rohan Mehta", "Kavita Mehta"]), "policy_from": start.isoformat(),
           "policy_to": None if k == 0 else (start.replace(year=start.year + 1) - datetime.timedelta(days=1)).isoformat(),
           "one_time_insurance": k == 0, "product_name": r.choice(["MARINE INSURANCE", "BURGLARY INSURANCE", "MOTOR INSURANCE", "HEALTH INSURANCE", "BHARAT SOOKSHMA UDYAM SURAKSHA"]),
           "payment_details": r.choice(["ONLINE", "CUST.FLOAT", "NEFT"]), "net_premium": net, "gross_premium": round(net * 1.18, 2),
           "commission_percentage": r.choice([10, 15, 18, None]), "commission": round(net * 0.15, 2), "commission_received": False,
           "remarks": r.choice(["STOCK - ANDHERI OFFICE", "CHURCH INSURANCE", "MH-03-DS-4590(KIA EV6)", f"HEALTH INSURANCE- {m[2]}"]),
           "business_type": r.choice(["NEW", "RENEWAL"]), "group_name": "ROHAN MEHTA", "subgroup_name": r.choice([None, a[2]]),
           "created_at": stamp(paid), "tp_tr_premium": r.choice([None, 0, 420]), "sum_insured": r.choice([None, 2000000, 25000000]),
           "gst_percentage": 18, "client_name": a[2], "client_email": a[4], "client_phone": a[3], "member_member_name": m[2]}
    row["updated_at"] = row["created_at"]
    ws.append([row.get(c) for c in PCOLS])

ws = wb.create_sheet("Policy History")
HCOLS = ["History ID", "Original Policy ID", "Client ID", "Member ID", "Insurance Company", "Product Name", "Policy Number",
         "One Time Insurance", "Commission Received", "File Path", "Drive File ID", "Drive Path", "Drive URL", "Payment Date",
         "Agent Name", "Policy Start Date", "Policy End Date", "Payment Details", "Net Premium", "Addon Premium", "TP/TR Premium",
         "GST %", "Gross Premium", "Commission %", "Commission Amount", "Business Type", "Group Name", "Subgroup Name", "Remarks",
         "Sum Insured", "Last Reminder Sent", "Renewed At", "Created At", "Archived At", "Archived Reason", "Archived By",
         "Updated At", "Health - Plan Type", "Health - Floater Sum Insured", "Health - Floater Bonus", "Health - Floater Deductible",
         "Health - Insured Members", "Factory - Building", "Factory - Plant & Machinery", "Factory - Furniture & Fittings",
         "Factory - Stocks", "Factory - Electrical Installations"]
ws.append(HCOLS)
src = [ROWS26[10], ROWS26[10], ROWS26[11], ROWS25[7], ROWS26[11], ROWS26[10]]
for k, p in enumerate(src, 1):
    d = dict(zip(COLS26 if p in ROWS26 else COLS25, p))
    m = next((x for x in members if x[2] == d["Member Name"].strip()), members[0])
    row = [k, d["Policy ID"], m[1], m[0], d["Insurance Company"], d["Product Type"], d["Policy Number"] if k > 2 else "ABC123", "No", "No",
           d["File Path"], d["Drive File ID"], d["Drive Path"], d["Drive URL"], d["Payment Date"], d["Agent Name"],
           d["Policy Start Date"], d["Policy End Date"], d["Payment Details"], d["Net Premium"], None, d["TP/TR Premium"], 18,
           d["Gross Premium"], d["Commission %"], None, d["Business Type"], "ROHAN MEHTA", d["Subgroup"], d["Remarks"],
           d["Sum Insured"], None, None, d["Created At"], stamp(datetime.date(2025, 10, 21 + k % 2)), "renewal",
           r.choice(["aarav.mehta@example.net", "rohan@example.com"]), None] + [None] * 10
    ws.append(row)

if __name__ == "__main__":
    save(wb, "policies-en-in-brokerapp.xlsx")
    print(len(ROWS26), len(ROWS25), len(accounts), len(members))
