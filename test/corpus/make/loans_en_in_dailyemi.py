"""
Shape of jsmg-dev/vault2.0 "frontend/src/assets/template/customer-template.xlsx" (at commit
bded51438d4249c84b8966c52df61e6a2a36dd2f): a small Rajasthani money-lender's loan book, kept in
Excel and shipped as the import template of the lender's web app (one sheet "Sheet1", saved by
Excel):

- header on row 1 in the app's snake_case: name / customer_code / contact_no / alt_contact_no /
  start_date / end_date / loan_duration / loan_amount / file_charge / agent_fee / emi /
  advance_days / amount_after_deduction / agent_commission / status / remark;
- one row per loan (142), in roughly the order the loans were given, not one per customer: a
  borrower who comes back gets a new row and a new customer_code, the name typed again with the
  loan's ordinal ("… 2", "… 3"), sometimes " 1" on the second loan, an ordinal repeated or
  skipped, the surname spelled another way or left off, a trailing space; long names cut at 25
  characters by the app; a husband-and-wife pair written "A/B";
- codes C-001 … C-099 then C-0100 … (one C-106 among them, C-077 missing);
- mobiles stored as numbers, three as text "a/b", a dozen late rows without one; the second
  number column mixes numbers with "Name-number", "a/b", "Name:-number/" and "number/Office-Name";
- start dates typed as ISO text in cells formatted mm-dd-yy, a few out of order (one a year off);
  end_date never filled;
- loan_duration 100 (days, daily EMI) for most, 1/2/3/5 (months) for short loans, one 90, one 120;
  fees 0/200/300/500/1000/1500, a few left empty; EMI with decimals on two rows; the last eight
  amount_after_deduction cells formulas (=H-I-J-K*L) with Excel's cached results, one amount
  negative; agent_commission always 0; status Closed/Active; remark always "NA";
- one empty formatted row under the data; columns Q and R empty.
Values invented: names, codes, phone numbers (Indian 90000… block), amounts and dates.
"""
import datetime

from fake import FIRST_IN, LAST_IN, CachedFormulas, Fake, workbook

f = Fake("loans-en-in-dailyemi")

FIRST = FIRST_IN + ["Mahesh", "Suresh", "Ramesh", "Dinesh", "Mukesh", "Naresh", "Girish", "Hemant", "Lalit",
                    "Sunita", "Kamla", "Rekha", "Bhanwar", "Gopal", "Om", "Jagdish", "Prakash", "Sohan"]
LAST = LAST_IN + ["Saini", "Jangid", "Meena", "Rathi", "Soni", "Choudhary", "Joshi", "Agarwal", "Yadav",
                  "Rawal", "Pareek", "Tak"]


def mobile():
    return int(f.mobile_in())


# ---- borrowers: about 62 people, some back many times -----------------------------------------
people = []
for i in range(60):
    name = f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")
    if i % 11 == 3:
        name = name.split()[0]  # a borrower known by the first name only
    elif i % 13 == 5:
        first, last = name.split()
        name = f"{first} {f.pick(['Kumar', 'Lal', 'Singh', 'Prasad'])} {last}"
    phone = mobile()
    alt = None
    r = f.r.random()
    if r < 0.12:
        alt = mobile()
    elif r < 0.17:
        alt = f"{f.pick(FIRST)}-{f.mobile_in()}"
    elif r < 0.20:
        alt = f"{f.mobile_in()}/{f.mobile_in()}"
    elif r < 0.22:
        alt = f"{f.pick(FIRST)} {name.split()[-1]}:-{f.mobile_in()}/"
    elif r < 0.24:
        alt = f"{f.mobile_in()}/Office-{f.pick(FIRST)}"
    people.append({"name": name, "phone": phone, "alt": alt, "loans": 0})
# one shared second number between two borrowers (a relative), as in the source
people[4]["alt"] = people[7]["phone"]
people[9]["phone"] = f"{f.mobile_in()}/{f.mobile_in()}"
people[21]["phone"] = f"{f.mobile_in()}/{f.mobile_in()}"
weights = [8, 8, 7, 6, 6, 5, 5, 5, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3] + [2] * 12 + [1] * 28
couple = f"{f.pick(FIRST)} {LAST[0]}/{f.pick(FIRST)} {LAST[0]}"


def loan_name(p, n):
    base = p["name"]
    if n == 1:
        return base
    if n == 2 and f.chance(0.08):
        return base + " 1"
    if f.chance(0.06) and " " in base:
        base = base.split()[0] + " " + f.pick(LAST)  # surname spelled another way
    if f.chance(0.04) and " " not in base:
        base = base + " " + f.pick(LAST)
    name = f"{base} {n}"
    if f.chance(0.03):
        name += " "
    return name


# ---- loans in the order given --------------------------------------------------------------------
events = []
for p, w in zip(people, weights):
    for _ in range(w):
        events.append(p)
f.r.shuffle(events)
# first-time borrowers come in over time; keep each person's loans in order
start = datetime.date(2024, 3, 2)
days = sorted(f.r.randrange(0, 520) for _ in range(len(events)))
rows = []
for p, d in zip(events, days):
    p["loans"] += 1
    rows.append((p, p["loans"], start + datetime.timedelta(days=d)))
assert len(rows) == 142, len(rows)

SHORT = {1: (10000, 50000), 2: (10000, 10000), 3: (12000, 30000), 5: (50000, 50000)}
out = []
code_no = 0
for k, (p, n, day) in enumerate(rows):
    code_no += 1
    if code_no == 77:
        code_no += 1  # C-077 never used
    code = f"C-{code_no:03d}" if code_no < 100 else f"C-0{code_no}"
    if code_no == 106:
        code = "C-106"
    name = loan_name(p, n)
    if k == 131:
        name = couple + " Mont"
    if len(name) > 25:
        name = name[:25]
    r = f.r.random()
    if r < 0.80:
        duration = 100
    elif r < 0.88:
        duration = 3
    elif r < 0.95:
        duration = 1
    else:
        duration = f.pick([90, 2, 120, 5])
    if duration == 100:
        amount = f.pick([8000, 10000, 10000, 12000, 15000, 15000, 20000, 20000, 20000, 20000, 25000, 25000, 30000, 30000,
                         38000, 40000, 50000, 60000])
        emi = round(amount * f.pick([1.3, 1.3, 1.2, 1.2, 1.0]) / 100, 2)
        if emi == int(emi):
            emi = int(emi)
    elif duration in SHORT:
        lo, hi = SHORT[duration]
        amount = f.pick(range(lo, hi + 1, 5000)) if lo != hi else lo
        emi = f.pick([0, round(amount * 1.39 / duration / 10) * 10, int(amount / duration * 1.2)])
    elif duration == 120:
        amount = 20000
        emi = round(amount * 1.375 / 120, 2)
    else:
        amount = f.pick([20000, 35000])
        emi = int(amount / 10)
    if k < 20:
        fee, agent = f.pick([(200, 300), (200, 300), (200, 300), (0, 0), (500, 0), (300, 0)])
    else:
        fee, agent = f.pick([(500, 0), (500, 0), (200, 300), (0, 0), (0, 0), (1000, 0)])
    if duration in (1, 2, 3, 5) and fee:
        fee = f.pick([500, 1000, 1000, 1500])
    if duration == 100:
        advance = f.pick([0, 0, 0, 1, 5, 7, 10, 10, 10, 15]) if emi else 0
    else:
        advance = 10 if duration == 120 else 0
    net = amount - fee - agent - emi * advance
    net = round(net, 1) if net != int(net) else int(net)
    status = "Active" if day > datetime.date(2025, 4, 20) and f.chance(0.8) else ("Active" if f.chance(0.08) else "Closed")
    out.append({"name": name, "code": code, "phone": p["phone"], "alt": p["alt"], "day": day, "duration": duration,
                "amount": amount, "fee": fee, "agent": agent, "emi": emi, "advance": advance, "net": net,
                "status": status})

# typing slips: a year off, a repeated ordinal, empty fees, no phone on late rows, a negative net
out[65]["day"] = out[65]["day"].replace(year=2024) if out[65]["day"].year == 2025 else out[65]["day"]
out[77]["day"] = out[77]["day"] - datetime.timedelta(days=70)
out[78]["day"] = out[78]["day"].replace(year=out[78]["day"].year - 1)
for k in (51, 91, 100):
    out[k]["agent"] = None
out[51]["fee"] = None
for k in range(113, 142, 2):
    if k != 127:
        out[k]["phone"], out[k]["alt"] = None, None
out[101]["phone"] = None
out[128].update(duration=1, amount=20000, fee=0, agent=0, emi=22000, advance=1, net=-2000)
out[129].update(duration=1, amount=50000, fee=0, agent=0, emi=50000, advance=1, net=0)
# an ordinal typed twice: a borrower's fourth loan written as the third again
p3 = next(p for p in people if p["loans"] >= 5 and " " in p["name"])
third = next(k for k, (p, n, _) in enumerate(rows) if p is p3 and n == 3)
fourth = next(k for k, (p, n, _) in enumerate(rows) if p is p3 and n == 4)
out[fourth]["name"] = out[third]["name"]
for k in (21, 48):
    out[k]["emi"] = round(out[k]["amount"] * 1.341 / 100, 2)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
header = ["name", "customer_code", "contact_no", "alt_contact_no", "start_date", "end_date", "loan_duration",
          "loan_amount", "file_charge", "agent_fee", "emi", "advance_days", "amount_after_deduction",
          "agent_commission", "status", "remark"]
for j, h in enumerate(header, 1):
    ws.cell(1, j, h)
cached = CachedFormulas()
for i, d in enumerate(out, 2):
    values = [d["name"], d["code"], d["phone"], d["alt"], d["day"].isoformat(), None, d["duration"], d["amount"],
              d["fee"], d["agent"], d["emi"], d["advance"], None, 0, d["status"], "NA"]
    for j, v in enumerate(values, 1):
        if v is not None:
            ws.cell(i, j, v)
    ws.cell(i, 5).number_format = "mm-dd-yy"
    if i >= 136:
        cached.formula(ws, f"M{i}", f"=H{i}-I{i}-J{i}-K{i}*L{i}", d["net"])
    else:
        ws.cell(i, 13, d["net"])
ws.cell(len(out) + 2, 5).number_format = "mm-dd-yy"
for col, width in zip("ABCDEFGHIJKLMNOP", [26.8, 13.8, 22.1, 42.4, 10.3, 8.7, 12.4, 11.9, 10, 9.2, 7, 12.4, 21.8,
                                         16.3, 6.6, 6.8]):
    ws.column_dimensions[col].width = width
cached.save(wb, "loans-en-in-dailyemi.xlsx")
