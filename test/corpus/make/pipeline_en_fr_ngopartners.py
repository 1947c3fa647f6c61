"""
Shape of dfgparis23/Team-8 "Opportunities.xlsx" (at commit 41a2222bff914dbbffad7d8b5da9703c5bc6ff32):
a French youth-sport charity's partnership opportunities exported from its CRM (Acumatica) for a
Data-for-Good hackathon. One sheet "Data", 43 columns, header in row 1 with a navy fill, every cell
bold, an auto-filter over the whole range, dates shown m/d/yyyy, amounts #,##0.00 with red
negatives. English CRM headers with a French tail (Programme financé, Action financée, Type de
contrat, Type de financement, Zone …). The export is anonymised: each row is one opportunity with a
6-digit text id (newest first; two ids lost their leading zeros and became numbers), the business
account as a code (C00037; ~2,000 accounts, a few with dozens of deals, two rows with none), a
numeric contact id on half the rows, the owner and the follow-up person as staff numbers, status
(Won/New/Lost/Open) beside a separate stage (Won, Oral agreement, Initial Prospect, Advanced
Prospect, Dossier posed, Lost), a probability that a join has doubled or tripled on many won rows
(200, 400, 600), the estimated amount, the amount received, the difference (received - estimated,
a few rows off), the partnership class (code and text), campaign source, programme and action
funded (several joined with ", "), agreement flag as text 'True'/'False', agreement dates,
duration as free text ('12', '12 Mois', '1 an', '120 Mois (10 ans)'), up to five theoretical
payment dates with amounts as text ('50.000 €', '30 000 €', '15000'), the charity's regional hub,
created / modified / actual close / assignment timestamps and the branch. The estimated close date
is often a 1 January placeholder, a few in 1900. Many cells of empty columns are empty strings.
The real file has 5,986 rows; this one 1,800. A person imports the opportunities into the pipeline
keyed by the account code; names of partners are not in the file. Values invented.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

f = Fake("pipeline-en-fr-ngopartners")
N = 1800

HEADERS = ["Opportunity ID", "Business Account", "Contact ID", "Estimated Close Date", "Status", "Stage",
           "Probability", "Estimated amount", "Amount received", "Difference", "Owner Name", "Follow-up with",
           "Class ID", "Class", "Source", "Source Campaign", "Campaign Name", "Programme financé",
           "Action financée", "Agreement", "Signature date of the agreement", "Agreement expiry date",
           "Duration of agreement (months)", "Deadline for submission of interim report", "Final report deadline",
           "Type de contrat", "Type de financement", "Zone QSEQ", "Theorical payment date 1",
           "Theorical payment amount 1", "Theorical payment date 2", "Theorical payment amount 2",
           "Theorical payment date 3", "Theorical payment amount 3", "Theorical payment date 4",
           "Theorical payment amount 4", "Theorical payment date 5", "Theorical payment amount 5", "Created On",
           "Last Modified Date", "Actual Close Date", "Assignment Date", "Branch ID"]

# (status, stage, probability) with the weights seen in the export
COMBOS = [(("Won", "Won", 200), 1614), (("Won", "Won", 100), 1435), (("New", "Oral agreement", 80), 577),
          (("New", "Won", 100), 398), (("Won", "Oral agreement", 160), 343), (("Won", "Won", 400), 309),
          (("New", "Initial Prospect", 20), 215), (("Lost", "Initial Prospect", 20), 144),
          (("Won", "Initial Prospect", 40), 101), (("New", "Won", 200), 83), (("New", "Advanced Prospect", 40), 65),
          (("Won", "Won", 600), 62), (("Won", "Oral agreement", 80), 59), (("New", "Dossier posed", 60), 46),
          (("Lost", "Dossier posed", 60), 41), (("Open", "Initial Prospect", 20), 39), (("New", "Won", 400), 34),
          (("Won", "Oral agreement", 320), 30), (("Won", "Won", 500), 25), (("Lost", "Won", 100), 25),
          (("Lost", "Advanced Prospect", 40), 25), (("Won", "Dossier posed", 120), 19), (("New", "Lost", 0), 18),
          (("New", "Initial Prospect", 40), 17), (("Lost", "Lost", 0), 15), (("Open", "Advanced Prospect", 40), 12)]
CLASSES = [(("PPRIV MEC", "Private partnership - Patronage"), 2523), (("PPRIV EVNT", "Private partnership - Event"), 1251),
           (("PPRIV TA", "Private partnership - Apprenticeship tax"), 1118), (("PPUB", "Public partnership"), 425),
           (("PPRIV NAT", "Private partnership - In kind"), 280), (("PPRIV FOND", "Private partnership - Foundation"), 190),
           (("PPRIV IND", "Private partnership - Individual donor"), 120), (("PPUB EU", "Public partnership - Europe"), 50),
           (("PPRIV MIX", "Private partnership - Mixed"), 29)]
CAMPAIGNS = [("000001", "2021 - Taxe d'apprentissage"), ("000012", "2022 - Taxe d'apprentissage"),
             ("000002", "2021 - Course des Quartiers"), ("000023", "2023 - Coupe des Talents - Paris"),
             ("000004", "2021 - Soirée de gala - Lyon"), ("000014", "2022 - Soirée de gala - Lyon"),
             ("000025", "2023 - Tournoi entreprises"), ("000003", "2021 - Soirée de gala - Paris"),
             ("000006", "2021 - Coupe des Talents - Paris"), ("000015", "2022 - Coupe des Talents - Lille"),
             ("000027", "2023 - Dîner solidaire")]
PROGRAMMES = [("Non fléché", 2626), ("Emploi en Quartier", 507), ("Sport", 181), ("Séjours et Camps", 159),
              ("Créateurs en Quartier", 146), ("Elles en Quartier", 116), ("Réussite scolaire", 39),
              ("Sport, Emploi en Quartier", 22), ("Festival 24", 15), ("Emploi en Quartier, Créateurs en Quartier", 8),
              ("Sport, Emploi en Quartier, Elles en Quartier", 8), ("Non fléché, Elles en Quartier", 2)]
ACTIONS = [("Nouveau centre", 84), ("Jeunes Talents", 71), ("Chalet des Alpes", 64), ("Passe décisive", 52),
           ("Camp de vacances", 42), ("Parrainage", 15), ("Cap Numérique", 9), ("Nutrition", 9),
           ("Camp de vacances, Chalet des Alpes", 7), ("Rénovation", 4)]
ZONES = [("National", 2175), ("Pole Paris", 264), ("Pole Lille", 183), ("Pole Lyon", 136), ("Pole Marseille", 87),
         ("Pole Saint Etienne", 49), ("Pole Grenoble", 43), ("Pole Lyon, Pole Grenoble, Pole Saint Etienne", 18),
         ("Pole Lyon, Pole Paris", 4), ("Pole Nantes", 3)]
DURATIONS = ["12", "12 Mois", "12 mois", "36", "36 Mois", "24 Mois", "36 mois", "1", "6 Mois", "1 an", "19 Mois",
             "120 Mois (10 ans)", "24", "1 an renouvelable jusqu'en 2024", "pas de date de fin", "60 Mois (5 ans)"]
CONTRACTS = [("Contrat de ville", 84), ("Convention annuelle", 82), ("Convention pluri-annuelle", 54),
             ("Convention opération", 23), ("Mécénat de compétences", 1)]
AMOUNTS = [10000, 5000, 6000, 100, 3000, 2000, 1000, 15000, 20000, 500, 8000, 12000, 25000, 50000, 1500, 250, 4000,
           30000, 7500, 60000, 100000, 2500, 350, 800]


def weighted(pairs):
    return f.r.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def money_text(v):
    style = f.r.random()
    if style < 0.35:
        return str(v)
    if style < 0.7:
        return f"{v:,}".replace(",", ".") + " €"
    return f"{v:,}".replace(",", " ") + " €"


accounts = [f"C{n:05d}" for n in f.r.sample(range(30, 22000), 620)]
acc_weights = [min(30, int(f.r.paretovariate(1.4))) for _ in accounts]
contacts = {a: [f.r.randrange(34000, 48500) for _ in range(f.r.choice([1, 1, 1, 2, 3]))] for a in accounts}
owners = list(range(1, 39))
owner_weights = [f.r.randint(1, 40) for _ in owners]
owner_weights[28] = 400  # one owner holds a fifth of the deals
owner_weights[14] = 220

rows = []
created = datetime.datetime(2023, 10, 11, 11, 2, 41, 310000)
for i in range(N, 0, -1):
    status, stage, prob = weighted(COMBOS)
    acc = f.r.choices(accounts, weights=acc_weights)[0]
    if i in (912, 37):
        acc = None
    contact = f.pick(contacts[acc]) if acc and f.chance(0.47) else None
    if f.chance(0.3):
        close = datetime.datetime(f.r.choice([2018, 2019, 2020, 2021, 2022, 2023]), 1, 1)
    elif f.chance(0.01):
        close = datetime.datetime(1900, 1, 1)
    else:
        close = datetime.datetime.combine(f.date(datetime.date(2018, 3, 1), datetime.date(2026, 12, 31)), datetime.time())
    est = f.pick(AMOUNTS) if f.chance(0.75) else f.r.randrange(50, 90000)
    received = None
    if status == "Won" and stage == "Won" and f.chance(0.8) or status == "Won" and f.chance(0.3):
        received = est if f.chance(0.75) else f.r.randrange(est // 2 + 1, est + 1)
    diff = (received or 0) - est
    if f.chance(0.005):
        diff = round(diff * 1.5)
    owner = f.r.choices(owners, weights=owner_weights)[0] if f.chance(0.96) else None
    follow = f.r.choice([6, 6, 6, 28, 28, 25, 32, 3, 11, 17]) if f.chance(0.16) else ""
    class_id, class_name = weighted(CLASSES)
    source = src_code = camp = None
    if f.chance(0.19):
        src_code, camp = f.pick(CAMPAIGNS)
        source = "Campaign" if f.chance(0.47) else None
    programme = weighted(PROGRAMMES) if f.chance(0.64) else None
    action = weighted(ACTIONS) if f.chance(0.06) else None
    agreement = ("True" if f.chance(0.16) else "False") if f.chance(0.65) else None
    sign = expiry = duration = interim = final = contract = None
    payments = [None] * 10
    if agreement == "True" and f.chance(0.4):
        sign = datetime.datetime.combine(f.date(datetime.date(2020, 6, 1), datetime.date(2023, 9, 30)), datetime.time())
        expiry = datetime.datetime(sign.year + f.r.choice([0, 1, 1, 2]), 12, 31)
        duration = f.pick(DURATIONS)
        contract = weighted(CONTRACTS)
        if f.chance(0.2):
            interim = datetime.datetime(sign.year, 12, 31)
        if f.chance(0.3):
            final = datetime.datetime(expiry.year + 1, 6, 30)
        total = f.r.choice([15000, 20000, 30000, 40000, 50000, 88824, 200000])
        for k in range(f.r.choice([1, 1, 2, 3, 5])):
            payments[2 * k] = datetime.datetime(sign.year + 1 + k // 2, *f.r.choice([(6, 30), (12, 31), (12, 29)])) \
                if f.r.random() < 0.9 else datetime.datetime(sign.year + 1, 7, 1)
            payments[2 * k + 1] = money_text(total // 2 if k else total)
    funding = (f.r.choice(["Fonctionnement"] * 15 + ["Investissement"])) if f.chance(0.44) else None
    zone = weighted(ZONES) if f.chance(0.5) else None
    created -= datetime.timedelta(minutes=f.r.randrange(3, 2000), milliseconds=f.r.randrange(0, 999))
    modified = created + datetime.timedelta(seconds=f.r.choice([0, 0, 0, 45, 300, 86400 * f.r.randrange(1, 300)]))
    actual = None
    if status in ("Won", "Lost") and f.chance(0.85) or f.chance(0.4):
        actual = f.r.choice([datetime.datetime(2021, 3, 19), datetime.datetime(2022, 12, 15),
                             datetime.datetime(2022, 12, 5), datetime.datetime(2021, 6, 21),
                             datetime.datetime.combine(f.date(datetime.date(2018, 1, 1), datetime.date(2023, 10, 1)),
                                                       datetime.time())])
    assigned = created - datetime.timedelta(seconds=f.r.randrange(20, 90)) if f.chance(0.96) else None
    branch = "QSEQ" if f.chance(0.965) else "FONDQSEQ"
    oid = f"{i:06d}"
    if i in (1417, 815):
        oid = i  # the export lost the leading zeros of two ids
    rows.append([oid, acc, contact, close, status, stage, prob, est, received, diff, owner, follow, class_id, class_name,
                 source, src_code, camp, programme, action, agreement, sign, expiry, duration, interim, final, contract,
                 funding, zone] + payments + [created, modified, actual, assigned, branch])

wb = workbook()
ws = wb.active
ws.title = "Data"
ws.append(HEADERS)
for r in rows:
    ws.append(r)
bold = Font(bold=True)
head = PatternFill("solid", fgColor="FF000080")
DATE_COLS = {4, 21, 22, 24, 25, 29, 31, 33, 35, 37, 39, 40, 41, 42}
for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=len(HEADERS)):
    for c in row:
        c.font = bold
        if c.row == 1:
            c.fill = head
            continue
        if c.column in DATE_COLS:
            c.number_format = "m/d/yyyy"
        elif c.column == 7:
            c.number_format = "#,##0_);[Red](#,##0)"
        elif c.column in (8, 9):
            c.number_format = "#,##0.00_);[Red](#,##0.00)"
        elif c.column == 10:
            c.number_format = "#,##0.0000;[Red]\\-#,##0.0000"
widths = [17.3, 19.4, 13.1, 23.1, 9.2, 18.6, 13.4, 20.6] + [16] * 35
for k, w in enumerate(widths, start=1):
    ws.column_dimensions[get_column_letter(k)].width = w
ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{ws.max_row}"
save(wb, "pipeline-en-fr-ngopartners.xlsx")
