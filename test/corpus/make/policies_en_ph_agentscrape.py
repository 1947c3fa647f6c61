"""
Shape of phillcanz/prism_scraper "policy_data.xlsx": a Philippine life-insurance agent's book of
109 policies, scraped from the insurer's agent portal by the agent's script and written to Excel
with pandas, every value as TEXT (amounts '1,000,000.00', dates '27-Aug-2013' / '27-JUL-2023',
statuses padded with spaces). Five sheets, each keyed by the policy number in column A
(POLICIES, an integer without the leading zero):

- "GENERAL_INFORMATION": header row 1 POLICIES / POLICY_NUMBER (text, 8 digits with the leading
  zero) / AGENT_NAME and BRANCH_NAME (the same agent and branch on every row) / OWNER_NAME /
  INSURED_NAME ('SURNAME, GIVEN MIDDLE' in capitals; the owner insures someone else on 9 rows;
  98 owners, a few with 2-3 policies) / PLAN_DESCRIPTION ('PLPP - PRULINK ASSURANCE ACCOUNT PLUS'
  on most rows, codes padded to a fixed width) / PLAN_CURRENCY (PHP) / CONTRACT_STATUS ('IN FORCE  ',
  'LAPSED    ', 'SURRENDER ', 'DEATH CLM ') / PREMIUM_STATUS / SUM_ASSURED / NON_FORFEITURE_OPTION
  (three spaces) / DIVIDEND_OPTION (empty) / ASSIGNED_STATUS ('NO') / EFFECTIVITY_DATE /
  FIRST_ISSUE_DATE / MAILING_ADDRESS / RESIDENCE_ADDRESS (upper case, double spaces, cut words).
- "PAYMENT_INFORMATION": POLICIES / PAYMENT_METHOD / DUE_DATE / BILLING_FREQUENCY / MODAL_PREMIUM
  / SINGLE_PREMIUM ('0.00').
- "PLAN_DETAILS": a two-row header (row 1 the coverage name merged over three columns, 71
  coverages; row 2 SUM_ASSURED / CONTRACT_STATUS / PREMIUM_STATUS under each), row 3 empty, one
  row per policy from row 4 with its 1-13 coverages filled, 214 columns.
- "FUND_DETAILS": two-row header (four unit-linked funds merged over UNIT_BALANCE / UNIT_PRICE /
  PRICE_DATE / FUND_VALUE, POLICIES merged A1:A3), row 3 empty, a row per policy, half of them
  without any fund.
- "BENEFICIARY_DETAILS": two-row header (BENEFICIARY_1 … BENEFICIARY_7 merged over NAME /
  RELATIONSHIP / BIRTHDATE / PERCENTAGE / DESIGNATION), row 3 empty, a row per policy with one to
  seven beneficiaries side by side (MOTHER, SON, WIFE …, '50.00%', 'P-RE' / 'S-RE').
Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("policies-en-ph-agentscrape")
r = f.r

SUR = ["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA", "OCAMPO", "GARCIA", "MENDOZA", "TORRES", "VILLANUEVA",
       "RAMOS", "AQUINO", "CASTILLO", "FLORES", "NAVARRO", "SALAZAR", "MERCADO", "AGUILAR", "PASCUAL",
       "DIZON", "MANALO", "LUMANTAS", "BOHOLANO", "CABATINGAN", "AMPER", "TUBOG", "MAGLASANG", "BACALSO",
       "PANERIO", "SUMALINOG", "ESTRELLA", "GUMBAN", "LIGUTAN", "ABELLANA", "CUIZON", "DAGOHOY", "ROLLUDA"]
GIV = ["MARIA LUISA", "JOSE", "JUAN CARLO", "ANGELICA", "MARK ANTHONY", "KRISTINE JOY", "RICO", "JOVELYN",
       "RODEL", "MARICEL", "JUNREY", "CHERRY MAE", "ARNEL", "LIEZEL", "JAYSON", "ROWENA", "DINDO",
       "MA. TERESA", "NOEL", "GENALYN", "RUEL", "ANALIZA", "JOMAR", "REYMARK", "SHIELA", "ERWIN", "LEAH",
       "VILMA", "ROMMEL", "JESSA", "CRISTY", "EDGAR", "ROSALIE", "WILFREDO", "MYLENE", "DENNIS"]
TOWNS = ["TALIBON, BOHOL", "UBAY, BOHOL", "TRINIDAD, BOHOL", "BIEN UNIDO, BOHOL", "TAGBILARAN CITY",
         "CEBU CITY", "MANDAUE CITY", "QUEZON CITY"]
BRGY = ["POBLACION", "SAN JOSE", "SAN ISIDRO", "ZAMORA", "GUINDACPAN", "BURGOS", "SAN PEDRO", "SAGASA",
        "CATABAN", "BAGONG PAG-ASA", "RIZAL", "SANTO NINO"]

used = set()


def name(surname=None):
    for _ in range(1000):
        s = surname or r.choice(SUR)
        n = f"{s}, {r.choice(GIV)} {r.choice(SUR)}" if r.random() < 0.6 else f"{s}, {r.choice(GIV)} {chr(65 + r.randrange(26))}."
        if n not in used:
            used.add(n)
            return n


def address():
    a = r.choice([f"PUROK {r.randrange(1, 8)} {r.choice(BRGY)}  {r.choice(TOWNS)}",
                  f"{r.choice(BRGY)}  {r.choice(TOWNS)}",
                  f"#{r.randrange(1, 99)} ROAD {r.randrange(1, 12)}  BRGY. {r.choice(BRGY)} {r.choice(TOWNS)}",
                  f"PUROK {r.randrange(1, 8)}, {r.choice(BRGY)}, {r.choice(TOWNS)}    {r.choice(TOWNS)}"])
    if r.random() < 0.1:
        a += " PHILIPPINES"
    if r.random() < 0.08:
        a = a[:30]                       # cut by the portal's field length
    return a


def money(x):
    return f"{x:,.2f}"


def dmy(d, upper=False):
    s = d.strftime("%d-%b-%Y")
    return s.upper() if upper else s


PLANS = [("PLPP - PRULINK ASSURANCE ACCOUNT PLUS", 82), ("YPPF - PRULINK ELITE PROTECTOR 15    ", 7),
         ("CA20 - PRUHealth Prime               ", 5), ("PPAA - PERSONAL ACCIDENT             ", 3),
         ("YPPA - PRULINK ELITE PROTECTOR 10    ", 4), ("YPP7 - PRULINK ELITE PROTECTOR 7     ", 4),
         ("YPP5 - PRULINK ELITE PROTECTOR 5     ", 2), ("T1YR - YEARLY RENEWABLE TERM         ", 2)]
STATUS = [("IN FORCE  ", "PREMIUM PAYING")] * 87 + [("LAPSED    ", "LAPSED")] * 16 + \
         [("SURRENDER ", "FULLY SURRENDERED")] * 5 + [("DEATH CLM ", "DECEASED")]
plans = [p for p, n in PLANS for _ in range(n)]
r.shuffle(plans)
r.shuffle(STATUS)

AGENT = "LUMANTAS JR., ROGELIO AMPER"
BRANCH = "SILVER COVE BRANCH 07"

# 98 owners: 89 with one policy, 7 with two and 2 with three (= 109)
owners = []
for k in [1] * 89 + [2] * 7 + [3, 3]:
    owners.append((name(), k))
r.shuffle(owners)
policies = []
numbers = sorted(r.sample(range(4000000, 21400000), 109))
other_insured = set(r.sample(range(109), 9))
i = 0
for owner, k in owners:
    for _ in range(k):
        policies.append({"owner": owner})
        i += 1
r.shuffle(policies)
for j, p in enumerate(policies):
    p["no"] = numbers[j]
    p["plan"] = plans[j]
    p["status"], p["pstatus"] = STATUS[j]
    p["insured"] = p["owner"] if j not in other_insured else name(p["owner"].split(",")[0])
    start = datetime.date(2011, 1, 1) + datetime.timedelta(days=int(4400 * (j / 109) ** 0.7) + r.randrange(0, 30))
    p["start"] = start
    p["issue"] = start + datetime.timedelta(days=r.choice([0, 0, 0, 1, 2, 3, 5]))
    p["sa"] = r.choice([500000, 1000000, 1000000, 1500000, 1800000, 2000000, 2000000, 2500000, 3000000]) \
        if "ASSURANCE" in p["plan"] or "ELITE" in p["plan"] else r.choice([100000, 250000, 500000])
    p["mail"] = address()
    p["res"] = p["mail"] if r.random() < 0.7 else address()
    p["method"] = r.choice(["Direct Billing (Cash)"] * 69 + ["Token Payment"] * 28 + ["Direct Debit"] * 6 + ["Credit Card"] * 6)
    p["freq"] = r.choice(["MONTHLY"] * 64 + ["QUARTERLY"] * 28 + ["ANNUAL"] * 15 + ["SEMI-ANNUAL"] * 2)
    base = r.choice([1500, 2000, 2200, 2500, 3000, 3000, 3300, 5000])
    p["modal"] = base * {"MONTHLY": 1, "QUARTERLY": 3, "ANNUAL": 12, "SEMI-ANNUAL": 6}[p["freq"]]
    due = datetime.date(2023, 3, 1) + datetime.timedelta(days=r.randrange(0, 170))
    p["due"] = due

wb = workbook()
ws = wb.active
ws.title = "GENERAL_INFORMATION"
ws.append(["POLICIES", "POLICY_NUMBER", "AGENT_NAME", "BRANCH_NAME", "OWNER_NAME", "INSURED_NAME", "PLAN_DESCRIPTION",
           "PLAN_CURRENCY", "CONTRACT_STATUS", "PREMIUM_STATUS", "SUM_ASSURED", "NON_FORFEITURE_OPTION",
           "DIVIDEND_OPTION", "ASSIGNED_STATUS", "EFFECTIVITY_DATE", "FIRST_ISSUE_DATE", "MAILING_ADDRESS",
           "RESIDENCE_ADDRESS"])
for p in policies:
    ws.append([p["no"], f"{p['no']:08d}", AGENT, BRANCH, p["owner"], p["insured"], p["plan"], "PHP", p["status"],
               p["pstatus"], money(p["sa"]), "   ", None, "NO", dmy(p["start"]), dmy(p["issue"]), p["mail"], p["res"]])

ws = wb.create_sheet("PAYMENT_INFORMATION")
ws.append(["POLICIES", "PAYMENT_METHOD", "DUE_DATE", "BILLING_FREQUENCY", "MODAL_PREMIUM", "SINGLE_PREMIUM"])
for p in policies:
    ws.append([p["no"], p["method"], dmy(p["due"], upper=True), p["freq"], money(p["modal"]), "0.00"])

RIDERS = ["PRULINK ASSURANCE ACCOUNT PLUS", "TOTAL & PERMANENT DISABILITY", "WAIVER OF PREMIUM ON TPD",
          "ACCIDENTAL DEATH & DISABLEMENT", "ACCELERATED LIFE CARE BENEFIT", "INTENSIVE CARE UNIT BENEFIT",
          "DAILY HOSPITAL INCOME", "ELITE 15 LCB", "ELITE 15 TPD", "ELITE 15 ADD", "PRULINK ELITE PROTECTOR 15",
          "HOSPITAL INCOME", "BURIAL BENEFIT", "MEDICAL REIMBURSEMENT", "PERSONAL ACCIDENT", "MURDER & ASSAULT",
          "PRU SHIELD 1", "DENGUE DIAGNOSIS - 12 MOS", "ADD RIDER", "TPD RIDER", "YEARLY RENEWABLE TERM",
          "WPTPD RIDER", "DEATH DUE TO DENGUE - 12 MOS", "ELITE 5 TPD", "ELITE 5 CCB", "PRULINK ELITE PROTECTOR 5",
          "ELITE 5 ADD", "ELITE 15 WPTPD", "ELITE 15 HI", "ACC MEDICAL REIMBURSEMENT",
          "ACC TOTAL&PERMANENT DISABILITY", "MURDER & ASSAULT BENEFIT", "POST HOSP CANCER BENEFIT",
          "PRUHEALTH PRIME", "POST HOSP 52CI BENEFIT", "LATE STAGE CANCER BENEFIT", "HI 52CI BENEFIT",
          "LATE STAGE 52CI BENEFIT", "HI ICU CANCER BENEFIT", "EARLY STAGE CANCER BENEFIT", "HI CANCER BENEFIT",
          "HI ICU 52CI BENEFIT", "TPD OPTIONAL BENEFIT", "ADD OPTIONAL BENEFIT", "ELITE 7 HI", "ELITE 7 PA-AMR",
          "ELITE 7 PA-ATPD", "ELITE 7 PA-ADD", "ELITE 7 LCB", "ELITE 7 PA-MA", "ELITE 7 IC", "ELITE 7 ADD",
          "PRULINK ELITE PROTECTOR 7", "ELITE 7 TPD", "ELITE 10 TPD", "PRULINK ELITE PROTECTOR 10",
          "ELITE 10 PA-AMR", "ELITE 10 HI", "ELITE 10 PA-ADD", "ELITE 10 PA-MA", "ELITE 10 ADD", "ELITE 10 WPTPD",
          "ELITE 10 LCB", "ELITE 10 PA-ATPD", "ELITE 15 PA-ADD", "ELITE 15 PA-AMR", "ELITE 15 PA-ATPD",
          "ELITE 15 PA-MA", "ELITE 7 WPTPD", "PRU SHIELD 2", "ULCI PAYOR WAIVER"]
assert len(RIDERS) == 71


def two_row_sheet(title, groups, subs, first=None):
    ws = wb.create_sheet(title)
    ws.cell(1, 1, "POLICIES")
    if first:
        ws.merge_cells(first)
    for g, grp in enumerate(groups):
        c = 2 + g * len(subs)
        ws.cell(1, c, grp)
        ws.merge_cells(start_row=1, end_row=1, start_column=c, end_column=c + len(subs) - 1)
        for k, s in enumerate(subs):
            ws.cell(2, c + k, s)
    return ws


ws = two_row_sheet("PLAN_DETAILS", RIDERS, ["SUM_ASSURED", "CONTRACT_STATUS", "PREMIUM_STATUS"])
for j, p in enumerate(policies):
    row = 4 + j
    ws.cell(row, 1, p["no"])
    code = p["plan"].split(" - ")[1].strip().upper()
    main = RIDERS.index(code) if code in RIDERS else r.randrange(71)
    k = r.choice([1, 3, 4, 4, 4, 5, 5, 5, 6, 7, 7, 8, 10, 12])
    picks = [main] + r.sample([x for x in range(71) if x != main], k - 1)
    for x in picks:
        c = 2 + x * 3
        st = (p["status"].strip(), p["pstatus"]) if x == main or r.random() < 0.85 else ("LAPSED", "LAPSED")
        sa = p["sa"] if x == main else r.choice([1500, 3000, 60000, 500000, 700000, 800000, 1000000, 1500000, p["modal"]])
        ws.cell(row, c, money(sa))
        ws.cell(row, c + 1, st[0])
        ws.cell(row, c + 2, st[1])

FUNDS = ["PRULINK PROACTIVE FUND", "PRULINK BOND FUND", "PRULINK GROWTH FUND", "PRULINK EQUITY FUND"]
ws = two_row_sheet("FUND_DETAILS", FUNDS, ["UNIT_BALANCE", "UNIT_PRICE", "PRICE_DATE", "FUND_VALUE"], "A1:A3")
PRICE = {0: 2.07504, 1: 2.85067, 2: 3.53446, 3: 1.95496}
for j, p in enumerate(policies):
    row = 4 + j
    ws.cell(row, 1, p["no"])
    if "PRULINK" not in p["plan"] or r.random() < 0.42:
        continue
    funds = [3] if r.random() < 0.95 else r.choice([[0], [1, 2]])
    for x in funds:
        units = r.uniform(300, 45000)
        c = 2 + x * 4
        ws.cell(row, c, money(units))
        ws.cell(row, c + 1, f"{PRICE[x]:.5f}")
        ws.cell(row, c + 2, "29-JUN-2023")
        ws.cell(row, c + 3, money(round(units * PRICE[x], 2)))

RELS = ["MOTHER"] * 46 + ["SON"] * 35 + ["FATHER"] * 28 + ["DAUGHTER"] * 28 + ["SISTER"] * 27 + ["BROTHER"] * 26 + \
       ["HUSBAND"] * 20 + ["WIFE"] * 19 + ["OTHER"] * 9 + ["AUNT"] * 5 + ["NIECE/NEPHEW"] * 2 + ["GRANDMOTHER"] * 2 + ["GRANDFATHER"]
SPLITS = {1: [["100.00%"]], 2: [["50.00%", "50.00%"], ["60.00%", "40.00%"], ["70.00%", "30.00%"]],
          3: [["40.00%", "30.00%", "30.00%"], ["50.00%", "25.00%", "25.00%"], ["50.00%", "0.00%", "50.00%"]],
          4: [["25.00%"] * 4, ["40.00%", "20.00%", "20.00%", "20.00%"]], 5: [["20.00%"] * 5], 6: [["20.00%", "20.00%", "15.00%", "15.00%", "15.00%", "15.00%"]],
          7: [["10.00%", "15.00%", "15.00%", "15.00%", "15.00%", "15.00%", "15.00%"]]}
ws = two_row_sheet("BENEFICIARY_DETAILS", [f"BENEFICIARY_{k}" for k in range(1, 8)],
                   ["NAME", "RELATIONSHIP", "BIRTHDATE", "PERCENTAGE", "DESIGNATION"], "A1:A3")
BENS = {}
counts = [1] * 30 + [2] * 40 + [3] * 27 + [4] * 7 + [5] * 2 + [6] * 2 + [7]
r.shuffle(counts)
for j, p in enumerate(policies):
    row = 4 + j
    ws.cell(row, 1, p["no"])
    n = counts[j]
    split = r.choice(SPLITS[n])
    sur = p["insured"].split(",")[0]
    BENS[p["no"]] = []
    for k in range(n):
        rel = r.choice(RELS)
        bsur = sur if rel not in ("OTHER", "AUNT") else r.choice(SUR)
        bn = name(bsur)
        if r.random() < 0.03:
            bn = bn.replace(bsur, bsur[:-1], 1)          # the surname misspelt
        lo, hi = {"MOTHER": (1945, 1975), "FATHER": (1945, 1975), "GRANDMOTHER": (1935, 1955), "GRANDFATHER": (1935, 1955),
                  "SON": (1995, 2022), "DAUGHTER": (1995, 2022), "NIECE/NEPHEW": (2000, 2020)}.get(rel, (1960, 2002))
        born = datetime.date(lo, 1, 1) + datetime.timedelta(days=r.randrange(0, 365 * (hi - lo)))
        des = "P-RE" if r.random() < 0.97 else "S-RE"
        c = 2 + k * 5
        for off, v in enumerate([bn, rel, born.isoformat(), split[k], des]):
            ws.cell(row, c + off, v)
        BENS[p["no"]].append((bn, rel, born.isoformat()))

if __name__ == "__main__":
    save(wb, "policies-en-ph-agentscrape.xlsx")
    print(len(policies), len({p['owner'] for p in policies}))
