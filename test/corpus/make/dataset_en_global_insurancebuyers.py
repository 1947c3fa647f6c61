"""
Shape of JP13512/Viccation_Work "insurance.xlsx" (commit 420e7b92d440d15062e8f02b2c548895549974a4):
a machine-learning tutorial's logistic-regression data set saved by Excel — whether a person of a
given age bought life insurance.

- One sheet "Sheet1": age / bought_insurance, 27 rows of a whole-number age (18-62) and 0 or 1,
  in no order. No names, ids or anything else.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("dataset-en-global-insurancebuyers")
r = f.r

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["age", "bought_insurance"])
for _ in range(27):
    age = r.randrange(18, 63)
    bought = 1 if (age > 44 and r.random() < 0.85) or (age <= 44 and r.random() < 0.1) else 0
    ws.append([age, bought])

save(wb, "dataset-en-global-insurancebuyers.xlsx")
