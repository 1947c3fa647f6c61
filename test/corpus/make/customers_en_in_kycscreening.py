"""
Shape of nikitachauhan15/KYC-Risk-Screening-Project "customers.xls" (commit
90a664d62339ac51f21d600f214a525906a56055): the customer master of a bank's KYC / AML risk
screening exercise (transactions in a second file, a Power BI dashboard on top). Although named
.xls it is a plain CSV written by pandas: UTF-8, CRLF, no BOM; 1,000 customers in the source
(300 here).

- Header customer_id / name / dob / nationality / occupation / declared_income / pep_flag /
  document_status / onboarding_date.
- customer_id C0001 …; a person's full name (a handful of names on two customers); dob and
  onboarding_date as yyyy-mm-dd; nationality a country as written ("USA", "UK", "UAE", "North
  Korea"); occupation one of eight (Teacher, Software Engineer, Doctor, Shopkeeper, Consultant,
  Business Owner, Unemployed, Government Official); declared_income a whole number in rupees;
  pep_flag Yes/No (one in twenty Yes); document_status Valid / Expired / Missing.
All names and figures invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("customers-en-in-kycscreening")
FIRST = ["Crystal", "Alexander", "Christine", "James", "Dominique", "Brittany", "Marcus", "Tamara", "Gregory", "Leslie",
         "Rohit", "Farah", "Nadia", "Victor", "Hannah", "Jerome", "Kelsey", "Omar", "Priyanka", "Desmond", "Imani",
         "Travis", "Yolanda", "Sergio", "Megan", "Colin", "Aisha", "Dwayne", "Natalie", "Kenji"]
LAST = ["Zamorano", "Smithfield", "Arroway", "Molinari", "Hatfield", "Okafor", "Delgado", "Whitaker", "Brennan", "Castillo",
        "Nakamura", "Pruett", "Sorensen", "Valdez", "Kowalski", "Ashcroft", "Bhandari", "Lindgren", "Mercado", "Osei",
        "Ferreira", "Gallo", "Huxley", "Iqbal", "Jansen", "Keane", "Larkin", "Moreau", "Navarro", "Pickett"]
NATIONS = ["Singapore"] * 10 + ["Myanmar"] * 10 + ["Afghanistan"] * 9 + ["UAE"] * 9 + ["Iran"] * 9 + ["Germany"] * 8 + \
          ["North Korea"] * 8 + ["USA"] * 8 + ["UK"] * 8 + ["Australia"] * 8 + ["Syria"] * 7 + ["India"] * 6
JOBS = ["Teacher", "Software Engineer", "Doctor", "Shopkeeper", "Consultant", "Business Owner", "Unemployed",
        "Government Official"]

lines = ["customer_id,name,dob,nationality,occupation,declared_income,pep_flag,document_status,onboarding_date"]
names = []
for i in range(1, 301):
    if names and f.chance(0.01):
        name = f.pick(names)
    else:
        name = f"{f.pick(FIRST)} {f.pick(LAST)}"
    names.append(name)
    dob = f.date(datetime.date(1960, 1, 1), datetime.date(2007, 12, 31))
    onboard = f.date(datetime.date(2023, 1, 1), datetime.date(2026, 6, 30))
    status = f.pick(["Valid"] * 78 + ["Expired"] * 16 + ["Missing"] * 6)
    lines.append(f"C{i:04d},{name},{dob},{f.pick(NATIONS)},{f.pick(JOBS)},{f.r.randrange(150000, 5000000)},"
                 f"{'Yes' if f.chance(0.05) else 'No'},{status},{onboard}")
with open(os.path.join(FILES, "customers-en-in-kycscreening.xls"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")

if __name__ == "__main__":
    print("\n".join(lines[:4] + lines[-1:]))
