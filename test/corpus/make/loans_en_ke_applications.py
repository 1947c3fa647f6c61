"""
Shape of James-Muguro/Kenya_Loan_Analysis_Project "loan_data.xlsx"
(commit 0987db91530ea9f71ca11cf8d2350d28320ea7a8): a housing-finance lender's loan applications
prepared for an eligibility model, the well-known loan-prediction table with a Kenyan county,
the applicant's age and an application date added.

- One sheet "in", plain header on row 1 (not bold, no freeze, no filter), 16 columns:
  Loan_ID / Gender / age / Married / Dependents / county / Education / Self_Employed /
  ApplicantIncome / CoapplicantIncome / LoanAmount / application_date / Loan_Amount_Term /
  Credit_History / Property_Area / Loan_Status.
- 614 applications, one per row, identified only by Loan_ID (LP001002 …, ascending with gaps):
  no applicant name, phone, e-mail or address anywhere.
- Gender Male/Female (13 empty), Married Yes/No (3 empty), Dependents 0/1/2 as numbers and
  "3+" as text (15 empty), county Nairobi/Mombasa/Kiambu/Machakos, Education Graduate/Not Graduate,
  Self_Employed Yes/No (32 empty), incomes as whole numbers (one coapplicant income with
  decimals), LoanAmount in thousands (22 empty), application_date as dd/mm/yyyy text,
  Loan_Amount_Term in months (14 empty), Credit_History 1/0 (50 empty), Property_Area
  Urban/Semiurban/Rural, Loan_Status Y/N.
Values invented.
"""
import random

from fake import save, workbook

r = random.Random("loans-en-ke-applications")

wb = workbook()
ws = wb.active
ws.title = "in"
ws.append(["Loan_ID", "Gender", "age", "Married", "Dependents", "county", "Education", "Self_Employed",
           "ApplicantIncome", "CoapplicantIncome", "LoanAmount", "application_date", "Loan_Amount_Term",
           "Credit_History", "Property_Area", "Loan_Status"])


def maybe(v, p):
    return None if r.random() < p else v


n = 1002
for i in range(614):
    loan_id = f"LP00{n}"
    n += r.choice([1, 1, 2, 3, 4, 5])
    married = maybe(r.choices(["Yes", "No"], [65, 35])[0], 0.005)
    deps = maybe(r.choices([0, 1, 2, "3+"], [56, 17, 17, 8])[0], 0.025)
    income = r.choice([r.randrange(1500, 6000), r.randrange(1500, 12000), r.randrange(150, 81000)])
    co = 0 if r.random() < 0.45 else r.randrange(200, 8000)
    if i == 37:
        co = 1666.6700000000001
    amount = maybe(max(9, min(700, int(income / 40 + co / 60 + r.randrange(20, 90)))), 0.036)
    date = f"{r.randrange(1, 29):02d}/{r.randrange(1, 13):02d}/{r.choice([2017, 2018, 2019])}"
    ws.append([loan_id,
               maybe(r.choices(["Male", "Female"], [81, 19])[0], 0.021),
               r.randrange(18, 46),
               married,
               deps,
               r.choices(["Nairobi", "Mombasa", "Kiambu", "Machakos"], [170, 151, 150, 143])[0],
               r.choices(["Graduate", "Not Graduate"], [78, 22])[0],
               maybe(r.choices(["No", "Yes"], [86, 14])[0], 0.052),
               income,
               co,
               amount,
               date,
               maybe(r.choices([360, 180, 480, 300, 240, 84, 120, 60, 36, 12], [512, 44, 15, 13, 4, 4, 3, 2, 2, 1])[0],
                     0.023),
               maybe(r.choices([1, 0], [84, 16])[0], 0.081),
               r.choices(["Semiurban", "Urban", "Rural"], [233, 202, 179])[0],
               r.choices(["Y", "N"], [69, 31])[0]])

save(wb, "loans-en-ke-applications.xlsx")
