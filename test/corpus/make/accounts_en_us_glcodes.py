"""
Shape of sunholdings/exceltosage "Accounts.xlsx" (at commit 274abef1b3b3354c0598946e3b85162a52d4071f):
a restaurant group's general-ledger chart of accounts, looked up by a Streamlit tool that turns Excel
journals into Sage imports. Saved by Excel: one sheet "Sheet1", header Account / Debit in row 1 (not
bold, column A widened), then 538 accounts sorted by name, case-insensitively, digits first ('% Rent',
'3rd party Refunds (Lost)', '401k Match Expense', '842 Rent', 'Accounts Payable', … 'VP Bonus', 'Workers
Comp Insurance'): the account's name and its four-digit number stored as text (1000s assets, 2000s
liabilities and accruals, 3000s equity, 4000s income, 6000s payroll by department, 7000s-8000s
operating costs). Three names occur twice with different numbers. No blank rows, no totals.
Though the file is called Accounts, it holds ledger accounts, not customer accounts: a person imports
nothing. Values invented (account names composed from accounting words).
"""
from fake import Fake, save, workbook

f = Fake(3208)
names = {}


def add(name, lo, hi):
    if name in names:
        return
    for _ in range(200):
        n = str(f.r.randrange(lo, hi))
        if n not in names.values():
            names[name] = n
            return


FIXED = [("% Rent", 8100, 8110), ("3rd party Cancellations", 4100, 4110), ("3rd party Refunds (Lost)", 4110, 4120),
         ("3rd party Refunds(Claimed)", 4120, 4130), ("3rd Promotions/Discounts", 4130, 4140),
         ("401k Match Expense", 6080, 6090), ("842 Rent", 8100, 8110), ("Accounts Payable", 2000, 2001),
         ("Accounts Receivable", 1200, 1201), ("Food & Beverage Sales", 4000, 4001), ("Retained Earnings", 3100, 3110),
         ("Owner Contributions", 3000, 3050), ("Owner Distributions", 3050, 3100), ("Cash - Operating", 1000, 1010),
         ("Cash - Payroll", 1010, 1020), ("Cash on Hand", 1020, 1030), ("Petty Cash", 1030, 1040),
         ("Unauthorized Paid Outs", 7300, 7320), ("Escheat Liability", 2080, 2090), ("Sales Tax Payable", 2020, 2030)]
for n, lo, hi in FIXED:
    add(n, lo, hi)

ACCRUED = ["Payroll", "Bonus", "Commissions", "Insurance", "Property Tax", "Interest Expense", "Internet Expense",
           "IT expenses", "Management Fees", "Building Maintenance", "Charitable Donations", "Gift Card Liability",
           "Loyalty Program", "Utilities", "Legal Fees", "Audit Fees", "Vacation", "Workers Comp", "Health Insurance",
           "Alcohol BevTax", "Food Permit", "Franchise Liabilities", "Long Term Liability", "Employee Tips",
           "Employee Advances", "Other Business Taxes", "Mortgage Interest", "Rent", "CAM Charges", "Freight",
           "Linen Service", "Pest Control", "Security", "Music Licensing", "Credit Card Fees", "Delivery Fees",
           "Marketing Co-op", "Royalties", "Waste Removal", "Grease Trap"]
for a in ACCRUED:
    add(f"Accrued {a}", 2030, 2200)
DEPTS = ["Front of House", "Back of House", "Kitchen Mgr", "General Mgr", "Asst Mgr", "Bar", "Catering", "Admin",
         "VP", "Regional Mgr", "Dishroom", "Host", "Delivery Driver", "Bakery", "Prep"]
PAY = ["Wages", "OT Wages", "OT Premium", "Bonus", "PR Taxes", "Health Insur", "Training", "Vac/PTO",
       "Workers Comp", "Salary", "Auto Allow", "Meals", "Uniform Allow"]
for i, d in enumerate(DEPTS):
    for p in PAY:
        if f.chance(0.72):
            add(f"{d} {p}", 6000 + i * 40, 6040 + i * 40)
OPS = ["Electricity", "Gas Utility", "Water & Waste Water", "Utilities Other", "Telephone", "Internet", "Uniforms",
       "Equipment Maintenance", "Equipment Rental", "Vehicle Maintenance", "Building Repairs", "Smallwares",
       "China & Glassware", "Paper Goods", "Cleaning Supplies", "Office Supplies", "Postage", "Printing",
       "Advertising - Print", "Advertising - Digital", "Advertising - Radio", "Sponsorships", "Donations",
       "Dues & Subscriptions", "Licenses & Permits", "Bank Charges", "Credit Card Discounts", "Over/Short",
       "Travel - Airfare", "Travel - Lodging", "Travel - Meals", "Mileage", "Legal Fees", "Accounting Fees",
       "Consulting Fees", "Payroll Processing", "Recruiting", "Employee Hiring Expenses", "Employee Meals",
       "Employee Relations", "Landscaping", "Snow Removal", "Pest Control", "Music & Entertainment", "Security",
       "Linen", "Hood Cleaning", "Grease Disposal", "Trash Removal", "Software Subscriptions", "POS Support",
       "Closed Store Expense", "Inventory Loss Reserve", "Depreciation Expense", "Amortization Expense",
       "Interest Expense", "Federal Income Tax", "State Income Tax", "Franchise Tax", "Property Tax",
       "Workers Comp Insurance", "General Liability Insurance", "Property Insurance", "Liquor Liability Insurance",
       "Umbrella Insurance", "Cyber Insurance", "Management Fees", "Royalty Fees", "Marketing Fund Fees",
       "Common Area Maintenance", "Base Rent", "Parking Rent", "Storage Rent", "Gain/Loss on Sale of Assets",
       "Miscellaneous Expense", "Other Income", "Rebates Income", "Vendor Allowances", "Cash Rebates"]
for o in OPS:
    add(o, 7000, 8999)
ASSETS = ["Vehicles", "Furniture & Fixtures", "Kitchen Equipment", "Leasehold Improvements", "Computer Equipment",
          "Signage", "Smallwares Asset", "Construction in Progress", "Accum Depr - Vehicles", "Accum Depr - F&F",
          "Accum Depr - Kitchen Equip", "Accum Depr - Leasehold", "Accum Depr - Computers", "Accum Amort - Franchise",
          "Franchise Fees", "Liquor License", "Goodwill", "Organization Costs", "Prepaid Insurance", "Prepaid Rent",
          "Prepaid Licenses", "Prepaid Marketing", "Utility Deposits", "Equipment Deposits", "Rent Deposits",
          "Employee Advances", "Due From Affiliates", "Inventory - Food", "Inventory - Beverage", "Inventory - Liquor",
          "Inventory - Beer", "Inventory - Wine", "Inventory - Paper", "Gift Cards Receivable", "Credit Card Receivable",
          "Third Party Delivery Receivable", "Notes Receivable", "Investment in Subsidiary"]
for a in ASSETS:
    add(a, 1100, 1990)
LIABS = ["Accounts Payable for History", "Employee CC US Bank", "Corporate Card Payable", "Line of Credit",
         "Notes Payable - Bank", "Notes Payable - Equipment", "Notes Payable - Shareholder", "Due to Affiliates",
         "Gift Card Liability", "Customer Deposits", "Deferred Rent", "Lease Liability ASC 842",
         "Accrued Fixed Asset ASC 842", "Federal Withholding", "State Withholding", "FICA Payable", "FUTA Payable",
         "SUTA Payable", "401k Withholding", "Garnishments Payable", "Tips Payable", "Exterior Painting Liability"]
for a in LIABS:
    add(a, 2200, 2990)
INCOME = ["Food Sales", "Beverage Sales", "Liquor Sales", "Beer Sales", "Wine Sales", "Catering Sales",
          "Delivery Sales", "Merchandise Sales", "Accessories Income", "Gift Card Breakage", "Comps - Manager",
          "Comps - Employee Meals", "Discounts - Coupons", "Discounts - Loyalty", "Discounts - Military",
          "Cost of Food", "Cost of Beverage", "Cost of Liquor", "Cost of Beer", "Cost of Wine", "Cost of Paper",
          "Cost of Merchandise", "Rebates on Purchases", "Spoilage"]
for a in INCOME:
    add(a, 4200, 5990)
for d in ["Regional", "Corporate", "Store Level"]:
    for a in ["Meals", "Travel", "Training", "Recruiting"]:
        add(f"{d} {a}", 6600, 6700)
while len(names) < 535:
    add(f"{f.pick(['Store', 'Corporate', 'Catering', 'Bar'])} {f.pick(OPS)}", 7000, 8999)

rows = list(names.items())
for n in ["Closed Store Expense", "Dues & Subscriptions", "Inventory Loss Reserve"]:
    rows.append((n, str(int(names[n]) + 900 if int(names[n]) < 8000 else int(names[n]) - 900)))
rows.sort(key=lambda r: r[0].lower())

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Account", "Debit"])
for r in rows:
    ws.append(list(r))
ws.column_dimensions["A"].width = 32.57
save(wb, "accounts-en-us-glcodes.xlsx")
