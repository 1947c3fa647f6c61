"""
Shape of chuang030/ExcelRaffleAddin "活頁簿1.xlsx" (at commit 3bd50db): a Taiwanese retail chain's
lucky-draw workbook, made in Excel for a raffle add-in. Sheet 總表 lists the customers in the draw
under a bold centred header with a filter on A1:D1 and the first row frozen: 地區 (北區 / 桃竹區 / 中區),
店面 (the store, rows in blocks per store), 客戶姓名, 訂購編號 (the order number, consecutive, one letter
per region) and 狀態 (0, or 1 for the one already drawn). Below the 55 customers, forty empty rows
keep the centred format. Sheet 抽獎畫面 (the active sheet) is the draw screen: a bordered block whose
header (序號, 地區, 店面, 客戶姓名, 訂購編號) sits on row 16 and whose ten rows below hold only a formula
numbering the winners, empty until the draw. Values invented (the original holds the chain's real
customers). Written by openpyxl, then saved by LibreOffice, which caches the formulas' empty results
as Excel did.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Alignment, Border, Font, Side

f = Fake("customers-zh-tw-raffle")

STORES = [("北區", "新莊店", 7), ("北區", "泰山店", 2), ("北區", "土城店", 5), ("北區", "蘆洲店", 6), ("北區", "長安店", 4),
          ("北區", "天母店", 8), ("北區", "內湖店", 4), ("北區", "撫遠店", 1), ("桃竹區", "林口店", 2), ("桃竹區", "桃園店", 2),
          ("桃竹區", "中壢店", 1), ("桃竹區", "竹北店", 1), ("中區", "台中店", 2), ("中區", "豐原店", 1), ("中區", "太順店", 1),
          ("中區", "復興店", 2), ("中區", "中清店", 6)]

rows = []
north = 59170
central = 81017
for region, store, n in STORES:
    for _ in range(n):
        if region == "中區":
            order = f"B{central:06d}"
            central += 1
        else:
            order = f"A{north:06d}"
            north += 1
        rows.append([region, store, f.name_tw(), order, 0])
rows[6][4] = 1  # the one already drawn

center = Alignment(horizontal="center")
wb = workbook()
ws = wb.active
ws.title = "總表"
ws.append(["地區", "店面", "客戶姓名", "訂購編號", "狀態"])
for cell in ws[1]:
    cell.font = Font(bold=True)
    cell.alignment = center
for row in rows:
    ws.append(row)
for r in range(2, len(rows) + 2):
    for c in range(1, 5):
        ws.cell(r, c).alignment = center
for r in range(len(rows) + 2, 98):
    ws.cell(r, 3).alignment = center  # empty rows that keep the centred format
ws.auto_filter.ref = "A1:D1"
ws.freeze_panes = "A2"
for col, width in {"A": 9.0, "C": 16.0, "D": 14.0, "E": 9.0}.items():
    ws.column_dimensions[col].width = width

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ds = wb.create_sheet("抽獎畫面")
ds["D8"].border = box
for c, text in enumerate(["序號", "地區", "店面", "客戶姓名", "訂購編號"], start=2):
    cell = ds.cell(16, c, text)
    cell.font = Font(bold=True, size=12)
    cell.border = box
    cell.alignment = center
for r in range(17, 27):
    ds.cell(r, 2, f'=IF(C{r}<>"",ROW(C{r})-ROW(C$17)+1,"")')
    for c in range(2, 7):
        ds.cell(r, c).border = box
        ds.cell(r, c).font = Font(size=12)
        ds.cell(r, c).alignment = center
ds.column_dimensions["E"].width = 14.375
wb.active = 1

save(wb, "customers-zh-tw-raffle.xlsx", libreoffice="xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)
