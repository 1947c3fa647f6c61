"""
Shape of dentiva/Howden data/policies.xlsx: an Indian corporate insurance broker's policy data for
a proof of concept, written by a script (plain values, General format, dates as ISO text), five
sheets keyed by the client company's CIN (L13209RJ1965PLC002138 …), no client names anywhere:
- running_policies: cin / product (Property and Fire, Marine Cargo, Group Health …) / sum_insured
  / annual_premium (rupees, integers) / renewal_date (text "2026-07-14", one per client) / insurer
  (empty column);
- coverages: cin / coverage_name, the same products again;
- premium_history: cin / year ("22" … "25" as text) / premium_cr (crore, decimals);
- claims_history: cin / year / claim_count / incurred_cr;
- benchmark_placements: the broker's market benchmark, thousands of anonymous placements
  (placement_id HBP00001 … / industry / revenue_band_cr "500-1500" / employee_band "15000+" /
  product / sum_insured / annual_premium / year / region).
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("policies-en-in-broker")
STATES = ["RJ", "DL", "MH", "TG", "GJ", "KA", "HR", "TN"]
PRODUCTS = ["Property and Fire", "Marine Cargo", "Workmen’s Compensation", "Group Health", "Public Liability",
            "Business Interruption", "Directors and Officers Liability", "Cyber Liability", "Group Life",
            "Professional Indemnity", "Product Liability", "Trade Credit", "Crime", "Office Package"]
INDUSTRIES = ["Heavy Manufacturing", "Pharmaceuticals", "IT Services", "BFSI", "Retail", "Logistics",
              "Renewables", "Infrastructure", "Textiles", "Aerospace"]
REV_BANDS = ["0-500", "500-1500", "1500-5000", "5000-15000"]
EMP_BANDS = ["0-500", "500-2000", "2000-5000", "5000-15000", "15000+"]


def cin():
    listed = f.pick("LU")
    return (f"{listed}{f.r.randrange(10000, 99999)}{f.pick(STATES)}{f.r.randrange(1960, 2019)}"
            f"{'PLC' if listed == 'L' or f.chance(0.6) else 'PTC'}{f.r.randrange(10**6):06d}")


clients = [cin() for _ in range(11)]
running, coverages = [], []
for c in clients:
    renewal = f.date(__import__("datetime").date(2026, 4, 1), __import__("datetime").date(2026, 9, 30)).isoformat()
    scale = f.r.choice([1, 3, 10, 40])
    for product in f.r.sample(PRODUCTS, f.r.randrange(3, 8)):
        insured = f.r.randrange(20, 800) * 1_000_000 * scale // 3 + f.r.randrange(1000)
        premium = insured // f.r.randrange(12, 80)
        running.append([c, product, insured, premium, renewal, None])
        coverages.append([c, product])
premiums, claims = [], []
for c in clients[:11]:
    base = f.r.uniform(0.5, 9)
    for k, year in enumerate(["22", "23", "24", "25"]):
        premiums.append([c, year, round(base * (1 + 0.13 * k), 2)])
        claims.append([c, year, f.r.randrange(1, 12), round(f.r.uniform(0.2, 6.5), 2)])
bench = []
for k in range(1, 321):
    product = f.pick(PRODUCTS).replace("’", "'")
    insured = f.r.randrange(50, 9000) * 1_000_000 + f.r.randrange(10**6)
    bench.append([f"HBP{k:05d}", f.pick(INDUSTRIES), f.pick(REV_BANDS), f.pick(EMP_BANDS), product, insured,
                  insured // f.r.randrange(30, 90), "25", f.pick(["North", "South", "East", "West"])])

wb = workbook()
sheets = [
    ("running_policies", ["cin", "product", "sum_insured", "annual_premium", "renewal_date", "insurer"], running),
    ("coverages", ["cin", "coverage_name"], coverages),
    ("premium_history", ["cin", "year", "premium_cr"], premiums),
    ("claims_history", ["cin", "year", "claim_count", "incurred_cr"], claims),
    ("benchmark_placements", ["placement_id", "industry", "revenue_band_cr", "employee_band", "product",
                              "sum_insured", "annual_premium", "year", "region"], bench),
]
wb.remove(wb.active)
for title, header, rows in sheets:
    ws = wb.create_sheet(title)
    ws.append(header)
    for row in rows:
        ws.append(row)
save(wb, "policies-en-in-broker.xlsx")
print(len(running), running[0], running[5])
