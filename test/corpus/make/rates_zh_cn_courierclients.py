"""
Shape of Zoulf666/RateCalc "客户表.xlsx" (commit 3c971d3ad84c9a0027cf5a7a6982673f619acb76): a Changsha
courier outlet's per-customer rate cards, read by a small rate calculator, three sheets.

- One sheet per customer, named for it ("客户1", "客户2", "大客户<person's name>"), each the same
  table: 目的地 首重重量 首重价格 续重价格, then 32 destinations (长沙市, 湖南省, 上海市 … 内蒙古自治区;
  the third sheet has 四川省 and 山西省 in another order), first-weight kg, first-weight price and
  per-kg price.
- The first sheet's used range runs to column XEX and row 46 (formatted empty cells), with
  column widths set on A:F.
Prices, not people: the customers are only sheet names. Nothing to import. Figures and the
customer's name invented.
"""
from fake import Fake, workbook, save

f = Fake("rates-zh-cn-courierclients")
DEST = ["长沙市", "湖南省", "上海市", "江苏省", "广东省", "浙江省", "江西省", "湖北省", "河南省", "安徽省", "北京市", "云南省",
        "贵州省", "重庆市", "福建省", "广西壮族自治区", "天津市", "河北省", "四川省", "山西省", "山东省", "陕西省", "黑龙江省",
        "吉林省", "辽宁省", "新疆维吾尔自治区", "西藏自治区", "宁夏回族自治区", "青海省", "甘肃省", "海南省", "内蒙古自治区"]
FAR = {"新疆维吾尔自治区", "西藏自治区", "宁夏回族自治区", "青海省", "甘肃省", "内蒙古自治区", "黑龙江省", "吉林省", "辽宁省"}
wb = workbook()
for k, title in enumerate(["客户1", "客户2", f"大客户{f.name_cn()}"]):
    ws = wb.active if k == 0 else wb.create_sheet()
    ws.title = title
    ws.append(["目的地", "首重重量", "首重价格", "续重价格"])
    dest = list(DEST)
    if k == 2:
        i, j = dest.index("四川省"), dest.index("山西省")
        dest[i], dest[j] = dest[j], dest[i]
    for d in dest:
        near = d in ("长沙市", "湖南省")
        first_kg = f.pick([0.3, 0.5, 1]) if near else f.pick([1, 1.5, 2, 3])
        first = f.pick([0.6, 1, 1.5]) if near else f.pick([1.5, 2.5, 4, 4.5, 6, 8])
        extra = f.pick([1, 3.4, 3.5]) if near else (f.pick([5.5, 6.5, 8.5, 10]) if d in FAR else f.pick([2, 3.5, 4]))
        ws.append([d, first_kg, first, extra])
    if k == 0:
        for col, w in {"A": 7.25, "B": 9.5, "C": 8.875, "D": 10.0, "E": 7.25, "F": 9.5}.items():
            ws.column_dimensions[col].width = w
        ws["XEX46"].number_format = "@"  # formatted empty cell: the used range runs to XEX46
save(wb, "rates-zh-cn-courierclients.xlsx")
