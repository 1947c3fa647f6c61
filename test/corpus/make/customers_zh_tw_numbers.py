"""
Shape of TinghanHu/Panda bank_data.xlsx, a workbook exported from Apple Numbers: a first sheet
輸出摘要 explaining the export (a long merged note, a three-column list of sheet names), then
customers_info and transactions, each with a merged title row "表格 1" above the header, text
formats on most cells, frozen panes and trailing empty formatted rows. Values invented.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, workbook, save

f = Fake("customers-zh-tw-numbers")
wb = workbook()
summary = wb.active
summary.title = "輸出摘要"
summary["B3"] = "此文件從 Numbers 輸出。已將每個表格轉換為不同的 Excel 工作表。每個 Numbers 工作表上的所有其他物件將放置在不同的工作表上。請注意，公式計算可能與 Excel 不同。"
summary.merge_cells("B3:D3")
summary["B3"].alignment = Alignment(wrap_text=True)
summary["B7"], summary["C7"], summary["D7"] = "Numbers 工作表名稱", "Numbers 表格名稱", "Excel 工作表名稱"
summary["B9"] = "customers_info"
summary["C10"], summary["D10"] = "表格 1", "customers_info"
summary["B11"] = "transactions"
summary["C12"], summary["D12"] = "表格 1", "transactions"
summary.column_dimensions["A"].width = 2
summary.column_dimensions["B"].width = 33.6

customers = wb.create_sheet("customers_info")
customers["A1"] = "表格 1"
customers.merge_cells("A1:G1")
customers["A1"].font = Font(bold=True)
for j, h in enumerate(["CustomerID", "Name", "Account", "Address"]):
    c = customers.cell(2, j + 1, h)
    c.number_format = "@"
people = []
for i in range(6):
    cid = f"C{i + 1:03d}"
    name = f.name_tw()
    people.append(cid)
    row = [cid, name, 10000 + f.r.randrange(89999), f.address_tw().split("區")[0] + "區"]
    for j, v in enumerate(row):
        c = customers.cell(3 + i, j + 1, v)
        c.number_format = "General" if j == 2 else "@"
for r in range(9, 24):
    for c in range(1, 5):
        customers.cell(r, c).number_format = "@"
customers.freeze_panes = "B3"
customers.column_dimensions["A"].width = 16.4

tx = wb.create_sheet("transactions")
tx["A1"] = "表格 1"
tx.merge_cells("A1:E1")
for j, h in enumerate(["CustomerID", "TransactionID", "Amount"]):
    tx.cell(2, j + 1, h).number_format = "@"
for i, cid in enumerate([people[1], people[3], people[4]]):
    tx.cell(3 + i, 1, cid).number_format = "@"
    tx.cell(3 + i, 2, f"T{f.r.randrange(100, 999)}").number_format = "@"
    tx.cell(3 + i, 3, f.r.randrange(1, 60) * 1000)
for r in range(6, 12):
    tx.cell(r, 1).number_format = "@"
tx.freeze_panes = "B3"
save(wb, "customers-zh-tw-numbers.xlsx")
