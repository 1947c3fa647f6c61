"""
Shape of adrianstier/bealer-lead-model "data/04_raw_reports/Renewal_Audit_Report.xlsx" (at commit
3c23663): a US personal-lines insurance agency's "Book Of Business-Renewal Audit Report" downloaded
from its carrier's agent portal. One sheet named "Book Of Business-Renewal Audit " (trailing space);
a bold 14-point title in A1, "Download Date" and "Downloaded By" (agent code and agent's name) in
A2:B3, a blank row 4, and the header row 5 (bold white on dark blue): Insured First Name / Insured
Last Name / Street Address / City / State / Zip Code / Insured Email / Insured Phone / Agent# /
Policy Number / Original Year / Product Code / Product Name / Amount Due($) / Renewal Issue Date /
Renewal Status / Renewal Effective Date / Anniversary Effective Date / Status / Premium New($) /
Premium Old($) / Premium Change($) / Premium Change(%) / Easy Pay / Option Package / Cede Code /
Account Type / Company Code / Multi-line Indicator / Item Count / Years Prior Insurance.
One row per policy; everything in capitals (names, addresses, e-mails); one insured holds up to
four policies, their rows scattered; zip+4 codes, phones 805-555-0123 (two "--"), about one e-mail
in ten missing; policy numbers, years, product codes and all dates are text (mm/dd/yyyy, the
anniversary mm/dd); money numbers with #,##0.00 or #,##0 red-negative formats; Premium Change(%)
"NA" where there was no old premium; Status Active or Cancelled; the last three columns only on
auto policies. Rows in blocks by the renewal issue month, latest month first. Values invented.
"""
import datetime

from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("policies-en-us-bookofbusiness")

FIRST = ["OLIVIA", "LIAM", "EMMA", "NOAH", "AVA", "ETHAN", "MIA", "LUCAS", "AMELIA", "MASON", "HARPER", "LOGAN",
         "ELLA", "AIDEN", "CHLOE", "CALEB", "NORA", "OWEN", "ZOE", "WYATT", "ROSALIND", "THEO", "MARGOT", "CASPER",
         "INES", "DORIAN", "LUCINDA", "ANSEL", "BEATRIX", "FERGUS", "MAREN G", "JULIAN R"]
LAST = ["ASHDOWN", "BRIGHTWELL", "CARROW", "DUNMORE", "ELLERY", "FAIRBANK", "GREYSON", "HOLLOWAY", "IVERS",
        "JESSOP", "KETTERING", "LINDQVIST", "MARLOW", "NORTHCOTT", "OAKES", "PEMBURY", "QUARLES", "RADCLIFFE",
        "STANWICK", "TREVELYAN", "UNDERHILL", "VASQUEZ-ORR", "WINTERBOURNE", "YARDLEY", "DE LA FONTAINE", "MCALLISTER"]
CITIES = [("SANTA BARBARA", "931", 43), ("GOLETA", "931", 29), ("LOMPOC", "934", 4), ("SOLVANG", "934", 2),
          ("CARPINTERIA", "930", 2), ("SANTA YNEZ", "934", 2), ("SANTA MARIA", "934", 1), ("BUELLTON", "934", 1)]
STREETS = ["HOLLISTER AVE", "STATE ST", "CALLE REAL", "MISSION CANYON RD", "EL SUENO RD", "CATHEDRAL OAKS RD",
           "LAS PALMAS DR", "CAMINO DEL REMEDIO", "PASEO NUEVO", "LA CUMBRE RD", "VIA ROSA", "ORANGE AVE"]
PRODUCTS = [("010", "Auto - Private Passenger Voluntary", 53), ("070", "Homeowners", 24), ("071", "Renters", 7),
            ("078", "Condominiums", 6), ("072", "Landlords", 4), ("088", "Personal Umbrella", 4),
            ("016", "Auto - Special", 2)]
COMPANY = {"010": "021 - Harborline Northfield Indemnity Company", "016": "021 - Harborline Northfield Indemnity Company",
           "070": "010 - Harborline Insurance Company", "071": "010 - Harborline Insurance Company",
           "078": "010 - Harborline Insurance Company", "072": "010 - Harborline Insurance Company",
           "088": "010 - Harborline Insurance Company"}
AREAS = ["805", "805", "805", "805", "213", "310", "415", "619", "702", "914"]
MONEY2 = "#,##0.00;[Red]-#,##0.00"
MONEY0 = "#,##0;[Red]-#,##0"
MONEY1 = "#,##0.0;[Red]-#,##0.0"


def person():
    return f._unique(lambda: (f.pick(FIRST), f.pick(LAST)))


def street():
    if f.chance(0.04):
        return f"PO BOX {f.r.randrange(1000, 60000)}"
    s = f"{f.r.randrange(10, 8000)} {f.pick(STREETS)}"
    if f.chance(0.15):
        s += f" APT {f.r.randrange(1, 60)}"
    return s


insureds = []
for _ in range(250):
    first, last = person()
    city, zip3, _w = f.r.choices(CITIES, weights=[c[2] for c in CITIES])[0]
    state = "California"
    if f.chance(0.01):
        state = f.pick(["Texas", "Nevada", "Florida", "North Carolina"])
    phone = f._unique(lambda: f"{f.pick(AREAS)}-555-01{f.r.randrange(100):02d}")
    local = (first.split()[0][0] + last.replace(" ", "").replace("-", "") + str(f.r.randrange(1, 99)))
    email = None if f.chance(0.1) else f.email(local).upper()
    policies = f.r.choices([1, 2, 3, 4], weights=[83, 14, 2.5, 0.5])[0]
    insureds.append([first, last, street(), city, state, f"{zip3}{f.r.randrange(10, 99)}-{f.r.randrange(1000, 9999)}",
                     email, phone, policies])

# Two insureds have no phone ("--") and no e-mail, as in the original.
for k in (40, 170):
    insureds[k][6], insureds[k][7] = None, "--"

rows = []
for ins in insureds:
    for _ in range(ins[8]):
        code, product, _w = f.r.choices(PRODUCTS, weights=[p[2] for p in PRODUCTS])[0]
        auto = code in ("010", "016")
        issue = f.date(datetime.date(2025, 8, 25), datetime.date(2025, 11, 12))
        effective = issue + datetime.timedelta(days=f.r.randrange(35, 52))
        anniversary = effective if f.chance(0.7) else effective - datetime.timedelta(days=182)
        cancelled = f.chance(0.066)
        taken = f.chance(0.13 if cancelled else 0.52)
        base = f.r.randrange(300, 4000) if auto else f.r.choice([f.r.randrange(90, 400), f.r.randrange(400, 4000)])
        new = round(base * f.r.uniform(0.95, 1.3), 2) if f.chance(0.65) else float(int(base * 1.05))
        old = 0 if f.chance(0.035) else round(new / f.r.uniform(0.93, 1.25), f.r.choice([0, 2]))
        if f.chance(0.2):
            old = new
        change = round(new - old, 2)
        pct = "NA" if old == 0 else round(change / old * 100, 2)
        due = 0 if f.chance(0.57) or taken else round(new * f.r.uniform(0.05, 1.0), 2)
        policy_no = f._unique(lambda: str(f.r.choice([f.r.randrange(800000000, 999999999),
                                                        f.r.randrange(10000000, 99999999),
                                                        f.r.randrange(1000000, 9999999)])))
        rows.append(ins[:8] + [
            "0X4417", policy_no, str(f.r.randrange(1972, 2026)), code, product, due, issue.strftime("%m/%d/%Y"),
            "Renewal Taken" if taken else "Renewal Not Taken", effective.strftime("%m/%d/%Y"),
            anniversary.strftime("%m/%d"), "Cancelled" if cancelled else "Active", new, old, change, pct,
            "Y" if f.chance(0.31) else "N",
            "A1 - Harborline Base Plan" if code == "078" and f.chance(0.9) else "Not Applicable - Not Applicable",
            "Not Ceded" if f.chance(0.004) else "Not Applicable",
            f.r.choices(["Agent Account", "Requested Account", "Service Account"], weights=[88, 11, 1])[0],
            COMPANY[code] if not (code == "070" and f.chance(0.25)) else f.pick(
                ["042 - Property Joint Underwriting Association", "042 - PJUA"]),
            (f.pick(["Yes", "Yes", "No"]) if auto else None), (f.r.choices([1, 2, 3, 4, 5], weights=[44, 32, 16, 6, 2])[0] if auto else None),
            (f.r.randrange(1, 27) if auto and f.chance(0.56) else None)])

# Rows come in blocks by the renewal issue month, the latest month first, then by day.
rows.sort(key=lambda r: (-int(r[14][:2]), r[14]))

wb = workbook()
ws = wb.active
ws.title = "Book Of Business-Renewal Audit "
ws["A1"] = "Book Of Business-Renewal Audit Report"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"], ws["B2"] = "Download Date", "Fri, 14 Nov 2025 23:07:02 GMT"
ws["A3"], ws["B3"] = "Downloaded By", "0X4417 -HOLLOWAY, MARA"
headers = ["Insured First Name", "Insured Last Name", "Street Address", "City", "State", "Zip Code", "Insured Email",
           "Insured Phone", "Agent#", "Policy Number", "Original Year", "Product Code", "Product Name",
           "Amount Due($)", "Renewal Issue Date", "Renewal Status", "Renewal Effective Date",
           "Anniversary Effective Date", "Status", "Premium New($)", "Premium Old($)", "Premium Change($)",
           "Premium Change(%)", "Easy Pay", "Option Package", "Cede Code", "Account Type", "Company Code",
           "Multi-line Indicator", "Item Count", "Years Prior Insurance"]
for j, h in enumerate(headers):
    c = ws.cell(5, j + 1, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1B3F60")
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v is None:
            continue
        c = ws.cell(6 + i, j + 1, v)
        if j in (13, 19, 20, 21, 22) and isinstance(v, (int, float)):
            c.number_format = MONEY0 if float(v).is_integer() else (MONEY1 if round(v, 1) == v else MONEY2)
        if j in (29, 30):
            c.number_format = MONEY0
for col, width in zip(["A", "B", "C", "D", "E", "F"], [42, 34, 43, 21, 19, 15]):
    ws.column_dimensions[col].width = width
save(wb, "policies-en-us-bookofbusiness.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(insureds), len(rows))
        for i, r in enumerate(rows):
            print(6 + i, r)
