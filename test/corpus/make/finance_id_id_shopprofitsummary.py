"""
Shape of Bayyykr/KaruniaStoreRepo "data_karyawan.xlsx" (commit 10cb8c1fb669a89f8b42d2dc16b0d637b1531233):
a file named "staff data" that a small Indonesian shop's Java desktop app (Apache POI) wrote as its
finance report. One sheet "Laporan Data": the bold centred title "LAPORAN DATA KEUNGAN" (sic) merged
over A1:E1, "Tanggal Laporan: <Java date string> WIB 2025" merged over A3:E3 with a thin border, a
bold centred grey header No / Keterangan / Total on row 5, then three bordered rows numbered 1.0-3.0:
Pemasukan (income), Pengeluaran (spending, "- Rp. …"), Laba (profit), the totals as text
"Rp. 96,800,000". Column widths 8 / 20 / 15. Amounts invented. A three-line profit summary: not
client data, and nothing in it names a person.
"""
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from fake import save, workbook

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = workbook()
ws = wb.active
ws.title = "Laporan Data"
ws.column_dimensions["A"].width = 8
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 15
ws.merge_cells("A1:E1")
ws["A1"] = "LAPORAN DATA KEUNGAN"
ws["A1"].font = Font(bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:E3")
ws["A3"] = "Tanggal Laporan: Tue May 27 10:59:01 WIB 2025"
ws["A3"].border = box
for c, h in enumerate(["No", "Keterangan", "Total"], 1):
    cell = ws.cell(5, c, h)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center")
    cell.fill = PatternFill("solid", fgColor="C0C0C0")
    cell.border = box
for r, (n, what, total) in enumerate([(1.0, "Pemasukan", "Rp. 58,400,000"), (2.0, "Pengeluaran", "- Rp. 3,150,000"),
                                      (3.0, "Laba", "Rp. 55,250,000")], 6):
    for c, v in enumerate([n, what, total], 1):
        ws.cell(r, c, v).border = box
save(wb, "finance-id-id-shopprofitsummary.xlsx")
