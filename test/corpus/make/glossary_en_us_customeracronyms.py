"""
Shape of e403551/Acrolite_Real "Customer_List.xlsx" (commit
a486cffe469df00b4bdd574ab6ea57a4067ba88f): an engineer's tool for a space ground-system programme
keeps the customer's acronyms in a workbook named Customer_List (not client data).

- One sheet "Sheet" written by openpyxl: Acronym / Definition in bold in row 1, 74 acronyms in
  alphabetical order (capitals before mixed case: "IaaS", "SoH" among the capitals, "CTTs"),
  no column widths.
- Definitions scraped from a document: most whole, some cut or shifted by the scraper — a
  leading "– Test Phases", a dangling "of Radio Frequency", a lone "Service" for IaaS, the
  neighbour's words glued in front ("Bus Factory, and Infrared Payload"), a possessive
  ("Center's"), "To-Be" alone; one company name, one programme name.
Values invented.
"""
from openpyxl.styles import Font

from fake import save, workbook

TERMS = [
    ("ADE", "Automated Deployment Environment"), ("AOC", "Area Operations Center"), ("ATP", "Acceptance Test Procedure"),
    ("AWS", "Amazon Web Services"), ("BGS", "Backup Ground Station"), ("CDR", "Critical Design Review"),
    ("CE", "Capability Evaluation"), ("CICD", "DevSecOps Continuous Integration/Continuous Deployment"),
    ("CMS", "Configuration Management System"), ("CTTs", "Cyber Table Tops"),
    ("CVT", "Combined Verification & Test"), ("DIT", "– Test Phases Developer Integration and Test"),
    ("DITL", "Day-In-The-Life"), ("DR", "Discrepancy Report"), ("DSL", "Development Software Laboratory"),
    ("ECP", "Engineering Change Proposal"), ("EGS", "Enterprise Ground Services"), ("EIS", "External Interface Services"),
    ("EPDM", "Engineering Product Data Management / Integrated Digital Environment"), ("FAT", "Factory Acceptance Test"),
    ("FIT", "Feature Integration and Test"), ("FRAME", "Future Resilient Architecture for Mission Execution"),
    ("GNSS", "Global Navigation Satellite System"), ("GRD", "Ground Requirements Document"), ("GS", "Ground Segment"),
    ("GSTP", "Ground System Test Plan"), ("HBT", "High Bay Test"), ("HLD", "Consolidated Factory High-Level Design"),
    ("HRS", "Hardware Requirements Specification"), ("IaaS", "Service"), ("ICD", "Interface Control Document"),
    ("IRP", "Bus Factory, and Infrared Payload"), ("IVWG", "Integrated Verification Working Group"),
    ("KPP", "Key Performance Parameter"), ("MCC", "Mission Control Center"), ("MCCB", "Mission Control Center Backup"),
    ("MDF", "Application Framework"), ("MUA", "Mission Unique Applications"), ("MUE", "Mission Unique Equipment"),
    ("NRE", "Northrop Research Engineering"), ("OPS", "Operations"), ("OTE", "Operational Test and Evaluation"),
    ("PDR", "Preliminary Design Review"), ("PUID", "Program Unique Identifier"), ("RD", "Research and Development"),
    ("RF", "of Radio Frequency"), ("RGS", "Relay Ground Stations"), ("RTS", "Real-Time Transfer Service"),
    ("RVL", "Requirements Verification Ledger"), ("RVP", "Requirements Verification Procedure"),
    ("SAC", "Auxiliary Support Center"), ("SDE", "Software Development Environment"),
    ("SEIT", "Systems Engineering Integration and Test"), ("SMC", "Space Operations Center’s"),
    ("SME", "Support Tasks Subject Matter Expert"), ("SRR", "DTPs Create Segment Readiness Review"),
    ("SRS", "Software Requirements Specification"), ("SS", "Space Segment"), ("SSP", "Sensor Specific Processing"),
    ("STE", "Software Test Environment"), ("STP", "System Test Plan"), ("SUT", "Systems Under Test"),
    ("SV", "Geosynchronous Space Vehicles"), ("SoH", "State of Health"), ("TAP", "Tools, Application, and Processing"),
    ("TBD", "To-Be-Determined"), ("TBR", "To-Be-Resolved/Reviewed"), ("TBS", "To-Be-Scheduled / Supplied"),
    ("TBX", "To-Be"), ("TLYF", "Test Like You Fly"), ("TRR", "Test Readiness Review"),
    ("UDE", "Unclassified Development Environment"), ("VDD", "Version Description Document"),
    ("WBS", "Work Breakdown Structure"),
]
assert len(TERMS) == 74, len(TERMS)

wb = workbook()
ws = wb.active
ws.title = "Sheet"
ws["A1"], ws["B1"] = "Acronym", "Definition"
ws["A1"].font = ws["B1"].font = Font(bold=True)
for i, (a, d) in enumerate(sorted(TERMS, key=lambda t: t[0]), start=2):
    ws.cell(i, 1, a)
    ws.cell(i, 2, d)
wb.properties.creator = "openpyxl"

save(wb, "glossary-en-us-customeracronyms.xlsx")
