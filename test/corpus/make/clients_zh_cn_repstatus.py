"""
Shape of CIRA18-HUB/sales_dashboard "客户状态.xlsx" (at commit 4f768e5): a snack maker's CRM export of
one sales rep's customers, written by Apache POI: one sheet named 人与客户关系表-<rep>-<export date>
(the rep's name and the day only in the sheet name), header 客户 / 状态 in row 1 (bold, centred,
grey fill, thin borders), then one distributor per row — trading companies and food shops named with
their city or county (…商贸有限公司, …食品商行, …副食品经营部), grouped by province — and 正常 or 闭户
(account closed). Only column A has a width; a stray frozen pane far down the sheet. One distributor
is listed twice, far apart. Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-repstatus")

REGIONS = {
    "湖南": ["长沙", "株洲", "岳阳", "怀化", "湘潭", "衡阳", "常德", "宁乡县玉潭镇"],
    "湖北": ["武汉", "宜昌", "襄阳", "十堰", "荆州", "荆门", "黄冈", "潜江", "武汉市江岸区"],
    "江西": ["南昌", "上饶", "九江", "赣州", "景德镇"],
    "安徽": ["合肥", "安庆", "芜湖", "马鞍山", "滁州", "六安", "宣城", "巢湖", "凤阳县府城镇"],
    "河南": ["郑州", "洛阳", "新乡", "许昌", "南阳", "平顶山", "安阳", "沈丘县"],
}
STEMS = ["鑫源", "嘉禾", "瑞丰", "晨阳", "恒达", "佳味", "盛世", "百川", "天成", "好又多", "金穗", "聚福", "顺发", "锦程",
         "同心", "祥和", "宏远", "悦来", "乐购", "万家", "宝丰", "旺旺来", "鼎盛", "美味源", "隆兴", "兴旺", "正通", "华润丰",
         "丰泽", "亿家", "福满", "源通", "康乐", "和顺", "德润", "荣昌", "昌盛", "明辉", "汇通", "永兴"]
TAILS = ["商贸有限公司"] * 12 + ["商贸有限责任公司", "食品有限公司", "贸易有限公司", "供应链有限公司", "食品商行", "副食商行",
                            "食品经营部", "副食品经营部", "食品批发部", "商贸经营部", "百货商行"]


def distributor(cities):
    def make():
        city = f.pick(cities)
        tail = f.pick(TAILS)
        if city.endswith(("县", "镇", "区")) or tail.endswith(("商行", "经营部", "批发部")):
            city = city if city.endswith(("县", "镇", "区")) else city + "市"
        elif f.chance(0.3):
            city = city + "市"
        return city + f.pick(STEMS) + tail
    return f._unique(make)


rows = []
for province, cities in REGIONS.items():
    for _ in range(f.r.randrange(40, 70)):
        name = distributor(cities)
        if f.chance(0.05):
            name = f"{province}省" + name.split("市")[-1] if "市" in name else f"{province}" + name
        rows.append([name, "正常" if f.chance(0.57) else "闭户"])
# One distributor once more, further down, with the same status.
rows.insert(37, list(rows[1]))

wb = workbook()
wb.properties.creator = "Apache POI"
ws = wb.active
ws.title = "人与客户关系表-赵雨桐-2025-05-19"
ws.append(["客户", "状态"])
thin = Side(style="thin")
for cell in ws[1]:
    cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center")
    cell.fill = PatternFill("solid", fgColor="FF585858")
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
for row in rows:
    ws.append(row)
ws.column_dimensions["A"].width = 20.0
ws.freeze_panes = "A300"
save(wb, "clients-zh-cn-repstatus.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(rows), "rows;", len({r[0] for r in rows}), "distributors")
        for n, row in enumerate(rows, start=2):
            print(n, row)
