"""
Shape of NadiaRozman/SQL_Banking_Operations_Analytics data/complaints.csv (commit
b6b479c5bb8426aebef09a48b5cab752553f2d2e): a Malaysian retail bank's complaint log (synthetic, MYR) for an SQL operations
analysis, as a pandas CSV (UTF-8, LF): complaint_id (CMP00001…) / customer_id (C00001…C02000, a
few customers twice) / product_id (P001-P010) / complaint_category (Transaction Dispute, Fraud
Report, Loan Statement Error, Poor Service, Card Blocked / Lost, Incorrect Charges, Account
Access, Online Banking Issue) / filed_date / resolved_date (ISO; filled on every row, also on
Pending and Escalated ones) / resolution_days / sla_target_days (by category: 1 fraud … 10 service)
/ sla_breached (0/1) / channel (Mobile App, Online Banking, Branch, Call Centre, ATM) / status
(Resolved, Escalated, Pending) / csat_score (1-5). The source has 1,200 complaints; this
copy 300. Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("complaints-en-my-retailbank")
CATS = {"Transaction Dispute": 5, "Fraud Report": 1, "Loan Statement Error": 7, "Poor Service": 10,
        "Card Blocked / Lost": 2, "Incorrect Charges": 5, "Account Access": 3, "Online Banking Issue": 3}
CH = ["Mobile App"] * 4 + ["Online Banking"] * 3 + ["Branch"] * 3 + ["Call Centre"] * 2 + ["ATM"]
ST = ["Resolved"] * 5 + ["Escalated"] * 3 + ["Pending"] * 2
lines = ["complaint_id,customer_id,product_id,complaint_category,filed_date,resolved_date,resolution_days,"
         "sla_target_days,sla_breached,channel,status,csat_score"]
for i in range(1, 301):
    cat = f.pick(list(CATS))
    sla = CATS[cat]
    filed = f.date(datetime.date(2023, 1, 1), datetime.date(2024, 12, 20))
    days = max(1, int(f.r.expovariate(1 / (sla * 0.8))) + (1 if f.chance(0.5) else 0))
    resolved = filed + datetime.timedelta(days=days)
    lines.append(f"CMP{i:05d},C{f.r.randrange(1, 2001):05d},P{f.r.randrange(1, 11):03d},{cat},{filed.isoformat()},"
                 f"{resolved.isoformat()},{days},{sla},{1 if days > sla else 0},{f.pick(CH)},{f.pick(ST)},"
                 f"{f.pick([1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5])}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "complaints-en-my-retailbank.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
