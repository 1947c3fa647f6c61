"""
Shape of mukeshupadhyay-maker/policy-dashboard "policy_data.csv" (at commit b2546f1): an Indian
insurance-tech platform's enrolment export of group health super-top-up cover sold to the alumni of
three institutes (IIM Bangalore with one insurer, IIM Kozhikode and IIT Madras with another), read
into a policy dashboard. UTF-8, LF, 52 columns; the first header is "1" and column A numbers the
rows from 2 (a spreadsheet's row numbers saved as a column).

- One row per insured member per policy: the alumnus (relationship SELF) first, then the family
  members the policy covers (SPOUSE, SON, DAUGHTER on policy1; MOTHER, FATHER on policy2;
  MOTHER_IN_LAW, FATHER_IN_LAW on policy3; a personal-accident policy4 for IIM Bangalore). Only
  the SELF row carries Policy_ID, premium with and without GST and fees; members' rows hold 0.
  Every row repeats the alumnus's order_ID, e-mail, Care_Email, contact_number, Address, City,
  State, pincode and urn_number, so a household shares one phone and e-mail.
- The payment (Transaction_Date, transaction_amount for the whole order, transaction_id,
  pay_mode) on the first SELF row of an order; 0 on members' rows and NULL on later policies.
- The literal text NULL for empty cells; dates DD-MM-YYYY; gender Male / MALE; salutation Mr /
  Mrs / Miss / Mx; IIM Kozhikode rows with "Kozhikode" as the address and City / State empty;
  State as a census code (29) or a name (KARNATAKA); a few SELF rows with PAN and a nominee;
  pre-existing diseases as free text and seven 0/1 disease flags.
- One IIT Madras order is the platform's own test ("…test" in order_ID and urn_number, a staff
  e-mail at the platform's domain, nominee "son").

The file reproduces the 52 columns and 60 orders (about 330 rows). Values invented: people,
e-mails (domains under .test), phones (90000 block), addresses, PAN numbers, ids, premiums.
"""
import csv
import datetime
import io
import os
import string
import uuid

from fake import FILES, Fake

f = Fake("policies-en-in-alumnitopup")

HEADERS = ["1", "Enrollment_Date", "order_ID", "Partner_Business", "plan_name", "policy_type", "policy_name", "is_renewal",
           "Type_of_Plan", "Policy_ID", "Premium_inc_GST", "Premium_exc_GST", "fees", "salutation", "member_name", "dob",
           "marital_status", "gender", "relationship", "email", "Care_Email", "contact_number", "Alternate_Contact",
           "Transaction_Date", "transaction_amount", "transaction_id", "pay_mode", "Sum_Insured", "Deductible",
           "payment_status", "Insurer", "Address", "City", "State", "pincode", "Country", "urn_number", "Pan_Number",
           "Nominee Name", "Nominee Relationship", "Nominee DOB", "New/Existing Member", "Policy_New_Renew",
           "Members_Having_Chronic_Disease", "Pre-Exisiting Diseases", "Cancer", "Brain Stroke", "Liver Disease",
           "Immunity Disorder", "Endocrine Disorder", "Cardio Vascular Disease", "Neuro Muscular Disorder"]
C = {h: i for i, h in enumerate(HEADERS)}

MALE = ["Aarav", "Rohan", "Vivek", "Amit", "Ankit", "Rajiv", "Sandeep", "Karthik", "Arjun", "Nikhil", "Pranav", "Sumit",
        "Gaurav", "Siddharth", "Abhishek", "Manoj", "Ramesh", "Suresh", "Venkat", "Harish", "Deepak", "Anand"]
FEMALE = ["Priya", "Neha", "Ananya", "Kavya", "Meera", "Sneha", "Divya", "Pooja", "Shruti", "Radhika", "Lakshmi",
          "Anjali", "Swati", "Aparna", "Nandini", "Revathi"]
ELDER_M = ["Krishnan", "Gopal", "Raghunath", "Subramaniam", "Prakash", "Mohan", "Shankar", "Devendra", "Narayanan"]
ELDER_F = ["Savitri", "Kamala", "Sarojini", "Lalitha", "Usha", "Shanta", "Vasantha", "Pushpa", "Meenakshi"]
SURN = ["Sharma", "Iyer", "Nair", "Menon", "Gupta", "Agarwal", "Reddy", "Rao", "Kulkarni", "Joshi", "Pillai", "Kumar",
        "Mishra", "Verma", "Banerjee", "Chatterjee", "Desai", "Shetty", "Krishnan", "Subramanian", "Bhat", "Hegde"]
PLACES = [("Bangalore", "29", "KARNATAKA", "5600"), ("Mumbai", "27", "MAHARASHTRA", "4000"), ("Chennai", "33", "TAMIL NADU", "6000"),
          ("Gurgaon", "6", "HARYANA", "1220"), ("Hyderabad", "36", "TELANGANA", "5000"), ("Kochi", "32", "KERALA", "6820"),
          ("Pune", "27", "MAHARASHTRA", "4110"), ("Noida", "9", "UTTAR PRADESH", "2013")]
STREETS = ["Diamond District, Old Airport Road", "7th Cross, Indiranagar", "Trinity Acres, Sarjapur Road", "Hiranandani Gardens, Powai",
           "Sector 27", "ECC Road, Whitefield", "Kaggadasapura, C V Raman Nagar", "Panampilly Nagar", "Koregaon Park", "Besant Nagar"]
DISEASES = ["Hypertension", "Diabetes", "Diabetes, Hypertension", "Thyroid", "Asthma", "Kidney Stones",
            "FATTY LIVER AND IT'S RELATED COMPLICATIONS, FATTY LIVER AND IT'S RELATED COMPLICATIONS,"]


def ddmmyyyy(d):
    return d.strftime("%d-%m-%Y")


def pan(surname):
    letters = "".join(f.pick(string.ascii_uppercase) for _ in range(3))
    return f"{letters}P{surname[0]}{f.r.randrange(1000, 9999)}{f.pick(string.ascii_uppercase)}"


def person(male, born_from, born_to, surname, first_pool=None):
    # every person in the file has a name of their own (no namesakes across households)
    name = f._unique(lambda: f"{f.pick(first_pool or (MALE if male else FEMALE))} {f.pick([surname] * 60 + SURN)}")
    return name, f.date(born_from, born_to)


rows = []
policy_no = {"IIM Bangalore": 6917, "IIM Kozhikode": 11107, "IIT Madras": 14422}
CHECK = {}


def order(partner, day, test=False, fixed=None):
    surname = f.pick(SURN)
    male = f.chance(0.8)
    self_name, self_dob = person(male, datetime.date(1970, 1, 1), datetime.date(1999, 12, 31), surname)
    if fixed:
        self_name, self_dob, male = fixed
        surname = self_name.split()[-1]
        f._used.add(self_name)
    married = f.chance(0.8)
    local = self_name.lower().replace(" ", f.pick([".", "", "_"]))
    email = f"{local}{f.pick(['', '', str(f.r.randrange(10, 99))])}@{f.pick(['gmail', 'gmail', 'yahoo', 'outlook', 'rediffmail'])}.test"
    phone = f.mobile_in()
    city, code, state, pin0 = f.pick(PLACES)
    address = f"{f.r.randrange(1, 900)}, {f.pick(STREETS)}, {city}"
    if partner == "IIM Kozhikode" and f.chance(0.15):
        address, city_col, state_col = "Kozhikode", "", ""
    elif partner == "IIM Kozhikode":
        city_col, state_col = "", ""
    elif partner == "IIT Madras":
        city_col, state_col = city, state
    else:
        city_col, state_col = city, code if f.chance(0.85) else state
    pincode = pin0 + f"{f.r.randrange(100):02d}"
    stamp = int(datetime.datetime.combine(day, datetime.time(10)).timestamp() * 1000) + f.r.randrange(10 ** 7)
    if partner == "IIM Bangalore":
        oid, urn = f"#_{f.r.randrange(17000000, 18000000)}{stamp}", str(f.r.randrange(1770000, 1800000))
        insurer, plan, gst_fee = "GODIGIT", "HEALTH_GMC_GPA", "NULL"
    elif partner == "IIM Kozhikode":
        k = f.r.randrange(100, 9999)
        oid, urn = f"#_IIMK{k}{stamp}", f"IIMK{k}"
        insurer, plan, gst_fee = "CARE", "CARE_IIMK", f.pick(["590"] * 12 + ["566.4"])
    else:
        k = f.r.randrange(100000, 999999)
        urn = f"IITMAA{k}" + ("test" if test else "")
        oid = f"#_{urn}{stamp}"
        insurer, plan, gst_fee = "CARE", "CARE_IITMAA", "0"
    if test:
        email = "rahul.test@insurtechplatform.test"
    members1 = [("SELF", self_name, self_dob, male)]
    if married:
        members1.append(("SPOUSE", *person(not male, datetime.date(1972, 1, 1), datetime.date(1999, 12, 31), surname), not male))
        for _ in range(f.pick([0, 1, 1, 2])):
            kid_male = f.chance(0.5)
            nm, db = person(kid_male, datetime.date(2005, 1, 1), datetime.date(2021, 12, 31), surname)
            members1.append(("SON" if kid_male else "DAUGHTER", nm, db, kid_male))
    policies = [("policy1", members1)]
    if f.chance(0.55):
        parents = [("SELF", self_name, self_dob, male)]
        parents.append(("MOTHER", *person(False, datetime.date(1940, 1, 1), datetime.date(1968, 12, 31), surname, ELDER_F), False))
        if f.chance(0.75):
            parents.append(("FATHER", *person(True, datetime.date(1938, 1, 1), datetime.date(1965, 12, 31), surname, ELDER_M), True))
        policies.append(("policy2", parents))
    if married and f.chance(0.2):
        inlaw = f.pick(SURN)
        policies.append(("policy3", [("SELF", self_name, self_dob, male),
                                     ("MOTHER_IN_LAW", *person(False, datetime.date(1942, 1, 1), datetime.date(1968, 12, 31), inlaw, ELDER_F), False),
                                     ("FATHER_IN_LAW", *person(True, datetime.date(1940, 1, 1), datetime.date(1965, 12, 31), inlaw, ELDER_M), True)]))
    if partner == "IIM Bangalore" and f.chance(0.2):
        policies.append(("policy4", [m for m in members1]))
    self_pan = pan(surname) if (partner == "IIT Madras" or f.chance(0.03)) else "NULL"
    nominee = ("NULL", "NULL", "NULL")
    if self_pan != "NULL":
        nominee = (f"{f.pick(FEMALE)} {surname}", f.pick(["WIFE", "MOTHER", "SON", "SISTER"]), ddmmyyyy(f.date(datetime.date(1960, 1, 1), datetime.date(2005, 1, 1))))
    if test:
        nominee = ("son", "SON", "04-07-2005")
    condition = f.pick(DISEASES) if f.chance(0.15) else f.pick(["", "", "", "  ", "NULL" if partner == "IIM Bangalore" else ""])
    total = 0
    out = []
    for pname, members in policies:
        gpa = pname == "policy4"
        policy_no[partner] += 1
        pid = f"{policy_no[partner]}-{'IIM-BAA' if partner == 'IIM Bangalore' else 'IIM-KAA' if partner == 'IIM Kozhikode' else 'IITMAA'}"
        premium = round(f.r.uniform(1600, 30000), 2)
        total += premium
        si = f.pick([1000000, 2000000, 3000000, 5000000, 5000000, 7500000, 10000000])
        ded = f.pick([300000, 500000, 500000, 700000, 1000000])
        for rel, nm, db, m in members:
            r = ["NULL"] * len(HEADERS)
            self_row = rel == "SELF"
            r[C["Enrollment_Date"]] = ddmmyyyy(day)
            r[C["order_ID"]] = oid
            r[C["Partner_Business"]] = partner
            r[C["plan_name"]] = plan
            r[C["policy_type"]] = "GPA" if gpa else "GMC"
            r[C["policy_name"]] = pname
            r[C["is_renewal"]] = "0"
            r[C["Type_of_Plan"]] = "GPA" if gpa else "Super Top Up"
            r[C["Policy_ID"]] = pid if self_row else "0"
            r[C["Premium_inc_GST"]] = str(premium) if self_row else "0"
            r[C["Premium_exc_GST"]] = str(int(premium / 1.18)) if self_row else "0"
            r[C["fees"]] = gst_fee if self_row else "0"
            kid = rel in ("SON", "DAUGHTER")
            r[C["salutation"]] = ("Mr" if m else ("Miss" if kid else "Mrs")) if not (self_row and f.chance(0.01)) else "Mx"
            r[C["member_name"]] = nm
            r[C["dob"]] = ddmmyyyy(db)
            r[C["marital_status"]] = "UNMARRIED" if kid or (self_row and not married) else "MARRIED"
            g = "Male" if m else "Female"
            r[C["gender"]] = g.upper() if partner == "IIT Madras" else g
            r[C["relationship"]] = rel
            r[C["email"]] = email
            r[C["Care_Email"]] = email if partner != "IIT Madras" else "NULL"
            r[C["contact_number"]] = phone
            first_self = self_row and pname == "policy1"
            r[C["Transaction_Date"]] = ddmmyyyy(day) if first_self else ("NULL" if self_row else "0")
            r[C["transaction_amount"]] = "TOTAL" if first_self else ("NULL" if self_row else "0")
            r[C["transaction_id"]] = str(uuid.UUID(int=f.r.getrandbits(128), version=4)) if first_self else "NULL"
            r[C["pay_mode"]] = "online" if first_self else "NULL"
            r[C["Sum_Insured"]] = str(si if not gpa else 10000000) if self_row else "0"
            r[C["Deductible"]] = str(ded if not gpa else 0) if self_row else "0"
            r[C["payment_status"]] = "1" if pname == "policy1" else "NULL"
            r[C["Insurer"]] = insurer
            r[C["Address"]] = address
            r[C["City"]] = city_col
            r[C["State"]] = state_col
            r[C["pincode"]] = pincode
            r[C["Country"]] = "IN"
            r[C["urn_number"]] = urn
            r[C["Pan_Number"]] = self_pan if self_row or partner == "IIT Madras" else "NULL"
            if self_row:
                r[C["Nominee Name"]], r[C["Nominee Relationship"]], r[C["Nominee DOB"]] = nominee
            r[C["New/Existing Member"]] = "New Policy Member"
            r[C["Policy_New_Renew"]] = "New"
            r[C["Pre-Exisiting Diseases"]] = condition if self_row else f.pick(["", "", "", "Hypertension" if rel in ("MOTHER", "FATHER") else ""])
            flags = ["0"] * 7 if partner != "IIM Bangalore" else ["NULL"] * 7
            if self_row and "LIVER" in condition:
                flags[2] = "1"
            for j, h in enumerate(HEADERS[45:]):
                r[C[h]] = flags[j]
            out.append(r)
    for r in out:
        if r[C["transaction_amount"]] == "TOTAL":
            r[C["transaction_amount"]] = str(round(total + (590 if gst_fee == "590" else 0), 2))
    rows.extend(out)
    CHECK[self_name] = (email, phone, ddmmyyyy(self_dob), address, urn)


day = datetime.date(2023, 3, 15)
FIXED = {0: ("Vivek Anand Menon", datetime.date(1983, 9, 22), True), 14: ("Lakshmi Priya Iyer", datetime.date(1986, 10, 11), False),
         33: ("Karthik Subramanian", datetime.date(1985, 9, 26), True)}
for i in range(10):
    order("IIM Bangalore", day, fixed=FIXED.get(i))
day = datetime.date(2023, 4, 17)
for i in range(10, 52):
    if f.chance(0.3):
        day += datetime.timedelta(days=1)
    order("IIM Kozhikode", day, fixed=FIXED.get(i))
day = datetime.date(2023, 7, 22)
order("IIT Madras", day, test=True, fixed=("Rahul Tester", datetime.date(2000, 3, 25), True))
for i in range(53, 60):
    day += datetime.timedelta(days=f.pick([0, 1, 2]))
    order("IIT Madras", day)

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEADERS)
for n, r in enumerate(rows, start=2):
    r[0] = str(n)
    w.writerow(r)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "policies-en-in-alumnitopup.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(buf.getvalue())
if __name__ == "__main__":
    print(len(rows), "rows")
    for k in ("Vivek Anand Menon", "Lakshmi Priya Iyer", "Karthik Subramanian", "Rahul Tester"):
        print(k, CHECK[k])
