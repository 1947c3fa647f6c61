"""
Shape of finnman81/FinTek "client_list2.csv": a founder's customer-discovery outreach tracker
for a field-service documentation tool, listing building-controls and HVAC service firms in the
US Mid-Atlantic as prospects, CSV, UTF-8, LF line ends, no newline after the last line.

- One header line of 36 columns: Company Name / Website / Vertical / Estimated Technicians /
  Revenue Tier Estimate / Geography / Contact Name / Title (Service Manager / Ops Manager / Tech /
  Owner) / LinkedIn URL / Email / Phone / Outreach Channel (LinkedIn / Email / Referral / Call) /
  Outreach Date / Response Status (No response / Booked / Declined / Completed) / then eighteen
  interview questions with their allowed answers in the header ("Do they offer recurring PM
  contracts? (Y/N)", "Perceived Documentation Chaos (1–5)", …) / Overall ICP Fit (1–10) /
  Notes (Key quotes).
- 21 prospects, filled only up to Outreach Channel ("LinkedIn" on every row); the interview
  columns, dates, statuses, fit and notes are all empty (trailing commas).
- Company names with abbreviations or a branch in brackets; websites often a deep link;
  Vertical "Controls / BAS", "HVAC-BAS hybrid" with remarks in brackets; "Estimate: 5-15" or
  "Unknown"; revenue "$10–30M (Estimate)" with en dashes; Geography usually quoted ("NJ + NY"),
  once an out-of-region city; a contact person with a title on most rows (titles with remarks
  "GM (per public LinkedIn snippet)", "Unknown (email on site)"), otherwise a company LinkedIn
  page, once "Service Desk / Main" as the title; e-mail on about half; phones as 000-000-0000,
  (000) 000-0000 or 800 numbers.
- One company name has an unquoted ", Inc." — that row has one field too many, so everything
  after the name sits one column to the right.
Values invented (US numbers in the 555-01xx block, e-mail and web domains under .test).
"""
import os

from fake import FILES, Fake

f = Fake("prospects-en-us-hvaccontrols")
QUESTIONS = [
    "Do they offer recurring PM contracts? (Y/N)", "24/7 service? (Y/N)", "Estimated callback rate (if shared)",
    "First-time fix rate (if shared)", "Avg time to onboard new tech (months)", "Where documentation lives (Free text)",
    "How techs access manuals (Free text)", "Current tools used (SharePoint / Egnyte / ServiceTitan / Paper / Mixed)",
    "Biggest service workflow friction (Free text)", "How troubleshooting knowledge is stored (Free text)",
    "Senior tech dependency risk (Low / Medium / High)", "Documentation fragmentation (Low / Medium / High)",
    "Perceived Documentation Chaos (1–5)", "Technician Enablement Gap (1–5)", "Knowledge Loss Risk (1–5)",
    "Openness to New Tooling (1–5)", "Estimated Willingness to Pay (Low / Medium / High)",
    "Would they pilot something? (Y/N/Maybe)", "Would they introduce you to others?", "Follow-up needed?"]
HEADER = ["Company Name", "Website", "Vertical", "Estimated Technicians", "Revenue Tier Estimate", "Geography",
          "Contact Name", "Title (Service Manager / Ops Manager / Tech / Owner)", "LinkedIn URL", "Email", "Phone",
          "Outreach Channel (LinkedIn / Email / Referral / Call)", "Outreach Date",
          "Response Status (No response / Booked / Declined / Completed)", *QUESTIONS, "Overall ICP Fit (1–10)",
          "Notes (Key quotes)"]
assert len(HEADER) == 36

# name, slug, web path, vertical, techs, revenue, geography (quoted?), contact, title, linkedin kind, email kind, phone style
P = [
    ("Chesapeake Controls Corporation (CCC)", "chesapeakecontrols", "/", "Controls / BAS", "Estimate: 8-20", "$10–30M (Estimate)",
     ("VA + MD + PA + DC + (site also mentions NC/DE/NJ)", True), "Dale Whitcomb", "Owner", "person", None, "dash"),
    ("Keystone Automation & Controls", "keystone-controls", "/", "Controls / BAS", "Estimate: 5-15", "$5–10M (Estimate)",
     ("MD + DC + Northern VA", True), "Trevor Ashby", "Vice President", "person", None, "dash"),
    ("Patapsco Solutions (PTS)", "patapsco-solutions", "/", "Controls / BAS", "Estimate: 5-15", "$5–10M (Estimate)",
     ("MD + DC + VA (DMV)", True), None, None, "company", None, "dash"),
    ("Red Clay Controls", "redclaycontrols", "/", "Controls / BAS", "Estimate: 5-15", "$5–10M (Estimate)",
     ("PA (Philadelphia) + multi-state installs (DE/PA/MD/NJ per prior notes)", True), "Lou Marchetti", "Manager", None, None, "paren"),
    ("Tidewater Air Concepts (Tridium Niagara / Vykon)", "4tac", "/tridium-niagara-experts/", "Controls / BAS (Niagara-focused)",
     "Estimate: 5-15", "$2–10M (Estimate)", ("MD (Baltimore + DC area)", True), "Gus Hallorann", "Owner", "person", None, "dash"),
    ("Meridian Systems", "meridian-sys", "", "Controls / BAS (Electrical + BAS)", "Estimate: 5-15", "$5–15M (Estimate)",
     ("DC + MD + VA", True), "Colin Ferrante", "Principal", "person", "info", "dash"),
    ("Trinity Electrical", "trinity-e7", "/building-automation/", "Controls / BAS (Electrical + BAS)", "Unknown",
     "$10–30M (Estimate)", ("Fort Worth TX (OUT-OF-REGION)", False), "Wade Pruitt", "President", "person", None, "paren"),
    ("Advanced Climate Controls", "advancedclimatecontrols", "/", "HVAC-BAS hybrid", "Estimate: 5-20", "$10–30M (Estimate)",
     ("NJ + Eastern PA + parts of NY", True), "Gerry Tallon", "President", None, None, "tollfree"),
    ("Garden State Controls", "gscbms", "/", "Controls / BAS", "Estimate: 5-15", "$5–15M (Estimate)", ("NJ", False),
     "Marco Bellisari", "President & COO", "person", "person", "dash"),
    ("Mechanical Service Group (MSG)", "msgnj", "/automation.php", "Controls / BAS", "Estimate: 8-20", "$10–30M (Estimate)",
     ("NJ + NY + PA", True), "Hal Brennan", "President", None, "service", "dash"),
    ("Unitherm (MDI)", "unitherminc", "/building-automation/", "HVAC-BAS hybrid", "Estimate: 8-20", "$10–30M (Estimate)",
     ("NJ + NY (site)", True), None, None, "company", None, "tollfree"),
    ("Energy Comfort Service (ECS)", "energycomfortservice", "/", "Controls / BAS", "Estimate: 8-20", "$10–30M (Estimate)",
     ("NJ + NY", True), "Dominic Bruni", "President / Chief Estimator", None, "person", "dash"),
    ("C & L Engineering", "candlengineeringinc", "/building-control-and-automation-systems", "HVAC-BAS hybrid",
     "Estimate: 5-15", "$5–15M (Estimate)", ("NJ + NY", True), "Joe Lombardo", "Unknown (email on site)", None, "person", "paren"),
    ("Vector Systems", "vectorsystemsllc", "/", "Controls / BAS", "Estimate: 5-15", "$5–15M (Estimate)",
     ("PA + NJ (2 offices)", True), None, None, "company", "info", "dash"),
    ("CPS Controls (Pittsburgh)", "pittsburgh.cps-controls", "/", "Controls / BAS", "Estimate: 5-15", "$5–15M (Estimate)",
     ("Pittsburgh PA", False), "Ray Colton", "GM (per public LinkedIn snippet)", None, "info", "dash"),
    ("McCrory Company (Service Controls)", "mccroryco", "/maintenance/controls", "HVAC-BAS hybrid (service controls)",
     "Estimate: 10-30", "$30–100M (Estimate)", ("PA", False), None, "Service Desk / Main", None, None, "tollfree-paren"),
    ("Duo Temp Company", "duotemp", "", "HVAC-BAS hybrid", "Estimate: 20-50", "$30–100M (Estimate)",
     ("PA + NJ + DE", True), None, None, "company", "info", "dash"),
    ("Schaeffer’s Mechanical", "schaeffersmechanical", "/hvac", "HVAC-BAS hybrid", "Estimate: 10-25", "$10–30M (Estimate)",
     ("NJ + Eastern PA", True), "Pat Schaeffer", "Owner / Managing Member (public listing)", None, None, "dash"),
    ("CK Comfort Temp", "ckcomforttemp", "/", "HVAC-BAS hybrid", "Estimate: 10-25", "$10–30M (Estimate)",
     ("NJ + PA + NYC", True), None, None, "company", "info", "tollfree"),
    ("Building Automation Partners, Inc.", "bap-dc", "/", "Controls / BAS", "Estimate: 5-15", "$2–10M (Estimate)",
     ("Lorton VA / DC Metro", False), None, None, "company", None, "dash"),
    ("ModernComfort", "moderncomfort", "/", "HVAC-BAS hybrid (large)", "Estimate: 50-120", "$30–100M+ (Estimate)",
     ("DE + PA + NJ + MD + DC + VA", True), None, None, "company", None, "dash"),
]
assert len(P) == 21


def q(s):
    return f'"{s}"'


def phone(style):
    a = f.r.randrange(201, 990)
    n = f"{f.r.randrange(100):02d}"
    return {"dash": f"{a}-555-01{n}", "paren": f"({a}) 555-01{n}", "tollfree": f"800-555-01{n}",
            "tollfree-paren": f"(877) 555-01{n}"}[style]


lines = [",".join(HEADER)]
for name, slug, path, vertical, techs, revenue, (geo, quoted), contact, title, li, mail, pstyle in P:
    domain = slug + ".test"
    site = f"https://{'' if slug.startswith('pittsburgh.') else 'www.'}{domain}{path}"
    if li == "person" and contact:
        linkedin = f"https://www.linkedin.com/in/{contact.lower().replace(' ', '-')}-{''.join(f.pick('0123456789abcdef') for _ in range(8))}/"
    elif li == "company":
        linkedin = q(f"https://www.linkedin.com/company/{slug.split('.')[0]}")
    else:
        linkedin = ""
    if mail == "person" and contact:
        email = f"{contact.split()[0][0].lower()}{contact.split()[-1].lower()}@{domain}"
    elif mail in ("info", "service"):
        email = f"{mail}@{domain}"
    else:
        email = ""
    fields = [name, site, vertical, techs, revenue, q(geo) if quoted else geo, contact or "",
              q(title) if (title and not contact) else (title or ""), linkedin, email, phone(pstyle), "LinkedIn"]
    fields += [""] * (36 - len(fields))
    lines.append(",".join(fields))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prospects-en-us-hvaccontrols.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines))
