"""
Shape of krishikrantidealer-cell/krishibhandar "customers_export.csv" (commit
1e4a8c23a1dc1d5feeb135e3078345592aeeb42a): an Indian farm-inputs web shop's Shopify customer
export (UTF-8 without BOM, LF, minimal quoting), thousands of rows; this one keeps 260. Shopify's
columns plus a last "Accepts WhatsApp Marketing": Customer ID (13 digits behind an apostrophe) /
First Name / Last Name / Email / Accepts Email Marketing / Default Address Company / Address1 /
Address2 (a landmark: "Near Hanuman mandir", "Dist: Anand") / City / Province Code (MP, UP, RJ …) /
Country Code (IN) / Zip (PIN) / Default Address Phone (10 digits, a leading 0 or +91, behind an
apostrophe) / Phone ('+91…) / Accepts SMS Marketing / Total Spent (rupees, two decimals) / Total
Orders / Note / Tax Exempt / Tags / Accepts WhatsApp Marketing.
Four kinds of rows: enquiries from the shop's form (tag "shopify-forms-638923": the whole name in
First Name, sometimes in Devanagari, nothing but a +91 phone), checkout customers (first and last
name split, the last name often "." or "-" or the surname repeated after a full first name, a long
village address over Address1/Address2, the phone on the address, sometimes a marketplace
placeholder e-mail built from the phone), chat sign-ups ("Inbox online store chat": a name and an
e-mail only) and newsletter sign-ups (an e-mail only). A farmer who sent the form and later
ordered appears twice (the form row with +91 in Phone, the order row with the same number on the
address), and a few checkout customers were created twice with the same name, address and phone.
A few rows have only a phone. Values invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("customers-en-in-agrishop")

FIRST = ["Ramesh", "Suresh", "Mahesh", "Rajesh", "Dinesh", "Ganesh", "Mukesh", "Naresh", "Umesh", "Kamlesh",
         "Sunil", "Anil", "Vijay", "Sanjay", "Ajay", "Manoj", "Pramod", "Vinod", "Santosh", "Rakesh", "Harish",
         "Gopal", "Mohan", "Sohan", "Balwant", "Gurpreet", "Harjeet", "Jaswant", "Bhupendra", "Narendra",
         "Devendra", "Jitendra", "Shivaji", "Tukaram", "Venkatesh", "Srinivas", "Murugan", "Selvam", "Anand",
         "Prakash", "Dilip", "Kishor", "Lakshman", "Bharat", "Raghu", "Pradeep", "Sudhir", "Arjun", "Kailash"]
LAST = ["Patel", "Yadav", "Singh", "Kumar", "Chauhan", "Rathore", "Jadhav", "Patil", "Pawar", "Reddy", "Naidu",
        "Gowda", "Meena", "Gurjar", "Sahu", "Verma", "Mandal", "Das", "Thakur", "Solanki", "Dhakad", "Kushwaha",
        "Maurya", "Lodhi", "Bishnoi", "Sandhu", "Gill", "Choudhary", "Mahto", "Nayak"]
DEVANAGARI = ["रामलाल कुशवाहा", "भगवान सिंह", "गोपाल दास", "सुरेश पाटीदार"]
PLACES = [("Bhopal", "MP", "4620"), ("Dhar", "MP", "4542"), ("Sitapur", "UP", "2611"), ("Deoria", "UP", "2744"),
          ("Hisar", "HR", "1250"), ("Sikar", "RJ", "3326"), ("Baran", "RJ", "3252"), ("Anand", "GJ", "3881"),
          ("Satara", "MH", "4128"), ("Latur", "MH", "4135"), ("Shimoga", "KA", "5774"), ("Kurnool", "AP", "5180"),
          ("Ludhiana", "PB", "1411"), ("Malda", "WB", "7321"), ("Kanker", "CG", "4943"), ("Tinsukia", "AS", "7861")]
VILLAGES = ["Ramnagar", "Khairpur", "Sonpur", "Bhavanipur", "Kesarpura", "Amarpur", "Nandgaon", "Dongargaon",
            "Hirapur", "Chandanpur", "Lalpur", "Bijapur Khurd", "Gopalpura", "Madhopur"]
LANDMARKS = ["Near Hanuman mandir", "Near primary school", "Gram panchayat ke pass", "Near water tank",
             "Opp. petrol pump", "Bus stand", "Near SBI branch", "Main road", "Near gurudwara", "Mandir ke pass"]
FORM_TAG = "shopify-forms-638923"

next_id = [7384266990000]
rows = []
truth = {}  # client key -> dict(name, phone, email, address parts)


def cid():
    next_id[0] += f.r.randrange(2_000_000, 900_000_000)
    return "'" + str(next_id[0])


def spent_orders():
    orders = f.r.choice([1, 1, 1, 1, 2, 2, 3, 4, 8])
    spent = sum(f.r.choice([249, 299, 350, 410, 472, 580, 700, 899, 1099, 1590, 2400, 4356]) for _ in range(orders))
    if f.chance(0.35):
        return "0.00", orders
    return f"{spent + f.r.choice([0, 0, 0.26, 0.8, 0.5]):.2f}", orders


def address():
    city, state, pin = f.pick(PLACES)
    village = f.pick(VILLAGES)
    a1 = f.r.choice([f"Village {village} Post {f.pick(VILLAGES)}", f"{f.r.randrange(1, 900)}, Ward No {f.r.randrange(1, 20)}",
                     f"At post {village} Tal. {city}", f"Vill+Po {village}, Dist {city}", f"H.No {f.r.randrange(1, 99)}-{f.r.randrange(1, 400)} {village}"])
    a2 = f.r.choice(["", f.pick(LANDMARKS), f.pick(LANDMARKS), f"Dist: {city}", village])
    return a1, a2, f.r.choice([city, city, city.upper(), f"Distt- {city}"]), state, pin + f"{f.r.randrange(10, 99)}"


def row(first, last, email="", mkt="no", addr=None, addr_phone="", phone="", sms="no", spent="0.00", orders=0,
        tags="", country=""):
    a1, a2, city, state, pin = addr if addr else ("", "", "", "", "")
    return [cid(), first, last, email, mkt, "", a1, a2, city, state, "IN" if addr else country, pin, addr_phone, phone,
            sms, spent, str(orders), "", "no", tags, "no"]


def on_address(d):
    return "'" + f.r.choice([d, d, d, "0" + d, "+91" + d])


form_only, checkout, chat = [], [], []
for i in range(260):
    roll = f.r.random()
    if roll < 0.40:
        kind = "form"
    elif roll < 0.76:
        kind = "checkout"
    elif roll < 0.84:
        kind = "chat"
    elif roll < 0.95:
        kind = "newsletter"
    else:
        kind = "phone"
    if kind == "form":
        d = f.mobile_in()
        if f.chance(0.03):
            name = f.pick(DEVANAGARI)
        else:
            name = (f"{f.pick(FIRST)} {f.pick(LAST)}" if f.chance(0.6) else f.pick(FIRST) + f" {f.pick(LAST).lower()}"
                    if f.chance(0.3) else f.pick(FIRST) + f.pick(["", "", " kumar", " bhai"]))
        if name.lower() in truth:
            continue
        rows.append(row(name, "", phone="'+91" + d, tags=FORM_TAG))
        truth[name.lower()] = dict(name=name, phone="+91" + d)
        form_only.append((name, d))
    elif kind == "checkout":
        first, last = f.pick(FIRST), f.pick(LAST)
        if f"{first} {last}".lower() in truth or first.lower() in truth:
            continue
        d = f.mobile_in()
        addr = address()
        style = f.r.random()
        if style < 0.2:
            shown_last = f.pick([".", "-"])
            name = first
            if name.lower() in truth:
                continue
        elif style < 0.3:
            shown_last = last
            first = f"{first} {last}"
            name = first
        else:
            shown_last = last if f.chance(0.85) else last.lower()
            name = f"{first} {last}"
        email = ""
        if f.chance(0.35):
            email = f"{first.split()[0].lower()}{last.lower()}{f.r.randrange(10, 99)}@{f.pick(['example.com', 'example.org', 'example.net'])}"
        elif f.chance(0.12):
            email = f"91{d}.agrimart@example.com"
        ap = on_address(d)
        own = "'+91" + d if f.chance(0.55) else ""
        spent, orders = spent_orders()
        tags = f.r.choice(["", "", "", FORM_TAG, "Inbox online store chat", "oneclickpopup", f"razorpay, {FORM_TAG}"])
        rows.append(row(first, shown_last, email, "yes" if email and f.chance(0.3) else "no", addr, ap, own,
                        "yes" if f.chance(0.05) else "no", spent, orders, tags))
        truth[name.lower()] = dict(name=name, phone=ap.lstrip("'"), email=email, addr=addr, own=own)
        checkout.append((first, shown_last, name, d, addr, email, ap, own))
    elif kind == "chat":
        first, last = f.pick(FIRST), f.pick(LAST)
        name = f"{first} {last}"
        if name.lower() in truth:
            continue
        email = f"{first.lower()}{last.lower()}{f.r.randrange(100, 999)}@{f.pick(['example.com', 'example.org', 'example.net'])}"
        rows.append(row(first, last, email, "yes", tags="Inbox online store chat"))
        truth[name.lower()] = dict(name=name, email=email)
        chat.append(name)
    elif kind == "newsletter":
        local = f.pick(FIRST).lower() + f.pick(["", ".", "_"]) + f.pick(LAST).lower() + str(f.r.randrange(1, 999))
        rows.append(row("", "", f"{local}@{f.pick(['example.com', 'example.org', 'example.net'])}", "yes",
                        tags=f.r.choice(["newsletter", "newsletter", "Inbox online store chat, newsletter"]), country="IN"))
    else:
        rows.append(row("", "", phone="'+91" + f.mobile_in()))

# The form row first, the order later: a farmer who asked and then bought (same number).
pairs = 0
for name, d in form_only[:40]:
    parts = name.split()
    if len(parts) != 2 or not parts[0].isascii() or pairs >= 8:
        continue
    pairs += 1
    addr = address()
    last = parts[1].capitalize()
    spent, orders = spent_orders()
    at = f.r.randrange(rows.index(next(r for r in rows if r[1] == name)) + 1, len(rows) + 1)
    r = row(parts[0].capitalize(), last, "", "no", addr, "'" + d, "", "no", spent, max(orders, 1), "")
    rows.insert(at, r)
    truth[name.lower()].update(addr=addr, merged=True)

# Checkout customers created twice: the same name, address and phone on a second account.
twice = [c for c in checkout if c[5] == ""][:5]
for first, shown_last, name, d, addr, email, ap, own in twice:
    spent, orders = spent_orders()
    at = f.r.randrange(rows.index(next(r for r in rows if r[1] == first and r[6] == addr[0])) + 1, len(rows) + 1)
    rows.insert(at, row(first, shown_last, "", "no", addr, ap, "", "no", spent, max(orders, 1), ""))

HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
          "Default Address Address1", "Default Address Address2", "Default Address City",
          "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
          "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
          "Tax Exempt", "Tags", "Accepts WhatsApp Marketing"]
# Shopify lists customers by id: the inserted rows keep their later ids in place.
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEADER)
for r in sorted(rows, key=lambda r: int(r[0][1:])):
    w.writerow(r)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-in-agrishop.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(buf.getvalue())

if __name__ == "__main__" and os.environ.get("SHOW"):
    named = [r for r in rows if r[1] or r[2]]
    print("rows", len(rows), "named", len(named), "skipped", len(rows) - len(named), "clients", len(truth),
          "pairs", pairs, "twice", len(twice))
    for k, v in truth.items():
        print(v)
