"""
Shape of HarshitaPandey08/TwoWheelerInsurance "Insurance.xlsx" (commit
610dd7aadd9b5d9ec67a67d53d2aab049751e8dc): an Indian analyst's two-wheeler insurance dataset for
a dashboard, one sheet "fraud_oracle1" (the name of the file it was cut from), 15,419 rows in the
original (300 here), no formats, no names.

- Make (TVS, Honda, Bajaj, Hero, Royal Enfield, Yamaha) / Area of Residence (Urban/Rural) / Sex /
  MaritalStatus (Married, Single, Divorced, Widow) / Age (a number, 0 on a few) / Policy (Yes/No) /
  PolicyType ("Third-Party Liability", "Standalone Own Damage", "Comprehensive " with a space) /
  VehiclePrice bands as text ("20000 to 29000", "more than 69000") / AgeOfVehicle ("7 years",
  "more than 7", "new") / AgeOfPolicyHolder bands ("31-40") / Year (2017, 2018, 2020).
Anonymous rows for analysis, no policy holder named or numbered: a person imports nothing.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("policies-en-in-twowheelerrisk")


def w(pairs):
    vals, weights = zip(*pairs)
    return f.r.choices(vals, weights)[0]


wb = workbook()
ws = wb.active
ws.title = "fraud_oracle1"
ws.append(["Make", "Area of Residence", "Sex", "MaritalStatus", "Age", "Policy", "PolicyType", "VehiclePrice",
           "AgeOfVehicle", "AgeOfPolicyHolder", "Year"])
rows = []
for _ in range(300):
    age = 0 if f.chance(0.02) else max(18, min(80, int(f.r.gauss(38, 11))))
    band = "18-20" if age < 21 else "21-30" if age <= 30 else "31-40" if age <= 40 else "41-50" if age <= 50 else "51-60"
    rows.append([w([("TVS", 48), ("Honda", 21), ("Bajaj", 15), ("Hero", 12), ("Royal Enfield", 2), ("Yamaha", 2)]),
                 w([("Urban", 90), ("Rural", 10)]), w([("Male", 84), ("Female", 16)]),
                 w([("Married", 69), ("Single", 30), ("Divorced", 1), ("Widow", 1)]), age, w([("Yes", 73), ("No", 27)]),
                 w([("Third-Party Liability", 36), ("Standalone Own Damage", 35), ("Comprehensive ", 29)]),
                 w([("20000 to 29000", 52), ("30000 to 39000", 22), ("more than 69000", 15), ("less than 20000", 7),
                    ("40000 to 59000", 4), ("60000 to 69000", 1)]),
                 w([("7 years", 38), ("more than 7", 26), ("6 years", 22), ("5 years", 9), ("new", 2), ("4 years", 2),
                    ("3 years", 1)]), band, w([(2020, 40), (2018, 34), (2017, 26)])])
rows.sort(key=lambda r: -r[10])
for r in rows:
    ws.append(r)
save(wb, "policies-en-in-twowheelerrisk.xlsx")
