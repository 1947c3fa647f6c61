"""
Shape of 353885933/keyword-match-api "客户.xlsx" (commit acfab84304638ed9af660ad300fe1da2f2aad9ed): a
mainland cross-border seller's Amazon sponsored-products search-term report, saved under the name
客户 ("customers"), one sheet "商品推广_搜索词_报告", A1:H4989.

- Row 1: 客户搜索词 展示量 点击量 点击率(CTR) 每次点击成本(CPC) 花费 7天总销售额 ACOS. One row per
  search term shoppers typed (English phrases about no-drill zebra blinds, some ASINs like
  b0bddh96qh), sorted by impressions; CTR as a percentage with four decimals, money as
  "[$$-E]#,##0.00"; 7-day sales 0 on most rows; ACOS empty on every row; CTR empty where there
  were no impressions.
The 客户 in the header is the shopper who typed the term: no customer is named. Nothing to import.
300 rows here (4988 in the original); numbers invented.
"""
from fake import Fake, workbook, save

f = Fake("ads-zh-cn-blindsearchterms")
wb = workbook()
ws = wb.active
ws.title = "商品推广_搜索词_报告"
ws.append(["客户搜索词", "展示量", "点击量", "点击率(CTR)", "每次点击成本(CPC)", "花费", "7天总销售额", "ACOS"])
HEAD = ["no drill", "zebra", "cordless", "blackout", "light filtering", "no screw", "tension", "vinyl", "day and night", ""]
ITEM = ["blinds", "shades", "roller shades", "zebra blinds", "window shades", "blinds for windows", "mini blinds"]
TAIL = ["", "", "for windows", "for bedroom", "for home", "36 inch", "48 inch wide", "84 w inch", "no tools",
        "for rv", "bedroom windows"]
seen = set()
terms = []
while len(terms) < 300:
    if f.chance(0.06):
        t = "b0" + "".join(f.pick("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(8))
    else:
        t = " ".join(p for p in [f.pick(HEAD), f.pick(ITEM), f.pick(TAIL)] if p)
    if t not in seen:
        seen.add(t)
        terms.append(t)
imps = sorted((int(180000 * (0.93 ** i)) if i < 60 else f.r.randrange(0, 40) for i in range(300)), reverse=True)
for i, (t, imp) in enumerate(zip(terms, imps)):
    clicks = max(1, int(imp * f.r.uniform(0.004, 0.014))) if imp > 50 else f.r.randrange(1, 3)
    cpc = round(f.r.uniform(0.45, 2.1), 2)
    spend = round(clicks * cpc, 2)
    sales = round(spend * f.r.uniform(0.8, 3.5), 2) if (i < 40 and f.chance(0.8)) or f.chance(0.03) else 0
    r = i + 2
    ws.cell(r, 1, t)
    ws.cell(r, 2, imp).number_format = "0"
    ws.cell(r, 3, clicks).number_format = "0"
    if imp:
        ws.cell(r, 4, clicks / imp)
    ws.cell(r, 4).number_format = "#,##0.0000%"
    ws.cell(r, 5, round(spend / clicks, 14)).number_format = "[$$-E]#,##0.00"
    ws.cell(r, 6, spend).number_format = "[$$-E]#,##0.00"
    ws.cell(r, 7, sales).number_format = "[$$-E]#,##0.00"
    ws.cell(r, 8).number_format = "#,##0.0000%"
for col, w in {"A": 48.875, "B": 8.04, "C": 5.71, "D": 11.53, "E": 15.01, "F": 19.10, "H": 32.375, "I": 21.0}.items():
    ws.column_dimensions[col].width = w
save(wb, "ads-zh-cn-blindsearchterms.xlsx")
