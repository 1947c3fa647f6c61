"""
Shape of Edwinswanith/Saloon "customer_list/CustomerList.xls": a Chennai beauty salon's customer
list as its point-of-sale web app exports it for "Excel": not a workbook at all but tab-separated
ASCII text with LF line ends under a .xls name (Excel and SheetJS open it as one sheet).

Header Customer / Mobilenumber / MembershipType / Membership.No, four fields on every line (the
last line has three and no newline). About 24,000 lines in the source; here 2,400.

- Customer: first names in any case ("aarthi", "AARTHI", "Aarthi"), initials run on
  ("T.MAHALAKSHMI", "kavitha.V"), typos, a couple's "SURESH/BABY", words that are no name
  ("need", "ABCD"); lines written by the till as "name|CST00001234|mobile" (sometimes twice over,
  "name|CST…|mobile|CST…|mobile", or with the mobile missing); a few lines with no name, listed
  first, and two at the very end starting with "|" (one only "|CST…|mobile", one "|DEVI").
  Sorted by name roughly as the database collates, case-insensitively.
- Mobilenumber: ten digits as text; placeholders 9999999999, 1234567890, 1111111111, 0987654321;
  a digit short, a leading blank, a trailing blank; empty on about 7 %; the same mobile under
  different names (family members) and the same customer on many lines (exact repeats, other case).
- MembershipType: yes/no, empty on a few lines; Membership.No: a number on the yes lines
  ("1234 new", "`1057", "546 m" once each, one absurd 16-digit number), repeated on the repeat
  lines of a member.
Values invented (mobiles in the 90000 block of fake.py).
"""
import os

from fake import FILES, Fake

f = Fake("customers-en-in-salonpos")

FIRST = ["aarthi", "abirami", "aishwarya", "akila", "amala", "ambika", "ananya", "anitha", "anuradha", "aruna",
         "bhavani", "bhuvaneshwari", "chitra", "deepa", "devi", "dharani", "divya", "durga", "gayathri", "geetha",
         "gowri", "hema", "indira", "jaya", "jayanthi", "jothi", "kala", "kalaivani", "kamala", "kavitha", "kavya",
         "keerthana", "kokila", "lakshmi", "latha", "madhu", "mahalakshmi", "malar", "malathi", "meena", "meenakshi",
         "mythili", "nandhini", "nirmala", "nisha", "padma", "pavithra", "preethi", "priya", "radha", "rajeswari",
         "ramya", "rekha", "renuka", "revathi", "sangeetha", "saranya", "selvi", "shalini", "shanthi", "sharmila",
         "shobana", "sindhu", "sowmya", "sudha", "suganya", "sumathi", "swathi", "tamilselvi", "uma", "usha",
         "vaishnavi", "valli", "vani", "vanitha", "vasanthi", "vidya", "vijaya", "vimala", "yamini", "zareena",
         "fathima", "nazreen", "rebecca", "agnes", "angel", "glory", "sofiya", "jennifer", "alphonsa", "christy",
         "shrutidubey", "akankshasaxena", "neha", "pooja", "ritu", "sneha", "tanvi", "aditi", "mallika", "rohini"]
TYPOS = {"revathi": "revathy", "preethi": "preetui", "aishwarya": "aishwrya", "gayathri": "gayathry",
         "lakshmi": "laxmi", "meenakshi": "minakshi", "bhuvaneshwari": "buvaneswari", "jayanthi": "jeyanthi"}
PLACEHOLDERS = ["9999999999"] * 19 + ["1234567890"] * 14 + ["1111111111"] * 2 + ["0987654321", "1234565432",
                                                                                  "9874563210"]


def case(name):
    k = f.r.random()
    if k < 0.5:
        return name
    if k < 0.85:
        return name.upper()
    return name.capitalize()


def mobile():
    return f.mobile_in()


# The salon's customers: a name, usually a mobile, some with a membership card.
customers = []
member_no = iter(f.r.sample(range(1, 4000), 600))
for i in range(1500):
    base = f.pick(FIRST)
    if base in TYPOS and f.chance(0.2):
        base = TYPOS[base]
    if f.chance(0.06):
        base = f.pick(["s.", "r.", "m.", "g.", "a.", "k."]) + base if f.chance(0.5) else base + f.pick([".r", ".p", ".s"])
    phone = mobile() if f.chance(0.93) else ""
    member = f.chance(0.19)
    customers.append({"name": base, "phone": phone, "member": member, "no": str(next(member_no)) if member else "",
                      "code": f"CST{f.r.randrange(100, 20500):08d}"})
# Family members sharing a mobile.
for c in f.r.sample(customers, 70):
    other = f.pick(customers)
    if other["phone"]:
        c["phone"] = other["phone"]
# Placeholder mobiles typed by the till staff.
for c, p in zip(f.r.sample(customers, len(PLACEHOLDERS)), PLACEHOLDERS):
    c["phone"] = p

# The chosen records the label checks, each unique in the file.
SPECIAL = [
    {"name": "T.MAHALAKSHMI", "phone": "9000071234", "member": False, "no": "", "code": None},
    {"name": "kavitha.V", "phone": "9000072345", "member": True, "no": "2517", "code": None},
    {"name": "SURESH/BABY", "phone": "9000073456", "member": False, "no": "", "code": None},
    {"name": "Thenmozhi", "phone": "", "member": True, "no": "1347", "code": None},
    {"name": "ZUBAIDA", "phone": "9000074567", "member": True, "no": "1797", "code": None},
    {"name": "need", "phone": "1234567890", "member": False, "no": "", "code": "CST00000003"},
    {"name": "ABCD", "phone": "9999999999", "member": False, "no": "", "code": "CST00000202"},
]
customers += SPECIAL


def lines_for(c):
    """The lines one customer left in the export: typed once or more, the till's coded form, repeats."""
    out = []
    n = 1 + (f.r.random() < 0.35) + (f.r.random() < 0.12) + (f.r.random() < 0.04) * 3
    if c["name"] in ("T.MAHALAKSHMI", "kavitha.V", "SURESH/BABY", "Thenmozhi", "ZUBAIDA"):
        n = 1
    for k in range(n):
        member = c["member"] and (k == 0 or f.chance(0.6))
        mtype, no = ("yes", c["no"]) if member else ("no", "")
        name = c["name"] if c["code"] is None and c["name"] in (s["name"] for s in SPECIAL) else case(c["name"])
        if c["code"] and k > 0 and f.chance(0.6):
            name = f"{name}|{c['code']}|{c['phone']}"
            if f.chance(0.15):
                name += f"|CST{f.r.randrange(100, 20500):08d}|{c['phone']}"
            if f.chance(0.06):
                name = name.rsplit("|", 1)[0] + "|"
        elif c["code"] is None and k > 0 and f.chance(0.3):
            name = f"{name}|CST{f.r.randrange(100, 20500):08d}|{c['phone']}"
            c["code"] = name.split("|")[1]
        out.append([name, c["phone"], mtype, no])
        if f.chance(0.08):
            out.append(list(out[-1]))                   # the same line twice
    return out


rows = []
for c in customers:
    rows.extend(lines_for(c))

# Phones a digit short or with blanks.
for r in f.r.sample([r for r in rows if r[1].startswith("9000")], 40):
    k = f.r.random()
    r[1] = r[1][:9] if k < 0.3 else (" " + r[1][:9] if k < 0.8 else r[1][:9] + " ")
# Odd membership numbers.
yes_rows = [r for r in rows if r[2] == "yes" and r[3] and r[0] not in ("kavitha.V", "Thenmozhi", "ZUBAIDA")]
for r, odd in zip(f.r.sample(yes_rows, 4), ["1234 new", "`1057", "546 m", "9000000000001997"]):
    r[3] = odd
for r in f.r.sample(yes_rows, 2):
    r[3] = ""                                            # a member without a number
blank_type = f.r.sample([r for r in rows if r[2] == "no" and r[0][:1].isalpha() and r[0] not in
                         ("T.MAHALAKSHMI", "SURESH/BABY", "need", "ABCD")], 9)
for r in blank_type:
    r[2] = ""

rows.sort(key=lambda r: (r[0].lower().replace(".", ""), r[1]))
# The database's collation leaves a few names out of order at the top.
head = [i for i, r in enumerate(rows[:60]) if r[0][:1].lower() == "a"]
for i in f.r.sample(head, 6):
    rows.insert(0, rows.pop(i))

nameless = []
for _ in range(12):
    member = f.chance(0.2)
    nameless.append(["", mobile() if f.chance(0.9) else "", "yes" if member else "no",
                     str(f.r.randrange(1, 4000)) if member else ""])
nameless[3][1] = ""
nameless[3][2], nameless[3][3] = "yes", "756"
tail = [["|CST00004065|9000079876", "9000079876", "no", ""], ["|DEVI", "9000078765", "no", ""]]
rows = nameless + rows + tail
assert len(rows) < 3000

text = "Customer\tMobilenumber\tMembershipType\tMembership.No\n"
text += "".join("\t".join(r) + "\n" for r in rows[:-1])
text += "\t".join(rows[-1][:3])                      # the last line: no trailing tab, no newline
with open(os.path.join(FILES, "customers-en-in-salonpos.xls"), "w", encoding="ascii", newline="") as fh:
    fh.write(text)

named = [r for r in rows if r[0] and not r[0].startswith("|CST")]
print("lines", len(rows), "named", len(named), "skipped", len(rows) - len(named))
