"""
Shape of Chiku1984/IAG "Book1.ods": an IT service provider's working sheet for automating a
shipping group's service-desk tickets, saved as OpenDocument (not client data).

- "Sheet1": a lookup table Ticket Category / Wave / Complexity [L/M/H] (Complexity never filled):
  40 ticket categories of the service desk, each with the rollout wave W1–W6 it is automated in;
  some categories twice with another wave; beside it, after an empty column, the same three headers
  over six categories moved to another wave.
- "Sheet2": the project plan: Task Owner / Task Name / Months (merged over twelve columns), a row
  of M1…M12 under it, phases as rows with only a name (General Tasks, Discovery, …), tasks owned by
  the provider, the customer or both ("NVS", "OCL", "NVS & OCL"), milestones with "*" in the months
  they span.
Values invented. Written by LibreOffice as .ods.
"""
from fake import save, workbook


CATEGORIES = [
    ("Software - SCCM ( System Centre deployment)", "W2"), ("Unable to Login", "W1"),
    ("ERP Issue (Installation Issue)", "W5"), ("Server/URL inaccessible", "W1"),
    ("Software - Install (Other App.)", "W2"), ("Password reset/expired", "W1"), ("HR Portal Incident", "W3"),
    ("Distribution List Add/Remove ", "W5"), ("Distribution Group - Modification", "W3"),
    ("Software - SCCM ( System Centre deployment)", "W2"), ("Password Reset Request", "W1"),
    ("IMAC Desktop / Laptop Install (Auto Routing)", "W3"), ("Citrix Applications Access", "W3"),
    ("software -Booking Tool Installation Request", "W2"), ("BI Reports Access Request", "W3"),
    ("Hardware Service Request (Auto Routing)", "W3"), ("Software - SCCM ( System Centre Upgrade)", "W2"),
    ("Software - Install (Other App.)", "W3"),
    ("Access To Application ( Installation of Other than catalogue Application Deployment )", "W4"),
    ("Software - Softphone Install", "W2"), ("Ops Console Access Request (Auto Routing)", "W4"),
    ("Domain Password Reset Request", "W1"), ("Software - Office Suite Install", "W1"),
    ("ADM (VM) Account Termination", "W3"), ("Software - SCCM ( System Centre Uninstall)", "W2"),
    ("DL Modification", "W4"), ("Harbour Line Application Access", "W4"), ("Virtual Desktop Application Access Request", "W4"),
    ("Intune Application Request", "W4"), ("VPN Access Request", "W5"), ("Active Directory Account Lock", "W4"),
    ("Deactivate account - Offboarding", "W4"), ("Software - Intune Virtual Desktop Install", "W5"),
    ("Software - Java Install", "W1"), ("Software - Report Server Install", "W5"), ("Software - Dashboard Tool Install", "W5"),
    ("Software - Office Add-in Access", "W5"), ("Dashboard Access Request", "W5"), ("Quality Analysis Reporting", "W2"),
    ("Reporting", "W1")]
MOVED = [("Software - SCCM ( System Centre Uninstall)", "W3"), ("DL Modification", "W5"),
         ("Harbour Line Application Access", "W4"), ("Virtual Desktop Application Access Request", "W2"),
         ("Intune Application Request", "W6"), ("VPN Access Request", "W1")]
PV, CU = "NVS", "OCL"
PLAN = [  # owner, task, first month with "*", last month (None: no marks)
    (PV, "Resource Onboarding and Access Requests", None, None),
    (CU, "Access management for resources", None, None),
    (f"{PV} & {CU}", "Validate the environment, process, tools and stakeholders", None, None),
    (f"{PV} & {CU}", "Understand current issues/gaps with Automation", None, None),
    (PV, "Design the automation architecture, Identify test environment and access required", None, None),
    (CU, "Milestone 1: Agreement and Sign Off on design after architecture board approval", 1, 1),
    (f"{PV} & {CU}", "Understand feasibility of Identified Use cases", None, None),
    (f"{PV} & {CU}", "Prepare a detailed Sprint plan with prioritization and dependencies.", None, None),
    (None, "Discovery", None, None),
    (CU, "Provide the SOP and as-is documentation of Identified Use cases", None, None),
    (PV, "Discovery of the Use cases and documentation of Identified AS IS process (wave of 8 use cases)", None, None),
    (PV, "Milestone 2: Complete Playbook sessins", 2, 7),
    (None, "Iterative Design / Unit testing Sprint", None, None),
    (PV, "Design to be flow for the waves of Use cases", None, None),
    (f"{PV} & {CU}", "Agreement on to be flow with Stakeholders ", None, None),
    (CU, "Milestone 3: Agreement and Sign Off on detailed to be flow document", 3, 8),
    (None, "Development and Testing Sprint", None, None),
    (f"{PV} & {CU}", "Setup the Lab with all tools, Integrations and test environments for the overall program use case", None, None),
    (PV, "Milestone 4: Setup of the automation platform", None, None),
    (PV, "Develop the 40 use cases in wave of 8 Ucs", None, None),
    (PV, "System Testing of 40 use cases", None, None),
    (PV, "Develop Test plan for 40 use cases", None, None),
    (PV, "Release of the 40 Use cases for UAT", None, None),
    (PV, "Bug fixing and Retesting", None, None),
    (f"{PV} & {CU}", "Milestone 5: Final Sign Off on UAT", 4, 9),
    (None, "Deployment", None, None),
    (PV, "Milestone 6: Use cases LIVE - Limited Rollout in Waves", 5, 10),
    (PV, "Rollout and monitor and measure KPI's on the use case", None, None),
    (PV, "Milestone 7: Full Rollout and Sign off on Use cases in Waves", 6, 11),
    (PV, "Milestone 8: Completion of Hypercare Support", 12, 12),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for col, h in zip("ABC", ["Ticket Category", "Wave", "Complexity [L/M/H]"]):
    ws[f"{col}1"] = h
for col, h in zip("EFG", ["Ticket Category", "Wave", "Complexity [L/M/H]"]):
    ws[f"{col}1"] = h
for r, (cat, wave) in enumerate(CATEGORIES, start=2):
    ws[f"A{r}"], ws[f"B{r}"] = cat, wave
for r, (cat, wave) in enumerate(MOVED, start=2):
    ws[f"E{r}"], ws[f"F{r}"] = cat, wave
ws.column_dimensions["A"].width = 58
ws.column_dimensions["E"].width = 44

plan = wb.create_sheet("Sheet2")
plan["A1"], plan["B1"], plan["C1"] = "Task Owner", "Task Name", "Months"
plan.merge_cells("C1:N1")
plan["B2"] = "General Tasks"
for m in range(1, 13):
    plan.cell(2, 2 + m, f"M{m}")
for r, (owner, task, first, last) in enumerate(PLAN, start=3):
    if owner:
        plan.cell(r, 1, owner)
    plan.cell(r, 2, task)
    if first:
        for m in range(first, last + 1):
            plan.cell(r, 2 + m, "*")
plan["C13"] = " "
plan.column_dimensions["A"].width = 12
plan.column_dimensions["B"].width = 70
save(wb, "plans-en-itautomation.ods", libreoffice="ods")
