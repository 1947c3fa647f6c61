"""
Shape of ujjwalmolla/Insurance_claim_analysis policies.xlsx: a trade-credit insurer's policy
extract — 25 snake_case columns (an_policy_key, transaction_id, source_system, insured_id,
industry_segment, country_code, new_renewed, inception_date as a date-time, policy_term_in_days,
premiums, commissions, capital, exposures, tenors, premium_rate, costing_rating); one insured
company holds many policies. Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("policies-en-credit")
SEGMENTS = ["Professional & Financial services", "Life sciences", "Energy & Machinery", "Power & Technology", "Consumer goods"]
RATINGS = ["BB-", "BB", "BB+", "B", "B+", "BBB-", "BBB", "A-"]
header = ["an_policy_key", "transaction_id", "source_system", "insured_id", "industry_segment", "country_code",
          "new_renewed", "inception_date", "policy_term_in_days", "gross_written_premium", "net_written_premium",
          "gross_written_commission", "risk_capital", "capital_costs", "final_profit", "expected_loss",
          "internal_expenses", "external_expenses", "potential_credit_exposure_usd", "net_credit_exposure_usd",
          "estimated_credit_exp_usd", "average_tenor", "remaining_tenor", "premium_rate", "costing_rating"]
insureds = [f.r.randrange(100000, 9000000) for _ in range(40)]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(header)
tx = 70000
for i in range(300):
    tx += f.r.randrange(1, 40)
    term = f.pick([365, 730, 813, 882, 904, 986, 1096, 1616, 1827])
    gwp = round(f.r.uniform(20000, 1500000), 2)
    nwp = round(gwp * f.r.uniform(0.5, 0.95), 3)
    exposure = round(f.r.uniform(1e6, 2e7), 2)
    start = datetime.datetime(2011, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 365))
    row = [f"IF.IF{tx}.1", tx, "IF", f.pick(insureds), f.pick(SEGMENTS), f.pick("FNUGBIES"),
           "Renewed" if f.chance(0.1) else "New", start, term, gwp, nwp, round(gwp - nwp, 4),
           round(gwp * f.r.uniform(0.3, 1.2), 4), round(gwp * 0.02, 4), round(gwp * f.r.uniform(0.1, 0.6), 4),
           round(gwp * 0.15, 4), round(gwp * 0.05, 4), round(gwp * f.r.uniform(0, 1), 4), exposure, exposure, exposure,
           round(term / 365, 9), 0 if f.chance(0.8) else round(f.r.uniform(0, 8), 8), round(gwp / exposure, 9),
           f.pick(RATINGS)]
    ws.append(row)
    ws.cell(ws.max_row, 8).number_format = "m/d/yy h:mm"
save(wb, "policies-en-credit.xlsx")
