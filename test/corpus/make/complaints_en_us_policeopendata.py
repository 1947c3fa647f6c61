"""
Shape of BaltimoreLegalHackers/Project_Comport "Complaints.xlsx" (commit
5d22c672101a0dc7ef11eb7831a62238a08e6aa5): a US city police department's open-data extract of
complaints against its officers (the civic-data Comport export) that a civic-tech group loaded
into Excel. One sheet "Sheet1": the CSV's name 'complaints (4)' as a title merged over A1:U1, a bold
camelCase header on row 2 id / caseNumber / serviceType / incidentType / source / occurredDate /
receivedDate / completedDate / assignment / allegation / disposition / residentIdentifier /
residentRole / residentRace / residentSex / residentAge / officerIdentifier / officerRace /
officerSex / officerAge / officerYearsOfService, every cell formatted as text except the ages and
years of service: one row per complaint x allegation x resident x officer, so each case repeats
over several rows; ids and people are 32-character hashes; dates 'YYYY-MM-DD 00:00:00' as text
(some occurred dates decades before receipt); many empty cells. 13,392 rows in the original, the
first 260 rows' worth of cases here. Values invented.
"""
import random

from openpyxl.styles import Alignment, Font

from fake import save, workbook

R = random.Random(3729)


def h():
    return "%032x" % R.getrandbits(128)


INCIDENT = (["External Complaints"] * 15) + (["Internal Complaints"] * 4) + (["Ethics"] * 2)
SOURCE = ["Citizen"] * 8 + [None] * 6 + ["Agency Member"] * 4 + ["Phone Call"] * 2 + ["Attorney"] * 2 + ["Other Agency", "Anonymous"]
SERVICE = [None] * 20 + ["On View", "On View", "Call for Service", "Warrant Service", "Unknown", "Off Duty"]
DISTRICT = ["Southern District", "Central District", "Eastern District", "Northern District", "Western District",
            "Northeastern District", "Southwestern District", "Southwest District", None, "SES - Westside Zones",
            "Northwestern District", "Northeast District"]
ALLEG = ["Conduct Unbecoming a Police Officer/Employee", "Misconduct/General", "Excessive Force", "Lawsuit Filed",
         "False Arrest/Imprisonment", "Harassment", "Neglect/General", "Neglect of Duty", "Discourtesy",
         "False Arrest / Imprisonment", "Neglect/BWC", "Inappropriate Comments And/Or Gesture(s)", None,
         "VCS/Other Misdemeanor", "Improper Stop/Search/Seizure", "Abusive or Discriminatory Language"]
DISPO = [None] * 5 + ["Not Sustained"] * 3 + ["Sustained"] * 2 + ["Unfounded", "Exonerated"]
RACE_R = ["Black"] * 5 + [None] * 5 + ["White", "Unknown", "Hispanic"]
RACE_O = ["White"] * 5 + ["African Amer"] * 4 + [None, "Black", "Other Hispan", "Other Asian"]
OFFICERS = [(h(), R.choice(RACE_O), R.choice(["Male"] * 8 + ["Female"]), R.randrange(23, 58)) for _ in range(40)]


def day(y0, y1):
    return f"{R.randrange(y0, y1 + 1)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d} 00:00:00"


rows, seen = [], set()
while len(rows) < 260:
    year = R.choice([2015, 2016, 2017, 2018, 2019])
    while True:
        case = f"{year}-{R.randrange(1, 1300):04d}"
        if case not in seen:
            seen.add(case)
            break
    cid, kind = h(), R.choice(INCIDENT)
    received = f"{year}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d} 00:00:00"
    occurred = None if R.random() < 0.12 else (day(1968, 2001) if R.random() < 0.1 else received)
    completed = None if R.random() < 0.45 else day(min(year + 1, 2019), min(year + 1, 2019))
    base = [cid, case, R.choice(SERVICE), kind, R.choice(SOURCE), occurred, received, completed, R.choice(DISTRICT)]
    allegations = R.sample(ALLEG, R.choice([1, 1, 1, 2, 2, 3]))
    dispo = R.choice(DISPO)
    residents = [] if kind == "Internal Complaints" else [(h(), "Complainant", R.choice(RACE_R), R.choice(["Male", "Female", None]), R.choice([None, R.randrange(18, 75)]))]
    if residents and R.random() < 0.25:
        residents += [(h(), "Witness", None, None, None) for _ in range(R.choice([1, 2]))]
    officers = [] if R.random() < 0.1 else [R.choice(OFFICERS) for _ in range(R.choice([1, 1, 2]))]
    for a in allegations:
        for res in residents or [(None,) * 5]:
            for off in officers or [(None,) * 4]:
                years = None if off[0] is None or R.random() < 0.05 else max(1, off[3] - 22 - R.randrange(0, 6))
                rows.append(base + [a, dispo, *res, *off, years])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "complaints (4)"
ws["A1"].font, ws["A1"].alignment = Font(size=12), Alignment(horizontal="center")
ws.merge_cells("A1:U1")
heads = ["id", "caseNumber", "serviceType", "incidentType", "source", "occurredDate", "receivedDate", "completedDate",
         "assignment", "allegation", "disposition", "residentIdentifier", "residentRole", "residentRace", "residentSex",
         "residentAge", "officerIdentifier", "officerRace", "officerSex", "officerAge", "officerYearsOfService"]
for j, t in enumerate(heads):
    c = ws.cell(2, j + 1, t)
    c.font, c.number_format = Font(bold=True), "@"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        if v is not None:
            c = ws.cell(i + 3, j + 1, v)
            if not isinstance(v, int):
                c.number_format = "@"
for col, w in {"A": 32.0, "B": 11.7, "C": 13.3, "D": 16.5, "E": 18.7, "F": 17.2, "I": 24.8, "J": 37.7, "K": 12.0,
               "L": 31.3, "M": 11.5, "N": 12.0, "O": 10.8, "P": 11.0, "Q": 31.7, "R": 11.3, "S": 9.5, "T": 9.7,
               "U": 18.7}.items():
    ws.column_dimensions[col].width = w
save(wb, "complaints-en-us-policeopendata.xlsx")
