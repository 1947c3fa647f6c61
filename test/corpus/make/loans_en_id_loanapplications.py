"""
Shape of nrevanda/JCDS0808 "learning_material_dataset/loan_customers.csv" (commit
001b7395df25a44bf35465b508ed33efd74b4b48): an Indonesian course's teaching dataset of loan
applications, written by pandas (UTF-8, LF, no index, no quoting).

- Header loan_id,customer_id,age,gender,region,loan_amount,loan_purpose,duration_month,
  interest_rate,approved,application_date (11 columns), 150 rows.
- loan_id LN1000 … LN1149 and customer_id CUST1000 … CUST1149 in step (one loan per customer), age
  21-69, gender Male / Female (half each), region Jakarta / East Java / Central Java / West Java /
  Bali, loan_amount in rupiah (1-25 million, no separators), loan_purpose in Indonesian
  (Konsumtif / Kesehatan / Pendidikan / Usaha), duration_month 6 / 12 / 18 / 24 / 36, interest_rate
  with two decimals, approved True / False (about four in five True), application_date
  YYYY-MM-DD between March and June 2025.
- Nobody is named: no name, phone, e-mail or address anywhere.
Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("loans-en-id-loanapplications")
REGIONS = ["Jakarta"] * 37 + ["East Java"] * 32 + ["Central Java"] * 31 + ["West Java"] * 28 + ["Bali"] * 22
PURPOSES = ["Konsumtif"] * 48 + ["Kesehatan"] * 38 + ["Pendidikan"] * 32 + ["Usaha"] * 32
lines = ["loan_id,customer_id,age,gender,region,loan_amount,loan_purpose,duration_month,interest_rate,approved,application_date"]
genders = ["Male"] * 75 + ["Female"] * 75
f.r.shuffle(genders)
for k in range(150):
    day = f.date(datetime.date(2025, 3, 1), datetime.date(2025, 6, 15))
    lines.append(",".join([
        f"LN{1000 + k}", f"CUST{1000 + k}", str(f.r.randrange(21, 70)), genders[k], f.pick(REGIONS),
        str(f.r.randrange(1000000, 25000000)), f.pick(PURPOSES), str(f.pick([6, 12, 18, 24, 36])),
        f"{f.r.uniform(5, 18):.2f}", "True" if f.chance(0.78) else "False", day.isoformat()]))
with open(os.path.join(FILES, "loans-en-id-loanapplications.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines) + "\n")
