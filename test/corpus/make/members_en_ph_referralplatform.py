"""
Shape of cletus-dotcom/tbgp "data/kitaan.xlsx": the planning workbook of a Philippine referral
platform (members refer clients and contractors and share commissions), made in Excel.

- "members": bold header on row 1 in snake_case: member_id / batch / referrer_id / last_name /
  first_name / middle_name / suffix / address / cp_no / date_joined. 25 members in five batches of
  five: member_id a six-digit text "001001" … "005005" (batch and number), batch 1–5, referrer_id the
  text id of the member who brought them (none for batch 1), names upper case split in four
  (Filipino middle names on the first batches only, "MA." for Maria, a suffix II / JR twice, Ñ in
  names), address and cp_no empty everywhere, date_joined a text "6/20/2026" (one date a batch)
  in a column formatted mm-dd-yy down to row 434 (the rows below the data are empty).
- "contractors": the same kind of header (contractor_id / batch / member_referrer_id / company_name
  / company_address / representative_name / contact_no / date_joined) and one placeholder row
  ("construction 1", representative "Ako To", a mobile as text), empty down to row 434.
- "commission": three commission scenarios placed from column F: a scenario title, 1,000,000 base,
  the 50 % client share by formula, a ladder of seven levels with percentages, level names
  (MANDATE, MA_2, then first names) and formulas, two footnotes starting with "*".
- "level" and "level (2)": the income split tree: "INCOME BASE:", percentages and roles (Mandate,
  MA, L5 … L2, Referrer, POP, Platform (M7), Founders prerogative) with formulas, "*" bullets.
- "details": the full member header (24 columns: membership_type, birth_date, civil_status,
  beneficiary, status, termination …) with three rows holding only a membership type and a
  status (Mandate/Active, Mother Account/Inactive, ProF/Terminated) and "L." once, frozen at A2.
Values invented (the scenario first names too).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-en-ph-referralplatform")
B = Font(bold=True)
MEMBERS = [
    ("DALISAY", "MA. CORAZON", "ESTRELLA", None), ("DALISAY", "PAOLO MIGUEL", "SANTIAGO", None),
    ("MANALO", "REGINA", "DUMAGUETE", None), ("MANALO", "IVY", "BACALSO", None), ("MAGBANUA", "TERESITA", "LUMANOG", None),
    ("VILLARIN", "KRISTEL JOY", "CABAHUG", None), ("PEÑARANDA", "RIZA MAE", "OCAMPO", None),
    ("MAGBANUA", "ROMMEL", "LUMANOG", None), ("SALVADOR", "MA. THERESA", "CABAHUG", None),
    ("TABURADA", "CHERRY ANN", "YBAÑEZ", None), ("OBEDENCIO", "ARNEL", "BAUTISTA", None),
    ("LABRADOR", "JHON PAUL NIÑO", None, None), ("ESCARIO", "RODEL", None, None), ("PACQUIAO", "MA. ANGELICA", None, None),
    ("QUIJANO", "SHERYL", None, None), ("SEVILLA", "LORNA", None, None), ("DUMANJOG", "RODEL", None, None),
    ("MERCADO", "ALVIN", None, None), ("ARQUIZA", "KEVIN MARK", None, None), ("BONGCAWEL", "LEMUEL", None, "II"),
    ("ALCORDO", "JERWIN", None, None), ("ENTERA", "WENDELL", None, None), ("AMANCIO", "RODEL", None, None),
    ("BERNALES", "JOHN REY CARLO", None, None), ("LIGUTAN", "RONALD", None, "JR"),
]
REFERRERS = [None] * 5 + ["001001", "001004", "001001", "001004", "001003", "002002", "002005", "002003", "002005",
                          "002002", "001002", "003001", "003003", "002004", "002001", "004003", "003002", "004005",
                          "004005", "004001"]
DATES = ["6/20/2026", "6/21/2026", "6/22/2026", "6/23/2026", "6/25/2026"]

wb = workbook()
ws = wb.active
ws.title = "members"
ws.append(["member_id", "batch", "referrer_id", "last_name", "first_name", "middle_name", "suffix", "address", "cp_no", "date_joined"])
for c in ws[1]:
    c.font = B
for i, (ln, fn, mn, sx) in enumerate(MEMBERS):
    batch, num = i // 5 + 1, i % 5 + 1
    ws.append([f"{batch:03d}{num:03d}", batch, REFERRERS[i], ln, fn, mn, sx, None, None, DATES[batch - 1]])
for r in range(2, 435):
    ws.cell(r, 10).number_format = "mm-dd-yy"
for col, w in zip("ACDEFGHIJ", (10.78, 11.0, 17.33, 20.22, 14.55, 7.44, 20.22, 13.44, 11.11)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("contractors")
ws.append(["contractor_id", "batch", "member_referrer_id", "company_name", "company_address", "representative_name", "contact_no", "date_joined"])
for c in ws[1]:
    c.font = B
ws.append(["001001", 1, 1001, "construction 1", None, "Ako To", "09000000152", "6/26/2026"])
for r in range(2, 435):
    ws.cell(r, 8).number_format = "mm-dd-yy"
for col, w in zip("ACDFGH", (10.78, 19.11, 18.22, 20.22, 14.55, 11.11)):
    ws.column_dimensions[col].width = w

PCT = "0%"
ACC = '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-'
ws = wb.create_sheet("commission")


def ladder(ws, top, cols, names, pcts, base):
    p, n, who, val = cols
    for k, (pc, nm) in enumerate(zip(pcts, names)):
        r = top + k
        if pc is not None:
            ws[f"{p}{r}"] = pc
            ws[f"{p}{r}"].number_format = PCT
        ws[f"{n}{r}"] = k + 1
        ws[f"{who}{r}"] = nm
        ws[f"{val}{r}"] = f"={val}${base}*{p}{r}"
        ws[f"{val}{r}"].number_format = ACC


ws["F3"], ws["I3"], ws["K3"], ws["N3"] = "Scenario 1:", "Commision", "Scenario 2:", "Commision"
ws["F4"], ws["I4"], ws["K4"], ws["N4"] = "7-Ramon has ref client", 1000000, "8-Arturo has ref client", 1000000
ws["I6"], ws["N6"] = "Ref Client (50%)", "Ref Client (50%)"
ws["I7"], ws["N7"] = "=I4*0.5", "=N4*0.5"
LAD = [0.06, 0.06, 0.08, 0.08, 0.1, 0.12, 0.5]
ladder(ws, 8, ("F", "G", "H", "I"), ["MANDATE", "MA_2", "Jose", "Andres", "Felipe", "Luz", "Ramon"], LAD, 7)
ladder(ws, 8, ("K", "L", "M", "N"), ["MANDATE", "Jose", "Andres", "Felipe", "Luz", "Ramon", "Arturo"], LAD, 7)
ws["K15"] = "* mother account is gone"
ws["F18"], ws["I18"], ws["F19"], ws["I19"], ws["I21"], ws["I22"] = "Scenario 3:", "Commision", "3-Jose has ref client", 1000000, "Ref Client (50%)", "=I19*0.5"
ladder(ws, 23, ("F", "G", "H", "I"), ["MANDATE", "MA_2", "Jose", "Andres", "Felipe", "Luz", "Ramon"], [0.1, 0.12, 0.5, None, None, None, None], 7)
ws["F30"] = "* The 28% (140,000) unshared funds goes to Poorest of the Poor (POP) account."
for c in ("I4", "N4", "I19"):
    ws[c].number_format = ACC
for col, w in zip("FGHILMN", (8.55, 3.78, 10.89, 14.89, 3.78, 9.66, 14.89)):
    ws.column_dimensions[col].width = w

ROLES = ["Mandate", "MA", "L5", "L4", "L3", "L2", "Referrer"]
ws = wb.create_sheet("level")
ws["G2"] = "INCOME BASE:"
ws["H3"], ws["I3"], ws["N3"] = 1, "Commission", 1000000
ws["I4"], ws["J4"], ws["O4"] = 0.5, "Ref Client", "=N3*I4"
ws["J5"] = "35% Scheme:"


def block(ws, r, star, pct, label, col, pcol, base, sub):
    if star:
        ws[f"{star}{r}"] = "*"
    ws[f"{pcol}{r}"] = pct
    ws[f"{pcol}{r}"].number_format = PCT
    ws[f"{label}{r}"] = sub
    ws[f"{col}{r}"] = f"={col[0] if len(col) == 1 else col}${base}*{pcol}{r}"


for r, pct, sub in ((6, 0.05, "Founders prerogative"), (8, 0.12, "Ref Client"), (17, 0.08, "Ref Contractor"), (26, 0.1, "POP"), (28, 0.65, "Platform (M7)")):
    ws[f"K{r}"], ws[f"L{r}"], ws[f"M{r}"], ws[f"O{r}"] = "*", pct, sub, f"=O$4*L{r}"
    ws[f"L{r}"].number_format = PCT
for top, base in ((9, 8), (18, 17)):
    for k, (pc, role) in enumerate(zip(LAD, ROLES)):
        r = top + k
        ws[f"M{r}"], ws[f"N{r}"], ws[f"P{r}"] = pc, role, f"=O${base}*M{r}"
        ws[f"M{r}"].number_format = PCT
ws["G33"], ws["H33"] = 1, "Commission"
for top, share, label, note in ((34, 0.5, "Ref Client", "(7 to mandate scheme)"), (44, 0.25, "Ref Contractor", "(7 to mandate scheme)")):
    ws[f"I{top}"], ws[f"J{top}"], ws[f"M{top}"], ws[f"Q{top}"] = share, label, note, f"=N$3*I{top}"
    for k, (pc, role) in enumerate(zip(LAD, ROLES)):
        r = top + 1 + k
        ws[f"M{r}"], ws[f"N{r}"], ws[f"O{r}"], ws[f"R{r}"] = "*", pc, role, f"=Q${top}*N{r}"
    ws[f"R{top + 8}"] = f"=SUM(R{top + 1}:R{top + 7})"
ws["I54"], ws["J54"], ws["M54"], ws["Q54"] = 0.25, "Platform (Admin-M7)", "(35% scheme)", "=N$3*I54"
for k, (pc, sub) in enumerate(((0.05, "Founders prerogative"), (0.12, "Ref Client"), (0.08, "Ref Contractor"), (0.1, "POP"), (0.65, "Platform (M7)"))):
    r = 55 + k
    ws[f"M{r}"], ws[f"N{r}"], ws[f"O{r}"], ws[f"R{r}"] = "*", pc, sub, f"=Q$54*N{r}"
ws["R60"] = "=SUM(R55:R59)"
ws["I62"], ws["Q62"], ws["R62"] = "=SUM(I34:I55)", "=SUM(Q34:Q54)", "=R42+R52+R60"
ws["K65"], ws["L66"], ws["O66"], ws["L67"], ws["O67"] = "* Referrer:", "Ref Client", "=R41+R56", "Ref Contractor", "=R51+R57"
ws["K69"], ws["O69"], ws["P69"] = "*POP", "=R58", "(+ Flushing if referrer is L5 to L2)"
for top, n, label in ((72, 2, "Services"), (76, 3, "Supplies"), (80, 4, "Other Services")):
    ws[f"G{top}"], ws[f"H{top}"] = n, label
    ws[f"I{top + 1}"], ws[f"J{top + 1}"], ws[f"I{top + 2}"], ws[f"J{top + 2}"] = 0.35, "profit sharing", 0.65, "platform"
for col, w in zip("BCGHIJLMNOPQ", (4.22, 3.33, 3.44, 3.89, 5.44, 3.11, 5.0, 5.44, 17.66, 12.44, 16.11, 12.89)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("level (2)")
ws["G2"] = "INCOME BASE:"
ws["G4"], ws["H4"], ws["L4"] = 1, "Commission", 1000000
for top, share, label in ((5, 0.5, "Ref Client"), (14, 0.25, "Ref Contractor")):
    ws[f"I{top}"], ws[f"J{top}"], ws[f"M{top}"] = share, label, f"=L4*I{top}"
    for k, (pc, role) in enumerate(zip(LAD, ROLES)):
        r = top + 1 + k
        ws[f"J{r}"], ws[f"K{r}"], ws[f"L{r}"], ws[f"M{r}"] = "*", pc, role, f"=M${top}*K{r}"
ws["I23"], ws["J23"], ws["M23"] = 0.25, "Platform (Admin-M7)", "=L4*I23"
for r, pc, sub in ((24, 0.05, "Founders prerogative"), (26, 0.12, "Ref Client"), (35, 0.08, "Ref Contractor"), (44, 0.1, "POP"), (45, 0.65, "Platform (M7)")):
    ws[f"J{r}"], ws[f"K{r}"], ws[f"L{r}"], ws[f"M{r}"] = "*", pc, sub, f"=M$23*K{r}"
for top in (27, 36):
    for k, (pc, role) in enumerate(zip(LAD, ROLES)):
        r = top + k
        ws[f"K{r}"], ws[f"L{r}"], ws[f"N{r}"] = pc, role, f"=M${top - 1}*K{r}"
for col, w in zip("BCGHIJKLMN", (4.22, 3.33, 3.44, 3.89, 5.44, 2.78, 5.22, 20.66, 11.33, 10.33)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("details")
ws.append(["member_id", "batch", "referrer_id", "membership_type", "last_name", "first_name", "middle_name", "suffix",
           "address", "phone", "email", "birth_date", "gender", "civil_status", "highest_education",
           "occupation_income_source", "momthly_income", "number_of_dependents", "beneficiary_name",
           "beneficiary_address", "beneficiary_phone", "status", "termination_date", "termination_type"])
for c in ws[1]:
    c.font = B
ws["D2"], ws["G2"], ws["V2"] = "Mandate", "L.", "Active"
ws["D3"], ws["V3"] = "Mother Account", "Inactive"
ws["D4"], ws["V4"] = "ProF", "Terminated"
ws.freeze_panes = "A2"
ws.column_dimensions["A"].width = 18.0

save(wb, "members-en-ph-referralplatform.xlsx")
