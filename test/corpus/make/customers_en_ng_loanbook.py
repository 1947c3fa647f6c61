"""
Shape of salaubukola85-hub/Fintrust-Loan-Analysis "Customers.xlsx" (commit
f721e62bcf5fb0e047c09b42f5fca97a2890a086): the customer sheet of a Nigerian consumer/SME lender's
loan book (the repository's Loans and Payments workbooks hang off its Customer_ID), one sheet
"Sheet1", header on row 1, General format everywhere, a few widened columns:
Customer_ID ("CUST-1001" ...) / Full_Name / Gender / Age / Marital_Status / Region (a Lagos or
Abuja branch area) / Employment_Type (Self-Employed, Student, Salaried, Trader) / Annual_Income
(naira, whole numbers) / Credit_Score (300-849, blank on 23 rows).
400 customers but only about 80 distinct names: the same full name recurs on up to eleven
different customer ids with different ages, regions and incomes (different people).
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-ng-loanbook")
FIRST = ["Chidi", "Funmi", "Yusuf", "Adaeze", "Segun", "Halima", "Obinna", "Ifeoma", "Musa", "Temitope"]
LAST = ["Adeyemi", "Nwosu", "Abubakar", "Okafor", "Adebayo", "Chukwu", "Lawal", "Danjuma"]
REGIONS = [("Abuja Kubwa", 94), ("Ikeja", 90), ("Lagos Mainland", 77), ("Lekki", 72), ("Abuja Central", 67)]


def region():
    x = f.r.uniform(0, 400)
    for name, w in REGIONS:
        x -= w
        if x <= 0:
            return name
    return REGIONS[-1][0]


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer_ID", "Full_Name", "Gender", "Age", "Marital_Status", "Region", "Employment_Type",
           "Annual_Income", "Credit_Score"])
incomes = set()
for i in range(400):
    income = f.r.randrange(600000, 5000000)
    while income in incomes:
        income += 1
    incomes.add(income)
    ws.append([f"CUST-{1001 + i}", f"{f.pick(FIRST)} {f.pick(LAST)}", f.pick(["Male", "Female"]), f.r.randrange(21, 61),
               f.pick(["Single", "Married", "Divorced"]), region(),
               f.pick(["Self-Employed", "Student", "Salaried", "Trader"]), income,
               None if f.chance(23 / 400) else f.r.randrange(300, 850)])
for col, w in (("A", 11), ("E", 13.9), ("F", 11), ("H", 15), ("I", 11)):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-ng-loanbook.xlsx")
