"""
Shape of Khushi9912/RevOps360 "customers.xls" (commit 1db6067e0f20a80e8b49a51d507b867b30192d5f):
the customer accounts of a "Salesforce-inspired" B2B SaaS revenue-operations dashboard (deals,
subscriptions, sales reps, tickets, usage in the files next to it). Although named .xls it is a
plain CSV written by pandas: UTF-8, CRLF, no BOM; 877 accounts in the source (300 here).

- Header customer_id / company_name / country / industry / subscription_type / signup_date.
- customer_id 1 … with about one id in eight missing (rows dropped); company_name made of a
  prefix and a suffix ("Quantum Technologies", "Next Labs"), so the same name recurs on up to
  twenty accounts in different countries and tiers; ten countries written out ("United States",
  "United Kingdom"); six industries; Basic / Pro / Enterprise; signup_date yyyy-mm-dd.
All values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("accounts-en-global-revopssaas")
PREFIX = ["Quantum", "Next", "Cloud", "Apex", "Prime", "Vertex", "Global", "Nova", "Bright", "Summit"]
SUFFIX = ["Technologies", "Dynamics", "Networks", "Software", "Labs", "Systems", "Solutions", "Analytics", "Works"]
COUNTRIES = ["India", "United Kingdom", "Brazil", "Singapore", "Australia", "Canada", "Netherlands", "France", "Germany",
             "United States"]
INDUSTRIES = ["Retail", "Technology", "Finance", "Education", "Manufacturing", "Healthcare"]

lines = ["customer_id,company_name,country,industry,subscription_type,signup_date"]
cid = 0
while len(lines) < 301:
    cid += 1
    if f.chance(0.12):
        continue
    signup = f.date(datetime.date(2023, 1, 1), datetime.date(2025, 12, 31))
    lines.append(f"{cid},{f.pick(PREFIX)} {f.pick(SUFFIX)},{f.pick(COUNTRIES)},{f.pick(INDUSTRIES)},"
                 f"{f.pick(['Basic', 'Pro', 'Enterprise'])},{signup}")
with open(os.path.join(FILES, "accounts-en-global-revopssaas.xls"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")

if __name__ == "__main__":
    print("\n".join(lines[:4] + lines[-1:]))
