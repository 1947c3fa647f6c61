"""
Shape of RitikaUchil/Gym_members_retention "members.xlsx" (at commit 206843f): an Indian Pilates
studio's membership export from its gym-management software, saved by Excel. One sheet "Sheet2",
header row 1 in bold: Member Code / Invoice No. / Invoice Date / Name / Number / Customer GSTIN /
Plan Name / Start Date / End Date / Net Amount / SGST / CGST / Total Amount / Amount Pending /
Received Amount / Cash / Card / Cheque / Online / Notes / Plan Status / Trainer Name / Trainer ID /
Mail ID / DOB / Refernce Number / Client Rep / Bill Rep. One row per membership invoice, newest
first, so a member who renewed comes back on several rows (same code, name, number, e-mail, DOB and
client rep; two plans bought the same day are two rows). All dates are dd-mm-yyyy text, every
amount is text ('12999.0', '0.00'), the number is stored as a number with a digit too many, empty
cells hold nothing or the text 'None', 'NONE' stands for no trainer / no rep, Plan Status is a
two-letter code (AC/EX/US/CN), the oldest invoices have no invoice number. Names as typed at the
desk: first name only with trailing spaces, 'First .' and 'First .Last', lower-case surnames,
a name typed twice. Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, FIRST_IN, LAST_IN, save, workbook

f = Fake("members-en-in-pilates")

PLANS = [("Pilates Group Membership [12 Sessions]", 12999, 30), ("Pilates Group Membership [8 Sessions]", 9999, 30),
         ("Pilates Private Membership [12 Sessions]", 19500, 30), ("Pilates Private Membership [8 Sessions]", 16999, 30),
         ("Pilates Group Membership [36 Sessions]", 34499, 89), ("Pilates Group Membership [72 Sessions]", 62999, 180)]
OLD_PLANS = [("Pilates Membership 8 Classes (1 Month) Private Session", 14400, 30),
             ("Pilates Membership 12 Classes [PT]", 14400, 29), ("Pilates Private Membership [8 Sessions]", 9500, 29)]
TRAINERS = [("Kavitha  R", 22327), ("Deepa Nairan", 22328), ("Meenal Coach", 21069), ("Shruti Coach", 22326)]
REP = "Meenal Coach"
EXTRA_FIRST = ["Ishita", "Tanvi", "Sneha", "Nandini", "Rashmi", "Shalini", "Priyanka", "Divya", "Lavanya", "Madhuri",
               "Sonal", "Aparna", "Radhika", "Vidya", "Kiran", "Manish", "Rakesh", "Sagar", "Nikhil", "Varun"]
EXTRA_LAST = ["Hegde", "Rao", "Iyer", "Menon", "Kulkarni", "Deshpande", "Shetty", "Pillai", "Chawla", "Bhat"]


def typed(first, last, style):
    if style == "first":
        return first + " " * f.pick([2, 4, 6])
    if style == "dot":
        return first + " ."
    if style == "dotlast":
        return f"{first} .{last}"
    if style == "lower":
        return f"{first} {last.lower()}"
    if style == "twice":
        return f"{first} {first}" if f.chance(0.5) else f"{first.lower()} {first.lower()}"
    if style == "trail":
        return f"{first} {last} "
    return f"{first} {last}"


# members: (code, typed name, clean first, clean last, number, email, dob, client rep)
members = []
used = set()
firsts, lasts = FIRST_IN + EXTRA_FIRST, LAST_IN + EXTRA_LAST
while len(members) < 64:
    first, last = f.pick(firsts), f.pick(lasts)
    if (first, last) in used:
        continue
    used.add((first, last))
    style = f.pick(["plain"] * 9 + ["first", "first", "dot", "dotlast", "lower", "lower", "twice", "trail"])
    code = f"PP-{f.r.randrange(40000000, 170000000)}"
    digits = int(f.mobile_in())
    number = digits * 100 + 1 if len(members) == 40 else digits * 10 + 1
    email = None if f.chance(0.08) else f.email(f"{first.lower()}{last.lower()}{f.r.randrange(1, 99)}")
    dob = None if f.chance(0.45) else f.date(datetime.date(1972, 1, 1), datetime.date(2004, 12, 31))
    if len(members) == 13:
        dob = datetime.date(2025, 10, 14)  # the desk typed the joining day as a birthday
    rep = REP if f.chance(0.48) else "NONE"
    members.append((code, typed(first, last, style), first, last, number, email, dob, rep, style))

# how many invoices each member has (most one or two, a few regulars many)
counts = [f.pick([1] * 48 + [2] * 30 + [3] * 11 + [4] * 6 + [5, 6, 7]) for _ in members]
# a handful of fixed members for the label
counts[0], counts[1], counts[2], counts[3] = 3, 1, 5, 2

invoices = []
for m, n in zip(members, counts):
    day = f.date(datetime.date(2025, 4, 4), datetime.date(2025, 12, 29))
    for k in range(n):
        old = day < datetime.date(2025, 5, 20)
        plan = f.pick(OLD_PLANS if old else PLANS)
        invoices.append((day, m, plan))
        if f.chance(0.1):  # a second plan bought the same day
            invoices.append((day, m, f.pick(OLD_PLANS if old else PLANS)))
        day = day - datetime.timedelta(days=f.r.randrange(28, 75))
        if day < datetime.date(2025, 4, 4):
            break
invoices.sort(key=lambda x: x[0], reverse=True)

wb = workbook()
ws = wb.active
ws.title = "Sheet2"
ws.append(["Member Code", "Invoice No.", "Invoice Date", "Name", "Number", "Customer GSTIN", "Plan Name", "Start Date",
           "End Date", "Net Amount", "SGST", "CGST", "Total Amount", "Amount Pending", "Received Amount", "Cash", "Card",
           "Cheque", "Online", "Notes", "Plan Status", "Trainer Name", "Trainer ID", "Mail ID", "DOB", "Refernce Number",
           "Client Rep", "Bill Rep"])
numbered = len(invoices) - 14
fmt = lambda d: d.strftime("%d-%m-%Y")
for i, (day, m, (plan, price, days)) in enumerate(invoices):
    code, name, _, _, number, email, dob, rep, _ = m
    invoice_no = f"PP-I-{numbered - i + 10:05d}#" if i < numbered else (None if i != numbered else "None")
    start = day + datetime.timedelta(days=f.pick([0, 0, 0, 1]))
    end = start + datetime.timedelta(days=days)
    net = float(price - f.pick([0, 0, 0, 500, 1000]))
    taxed = day > datetime.date(2025, 11, 20) and f.chance(0.6)
    gst = round(net * 0.025, 2) if taxed else 0.0
    total = round(net + 2 * gst, 2)
    pending = f.pick([0.0] * 30 + [1.0, net])
    received = 0.0 if f.chance(0.2) else round(total - pending, 2)
    way = f.pick(["Online"] * 6 + ["Cash"] * 3 + ["Card"])
    split = {w: (received if w == way else 0.0) for w in ["Cash", "Card", "Cheque", "Online"]}
    trainer = ("NONE", "NONE") if f.chance(0.15) else f.pick(TRAINERS)
    none_text = f.chance(0.33)
    status = "AC" if end >= datetime.date(2025, 12, 30) else f.pick(["EX", "EX", "EX", "US", "CN"] if day > datetime.date(2025, 6, 30)
                                                                    else ["EX", "CN", "CN", "US"])
    ws.append([code, invoice_no, fmt(day), name, number, "None" if none_text else None, plan, fmt(start), fmt(end),
               str(net), f"{gst:.2f}", f"{gst:.2f}", str(total), str(pending), str(received), str(split["Cash"]),
               str(split["Card"]), str(split["Cheque"]), str(split["Online"]), "None" if none_text or f.chance(0.1) else None,
               status, trainer[0], trainer[1], email, fmt(dob) if dob else None, "None" if none_text else None,
               rep, f.pick([REP, REP, REP, "NONE"])])
for cell in ws[1]:
    cell.font = Font(bold=True)
save(wb, "members-en-in-pilates.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(members), len(invoices))
        for m, n in list(zip(members, counts))[:6]:
            print(n, m)
        for row in list(ws.iter_rows(values_only=True))[:8]:
            print(row)
