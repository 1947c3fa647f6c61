"""
Shape of GibsonFu/xolairmmp "Xolair MMP .xls" (at commit 9f49c77): a pharmaceutical rep team's key-account
plan template for one asthma drug, Excel 97-2003 (繁體 with English headers), one sheet 工作表2 and no plan filled
in yet. A two-row header, every column merged over both rows but the competitor block: Team / PSR / Customer /
Customer Tier / HCP / 科別 / 職稱 / HCP Tier / Customer Relationship(拉選) / Adoption Ladder(拉選) / 月病人量 /
Current Status / Severe asthma P't % / Severe asthma P't No. (自動換算, with a run of spaces inside) / Xolair P't % /
Xolair P't No (自動換算). / Competitor Tracking over Dupixent, Fasenra, Nucala, Tezspire / competitor activity /
nurse support / Key barriers / Objectives / monthly call No / Action Plan; a hint row under it (CRM帶入 merged over
the first eight columns, 系統帶入 over the call count) and five empty formatted rows. No values to invent.
"""
from openpyxl.styles import Alignment, Border, Side

from fake import save, workbook

HEAD = ["Team", "PSR", "Customer", "Customer Tier", "HCP", "科別", "職稱", "HCP Tier", "Customer Relationship(拉選)",
        "Adoption Ladder(拉選)", "月病人量", "Current Status", "Severe asthma P't %",
        "Severe asthma P't No.                      (自動換算)", "Xolair P't %", "Xolair P't No       (自動換算).",
        "Competitor Tracking", None, None, None, "competitor activity", "nurse support", "Key barriers", "Objectives",
        "monthly call No", "Action Plan"]
wb = workbook()
ws = wb.active
ws.title = "工作表2"
ws.append(HEAD)
ws.append([None] * 16 + ["Dupixent", "Fasenra", "Nucala", "Tezspire"])
ws["A3"], ws["Y3"] = "CRM帶入", "系統帶入"
thin = Side(style="thin")
for row in ws.iter_rows(min_row=1, max_row=8, max_col=26):
    for cell in row:
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if cell.row <= 2:
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
for col in "ABCDEFGHIJKLMNOPUVWXYZ":
    ws.merge_cells(f"{col}1:{col}2")
ws.merge_cells("Q1:T1")
ws.merge_cells("A3:H3")
for col, width in {"I": 18.9, "J": 11.6, "M": 18.3, "N": 20.3, "O": 11.1, "P": 15, "Q": 8.6, "U": 10.3, "X": 12.2, "Z": 25.5}.items():
    ws.column_dimensions[col].width = width
save(wb, "accountplan-zh-tw-pharma.xls", libreoffice="xls")
