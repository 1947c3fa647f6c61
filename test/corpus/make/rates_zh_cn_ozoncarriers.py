"""
Shape of L-Keyyy/yunduanv1 "价格表.xlsx" (commit f7cd7733c6e41d67fb68b96ae6fd0045db42e922): a
cross-border e-commerce seller's table of the Ozon rFBS third-party carriers' shipping rates, kept
next to the seller's browser-extension code for working out freight per parcel (WPS/Excel,
creator and editor are personal nicknames).

- One sheet "Sheet1", header on row 1 (bold 宋体, blue fill, wrapped), no title, no freeze, no
  filter; body in Arial. 17 columns: 评分组 (weight class: Extra Small / Budget / Small / Big /
  Premium Small / Premium Big) / 服务等级 (Economy on every row) / 第三方物流 (carrier code with a
  trailing space) / 配送方式 (carrier + level + class) / Ozon评级 (rank 1–11 within the class) /
  时效限制 (days as text '17-29') / 费率 (a text formula '¥3.05 + ¥0.026/1 g', some carriers with ￥
  full-width or decimal commas '¥2,6 + ¥0,024/1g') / 电池 / 液体 (允许 or 禁止) / 尺寸限制 (text) /
  minimum and maximum weight in grams (numbers) / value limits in roubles, yuan, dollars, euros
  as text ranges with spaces as thousands separators ('135. 01 - 635' with a stray space) /
  计费类型 (实际重量 or 最大实际重量与体积重量).
- 55 carrier × class rows sorted by class then rank.
Carrier codes and rates invented (in kind); class names, limits and wording kept in kind.
A rate card: not client data, a person imports nothing.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("rates-zh-cn-ozoncarriers")
CARRIERS = ["HNEX", "BTL", "ZHX", "Volga", "RAPS", "QYT", "AXB", "Tianma", "Kazan", "CPL", "LNG"]
# style of the rate text per carrier: half-width ¥, full-width ￥, or decimal commas
STYLE = {c: "half" for c in CARRIERS}
STYLE["BTL"] = "comma"
for c in ("QYT", "AXB", "CPL", "LNG"):
    STYLE[c] = "full"

CLASSES = [
    # class, days, base, per-gram, size, min g, max g, rub, cny, usd, eur, billing, carriers
    ("Extra Small", "17-29", 3.05, 0.026, "边长总和 ≤ 90 cm, 长边 ≤ 60 cm", 1, 500,
     "1 - 1500", "0.01 - 135", "0.01 - 20", "0.01 - 20", "实际重量", 10),
    ("Budget", "17-29", 23.92, 0.01768, "边长总和 ≤ 150 cm, 长边 ≤ 60 cm", 501, 30000,
     "1 - 1500", "0.01 - 135", "0.01 - 20", "0.01 - 20", "实际重量", 9),
    ("Small", "12-24", 16.64, 0.026, "边长总和 ≤ 150 cm, 长边 ≤ 60 cm", 1, 2000,
     "1501 - 7000", "135. 01 - 635", "20.01 - 90", "20.01 - 80", "实际重量", 11),
    ("Big", "17-29", 37.44, 0.01768, "边长总和 ≤ 310 cm, 长边 ≤ 150 cm", 2001, 30000,
     "1501 - 7000", "135. 01 - 635", "20.01 - 90", "20.01 - 80", "最大实际重量与体积重量", 7),
    ("Premium Small", "12-24", 22.88, 0.026, "边长总和 ≤ 250 cm, 长边 ≤ 150 cm,", 1, 5000,
     "7001 - 250 000", "635.01 - 22 525", "90.01 - 3 165", "80.01 - 2 735", "实际重量", 10),
    ("Premium Big", "17-29", 64.48, 0.02392, "边长总和 ≤ 310 cm, 长边 ≤ 150 cm", 5001, 30000,
     "7001 - 250 000", "635.01 - 22 525", "90.01 - 3 165", "80.01 - 2 735", "最大实际重量与体积重量", 8),
]


def rate(carrier, base, per):
    s = STYLE[carrier]
    if s == "comma":
        b = round(base * 0.96, 1)
        p = round(per * 0.93, 3)
        fmt = lambda x: (f"{x:g}").replace(".", ",")
        return f"¥{fmt(b)} + ¥{fmt(p)}/1g"
    sym = "￥" if s == "full" else "¥"
    if carrier == "Tianma":
        return f"{sym}{round(base, 1):g} + {sym}{round(per, 4):g}/1 g"
    return f"{sym}{base:g} + {sym}{per:g}/1 g"


wb = workbook()
wb.properties.creator = "gl001426"
wb.properties.lastModifiedBy = "鹤仙问鹿仙"
ws = wb.active
ws.title = "Sheet1"
HEAD = ["评分组", "服务等级", "第三方物流", "配送方式", "Ozon评级", "时效限制（从PUDO揽收点到Ozon分拣中心），天",
        "费率（PUDO揽收点揽收/快递员上门揽收）", "电池", "液体", "尺寸限制，最大（厘米）", "货件重量限制 / 最小（克）",
        "货件重量限制 / 最大（克）", "货值限制/最低-最高（卢布）", "货值限制/最低-最高（人民币）", "货值限制/最低-最高（美元）",
        "货值限制/最低-最高（欧元）", "计费类型"]
ws.append(HEAD)
for c in ws[1]:
    c.font = Font(name="宋体", bold=True)
    c.fill = PatternFill("solid", fgColor="FF0000FF")
    c.alignment = Alignment(wrap_text=True)

n = 0
for cls, days, base, per, size, gmin, gmax, rub, cny, usd, eur, billing, count in CLASSES:
    chosen = f.r.sample(CARRIERS, count)
    rank = 0
    for i, car in enumerate(chosen):
        # ranks climb, with ties now and then
        rank = rank + 1 if i == 0 or not f.chance(0.35) else rank
        if f.chance(0.15):
            rank += 1
        battery = "禁止" if car in ("Tianma",) else "允许"
        liquid = "禁止" if car in ("BTL", "Tianma", "ZHX", "RAPS") else "允许"
        row = [cls, "Economy", car + " ", f"{car} Economy {cls}", rank, days, rate(car, base, per),
               battery, liquid, size, gmin, gmax, rub, cny, usd, eur, billing]
        ws.append(row)
        n += 1
        for c in ws[ws.max_row]:
            c.font = Font(name="Arial", size=10)
assert n == 55, n
save(wb, "rates-zh-cn-ozoncarriers.xlsx")
