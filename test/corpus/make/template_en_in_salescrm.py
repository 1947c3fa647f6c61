"""
Shape of VishalIndo/crm-sales-automation "CRM.xlsm" (commit
d04c7c69deb4fe06d7cf1fc1cd349a083cb9f1c3): an Indian developer's macro-driven sales CRM
workbook template before any use (saved here as .xlsx without the VBA project), eight sheets:

- "Sheet1" empty; "Home" a landing page (merged title A1:K2, "Sales Control Center", navigation
  cards in merged blocks with multi-line texts holding _x000D_ carriage returns); "Dashboard"
  KPI tiles TOTAL LEADS / OPEN LEADS / FOLLOW-UPS / QUOTE VALUE at 0, a PIPELINE SUMMARY table
  of stages with 0 counts, a TEAM NOTE, a MONTHLY SUMMARY block; "Lists" the drop-down sources
  (Stages / LeadSources / ActivityTypes / QuoteStatuses / Statuses); "Settings" Setting / Value
  (DefaultOwner, FollowUpAlertDays).
- "Leads" (table tblLeads A1:P2: LeadID / CreatedDate / CompanyName / ContactName / Phone / Email /
  LeadSource / Industry / AssignedTo / Stage / ExpectedValue / Probability / NextFollowUp / Status
  / LastContactDate / Notes), "Activities" (tblActivities) and "Quotations" (tblQuotes): headers
  over one empty table row, drop-down validations on the list columns.
No lead, customer or activity anywhere: a person imports nothing. The owner's log-in name is
invented.
"""
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from fake import save, workbook

CR = "_x000D_\n"
wb = workbook()
wb.active.title = "Sheet1"

home = wb.create_sheet("Home")
home["A1"] = "Northwind Sales CRM Workspace"
home["B5"], home["D5"] = "Northwind Sales", "Sales Control Center"
home["D6"] = "Manage leads, activities, quotations, follow-ups, and reporting from one workbook."
home["B8"] = "NAVIGATION"
home["D10"], home["G10"], home["J10"] = "Lead Management", "Activity Tracking", "Quotations"
home["D11"] = "Create new leads, search records, and keep the pipeline current."
home["G11"] = "Record calls, meetings, and follow-up commitments for each prospect."
home["J11"] = "Create and track commercial offers linked to active leads."
home["D19"], home["G19"], home["J19"] = "Pipeline Actions", "Reporting", "Pages"
home["D20"] = "Advance stage, review due work, and keep momentum on open deals."
home["G20"] = "Refresh the dashboard after updates and review the management summary."
home["J20"] = CR.join(["Home", "Leads", "Activities", "Quotations", "Dashboard"])
for rng in ["D19:F19", "D20:F21", "G19:I19", "G20:I21", "J19:K19", "J20:K24", "B5:C6", "B8:C9", "D5:H5", "D6:K7",
            "D10:F10", "D11:F12", "G10:I10", "G11:I12", "J10:K10", "J11:K12", "A1:K2"]:
    home.merge_cells(rng)
for col, w in {"A": 4.6, "B": 16.6, "C": 14.6, "L": 8.7}.items():
    home.column_dimensions[col].width = w

dash = wb.create_sheet("Dashboard")
dash["A1"] = "Northwind Sales | Sales Dashboard"
for col, label in zip("BDFH", ["TOTAL LEADS", "OPEN LEADS", "FOLLOW-UPS", "QUOTE VALUE"]):
    dash[f"{col}4"], dash[f"{col}5"] = label, 0
dash["B8"], dash["G8"] = "PIPELINE SUMMARY", "TEAM NOTE"
dash["B9"], dash["C9"], dash["D9"], dash["E9"] = "Stage", "Count", "Won", "Lost"
dash["G9"] = CR.join(["Use this dashboard as the management view.", "", "1. Review leads due today.",
                      "2. Track open pipeline count.", "3. Check quotation value.", "4. Refresh after updates."])
for i, st in enumerate(["New", "Contacted", "Qualified", "Quoted", "Negotiation", "Won", "Lost"]):
    dash[f"B{10 + i}"], dash[f"C{10 + i}"] = st, 0
dash["E10"], dash["E11"] = 0, 0
dash["B18"] = "MONTHLY SUMMARY"
dash["B19"], dash["B20"], dash["B21"], dash["B22"] = "Won Leads", "Lost Leads", "Quotes This Month", "Open Quote Value"
dash["C21"], dash["C22"] = 0, 0
for rng in ["B8:E8", "G8:I8", "G9:I14", "B18:E18", "A1:J2", "B4:C4", "B5:C6", "D4:E4", "D5:E6", "F4:G4", "F5:G6",
            "H4:I4", "H5:I6"]:
    dash.merge_cells(rng)
for col, w in {"A": 3.6, "B": 15.9, "C": 5.9, "D": 8.7, "E": 4.3, "F": 14.6, "J": 8.7}.items():
    dash.column_dimensions[col].width = w

lists = wb.create_sheet("Lists")
LISTS = {"Stages": ["New", "Contacted", "Qualified", "Quoted", "Negotiation", "Won", "Lost"],
         "LeadSources": ["Referral", "Website", "Email", "Call", "Walk-in", "Campaign", "Partner", "Other"],
         "ActivityTypes": ["Call", "Email", "Meeting", "Demo", "Quotation", "WhatsApp", "Other"],
         "QuoteStatuses": ["Draft", "Sent", "Accepted", "Rejected", "Expired"], "Statuses": ["Open", "Closed"]}
for j, (head, items) in enumerate(LISTS.items(), 1):
    lists.cell(1, j, head)
    for i, v in enumerate(items, 2):
        lists.cell(i, j, v)

sets = wb.create_sheet("Settings")
for r in [["Setting", "Value"], ["DefaultOwner", "RaviDesai"], ["FollowUpAlertDays", 0]]:
    sets.append(r)


def table_sheet(title, name, head, ref, widths, validations):
    ws = wb.create_sheet(title)
    ws.append(head)
    t = Table(displayName=name, ref=ref)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    for col, w in zip("ABCDEFGHIJKLMNOP", widths):
        ws.column_dimensions[col].width = w
    for col, src in validations:
        dv = DataValidation(type="list", formula1=src, allow_blank=True)
        dv.add(f"{col}2:{col}1000")
        ws.add_data_validation(dv)


table_sheet("Leads", "tblLeads", ["LeadID", "CreatedDate", "CompanyName", "ContactName", "Phone", "Email", "LeadSource",
                                  "Industry", "AssignedTo", "Stage", "ExpectedValue", "Probability", "NextFollowUp",
                                  "Status", "LastContactDate", "Notes"], "A1:P2",
            [8.9, 13.6, 16.1, 14.6, 8.4, 7.8, 12.9, 10.0, 12.5, 7.7, 15.6, 12.2, 14.7, 8.5, 17.2, 7.9],
            [("G", "Lists!$B$2:$B$9"), ("J", "Lists!$A$2:$A$8"), ("N", "Lists!$E$2:$E$3")])
table_sheet("Activities", "tblActivities", ["ActivityID", "LeadID", "ActivityDate", "ActivityType", "Summary",
                                            "NextAction", "NextFollowUp", "Owner", "Outcome"], "A1:I2",
            [11.2, 8.9, 13.3, 9, 11.1, 12.3, 14.7, 8.5, 10.7], [("D", "Lists!$C$2:$C$8")])
table_sheet("Quotations", "tblQuotes", ["QuoteID", "LeadID", "QuoteDate", "Amount", "QuoteStatus", "ValidUntil", "Notes"],
            "A1:G2", [9.9, 8.9, 12.0, 9.6, 13.5, 11.5, 7.9], [("E", "Lists!$D$2:$D$6")])
save(wb, "template-en-in-salescrm.xlsx")
