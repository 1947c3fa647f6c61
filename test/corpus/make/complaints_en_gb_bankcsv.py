"""
Shape of Adefolasayo/Metro-Bank-Analysis "complaints.csv" (commit
f62f51755bdc74c21c7238ac7be6b998bbd021d5): a UK retail bank's complaint log exported for a
dashboard exercise (written by pandas: UTF-8 without BOM, LF line ends, nothing quoted).

Header ComplaintID,CustomerID,Date,Complaint_Type,Status,Resolution_Time(days). 800 complaints
COMP00001 … COMP00800 in id order (the dates out of order, Aug 2023 – Aug 2025, ISO
yyyy-mm-dd); CustomerID a code CUST0001 … CUST0500 only — no names — with about 350 customers,
many complaining two to four times; Complaint_Type one of Service Delay / Technical Issue /
Charges Dispute / Fraud / Others; Status Open / In Progress / Resolved; Resolution_Time(days) a
whole number 1–59 on every row, open ones included.

A person imports the 800 complaints, each linked to its customer by the code: id, received
date, type as category, status; the resolution time is a figure, not a date. Values invented.
"""
import csv
import datetime
import os

from fake import FILES, Fake

f = Fake("complaints-en-gb-bankcsv")
TYPES = ["Service Delay", "Technical Issue", "Charges Dispute", "Fraud", "Others"]
WEIGHTS = [17, 17, 23, 17, 26]
STATUS = ["Open", "In Progress", "Resolved"]
SW = [24, 24, 52]

customers = [f"CUST{n:04d}" for n in f.r.sample(range(1, 501), 400)]
rows = []
for i in range(1, 801):
    day = f.date(datetime.date(2023, 8, 20), datetime.date(2025, 8, 18))
    rows.append([f"COMP{i:05d}", f.pick(customers), day.isoformat(), f.r.choices(TYPES, WEIGHTS)[0],
                 f.r.choices(STATUS, SW)[0], f.r.randrange(1, 60)])

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "complaints-en-gb-bankcsv.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["ComplaintID", "CustomerID", "Date", "Complaint_Type", "Status", "Resolution_Time(days)"])
    w.writerows(rows)
