"""
Shape of caojiafeng76/jjg-admin-react-github "订单 (2).xlsx": one purchase order for escalator parts
as exported by an elevator maker's supplier portal (NPOI), received by the aluminium workshop that
supplies it. One sheet, named after the order number.

- Header 采购单号 / 采购单状态 / 供应商名称 / 交货日期 / 交货地点 / 物料件号 / 物料名称 / 规格 / 参数规格 /
  核算数量 / 核算单位 / 计量数量 / 计量单位 / 生产编号 / 备注 / 订单备注, no title, no freeze.
- 60 lines of the one order: the order number, 已发布, the supplier's name (the workshop itself) and
  the delivery date and place repeat on every line; four production numbers (escalators for export)
  each take the same 15 parts (screws, side-frame assemblies upper and lower, comb plates, front
  plates), part codes, specs with leading blanks or empty strings, 参数规格 an empty string on every
  line, quantities as numbers, 备注 repeating the production number with lengths ("L=1597 上部")
  and an occasional warning, 订单备注 the same private-label note on every line.
Not client data. Values invented.
"""
import datetime

from fake import save, workbook

ORDER = "P202512160417"
SUPPLIER = "嘉兴恒拓铝业科技有限公司"
DELIVERY = datetime.datetime(2025, 12, 24)
NOTE = "出口贴牌梯,不要出现鼎迅字样"
# part code, name, spec, qty, remark suffix
PARTS = [("GB/T_70.3_M8x16-A2-70", "螺钉", "", 20, ""),
         ("KT2808EB1", "前沿板组件", "一体式铝合金 1000型", 2, ""),
         ("KT2808EC1", "横框组件", "用于铝合金楼层板，1000型", 2, " L={short}"),
         ("KT2808ED999", "侧框组件", "上头部", 1, " L={long} 上部"),
         ("KT2808ED999", "侧框组件", "上头部", 1, " L={long} 上部"),
         ("KT2808ED998", "侧框组件", "上头部", 1, " L={short} 下部"),
         ("KT2808ED998", "侧框组件", "上头部", 1, " L={short} 下部"),
         ("KT4808BC1", "扶梯梳齿板", "中件 带防滑槽", 6, ""),
         ("KT4808BC2", "扶梯梳齿板", "左件 带防滑槽", 1, ""),
         ("KT4808BC3", "扶梯梳齿板", "右件 带防滑槽", 1, ""),
         ("KT3024Y997", "前沿后板组件", "室外 1000型", 1, " 室外梯"),
         ("KT3024Y998", "前沿后板组件", "室外 1000型", 1, " 室外梯"),
         ("KT3024X997", "前沿后（加长）板", " 1000型 铝合金 非标板 1575xL1", 1,
          "   L=1575,L1={l1} 室外梯 上部，  注意:加长板与前沿板配钻"),
         ("KT3024X998", "前沿后（加长）板", " 1000型 铝合金 非标板 1575xL1", 1,
          "   L=1575,L1={l1} 室外梯 下部"),
         ("KT2808EF1", "盖板支架", "", 2, "")]
JOBS = [("JD-FZ25-231-0611", 1597, 1165, 360), ("JD-FZ25-231-0612", 1597, 1165, 720),
        ("JD-FZ25-231-0613", 1993, 1165, 360), ("JD-FZ25-231-0614", 1993, 1591, 720)]

wb = workbook()
ws = wb.active
ws.title = ORDER
ws.append(["采购单号", "采购单状态", "供应商名称", "交货日期", "交货地点", "物料件号", "物料名称", "规格", "参数规格",
           "核算数量", "核算单位", "计量数量", "计量单位", "生产编号", "备注", "订单备注"])
for job, long, short, l1 in JOBS:
    for code, name, spec, qty, suffix in PARTS:
        remark = f"{job}  出口梯" + suffix.format(long=long, short=short, l1=l1)
        ws.append([ORDER, "已发布", SUPPLIER, DELIVERY, "送入装配车间", code, name, spec, "", qty, "EA", qty, "EA", job,
                   remark, NOTE])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
for col, width in zip("ABCDEFGHIJKLMNOP", [14, 11, 25, 19, 13, 22, 17, 25, 9, 9, 9, 9, 9, 17, 25, 9]):
    ws.column_dimensions[col].width = width

save(wb, "purchaseorders-zh-cn-escalatorparts.xlsx")
