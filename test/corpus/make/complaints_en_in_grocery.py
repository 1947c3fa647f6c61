"""
Shape of RamKrishnaWavia/subsbscription-python-api "Complaints.xlsx" (at commit 0d52701): an Indian
online grocer's daily complaint tracker for its morning milk-subscription deliveries, kept in Google
Sheets and downloaded as .xlsx. One sheet "Complaints", header row 1 frozen, 47 headed columns
and two unheaded ones: three "Repeated" columns and City Name / Store Name / Milk / Non-Milk /
Category / Month / Week are formulas (VLOOKUP, _xludf.XLOOKUP, ARRAY_CONSTRAIN) into another
workbook ([1]…), cached as empty text, "#NAME?" or "#ERROR!" (MONTH/WEEKNUM cached as numbers);
then Date (dd-mm-yyyy), Ticket ID (12 digits), Pending Task Id, Remarks (the ticket's subject),
Member Id (the customer, a number; a member may complain twice), Order ID, Level 1-5 (the
disposition tree: Customer Support / Complaint / Product, Delivery, Quality or Order Related / … /
the outcome such as "IBND_AMOUNT CREDITED"), Fatal/Non-Fatal (No), Hub, City, Lob, DC, the delivery
executive's name and mobile (Cee Name, CEE Number), SKU Id / Name / Category, the support agent
(CS Name, CS Empcode, CS TL Name), Sub type, Department, Unit Manager, a second "Category" (the
tree joined with |), Action Taken, Unit Manager Remarks, STATUS (Pending / Complete), Complaint
closure Date & Time, Closed within TAT (Escalated / Not Escalated), Customer Voice Link, No of
Same Disposition, Slot, Last Conversation Type, Agent Disposition; an empty unheaded column and
one of attachment links or "-". All ids are numbers. Values invented.
"""
import datetime
import os

from openpyxl.styles import Font, PatternFill

from fake import Fake, save_with_cached_results, workbook

f = Fake("complaints-en-in-grocery")

HUBS = ["BBD-BLR-Budhigere-T1", "BBD-BLR-Budhigere-T1", "BBD-BLR-Attibele-T1", "BBD-BLR-Nagondanahalli-T1",
        "BBD-BLR-BellahalliRoad-T1", "BBD-BLR-Hoskote-T1", "BBD-BLR-Jigani-T1"]
DISPOSITIONS = [  # level 3, level 4, level 5, sub type, department, weight
    ("Product Related", "Product Related", "IBND_AMOUNT CREDITED", "IBND", "DC", 9),
    ("Delivery Related", "OPS-CEE Related", "Incorrect order acknowledgement", "Incorrect order acknowledgement",
     "Operations", 5),
    ("Quality Related", "Quality Issues", "Refunded", "Q_I_Bakery, Cakes & Dairy", "Operations", 4),
    ("Product Related", "Product Related", "Wrong Product _Amount Credited", "Wrong Product", "Operations", 3),
    ("Product Related", "Product Related", "Expired Product _ Amount Credited", "EXPIRED", "Operations", 1),
    ("Product Related", "Product Related", "Damaged Product _ Amount Credited", "Damaged Product", "Operations", 1),
    ("Delivery Related", "OPS-CEE Related", "Rude Behaviour", "Rude Behaviour", "Operations", 1),
    ("Delivery Related", "Delivery Delay", "Delay reason informed", "Delay Delivery", "Operations", 1),
    ("Order Related", "Order Modification", "Order Cancelled - Complaint", "Order Cancelled", "Operations", 1),
]
SUBJECTS = ["SS - Chat - l3 - One or more items are missing", "SS - Chat - l3 - I have payment related issue",
            "SS - Chat - l3 - My Order is cancelled without reason", "SS - Query - payment - {o} 1855",
            "SS - Request - order_cancel - {o}", "Ticket for Customer - 47660{t} 1855",
            "Ticket for Customer - 47660{t} #bbdaily"]
SKUS = [(40158264, "Pasteurised Toned Milk", "Bakery, Cakes & Dairy"), (40161616, "Samrudhi Milk", "Bakery, Cakes & Dairy"),
        (40149832, "Shubham Milk", "Bakery, Cakes & Dairy"), (40127711, "Fresh Curd Cup", "Bakery, Cakes & Dairy"),
        (40203318, "Brown Bread", "Bakery, Cakes & Dairy"), (40099120, "Coriander Leaves", "Fruits & Vegetables"),
        (40177405, "Bathing Bar Combo", "Beauty & Hygiene")]
MANAGERS = ["Prakash Store incharge", "Unassigned", "Unassigned", "Ambareesh", "JN RAMESH BABU", "Anand R"]
TEAM_LEADS = ["GOVIND K|26028", "S Divakar Reddy", "Vedavathi C M", "ABHIJEET KAUSHIK", "Meghana R"]

cees = [(f.name_in(), float(f.mobile_in())) for _ in range(9)]
agents = [(f.name_in().upper() if f.chance(0.3) else f.name_in(), float(f.r.randrange(70000, 80000))) for _ in range(20)]
members = [float(f._unique(lambda: f.r.randrange(300000, 40000000))) for _ in range(52)]
members += [members[3], members[3], members[11], members[20]]  # a few members complain twice or more
f.r.shuffle(members)

rows = []
for member in members:
    l3, l4, l5, sub, dept, _w = f.r.choices(DISPOSITIONS, weights=[d[5] for d in DISPOSITIONS])[0]
    day = datetime.datetime(2025, 12, 18) if f.chance(0.88) else datetime.datetime(2025, 12, 17)
    order = float(f._unique(lambda: f.r.randrange(1855000000, 1856000000)))
    ticket = float(f._unique(lambda: f.r.randrange(766000000000, 766100000000)))
    subject = f.pick(SUBJECTS).format(o=f.r.randrange(765990000000, 766000000000), t=f.r.randrange(10000000, 99999999))
    cee = f.pick(cees)
    sku = f.pick(SKUS) if l3 != "Delivery Related" and l3 != "Order Related" else (None, None, None)
    agent = f.pick(agents)
    done = f.chance(0.08)
    closed = day + datetime.timedelta(hours=f.r.randrange(14, 23), minutes=f.r.randrange(60), seconds=f.r.randrange(60)) \
        if done else None
    action = f.pick(["Left in Hub. Warning to CEE", "Damage at Hub. Warning to CEE", "Replaced next day"]) if done else None
    voice = f"https://voice.example.com/recordings/{f.r.randrange(10**9, 10**10)}.mp3" if f.chance(0.18) else None
    attachment = f"https://files.example.net/tickets/{int(ticket)}/image.jpg" if f.chance(0.3) else "-"
    rows.append([day, ticket, float(f.r.randrange(783000000, 785000000)), subject, member, order, "Customer Support",
                 "Complaint", l3, l4, l5, "No", f.pick(HUBS), "Bangalore", "bbdaily-b2c",
                 f"DS-IBBLR-{f.pick(['Budhigere', 'Attibele', 'Bellahalli'])}" if f.chance(0.15) else None,
                 cee[0], cee[1], float(sku[0]) if sku[0] else None, sku[1], sku[2], agent[0], agent[1],
                 f.pick(TEAM_LEADS), sub, dept, f.pick(MANAGERS), f"Customer Support|{l3}|{l4}|{l5}", action, None,
                 "Complete" if done else "Pending", closed, "Escalated" if done else "Not Escalated", voice,
                 float(f.r.choices([1, 2, 3], weights=[23, 1, 1])[0]),
                 f"{(day - datetime.timedelta(days=0)).strftime('%Y-%m-%d')} 04:30 AM to 07:00 AM", None,
                 f"Customer Support|Complaint|{l3}|{l4}|{l5}", None, attachment])

HEAD = ["Repeated", "Repeated", "Repeated", "City Name", "Store Name", "Milk / Non-Milk", "Category", "Month", "Week",
        "Date", "Ticket ID", "Pending Task Id", "Remarks", "Member Id", "Order ID", "Level 1", "Level 2", "Level 3",
        "Level 4", "Level 5", "Fatal/Non-Fatal", "Hub", "City", "Lob", "DC", "Cee Name", "CEE Number", "SKU Id",
        "SKU Name", "SKU Category", "CS Name", "CS Empcode", "CS TL Name", "Sub type", "Department", "Unit Manager",
        "Category", "Action Taken", "Unit Manager Remarks", "STATUS", "Complaint closure Date & Time",
        "Closed within TAT", "Customer Voice Link", "No of Same Disposition", "Slot", "Last Conversation Type",
        "Agent Disposition"]

wb = workbook()
ws = wb.active
ws.title = "Complaints"
for j, h in enumerate(HEAD):
    c = ws.cell(1, j + 1, h)
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="00FF00")
for i, r in enumerate(rows):
    n = i + 2
    formulas = [
        f"=IFERROR(IF(AND(VLOOKUP($N{n},'[1]Lookup Data'!L:L,1,0)=$N{n},VLOOKUP($N{n},'[1]Lookup Data'!K:K,1,0)=$N{n}),\"Sep-Aug\",\"\"),\"\")",
        f"=IFERROR(IF(AND(VLOOKUP($N{n},'[1]Lookup Data'!M:M,1,0)=$N{n},VLOOKUP($N{n},'[1]Lookup Data'!L:L,1,0)=$N{n}),\"Oct-Sep\",\"\"),\"\")",
        f"=IFERROR(IF(AND(VLOOKUP($N{n},'[1]Lookup Data'!N:N,1,0)=$N{n},VLOOKUP($N{n},'[1]Lookup Data'!M:M,1,0)=$N{n}),\"Nov-Oct\",\"\"),\"\")",
        f"=_xludf.XLOOKUP(V{n},'[1]Migrated Societies Data'!D:D,'[1]Migrated Societies Data'!B:B)",
        f"=_xludf.XLOOKUP(V{n},'[1]Migrated Societies Data'!D:D,'[1]Migrated Societies Data'!E:E)",
        f"=ARRAY_CONSTRAIN(ARRAYFORMULA(_xludf.XLOOKUP(O{n + 472},[1]order_Report_SA_ID_BB2.0!Q:Q,[1]order_Report_SA_ID_BB2.0!G:G)), 1, 1)",
        f"=_xludf.XLOOKUP(T{n},'[1]Lookup Data'!F:F,'[1]Lookup Data'!E:E)",
        f"=MONTH(J{n})",
        f"=WEEKNUM(J{n},11)",
    ]
    for j, formula in enumerate(formulas):
        ws.cell(n, j + 1, formula)
    for j, v in enumerate(r):
        if v is None:
            continue
        c = ws.cell(n, 10 + j, v)
        if j == 0:
            c.number_format = "dd\\-mm\\-yyyy"
ws.freeze_panes = "A2"
for col, width in [("A", 24.86), ("E", 24.29), ("H", 11.86), ("J", 13.86), ("K", 15.14), ("L", 17.43), ("M", 47.29),
                   ("N", 13.71), ("O", 12.86), ("P", 19.71)]:
    ws.column_dimensions[col].width = width

# Google Sheets stores each formula's last result as text: empty for the three "Repeated" columns,
# #NAME? / #ERROR! where the other workbook could not be reached, the month and week as numbers.
CACHED = {"A": "", "B": "", "C": "", "D": "#NAME?", "E": "#NAME?", "F": "#ERROR!", "G": "#NAME?"}


def cache(col, row, attrs, formula):
    if col in CACHED:
        return f'<c r="{col}{row}"{attrs} t="str"><f>{formula}</f><v>{CACHED[col]}</v></c>'
    day = rows[row - 2][0]
    value = day.month if col == "H" else int(day.strftime("%U")) + 1
    return f'<c r="{col}{row}"{attrs}><f>{formula}</f><v>{value}</v></c>'


save_with_cached_results(wb, "complaints-en-in-grocery.xlsx", "A-I", cache)

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        for i, r in enumerate(rows):
            print(i + 2, r)
