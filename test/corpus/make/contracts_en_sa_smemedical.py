"""
Shape of arshiyan-latent/suhail_flask "static/test_historical.xlsx": a Saudi health insurer's
SME group-medical contracts of 2021 with their renewal outcome, kept for a renewal-pricing study.
One sheet "Sheet1", header row 1: Contract Name / Contract Region / Quarter / Earned Exposure /
Premium / Product Package / Claims / Loss Ratio / Average Premium / Contract Year / Renewed in
2022? / Renewal Product in 2022 / Inflation in Avg. Premium.

57 contracts of client companies (establishments, factories, restaurants, contractors, schools,
a hospital, a ministry) in mixed spellings (upper case, lower case, 'Co.' / 'CO' / 'LTD CO' /
'Est', double spaces, two names with a leading space); two companies hold two contracts each (the
same name twice). Region Central / Eastern / Western / Southern / Northern; Quarter Q1-Q3;
exposure and premium as numbers under #,##0 (premium with six decimals); package 'A. Basic
Package' … 'E. Diamond Pacakge' (typo as in the source); Loss Ratio =G/E and Average Premium =E/D
as formulas (cached); Contract Year 2021; Renewed 'Yes'/'No'; the renewal product, or 'Lapsed'
when not renewed; the premium inflation as a fraction under 0%, or 'Lapsed'.
Values invented.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("contracts-en-sa-smemedical")
r = f.r

CORES = ["Al Noor Bakery for Bread", "Bin Saad Trading Est", "Najd Palms Restaurant Co", "Raqmi Solutions For Computer Business",
         "Al Khobar Steel Works Factory", "Tihama Seafood Co", "Dar Al Amal Medical Co", "Sahara Poultry Co",
         "Al Waha Contracting Co.", "Jazeera Finance Company", "Oasis Sweets Industry Factory", "Makkah Road Transport Est",
         "Al Fursan Engineering Consulting Company", "Golden Date Trading Est", "Al Riyada education Co.",
         "Qimma Elevators For Trading And Contracting", "Saudi Support Services Co", "Al Mizan Business and development Co",
         "Roads Building Ltd.Co. For Contracting", "Al Bayan industrial Co", "Sadeem International Est",
         "Al Ahsa Foam Factory LTD.CO", "Rawabi Water Company", "Al Dana Hospital LTD CO", "Tabuk Cement Products Co",
         "Al Yamamah Association for Development", "Ajyal Schools Co", "Al Qassim Dairy Farm", "Hail Agricultural Est",
         "Al Madina Printing Press", "Eastern Gate Logistics Co", "Diyar Al Khair Real Estate", "Al Hejaz Furniture Co",
         "Asir Mountain Resorts Co", "Al Jubail Marine Services", "Rimal Catering Co", "Sakura Japanese Restaurant a branch",
         "Al Safwa Car Rental", "Baha Textile Trading", "National Institute for E Training", "Ministry of Rural Affairs",
         "Al Jouf Olive Co", "Najran Building Materials", "Al Rashid Pharmacies Co", "Qurtuba Tailoring LTD CO",
         "Al Ula Travel And Tourism", "Modern Kitchens Palace Co.", "Shams Solar Contracting", "Al Manar Optics Est",
         "Dammam Printing Supplies", "Al Nakheel Maintenance Company", "Thuraya Flowers Est", "Jeddah Pearl Laundry",
         "Al Faisal Security Services", "Al Zahra Bridal Co"]
assert len(CORES) == 55


def spelled(n):
    x = r.random()
    if x < 0.12:
        return n.upper()
    if x < 0.2:
        return n[0].lower() + n[1:]
    if x < 0.28:
        return n.replace(" Co", "  Co", 1)
    return n


names = [spelled(n) for n in CORES]
names[28] = " " + names[28]
names[39] = " " + names[39].upper()
rows_names = names[:]
rows_names.insert(46, names[38])          # two companies hold a second contract
rows_names.insert(52, names[0])
assert len(rows_names) == 57

PACK = ["A. Basic Package", "B. Bronze Package", "C. Silver Package", "D. Gold Package", "E. Diamond Pacakge"]
REG = ["Central"] * 5 + ["Eastern"] * 3 + ["Western"] * 3 + ["Southern", "Northern"]

cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Contract Name", "Contract Region", "Quarter", "Earned Exposure", "Premium", "Product Package", "Claims",
           "Loss Ratio", "Average Premium", "Contract Year", "Renewed in 2022?", "Renewal Product in 2022",
           "Inflation in Avg. Premium"])
ROWS = []
for i, n in enumerate(rows_names, 2):
    exp = r.randrange(200, 400) if r.random() < 0.85 else r.choice([100, 120, 130, 508, 648, 1064])
    pack = r.choices(PACK, [20, 25, 4, 1, 4])[0]
    prem = round(exp * r.uniform(550, 1500) * (1 + PACK.index(pack) * 0.5), 6)
    claims = round(prem * r.uniform(0.25, 1.8), 2)
    renewed = "Yes" if r.random() < 0.83 else "No"
    nxt = r.choice(PACK) if renewed == "Yes" else "Lapsed"
    infl = (round(r.uniform(-0.15, 0.8), 15) if nxt == pack else round(r.uniform(1, 19), 15)) if renewed == "Yes" else "Lapsed"
    vals = [n, r.choice(REG), r.choice(["Q1"] * 6 + ["Q2"] * 3 + ["Q3"]), exp, prem, pack, claims, None, None, 2021,
            renewed, nxt, infl]
    for c, v in enumerate(vals, 1):
        if v is not None:
            ws.cell(i, c, v)
    for col in "DEGI":
        ws[f"{col}{i}"].number_format = "#,##0"
    ws[f"H{i}"].number_format = "0%"
    ws[f"M{i}"].number_format = "0%"
    cf.formula(ws, f"H{i}", f"=G{i}/E{i}", claims / prem)
    cf.formula(ws, f"I{i}", f"=E{i}/D{i}", prem / exp)
    ROWS.append(vals)
ws.column_dimensions["A"].width = 44

if __name__ == "__main__":
    cf.save(wb, "contracts-en-sa-smemedical.xlsx")
    for v in ROWS[:5] + ROWS[40:42]:
        print(v)
