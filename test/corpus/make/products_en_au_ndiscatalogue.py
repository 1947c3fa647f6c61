"""
Shape of sadilchamishka/ThreapyCare "Dataset.xlsx" (at commit e3d5d25a3631c50f9b2e02abc834650fd66bf95f):
an Australian therapy provider's copy of the disability-scheme support catalogue (price guide) that its
quoting tool reads. Saved by Excel: one sheet whose name is cut at 31 characters ('PB Support Catalogue
2019-20 Fe'), a plain header on row 1 (Support Category Name / Support Item Number / Support Item Name /
Unit / Price C / 'Quote ' / Price / Travel / Cancels / ' Reporting' / Non-F2F, two with stray spaces),
802 support items grouped in runs by category (fifteen categories in item-number order), item numbers as text like '01_011_0107_1_1' with a '_T' twin for many
hourly items, eleven item names with a trailing space, the unit as a code (H, EA, WK, YR, D, MON), Y/N
flags (one column with 'Y*'), the price as a number with a "$" format on the priced rows and General on
the others, and the quote-only items with no price and no flags at all. A frozen pane at A733 left over
from scrolling. Support items with their rates, no participant or client anywhere: a person imports
nothing. Values invented (item names and numbers made up in the catalogue's style).
"""
from fake import Fake, save, workbook

f = Fake(3301)

# category, count, number prefix, unit weights, share of quote-only items
CATS = [
    ("Assistance with daily life", 146, "01", [("H", 97), ("D", 19), ("WK", 19), ("EA", 11)], 0.22),
    ("Transport", 2, "02", [("D", 1), ("YR", 1)], 1.0),
    ("Consumables", 56, "03", [("YR", 31), ("EA", 22), ("H", 3)], 0.87),
    ("Assistance with social and community participation", 224, "04", [("H", 220), ("EA", 3), ("YR", 1)], 0.02),
    ("Assistive technology", 241, "05", [("EA", 225), ("WK", 13), ("MON", 3)], 1.0),
    ("Home modifications", 28, "06", [("EA", 28)], 1.0),
    ("Support Coordination", 4, "07", [("H", 4)], 0.0),
    ("Improved living arrangements", 2, "08", [("H", 1), ("EA", 1)], 0.5),
    ("Increased social and community participation", 7, "09", [("H", 3), ("EA", 3), ("YR", 1)], 0.5),
    ("Finding and keeping a job", 11, "10", [("EA", 5), ("WK", 4), ("H", 2)], 0.7),
    ("Improved relationships", 4, "11", [("H", 3), ("EA", 1)], 0.25),
    ("Improved health and wellbeing", 7, "12", [("H", 7)], 0.0),
    ("Improved learning", 2, "13", [("H", 1), ("EA", 1)], 0.5),
    ("Improved life choices", 3, "14", [("H", 1), ("EA", 1), ("MON", 1)], 0.0),
    ("Improved daily living skills", 65, "15", [("H", 61), ("EA", 4)], 0.05),
]
ACTIVITY = ["Assistance With Self-Care Activities", "Access Community, Social And Rec Activities",
            "Group Based Activities In A Centre", "Supported Independent Living Support", "Household Tasks",
            "Therapy Assistant Support", "Skills Development In A Group", "Individual Skills Training",
            "Delivery Of Health Supports By A Registered Nurse", "Community Nursing Care",
            "Specialised Support Coordination", "Employment Related Assessment", "Exercise Physiology",
            "Dietetic Assessment", "Positive Behaviour Support", "Life Transition Planning"]
LEVEL = ["Standard", "Level 1", "Level 2", "Level 3", "High Intensity", "1:2 Ratio", "1:3 Ratio"]
TIME = ["Weekday Daytime", "Weekday Evening", "Weekday Night", "Saturday", "Sunday", "Public Holiday",
        "Active Overnight", "Night-Time Sleepover"]
PRODUCT = ["Continence Aids", "Bed Rails And Accessories", "Shower Chairs", "Walking Frames", "Pressure Cushions",
           "Communication Devices", "Grab Rails", "Ramps - Portable", "Hoists - Mobile", "Orthoses - Lower Limb",
           "Vehicle Modifications", "Bathroom Modification", "Kitchen Modification", "Hearing Aids",
           "Wheelchair Accessories", "Reading Aids", "Assistive Products For Eating And Drinking",
           "Assistive Products For Dressing", "Personal Alarm Systems", "Low Cost Assistive Technology"]


def units(weights):
    out = []
    for u, n in weights:
        out += [u] * n
    f.r.shuffle(out)
    return out


rows = []
for cat, n, pre, weights, quote_share in CATS:
    us = units(weights)[:n]
    while len(us) < n:
        us.append(weights[0][0])
    seq = sorted(f.r.sample(range(1, 900), n))
    i = 0
    while i < n:
        unit = us[i]
        hourly = unit == "H" and pre in ("01", "04", "15")
        if pre in ("03", "05", "06"):
            num = f"{pre}_{f.r.randrange(10**8, 10**9 - 1):09d}_01{f.r.randrange(10, 40)}_{f.r.randrange(1, 3)}_{f.r.randrange(1, 3)}"
            name = f.pick(PRODUCT) + (f" - {f.pick(['Standard', 'Complex', 'Hire', 'Repairs', 'Set Up'])}" if f.chance(0.6) else "")
        else:
            num = f"{pre}_{seq[i]:03d}_01{f.r.randrange(1, 40):02d}_{f.r.randrange(1, 9)}_{f.r.randrange(1, 4)}"
            name = f"{f.pick(ACTIVITY)} - {f.pick(LEVEL)} - {f.pick(TIME)}" if unit == "H" else f"{f.pick(ACTIVITY)}"
        quote = f.chance(quote_share)
        if quote:
            rec = [cat, num, name, unit, "N", f.pick(["Y", "Y", "N"]), None, None, None, None, None]
        else:
            price = round(f.r.uniform(40, 260), 2) if unit == "H" else round(f.r.uniform(15, 2200), 2)
            if f.chance(0.03):
                price = int(price)
            rep = f.pick(["N", "N", "N", "N", "Y", "Y*"])
            rec = [cat, num, name, unit, "Y", "N", price, f.pick(["Y"] * 11 + ["N"]), f.pick(["Y"] * 40 + ["N"]),
                   rep, f.pick(["Y", "Y", "N"])]
        rows.append(rec)
        i += 1
        if hourly and not quote and i < n and f.chance(0.45):
            twin = list(rec)
            twin[1] = num + "_T"
            twin[2] = name + " - TTP"
            twin[6] = round(rec[6] * 1.075, 2)
            rows.append(twin)
            i += 1

# eleven names with a trailing space
for k in f.r.sample(range(len(rows)), 11):
    rows[k][2] = rows[k][2] + " "

wb = workbook()
ws = wb.active
ws.title = "PB Support Catalogue 2019-20 Fe"
ws.append(["Support Category Name", "Support Item Number", "Support Item Name", "Unit", "Price C", "Quote ",
           "Price", "Travel", "Cancels", " Reporting", "Non-F2F"])
for rec in rows:
    ws.append(rec)
    if rec[6] is not None and f.chance(0.93):
        ws.cell(ws.max_row, 7).number_format = '"$"#,##0.00;[Red]\\-"$"#,##0.00'
for col, w in zip("ABCDEFGHIJK", [47.3, 22.9, 80, 5.6, 7.4, 6, 13, 6.4, 7.7, 9.6, 8.4]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A733"
save(wb, "products-en-au-ndiscatalogue.xlsx")
print(len(rows), "items")
