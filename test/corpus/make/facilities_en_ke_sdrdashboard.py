"""
Shape of Tingting202/SDRdashboard "SDR Consolidated Data 1 MC.xlsx" (commit
d66c9dae1a5db7f39999309730b2698a52e3b52b): a Kenyan county health programme's consolidated
maternal and newborn indicators per health facility, made for a dashboard (not client data).
The source has 50 sheets of 400 facilities; this copy keeps the first two sheets and five of the
indicator sheets with 160 facilities:
"Facilities": Key / organisationunitname / facility_alternate_name_1 / _2 / orgunitlevel3 (sub county)
/ Phase 1 SDR County (Yes/No) / Type of facility / Level Facility (2-5) / Latitude / Longitude /
subward / Address details (Exact Address, Not exact address) / Distance from closest L4/5 facility.
"summary_2022": Key / organisationunitname / 47 indicator totals (snake_case), two unheaded columns.
Indicator sheets ("vaginal", "live_birth", "neonatal_deaths"): unheaded row number / name / 2020 /
2021 / 2022 (=SUM formulas over the months) / 36 "MOH 711 … January 2020" month columns (mostly
empty for small clinics) / the facility block again (Key, organisationunitid "Qet1FBwDQ35", names,
sub county, SDR flag, type, "Level 2") / CMEs / Average Pre SDR / Average Post SDR.
"referrals": two indicators, yearly totals per indicator then the month columns, then the block.
"ANC (New)": Key / organisationunitname / 2020 / '2021' / '2022' (text years) / Jan 2021 … Dec 2022 /
Count NA / Facility Type / Mean / Variance / '2017' / '2018' / '2019'.
Values and facility names invented.
"""
import string

from openpyxl.utils import get_column_letter

from fake import Fake, save, workbook

f = Fake("facilities-en-ke-sdrdashboard")
SUB = {"Butere Sub County": ["Marama West Ward", "Marama Central Ward", "Manda-shivanga Ward"],
       "Ikolomani Sub County": ["Idakho Central Ward", "Idakho East Ward", "Idakho South Ward"],
       "Khwisero Sub County": ["Kisa Central Ward", "Kisa East Ward", "Kisa North Ward", "Kisa West Ward"],
       "Likuyani Sub County": ["Likuyani Ward", "Kongoni Ward", "Nzoia Ward"],
       "Lugari Sub County": ["Lugari Ward", "Lumakanda Ward", "Chekalini Ward", "Chevaywa Ward"],
       "Lurambi Sub County": ["Sheywe Ward", "Butsotso Central Ward", "Butsotso East Ward", "Mahiakalo Ward"],
       "Malava Sub County": ["East Kabras Ward", "Chemuche Ward", "Butali/Chegulo Ward"],
       "Matungu Sub County": ["Koyonzo Ward", "Khalaba Ward", "Kholera Ward"],
       "Mumias East Sub County": ["Lusheya/Lubinu Ward", "East Wanga Ward"],
       "Mumias West Sub County": ["Etenje Ward", "Mumias Central Ward"],
       "Navakholo Sub County": ["Ingoste-matiha Ward", "Bunyala East Ward", "Bunyala West Ward"],
       "Shinyalu Sub County": ["Isukha Central Ward", "Isukha North Ward", "Isukha South Ward", "Shirere Ward"]}
PLACES = ["Shikoti", "Mukumu", "Bukura", "Ematsuli", "Eshisiru", "Khayega", "Lubao", "Matete", "Mautuma", "Navakholo",
          "Shianda", "Shibuli", "Ekero", "Emukaba", "Musanda", "Namirama", "Lunza", "Ikonyero", "Shamberere",
          "Bushiri", "Mahira", "Shitoli", "Lwanda", "Makunga", "Isongo", "Kambiri", "Malinya", "Shinoyi", "Elwasambi",
          "Matioli", "Sabatia", "Kilimani", "Mwiruti", "Chimoi", "Likuyani", "Soy", "Kongoni", "Seregeya", "Turbo"]
SAINTS = ["St. Mary's", "St. Joseph", "Good Hope", "Mercy", "Faith", "Bethany", "Upendo", "Amani", "Tumaini", "Jubilee",
          "Neema", "Grace", "Hope Alive", "Siloam", "Elgon View"]
TYPES = [("Dispensary", 2)] * 37 + [("Medical Clinic", 2)] * 32 + [("Basic Health Centre", 3)] * 16 + \
        [("Primary care hospitals", 4)] * 5 + [("Medical Center", 3)] * 4 + [("Comprehensive health Centre", 3)] * 2
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

fac = []
names = set()
while len(fac) < 160:
    t, lvl = f.pick(TYPES)
    place = f.pick(PLACES)
    if t == "Dispensary":
        name = f"{place} Dispensary"
    elif t == "Medical Clinic":
        name = f"{f.pick(SAINTS)} Medical Clinic" + (f" ({place})" if f.chance(0.2) else "")
        if f.chance(0.1):
            name = name.upper()
    elif t == "Basic Health Centre":
        name = f"{place} Health Centre"
    elif t == "Primary care hospitals":
        name = f"{place} {f.pick(['Sub-County Hospital', 'Mission Hospital', 'Hospital'])}"
    elif t == "Medical Center":
        name = f"{f.pick(SAINTS)} Medical Centre"
    else:
        name = f"{place} Health Centre"
    if name in names:
        continue
    names.add(name)
    sub = f.pick(list(SUB))
    alt1 = None
    if f.chance(0.08):
        alt1 = name.replace("Centre", "Center").replace("Dispensary", "Disp.") if f.chance(0.5) else name + " (" + place + ")"
    fac.append({
        "name": name, "alt1": alt1, "alt2": name.split()[0] + " HC" if alt1 and f.chance(0.2) else None,
        "sub": sub, "sdr": "Yes" if f.chance(0.16) else "No", "type": t, "level": lvl if f.chance(0.99) else 5,
        "lat": round(f.r.uniform(0.05, 0.75), 7), "lon": round(f.r.uniform(34.4, 35.15), 7),
        "ward": f.pick(SUB[sub]), "exact": "Exact Address" if f.chance(0.87) else "Not exact address",
        "dist": round(f.r.uniform(0.02, 0.35), 9) if f.chance(0.8) else None,
        "uid": "".join(f.pick(string.ascii_letters + string.digits) for _ in range(11)),
        "size": {2: 0.2, 3: 1.0, 4: 4.0, 5: 8.0}[lvl],
    })
fac.sort(key=lambda x: x["name"].lower())
key = 0
for x in fac:
    key += 1 if f.chance(0.93) else 2
    x["key"] = key

wb = workbook()
ws = wb.active
ws.title = "Facilities"
ws.append(["Key", "organisationunitname", "facility_alternate_name_1", "facility_alternate_name_2", "orgunitlevel3",
           "Phase 1 SDR County", "Type of facility", "Level Facility", "Latitude", "Longitude", "subward",
           "Address details", "Distance from closest L4/5 facility"])
for x in fac:
    ws.append([x["key"], x["name"], x["alt1"], x["alt2"], x["sub"], x["sdr"], x["type"], x["level"], x["lat"], x["lon"],
               x["ward"], x["exact"], x["dist"]])

IND = ["vaginal", "discharged_alive", "tetracycline", "deformities", "apgar", "breach", "c_section", "hiv",
       "fresh_still", "breast_feeding", "live_birth", "low_weight", "macerated", "maternal_deaths_audit",
       "neonatal_deaths", "normal", "preterm", "chlorhexidine", "deformities2", "pneumonia", "deaths_1", "deaths_2",
       "deaths_3", "deaths_4", "uterotonics", "fgm", "neonatal_deaths_audit", "asphyxia", "prematurity", "sepsis",
       "cpap", "vit", "kangaroo", "perinatal", "antepartum_hemorrage", "eclampsia", "obstructed_labor",
       "postpartum_hemorrage", "fgm_complications", "ruptured_uterus", "maternal_sepsis", "normal_deliveries",
       "neonatal_deaths", "total_maternal_deaths", "anc4", "anc_revisit", "anc_new"]
BIG = {"discharged_alive", "tetracycline", "breast_feeding", "live_birth", "normal", "chlorhexidine", "vit",
       "normal_deliveries", "anc4", "anc_revisit", "anc_new", "uterotonics"}
s = wb.create_sheet("summary_2022")
s.append(["Key", "organisationunitname"] + IND)
for x in fac:
    base = int(f.r.expovariate(1 / (200 * x["size"]))) if x["level"] >= 3 or f.chance(0.3) else 0
    vals = [(base + f.r.randrange(0, 3) if base else 0) if i in BIG else (f.r.randrange(0, 12) if base else 0) for i in IND]
    s.append([x["key"], x["name"]] + vals + [None, None])


def block(x):
    return [x["key"], x["uid"], x["alt1"] or (x["name"] if f.chance(0.3) else None), x["alt2"], x["sub"], x["sdr"],
            x["type"], f"Level {x['level']}", x["lat"], x["lon"], x["ward"], x["exact"]]


BLOCK = ["Key", "organisationunitid", "facility_alternate_name_1", "facility_alternate_name_2", "orgunitlevel3",
         "Phase 1 SDR County", "Type of facility", "Level Facility", "Latitude", "Longitude", "subward",
         "Address details", "CMEs", "Average Pre SDR", "Average Post SDR"]


def monthly(x, scale):
    if x["level"] == 2 and not f.chance(0.25):
        return [None] * 36
    return [max(0, int(f.r.gauss(scale * x["size"], scale * x["size"] / 4))) if f.chance(0.92) else None
            for _ in range(36)]


for sheet, label, scale in [("vaginal", "Assisted vaginal delivery", 1.2), ("live_birth", "Live birth", 40),
                            ("neonatal_deaths", "Neonatal deaths", 0.6)]:
    w = wb.create_sheet(sheet)
    w.append([None, "organisationunitname", 2020, 2021, 2022] +
             [f"MOH 711 {label} {m} {y}" for y in (2020, 2021, 2022) for m in MONTHS] + BLOCK)
    for i, x in enumerate(fac, 2):
        cme = 1 if x["sdr"] == "Yes" or f.chance(0.2) else 0
        w.append([x["key"], x["name"], f"=SUM(F{i}:Q{i})", f"=SUM(R{i}:AC{i})", f"=SUM(AD{i}:AO{i})"] +
                 monthly(x, scale) + block(x) + [cme, 0, 0])

w = wb.create_sheet("referrals")
R1, R2 = "Maternal Referrals From Community Unit", "Maternal Referrals To Other Health Facility"
w.append([None, "organisationunitname"] + [f"{y} {R1}" for y in (2020, 2021, 2022)] + [f"{y} {R2}" for y in (2020, 2021, 2022)]
         + [f"MOH 711 {R2} {m} {y}" for y in (2020, 2021, 2022) for m in MONTHS]
         + [f"MOH 711 {R1} {m} {y}" for y in (2020, 2021, 2022) for m in MONTHS] + BLOCK)
for i, x in enumerate(fac, 2):
    a, b = monthly(x, 0.8), monthly(x, 0.5)
    tot = lambda v, k: sum(n or 0 for n in v[12 * k:12 * k + 12]) or None
    w.append([x["key"], x["name"]] + [tot(b, k) for k in range(3)] + [tot(a, k) for k in range(3)] + a + b + block(x)
             + [1 if x["sdr"] == "Yes" else 0, round(f.r.random() / 100, 17) if f.chance(0.3) else 0, 0])

w = wb.create_sheet("ANC (New)")
MON = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
w.append(["Key", "organisationunitname", 2020, "2021", "2022"] + [f"{m} {y}" for y in (2021, 2022) for m in MON]
         + ["Count NA", "Facility Type", "Mean", "Variance", "2017", "2018", "2019"])
for x in fac:
    m = monthly(x, 6)[12:]
    na = sum(1 for v in m if v is None)
    vals = [v for v in m if v is not None]
    mean = round(sum(vals) / len(vals), 2) if vals else na
    var = round(sum((v - mean) ** 2 for v in vals) / len(vals), 2) if len(vals) > 1 else None
    w.append([x["key"], x["name"], None, sum(vals[:12]) if vals else 0, sum(vals[12:]) if vals else 0] + m
             + [na, x["type"], mean, var, 1 if f.chance(0.4) else None, None, None])

for sh in wb.worksheets:
    sh.column_dimensions["B"].width = 34
save(wb, "facilities-en-ke-sdrdashboard.xlsx")
