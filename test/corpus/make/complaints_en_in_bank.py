"""
Shape of themanojarora/grievance complaints.xlsx: an Indian bank's grievance log — four columns,
Complaint_Text (a long first-person account with dates, cities and rupee amounts), Category,
Subcategory, Bank_Response (a formal reply). No customer column. Texts written anew from the
same kinds of grievance; amounts, dates and cities invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("complaints-en-in-bank")
CITIES = ["Pune", "Ahmedabad", "Hyderabad", "Bengaluru", "Jaipur", "Lucknow", "Kochi", "Indore"]
KINDS = [
    ("Credit Cards", "Delay/issues in card cancellation or closure",
     "I asked for my credit card to be closed through customer care and by a letter to the {city} branch on {date}. "
     "Annual fees and GST still appear on the next statement and the card is reported active to the credit bureau.",
     "Dear Sir/Madam, we regret the inconvenience caused. The card account is under review and any charges levied after the closure request will be reversed."),
    ("Credit Cards", "Reward points/cashback not credited",
     "My co-branded card promises extra reward points on fuel and groceries. Up to {date} I spent more than ₹{amount} in those categories "
     "but no points or cashback were credited, and the branch only tells me to wait.",
     "Dear Sir/Madam, we acknowledge your complaint. The reward computation for the card is being checked and eligible points will be credited."),
    ("Internet/Mobile/Electronic Banking", "Failed UPI/IMPS/NEFT transaction",
     "On {date} I sent ₹{amount} by UPI from the mobile app to a vendor in {city}. The app said the transfer failed, but the money left my account "
     "and has neither reached the beneficiary nor come back.",
     "Dear Sir/Madam, we regret the inconvenience. The transaction reference is being traced with the switch and the amount will be credited back if it did not settle."),
    ("Recovery Agents/Direct Sales Agents", "Use of abusive or threatening language by recovery agents",
     "Collection agents for my personal loan call me many times a day at home and at work, threaten to speak to my employer and use abusive words, "
     "although I explained that the EMI of ₹{amount} was late because of medical bills.",
     "Dear Sir/Madam, we take such conduct seriously. The recovery agency has been asked to explain and suitable action will follow."),
    ("ATM/Debit Cards", "Cash not dispensed but account debited",
     "At an ATM in {city} on {date} no cash came out, yet ₹{amount} was debited from my savings account. I reported it the same day.",
     "Dear Sir/Madam, the ATM switch log and cash reconciliation are being verified; the amount will be reversed if the dispense failed."),
    ("Loans and Advances", "Non-adherence to fair practices code",
     "My home loan rate was raised from {date} without any letter, and the EMI went up by ₹{amount}. The branch in {city} cannot explain the reset.",
     "Dear Sir/Madam, the rate reset on the loan account is being reviewed against the sanction terms and the outcome will be communicated."),
]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Complaint_Text", "Category", "Subcategory", "Bank_Response"])
for i in range(100):
    cat, sub, text, reply = f.pick(KINDS)
    d = f.date(datetime.date(2025, 1, 1), datetime.date(2025, 10, 31)).strftime("%d %B %Y")
    amount = f.r.randrange(5, 600) * 100
    ws.append([text.format(city=f.pick(CITIES), date=d, amount=amount), cat, sub, reply])
ws.column_dimensions["A"].width = 80
ws.column_dimensions["D"].width = 80
save(wb, "complaints-en-in-bank.xlsx")
