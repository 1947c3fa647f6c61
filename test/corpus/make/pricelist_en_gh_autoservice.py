"""
Shape of niiteiko166-source/el-jindi-auto-services-shared "Price List.xlsx": an Accra car-repair
workshop's parts and service price workbook, made in Excel. Six sheets, no client records:

- "Main Pricing": part abbreviations across row 1 from column B (Shocks - F, BP - R, TRE, LABB,
  EO, OF, AF … about ninety, a belt-size column near the end), one row per car model below its
  make (TOYOTA, NISSAN, HYUNDAI … as a row of its own, some makes in title case), prices in cedis as
  numbers with two decimals on a few columns of each model, a price typed as text here and there
  ("1120 for 1"), rows of stray prices without a model, J:K merged on a block of rows.
- Two price schedules for fleet customers, each named after the customer ("… Pricing"): items down
  column A, Corolla / Camry / Hilux / Landcruiser / Prado (petrol and diesel under merged model
  names) across, many cells copying the cell to the left or a Main Pricing cell by formula, side
  sums in far columns; the second with a merged title and a labour note under the grid.
- "Servicing Schedule": scratch figures and sums in L:T.
- "Engine Works": engine parts per model, most cells =the cell above.
- "Sheet1": a scratch of service prices, labour rates and a visa-processing cost list with
  exchange-rate formulas.
Values invented.
"""
from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("pricelist-en-gh-autoservice")

PARTS = ["Shocks - F", "Shocks - R", "BP - F", "BP - R", "B-Sensors-F", "B-Sensors-R", "Disc - F", "Disc - R",
         "BJ - U / BJ - L", None, "Upper Arm C", "Lower Arm", "Ball Ends", "TRE", "LA-C", "DRIVE SHAFT", "LABB",
         "LABS", "SL - F", "SL - R", "SB", "HOBB - F", "HOBB - R", "HOBC - R", "T-Mount", "PS Pump", "PS Motor",
         "Water P", "Water Jacket", "EO", "OF", "AF", "A/C F", "SP", "Radiator", "FF", "Coil", "Horn Coil",
         "INJECTORS", "BOOTH SHOCKS", "Timing B", "Belt Adjuster", "Fan B", "TURBO CHARGER", "Thermostat",
         "Cam Shaft S", "Crank Shaft Pos S", "Alternator", "Speed Sensor", "Head G", "OverH G", "Crank Shaft Bea",
         "Eng Bearing", "Rings", "Oil Pump", "Fuel Pump", "Central Lock Motor", "Steering Angle Sensor",
         "Mass Sensor", "Map Sensor", "Knock Sensor", "Air Flow Sensor", "Engine Seat - Top", "Engine Seat - Down",
         "Gearbox Seat", "Clutch System", "Steering Rack", "Water Tank", "Servo", "Door Switch", "Water Thermostat",
         "FUEL PUMP REP. KITS", "Exhaust", "Wiper Motor", "Adjuster", "Windscreen", "AC Condensor",
         "Air Lifting Motor", None, "Head Gasket", None, "Arm Bushing - R", None, "Oxygen Sensor", None,
         "Steering Rack", None, "Abs Sensor", None, "Belt Roller", None, "Tension Bar", None, "Spring Coil",
         "BELT SIZE", "CVT VALVE"]
MAKES = [("TOYOTA", ["Corolla", "Yaris", "Camry", "Avensis", "Venza", "Tundra", "Landcruiser", "4Runner", "Prado",
                     "FJ Cruiser", "Rav 4", "Matrix", None, "Tacoma", "Highlander", "4Runner", "Sequoia",
                     "Toyota Hiace", "Fortuner", None]),
         ("NISSAN", ["Sentra", "Almera", "Versa", "Micra", "Sunny", "Altima", "Skyline", "Maxima", "March", "Rogue",
                     "Juke", "Hardbody", "Navara", "Frontier", "Qashqai", "Pathfinder", "X-Trail", "Murano"]),
         ("HYUNDAI", ["Elantra", "Accent", "Sonata", "Tucson", "Santa Fe", "i10", "i20", "Creta", "Kona"]),
         ("HONDA", ["Civic", "Accord", "CRV", "Pilot", "Fit"]),
         ("ACURA", ["RDX", "MDX"]),
         ("MERCEDES", ["C 200", "C 300", "E 350", "ML 350", "GLK 350", "GLE 350", "Sprinter", "Vito"]),
         ("MITSUBISHI", ["L200", "ASX", "Outlander", "PAJERO", "Lancer"]),
         ("FORD", ["Ranger", "Explorer", "Escape", "Edge", "Focus", "Fiesta", "Everest", "Transit"]),
         ("KIA", ["Rio", "Picanto", "Cerato", "Optima", "Magentis", "Zedona", "Sportage", "Sorento"]),
         ("VOLVO", ["S 40", "XC 90"]),
         ("Daewoo", ["Matiz", None, None]),
         ("Infiniti", ["EX 35", "FX 35", "QX 56", "JX 35"]),
         ("CHEVROLET", ["Express", "Cruze", "Equinox", "Sonic", "Aveo"]),
         ("OPEL", ["Astra", "Corsa", "Vectra"]),
         ("BMW", ["320i", "X5", "X3"]),
         ("RANGE ROVER", ["Sport", "Evoque", "Vogue"]),
         ("SUZUKI", ["Swift", "Vitara"]),
         ("SKODA", ["Octavia"]),
         ("JEEP", ["Grand Cherokee", "Compass"]),
         ("AUDI", ["A4", "Q5", "Q7"]),
         ("GMC", ["Acadia", "Yukon"]),
         ("PONTIAC", ["Vibe"]),
         ("LEXUS", ["RX 350", "GX 460", "LX 570", "ES 350", "IS 250"]),
         ("VOLKSWAGEN", ["Golf", "Passat", "Jetta", "Tiguan", "Touareg", "Polo"]),
         ("PEUGEOT", ["301", "308", "406", "508", "3008"]),
         ("RENAULT", ["Logan", "Duster"]),
         ("MAZDA", ["Mazda 3", "Mazda 6", "CX-5", "BT-50"])]
COMMON = [1, 2, 3, 4, 9, 14, 17, 18, 19, 20, 21, 22, 29, 30, 31, 33]      # columns most models have a price in


def price(lo, hi):
    """A price in cedis; lo and hi in tenths of a cedi."""
    return round(f.r.randrange(lo, hi) / 100) * 10.0


cached = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Main Pricing"
for j, p in enumerate(PARTS):
    if p:
        ws.cell(1, 2 + j, p)
for c in ws[1]:
    c.font = Font(bold=True)
row = 2
merge_rows = []
for make, models in MAKES:
    ws.cell(row, 1, make)
    if f.chance(0.2):
        ws.cell(row, 2 + f.r.randrange(len(PARTS) - 2), price(3000, 7000))
    row += 1
    for m in models:
        if m is not None:
            ws.cell(row, 1, m)
        cols = set(f.r.sample(COMMON, f.r.randrange(2, len(COMMON)))) if m else {f.pick(COMMON)}
        cols |= set(f.r.sample(range(len(PARTS) - 2), f.r.randrange(0, 8)))
        for j in sorted(cols):
            if PARTS[j] is None:
                continue
            cell = ws.cell(row, 2 + j)
            if f.chance(0.01):
                cell.value = f"{f.r.randrange(8, 15) * 100 + 20} for 1"
            else:
                cell.value = price(15000, 48000) if j < 2 else price(2000, 30000) if j > 40 else price(400, 14000)
                if f.chance(0.05):
                    cell.value = int(cell.value)
                else:
                    cell.number_format = "#,##0.00"
        if m and f.chance(0.3):
            ws.cell(row, 2 + len(PARTS) - 2, f"{f.pick(['4PK', '5PK', '6PK', '7PK'])}{f.r.randrange(800, 2300)}")
        if make in ("KIA", "Daewoo", "Infiniti") and m:
            merge_rows.append(row)
        row += 1
    row += f.pick([0, 0, 1])
for r in merge_rows[:10]:
    ws.merge_cells(start_row=r, start_column=10, end_row=r, end_column=11)
ws.column_dimensions["A"].width = 16


def schedule(title, name, first_row, labour_note):
    sh = wb.create_sheet(name)
    top = first_row
    if title:
        sh.cell(top, 2, title)
        sh.merge_cells(start_row=top, start_column=2, end_row=top, end_column=9)
        top += 2
    sh.cell(top, 4, "HILUX")
    sh.cell(top, 6, "LANDCRUISER")
    sh.cell(top, 8, "PRADO")
    for c in (4, 6, 8):
        sh.merge_cells(start_row=top, start_column=c, end_row=top, end_column=c + 1)
    hdr = top + 1
    for j, h in enumerate(["ITEMS", "COROLLA", "CAMRY", "PETROL", "DIESEL", "PETROL", "DIESEL", "PETROL", "DIESEL"]):
        sh.cell(hdr, 1 + j, h).font = Font(bold=True)
    items = ["ENGINE OIL", "OIL FILTER", "AIR FILTER", "FUEL FILTER", "FUEL CLEANER", "SPARK PLUGS", "BRAKE PAD - F",
             "BRAKE PAD - R", "FRONT SHOCK", "REAR SHOCKS", "TOP BALL JOINT", "DOWN BALL JOINT", "TIE ROD END",
             "STABILIZER LINK", "BALL ENDS", "LOWER ARM BUSHINGS", "STABILIZER BUSHINGS"]
    if not title:
        items += ["UPPER ARM", "DRIVE SHAFT", "HOB", "HOB BEARING"]
    for i, it in enumerate(items):
        r = hdr + 1 + i
        sh.cell(r, 1, it)
        if not title and i >= 10:
            continue                                      # the first schedule was never finished
        base = [price(500, 7000) for _ in range(9)]
        for c in range(2, 10):
            letter = "ABCDEFGHI"[c - 1]
            left = "ABCDEFGHI"[c - 2]
            if c in (3, 5, 7, 8, 9) and f.chance(0.6):
                cached.formula(sh, f"{letter}{r}", f"={left}{r}", base[c - 2])
                base[c - 1] = base[c - 2]
                sh[f"{letter}{r}"].number_format = "#,##0.00"
            else:
                sh.cell(r, c, base[c - 1]).number_format = "#,##0.00"
    side = 14 if not title else 17
    total = 0
    for k in range(f.r.randrange(4, 9)):
        v = price(500, 9000)
        total += v
        sh.cell(hdr + 3 + k, side, v)
    letter = "NOPQRSTU"[side - 14]
    cached.formula(sh, f"{letter}{hdr + 12}", f"=SUM({letter}{hdr + 3}:{letter}{hdr + 11})", total)
    if labour_note:
        r = hdr + len(items) + 3
        sh.cell(r, 1, "NB: Labour / Workmanship charges are not included")
        sh.cell(r + 1, 1, "        Again, all prices are subject to change without notice")
    return sh


schedule(None, "Harbour Motors Pricing", 2, False)
svc = wb.create_sheet("Servicing Schedule")
vals = [price(2000, 50000) for _ in range(8)]
for i, v in enumerate(vals):
    svc.cell(15 + i, 12, v)
svc.cell(21, 12, -2400)
cached.formula(svc, "O14", "=2240-1440", 800)
col_p = [2600, 600, 8500, 1520]
cached.formula(svc, "P26", "=200*13", 2600)
cached.formula(svc, "P27", "=12*50", 600)
svc["P28"], svc["P29"] = 8500, 1520
cached.formula(svc, "P40", "=SUM(P26:P39)", sum(col_p))
ms = [price(2000, 16000) for _ in range(8)]
for i, v in enumerate(ms):
    svc.cell(52 + i, 13, v)
cached.formula(svc, "M68", "=SUM(M52:M67)", sum(ms))
schedule("BASIC PRICING SCHEDULES FOR THE MOVING TOYOTA BRANDS & ITEMS", "Kestrel Fleet Pricing", 8, True)

eng = wb.create_sheet("Engine Works")
for j, h in enumerate(["Injec.", "Spark P", "Crnk S", "ABS S", "Ang S", "Coil S", "Oxy S", "Cam SS", "Fuel Pump",
                       "Start.", "Altn"]):
    eng.cell(1, 2 + j, h)
r = 2
for make, models in MAKES[:6]:
    eng.cell(r, 1, make)
    r += 1
    prev = None
    for m in [m for m in models if m]:
        eng.cell(r, 1, m)
        cur = []
        for j in range(11):
            letter = "BCDEFGHIJKL"[j]
            if prev and f.chance(0.6):
                cached.formula(eng, f"{letter}{r}", f"={letter}{r - 1}", prev[j])
                cur.append(prev[j])
            else:
                v = price(2000, 8000)
                eng.cell(r, 2 + j, v)
                cur.append(v)
            eng[f"{letter}{r}"].number_format = "#,##0.00"
        if f.chance(0.4):
            eng.cell(r, f.pick([15, 18, 20]), f.r.randrange(5, 40) * 10)
        prev = cur
        r += 1

s1 = wb.create_sheet("Sheet1")
for i, (item, v) in enumerate([("Shock Absorber - F", 1800), ("Shock Absorber - R", 1200), ("Brake Pad - F", 380),
                                ("Brake Pad - R", 350), ("Engine Oil", 280), ("Oil Filter", 80), ("Air Filter", 120),
                                ("Fuel Cleaner", 50), ("Spark Plugs - V6", 570), ("Spark Plugs - V6", 720)]):
    s1.cell(3 + i, 4, item)
    s1.cell(3 + i, 5, float(v)).number_format = "#,##0.00"
for i, (item, v) in enumerate([("Labour for Oil Change ", 50), ("Labour for Brakes only", 100), ("Labour for Shocks", 500)]):
    s1.cell(14 + i, 4, item)
    s1.cell(14 + i, 5, float(v)).number_format = "#,##0.00"
s1["D18"] = "Medicals - 3 days"
s1["E19"], s1["F19"], s1["G19"] = "Lab - Fee", "Prof. Chrgs", "Dispatch"
for r, (label, a, b, c) in enumerate([("In-House", 200, 500, 0), ("Off-site", 200, 500, 300)], start=20):
    s1.cell(r, 4, label)
    for j, v in enumerate((a, b, c)):
        s1.cell(r, 5 + j, float(v)).number_format = "#,##0.00"
    cached.formula(s1, f"H{r}", f"=SUM(E{r}:G{r})", float(a + b + c))
s1["L19"], s1["M19"] = "GHc", "Eur"
costs = [("Visa Processing", None, 60.0), ("Visa Fee", None, 20.0), ("Courrier", None, 140.0),
         ("Medicals", 1000.0, None), ("Police Clearance", 1500.0, None), ("Miscellaneous", 400.0, None)]
for i, (label, ghc, eur) in enumerate(costs):
    r = 20 + i
    s1.cell(r, 11, label)
    if ghc is not None:
        s1.cell(r, 12, ghc).number_format = "#,##0.00"
        cached.formula(s1, f"N{r}", f"=L{r}/4.46", round(ghc / 4.46, 2))
    if eur is not None:
        s1.cell(r, 13, eur).number_format = "#,##0.00"
s1["D25"] = "Police Clearance - 7 days"
s1["D26"], s1["F26"], s1["G26"] = "Docs Needed", "Charges", "Facilitation"
for i, (doc, n) in enumerate([("Biopage of Passport", 1), ("Passport Pictures", 2), ("Schools attended in Gh", 1),
                               ("Parents Name", None), ("Oversea Address", None)]):
    s1.cell(27 + i, 4, doc)
    if n:
        s1.cell(27 + i, 5, n)
scratch = [price(500, 13000) for _ in range(12)]
for i, v in enumerate(scratch):
    s1.cell(7 + i, 2, v)
cached.formula(s1, "B19", "=SUM(B7:B18)", sum(scratch))

cached.save(wb, "pricelist-en-gh-autoservice.xlsx")
