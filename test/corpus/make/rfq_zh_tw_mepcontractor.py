"""
Shape of a Taiwanese M&E contractor's blank request-for-quotation form, as h81213-hash/Project-cost-control keeps
it ("投標詢價(範本).xlsx", commit ee0b94a4d76edcc4cb7d3c8c82adfadda3706d41), the template its cost-control tool
fills and mails to suppliers.

- One sheet "投標-詢價單-空白", columns A:G with widths 5.5 / 27.5 / 9 / 8.75 / 7.5 / 15 / 20.
- A1:G1 the contractor's company name, A2:G2 '投標-詢價單', A3:G3 its phone and fax (' 電話:…  傳真:…' with two
  trailing line breaks), A4:G4 its address (leading spaces, trailing line breaks), A5:G5 'Mail:… 連絡人: … 小姐
  分機:…' — the sender's own contact block, each line merged across the form.
- Row 6 the addressee line left blank to fill: '致：' in A, '電話：' in C, '傳真：' in E.
- A7:G7 '工程名稱：…', A8:G8 '工程地點：…', A9:G9 '報價內容注意事項', A10:G10 and A11:G11 two numbered notes
  (real price with brand / model / discount in the remarks; reply by a date), all merged.
- Row 12 the item header 項次 / 品名/規格 / 單位 / 數量 / 單價 / 總價 / 備註 with thin borders, then rows 13–43
  bordered and empty (項次 as text, quantity and prices '#,##0_);[Red]\\(#,##0\\)').
Values invented: company, phones, address, e-mail, contact, project name and site, reply date.
A blank quotation form, no clients: a person imports nothing.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "投標-詢價單-空白"
for col, w in zip("ABCDEFGH", [5.5, 27.5, 9.125, 8.75, 7.5, 14.875, 19.75, 9.0]):
    ws.column_dimensions[col].width = w
top = [
    "宏昇機電工程股份有限公司",
    "投標-詢價單",
    " 電話:02-2790-0135  傳真:02-2790-0136\n\n",
    "   地址：114臺北市內湖區成功路四段88號7樓之3(科技園區B棟) \n\n ",
    "Mail:purchase@example.com 連絡人: 簡宜蓁 小姐  分機:215",
]
for r, text in enumerate(top, 1):
    ws.cell(r, 1, text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=r >= 3)
ws["A1"].font = Font(size=16, bold=True)
ws["A2"].font = Font(size=14, bold=True)
ws["A6"] = "致："
ws["C6"] = "電話："
ws["E6"] = "傳真："
notes = [
    "工程名稱：頂福案集合住宅新建工程",
    "工程地點：桃園市蘆竹區南崁段312地號等2筆",
    "報價內容注意事項",
    "1.請報實售價，並於備註欄位註明報價廠牌、型號及折數(廠牌煩請備註)",
    "2.懇請於2024年3月18日(一)前回覆報價",
]
for r, text in enumerate(notes, 7):
    ws.cell(r, 1, text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for c, h in enumerate(["項次", "品名/規格", "單位", "數量", "單價", "總價", "備註"], 1):
    cell = ws.cell(12, c, h)
    cell.border = box
    cell.alignment = Alignment(horizontal="center")
money = "#,##0_);[Red]\\(#,##0\\)"
for r in range(13, 44):
    for c in range(1, 8):
        cell = ws.cell(r, c)
        cell.border = box
        if c == 1 and r < 40:
            cell.number_format = "@"
        elif c in (4, 5, 6):
            cell.number_format = money
        elif c == 7 and r >= 40:
            cell.number_format = "0_);[Red]\\(0\\)"
save(wb, "rfq-zh-tw-mepcontractor.xlsx")
