"""
Shape of husnainkhalid/Office-Needs "data/client_pricing.xlsx" (commit
90300c7880b3262d3679f96f00927fcddc3dcb3c): a Pakistani surgical-instrument exporter's per-client
price list for its order tool, written by pandas/openpyxl (sheet "Pricing", no styles, no widths).

- A1:I49, header client_id, source_id, priority, code, price, currency, effective_from,
  effective_to, notes; 48 rows: two client codes (CLT-… of a US and a European buyer) with 24
  prices each, in two price sources SRC-1 (priority 1) and SRC-2 (priority 2) of 12 items each;
  item codes SI-nnnn (some priced for both buyers and in both sources), prices with two decimals,
  USD for one buyer and EUR for the other, effective_from "2025-01-01" as text on every row,
  effective_to and notes empty.
Values invented (client codes, item codes, prices).
"""
from fake import Fake, workbook, save

f = Fake("prices-en-pk-clientpricing")
wb = workbook()
ws = wb.active
ws.title = "Pricing"
ws.append(["client_id", "source_id", "priority", "code", "price", "currency", "effective_from", "effective_to", "notes"])
items = [f"SI-{n}" for n in f.r.sample(range(1000, 10000), 22)]
for client, cur in (("CLT-NORTHMED", "USD"), ("CLT-SURG-EU", "EUR")):
    for src, prio in (("SRC-1", 1), ("SRC-2", 2)):
        for code in f.r.sample(items, 12):
            ws.append([client, src, prio, code, round(f.r.uniform(2, 25), 2), cur, "2025-01-01", None, None])
save(wb, "prices-en-pk-clientpricing.xlsx")
