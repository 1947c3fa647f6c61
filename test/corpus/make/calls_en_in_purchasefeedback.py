"""
Shape of mastani26/AI_Sales_Assistant "crm_data.xlsx" (at commit 608f6a0af11e9b42423e3007cc473f8c46634be4):
the customer sheet of an Indian online shop's AI sales-call assistant, written by pandas. One sheet
"Sheet1", bold header in row 1 (Name / Email / Phone / Product / Invoice / Date of Purchase /
Call Feedback / Sentiment / Previous Purchases), no widths, no styles otherwise. 500 rows, one per
purchase and follow-up call: the buyer's name drawn from ten first and ten last names, so the same
name comes back on up to a dozen rows, each time with its own e-mail (name + running number) and
its own +91 mobile as text (so namesakes are different people); the product category, an invoice
number INV1000…INV1499, the purchase date as a real date shown YYYY-MM-DD, the call's feedback
phrase and its sentiment (Positive/Neutral/Negative), and the previous purchases joined with ", "
(ending with the current product, a category may repeat). A person imports the buyers as clients
(500: every row is a different person by e-mail and phone), the call outcome and purchases as
notes. Values invented.
"""
import datetime

from fake import FIRST_IN, LAST_IN, Fake, save, workbook
from openpyxl.styles import Font

f = Fake("calls-en-in-purchasefeedback")

FIRST = f.r.sample(FIRST_IN, 10)
LAST = f.r.sample(LAST_IN, 10)
PRODUCTS = ["Cosmetic Care", "Home Essentials", "Electronics", "Groceries", "Clothing", "Sports Gear", "Furniture",
            "Books", "Toys", "Kitchenware"]
FEEDBACK = [("Asked for discount", "Neutral"), ("Happy with product", "Positive"),
            ("Interested in EMI option", "Neutral"), ("Had issue with delivery", "Negative"),
            ("Requested callback", "Neutral"), ("Price too high", "Negative"), ("Wants bulk purchase", "Positive"),
            ("Positive response", "Positive"), ("Not interested right now", "Negative")]

rows = []
for i in range(500):
    first, last = f.pick(FIRST), f.pick(LAST)
    name = f"{first} {last}"
    email = f.email(f"{first.lower()}{last.lower()}{i}")
    phone = "+91" + f.mobile_in()
    product = f.pick(PRODUCTS)
    day = f.date(datetime.date(2023, 10, 1), datetime.date(2025, 9, 28))
    feedback, sentiment = f.pick(FEEDBACK)
    previous = [f.pick(PRODUCTS) for _ in range(f.r.choice([1, 1, 2, 2, 3]) - 1)] + [product]
    rows.append([name, email, phone, product, f"INV{1000 + i}", datetime.datetime.combine(day, datetime.time()),
                 feedback, sentiment, ", ".join(previous)])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Email", "Phone", "Product", "Invoice", "Date of Purchase", "Call Feedback", "Sentiment",
           "Previous Purchases"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
for c in ws["F"][1:]:
    c.number_format = "YYYY-MM-DD"
save(wb, "calls-en-in-purchasefeedback.xlsx")
