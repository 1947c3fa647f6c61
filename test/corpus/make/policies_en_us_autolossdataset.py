"""
Shape of dslee85/auto-insurance-loss-experience-analysis "data/policies.csv" (commit
4a6278ce2a1b8c5356e582c124af8e04d78919bf): the policy table of an auto insurer's loss-experience
analysis (claims in a second file), a CSV saved by Excel as "CSV UTF-8": BOM, CRLF, 8,999 rows in
the source (300 here).

- Header months_as_customer / age / policy_number / policy_bind_date / policy_state / policy_csl /
  policy_deductable / policy_annual_premium / umbrella_limit.
- Six-digit policy numbers, bind dates as Excel writes them ("3/30/22 19:28", m/d/yy h:mm, years
  1990-2022), states IL / OH / IN, combined single limits 100/300, 250/500, 500/1000, deductibles
  scattered around 500 / 1000 / 2000, premiums with seven decimals, umbrella limit 0 on four rows
  in five and a seven-digit amount otherwise.
No policyholder is named. Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("policies-en-us-autolossdataset")
lines = ["months_as_customer,age,policy_number,policy_bind_date,policy_state,policy_csl,policy_deductable,"
         "policy_annual_premium,umbrella_limit"]
numbers = set()
for _ in range(300):
    months = f.r.randrange(0, 480)
    age = max(19, min(64, 19 + months // 12 + f.r.randrange(0, 12)))
    while True:
        n = f.r.randrange(100000, 1000000)
        if n not in numbers:
            numbers.add(n)
            break
    y, m, d = f.r.randrange(1990, 2023), f.r.randrange(1, 13), f.r.randrange(1, 29)
    bind = f"{m}/{d}/{y % 100:02d} {f.r.randrange(0, 24)}:{f.r.randrange(0, 60):02d}"
    ded = f.pick([500, 1000, 2000]) + f.r.randrange(-25, 26)
    premium = f"{f.r.uniform(600, 1900):.7f}".rstrip("0")
    umbrella = 0 if f.chance(0.8) else f.r.randrange(1000000, 10000000)
    lines.append(f"{months},{age},{n},{bind},{f.pick(['IL', 'OH', 'IN'])},{f.pick(['100/300', '250/500', '500/1000'])},"
                 f"{ded},{premium},{umbrella}")
with open(os.path.join(FILES, "policies-en-us-autolossdataset.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")

if __name__ == "__main__":
    print("\n".join(lines[:4]))
