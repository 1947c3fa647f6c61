"""
Shape of 5678Hub/jianyu "data/master.xlsx": a food-safety lookup tool's master workbook built from
provincial market-regulator notices of failed samples (Shandong, Liaoning), written by openpyxl —
businesses appear only as the place a sample was taken; nothing a key-account manager imports.

- Sheet "明细" (details), header on row 1, frozen below it, fixed column widths: 序号 / 来源 /
  原始食品名 / 规范食品名 / 分类 / 生产日期 / 被抽样单位 / 不合格项目 / 结果 / 标准值 / 超标倍数.
  One row per failed item (a sample failing two items takes two rows with the same 序号), the
  province, the food as written and normalised, "大类-小类" category, the production date as
  text "2025-12-01", the sampled business (shops, restaurants, supermarkets, online stores,
  individual businesses "（个体工商户）"), the failed item, result and limit as text with units
  ("6.71mg/kg", "≤5mg/kg", "不得检出", "初检结果：…"), the multiple as "1.3x" (empty on some rows).
  Scaled here from 649 rows to 180.
- Sheet "品类风险" (risk per food): 规范食品名 / 记录数 / 覆盖省份 / 分类 / 风险等级 ("🔴 高",
  "🟡 中", "🔵 低") / 风险分 / 历史不合格项目 (items joined by "; ").
- Sheet "分类汇总" (per category): 分类 / 记录数 / 规范食品名数 / 覆盖食品 (five foods and "...")
  / 风险等级 / 风险分 / 历史不合格项目.
- Sheet "不合格项目" (per failed item): 不合格项目 / 总频次 / 权重 / 覆盖省份 / 覆盖食品.
Values invented.
"""
import collections
import re

from fake import Fake, save, workbook

f = Fake("inspections-zh-cn-foodsafety")

FOODS = [("韭菜", "食用农产品-蔬菜"), ("芹菜", "食用农产品-蔬菜"), ("山药", "食用农产品-蔬菜"), ("辣椒", "食用农产品-蔬菜"),
         ("豇豆", "食用农产品-蔬菜"), ("香蕉", "食用农产品-水果类"), ("龙眼", "食用农产品-水果类"), ("丑桔", "食用农产品-水果类"),
         ("鸡蛋", "食用农产品-鲜蛋"), ("乌鳢", "食用农产品-水产品"), ("复用餐饮具", "餐饮食品-复用餐饮具(餐馆自行消毒)"),
         ("油条", "餐饮食品-自制油炸面制品"), ("凉菜盘", "餐饮食品-复用餐饮具(餐馆自行消毒)"), ("桑叶挂面", "方便食品"),
         ("花椒", "调味品-其他香辛料调味品"), ("加碘食用盐", "调味品-盐"), ("纯净水", "饮料-包装饮用水"), ("月饼", "糕点"),
         ("五香花生", "炒货食品及坚果制品"), ("猪头肉", "肉制品-熟肉制品")]
ITEMS = {"蔬菜": [("腐霉利", "≤5mg/kg"), ("噻虫胺", "≤0.05mg/kg"), ("克百威", "≤0.02mg/kg"), ("镉(以Cd计)", "≤0.05mg/kg")],
         "水果类": [("吡虫啉", "≤0.05mg/kg"), ("噻虫嗪", "≤0.02mg/kg"), ("二氧化硫残留量", "≤0.05g/kg")],
         "鲜蛋": [("恩诺沙星", "不得检出")], "水产品": [("恩诺沙星", "≤100μg/kg")],
         "复用餐饮具": [("大肠菌群", "不得检出"), ("阴离子合成洗涤剂(以十二烷基苯磺酸钠计)", "不得检出")],
         "油炸面制品": [("铝的残留量(干样品,以Al计)", "≤100mg/kg")], "方便食品": [("柠檬黄", "不得使用")],
         "调味品": [("二氧化硫残留量", "≤0.1g/kg"), ("日落黄", "不得使用")], "盐": [("碘(以I计)", "18~33mg/kg")],
         "饮料": [("铜绿假单胞菌", "0CFU/250mL")], "糕点": [("过氧化值(以脂肪计)", "≤0.25g/100g"), ("菌落总数", "≤10⁴CFU/g")],
         "坚果": [("过氧化值(以脂肪计)", "≤0.50g/100g")], "熟肉": [("亚硝酸盐(以亚硝酸钠计)", "≤30mg/kg")]}
PLACES_SD = ["莘县", "济宁市任城区", "菏泽市牡丹区", "东营市垦利区", "临沂市兰山区", "潍坊市奎文区", "聊城市东昌区"]
PLACES_LN = ["朝阳市双塔区", "锦州市古塔区", "鞍山市铁东区", "丹东市振兴区"]
KINDS = ["{p}{n}小吃店（个体工商户）", "{p}{n}商贸有限公司", "{p}{n}超市", "{p}{n}酒店", "{p}{n}餐饮管理有限公司",
         "{p}{n}电子商务站", "{p}{n}果蔬店", "{p}{n}农贸市场{m}号摊位"]
SHOPNAMES = ["百顺园", "鸽乡韵", "铜莱聚", "商路通", "全福元", "福满堂", "金果园", "惠民", "佳乐", "鑫源", "和顺", "喜来",
             "好又多", "家家乐", "聚丰", "海鲜坊", "老街", "春来", "永和", "兴旺"]


def item_for(cat):
    for key, items in ITEMS.items():
        if key in cat:
            return f.pick(items)
    return f.pick(ITEMS["糕点"])


rows, seq = [], 0
while len(rows) < 180:
    seq += 1
    food, cat = f.pick(FOODS)
    prov = "山东" if f.chance(0.77) else "辽宁"
    place = f.pick(PLACES_SD if prov == "山东" else PLACES_LN)
    unit = f.pick(KINDS).format(p=place, n=f.pick(SHOPNAMES), m=f.r.randrange(1, 80))
    raw = food if f.chance(0.6) else f.pick([f"{food}（自制）", f"{food}（复用餐饮具）", f"散装{food}", f"【新品上市】{food} 约500g"])
    date = f"2025-{f.r.randrange(6, 13):02d}-{f.r.randrange(1, 29):02d}"
    for _ in range(2 if f.chance(0.08) else 1):
        name, limit = item_for(cat)
        if limit in ("不得检出", "不得使用"):
            result = f"{f.r.randrange(1, 300) / 1000:.3f}{'mg/kg' if '使用' in limit else 'mg/100cm²'}"
            times = limit if f.chance(0.7) else None
        else:
            result = f"{f.r.randrange(110, 900) / 100}{re.sub(r'^[≤0-9.~⁴]+', '', limit)}"
            times = f"{f.r.randrange(11, 60) / 10}x"
        if f.chance(0.05):
            name = f"初检结果：{name}"
        if f.chance(0.04):
            result, times = None, None
        rows.append([seq, prov, raw, food, cat, date, unit, name, result, limit, times])

wb = workbook()
ws = wb.active
ws.title = "明细"
ws.append(["序号", "来源", "原始食品名", "规范食品名", "分类", "生产日期", "被抽样单位", "不合格项目", "结果", "标准值", "超标倍数"])
for r in rows:
    ws.append(r)
ws.freeze_panes = "A2"
for col, w in zip("ABCDEFGHIJK", [6, 8, 25, 20, 25, 12, 30, 30, 15, 20, 10]):
    ws.column_dimensions[col].width = w

LEVEL = lambda s: "🔴 高" if s >= 40 else "🟡 中" if s >= 8 else "🔵 低"
by_food = collections.OrderedDict()
for r in rows:
    by_food.setdefault(r[3], []).append(r)
ws2 = wb.create_sheet("品类风险")
ws2.append(["规范食品名", "记录数", "覆盖省份", "分类", "风险等级", "风险分", "历史不合格项目"])
for food, rs in sorted(by_food.items(), key=lambda kv: -len(kv[1])):
    provs = "/".join(sorted({r[1] for r in rs}, key=["山东", "辽宁"].index))
    score = 4 * len(rs) + 4 * len({r[7] for r in rs})
    ws2.append([food, len(rs), provs, rs[0][4], LEVEL(score), score, "; ".join(sorted({r[7] for r in rs}))])
ws2.freeze_panes = "A2"
for col, w in zip("ABCDEFG", [20, 8, 12, 25, 12, 8, 60]):
    ws2.column_dimensions[col].width = w

by_cat = collections.OrderedDict()
for r in rows:
    by_cat.setdefault(r[4].split("-")[0], []).append(r)
ws3 = wb.create_sheet("分类汇总")
ws3.append(["分类", "记录数", "规范食品名数", "覆盖食品", "风险等级", "风险分", "历史不合格项目"])
for cat, rs in sorted(by_cat.items(), key=lambda kv: -len(kv[1])):
    foods = sorted({r[2] for r in rs})
    score = 6 * len(rs)
    ws3.append([cat, len(rs), len({r[3] for r in rs}), ", ".join(foods[:5]) + ("..." if len(foods) > 5 else ""), LEVEL(score), score,
                ", ".join(sorted({r[7] for r in rs})[:5])])
ws3.freeze_panes = "A2"
for col, w in zip("ABCDEFG", [30, 8, 12, 40, 12, 8, 60]):
    ws3.column_dimensions[col].width = w

by_item = collections.OrderedDict()
for r in rows:
    by_item.setdefault(r[7], []).append(r)
ws4 = wb.create_sheet("不合格项目")
ws4.append(["不合格项目", "总频次", "权重", "覆盖省份", "覆盖食品"])
for item, rs in sorted(by_item.items(), key=lambda kv: -len(kv[1])):
    foods = sorted({r[3] for r in rs})
    ws4.append([item, len(rs), 4 if len(rs) > 10 else 2, "/".join(sorted({r[1] for r in rs}, key=["山东", "辽宁"].index)),
                ", ".join(foods[:5]) + ("..." if len(foods) > 5 else "")])
ws4.freeze_panes = "A2"
for col, w in zip("ABCDE", [25, 8, 8, 12, 60]):
    ws4.column_dimensions[col].width = w

save(wb, "inspections-zh-cn-foodsafety.xlsx")
