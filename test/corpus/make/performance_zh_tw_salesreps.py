"""
Shape of roberthsu2003/workflow-productivity "儲存與重複使用AI提示詞/業績報表自動分析原始檔/銷售業績範例_進階版.xlsx" (at
commit f1bc3b90ce1bb0da19e53b861ebc94d8360d5f1f): a Taiwanese sales team's yearly performance workbook from an
office-AI course (written by openpyxl, formulas without cached results), two sheets:
- 銷售明細: the title 2024年度　業務員產品別月度銷售明細表 merged over A1:AN1; a group row 2 (基本資料 over A:C,
  A產品（家電） over D:O, B產品（3C） over P:AA, C產品（日用品） over AB:AM, 個人合計 in AN), the header on row 3
  (業務員 / 部門 / 區域 / 1月…12月 three times / 全年合計); eight salespeople (北區業務, 南區業務, 中區業務, 東區業務;
  區域 北/南/中/東) with monthly sales as numbers under #,##0 and =SUM() for the year; a 月合計 row merged over A:C
  with a =SUM() under every month.
- 年度比較摘要: the title 2023 vs 2024　業務員年度業績比較摘要 merged over A1:J1, the header on row 2 (業務員 / 部門 /
  2023全年業績 / 2024全年業績 / 成長金額 / 成長率 / A產品佔比 / B產品佔比 / C產品佔比 / 綜合評級), one row per
  salesperson: last year's total typed in, this year's taken from 銷售明細!AO (an empty column: the totals are in
  AN), growth, shares and a star rating by formula; an empty row and a footnote on the rating merged over A12:J12.
Values invented: the salespeople's names and every amount.
"""
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("performance-zh-tw-salesreps")
TEAMS = [("北區業務", "北"), ("北區業務", "北"), ("南區業務", "南"), ("南區業務", "南"), ("中區業務", "中"), ("中區業務", "中"),
         ("東區業務", "東"), ("東區業務", "東")]
reps = [f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)) for _ in TEAMS]
wb = workbook()
ws = wb.active
ws.title = "銷售明細"
ws["A1"] = "2024年度\u3000業務員產品別月度銷售明細表"
ws.merge_cells("A1:AN1")
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
for ref, text, span in [("A2", "基本資料", "A2:C2"), ("D2", "A產品（家電）", "D2:O2"), ("P2", "B產品（3C）", "P2:AA2"),
                        ("AB2", "C產品（日用品）", "AB2:AM2"), ("AN2", "個人合計", None)]:
    ws[ref] = text
    if span:
        ws.merge_cells(span)
months = [f"{m}月" for m in range(1, 13)]
header = ["業務員", "部門", "區域"] + months * 3 + ["全年合計"]
for c, text in enumerate(header, start=1):
    ws.cell(3, c, text)
dark, mid = PatternFill("solid", fgColor="FF1F4E79"), PatternFill("solid", fgColor="FF2F5496")
for c in range(1, 41):
    for r, fill in ((2, dark), (3, mid)):
        cell = ws.cell(r, c)
        cell.fill = fill
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center")
for i, ((dept, area), rep) in enumerate(zip(TEAMS, reps)):
    r = 4 + i
    ws.cell(r, 1, rep)
    ws.cell(r, 2, dept)
    ws.cell(r, 3, area)
    for k, base in enumerate([f.r.randrange(120, 380), f.r.randrange(100, 300), f.r.randrange(90, 240)]):
        for m in range(12):
            cell = ws.cell(r, 4 + k * 12 + m, int(base * f.r.uniform(0.8, 1.2)) * 1000)
            cell.number_format = "#,##0"
    ws.cell(r, 40, f"=SUM(D{r}:AM{r})").number_format = "#,##0"
ws["A12"] = "月合計"
ws.merge_cells("A12:C12")
for c in range(4, 41):
    col = get_column_letter(c)
    ws.cell(12, c, f"=SUM({col}4:{col}11)").number_format = "#,##0"
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 12
ws.column_dimensions["C"].width = 5
for c in range(4, 40):
    ws.column_dimensions[get_column_letter(c)].width = 9
ws.column_dimensions["AN"].width = 13

ws2 = wb.create_sheet("年度比較摘要")
ws2["A1"] = "2023 vs 2024\u3000業務員年度業績比較摘要"
ws2.merge_cells("A1:J1")
ws2["A1"].font = Font(bold=True, size=14)
ws2.append(["業務員", "部門", "2023全年業績", "2024全年業績", "成長金額", "成長率", "A產品佔比", "B產品佔比", "C產品佔比", "綜合評級"])
for c in range(1, 11):
    ws2.cell(2, c).font = Font(bold=True, color="FFFFFFFF")
    ws2.cell(2, c).fill = dark
for i, ((dept, _), rep) in enumerate(zip(TEAMS, reps)):
    r, src = 3 + i, 4 + i
    ws2.append([rep, dept, f.r.randrange(35, 100) * 100000, f"=銷售明細!AO{src}", f"=D{r}-C{r}",
                f'=IF(C{r}=0,"-",D{r}/C{r}-1)', f'=IF(D{r}=0,"-",SUMPRODUCT(銷售明細!D{src}:O{src})/D{r})',
                f'=IF(D{r}=0,"-",SUMPRODUCT(銷售明細!P{src}:AA{src})/D{r})',
                f'=IF(D{r}=0,"-",SUMPRODUCT(銷售明細!AB{src}:AM{src})/D{r})',
                f'=IF(F{r}>=0.1,"★★★ 優秀",IF(F{r}>=0,"★★ 達標",IF(F{r}>=-0.1,"★ 待改善","✗ 需輔導")))'])
    for c, fmt in zip(range(3, 10), ["#,##0", "#,##0", "#,##0", "0.0%", "0.0%", "0.0%", "0.0%"]):
        ws2.cell(r, c).number_format = fmt
ws2["A12"] = "※ 綜合評級標準：成長率≥10% → ★★★優秀；0%～10% → ★★達標；-10%～0% → ★待改善；<-10% → ✗需輔導"
ws2.merge_cells("A12:J12")
for col, width in zip("ABCDEFGHIJ", [10, 12, 16, 16, 14, 10, 12, 12, 12, 14]):
    ws2.column_dimensions[col].width = width
wb.properties.creator = "openpyxl"
save(wb, "performance-zh-tw-salesreps.xlsx")
