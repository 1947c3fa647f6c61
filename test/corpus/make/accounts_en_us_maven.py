"""
Shape of IsmulAzamMadani/CRM-Analysis-Dashboard-Maven-Computer "accounts.xlsx" (at commit 9b51fa6):
the same hardware seller's account list, one sheet "accounts", snake_case headers in row 1 (account /
sector / year_established / revenue / employees / office_location / subsidiary_of), no title, no
styles. One row per company in alphabetical order (one name in lower case sorted last); the sector a
lower-case word, misspelt as the CRM holds it (technolgy); the year a number; revenue in millions of
USD with two decimals (the unit is only in the workbook's data dictionary); employees a number;
the headquarters' country (mostly United States, one Philipines); the parent company's name on about
one row in six. A person imports every account as an enterprise client. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("accounts-en-us-maven")

ACCOUNTS = ["Ashcroft Biotech", "Bramblecote", "Brightmoor Systems", "Calderon Freight", "Cinderford Inc",
            "Dovecote Software", "Dunwick Labs", "Elmstead Holdings", "Emberlane", "Farrowgate", "Foxhollow Corporation",
            "Glenholt Medical", "Harbourline", "Ivybridge Retail", "Junipero Tech", "Kestrel-Works", "Larchmont Energy",
            "Meridale Finance", "Northgrove", "Oakhollow Foods", "Pellmarsh Co", "Quarrystone", "Rivenhall Media",
            "Saltmarsh Telecom", "Thornbury Group", "Umberfield", "Vantor Capital Partners", "Westerleigh", "Yarrowdale",
            "Zephyr-Loop", "Alderbrook Staffing", "Birchfield Games", "Copperleaf Ads", "Driftwood Studios",
            "Eastmere Clinics", "Fernvale Markets", "Goldcrest Talent", "Hollybank Pharmacy", "Inkwell Promotions",
            "quillstone"]
SECTORS = ["retail"] * 8 + ["technolgy"] * 6 + ["medical"] * 6 + ["marketing"] * 4 + ["finance"] * 4 + ["software"] * 4 + \
          ["entertainment"] * 3 + ["telecommunications"] * 3 + ["services"] * 2 + ["employment"] * 2
COUNTRIES = ["Kenya", "Philipines", "Japan", "Italy", "Norway", "Korea", "Brazil"]

rows = []
for name in ACCOUNTS:
    employees = int(f.r.lognormvariate(7.3, 1.1)) + 9
    revenue = round(employees * f.r.uniform(0.12, 0.7), 2)
    country = f.pick(COUNTRIES) if f.chance(0.17) else "United States"
    rows.append([name, f.pick(SECTORS), f.r.randrange(1979, 2018), revenue, employees, country, None])
parents = [r[0] for r in rows[:12] if r[4] > 1500][:5]
for row in rows:
    if row[0] not in parents and f.chance(0.18):
        row[6] = f.pick(parents)

wb = workbook()
ws = wb.active
ws.title = "accounts"
ws.append(["account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of"])
for row in rows:
    ws.append(row)
save(wb, "accounts-en-us-maven.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in rows:
            print(row)
