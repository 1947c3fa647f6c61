"""
Shape of Ramyamageshwaran/LeadAssignment "Leads.xlsx" (commit
4c13561094072c231c146431831cc930bfefe366): the test-data workbook of an Indian trainee's Selenium
suite for the lead screens of a demo CRM (opentaps "CRM/SFA"): one sheet per test, every cell
text, a login and password on each row.

- EditLeads: username / password / phnum / companyName (two rows).
- MergeLead: username / password / FirstName / FirstName to Merge / LeadID (one row).
- DuplicateLeads: username / password / phnum (two rows, two-digit phone fragments).
- CreateLead: username / password / companyName / fname / lname / phnum (two rows, a one-letter
  last name, phone fragments "897", "99").
- DeleteLead: username / password / PhoneNo (two rows).
Logins, names and numbers invented.
"""
from fake import save, workbook

SHEETS = {
    "EditLeads": [["username", "password", "phnum", "companyName"],
                  ["demoSalesMgr", "crmdemo", "742", "Qbridge"], ["demoSalesMgr", "crmdemo", "5318", "TestNest"]],
    "MergeLead": [["username", "password", "FirstName", "FirstName to Merge", "LeadID"],
                  ["demoSalesMgr", "crmdemo", "Kavitha", "Tanvika", "10472"]],
    "DuplicateLeads": [["username", "password", "phnum"], ["demoSalesMgr", "crmdemo", "74"], ["demoSalesMgr", "crmdemo", "53"]],
    "CreateLead": [["username", "password", "companyName", "fname", "lname", "phnum"],
                   ["demoSalesMgr", "crmdemo", "Qbridge", "Kavitha", "Ramanathan", "742"],
                   ["democsr", "crmdemo", "TCZ", "Sanjeev", "R", "98"]],
    "DeleteLead": [["username", "password", "PhoneNo"], ["demoSalesMgr", "crmdemo", "5318"], ["demoSalesMgr", "crmdemo", "742"]],
}
wb = workbook()
wb.remove(wb.active)
for title, rows in SHEETS.items():
    ws = wb.create_sheet(title)
    for r in rows:
        ws.append(r)
save(wb, "testdata-en-in-crmleads.xlsx")
