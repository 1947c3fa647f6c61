"""
Shape of omoola1/Test_Cases "SME LOAN OGUN STATE AND WEMA.xlsx" (commit
ed28958313e7e43266384daea4dfa7f0651bb745): a Nigerian bank tester's workbook of test results for the
bank's loan products on its mobile app and website (made in Excel by the tester).

- Sheet "SUMMARY": nothing in rows 1 and 3 or columns A–B; C2:F2 merged 'SUMMARY OF LOANS' in bold
  on yellow; header on row 4 (Loans / Mobile / WEB / Comment, bold); 21 loan journeys in C5:C25
  (salary, goal, device, payday, pre-qualified loans, liquidation, top-up, mandate set-up, e-mail
  notifications, onboarding) with Passed / NA per channel and a few comments (one in bold);
  C18:C19 and F18:F19 merged over a journey with a stray NA in E19.
- Sheet "SEM(OGUNSTATE)LOAN": A2:C3 merged empty; G2:I2 merged 'Web Test Summary' on red; G3:G6
  Pass (P) / Fail (F) / Not Executed (NE) / Total with COUNTIF/SUM formulas in H and rates in I
  (H3 is =A39, the last test number; cached 29 / 0 / 0 / 29 and 1 / 0 / 0 / 1); A4:B4 'Created
  by' with the tester's name in C4, A5:B5 'Reviewed by', A6:B6 'Date' (empty); header on row 10
  (TC NO, TC ID, Test Title, Test Scenario, Test Execution Steps, Expected Result, Actual Result,
  Status, Comments, Date Tested, Tester, Developer; the last three unstyled); 29 test cases of the
  SME loan application form on the bank's website (account number or BVN, line of business,
  amount 20,000–200,000, tenor 3–6 months, phone, e-mail, address, LGA, other lenders), TC ID and
  Test Title empty, 'As Expected' and P (green) on all but one not run; formatted empty rows to 68.
Values invented (bank and product names, site address).
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import CachedFormulas, workbook

BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFFFF")


def fill(rgb):
    return PatternFill("solid", fgColor=rgb)


wb = workbook()
s = wb.active
s.title = "SUMMARY"
for col, w in {"C": 42.08984375, "D": 10.453125, "F": 23.90625, "G": 19.1796875, "H": 12.0, "I": 35.1796875,
               "J": 17.1796875, "K": 17.81640625, "L": 17.36328125}.items():
    s.column_dimensions[col].width = w
s["C2"] = "SUMMARY OF LOANS"
s["C2"].font = BOLD
s["C2"].fill = fill("FFFFFF00")
s["C2"].alignment = Alignment(horizontal="center")
s.merge_cells("C2:F2")
for col, h in zip("CDEF", ["Loans", "Mobile", "WEB", "Comment"]):
    s[f"{col}4"] = h
    s[f"{col}4"].font = BOLD
JOURNEYS = [
    ("Salary Based Loan - Harbour Account", "Passed", "Passed", None),
    ("Salary Loan Liquidation", "Passed", "Passed", None),
    ("Salary Based Loan – Other banks", "Passed", "Passed", None),
    ("Salary Based Loan - Other employer with message", "Passed", "Passed", None),
    ("Automatic mandate setup route ", "Passed", "Passed", "Reached the mandate setup screen"),
    ("Manual mandate setup route ", "Passed", "Passed", "Reached the manual mandate setup screen"),
    ("Goal based Loan application", "Passed", "Passed", None),
    ("Goal based Loan top up", "Passed", "Passed", None),
    ("Goal based Loan Part payment", "Passed", "Passed", None),
    ("Goal based Loan Full repayment", "Passed", "Passed", None),
    ("Goal-cashout- goal-based loan -liquidation", "Passed", "Passed", None),
    ("Email notifications for loan activities", "Passed", "Passed", None),
    ("Device Loan - Harbour account", "Passed", "NA", None),
    ("Device Loan - other banks account (android (iOS is not allowed))", "Passed", "NA", "Reached repayment screen for mandate set up"),
    None,
    ("Payday Loan - Harbour", "Passed", "NA", None),
    ("Payday Loan Liquidation", "Passed", "NA", None),
    ("Pre-Qualified Payday loan  - Harbour", "Passed", "Passed", None),
    ("Pre-Qualified Liquidation ", "Passed", "Passed", None),
    ("Loan onboarding", "Passed", "NA", None),
]
r = 5
for j in JOURNEYS:
    if j is None:
        s[f"E{r}"] = "NA"
    else:
        for col, v in zip("CDEF", j):
            if v is not None:
                s[f"{col}{r}"] = v
    r += 1
s["F9"].font = BOLD
s.merge_cells("C18:C19")
s.merge_cells("F18:F19")

t = wb.create_sheet("SEM(OGUNSTATE)LOAN")
for col, w in {"A": 6.7265625, "C": 19.6328125, "D": 35.81640625, "E": 40.90625, "F": 47.36328125, "G": 23.08984375,
               "H": 15.90625, "I": 24.453125, "J": 32.36328125}.items():
    t.column_dimensions[col].width = w
t.merge_cells("A2:C3")
t["G2"] = "Web Test Summary"
t["G2"].font = BOLD
t["G2"].fill = fill("FFFF0000")
t.merge_cells("G2:I2")
grey, navy = fill("FFC0C0C0"), fill("FF0B0324")
cf = CachedFormulas()
summary = [("Pass (P)", "=A39", 29, '=IF($H$6=0, "-", $H3/$H$6)', 1, fill("FF00FF00")),
           ("Fail (F)", '=COUNTIF($H$10:$H$295,"F")', 0, '=IF($H$6=0, "-", $H4/$H$6)', 0, fill("FFFF0000")),
           ("Not Executed (NE)", '=COUNTIF($H$10:$H$295,"NE")', 0, '=IF($H$6=0, "-", $H5/$H$6)', 0, fill("FF4A86E8")),
           ("Total", "=SUM(H3:H5)", 29, '=IF($H$6=0,"-",$H$6/$H$6)', 1, navy)]
for i, (label, fh, vh, fi, vi, lf) in enumerate(summary, 3):
    t[f"G{i}"] = label
    t[f"G{i}"].font = WHITE_BOLD if label == "Total" else BOLD
    t[f"G{i}"].fill = lf
    cf.formula(t, f"H{i}", fh, vh)
    cf.formula(t, f"I{i}", fi, vi)
    for col in "HI":
        t[f"{col}{i}"].font = WHITE_BOLD if label == "Total" else BOLD
        t[f"{col}{i}"].fill = navy if label == "Total" else grey
for i, label in enumerate(["Created by", "Reviewed by", "Date"], 4):
    t[f"A{i}"] = label
    t[f"A{i}"].font = WHITE_BOLD
    t[f"A{i}"].fill = navy
    t.merge_cells(f"A{i}:B{i}")
    t[f"C{i}"].fill = grey
t["C4"] = "ADEBAYO OKONKWO-BELLO"
HEAD = ["TC NO", "TC ID", "Test Title", "Test Scenario", "Test Execution Steps", "Expected Result", "Actual Result",
        "Status", "Comments", "Date Tested", "Tester", "Developer"]
for j, h in enumerate(HEAD, 1):
    c = t.cell(10, j, h)
    if j <= 9:
        c.font = WHITE_BOLD
        c.fill = navy
SITE = " - https://bank.example.com/\n - click on SME Loans \n - Click on Ajo Boost MSME "
CASES = [
    ("Ensure user is able to see and click on Ajo Boost MSME loan \nunder SME loans category", SITE, "User should be able to click on Ajo Boost MSME"),
    ("Verify if Ajo Boost MSME loan form is display when user click on Ajo Boost MSME Loan", SITE, "User should be able to see Ajo Boost MSME form"),
    ("Verify user is able to select YES if is Harbour bank customer", " - Select Yes from the radio button Are you a Harbour Bank Customer", "User should be able to select YES if  Harbour bank customer "),
    ("Verify user is able to enter valid account number if is Harbour bank customer", " - Enter Valid Account Number", "User should be able to enter valid account number\n for Harbour bank customer"),
    ("Verify the user account name is auto-populated to validate Harbour bank account number", " - Enter Valid Account Number", "User should be able to see account name aut-populated\n for verification"),
    ("Verify user is not able to proceed if account number entered is not valid for Harbour customer", " - Enter Invalid Account Number", "User should not proceed "),
    ("Verify user is able to select NO if non Harbour bank customer", " - Select No from the radio button Are you a Harbour Bank Customer", "User should be able to select NO if non Harbour bank customer "),
    ("Verify user is able to enter valid BVN if  non Harbour bank customer", " - Enter Valid BVN", "User should be able to enter valid BVN"),
    ("Verify the user name is auto-populated tofrom BVN details submitted", " - Enter Valid BVN", "User should be able to see BVN name populated\n for verification"),
    ("Verify user is not able to proceed if enter wrong BVN\n", " - Enter Invalid BVN", "User should not proceed "),
    ("Verify user is able to see the purpose of the loan and graded out", " - Enter Valid account number if Harbour \n and BVN number if non-Harbour bank customer\n", "Purpose of the loan should be\n graded out"),
    ("Verify user is able to select his line of business ", " - Click on Line of Business    Dropdown\n - Select line of business", "User should be able to select line of business"),
    ("Verify user is able to Enter loan Amount\n", " - Enter loan Amount", "User should be able to enter a valid Amount"),
    ("Verify the Amount Entered is not less than 20,000 and not greater than 200,000", " - Enter Amount (20,000≥amount≤200,000)", "Minimum Amount is 20,000 and Maximum is 200,000"),
    ("Verify User can slide and click on Tenor between 3 to 6 Months", " - Slide left or right to pick Tenor", "User should be able to pick tenor"),
    ("Verify User is not able to Proceed if the Tenor Month selected is 0 (zero), less than 3 or greater than 6\n", " - Slide left or right to pick Tenor ", "Repayment tenor can not be less than 3 months and greater than 6month"),
    ("Verify user is not able to proceed if loan amount is negative\n", " - Enter amount", "Loan amount cannot be in Negative value"),
    ("Verify user is not able to proceed if loan amount is ZERO\n", " - Enter Amount (20,000≥amount≤200,000)", "Loan amount cannot be Zero"),
    ("Verify if user is able to enter \nvalid Nigerian phone number", " - Enter valid Nigeria Phone number", "User should only enter valid Nigerian phone number"),
    ("Verify if user is able to enter \nvalid e-mail address", " - Enter valid mail address", "User should be able to enter valid e-mail address"),
    ("Verify user is able to enter business address", " - Enter business address", "User should be able to enter business address"),
    ("Verify user is able to select his LGA of origin in the dropdown", " - Click on LGA dropdown\n - Select LGA", "User should be able to select LGA"),
    ("Verify user is able to select YES or NO to know if he has a loan with another financial institution", " - Select Yes or No", "User should be able to select YES or NO"),
    ("Verify additional field is display \nif user select YES", " - Select Yes", "Name of Financial Institution field should display"),
    ("Verify user is able to enter name of Financial Institution", " - Enter name of Financial Institution", "User should be able to enter name of Financial Institution"),
    ("Verify no additional field display if user did not select YES", " - Select No", "No additional field should display"),
    ("Verify user is able to submit successfully after filling all fields", " - Fill all fields\n - Click Submit", "User should be able to submit the form"),
    ("Verify user is not able to submit if any field is empty", " - Leave a field empty\n - Click Submit", "User should not be able to submit"),
    ("Verify user get a successful message  after submission", " - Click Submit", "User should get a successful message"),
]
green = fill("FF00FF00")
for i, (scenario, steps, expected) in enumerate(CASES, 1):
    r = 10 + i
    t.cell(r, 1, i)
    t.cell(r, 4, scenario)
    t.cell(r, 5, steps)
    t.cell(r, 6, expected)
    if i != 7:
        t.cell(r, 7, "As Expected")
        c = t.cell(r, 8, "P")
        c.font = BOLD
        c.fill = green
    for col in (4, 5, 6):
        t.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
for r in range(40, 69):
    t.cell(r, 8).fill = PatternFill()   # formatted empty rows down to 68
    t.cell(r, 4).alignment = Alignment(wrap_text=True)

cf.save(wb, "testcases-en-ng-loanapp.xlsx")
