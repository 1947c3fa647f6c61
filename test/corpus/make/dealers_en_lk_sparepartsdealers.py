"""
Shape of Saminda44/Spare-Parts-Inventory-Optimization "dealers.xlsx" (commit
45fdb6058f707a886b8928b879bf4e77ac8abecd): a Sri Lankan motorcycle spare-parts distributor's dealer
master, one sheet "Sheet1", A1:L415, auto-filter over the whole range, no title row.

- Header: Dealer Code, Dealer Name, Province, District, ASE, RM, Admin, BG, Credit Limit,
  Cash / Credit Status, Type, Status (Active/ Inactive).
- 414 dealers: first the active ones grouped by the area sales executive (ASE) and his province /
  district, then the inactive ones grouped the same way again. Dealer codes five or six digits,
  eleven inactive dealers with the text "No Code " instead; one code typed twice for the same
  firm in two districts ("A.K.M. ENTERPRISES - DELGODA" / "A.K.M. ENTERPRISES "); namesakes with
  different codes (two "Union Motors", two "Akash Motors"). Names in title case, the later
  inactive ones in capitals with the town after a hyphen.
- RM is the regional manager with his region ("RM - 1 - (SP / WP)", "Jayantha - (SG)"), two
  government buyers with "Division" as ASE and RM. Admin the office clerk (empty on inactive
  dealers). BG (bank guarantee) and Credit Limit in accounting format, often 0 or empty; Cash /
  Credit Status "Credit" / "CREDIT" / "Cash" / "cash" / 0 / empty; Type MC or OBM; one province
  typed "western".
Values invented (names, codes, amounts).
"""
import os
from openpyxl import Workbook
from fake import Fake, workbook, save

f = Fake("dealers-en-lk-sparepartsdealers")

AREAS = [  # (ASE, RM, admin, province, [districts], active count, inactive count)
    ("Nuwan Hettige", "Jayantha - (SG)", "Wasana", "Sabaragamuwa", ["Kegalle", "Ratnapura"], 24, 6),
    ("Kasun Menikdiwela", "Prabath (CP / UP)", "Shankavi", "Central", ["Kandy", "Matale"], 17, 5),
    ("Chathura Alahakoon", "Prabath (CP / UP)", "Wasana", "Central", ["Nuwara Eliya"], 5, 1),
    ("Chathura Alahakoon", "Prabath (CP / UP)", "Wasana", "Uva", ["Badulla", "Monaragala"], 10, 4),
    ("Lahiru Wickramage", "RM - 1 - (SP / WP)", "Arosha", "Southern", ["Galle"], 22, 5),
    ("Isuru Pathirage", "RM - 1 - (SP / WP)", "Arosha", "Southern", ["Hambantota", "Matara"], 25, 8),
    ("Ruwan Gunawardane", "RM - 1 - (SP / WP)", "Arosha", "Western", ["Colombo"], 34, 9),
    ("Kavinda Rupasinghe", "RM - 1 - (SP / WP)", "Arosha", "Western", ["Kalutara"], 18, 1),
    ("Tharindu Ekanayake", "RM - 1 - (SP / WP)", "Indeewari", "Western", ["Gampaha"], 26, 17),
    ("Mohamed Rifkhan", "T . Sanjeev - (NP / EP)", "Shankavi", "Eastern", ["Ampara", "Batticaloa", "Trincomalee"], 29, 10),
    ("S. Kirushanthan", "T . Sanjeev - (NP / EP)", "Shankavi", "Northern", ["Jaffna", "Vavuniya", "Mannar", "Kilinochchi"], 17, 14),
    ("Pradeep Senanayake", "Sandun Suraweera - (NW / NC)", "Indeewari", "North Western", ["Kurunegala", "Puttalam"], 32, 37),
    ("Dilan Karunaratne", "Sandun Suraweera - (NW / NC)", "Indeewari", "North Central", ["Anuradhapura", "Polonnaruwa"], 30, 7),
]
STEMS = ["Samanala", "Ranaviru", "Sisira", "Lakmal", "Chaminda", "Nimal", "Asiri", "Dulara", "Wimal", "Kumara",
         "Ruhunu", "Pubudu", "Sirisena", "Thilak", "Janaka", "Siyath", "Mihira", "Nadeeka", "Saman", "Udaya",
         "Vishwa", "Kelum", "Jeewa", "Sujith", "Ravi", "Amila", "Priyantha", "Senaka", "Hemantha", "Nalaka"]
KINDS = ["Motors", "Motor Stores", "Auto Parts", "Motorcycle Works", "Enterprises", "Service Center", "Auto Spares",
         "Cycle Stores", "Trade Center", "Auto Mart", "Motor Traders", "Bike Point"]
TOWNS = ["Mawanella", "Weligama", "Delgoda", "Kuliyapitiya", "Nikaweratiya", "Chilaw", "Tissamaharama", "Horana",
         "Eheliyagoda", "Dambulla", "Kantale", "Chavakachcheri", "Kekirawa", "Hingurakgoda", "Bandarawela", "Ja-Ela"]
codes = set()


def code():
    while True:
        c = f.r.choice([f.r.randrange(10000, 40000), f.r.randrange(10000, 40000), f.r.randrange(110000, 240000)])
        if c not in codes:
            codes.add(c)
            return c


def dealer_name(caps=False):
    while True:
        n = f"{f.pick(STEMS)} {f.pick(KINDS)}"
        if f.chance(0.25):
            n += f" - {f.pick(TOWNS)}"
        if caps:
            n = n.upper().replace(" - ", "-")
        if n not in names:
            names.add(n)
            return n


names = set()
AMOUNTS = [0, 0, 0, 100000, 200000, 300000, 400000, 500000, 700000, 1000000, 1800000, 5000000]
rows = []
for active in (True, False):
    for ase, rm, admin, prov, districts, n_act, n_inact in AREAS:
        for k in range(n_act if active else n_inact):
            dist = districts[min(k * len(districts) // max(1, n_act if active else n_inact), len(districts) - 1)]
            if active:
                bg = f.pick(AMOUNTS) if f.chance(0.8) else None
                credit = f.pick(AMOUNTS) if f.chance(0.6) else None
                status = f.pick(["Credit", "Credit", "Credit", "CREDIT", "Cash", "Cash", "cash", 0]) if f.chance(0.7) else None
                rows.append([code(), dealer_name(), prov, dist, ase, rm, admin, bg, credit, status,
                             "OBM" if f.chance(0.08) else "MC", "Active"])
            else:
                caps = f.chance(0.45)
                c = "No Code " if caps and f.chance(0.3) else code()
                rows.append([c, dealer_name(caps), prov, dist, ase, rm, None,
                             f.pick([0, 0, None, 200000]), f.pick([0, None, None]),
                             f.pick([0, None, None, "cash", "Credit"]), "MC", "Inactive"])

# The government buyers handled by the division, among the Colombo dealers.
colombo = next(i for i, r in enumerate(rows) if r[3] == "Colombo")
rows.insert(colombo + 6, [74150, "Police Transport Division - Parts", "Western", "Colombo", "Division", "Division",
                          "Arosha", 0, 0, 0, "MC", "Active"])
rows.insert(colombo + 9, [24121, "Sri Lanka Navy. Trincomalee.", "Western", "Colombo", "Division", "Division",
                          "Arosha", 0, 0, 0, "MC", "Active"])
# Namesakes with different codes, one code typed twice, a lower-case province, the last rows.
rows[13][1] = "Union Motors"
rows[53][1] = "Union Motors"
rows[270][1], rows[270][7] = "Akash Motors", 1000000
inactive = [i for i, r in enumerate(rows) if r[11] == "Inactive"]
gam = [i for i in inactive if rows[i][3] == "Gampaha"]
col = [i for i in inactive if rows[i][3] == "Colombo"]
rows[col[-2]][0], rows[col[-2]][1] = 30868, "A.K.M. ENTERPRISES - DELGODA"
rows[gam[-1]][0], rows[gam[-1]][1] = 30868, "A.K.M. ENTERPRISES "
rows[gam[-2]][2] = "western"
rows = rows[:414]
rows.append([22946, "Akash Motors", "North Central", "Anuradhapura", "Dilan Karunaratne",
             "Sandun Suraweera - (NW / NC)", None, 500000, 1000000, "Credit", "MC", "Inactive"])
rows.pop(len(rows) - 2)
assert len(rows) == 414, len(rows)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Dealer Code", "Dealer Name", "Province", "District", "ASE", "RM", "Admin", "BG", "Credit Limit",
           "Cash / Credit Status", "Type", "Status (Active/ Inactive)"])
ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)'
for r in rows:
    ws.append(r)
    ws.cell(ws.max_row, 8).number_format = ACC
    ws.cell(ws.max_row, 9).number_format = ACC
for col, w in (("B", 33.0), ("C", 16.8), ("D", 14.6), ("E", 19.4), ("F", 26.1), ("H", 11.4), ("I", 10.7)):
    ws.column_dimensions[col].width = w
ws.auto_filter.ref = "A1:L415"
save(wb, "dealers-en-lk-sparepartsdealers.xlsx")
