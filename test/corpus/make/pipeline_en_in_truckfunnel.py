"""
Shape of GeorgeBirla/Product-Report "LATEST FUNNEL.xlsx" (at commit 8770db9163c5564991819aafc27f71cbbe30c1d0):
the sales funnel two branches of a truck dealership (Villupuram and Pondicherry) report to the maker, a
different workbook of the same repository as visits-en-in-truckdealercalls. Saved by Excel: one sheet
"Sheet1", a grey header row 1 (not bold) with 20 columns: Dealer Name, Customer Name, Segment (column
squeezed to 0.6 wide), V-Part (the variant code), Stage (L2 / L3), Quantity, RYG (Y / G / B), Finance,
Support Required (empty), 'LLOS (Y / N)', 'Pricing (Open / Closed)' (Open / OPEN / Closed / CLOSED /
DEFFERED), 'Docs (Y/N)', 'Approval (Y/N)', 'DO (Y/N)', 'Payment (Y/N)', Expected Pmt Date and Expected
Retail Date (empty, columns two characters wide), C2D (empty), C2C (the price in lakh: 39.6, 23.91) and
Remarks. 19 deals, customers in capitals with initials ('N.BALASUBRAMANIYAN', 'K. K. LOGISTICS'), one
customer with two deals (the second deferred, no price), one deal with only name, segment, variant,
stage and quantity. A person imports the 19 deals into the pipeline (customer, stage, price) and makes a
client per customer (18). Values invented.
"""
from fake import save, workbook
from openpyxl.styles import PatternFill

V, P = "TVS Mobility-Villupuram", "TVS Mobility-Pondicherry"
ROWS = [
    (V, "N.BALAKRISHNAN", "10X2 MAV", "CHC422030C0008", "L2", 1, "Y", "SFL/Yes Bank", None, "N", "Closed", None, None, None, None, 39.6, None),
    (P, "P PARTHASARATHY", "10X2 MAV", "CHC482530C0002", "L3", 1, "G", "HDFC", None, "N", "CLOSED", "Y", "N", "N", "N", 43.5, None),
    (V, "A.R.FUEL SERVICES", "4X2 FF HAULAGE", "CDF1920POC0001", "L2", 1, "Y", None, None, "N", "Open", None, None, None, None, 23.91,
     "Customer budget is high so he is moving to 12 KL ICV"),
    (V, "RAGHUNATHAN.K", "10X2 MAV", "CHC422030C0008", "L2", 1, "Y", None, None, "N", "Open", None, None, None, None, 40.6,
     "Bought new truck so planning next month"),
    (P, "S PADMAVATHI", "4X2 FF HAULAGE", "CHC1920POC0002", "L3", 1, "G", "SFL", None, "N", "CLOSED", "N", "N", "N", "N", 23.5,
     "Awaiting for tender confirmation"),
    (V, "VASANTHAMALAR", "4X2 FF HAULAGE", "CDH1920POC0002", "L3", 1, "G", "KVB", None, "N", "Closed", "Y", "N", "N", None, 23.5,
     "This week payment"),
    (P, "N SELVARAJAN", "6X2 MAV", "CHC2820POC0001", "L2", 1, "Y", "CANARA", None, "N", "CLOSED", "N", "N", "N", "N", 32.5,
     "Finance Cibil issue"),
    (P, "S THIRUNAVUKKARASU", "4X2 FF HAULAGE", "CDF192020C0002", "L3", 1, "Y", "SFL", None, "N", "CLOSED", "Y", "N", "N", "N", 24.7,
     "2 Nos Due pending so negotiating with SFL"),
    (V, "R.KALAIVANI", "4X2 FF HAULAGE", "CDH192033C0003", "L2", 1, "Y", "IBL", None, "N", "Open", "Y", "Y", None, None, 23,
     "IP Not Available"),
    (P, "S NANDHINI", "4X2 FF HAULAGE", "CDH1920POC0002", "L3", 1, "G", "SFL", None, "N", "CLOSED", "Y", "N", "N", "N", 23.5,
     "Waiting for tender approval"),
    (V, "ARK LOGISTICS", "6X2 MAV", "CHC282032C0010", "L3", 1, "Y", "HDFC", None, "Y", "Open", "N", "N", "N", "N", 29.65,
     "Under discussion "),
    (P, "M. R. LOGISTICS", "8X2 MAV", "CHU352026C0010", "L3", 2, "G", None, None, "N", "CLOSED", "Y", "N", "N", "N", 37.5, None),
    (P, "M. R. LOGISTICS", "10X2 MAV", "CHC422030C0008", "L3", 1, "B", None, None, None, "DEFFERED", None, None, None, None, None,
     "Postponed to next 2 months"),
    (V, "PALANISWAMY CONCRETE", "10X2 MAV", "CHC482530C0002", "L2", 1, "Y", "Yes Bank", None, "N", "Closed", "N", "N", "N", None,
     40.6, None),
    (V, "T.R.K.FUELS", "4X2 FF HAULAGE", "CDH1920POC0002", "L3", 1, "Y", "SFL", None, "N", "Open", "N", "N", None, None, 23.5,
     "Decision pending"),
    (V, "MOHAMMED ISMAIL SHERIFF", "10X2 MAV", "CHC422030C0008", "L2", 1, None, None, None, None, None, None, None, None, None, None,
     None),
    (P, "K PURUSHOTHAMA NAIDU", "4X2 FF HAULAGE", "CDF1920POC0001", "L3", 1, "Y", None, None, "N", "CLOSED", "Y", "N", "N", "N",
     23.5, "25K Advance received,Waiting for tender approval"),
    (V, "SARANYA ENVIRO TECH SYSTEM", "6X2 MAV", "CHU282024C0002", "L3", 1, "Y", None, None, "N", "OPEN", "N", "N", None, None, None,
     "Customer in outstation will meet and closed"),
    (P, "KANNAN NITHYANANDAN", "55T TRACTOR (6X4)", "CAU552506C0001", "L2", 1, "Y", None, None, None, "OPEN", None, None, None, None,
     36.5, "Decision awaitning "),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Dealer Name", "Customer Name", "Segment", "V-Part", "Stage", "Quantity", "RYG", "Finance", "Support Required",
           "LLOS (Y / N)", "Pricing (Open / Closed)", "Docs (Y/N)", "Approval (Y/N)", "DO (Y/N)", "Payment (Y/N)",
           "Expected Pmt Date", "Expected Retail Date", "C2D", "C2C", "Remarks"])
grey = PatternFill("solid", fgColor="FFC0C0C0")
for c in ws[1]:
    c.fill = grey
for r in ROWS:
    ws.append(list(r[:15]) + [None, None, None, r[15], r[16]])
for col, w in zip("ABCDEFGHIJKLMNOPQRST", [9.54, 30.9, 0.63, 16.54, 5.54, 7.45, 7.09, 7.18, 3.27, 8.09, 7.27, 5.18, 8.36,
                                          8.27, 13, 2.27, 2.18, 1.82, 5.82, 44.9]):
    ws.column_dimensions[col].width = w
save(wb, "pipeline-en-in-truckfunnel.xlsx")
