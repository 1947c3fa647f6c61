"""
Shape of Kulpreet21/ExposysDataLabs Customer_Data.xlsx (commit
96a68f83160e997330336edcf923d03323466f84): a data-science internship's customer-segmentation input
(the well-known mall customers table), one sheet "Mall_Customers", plain header CustomerID (1…200)
/ Gender / Age / Annual Income (k$) / Spending Score (1-100). Rows sorted by income, no names,
contacts or dates: an anonymous clustering data set (not client data). Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-mallsegments")
wb = workbook()
ws = wb.active
ws.title = "Mall_Customers"
ws.append(["CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)"])
incomes = sorted(f.r.randrange(15, 138) for _ in range(200))
for i, inc in enumerate(incomes, 1):
    if inc < 40 or inc > 70:
        score = f.pick([f.r.randrange(1, 40), f.r.randrange(60, 100)])
    else:
        score = f.r.randrange(35, 62)
    ws.append([i, "Female" if f.chance(0.56) else "Male", f.r.randrange(18, 71), inc, score])
save(wb, "customers-en-mallsegments.xlsx")
