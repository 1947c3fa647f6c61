"""
Shape of greede14/UiPath-Extract-table "SaleOpportunitiesData.xlsx" (at commit
8546a219dab22bd0edda7c97b5cfaf9cfccf92c6): a robot's (UiPath) extract of a sales-opportunity table from
a web CRM, written to Excel as plain text. One sheet "Sheet1", no styles, no widths, header in row 1
with the extractor's row-number column first (Column-0 / Account Name / Country / Opportunity Owner /
Stage / Quantity / Unit Sales Price / Total Price / List Price). 18 opportunities: the account (a
company; two accounts come back with another owner), its country (a city typed as the country on two
rows), the owner (seven people), a Salesforce-style stage (Discovery, Demo, Proposal, Negotiation,
Closed Won Pending, Closed Won Booked, Closed Lost), the quantity as a number, and three money
columns as text with an ISO currency in front and thousands commas ('EUR 79,800', 'JPY 1,064,375',
'INR 457,500'), mixed currencies across rows. A person imports the 18 deals into the pipeline with
the total price as the deal value and makes one client per account (16). Values invented.
"""
from fake import save, workbook

ROWS = [
    ("Cloudgate Networks", "France", "Odile Marchetti", "Closed Won Booked", 10, "EUR", 7980, 8000),
    ("Staffwise Partners", "Germany", "Greta Hollmann", "Negotiation", 1, "EUR", 10000, 10500),
    ("Timberline Supply", "USA", "Dale Whitcombe", "Closed Won Booked", 250, "USD", 3000, 4000),
    ("Kanto Alloy Works", "Japan", "Kenji Aramaki", "Proposal", 5, "JPY", 212875, 250000),
    ("Shieldpath Secure", "India", "Priya Raghunath", "Proposal", 10, "INR", 45750, 50000),
    ("Harbor Trust Bank", "USA", "Dale Whitcombe", "Proposal", 50, "USD", 2895, 4000),
    ("Rhein Steelworks", "Germany", "Greta Hollmann", "Closed Won Booked", 15, "EUR", 2000, 3500),
    ("Outback Data Systems", "Australia", "Liam Ferrier", "Negotiation", 45, "USD", 2000, 2000),
    ("Shieldpath Secure", "Paris", "Claire Duvalier", "Closed Won Pending", 3, "EUR", 2600, 2600),
    ("Sakura Digital Bank", "Japan", "Kenji Aramaki", "Discovery", 8, "JPY", 241250, 325000),
    ("Loire Power Co", "France", "Odile Marchetti", "Negotiation", 4, "EUR", 1200, 1250),
    ("Grandmart Holdings LLC", "USA", "Dale Whitcombe", "Closed Won Pending", 9, "USD", 1430, 2600),
    ("Apex Talent Search", "France", "Odile Marchetti", "Closed Lost", 3, "EUR", 2000, 2000),
    ("Kraken Logistics LLC", "Germany", "Dale Whitcombe", "Proposal", 20, "EUR", 1300, 2000),
    ("Mentorly Training", "Japan", "Kenji Aramaki", "Closed Won Booked", 5, "JPY", 212875, 250000),
    ("Apex Talent Search", "Paris", "Claire Duvalier", "Discovery", 100, "EUR", 675, 2000),
    ("Skillbridge HR", "India", "Priya Raghunath", "Closed Won Booked", 2, "INR", 150000, 150000),
    ("Teamcraft Studio", "Australia", "Liam Ferrier", "Demo", 31, "USD", 1500, 1800),
]


def money(cur, v):
    return f"{cur} {v:,}"


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Column-0", "Account Name", "Country", "Opportunity Owner", "Stage", "Quantity", "Unit Sales Price",
           "Total Price", "List Price"])
for i, (acc, country, owner, stage, qty, cur, unit, listp) in enumerate(ROWS, start=1):
    ws.append([i, acc, country, owner, stage, qty, money(cur, unit), money(cur, unit * qty), money(cur, listp)])
save(wb, "pipeline-en-global-uipathsales.xlsx")
