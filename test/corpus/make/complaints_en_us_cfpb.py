"""
Shape of arghanilhub/Customer_Complaint_Analysis Consumer_Complaints.xlsx (a bank's extract of the
public CFPB complaint database): one sheet "Data", twelve columns from Complaint ID to
"Timely response?", dates as real dates formatted yyyy-mm-dd, a US "State" column, empty
Sub-issue and public-response cells, "In progress" rows without a timely flag. The category
words are the CFPB's public taxonomy; ids, dates and the mix are invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, workbook, save

f = Fake("complaints-en-us-cfpb")
VIA = ["Web"] * 17 + ["Referral"] * 2 + ["Phone"] + ["Postal mail"]
STATES = ["CA"] * 7 + ["FL"] * 3 + ["TX"] * 2 + ["NY", "GA", "NJ", "VA", "IL", "NC", "PA", "OH", "WA"]
PRODUCTS = {
    "Checking or savings account": [("Checking account", "Managing an account", "Deposits and withdrawals"),
                                    ("Checking account", "Managing an account", "Problem using a debit or ATM card"),
                                    ("Savings account", "Opening an account", None),
                                    ("Checking account", "Closing an account", "Company closed your account")],
    "Credit card or prepaid card": [("General-purpose credit card or charge card", "Problem with a purchase shown on your statement", "Transaction was not authorized"),
                                    ("Government benefit card", "Problem getting a card or closing an account", "Trouble getting, activating, or registering a card")],
    "Credit reporting, credit repair services, or other personal consumer reports": [("Credit reporting", "Incorrect information on your report", "Information belongs to someone else")],
    "Mortgage": [("Conventional home mortgage", "Applying for a mortgage or refinancing an existing mortgage", None)],
    "Money transfer, virtual currency, or money service": [("Domestic (US) money transfer", "Fraud or scam", None),
                                                          ("Refund anticipation check", "Lost or stolen check", None)],
    "Debt collection": [("I do not know", "Attempts to collect debt not owed", "Debt is not yours")],
}
WEIGHTS = [12, 8, 4, 2, 2, 1]
RESPONSES = ["Closed with explanation"] * 10 + ["Closed with monetary relief"] * 3 + ["Closed with non-monetary relief"] * 1 + ["In progress"]
PUBLIC = "Company has responded to the consumer and the CFPB and chooses not to provide a public response"

wb = workbook()
ws = wb.active
ws.title = "Data"
header = ["Complaint ID", "Submitted via", "Date submitted", "Date received", "State", "Product", "Sub-product",
          "Issue", "Sub-issue", "Company public response", "Company response to consumer", "Timely response?"]
ws.append(header)
for cell in ws[1]:
    cell.font = Font(bold=True)
products = [p for p, w in zip(PRODUCTS, WEIGHTS) for _ in range(w)]
for i in range(400):
    product = f.pick(products)
    sub, issue, subissue = f.pick(PRODUCTS[product])
    submitted = f.date(datetime.date(2017, 5, 1), datetime.date(2023, 8, 31))
    received = submitted + datetime.timedelta(days=f.pick([0, 0, 0, 1, 2, 3]))
    response = f.pick(RESPONSES)
    in_progress = response == "In progress"
    row = [9100000 + 7 * i + f.r.randrange(7), f.pick(VIA), submitted, received, f.pick(STATES), product, sub, issue,
           subissue, None if in_progress or f.chance(0.05) else PUBLIC, response,
           None if in_progress else ("No" if f.chance(0.05) else "Yes")]
    ws.append(row)
    for col in (3, 4):
        ws.cell(ws.max_row, col).number_format = "yyyy\\-mm\\-dd;@"
save(wb, "complaints-en-us-cfpb.xlsx")
