"""
Shape of Sherlyamelia/Minggu-3 "nasabah.xlsx" (commit e5ccd8115528ed6babbe5042905c89f98de82a00): the
toy table of an Indonesian machine-learning course's clustering exercise (week 3), named "nasabah"
(bank customers). Sheet "Sheet1", plain header Nama / Gaji (Juta) / Nilai asset (x 100 Juta) /
Jumlah kendaraan; nine rows whose "name" is a letter A … I, with salary in millions of rupiah,
assets in hundreds of millions and number of vehicles as small integers 1-5. Two empty sheets
"Sheet2" and "Sheet3". Numbers invented. The rows are points for a k-means example, not customers
anyone can be told apart by: a person imports nothing.
"""
from fake import Fake, save, workbook

f = Fake("features-id-id-nasabahclustering")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["B"].width = 9.86
ws.column_dimensions["C"].width = 20.71
ws.column_dimensions["D"].width = 17.29
for c, h in enumerate(["Nama", "Gaji (Juta)", "Nilai asset (x 100 Juta)", "Jumlah kendaraan"], 1):
    ws.cell(1, c, h)
for i, letter in enumerate("ABCDEFGHI"):
    ws.cell(i + 2, 1, letter)
    ws.cell(i + 2, 2, f.r.randint(1, 5))
    ws.cell(i + 2, 3, f.r.randint(1, 5))
    ws.cell(i + 2, 4, 3 if i < 4 else (2 if i < 6 else 1))
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "features-id-id-nasabahclustering.xlsx")
