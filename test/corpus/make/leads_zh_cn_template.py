"""
Shape of Kevin-Hu88/lead-system 客户导入模板.xlsx: the customer import template of a canopy
builder's lead system, filled with three sample prospects. One sheet named like the file, headers
名称 / 联系人 / 电话 / 邮箱 / 微信 / 地址 / 类型 / 区域 / 需求 / 备注: organisations (a residential
estate's management office, a building-materials market, a factory) with a contact written as
surname + title (张经理, 李总, 王厂长), a mobile, sometimes an e-mail and a WeChat id, an address,
a type word (物业/商业/工厂), a district, what they need and a remark. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("leads-zh-cn-template")
rows = [
    ["海棠苑小区物业管理处", "郑经理", f.mobile_cn(), None, None, "上海市浦东新区海棠路100号", "物业", "上海浦东",
     "小区需要新建电动车停车棚，约200㎡", None],
    ["金桥建材市场", "韩总", f.mobile_cn(), f.email("han"), "han_jq", "上海市闵行区金桥路200号", "商业", "上海闵行",
     "市场门口需要安装大型遮阳棚", "预算10万左右"],
    ["松江精工五金厂", "罗厂长", f.mobile_cn(), None, "luo_chang", "上海市松江区新桥工业园", "工厂", "上海松江",
     "厂区停车场需要钢结构车棚500㎡", "比较急"],
]
wb = workbook()
ws = wb.active
ws.title = "客户导入模板"
ws.append(["名称", "联系人", "电话", "邮箱", "微信", "地址", "类型", "区域", "需求", "备注"])
for row in rows:
    ws.append(row)
save(wb, "leads-zh-cn-template.xlsx")
