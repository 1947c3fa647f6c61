"""
Shape of MayurMalgear/Automated-AML-Reporting-using-Alteryx "Customer Data.xlsx": a bank's
customer master for an anti-money-laundering screening workflow, one sheet named "Sheet2".

- Header on row 1, plain: customer_id / full_name / date_of_birth / occupation / annual_income
  / customer_type / account_open_date / pep_flag / sanctions_flag / risk_rating /
  address_country. 200 customers CUST001…CUST200, one row each. The first rows were typed by
  hand (round incomes, opening dates at midnight, customer_type "Personal"); the rest were
  appended by a script: customer_type "Individual" or "Business" (a person's name either way),
  opening dates carrying the time the script ran (02:57:06.53…), some dates of birth making
  the customer a minor; dates formatted mm-dd-yy; pep_flag / sanctions_flag TRUE/FALSE
  booleans (sanctions once TRUE); risk_rating Low / Medium / High; the country alone (UK,
  India, Germany, France, UAE) as the address.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("customers-en-gb-amlscreening")
FIRST = ["Oliver", "Amelia", "Harry", "Isla", "Arjun", "Priya", "Lukas", "Greta", "Louis", "Camille", "Omar",
         "Layla", "Noah", "Freya", "Rohan", "Ines", "Felix", "Aisha", "Theo", "Mila", "Zain", "Clara", "Hugo",
         "Nadia", "Elliot", "Anika", "Matteo", "Sienna", "Kian", "Elodie"]
LAST = ["Whitfield", "Okafor", "Brennan", "Sharma", "Keller", "Dubois", "Haddad", "Lindqvist", "Marsh", "Iyer",
        "Vogel", "Moreau", "Farouk", "Pryce", "Castellano", "Nakamura", "Doyle", "Kapoor", "Becker", "Laurent",
        "Rahman", "Quinn", "Santos", "Albrecht", "Fontaine", "Mahmood", "Hale", "Ozturk", "Reyes", "Sinclair"]
JOBS = ["Chartered Surveyor", "University Lecturer", "Accountant", "Construction Worker", "Nurse", "Financial Analyst",
        "Student", "Retail Assistant", "Taxi Driver", "Marketing Manager", "Business Owner", "Software Engineer",
        "Solicitor", "Pharmacist", "Chef", "Electrician", "Dentist", "Consultant", "Teacher", "Estate Agent"]
COUNTRIES = ["UK"] * 49 + ["India"] * 43 + ["France"] * 41 + ["UAE"] * 35 + ["Germany"] * 32
f.r.shuffle(COUNTRIES)
RUN = datetime.time(2, 57, 6)

wb = workbook()
ws = wb.active
ws.title = "Sheet2"
ws.append(["customer_id", "full_name", "date_of_birth", "occupation", "annual_income", "customer_type",
           "account_open_date", "pep_flag", "sanctions_flag", "risk_rating", "address_country"])
names = set()
for i in range(1, 201):
    while True:
        name = f"{f.pick(FIRST)} {f.pick(LAST)}"
        if name not in names:
            names.add(name)
            break
    typed = i <= 5
    born = f.date(datetime.date(1958, 1, 1), datetime.date(2011, 12, 31) if not typed else datetime.date(2000, 12, 31))
    opened = f.date(datetime.date(2018, 1, 1), datetime.date(2025, 6, 30))
    if typed:
        opened_v = datetime.datetime(opened.year, opened.month, opened.day)
        income = f.pick([10000, 20000, 60000, 80000, 120000, 150000, 200000])
        kind = "Personal"
    else:
        opened_v = datetime.datetime.combine(opened, RUN) + datetime.timedelta(microseconds=530000 + i * 10)
        income = f.r.randrange(15000, 160000)
        kind = f.pick(["Individual", "Business"])
    row = [f"CUST{i:03d}", name, datetime.datetime(born.year, born.month, born.day), f.pick(JOBS), income, kind,
           opened_v, f.chance(0.21), i == 137, f.pick(["Low", "Medium", "Medium", "High"]), COUNTRIES[i - 1]]
    ws.append(row)
    ws.cell(i + 1, 3).number_format = "mm-dd-yy"
    ws.cell(i + 1, 7).number_format = "mm-dd-yy"
ws.column_dimensions["C"].width = 14.1
ws.column_dimensions["G"].width = 15.9

save(wb, "customers-en-gb-amlscreening.xlsx")
