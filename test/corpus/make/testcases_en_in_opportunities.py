"""
Shape of ShaikMohamedIrfan/lighting_Contacts "opportunities.xlsx" (commit
78251e288511f8fe3bd4b18818b6662e341e9efb): a test-automation trainee's manual test case for the
Opportunities page of a Salesforce Lightning sales app, kept as a workbook named opportunities
(openpyxl-written, widths set by hand).

- One sheet "Test-Cases": TestScenarioID / TestCaseID / Description / Precondition / TestData /
  Steps / UserAction / ExpectedResult / Approved/Rejected / ReasonToReject / IsModified/Added.
- One scenario over 53 rows: the scenario, case and description only on the first row, then one
  numbered step per row (the step number as text), the action ("Enter the Amount", "Select the
  *Stage", "Click on Save ") and "User should be able to …" as the expected result, "Approved" on
  every row; Precondition, TestData, ReasonToReject and IsModified/Added empty.
No people or companies in it.
"""
from fake import save, workbook

STEPS = ["Url", "Enter the Username ", "Enter the Password", "Click on Log In", "Click on App Launcher", "Click on View All",
         "Click on Sales App", "Click on Opportunities", "Click on New", "Enter the *Opportunity Name", "Enter the Account Name",
         "Enter the Amount", "Click on the *Close Date", "Click on the *Close Date", "Select the *Stage",
         "Enter the Probability (%)", "Enter the Next Step", "Select the Type", "Select the Lead Source",
         "Enter the Primary Campaign Source", "Click on Private checkbox", "Enter the Order Number",
         "Enter the Main Competitor(s)", "Enter the Current Generator(s)", "Select the Delivery/Installation Status",
         "Enter the Tracking Number", "Enter the Description", "Click on Save", "Click on New Case", "Enter the Contact Name",
         "Select the Case Origin", "Enter the Subject", "Enter the Description", "Click on Save", "Click on New Note",
         "Enter the Title*", "Click on cbox Private", "Enter the Body", "Click on Save", "Click on Drop down",
         "Click on Submit for Approval", "Enter the Comments", "Click on Submit button", "Close the Window",
         "Click on Mark Stage as Complete", "Click on New Task", "Enter the Subject", "Click on the Due Date",
         "Click on the Due Date", "Enter the Related To", "Enter the Assigned To*", "Select the Status*", "Click on Save "]

wb = workbook()
ws = wb.active
ws.title = "Test-Cases"
ws.append(["TestScenarioID", "TestCaseID", "Description", "Precondition", "TestData", "Steps", "UserAction",
           "ExpectedResult", "Approved/Rejected", "ReasonToReject", "IsModified/Added"])
for i, step in enumerate(STEPS, 1):
    first = ["TestScenario_1", "opportunities", "opportunities_sales"] if i == 1 else [None, None, None]
    expected = "Url should be launched" if i == 1 else "User should be able to " + step.strip()
    ws.append(first + [None, None, str(i), step, expected, "Approved", None, None])
for col, w in zip("ABCDEFGHIJK", [15.98, 14.98, 20.41, 14.27, 10.55, 7.84, 36.27, 56.41, 20.41, 16.98, 18.98]):
    ws.column_dimensions[col].width = w

save(wb, "testcases-en-in-opportunities.xlsx")
