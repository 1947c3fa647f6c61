"""
Shape of killiansarsah/Insurance-Broker-Management-System-final-version "real data/BUSINESS PAGE
2023 (3).xlsx" (commit 1fef86e7828fb8c8f8fdc1c7690937ea24c88db3): a Ghanaian insurance broker's
hand-kept register of the policies it placed in 2023, with a lookup page, pivots and a drill-down.

- "INFO PAGE": POLICY TYPES / RATES (commission rate per policy type, 0.00%) / INSURANCE
  COMPANIES in A1:C1, the eleven types with their rates, 29 insurers (some with a trailing
  space, some twice), and a header-less list of classes (Motor, Fire, Marine, …) in D2:D8.
- "Sheet1", "Sheet3": empty.
- "TOTAL OF 2023": bold header on coloured fills in row 1 — INSURED / INSURER / POLICY (class:
  Motor, Fire, Accident, Life, Bonds, Travel) / POLICY TYPE (Comprehensive, "Third Party " with a
  trailing space, Assets All Risk, Workmen Comp/GPA, Goods in Transit, Grouplife …) / POLICY
  NUMBER / RATE (=VLOOKUP into INFO PAGE) / PREMIUM / GROSS COMM. (=G*F) / 0.075 (a number as
  header, shown as 8%: the tax on commission, =H*0.075) / NET COMM. (=H-I) / MONTH / DATE OF
  ISSUE / DATE OF EXPIRY / VEHICLE NUMBER/ LOCATION / SUM INSURED; panes frozen at A17.
  One row per vehicle or insured site: 217 policies of 69 insureds — a petroleum company with
  60 rows (station sites, tanker fleet, bonds, money and fidelity cover), a public authority with
  31, a haulier with 19, an agro company with 17, a trading company with 9, and individuals with
  one or two; fleet rows repeat one policy number. Names in any case ("Kwesi Boateng" and
  "KWESI BOATENG"), a typo of the big client once, "<client>/<bank>" and "<bank>/<person>" for
  financed cars. Dates: text dd/mm/yyyy or dd/mm/yy, or real dates (shown m/d/yyyy) typed
  day-first and taken month-first by Excel; slips ("04/072023", "29/02/204", "31/12/2024,");
  MONTH with "December ", "JULY", "MAY". One NET COMM. typed over its formula; a policy number
  padded with spaces, one cut short, one missing.
- Row 219: a started entry (insured, insurer, class, type only). Rows 220–262: the four formula
  columns copied down with nothing to work on (cached #N/A); G227 a premium total
  =SUM(G2:G226); I263 a stray =H263*0.075.
- "Pivot Table 7": empty. "Pivot Table 6": sum of SUM INSURED and PREMIUM per POLICY TYPE, a
  "(blank)" line holding the total row's premium, Grand Total (written as plain values here).
- "Detail1-<insured>-GLICO GE": Excel's drill-down of one policy, a table A1:O2 with values.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import CachedFormulas, Fake, workbook

f = Fake("policies-en-gh-brokerbook")
r = f.r

RATES = [("Comprehensive", 0.165), ("Third Party Fire & Theft", 0.135), ("Third Party ", 0.1), ("Bonds", 0.18),
         ("Workmen Comp/GPA", 0.22), ("Assets All Risk", 0.21), ("Public Liability", 0.22),
         ("Goods in Transit", 0.2), ("Fidelity Guarantee", 0.2), ("Money", 0.2), ("Grouplife", 0.2)]
RATE = dict(RATES)
INSURERS = ["Star Assurance", "Allianz", "Saham", "Millennium", "Enterprise", "GLICO GEN", "MET", "LOYALTY",
            "Phoenix ", "Provident ", "Prime", "RegencyNem", "SIC ", "Unique ", "Prime", "NSIA", "Star ASSRN",
            "Allianz", "GLICO LIFE", "SIC LIFE", "STAR LIFE", "OLD MUTUAL", "GUA LIFE", "GUA GEN", "BEST ASSRN", "SUNU",
            "VANGUARD", "IMPERIAL", "DONEWELL"]
CLASSES = ["Motor", "Fire", "Marine", "Accident", "Life", "Bonds", "Travel"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONEY = '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@'

FIRST = ["Kwesi", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kwame", "Efua", "Kojo", "Adwoa", "Nana", "Esi", "Fiifi",
         "Akua", "Selorm", "Edem", "Mawuli", "Dzifa", "Nii", "Naa", "Ekow", "Araba", "Kobina", "Afia", "Prosper",
         "Gifty", "Emmanuel", "Comfort", "Theophilus", "Mercy", "Ebenezer", "Vida", "Felix", "Patience"]
LAST = ["Boateng", "Mensah", "Owusu", "Asamoah", "Agyeman", "Ofori", "Quaye", "Tetteh", "Lartey", "Ansah", "Addo",
        "Darko", "Amoako", "Sarpong", "Kumah", "Dogbe", "Agbeko", "Nortey", "Bediako", "Amponsah", "Frimpong",
        "Gyamfi", "Appiah", "Badu", "Tagoe", "Kpodo", "Awuku", "Yeboah"]
PLATE = ["GT", "GN", "GR", "GW", "GE", "GS", "GM", "GG", "GB", "GX", "AS", "ER", "BA", "CR", "WR", "GC"]
SITES = ["ACHIMOTA STATION", "TESHIE NUNGUA", "KASOA OLD MARKET", "AMASAMAN", "NSAWAM ROAD", "HO MARKET JUNCTION",
         "KINTAMPO", "TECHIMAN NORTH", "WINNEBA JUNCTION", "MANKESSIM", "KONONGO", "EJISU ROAD", "BOGOSO",
         "TARKWA BANSO", "AFLAO BORDER", "KOFORIDUA ZONGO", "SOGAKOPE", "ABURI", "DAMBAI", "AKIM ODA",
         "HEAD OFFICE BUILDING- ODORKOR", "ASHAIMAN LPG", "MADINA LPG", "SPINTEX ROAD"]


def person():
    return f"{r.choice(FIRST)} {r.choice(LAST)}" if r.random() < 0.8 else \
        f"{r.choice(FIRST)} {r.choice(FIRST)} {r.choice(LAST)}"


def plate():
    p = f"{r.choice(PLATE)} {r.randrange(10, 9999)}-{r.randrange(10, 24):02d}"
    return p if r.random() > 0.04 else p.replace("-", " - ")


def polno(insurer, cls, year):
    y = year % 100
    if insurer == "GLICO GEN":
        code = {"Motor": "1002", "Fire": "2005", "Accident": "3003", "Bonds": "4020"}.get(cls, "1001")
        return f"GG-DSDM-{code}-{y}-{r.randrange(1000, 49999):06d}"
    if insurer == "Enterprise":
        return f"D{r.choice(['MPCSM', 'MPCTE', 'FARAW', 'FFCSM', 'MOGTE'])}{r.randrange(1, 9999):07d}{y}{r.randrange(0, 9):02d}"
    if insurer == "SIC ":
        return f"P/{r.choice(['100', '130', '120'])}/0{r.choice('12')}/{r.choice(['1001', '2001', '2004'])}/20{y}/{r.randrange(1, 999)}"
    if insurer == "LOYALTY":
        return f"LOY/HQ/MOT/MC{y}/{r.randrange(10000, 99999)}"
    if insurer == "Prime":
        return f"KADMPT{r.randrange(100000, 999999):07d}{y}00"
    if insurer == "Star Assurance":
        return f"SAC-6000-{y}-{r.randrange(10000, 999999):07d}-P"
    if insurer == "IMPERIAL":
        return f"IMP/20{y}/{r.choice(['MPI', 'AAR'])}/0{r.randrange(10000000, 99999999)}/RR"
    if insurer == "GUA GEN":
        return f"P/22/20{y}{r.randrange(1000, 9999)}/{y}/001"
    if insurer == "GLICO LIFE":
        return f"GL/GLA 20{y}0{r.randrange(100, 999)}"
    return f"{insurer.strip()[:3].upper()}/{y}/{r.randrange(1000, 9999)}"


def cover(cls, kind, premium):
    if kind == "Third Party ":
        return None
    if kind in ("Assets All Risk",):
        return round(premium / r.choice([0.0025, 0.004, 0.002, 0.0045]), 2)
    return round(premium / r.choice([0.045, 0.04, 0.05, 0.03]), -2) if r.random() < 0.8 else round(premium / 0.047, 2)


def issue_date(month_i):
    d = datetime.date(2023, month_i, r.randrange(1, 29))
    return d


def date_cells(d, expiry_days=364):
    e = d + datetime.timedelta(days=expiry_days)

    def show(x):
        roll = r.random()
        if roll < 0.32 and x.day <= 12:
            return datetime.datetime(x.year, x.day, x.month)  # typed day-first, taken month-first
        if roll < 0.45:
            return datetime.datetime(x.year, x.month, x.day)
        return x.strftime("%d/%m/%Y") if r.random() < 0.8 else x.strftime("%d/%m/%y")
    return show(d), show(e)


def month_word(m):
    w = MONTHS[m - 1]
    return {"December": "December ", "July": "JULY", "May": "MAY"}.get(w, w) if r.random() < 0.12 else w


rows = []


def add(name, insurer, cls, kind, number, premium, obj, d=None, month=None, total=None, fixed_dates=None):
    month_i = month or r.randrange(1, 13)
    d = d or issue_date(month_i)
    if fixed_dates:
        l, m = fixed_dates
    else:
        l, m = date_cells(d)
    so = total if total is not None else cover(cls, kind, premium)
    rows.append([name, insurer, cls, kind, number, premium, month_word(d.month if month is None else month_i), l, m,
                 obj, so])


# the big accounts --------------------------------------------------------------------------------
PETRO, PETRO_TYPO = "Meridian Petroleum", "Meridian Petroluem"
AUTH = "Ghana Cargo Council"
HAUL = "KTA"
AGRO = "Sunrise Agrosciences"
TRADE = "Eurotrad"
GLOBAL = "KANDA GLOBAL LIMITED"

# fixed rows the label checks
add(AUTH, "LOYALTY", "Motor", "Comprehensive", "LOY/HQ/MOT/MC22/51207", 11298.1, "GT 4412-21",
    d=datetime.date(2023, 1, 29), month=1, total=253000, fixed_dates=("29/01/23", "28/01/24"))
add(AUTH, "LOYALTY", "Motor", "Comprehensive", "LOY/HQ/MOT/MC22/51207", 11298.1, "GT 4413-21",
    d=datetime.date(2023, 1, 29), month=1, total=253000, fixed_dates=("29/01/23", "28/01/24"))
add(PETRO, "GLICO GEN", "Motor", "Comprehensive", "GG-DSDM-1010-21-004417", 432, "M-21-GR-2208",
    month=1, total=6000)
add("Adwoa Serwaa Tetteh", "GLICO GEN", "Motor", "Third Party ", "GG-DSDM-1001-22-041193", 468, "GR 1187-22",
    month=1, total=None, fixed_dates=("19/01/2023", "18/01/2024"))
add(AGRO, "GLICO LIFE", "Life", "Grouplife", "GL/GLA 20200317", 35000.7, "Sunrise Agrosciences Employees",
    month=1, total=3571500, fixed_dates=("16/01/2023", "15/01/2024"))

for i in range(29):
    cls, kind = r.choice([("Motor", "Comprehensive")] * 5 + [("Fire", "Assets All Risk"), ("Accident", "Assets All Risk")])
    ins = r.choice(["Enterprise", "Enterprise", "GLICO GEN", "SIC ", "LOYALTY"])
    if i % 3 == 0 or not rows or rows[-1][0] != AUTH or rows[-1][1] != ins:
        num = polno(ins, cls, 23 if r.random() < 0.6 else 21)
    else:
        num = rows[-1][4]
    obj = plate() if cls == "Motor" else r.choice(["TAKORADI PORT WAREHOUSE", "KUMASI INLAND PORT", "TEMA NO.4 SHED",
                                                    "AIRPORT CARGO VILLAGE", "BOANKRA DRY PORT"])
    prem = round(r.uniform(6000, 25000), 2) if cls == "Motor" else round(r.uniform(800, 12500), 2)
    add(AUTH, ins, cls, kind, num, prem, obj)

for i in range(59):
    roll = r.random()
    if roll < 0.55:
        cls, kind, ins = "Fire", "Assets All Risk", r.choice(["GLICO GEN", "GLICO GEN", "Enterprise"])
        obj = r.choice(SITES)
        prem = round(r.uniform(1500, 6500), 2)
    elif roll < 0.9:
        cls, kind, ins = "Motor", "Third Party ", r.choice(["Prime", "GLICO GEN", "GLICO GEN"])
        obj = plate()
        prem = r.choice([423, 423, 583, 468])
    elif roll < 0.95:
        cls, kind, ins = "Bonds", "Bonds", "GLICO GEN"
        obj = r.choice(["HEAD OFFICE", "GRA BOND"])
        prem = 480000
    else:
        cls, kind, ins = "Accident", r.choice(["Money", "Fidelity Guarantee"]), "Prime"
        obj = "MERIDIAN PETROLEUM LIMITED"
        prem = round(r.uniform(12000, 24000), 2)
    if rows[-1][0].startswith("Meridian") and rows[-1][3] == kind and rows[-1][1] == ins and r.random() < 0.5:
        num, month = rows[-1][4], None
    else:
        num, month = polno(ins, cls, r.choice([19, 20, 22, 23])), None
    name = PETRO
    if i == 40:
        name = PETRO_TYPO
    elif i in (33, 47):
        name = f"{PETRO}/{r.choice(['Zenith bank', 'Fidelity bank'])}"
    add(name, ins, cls, kind, num, prem, obj, month=12 if cls == "Fire" and r.random() < 0.7 else None)

for i in range(19):
    cls, kind = r.choice([("Motor", "Workmen Comp/GPA"), ("Accident", "Workmen Comp/GPA"), ("Accident", "Workmen Comp/GPA"),
                          ("Motor", "Goods in Transit"), ("Accident", "Goods in Transit")])
    prem = 200 if kind == "Workmen Comp/GPA" else round(r.choice([5740.53, 21560.08, 5740.53]), 2)
    add(HAUL, "GLICO GEN", cls, kind, polno("GLICO GEN", "Accident", r.choice([18, 19, 20, 21])), prem,
        f"GT {r.randrange(3500, 7100)}-18", month=r.choice([3, 5, 7]),
        total=20000 if kind == "Workmen Comp/GPA" else round(prem / 0.0065, 0))

for i in range(16):
    ins = r.choice(["Enterprise", "GLICO GEN"])
    add(AGRO, ins, "Motor", "Comprehensive", polno(ins, "Motor", 23), round(r.uniform(4000, 13500), 2), plate())

for i in range(8):
    add(TRADE, "Enterprise", "Motor", "Comprehensive", "DMPCTE0000911408", round(r.uniform(2200, 6700), 2), plate(),
        d=datetime.date(2023, 12, 31), month=12)
add(TRADE, "Enterprise", "Motor", "Comprehensive", "DMPCTE0000911408", 0, "GM 512-16")
rows[-1][6], rows[-1][7], rows[-1][8], rows[-1][10] = None, None, None, None

for i in range(4):
    cls, kind, ins = r.choice([("Motor", "Comprehensive", "GLICO GEN"), ("Fire", "Assets All Risk", "Enterprise")])
    add(GLOBAL, ins, cls, kind, polno(ins, cls, 20), round(r.uniform(3000, 6000), 2),
        plate() if cls == "Motor" else "7A CHURCH CRESCENT LABONE")
add(GLOBAL, "GLICO LIFE", "Life", "Grouplife", "GL/GLA20190218", 4640, "Kanda Global Employees", total=520000)

# one client with four policies, a few with two, the rest with one -------------------------------------
four = "Obaa Yaa Akyeampomaa Antwi"
for cls, kind in [("Motor", "Comprehensive"), ("Fire", "Comprehensive"), ("Motor", "Third Party "), ("Travel", "Comprehensive")]:
    add(four, "LOYALTY" if cls != "Travel" else "Saham", cls, kind, polno("LOYALTY", cls, 23),
        round(r.uniform(300, 11000), 2), plate() if cls == "Motor" else "No.7 Asafoatse Nettey ST. GA-510-1489")

twice = []
while len(twice) < 9:
    p = person()
    if p not in twice:
        twice.append(p)
people = []
while len(people) < 51:
    p = person()
    if p not in people and p not in twice and p != four:
        people.append(p)

fixed_people = {
    "Kwabena Asare Bediako": ("SIC ", "Motor", "Comprehensive", "P/130/01/1001/2023/281", 4718, "GS 3192-22",
                              ("22/03/2023", "21/03/2024"), 110000),
    "Elorm Dzifa Kpodo": ("Star Assurance", "Motor", "Third Party ", "SAC-6000-23-0188321-P", 212, "GT 4663-13",
                          ("14/12/2023", "13/12/2024"), None),
}
for name, (ins, cls, kind, num, prem, obj, dates, total) in fixed_people.items():
    add(name, ins, cls, kind, num, prem, obj, total=total, fixed_dates=dates)

for p in twice:
    ins = r.choice(["GLICO GEN", "SIC ", "Star Assurance", "Enterprise", "GUA GEN"])
    for k in range(2):
        cls, kind = r.choice([("Motor", "Comprehensive"), ("Motor", "Third Party "), ("Fire", "Assets All Risk")])
        name = p.upper() if (k == 1 and p == twice[0]) else p
        add(name, ins, cls, kind, polno(ins, cls, 23), round(r.uniform(420, 9000), 2) if kind != "Third Party " else 468,
            plate() if cls == "Motor" else f"{r.choice(['GA', 'CG', 'GE'])}-{r.randrange(100, 999)}-{r.randrange(1000, 9999)} {r.choice(['Dansoman', 'Kasoa', 'Adenta', 'Tema Comm. 25'])}")
for p in people:
    ins = r.choice(["GLICO GEN"] * 5 + ["SIC ", "Star Assurance", "Enterprise", "IMPERIAL", "GUA GEN", "LOYALTY", "DONEWELL"])
    cls, kind = r.choice([("Motor", "Comprehensive")] * 3 + [("Motor", "Third Party ")] * 3 +
                         [("Motor", "Third Party Fire & Theft"), ("Fire", "Assets All Risk")])
    prem = r.choice([468, 448, 502.9, 423]) if kind == "Third Party " else round(r.uniform(580, 9000), 0)
    name = p
    if r.random() < 0.12:
        name = p.upper()
    if r.random() < 0.05:
        name = f"{r.choice(['ECOBANK', 'CALBANK', 'GCB'])}/{p}"
    add(name, ins, cls, kind, polno(ins, cls, r.choice([20, 21, 22, 23])), prem,
        plate() if cls == "Motor" else f"GA-{r.randrange(100, 999)}-{r.randrange(1000, 9999)} {r.choice(['Dansoman Last Stop', 'Gbawe', 'Kasoa'])}")

assert len(rows) == 217, len(rows)

# the order of a register kept through the year: mostly by month of issue, big accounts in runs
head = rows[:5]
rest = rows[5:]
r.shuffle(rest)
rest.sort(key=lambda x: MONTHS.index(x[6].strip().capitalize()) if x[6] else 13)
rows = head + rest

# slips
def slip(i, col, val):
    rows[i][col] = val

checked = {"Adwoa Serwaa Tetteh", "Kwabena Asare Bediako", "Elorm Dzifa Kpodo", AUTH, AGRO}
free = [i for i, x in enumerate(rows) if x[0] not in checked and isinstance(x[7], str)]
slip(free[3], 7, "04/072023")
slip(free[9], 8, "29/02/204")
slip(free[15], 8, rows[free[15]][8] + "," if isinstance(rows[free[15]][8], str) else "31/12/2024,")
slip(free[21], 7, None)
slip(free[30], 8, None)
slip(free[31], 8, None)
free2 = [i for i, x in enumerate(rows) if x[0] not in checked and x[1] == "SIC "]
slip(free2[0], 4, "                 " + rows[free2[0]][4])
free3 = [i for i, x in enumerate(rows) if x[0] not in checked and x[1] == "GLICO GEN" and x[2] == "Motor"]
slip(free3[5], 4, rows[free3[5]][4][:16])
slip(free3[11], 4, None)
empty_obj = [i for i, x in enumerate(rows) if x[3] == "Third Party " and x[0] not in checked][:8]
for i in empty_obj:
    rows[i][9] = None
hard_net = [i for i, x in enumerate(rows) if x[0] not in checked and x[3] == "Comprehensive"][7]

# ---------------------------------------------------------------------------------------------
wb = workbook()
cf = CachedFormulas()
info = wb.active
info.title = "INFO PAGE"
for j, h in enumerate(["POLICY TYPES", "RATES", "INSURANCE COMPANIES"], start=1):
    info.cell(1, j, h).font = Font(bold=True)
for i, (k, v) in enumerate(RATES, start=2):
    info.cell(i, 1, k)
    info.cell(i, 2, v).number_format = "0.00%"
for i, ins in enumerate(INSURERS, start=2):
    info.cell(i, 3, ins)
for i, c in enumerate(CLASSES, start=2):
    info.cell(i, 4, c)
info.column_dimensions["A"].width = 24
info.column_dimensions["C"].width = 22
wb.create_sheet("Sheet1")
wb.create_sheet("Sheet3")

ws = wb.create_sheet("TOTAL OF 2023")
HEAD = ["INSURED", "INSURER", "POLICY", "POLICY TYPE", "POLICY NUMBER", "RATE", "PREMIUM", "GROSS COMM.", 0.075,
        "NET COMM. ", "MONTH", "DATE OF ISSUE", "DATE OF EXPIRY", "VEHICLE NUMBER/ LOCATION", "SUM INSURED"]
FILLS = ["FFFFCC00", "FF7030A0", "FFFFD965", "FFA9D08E", "FFF4B083", "FF7B7B7B", "FF8EAADB", "FF00B0F0", "FF00B050",
         "FF757070", "FF00B0F0", "FFBF9000", "FF2F5496", "FF548135", None]
for j, (h, fill) in enumerate(zip(HEAD, FILLS), start=1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True if j != 14 else None)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
ws["I1"].number_format = "0%"

pivot = {}
total_premium = 0.0
for i, x in enumerate(rows, start=2):
    name, ins, cls, kind, num, prem, month, l, m, obj, so = x
    ws.cell(i, 1, name)
    ws.cell(i, 2, ins)
    ws.cell(i, 3, cls)
    ws.cell(i, 4, kind)
    if num is not None:
        ws.cell(i, 5, num)
    rate = RATE[kind]
    gross = prem * rate
    tax = gross * 0.075
    cf.formula(ws, f"F{i}", f"=VLOOKUP(D{i},'INFO PAGE'!$A$2:$B$12,2,0)", rate)
    ws.cell(i, 7, prem)
    cf.formula(ws, f"H{i}", f"=G{i}*F{i}", gross)
    cf.formula(ws, f"I{i}", f"=H{i}*0.075", tax)
    if i - 2 == hard_net:
        ws.cell(i, 10, round(gross - tax, 2) + 1.5)
    else:
        cf.formula(ws, f"J{i}", f"=H{i}-I{i}", gross - tax)
    if month:
        ws.cell(i, 11, month)
    if l is not None:
        ws.cell(i, 12, l)
    if m is not None:
        ws.cell(i, 13, m)
    if obj:
        ws.cell(i, 14, obj)
    if so is not None:
        ws.cell(i, 15, so)
    for col in "FGHIJO":
        ws[f"{col}{i}"].number_format = MONEY
    for col in "LM":
        ws[f"{col}{i}"].number_format = "m/d/yyyy"
    p = pivot.setdefault(kind, [0.0, 0.0])
    p[0] += so or 0
    p[1] += prem
    total_premium += prem

last = len(rows) + 1          # 218
started = last + 1            # 219: a started entry
ws.cell(started, 1, "Kwabena Asare Bediako")
ws.cell(started, 2, "SIC ")
ws.cell(started, 3, "Motor")
ws.cell(started, 4, "Comprehensive")
for i in range(started, 263):
    if i < 262:
        cf.formula(ws, f"F{i}", f"=VLOOKUP(D{i},'INFO PAGE'!$A$2:$B$12,2,0)", RATE["Comprehensive"] if i == started else "#N/A")
    fv = RATE["Comprehensive"] * 0 if i == started else "#N/A"
    cf.formula(ws, f"H{i}", f"=G{i}*F{i}", 0 if i == started else ("#N/A" if i < 262 else 0))
    cf.formula(ws, f"I{i}", f"=H{i}*0.075", 0 if i == started else ("#N/A" if i < 262 else 0))
    cf.formula(ws, f"J{i}", f"=H{i}-I{i}", 0 if i == started else ("#N/A" if i < 262 else 0))
    for col in "FGHIJ":
        ws[f"{col}{i}"].number_format = MONEY
cf.formula(ws, "G227", "=SUM(G2:G226)", round(total_premium, 2))
cf.formula(ws, "I263", "=H263*0.075", 0)
ws.freeze_panes = "A17"
for col, w in {"A": 25.25, "B": 14.25, "C": 11.75, "D": 17.25, "E": 34.25, "F": 8.875, "G": 14.0, "I": 10.125,
               "J": 11.25, "K": 11.625, "L": 13.25, "N": 41.625, "O": 13.625, "P": 7.625}.items():
    ws.column_dimensions[col].width = w

wb.create_sheet("Pivot Table 7")
pv = wb.create_sheet("Pivot Table 6")
pv["B1"] = ""
pv["A2"], pv["B2"], pv["C2"] = "POLICY TYPE", "Sum of SUM INSURED", "Sum of PREMIUM"
rowi = 3
gs, gp = 0.0, 0.0
for kind in sorted(pivot, key=lambda k: k.lower()):
    s, p = pivot[kind]
    pv.cell(rowi, 1, kind)
    pv.cell(rowi, 2, round(s, 2))
    pv.cell(rowi, 3, round(p, 2))
    gs += s
    gp += p
    rowi += 1
pv.cell(rowi, 1, "(blank)")
pv.cell(rowi, 3, round(total_premium, 2))
rowi += 1
pv.cell(rowi, 1, "Grand Total")
pv.cell(rowi, 2, round(gs, 2))
pv.cell(rowi, 3, round(gp + total_premium, 2))
pv.column_dimensions["A"].width = 24
pv.column_dimensions["B"].width = 20
pv.column_dimensions["C"].width = 16

pick = next(x for x in rows if x[0] == "Adwoa Serwaa Tetteh")
title = "Detail1-Adwoa Serwaa Tetteh-GLICO GEN"[:31]
dt = wb.create_sheet(title)
for j, h in enumerate(HEAD, start=1):
    dt.cell(1, j, h)
rate = RATE[pick[3]]
vals = [pick[0], pick[1], pick[2], pick[3], pick[4], rate, pick[5], pick[5] * rate, pick[5] * rate * 0.075,
        pick[5] * rate * 0.925, pick[6], pick[7], pick[8], pick[9], None]
for j, v in enumerate(vals, start=1):
    if v is not None:
        dt.cell(2, j, v)
for col in "FGHIJ":
    dt[f"{col}2"].number_format = MONEY
dt["I1"].number_format = "0%"
t = Table(displayName="Table_1", ref="A1:O2")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
dt.add_table(t)
dt.freeze_panes = "A2"

cf.save(wb, "policies-en-gh-brokerbook.xlsx")
