"""
Shape of ikhsanRhamadhan/Python "data_pelanggan.xlsx" (commit 1795f03c18cfee2dffd0377c641f4b69b4c54cd6):
an Indonesian Python course's generated "customer data" for a loyalty classifier, written by pandas.
One sheet "data_pelanggan", plain header umur / pendapatan / pembelian_tahunan / loyalitas: 100 rows
of age (20-60), income (millions), purchases per year (1-10) and "Loyal" / "Tidak Loyal" (about 30/70).
No name, id or contact on any row. Numbers invented. A person imports nothing: it is a feature table
for a model, not a list of customers.
"""
from fake import Fake, save, workbook

f = Fake("features-id-id-loyaltydataset")
wb = workbook()
ws = wb.active
ws.title = "data_pelanggan"
for c, h in enumerate(["umur", "pendapatan", "pembelian_tahunan", "loyalitas"], 1):
    ws.cell(1, c, h)
for r in range(2, 102):
    age, income, buys = f.r.randint(20, 60), f.r.randint(20, 150), f.r.randint(1, 10)
    loyal = "Loyal" if (buys >= 7 and income > 60 and f.chance(0.8)) or f.chance(0.08) else "Tidak Loyal"
    for c, v in enumerate([age, income, buys, loyal], 1):
        ws.cell(r, c, v)
save(wb, "features-id-id-loyaltydataset.xlsx")
