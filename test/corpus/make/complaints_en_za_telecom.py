"""
Shape of Masego999/SA-TELECOM-CUSTOMER-ANALYTICS data/complaints.csv (commit
01c7188d7552dbf78d62d14231e358b9b103f10b): a South African mobile operator's complaint log
written by pandas (UTF-8, LF, no quoting): complaint_id (CMP0000…) / customer_id (CUS0001…CUS0499,
many customers with several complaints) / date_raised (ISO dates in 2023, not in order) /
complaint_type (Network Coverage, Customer Service, Poor Call Quality, Billing Error, Roaming Issue,
Wrong Charge, SIM Problem, Slow Data Speed) / resolution (Pending, Escalated, Resolved, Closed - No
Action) / days_to_resolve (a float like 16.0, empty on about a fifth, also on resolved ones) /
satisfaction (1-5). The source has 600 complaints; this copy 400. Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("complaints-en-za-telecom")
TYPES = ["Network Coverage", "Customer Service", "Poor Call Quality", "Billing Error", "Roaming Issue",
         "Wrong Charge", "SIM Problem", "Slow Data Speed"]
RES = ["Pending", "Escalated", "Resolved", "Closed - No Action"]
lines = ["complaint_id,customer_id,date_raised,complaint_type,resolution,days_to_resolve,satisfaction"]
for i in range(400):
    d = f.date(datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    days = "" if f.chance(0.2) else f"{float(f.r.randrange(1, 31))}"
    lines.append(f"CMP{i:04d},CUS{f.r.randrange(0, 500):04d},{d.isoformat()},{f.pick(TYPES)},{f.pick(RES)},{days},"
                 f"{f.r.randrange(1, 6)}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "complaints-en-za-telecom.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
