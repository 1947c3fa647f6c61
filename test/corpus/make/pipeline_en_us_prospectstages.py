"""
Shape of microsoftees/testWebSite "Prospects.xlsx" (commit eb4e9143): a small sales-prospect list
made in Excel for a demo web site, one sheet "Prospects", A1:D7, plain header on row 1, no title.

Header: ContractAmount / Probability / Name / Stage — the amount first, the company name third.
Six prospects: amounts as plain numbers (0 on a won deal), probability in whole percent
(100, 25, 0, 30, 60), company names, Stage Won / Lead / Lost / Opportunity. Column C widened.
Values invented (company names, amounts).
"""
from fake import save, workbook

ROWS = [(0, 100, "Harbourline Tiling", "Won"),
        (7500, 100, "Northbeam Inc", "Won"),
        (12000, 25, "Trailcrest Outfitters", "Lead"),
        (18000, 0, "Quillmore", "Lost"),
        (1500, 30, "Ardent Labs", "Lead"),
        (14000, 60, "Skyvale Cloud", "Opportunity")]

wb = workbook()
ws = wb.active
ws.title = "Prospects"
ws.append(["ContractAmount", "Probability", "Name", "Stage"])
for r in ROWS:
    ws.append(list(r))
ws.column_dimensions["C"].width = 16.57
save(wb, "pipeline-en-us-prospectstages.xlsx")
