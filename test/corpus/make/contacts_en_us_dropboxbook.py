"""
Shape of a man's personal LibreOffice workbook kept in his Dropbox, as rbokc/broadway holds it ("contacts.ods",
commit b055d2ce62522a9a730ad7d932d02d42108f1080): a Google Contacts export pasted in beside his household money
sheets.

- "new", "refi", "sell", "streak": monthly budget models for buying, refinancing or selling the house and a
  what-if: each bill's monthly amount in column A and its number in B, month names across row 1 from column D,
  every month carried over from the one before by a formula (=D2, =E2 …) with new amounts typed where a bill
  changes or ends (0), totals and scratch arithmetic (=5*1700, =18000*35) lower down, a few merged cells.
- "gold": a gold-savings account's transactions pasted from the web site (city, kind, grams, status, USD) with
  price-per-gram formulas at the side.
- "pdubs": web-site log-ins (site / id / pw, a date on some rows), one per row, alphabetical.
- "contacts": the Google Contacts CSV header on row 1 (Name / Given Name / Additional Name / Family Name /
  Group Membership / E-mail 1 - Type / E-mail 1 - Value / E-mail 2 - Type / E-mail 2 - Value / Phone 1 - Type /
  Phone 1 - Value), 54 friends, relatives and services in name order ('* My Contacts'), mobiles as 10- or
  11-digit numbers (one cell two numbers joined ' ::: '), e-mails on a third of them; scratch left in the
  headerless columns M-O (a second number and a first name on two rows, date arithmetic =NOW()-date, /365),
  and a stray formula =45/64 in K68 under a block of empty rows.
- "bitcoin": amounts bought (coins, USD) in B4:C67 with a sum.
Values invented: every name, number, e-mail, log-in and amount.
"""
import datetime

from fake import Fake, FIRST_EN, LAST_EN, workbook, save

f = Fake("contacts-en-us-dropboxbook")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
wb = workbook()
first = wb.active


def budget(ws, start_month, n_bills, n_months, seed_amounts):
    for k in range(n_months):
        ws.cell(1, 4 + k, MONTHS[(start_month + k) % 12])
    for i in range(n_bills):
        r = 2 + i
        amount = seed_amounts[i]
        ws.cell(r, 1, amount)
        ws.cell(r, 2, [1, 3, 4, 5, 6, 8, 13, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 27][i % 20] + 20 * (i // 20))
        ws.cell(r, 4, f"=A{r}")
        stop = n_months if f.chance(0.7) else f.r.randrange(4, n_months)
        for k in range(1, n_months):
            col = 4 + k
            letter = ws.cell(r, col - 1).column_letter
            if k == stop:
                ws.cell(r, col, 0)
            elif k > stop:
                continue
            elif f.chance(0.03):
                ws.cell(r, col, round(amount * f.r.uniform(0.7, 1.3)))
            else:
                ws.cell(r, col, f"={letter}{r}")
    base = 2 + n_bills + 2
    for j, text in enumerate(["=5*1700", None, "=35*1740", None, "=18000*35", f"=D{base - 2}", None, "=860*52", "=3000*35",
                              "=100000*0.01"]):
        if text:
            ws.cell(base + j, 1, text)
    ws.merge_cells(start_row=base + 12, start_column=16, end_row=base + 12, end_column=21)
    ws.cell(base + 12, 16, "move out")


amounts = [round(f.r.uniform(25, 1500), 2) for _ in range(40)]
first.title = "new"
budget(first, 8, 40, 60, amounts)
for title, start in (("refi", 6), ("sell", 7)):
    budget(wb.create_sheet(title), start, 40, 60, [round(a * f.r.uniform(0.8, 1.1), 2) for a in amounts])

gold = wb.create_sheet("gold")
gold["H5"] = "PER GRAM"
r = 6
for kind, grams, usd in [("Gold Sale (ACH)", 48.112, 2016.00), ("Gold Purchase (Credit / Debit Card)", 1.184, 50.00),
                         ("Gold Purchase (Credit / Debit Card)", 47.530, 2000.00), ("Gold Transfer Sent to <friend@example.com>", 2.402, 100.00),
                         ("Bonus (Birthday)", 0.031, 1.41)]:
    gold.cell(r, 3, "\xa0" + f.pick(["New York", "Toronto", "Dubai", "London"]))
    gold.cell(r, 4, kind)
    gold.cell(r, 5, f"{grams}g Gold")
    gold.cell(r, 6, "\xa0Pending" if r == 6 else "\xa0Confirmed")
    gold.cell(r, 7, f"${usd:,.2f} (USD)")
    if "Purchase" in kind:
        gold.cell(r, 8, f"={usd:.0f}/{grams}")
    r += 1
gold["H12"], gold["H13"] = "=H8-H7", "=H12*48.112"

pd = wb.create_sheet("pdubs")
pd["B1"], pd["C1"], pd["D1"] = "site", "id", "pw"
sites = sorted(f.pick(["advisor", "air", "movie", "shop", "bank", "cable", "gym", "news", "photo", "music", "travel", "tax", "school",
                       "phone", "insure", "util", "card", "loan", "stream", "game"]) + f.pick(["central", "hub", "net", "now", "plus", "online", ""]) + str(i)
               for i in range(120))
for i, s in enumerate(sites, 2):
    pd.cell(i, 2, s)
    if f.chance(0.8):
        pd.cell(i, 3, f.pick(["user", "me", "home"]) + str(f.r.randrange(10, 99)) if f.chance(0.6) else f.email("me.home"))
    if f.chance(0.85):
        pd.cell(i, 4, f.pick(["Invented", "Sample", "Dummy"]) + str(f.r.randrange(10, 99)))
    if f.chance(0.1):
        pd.cell(i, 1, datetime.datetime(2017, f.r.randrange(1, 13), f.r.randrange(1, 28)))

ct = wb.create_sheet("contacts")
head = ["Name", "Given Name", "Additional Name", "Family Name", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
        "E-mail 2 - Type", "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value"]
for c, h in enumerate(head, 1):
    ct.cell(1, c, h)
people = []
while len(people) < 54:
    kind = f.r.random()
    if kind < 0.08:
        given, fam = f.pick(["Aunt", "Uncle", "Grandma", "Coach"]), f.pick(FIRST_EN)
    elif kind < 0.13:
        given, fam = f.pick(["OG&E Outage", "Dr Office", "Vet Clinic", "Pizza Place", "Plumber"]), None
    else:
        given, fam = f.pick(FIRST_EN), f.pick(LAST_EN)
    name = f"{given} {fam}" if fam else given
    if name in [p[0] for p in people]:
        continue
    people.append((name, given, fam))
people.sort()
area = [405, 580, 918, 214, 817]
for i, (name, given, fam) in enumerate(people):
    r = 2 + i
    ct.cell(r, 1, name)
    ct.cell(r, 2, given)
    if i == 20:
        ct.cell(r, 3, "P.")
    if fam:
        ct.cell(r, 4, fam)
    if i != 30:
        ct.cell(r, 5, "* My Contacts")
    if f.chance(0.38):
        local = (given.split()[0][0] + (fam or "info")).lower()
        ct.cell(r, 6, f.pick(["Other", "* Other", "* "]))
        ct.cell(r, 7, f.email(local))
        if f.chance(0.35):
            ct.cell(r, 8, f.pick(["* ", "* Other"]))
            ct.cell(r, 9, f.email(given.split()[0].lower() + str(f.r.randrange(10, 99))))
    if i not in (12, 40):
        if i != 41:
            ct.cell(r, 10, "Mobile")
        num = int(f"{f.pick(area)}55501{f.r.randrange(100):02d}")
        if not fam and i % 2:
            num = int(f"1877555{f.r.randrange(100):04d}")
            num = int(f"1{f.pick(area)}55501{f.r.randrange(100):02d}")
        if i == 42:
            ct.cell(r, 11, f"{num} ::: {f.pick(area)}55501{f.r.randrange(100):02d}")
        else:
            ct.cell(r, 11, num)
ct["M2"], ct["N2"] = f"{f.pick(area)}-555-01{f.r.randrange(100):02d}", f.pick(FIRST_EN).upper()
ct["M3"], ct["N3"] = f"{f.pick(area)}-555-01{f.r.randrange(100):02d}", f.pick(FIRST_EN)
ct["O38"] = "=NOW()"
ct["O39"] = datetime.datetime(2008, 6, 9)
ct["O40"] = "=O38-O39"
ct["O41"] = "=O40/365"
ct["O43"] = datetime.datetime(2003, 3, 4)
ct["O44"] = "=O39-O43"
ct["O45"] = "=O44/365"
ct["K68"] = "=45/64"

bt = wb.create_sheet("bitcoin")
for r in range(4, 67):
    coins = f.pick([0.25, 0.5, 0.5, 0.75, 1.5])
    bt.cell(r, 2, coins)
    bt.cell(r, 3, round(coins * f.r.uniform(560, 690), 2))
bt["C67"] = "=SUM(C4:C66)"
bt["E67"] = "=C67/SUM(B4:B66)"

wb.move_sheet("gold", offset=-1)
wb._sheets = [wb["new"], wb["refi"], wb["sell"], wb["gold"], wb["pdubs"], wb.create_sheet("streak"), wb["contacts"], wb["bitcoin"]]
budget(wb["streak"], 5, 40, 60, [round(a * f.r.uniform(0.9, 1.05), 2) for a in amounts])
save(wb, "contacts-en-us-dropboxbook.ods", libreoffice="ods")
