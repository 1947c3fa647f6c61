"""
Shape of happyVee/WULIU "样例.xlsx" (commit f3b39706bb2d3659a067cfb6e075f26fcf0cc80e): the sample sheet a
freight-matching platform collected to onboard the road-freight companies of one logistics park (永康, 浙江),
one row per line a company runs. One sheet Sheet1:
- row 1 groups merged over the columns: 公司信息 (A:F), 网点 (G:M), 线路 (N:Q); row 2 the headers 物流公司名称 /
  负责人/boss手机号 / 省 / 市 / 区 / 详细地址 (the company's own address, empty on every row) / 省 / 市 / 区 / 详细地址
  (the depot) / 负责人/boss名字 / 手机号码 / 网点电话 (trailing space) / 目的省 / 目的市 / 目的区 / 中转区域; row 3 a
  hint row (the note on B in red: one phone for a company with several depots; how to fill the destination;
  a JSON example for 中转区域);
- 131 line rows for seven companies (4, 8, 20, 9, 24, 42 and 24 rows), the company, boss and phones repeated on
  every row; phones are numbers; the depot landline only for the first four companies; one company has two
  depot addresses; destination province written '重庆' or '广西省' on a few rows; 中转区域 a province or
  'province/city';
- 75 formatted empty rows below (the used range runs to Q209).
Company names, people, phones and addresses invented.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("carriers-zh-cn-freightlines")
COMPANIES = [("顺骏物流", 4, True), ("金诚物流", 8, True), ("永达托运部", 20, True), ("金盛物流", 9, True),
             ("兴华物流", 24, False), ("远通物流", 42, False), ("美达物流", 24, False)]
DEPOTS = ["物流中心3区16-18号", "城西物流园二区5幢9-12号", "物流中心5区55-57号", "物流中心5区30-32号", "物流中心5区47-49号",
          "经济开发区夏溪村科源路312号", "名园大道北路和长城路口"]
DEST = [("山东省", [("济南市", ["历下区", "市中区"]), ("青岛市", ["市南区", "即墨市"]), ("烟台市", ["莱山区"]),
                    ("滨州市", ["邹平县", "惠民县"]), ("聊城市", ["东昌府区"]), ("日照市", ["东港区"]), ("枣庄市", ["市中区"])]),
        ("江苏省", [("南京市", ["玄武区"]), ("宿迁市", ["宿城区"]), ("徐州市", ["邳州市"])]),
        ("江西省", [("赣州市", ["章贡区"])]), ("辽宁省", [("沈阳市", ["和平区"])]), ("广西省", [("南宁市", ["兴宁区"])]),
        ("重庆", [("重庆市", ["江北区"])])]

wb = workbook()
wb.properties.creator = "aa"
ws = wb.active
ws.title = "Sheet1"
for col, text, rng in [(1, "公司信息", "A1:F1"), (7, "网点", "G1:M1"), (14, "线路", "N1:Q1")]:
    c = ws.cell(1, col, text)
    c.alignment = Alignment(horizontal="center")
    ws.merge_cells(rng)
HEAD = ["物流公司名称", "负责人/boss手机号", "省", "市", "区", "详细地址", "省", "市", "区", "详细地址", "负责人/boss名字", "手机号码",
        "网点电话 ", "目的省", "目的市", "目的区", "中转区域"]
for j, h in enumerate(HEAD, 1):
    ws.cell(2, j, h).font = Font(bold=True)
ws["B3"] = "相同物流公司有多个始发网点，手机号默认其中一个"
ws["B3"].font = Font(color="FFFF0000")
ws["O3"], ws["P3"] = "全省区域填写省会", "全市随机取一个"
ws["Q3"] = '[{"province":"","city":"","area":""},{"province":"","city":"","area":""},…]'

r = 4
used_depots = list(DEPOTS)
f.r.shuffle(used_depots)
for k, (name, n, landline) in enumerate(COMPANIES):
    boss = f.name_cn() if k % 3 else f.pick(["俞先生", "陈先生", "金城"])
    mobile = int(f.mobile_cn())
    depot = used_depots[k]
    tel = f"0579-87{f.r.randrange(100000, 999999)}" if landline else None
    for i in range(n):
        prov, cities = f.pick(DEST) if i else DEST[k % len(DEST)]
        city, areas = f.pick(cities)
        area = f.pick(areas)
        transit = prov if prov in ("重庆", "广西省") or f.chance(0.1) else f"{prov}/{city}"
        d = depot if not (name == "远通物流" and i >= 30) else "东永一线长城菜场旁"
        row = [name, mobile, None, None, None, None, "浙江省", "金华市", "永康市", d, boss, mobile, tel, prov, city, area, transit]
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, j, v)
        r += 1
thin = Side(style="thin")
for rr in range(r, 210):
    ws.cell(rr, 17).border = Border(bottom=thin)
for col, w in [("A", 27.625), ("C", 13.375), ("D", 6.875), ("E", 6.5), ("F", 16.75), ("G", 12.625), ("I", 10.0),
               ("J", 30.625), ("K", 20.125), ("L", 13.0), ("M", 14.5), ("N", 16.75), ("Q", 52.75), ("R", 23.375)]:
    ws.column_dimensions[col].width = w
save(wb, "carriers-zh-cn-freightlines.xlsx")
