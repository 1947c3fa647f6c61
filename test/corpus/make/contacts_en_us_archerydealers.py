"""
Shape of Stinger125/magnus-crm "Contacts.csv": an archery broadhead maker's CRM contacts table
exported as UTF-8 CSV (LF line ends, minimal quoting) — one row per contact of its dealer
accounts, 756 rows. Header: Contact ID / Contact Name / Company / Job Title / Phone / Mobile Phone
/ Email / Primary Contact / Include in Emails / Owner / Notes.

- Contact ID CT-0001 … CT-0756 in order; the accounts sorted by their name, which starts with a
  US state or a country ('AR-', 'AZ - ', 'CANADA-', 'BELGUIM-' misspelt) and ends with the buying
  group and member number ('- ARRO 387', '- ARRO #372', '- NABA', '- SI #1389', '- NBS 228').
- Contact Name: a first name in any case, a full name, 'X IS OWNER', 'Mike/buyer owner', several
  names in one cell (quoted), or the account's own name again when no person is known. Buying-group
  accounts carry a second row for the group's payables desk ('ARRO Accounts Payable', 'Sports
  Inc') with the group's shared address, Primary Contact No, Include in Emails Yes.
- Job Title almost always empty (Owner, manager, AP a few times).
- Phone in a dozen spellings ('907-830-2089', '501 663 2245', '(706) 782-4253', '318) 649-7004',
  '5016976116', '12565550123', "'+1…", '… ext 410', 'buyer phone 618-443-2' cut at 20 characters, an
  e-mail address cut at 20); Mobile Phone mostly empty, sometimes a note ('sec code on credit ca').
- Email: one address, two in one quoted cell, the buying group's shared address, or empty.
- Owner: the sales rep on some rows. Notes always empty.
- Near the end: 50 pro-staff shooters ('PS-NAME', the same text as contact and company), seven
  'VIP-' individuals, web-order customers whose company is their own name, and eight contacts
  added later for accounts listed earlier.
Values invented.
"""
import csv
import os
import re

from fake import FILES, Fake

f = Fake("contacts-en-us-archerydealers")
r = f.r

STATES = ["AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA",
          "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK",
          "OR", "PA", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"]
WEIGHT = {"IA": 3, "IL": 3, "IN": 3, "MI": 4, "MN": 3, "MO": 3, "OH": 4, "PA": 5, "TX": 3, "WI": 4, "NY": 3, "KS": 2, "KY": 2}
COUNTRIES = ["CANADA", "CANADA", "CANADA", "CANADA", "AUSTRALIA", "FRANCE", "ITALY", "SPAIN", "BELGUIM", "SOUTH AFRICA"]
W1 = ["TIMBER", "RIDGE", "HOLLOW", "BUCK", "ELK", "CEDAR", "STONE", "RIVER", "HAWK", "PINE", "IRON", "FOX", "BEAR",
      "EAGLE", "WILLOW", "MAPLE", "PRAIRIE", "THUNDER", "SILVER", "COPPER", "TRAIL", "BLUFF", "CREEK", "OAK", "TURKEY"]
W2 = ["ARCHERY", "ARCHERY", "ARCHERY", "OUTDOORS", "SPORT SHOP", "SPORTING GOODS", "BOWHUNTERS", "PRO SHOP",
      "OUTFITTERS", "ARCHERY & TACKLE", "HUNTING SUPPLY", "BAIT AND TACKLE", "GUNS & ARCHERY", "FARM AND RANCH",
      "ARCHERY LLC", "OUTDOOR SUPPLY", "TRADING POST", "HARDWARE"]
FIRST = ["DAVID", "LARRY", "BRANDON", "MIKE", "WYATT", "JEREMY", "DALTON", "TOMMY", "WILL", "CHASE", "ANDY", "BRETT",
         "NICK", "AARON", "CALEB", "STEVEN", "RANDY", "RON", "RHONDA", "BRIAN", "MEGAN", "CURTIS", "DON", "JAMES",
         "GORDON", "SALLY", "GABE", "JAN", "PATRICK", "JAKE", "TJ", "BUD", "MERLE", "SCOTT", "TROY", "JOHN", "DEAN",
         "TERRI", "NORMAN", "MARK", "KEVIN", "GREG", "RUSSELL", "TYLER", "MATT", "JOSH", "NATE", "SAM", "CARL",
         "KENNETH", "SHELLY", "ROY", "TIM", "RICH", "JUNIE", "PETE", "ROGER", "DAN", "JIM", "GARY", "DEREK"]
LAST = ["ASHDOWN", "BRIGHTWELL", "CARROW", "DUNMORE", "ELLERY", "FAIRBANK", "GREYSON", "HOLLOWAY", "IVERS",
        "JESSOP", "KETTERING", "LINDQVIST", "MARLOW", "NORTHCOTT", "OAKES", "PEMBURY", "QUILLAN", "ROOKWOOD",
        "STANWICK", "THORNBURY", "UPWOOD", "VALLANCE", "WESTBROOK", "YARDLEY", "ALDERTON", "BEXLEY", "COLDWELL"]
REP = "Dale Whitcombe"

GROUP_AP = {"ARRO": ("ARRO Accounts Payable", "Ap@example.com"), "SI": ("Sports Inc", "importinvoice@example.net")}


def person_name():
    x = r.random()
    fn, ln = r.choice(FIRST), r.choice(LAST)
    if x < 0.35:
        return r.choice([fn, fn.lower(), fn.title()])
    if x < 0.75:
        return r.choice([f"{fn} {ln}", f"{fn.title()} {ln.title()}", f"{fn.lower()} {ln.lower()}"])
    return r.choice([f"{fn} IS OWNER", f"{fn.title()}/buyer owner", f"{fn.title()}, {r.choice(FIRST).title()}, {r.choice(FIRST).title()} {ln.title()}",
                     f"{fn.lower()} is buyer accounting ext 6", f"{fn.title()} and {r.choice(FIRST).lower()}", f"{fn} OR {r.choice(FIRST)}",
                     f"{fn.title()}- buyer", f"{fn.title()} {ln.title()} "])


used_ph = set()


def phone():
    for _ in range(100):
        area = r.randrange(201, 990)
        n = f"01{r.randrange(100):02d}"
        key = (area, n)
        if key in used_ph:
            continue
        used_ph.add(key)
        x = r.random()
        if x < 0.55:
            return f"{area}-555-{n}"
        if x < 0.7:
            return f"{area} 555 {n}"
        if x < 0.8:
            return f"({area}) 555-{n}"
        if x < 0.86:
            return f"{area}555{n}"
        if x < 0.89:
            return f"{area}) 555-{n}"
        if x < 0.92:
            return f"{area}-555-{n} ext {r.randrange(100, 999)}"
        if x < 0.94:
            return f"1{r.randrange(201, 299)}555{n}"
        if x < 0.96:
            return f"buyer phone {area}-555-0"[:20]
        return f"{area}/555/{n}"
    raise RuntimeError


def email(local):
    return f.email("".join(ch for ch in local.lower() if ch.isalnum())[:18])


# the accounts, sorted by name
accounts = []
for st in STATES:
    for _ in range(WEIGHT.get(st, 1) * r.choice([4, 5, 6, 7])):
        sep = r.choice(["-", "-", "-", "-", " - ", "- "])
        base = f"{r.choice(W1)} {r.choice(W2)}"
        group = r.choices(["ARRO", "SI", "NABA", "NBS", "SCHEELS", None], [18, 12, 12, 6, 3, 30])[0]
        if group == "ARRO":
            name = f"{st}{sep}{base} - ARRO" + r.choice(["", f" {r.randrange(3, 610)}", f" #{r.randrange(3, 610)}"])
        elif group == "SI":
            name = f"{st}{sep}{base} - SI #{r.randrange(200, 1430)}"
        elif group == "NABA":
            name = f"{st}{sep}{base} - NABA"
        elif group == "NBS":
            name = f"{st}{sep}{base} - NBS {r.randrange(30, 880)}"
        elif group == "SCHEELS":
            name = f"{st}-{r.choice(W1)} SCHEELS"
        else:
            name = f"{st}{sep}{base}"
        accounts.append((name, group))
for c in COUNTRIES:
    accounts.append((f"{c}-{r.choice(W1)} {r.choice(W2)}", None))
accounts.sort(key=lambda a: a[0].upper())

rows = []


def add(name, company, title=None, ph=None, mob=None, mail=None, primary="Yes", include="No", owner=None):
    rows.append([None, name, company, title, ph, mob, mail, primary, include, owner, None])


for company, group in accounts:
    owner = REP if r.random() < 0.15 else None
    base = company.rsplit(" - ", 1)[0] if group in ("ARRO", "SI", "NABA", "NBS") else company
    short = re.sub(r"^[A-Z ]+?\s*-\s*", "", base).strip()
    if group == "ARRO":
        ap = GROUP_AP["ARRO"]
        holder = person_name() if r.random() < 0.55 else f"{company[:2]}-ARRO-{short}"
        own = [(ap[0], company, None, None, None, ap[1], "No", "Yes", owner),
               (holder, company, None, phone() if r.random() < 0.85 else None, None,
                ap[1].lower() if r.random() < 0.7 else email(short), "Yes", "Yes", owner)]
        if r.random() < 0.5:
            own.reverse()
        for o in own:
            add(*o)
    elif group == "SI":
        ap = GROUP_AP["SI"]
        own = [(person_name(), company, None, phone(), None, email(short), "Yes", "No", owner),
               (ap[0], company, None, None, None, ap[1], "No", "Yes", owner)]
        if r.random() < 0.4:
            own.reverse()
        for o in own:
            add(*o)
    elif group == "SCHEELS":
        add(r.choice([company, person_name()]), company, None, phone() if r.random() < 0.7 else None, None,
            "co_ap@example.org", "Yes", "No", None)
    else:
        nm = person_name() if r.random() < 0.72 else company
        mob = None
        x = r.random()
        if x < 0.12:
            mob = phone()
        elif x < 0.16:
            mob = r.choice(["sec code on credit ca", "buyer", f"{phone()} cell"[:20], f"{phone()}  {r.choice(FIRST)}"[:20]])
        title = r.choice([None] * 20 + ["Owner", "manager", "OWNER", "AP"])
        mail = None if r.random() < 0.18 else (email(short) if r.random() < 0.9 else f"{email(short)},{email(r.choice(FIRST))}")
        add(nm, company, title, phone() if r.random() < 0.82 else None, mob, mail, r.choice(["Yes"] * 9 + ["No"]),
            r.choice(["No"] * 5 + ["Yes"]), owner)
        if r.random() < 0.06:
            add(person_name(), company, None, None, None, email(r.choice(FIRST)), "No", r.choice(["No", "Yes"]), owner)

# web-order customers, pro staff and VIPs
web = [f"{r.choice(FIRST).title()} {r.choice(LAST).title()}-{r.choice(LAST).title()}" for _ in range(5)]
for w in web:
    add(w, w, None, phone() if r.random() < 0.7 else None, None, email(w.split()[0]), "Yes", "No", None)
add("marcus " + r.choice(LAST).lower(), "guest-checkout-company", None, f"'+1{r.randrange(201, 299)}55501{r.randrange(100):02d}",
    None, email("marcus"), "Yes", "No", REP)
for _ in range(50):
    n = f"{r.choice(FIRST)} {r.choice(LAST)}"
    n = n if r.random() < 0.7 else n.title()
    shown = f"PS-{n}" if r.random() < 0.9 else n
    add(shown, f"PS-{n}", None, phone() if r.random() < 0.04 else None, None,
        email(n.split()[0]) if r.random() < 0.08 else None, "Yes", "No", None)
for _ in range(7):
    n = f"VIP-{r.choice(FIRST)} {r.choice(LAST)}"
    add(n, n, None, phone() if r.random() < 0.5 else None, None, email(n[4:]) if r.random() < 0.3 else None, "Yes", "No", None)
rows.sort(key=lambda x: x[2].upper())
# contacts added later for accounts already listed
for _ in range(8):
    company = r.choice(accounts)[0]
    add(r.choice(FIRST).title(), company, r.choice([None, None, "Manager"]), None, None,
        email(r.choice(FIRST)) if r.random() < 0.5 else None, r.choice(["Yes", "No"]), "No", REP)

target = 756
while len(rows) > target:
    # drop surplus plain dealer rows (never a payables row) from the middle
    k = r.randrange(40, len(rows) - 70)
    if rows[k][1] not in ("ARRO Accounts Payable", "Sports Inc") and not rows[k][2].startswith(("PS-", "VIP-")):
        del rows[k]
BASE = len(rows)
while len(rows) < target:
    k = r.randrange(40, len(rows) - 70)
    c = rows[k][2]
    if c.startswith(("PS-", "VIP-", "guest")) or c == rows[k][1]:
        continue
    rows.insert(k + 1, [None, person_name(), c, None, phone() if r.random() < 0.6 else None, None,
                        email(r.choice(FIRST)), "No", "No", rows[k][9], None])
for i, row in enumerate(rows, 1):
    row[0] = f"CT-{i:04d}"

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-en-us-archerydealers.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["Contact ID", "Contact Name", "Company", "Job Title", "Phone", "Mobile Phone", "Email", "Primary Contact",
                "Include in Emails", "Owner", "Notes"])
    for row in rows:
        w.writerow(["" if v is None else v for v in row])

if __name__ == "__main__":
    print(BASE, len(rows), len({x[2] for x in rows}))
