"""
Shape of Verten/CRM "库存.xlsx" (commit cef9eb494187e7044aa6eb50246bbc4225a796f9): a menswear brand's
store-stock extract with a pivot, three sheets.

- "商品库存数据分析": row 1 区域名称 仓库名称 商品年份 波段名称 季节名称 大类名称 中类名称 类型名称 商品代码
  色号代码 色号名称 尺码名称 数量; one row per store x style x colour x size, every code typed as
  text ('2015', '10.2', '08', '50'), quantity a number. The "warehouses" are the brand's own
  stores (…万达广场店中店, …专卖店, …专柜) and online outlets (唯品会-成都). 12,330 rows in the
  original; about 240 here.
- "Sheet2": a pivot pasted as values, 区域名称 / 仓库名称 / 求和项:数量 for one region (福建): the
  region only on its first row, then "福建 汇总" and "总计".
- "Sheet3": empty.
Stock, not people: nothing to import. Store names, codes and quantities invented.
"""
from fake import Fake, workbook, save

f = Fake("stock-zh-cn-menswearstores")
wb = workbook()
ws = wb.active
ws.title = "商品库存数据分析"
ws.append(["区域名称", "仓库名称", "商品年份", "波段名称", "季节名称", "大类名称", "中类名称", "类型名称", "商品代码",
           "色号代码", "色号名称", "尺码名称", "数量"])
STORES = {
    "华中": ["湖南常德步行街专卖店", "湖北武汉汉阳世纪专柜", "湖南株洲万达广场店中店"],
    "广东": ["广东佛山凯旋广场店中店", "广东东莞长安万达广场店中店"],
    "北方": ["上海晶品广场店中店", "辽宁抚顺万达广场店中店"],
    "西南": ["四川南充文化路专卖店"],
    "电商": ["唯品会-成都", "唯品会-广州"],
    "福建": ["福建福州东街口百货专柜", "福建莆田万达广场店中店", "福建厦门集美万达广场店中店", "福建宁德商业城专卖店"],
}
STYLES = [("2015", "10.2", "秋季", "男上装", "长袖", "长袖休闲衬衫", "153B04043"),
          ("2015", "11.1", "冬季", "男上装", "外套", "羽绒服", "154B13301"),
          ("2015", "12.1", "冬季", "男上装", "长袖", "长袖毛衣", "154B06035"),
          ("2015", "11.2", "冬季", "男下装", "长裤", "休闲裤", "154B09012"),
          ("2014", "9.2", "秋季", "男上装", "外套", "茄克衫", "143B05118"),
          ("2015", "未定义", "冬季", "配饰", "配件", "围巾", "155P00021")]
COLOURS = [("04", "深蓝"), ("14", "宝蓝"), ("05", "深红"), ("01", "深黑"), ("07", "深绿"), ("08", "金黄")]
SIZES = ["46", "48", "50", "52", "54", "56"]
rows = []
for region, stores in STORES.items():
    for store in stores:
        for style in f.r.sample(STYLES, 3):
            for code, colour in f.r.sample(COLOURS, 2):
                sizes = ["OF"] if style[5] == "围巾" else sorted(f.r.sample(SIZES, f.r.randrange(2, 5)))
                for size in sizes:
                    rows.append([region, store, *style, code, colour, size, f.pick([1, 1, 2, 2, 3, 4, 6])])
rows = rows[:300]
for r in rows:
    ws.append(r)
ws.column_dimensions["A"].width = 9.0

pv = wb.create_sheet("Sheet2")
pv.append(["区域名称", "仓库名称", "求和项:数量"])
fj = {}
for r in rows:
    if r[0] == "福建":
        fj[r[1]] = fj.get(r[1], 0) + r[12]
for i, (store, qty) in enumerate(sorted(fj.items())):
    pv.append(["福建" if i == 0 else None, store, qty])
pv.append(["福建 汇总", None, sum(fj.values())])
pv.append(["总计", None, sum(fj.values())])
wb.create_sheet("Sheet3")
save(wb, "stock-zh-cn-menswearstores.xlsx")
