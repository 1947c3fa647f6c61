"""
Shape of IsmulAzamMadani/CRM-Analysis-Dashboard-Maven-Computer "sales_pipeline.xlsx" (at commit
9b51fa6): a computer-hardware seller's CRM opportunities exported to Excel, one sheet
"sales_pipeline", snake_case headers in row 1 (opportunity_id / sales_agent / product / account /
deal_stage / engage_date / close_date / close_value), no title, no styles, no widths. Every row is
one deal: an 8-character code, the sales agent (a handful of agents on hundreds of rows), one of
seven product names, the account (a company; about one deal in six has none yet), the stage (Won,
Lost, Engaging, Prospecting), the engage date (blank on prospecting deals), the close date and
close value (only on won and lost deals; a lost deal's value is 0). Dates are real dates shown
mm-dd-yy. A person imports the deals into the pipeline, each account becoming a client; a deal
with no account names no client. Values invented.
"""
import datetime
import string

from fake import Fake, save, workbook

f = Fake("pipeline-en-us-maven")

AGENTS = ["Marla Quenby", "Dorian Vantrell", "Hollis Brackwater", "Petra Lindgaard", "Selwyn Mortlake",
          "Ines Carrowmore", "Tobias Rendle", "Wilma Osgrove", "Caspar Thirlby", "Odette Fairhurst",
          "Rufus Kettleby", "Junia Ashcombe"]
PRODUCTS = [("GTX Basic", 550), ("GTX Plus Basic", 1100), ("GTXPro", 4800), ("MG Special", 55),
            ("MG Advanced", 3400), ("GTX Plus Pro", 5400), ("GTK 500", 26000)]
ACCOUNTS = ["Brightmoor Systems", "Calderon Freight", "Dunwick Labs", "Elmstead Holdings", "Farrowgate",
            "Glenholt Medical", "Harbourline", "Ivybridge Retail", "Junipero Tech", "Kestrel-Works",
            "Larchmont Energy", "Meridale Finance", "Northgrove", "Oakhollow Foods", "Pellmarsh Co",
            "Quarrystone", "Rivenhall Media", "Saltmarsh Telecom", "Thornbury Group", "Umberfield",
            "Vantor Capital Partners", "Westerleigh", "Yarrowdale", "Zephyr-Loop", "Ashcroft Biotech",
            "Bramblecote", "Cinderford Inc", "Dovecote Software", "Emberlane", "Foxhollow Corporation"]
WEIGHTS = [f.r.randint(2, 30) for _ in ACCOUNTS]


def code():
    return f._unique(lambda: "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(8)))


rows = []
start = datetime.date(2016, 10, 20)
for i in range(640):
    agent = AGENTS[min(int(f.r.expovariate(0.25)), len(AGENTS) - 1)]
    product, price = f.pick(PRODUCTS)
    roll = f.r.random()
    stage = "Won" if roll < 0.48 else "Lost" if roll < 0.76 else "Engaging" if roll < 0.94 else "Prospecting"
    account = f.r.choices(ACCOUNTS, weights=WEIGHTS)[0]
    if stage == "Engaging" and f.chance(0.66) or stage == "Prospecting" and f.chance(0.7):
        account = None
    engage = None if stage == "Prospecting" else start + datetime.timedelta(days=f.r.randrange(0, 430))
    close = value = None
    if stage in ("Won", "Lost"):
        close = engage + datetime.timedelta(days=f.r.randrange(1, 138))
        value = 0 if stage == "Lost" else int(price * f.r.uniform(0.9, 1.12))
    rows.append([code(), agent, product, account, stage,
                 datetime.datetime.combine(engage, datetime.time()) if engage else None,
                 datetime.datetime.combine(close, datetime.time()) if close else None, value])
# The export lists the deals roughly by engage date, the prospecting deals (no date) last by agent.
rows.sort(key=lambda r: (r[5] is None, r[5] or datetime.datetime.min, r[1] if r[5] is None else ""))

wb = workbook()
ws = wb.active
ws.title = "sales_pipeline"
ws.append(["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date",
           "close_value"])
for row in rows:
    ws.append(row)
for r in range(2, ws.max_row + 1):
    for c in (6, 7):
        ws.cell(r, c).number_format = "mm-dd-yy"
save(wb, "pipeline-en-us-maven.xlsx")

if __name__ == "__main__":
    import collections
    import os
    if os.environ.get("SHOW"):
        print(len(rows), collections.Counter(r[4] for r in rows))
        print("with account", sum(1 for r in rows if r[3]), "accounts", len({r[3] for r in rows if r[3]}))
        for row in rows[:5] + rows[-5:]:
            print(row)
