"""
Shape of cayogeshpatel2009-cpu/gst-automation "client_master.xlsx": a Gujarat chartered
accountant's client master for his GST-return automation, a template written by openpyxl and then
filled in Excel (last saved by 'DELL'). Three sheets:

- "CLIENT_MASTER": bold header row 1 (grey fill on client_id / tags / notes, yellow on the
  required columns) client_id / client_name / gstin / username / password / client_email /
  financial_year / active / priority / tags / preferred_run_window / notes, frozen at A2, an
  AutoFilter over A1:L1, list validations down to row 1000 (active TRUE/FALSE, priority
  HIGH/MEDIUM/LOW, preferred_run_window 15-20, financial_year 2024-25/2025-26/2026-27). Four real
  clients in rows 2-5: ids CLIENT001…, firm names, GSTINs with the Gujarat prefix 24, the GST
  portal user name and password in clear, the accountant's own e-mail address on every row,
  '2025-26', active TRUE (a boolean), MEDIUM, the tag 'JAG', window 16, and notes copied from the
  sample rows (one saying 'Inactive client …' on an active client).
- "INSTRUCTIONS": 47 rows of instructions in column A (width 140), the title bold.
- "SAMPLE_DATA": the same header (all grey) and three example clients with example.com-style
  addresses, client_id empty, active as the text 'TRUE'/'FALSE', several e-mails in one cell.
Values invented.
"""
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from fake import workbook, save

HDR = ["client_id", "client_name", "gstin", "username", "password", "client_email", "financial_year", "active",
       "priority", "tags", "preferred_run_window", "notes"]
GREY = PatternFill("solid", fgColor="FFE5E7EB")
YELLOW = PatternFill("solid", fgColor="FFFDE68A")
NOTES = ["Runs weekly; prefers earlier window.", "Comma-separated emails supported.",
         "Inactive client: onboarded but excluded from batches."]

wb = workbook()
wb.properties.creator = "openpyxl"
wb.properties.lastModifiedBy = "DELL"
ws = wb.active
ws.title = "CLIENT_MASTER"
for i, h in enumerate(HDR, 1):
    c = ws.cell(1, i, h)
    c.font = Font(bold=True)
    c.fill = GREY if h in ("client_id", "tags", "notes") else YELLOW
rows = [
    ["CLIENT001", "Shree Umiya Polymers", "24AAKFS3184M1ZQ", "SUPAAKFS3184M", "2025@Sup", "ca.office@example.com", "2025-26", True, "MEDIUM", "JAG", 16, NOTES[0]],
    ["CLIENT002", "Shree Umiya Chem Tex", "24BCRPP6215K1ZD", "SUCTBCRPP6215K", "Suchem@2027", "ca.office@example.com", "2025-26", True, "MEDIUM", "JAG", 16, NOTES[1]],
    ["CLIENT003", "Gokul Enterprise", "24ACDPP7420H1Z8", "GEACDPP7420H", "Rameshbhai@2025", "ca.office@example.com", "2025-26", True, "MEDIUM", "JAG", 16, NOTES[2]],
    ["CLIENT004", "Shri Ambica Industries", "24AGHPP5081N1Z3", "AIAGHPP5081N", "2026@Sai", "ca.office@example.com", "2025-26", True, "MEDIUM", "JAG", 16, NOTES[0]],
]
for r in rows:
    ws.append(r)
ws.freeze_panes = "A2"
ws.auto_filter.ref = "A1:L1"
for sqref, values in [("H2:H1000", '"TRUE,FALSE"'), ("I2:I1000", '"HIGH,MEDIUM,LOW"'),
                      ("K2:K1000", '"15,16,17,18,19,20"'), ("G2:G1000", '"2024-25,2025-26,2026-27"')]:
    dv = DataValidation(type="list", formula1=values, allow_blank=True)
    dv.add(sqref)
    ws.add_data_validation(dv)
for col, w in [("A", 14), ("G", 16), ("H", 14), ("K", 22), ("L", 14)]:
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("INSTRUCTIONS")
TEXT = [
    "GST Automation Platform — Client Master Workbook Instructions", None,
    "Purpose: Use this workbook to onboard GST clients for automated GSTR-2B execution and overnight batch runs.", None,
    "How to add clients:", "1) Open the CLIENT_MASTER sheet.", "2) Add one row per GSTIN (one client = one GSTIN).",
    "3) Do not rename columns or change the header row.",
    "4) For new clients, you may leave client_id blank. Import will generate it and you should keep it for future updates.", None,
    "GSTIN formatting rules:", "- GSTIN must be 15 characters, uppercase, alphanumeric, and match standard GSTIN pattern.",
    "- Example GSTIN: 24ABCDE1234F1Z5", None,
    "Email formatting rules:", "- client_email can contain multiple emails separated by commas.",
    "- Each email must be valid (example: accounts@client.test, ops@client.test).", None,
    "Session reuse concept:", "- The system can reuse saved browser sessions to reduce logins.",
    "- If a session expires, an operator will refresh it once, and the next retries can proceed.", None,
    "Overnight batch execution concept:",
    "- Runs are typically scheduled in the afternoon/evening window (15–20) so outputs are ready for the next day.",
    "- preferred_run_window helps operations group clients into predictable time buckets.", None,
    "Execution window (15–20):", "- Allowed values: 15, 16, 17, 18, 19, 20 (24-hour clock).", None,
    "Retry window behavior:", "- If a run fails due to transient issues (timeouts, portal instability), the platform will retry.",
    "- If authentication is required, a supervised refresh is requested and the job becomes retryable.", None,
    "How passwords are secured:", "- Passwords are stored ONLY in the platform Vault.",
    "- The database stores only a secret reference (not the password itself).", "- Passwords must never be shared externally.", None,
    "Inactive clients:", "- active=FALSE means the client is onboarded but excluded from automated batches.",
    "- Inactive clients are not scheduled until set to TRUE.", None,
    "Meaning of priority:", "- HIGH: prioritize earlier execution; MEDIUM: default; LOW: deprioritized.", None,
    "How preferred_run_window is used:",
    "- Operations can schedule/monitor batches per hour bucket to balance load and handle auth refreshes.",
]
assert len(TEXT) == 47
for i, t in enumerate(TEXT, 1):
    if t is not None:
        ws.cell(i, 1, t)
ws["A1"].font = Font(bold=True)
ws.column_dimensions["A"].width = 140

ws = wb.create_sheet("SAMPLE_DATA")
for i, h in enumerate(HDR, 1):
    c = ws.cell(1, i, h)
    c.font = Font(bold=True)
    c.fill = GREY
for r in [
    [None, "Apex Components Pvt Ltd", "24ABCDE1234F1Z5", "apex.gst", "demo_password_1",
     "accounts@apex-components.test, ops@apex-components.test", "2025-26", "TRUE", "HIGH", "manufacturing, priority-client", 16, NOTES[0]],
    [None, "BlueSky Traders", "27PQRSX6789L1Z2", "bluesky.traders", "demo_password_2", "finance@bluesky-traders.test",
     "2025-26", "TRUE", "MEDIUM", "trading", 18, NOTES[1]],
    [None, "Cedar Services LLP", "29LMNOP4321Q1Z9", "cedar.services", "demo_password_3", "accounts@cedar-services.test",
     "2024-25", "FALSE", "LOW", "services, inactive", 19, NOTES[2]],
]:
    ws.append(r)
ws.freeze_panes = "A2"
ws.auto_filter.ref = "A1:L1"
for col, w in [("A", 14), ("G", 16), ("H", 14), ("K", 22), ("L", 14)]:
    ws.column_dimensions[col].width = w

save(wb, "clients-en-in-gstmaster.xlsx")
