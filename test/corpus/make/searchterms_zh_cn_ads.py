"""
Shape of 353885933/keyword-match-api 客户.xlsx: a workbook named 客户 ("customers") that holds an
Amazon sponsored-products search-term report (商品推广_搜索词_报告). One sheet, an autofilter over
A1:H, headers 客户搜索词 (the customer's search term) / 展示量 / 点击量 / 点击率(CTR) /
每次点击成本(CPC) / 花费 / 7天总销售额 / ACOS, rows sorted by impressions, percentages and dollar
formats on the figures, an ACOS column left empty, product ids (b0…) among the search words and
about one search term in six repeated. Nothing in it is about a client. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("searchterms-zh-cn-ads")
LEADS = ["no drill", "cordless", "blackout", "light filtering", "motorized", "outdoor", "bamboo", ""]
THINGS = ["zebra blinds", "zebra shades", "roller shades", "roman shades", "vinyl blinds", "blinds", "shades",
          "window blinds", "cellular shades"]
TAILS = ["", "", "for windows", "for indoor windows", "for bedroom", "no drill", "with inside mount brackets",
         "for windows cordless", "for home", "blackout"]


def term():
    if f.chance(0.04):
        return "b0" + "".join(f.pick("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(8))
    return " ".join(w for w in (f.pick(LEADS), f.pick(THINGS), f.pick(TAILS)) if w)


rows = []
for i in range(400):
    impressions = int(180000 / (1 + i) ** 1.15) + f.r.randrange(0, 3)
    clicks = max(1, int(impressions * f.r.uniform(0.002, 0.02))) if impressions > 5 else f.r.randrange(0, 2) or 1
    cpc = round(f.r.uniform(0.45, 2.1), 2)
    spend = round(clicks * cpc, 2)
    sales = round(spend * f.r.uniform(0.8, 3.5), 2) if f.chance(0.25) else 0
    rows.append([term(), impressions, clicks, clicks / impressions if impressions else None, cpc, spend, sales])

wb = workbook()
ws = wb.active
ws.title = "商品推广_搜索词_报告"
ws.append(["客户搜索词", "展示量", "点击量", "点击率(CTR)", "每次点击成本(CPC)", "花费", "7天总销售额", "ACOS"])
for row in rows:
    ws.append(row)
for r in range(2, ws.max_row + 1):
    ws.cell(r, 2).number_format = "0"
    ws.cell(r, 3).number_format = "0"
    ws.cell(r, 4).number_format = "#,##0.0000%"
    for c in (5, 6, 7):
        ws.cell(r, c).number_format = "[$$-E]#,##0.00"
    ws.cell(r, 8).number_format = "#,##0.0000%"
ws.auto_filter.ref = f"A1:H{ws.max_row}"
ws.column_dimensions["A"].width = 48.875
save(wb, "searchterms-zh-cn-ads.xlsx")
