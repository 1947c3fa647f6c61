"""
Shape of dentiva/Howden "data/policies.xlsx": the policy workbook behind an Indian corporate
insurance broker's relationship-manager tool: its clients' running policies, premium and claims
history, and a market benchmark of placements (written by openpyxl, headers bold, widths set).

- "running_policies": cin / product / sum_insured / annual_premium / renewal_date / insurer.
  60 policies of 11 corporate clients, each client named only by its company identification
  number (CIN, 'U29197DL1986PTC025120'), 4-7 lines per client in product order of the
  client's trade (Property and Fire, Marine Cargo, Marine Hull, Workmen's Compensation — once
  with a straight apostrophe, once curly —, Group Health, Group Term Life, Public Liability,
  Product Liability, Business Interruption, Professional Indemnity, Cyber Liability, Directors
  and Officers Liability, Contractors All Risks, Bankers Blanket Bond, Crime and Fidelity,
  Clinical Trials Liability); amounts whole rupees as numbers; renewal_date text 'YYYY-MM-DD',
  one date per client; insurer empty on every row.
- "coverages": cin / coverage_name, the same 60 client-product pairs again.
- "premium_history": cin / year ('22' … '25' as text) / premium_cr (total premium in crore).
- "claims_history": cin / year / claim_count / incurred_cr.
- "benchmark_placements": placement_id (HBP00001 …) / industry / revenue_band_cr / employee_band /
  product / sum_insured / annual_premium / year / region: 2086 anonymous market placements (here
  300), no client.
Values invented (CINs, amounts, dates).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("policies-en-in-corporatebroker")
R = f.r
BOLD = Font(bold=True)

STATES = ["MH", "DL", "KA", "TG", "GJ", "HR", "TN", "RJ"]
TRADES = {
    "metals": ["Property and Fire", "Marine Cargo", "Workmen’s Compensation", "Group Health", "Public Liability", "Business Interruption", "Product Liability"],
    "water": ["Marine Cargo", "Marine Hull", "Property and Fire", "Workmen’s Compensation", "Public Liability"],
    "pharma": ["Property and Fire", "Product Liability", "Group Health", "Marine Cargo", "Workmen’s Compensation"],
    "textiles": ["Property and Fire", "Marine Cargo", "Workmen’s Compensation", "Group Health", "Business Interruption"],
    "software": ["Professional Indemnity", "Cyber Liability", "Group Health", "Group Term Life", "Workmen’s Compensation", "Directors and Officers Liability"],
    "biotech": ["Property and Fire", "Product Liability", "Marine Cargo", "Group Health", "Clinical Trials Liability"],
    "infra": ["Contractors All Risks", "Workmen’s Compensation", "Public Liability", "Property and Fire", "Marine Cargo", "Group Health"],
    "finance": ["Directors and Officers Liability", "Professional Indemnity", "Bankers Blanket Bond", "Cyber Liability", "Group Health", "Crime and Fidelity"],
    "retail": ["Property and Fire", "Public Liability", "Group Health", "Workmen’s Compensation", "Marine Cargo"],
    "aero": ["Property and Fire", "Product Liability", "Marine Cargo", "Workmen’s Compensation", "Group Health"],
    "logistics": ["Marine Cargo", "Marine Hull", "Workmen's Compensation", "Public Liability", "Directors and Officers Liability"],
}
RATE = {"Property and Fire": 0.0167, "Marine Cargo": 0.04, "Marine Hull": 0.033, "Workmen’s Compensation": 0.05,
        "Workmen's Compensation": 0.083, "Group Health": 0.125, "Public Liability": 0.0556, "Product Liability": 0.0455,
        "Business Interruption": 0.05, "Professional Indemnity": 0.0556, "Cyber Liability": 0.0556, "Group Term Life": 0.05,
        "Directors and Officers Liability": 0.0333, "Contractors All Risks": 0.05, "Bankers Blanket Bond": 0.0455,
        "Crime and Fidelity": 0.05, "Clinical Trials Liability": 0.05}


def cin(listed=False):
    return (f"{'L' if listed else 'U'}{R.randrange(10000, 99999)}{R.choice(STATES)}{R.randrange(1965, 2019)}"
            f"{R.choice(['PLC', 'PTC'])}{R.randrange(0, 999999):06d}")


clients = []
for i, trade in enumerate(TRADES):
    clients.append((cin(listed=(i == 0)), trade))

scale = {"metals": 4, "infra": 3, "water": 2, "finance": 2}
policies = []
for c, trade in clients:
    base = R.randrange(300, 900) * 1_000_000 * scale.get(trade, 1)
    renewal = f"2026-{R.randrange(4, 11):02d}-{R.randrange(1, 29):02d}"
    for k, product in enumerate(TRADES[trade]):
        si = int(base * R.uniform(0.05, 1.0)) if k else base
        if product == "Professional Indemnity" or product == "Cyber Liability":
            si = 77_400_000 if trade == "software" else si
        prem = int(si * RATE[product] * R.uniform(0.8, 1.2))
        policies.append((c, product, si, prem, renewal, None))

wb = workbook()
ws = wb.active
ws.title = "running_policies"
ws.append(["cin", "product", "sum_insured", "annual_premium", "renewal_date", "insurer"])
for p in policies:
    ws.append(list(p))
for col, w in zip("ABCDEF", (28, 32, 14, 14, 14, 18)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("coverages")
ws.append(["cin", "coverage_name"])
for p in policies:
    ws.append([p[0], p[1]])
ws.column_dimensions["A"].width = 28
ws.column_dimensions["B"].width = 32

ws = wb.create_sheet("premium_history")
ws.append(["cin", "year", "premium_cr"])
ws2 = wb.create_sheet("claims_history")
ws2.append(["cin", "year", "claim_count", "incurred_cr"])
for c, trade in clients:
    total = sum(p[3] for p in policies if p[0] == c) / 1e7
    start = round(total * R.uniform(0.6, 0.75), 2)
    claims = R.randrange(2, 12)
    for k, year in enumerate(["22", "23", "24", "25"]):
        ws.append([c, year, round(start * (1 + 0.12 * k), 2)])
        ws2.append([c, year, max(1, claims - k + R.randrange(-1, 2)), round(start * R.uniform(0.3, 0.8), 2)])
for s, widths in ((ws, (28, 8, 14)), (ws2, (28, 8, 14, 14))):
    for col, w in zip("ABCD", widths):
        s.column_dimensions[col].width = w

ws = wb.create_sheet("benchmark_placements")
ws.append(["placement_id", "industry", "revenue_band_cr", "employee_band", "product", "sum_insured", "annual_premium", "year", "region"])
INDUSTRIES = ["Heavy Manufacturing", "Pharmaceuticals", "Logistics", "IT Services", "Financial Services", "Retail", "Infrastructure", "Textiles"]
BANDS = [("0-500", "500-2000"), ("0-500", "2000-5000"), ("500-1500", "5000-15000"), ("1500-5000", "5000-15000"), ("5000-15000", "15000+")]
for i in range(1, 301):
    rev, emp = R.choice(BANDS)
    product = R.choice(list(RATE))
    si = R.randrange(50, 7000) * 1_000_000 + R.randrange(0, 999999)
    ws.append([f"HBP{i:05d}", INDUSTRIES[(i - 1) * len(INDUSTRIES) // 300], rev, emp, product, si,
               int(si * RATE[product] * R.uniform(0.8, 1.2)), R.choice(["23", "24", "25"]), R.choice(["North", "South", "East", "West"])])
for col, w in zip("ABCDEFGHI", (14, 22, 14, 14, 30, 14, 14, 8, 10)):
    ws.column_dimensions[col].width = w

for s in wb.worksheets:
    for c in s[1]:
        c.font = BOLD

save(wb, "policies-en-in-corporatebroker.xlsx")
print(len(policies), len(clients))
