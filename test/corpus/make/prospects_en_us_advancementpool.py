"""
Shape of majerus/NEDRA2018 "prospects.xlsx" (commit 6ca1843652411579829857da90006773c1355459): a
US college advancement office's donor-prospect pool as used in a prospect-research workshop, saved
by Excel from R: one flat table, "NA" for anything missing.

- One sheet "prospects": name / class / rating / status / constituency / connection / officer /
  proposal / priority / zip / af12 … af16 / cap12 … cap16 / city / state / latitude / longitude.
- Names "Last, First"; class year (or "NA" for parents); capacity rating in dollars (0 or "NA"
  for many); pipeline status (Annual Fund Leadership / Not a Prospect / Cultivation / Assessment /
  Stewardship / Solicitation / "NA"); Alumn or Parent; connection Very … Not Connected; the gift
  officer "Last, First" on a quarter of the rows, "NA" elsewhere; the open proposal amount and its
  purpose (Athletics, Financial Aid, "Unresistricted" …) or "NA"; ZIP as a number; five fiscal
  years of annual-fund gifts and of campaign gifts (0 for about half); city, state, coordinates.
- One name shared by two different alumni.
Scaled down from 10,000 rows to 300. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("prospects-en-us-advancementpool")
r = f.r

LAST = ["Abernethy", "Baptiste", "Castillo", "Dorsey", "Eklund", "Fujimoto", "Gallardo", "Hadley", "Iqbal", "Jovanovic",
        "Kaur", "Lindgren", "Mbeki", "Nakamura", "Okafor", "Pham", "Quintana", "Rasmussen", "Sandoval", "Tanaka",
        "Ulloa", "Varga", "Whitaker", "Xiong", "Yilmaz", "Zamora", "al-Rashid", "el-Amin", "Brennan", "Choi"]
FIRST = ["Amara", "Bilal", "Cecilia", "Darius", "Elena", "Farid", "Gemma", "Hiro", "Imani", "Jonas", "Keiko", "Luis",
         "Mireille", "Nikhil", "Odette", "Pablo", "Qadira", "Rafael", "Saoirse", "Tobias", "Uma", "Viktor", "Wren",
         "Ximena", "Yusuf", "Zara", "Anselm", "Beatrix", "Cormac", "Delphine"]
OFFICERS = ["Holloway, Grant", "Ibarra, Celeste", "Whitfield, Dana", "Okonkwo, Emeka", "Sato, Mariko", "Brandt, Elise",
            "el-Amin, Tariq", "Ferreira, Joao"]
STATUS = ["Annual Fund Leadership"] * 24 + ["Not a Prospect"] * 16 + ["Cultivation"] * 14 + ["Assessment"] * 12 + \
         ["Stewardship"] * 5 + ["Solicitation"] * 4
PRIORITY = ["Athletics"] * 12 + ["Math/Science Center"] * 9 + ["Financial Aid"] * 8 + ["Professorship"] * 6 + \
           ["Residence Hall"] * 5 + ["Unresistricted"]
CONNECTION = ["Somewhat Connected"] * 3 + ["Modestly Connected", "Connected"] * 2 + ["Very Connected", "Not Connected"]
PLACES = [("Houston", "TX", 77002, 29.76, -95.37), ("El Paso", "TX", 79901, 31.76, -106.49), ("Dallas", "TX", 75201, 32.78, -96.8),
          ("Sacramento", "CA", 95814, 38.58, -121.49), ("Fresno", "CA", 93721, 36.74, -119.79), ("Albany", "NY", 12207, 42.65, -73.75),
          ("Rochester", "NY", 14604, 43.16, -77.61), ("Erie", "PA", 16501, 42.13, -80.09), ("Scranton", "PA", 18503, 41.41, -75.66),
          ("Orlando", "FL", 32801, 28.54, -81.38), ("Akron", "OH", 44308, 41.08, -81.52), ("Springfield", "MO", 65806, 37.21, -93.29),
          ("Washington", "DC", 20001, 38.91, -77.02), ("Portland", "ME", 4101, 43.66, -70.26), ("Burlington", "VT", 5401, 44.48, -73.21),
          ("Providence", "RI", 2903, 41.82, -71.41), ("Tucson", "AZ", 85701, 32.22, -110.97), ("Boise", "ID", 83702, 43.62, -116.2)]

wb = workbook()
ws = wb.active
ws.title = "prospects"
ws.append(["name", "class", "rating", "status", "constituency", "connection", "officer", "proposal", "priority", "zip",
           "af12", "af13", "af14", "af15", "af16", "cap12", "cap13", "cap14", "cap15", "cap16", "city", "state",
           "latitude", "longitude"])
names = set()
rows = []
for i in range(300):
    while True:
        name = f"{r.choice(LAST)}, {r.choice(FIRST)}"
        if name not in names:
            break
    names.add(name)
    parent = r.random() < 0.09
    rated = r.random() < 0.75
    rating = (0 if r.random() < 0.46 else r.randrange(1, 60) * 10000) if rated else "NA"
    status = r.choice(STATUS) if rated else "NA"
    officer = r.choice(OFFICERS) if r.random() < 0.24 else "NA"
    has_prop = r.random() < 0.41
    proposal = (0 if r.random() < 0.17 else r.randrange(50000, 1500000)) if has_prop else "NA"
    city, state, zip_, lat, lon = r.choice(PLACES)
    giver = r.random() < 0.55
    af = [r.randrange(0, 2200) if giver and r.random() < 0.85 else 0 for _ in range(5)]
    cap = [r.randrange(1, 25) * 10000 if giver and r.random() < 0.8 else 0 for _ in range(5)]
    rows.append([name, "NA" if parent else r.randrange(1950, 2017), rating, status, "Parent" if parent else "Alumn",
                 r.choice(CONNECTION), officer, proposal, r.choice(PRIORITY) if has_prop else "NA", zip_ + r.randrange(0, 40),
                 *af, *cap, city, state, round(lat + r.uniform(-0.2, 0.2), 6), round(lon + r.uniform(-0.2, 0.2), 6)])
# a namesake: another alumna with the same name elsewhere
twin = list(rows[40])
twin[1], twin[9], twin[20], twin[21], twin[6] = 1987, 83706, "Boise", "ID", "NA"
rows.insert(211, twin)
rows.pop()
for row in rows:
    ws.append(row)

save(wb, "prospects-en-us-advancementpool.xlsx")
