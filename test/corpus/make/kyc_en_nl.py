"""
Shapes of Ayodeji82/KYC-Compliance-Monitoring-Tracker, a bank's KYC client portfolio (English):
- clients.xlsx → kyc-en-nl-clients.xlsx: one sheet "Clients", 22 snake_case columns (client_id
  CLI000001…, company names that repeat across ids, entity_type such as "Private Limited Company"
  / "Partnership/LLP" / "Sole Proprietorship", jurisdictions as ISO codes, the relationship
  manager as RM_008, onboarding and review dates as date-times, a Low/Medium/High risk tier,
  TRUE/FALSE flags, revenue in euros, document counts and scores);
- KYC_Pivot_Analysis.xlsx → kyc-en-nl-pivots.xlsx: an index sheet whose name starts with an
  emoji, "01 Master Data" (the same clients under a merged title row, Title Case headers, extra
  calculated columns), and pivot sheets with two side-by-side blocks, section titles, notes
  merged across, an RM scorecard and an executive summary with KPI cells typed as text.
Values invented.
"""
import datetime

from openpyxl.styles import Font, PatternFill

from fake import Fake, workbook, save

f = Fake("kyc-en-nl")
WORDS1 = ["Northwind", "Bluefield", "Kestrel", "Lindenhof", "Marisol", "Quayside", "Redwater", "Tidewell", "Vantaro", "Zeelander"]
WORDS2 = ["Group", "Ventures", "Enterprises", "Technologies", "Services", "Trading", "Partners"]
FORMS = ["Inc.", "Ltd.", "B.V.", "Holding B.V.", "N.V.", "GmbH"]
ENTITY = ["Private Limited Company"] * 9 + ["Public Limited Company"] * 4 + ["Partnership/LLP"] * 3 + \
    ["Sole Proprietorship"] * 2 + ["Cooperative"]
JUR = ["NLD"] * 8 + ["CAN"] * 5 + ["DEU"] * 2 + ["BEL", "GBR", "LUX", "USA", "VGB", "CYM"]
INDUSTRY = ["Technology/Software", "Manufacturing", "Professional Services", "Real Estate", "Import/Export Trading",
            "Healthcare", "Financial Services", "Art/Jewelry Dealers", "Money Service Business"]
PRODUCTS = ["Corporate Banking Account"] * 6 + ["Trade Finance", "Treasury Services", "Investment Services", "Payment Processing"]
CHANNELS = ["Relationship Manager"] * 6 + ["Online Application"] * 3 + ["Partner Referral", "Branch Walk-in"]
N = 150
clients = []
for i in range(N):
    name = f"{f.pick(WORDS1)} {f.pick(WORDS2)} {f.pick(FORMS)}"
    jur = f.pick(JUR)
    tier = f.pick(["Low"] * 7 + ["Medium"] * 2 + ["High"])
    required = {"Low": 16, "Medium": 23, "High": 28}[tier]
    received = required - f.pick([0, 0, 1, 1, 2, 3, 5])
    onboarded = datetime.datetime(2017, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 2900))
    reviewed = min(onboarded + datetime.timedelta(days=f.r.randrange(200, 1500)), datetime.datetime(2025, 6, 30))
    clients.append({
        "client_id": f"CLI{i + 1:06d}", "client_name": name, "entity_type": f.pick(ENTITY),
        "incorporation_jurisdiction": jur, "operational_jurisdiction": jur if f.chance(0.85) else f.pick(JUR),
        "industry_sector": f.pick(INDUSTRY), "relationship_manager": f"RM_{f.r.randrange(1, 19):03d}",
        "onboarding_date": onboarded, "last_review_date": reviewed, "risk_tier": tier, "is_pep": f.chance(0.1),
        "has_complex_structure": f.chance(0.25), "number_of_ubos": f.r.randrange(1, 9),
        "annual_revenue_eur": round(f.r.uniform(2e5, 3.5e8), 2), "relationship_tenure_years": round(f.r.uniform(0.5, 9.5), 1),
        "primary_product": f.pick(PRODUCTS), "onboarding_channel": f.pick(CHANNELS),
        "total_documents_received": received, "total_documents_required": required,
        "completeness_score": round(100 * received / required, 2), "days_since_last_update": f.r.randrange(30, 1800),
    })
    clients[-1]["audit_flag"] = clients[-1]["completeness_score"] < 90 or clients[-1]["days_since_last_update"] > 1000

# clients.xlsx ----------------------------------------------------------------------------------
wb = workbook()
ws = wb.active
ws.title = "Clients"
cols = list(clients[0])
ws.append(cols)
for c in clients:
    ws.append([c[k] for k in cols])
    for k in ("onboarding_date", "last_review_date"):
        ws.cell(ws.max_row, cols.index(k) + 1).number_format = "yyyy-mm-dd h:mm:ss"
save(wb, "kyc-en-nl-clients.xlsx")

# KYC_Pivot_Analysis.xlsx ------------------------------------------------------------------------
BLUE = PatternFill("solid", fgColor="2E75B6")
wb = workbook()
index = wb.active
index.title = "📋 Index & Guide"
index["A1"] = "  KYC Documentation Quality – Pivot Workbook"
index["A2"] = "Dutch & Canadian banking book  |  invented data  |  for Excel and BI analysis"
index.merge_cells("A1:E1")
index.merge_cells("A2:E2")
index.append([])
index.append(["#", "Sheet Name", "What It Shows", "Key Question Answered", "Best Used For"])
for n, (sheet, what, question, use) in enumerate([
        ("01 Master Data", f"All {N} client records with added calculated columns", "What does each client look like?", "Lookups and filters"),
        ("02 Portfolio Risk", "Risk tier breakdown, PEP flags by tier", "Where is the risk concentrated?", "Risk reporting"),
        ("06 RM Performance", "RMs ranked by completeness and flag rate", "Which RMs need coaching?", "Coaching"),
        ("10 Insight Summary", "Key findings and recommended actions", "What comes first for management?", "Presentations")], start=1):
    index.append([str(n), sheet, what, question, use])

master = wb.create_sheet("01 Master Data")
master["A1"] = "MASTER CLIENT DATA – with calculated fields"
master["A1"].font = Font(bold=True, size=14)
master.merge_cells("A1:V1")
titles = ["Client Id", "Client Name", "Entity Type", "Incorporation Jurisdiction", "Industry Sector", "Relationship Manager",
          "Onboarding Channel", "Risk Tier", "Is Pep", "Has Complex Structure", "Number Of Ubos", "Total Documents Required",
          "Total Documents Received", "Completeness Score", "Completeness Bucket", "Days Since Last Update", "Review Status",
          "Audit Flag", "Annual Revenue Eur", "Revenue Band", "Onboarding Year", "Primary Product"]
master.append(titles)
for cell in master[2]:
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = BLUE


def bucket(score):
    return "Good (90-100%+)" if score >= 90 else "Adequate (80-90%)" if score >= 80 else "At Risk (70-80%)" if score >= 70 else "Critical (<70%)"


def band(eur):
    return "Small (<€2M)" if eur < 2e6 else "Medium (€2–50M)" if eur < 5e7 else "Large (€50–500M)"


for c in clients:
    master.append([c["client_id"], c["client_name"], c["entity_type"], c["incorporation_jurisdiction"], c["industry_sector"],
                   c["relationship_manager"], c["onboarding_channel"], c["risk_tier"], c["is_pep"], c["has_complex_structure"],
                   c["number_of_ubos"], c["total_documents_required"], c["total_documents_received"], c["completeness_score"],
                   bucket(c["completeness_score"]), c["days_since_last_update"],
                   "Overdue" if c["days_since_last_update"] > 1000 else "Current", c["audit_flag"], c["annual_revenue_eur"],
                   band(c["annual_revenue_eur"]), c["onboarding_date"].year, c["primary_product"]])
master.freeze_panes = "A3"

risk = wb.create_sheet("02 Portfolio Risk")
risk["A1"] = "PIVOT 1 – Portfolio risk"
risk.merge_cells("A1:D1")
risk["A3"], risk["F3"] = "2a | Risk Tier Summary", "2c | PEP Clients"
risk.append(["Risk Tier", "# Clients", "% of Portfolio", "Avg Completeness %", "Audit Flags", "Risk Tier", "PEP Count",
             "Avg Completeness %", "Audit Flags"])
for k, tier in enumerate(["High", "Low", "Medium"]):
    of = [c for c in clients if c["risk_tier"] == tier]
    peps = [c for c in of if c["is_pep"]]
    avg = lambda cs: round(sum(c["completeness_score"] for c in cs) / len(cs), 1) if cs else None
    row = [tier, len(of), round(100 * len(of) / N, 1), avg(of), sum(c["audit_flag"] for c in of),
           tier, len(peps), avg(peps), sum(c["audit_flag"] for c in peps)]
    for j, v in enumerate(row):
        risk.cell(5 + k, 1 + j, v)
risk["A9"] = "2b | Risk Tier by Jurisdiction"
risk.append(["incorporation_jurisdiction", "High", "Low", "Medium", "TOTAL"])
jurs = sorted({c["incorporation_jurisdiction"] for c in clients})
for j in jurs:
    counts = [sum(1 for c in clients if c["incorporation_jurisdiction"] == j and c["risk_tier"] == t) for t in ("High", "Low", "Medium")]
    risk.append([j] + counts + [sum(counts)])
risk.append(["TOTAL"] + [sum(1 for c in clients if c["risk_tier"] == t) for t in ("High", "Low", "Medium")] + [N])
notes = ["💡 HOW TO READ THIS", "→ High-risk clients demand the most compliance resource – check they are complete first.",
         "→ Every PEP needs Enhanced Due Diligence documentation regardless of tier."]
for k, note in enumerate(notes):
    r = risk.max_row + 1
    risk.cell(r, 1, note)
    risk.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

rm = wb.create_sheet("06 RM Performance")
rm["A1"] = "PIVOT 5 – RM scorecard"
rm.merge_cells("A1:H1")
rm["A3"] = "6a | Full RM Performance Scorecard"
rm.append(["RM", "# Clients", "High Risk Clients", "Avg Completeness %", "Audit Flag Rate %", "Avg Doc Quality", "Overdue Reviews", "Rating"])
for name in sorted({c["relationship_manager"] for c in clients}):
    of = [c for c in clients if c["relationship_manager"] == name]
    flags = sum(c["audit_flag"] for c in of)
    rm.append([name, len(of), sum(c["risk_tier"] == "High" for c in of), round(sum(c["completeness_score"] for c in of) / len(of), 1),
               round(100 * flags / len(of), 1), round(f.r.uniform(2.5, 3.6), 2), sum(c["days_since_last_update"] > 1000 for c in of),
               "✔ Good" if flags / len(of) < 0.5 else "⚠ Adequate"])

summary = wb.create_sheet("10 Insight Summary")
summary["A1"] = "KYC Documentation Quality – Executive Summary"
summary["A2"] = f"Synthetic dataset  |  {N} Clients  |  Dutch & Canadian Markets"
summary.merge_cells("A1:D1")
summary.merge_cells("A2:D2")
flags = sum(c["audit_flag"] for c in clients)
summary["A4"], summary["B4"], summary["C4"], summary["D4"] = f"{N:,}", str(flags), "1,204", "61%"
summary["A5"], summary["B5"], summary["C5"], summary["D5"] = "Total Clients", f"Audit Flags ({round(100 * flags / N)}%)", "Expired Documents", "Cases Closed"
summary.append([])
summary.append(["Priority", "Finding", "What It Means", "Recommended Action"])
summary.append([" CRITICAL", f"{flags} clients flagged for audit", "Completeness below 90 % or an overdue periodic review.", "Prioritise the flagged high-risk clients."])
summary.append([" HIGH", "Expired documents across the portfolio", "Outdated KYC information is not valid evidence.", "Launch a document refresh campaign."])
save(wb, "kyc-en-nl-pivots.xlsx")
