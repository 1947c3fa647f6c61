"""
Shape of 770864730/super-duper-disco 报价单.xlsx (commit ee5e7f77c0cf93aa29e80c7e7181bd5601d32ced):
a Nanjing mobile-phone wholesaler's daily quotation sheet (one sheet 报价). Title "<name>手机报价单"
merged over A1:E2 with the date as a bare serial number in F1 (44980, General format), a
complaints line with two names and mobiles merged over F2:I2, then merged full-width notes: main
lines of business, a second-hand phone desk with three contact names and mobiles run into the text,
a transfer warning, the warehouse address with a receiver's name and mobile, a blank merged row.
Then the list itself, two products side by side per row: A model (often with a leading
non-breaking space, "(图)", "(原封)", "不换机"), B price in "￥"#,##0.00, C remark (官网价…, chip,
screen), E "购"; F/G/H/J the same for a second product. No header row; brand rows (苹果电脑-手表,
苹果, OPPO, 华为 … 老人机, one typed 8848) bold on grey in A only. The original runs to row 950;
about 200 rows here. A price list with the dealer's own staff contacts in notes: nothing to import.
All names, numbers and prices invented; models are written generically.
"""
from openpyxl.styles import Font, PatternFill, Alignment

from fake import Fake, workbook, save

f = Fake("prices-zh-cn-phonewholesale")
wb = workbook()
ws = wb.active
ws.title = "报价"
GREY = PatternFill("solid", fgColor="FFEEEEEE")
MONEY = '"￥"#,##0.00;[Red]"￥"\\-#,##0.00'

n1, n2, n3, n4, n5, n6 = (f.name_cn() for _ in range(6))
ws["A1"] = "恒阕手机报价单 "
ws["F1"] = 45012
ws["F2"] = f"投诉电话：{n1}{f.mobile_cn()}  {n2}：{f.mobile_cn()}"
ws["A3"] = "公司主营：苹果 华为 荣耀 三星 小米  原装配件 多款型功能机手机  电脑等手机"
ws["A4"] = (f"部门新增二手机业务（回收与销售）长期回收各品牌二手机，演示机，电商七天无理由等，贸易请联系{n3}{f.mobile_cn()} "
            f"{n4}{f.mobile_cn()} {n5}{f.mobile_cn()}")
ws["A6"] = "所有转账和对应的业务核实清楚后转账，转账记录截图发给业务"
ws["A7"] = f"仓库收货地址：江苏省南京市江宁区秣周西路8号创新园12棟2F206室{n6}{f.mobile_cn()}\n                         "
for rng in ["A1:E2", "G1:J1", "F2:I2", "A3:J3", "A4:J4", "A5:J5", "A6:J6", "A7:J7", "A8:J8"]:
    ws.merge_cells(rng)
ws["A1"].font = Font(size=20, bold=True)
ws["A1"].alignment = Alignment(horizontal="center", vertical="center")

COLOURS = ["午夜色", "星光色", "银色", "深空灰", "蓝色", "紫色", "曜金黑", "幻夜黑", "雅川青", "冰湖蓝"]
TAGS = ["(图)", "(原封)(图)", "不换机(图)", "(原封)", "", "(不怕抓)", "官网"]
MEM = ["8+128G", "8+256G", "12+256G", "12+512G", "16+512G", "6+128G", "4+128G"]
BRANDS = [
    ("苹果电脑-手表", ["苹果手表S{g}-{s}mm蜂窝版", "苹果手表SE-{s}mm运动版", "苹果笔记本Air13.6寸-M2-{m}", "苹果一体机24寸-M1-{m}"], (1500, 24000)),
    ("苹果", ["苹果1{g}-{m}", "苹果1{g}Pro-{m}", "苹果1{g}Pro-Max-{m}"], (4200, 9800)),
    ("OPPO", ["OPPO A5{g}x-{m}全网通5G", "OPPO Reno{g}-{m}全网通5G"], (900, 3200)),
    ("华为", ["华为Mate{g}0-{m}全网4G", "华为P{g}0-{m}全网通4G", "华为畅享{g}0e-{m}"], (850, 7800)),
    ("荣耀", ["荣耀{g}0-{m}全网通5G", "荣耀X{g}0-{m}全网通5G"], (950, 3300)),
    ("三星", ["三星S2{g}-{m}全网通5G", "三星Z-Flip{g}折叠屏-{m}"], (3300, 10500)),
    ("VIVO", ["VIVO-Y{g}2T {m}全网5G", "VIVO-iQOO{g} {m}全网5G"], (1000, 3500)),
    ("一加", ["一加{g}-{m}全网通5G"], (1800, 4700)),
    ("小米", ["小米1{g}-{m}全网通5G", "红米Note{g}-{m}全网通5G"], (1100, 5300)),
    (8848, ["钛金手机M{g}-{m}全网通5G"], (5800, 9800)),
    ("融合-华为荣耀电脑", ["华为笔记本{g}4寸 I5-{m}集显"], (3900, 6200)),
    ("老人机", ["翻盖老人机C{g}00 全网通4G", "直板老人机A{g} 全网通4G"], (120, 260)),
]


def product(templates, lo, hi):
    t = f.pick(templates)
    name = t.format(g=f.r.randrange(3, 9), s=f.pick([40, 41, 44, 45]), m=f.pick(MEM)) + f.pick(COLOURS) + f.pick(TAGS)
    if f.chance(0.3):
        name = "\xa0" + name
    price = round(f.r.randrange(lo, hi) / 10) * 10
    remark = f.pick([f"官网价{int(price * 1.2) // 100 * 100 + 99}", "八核 6.7英寸", "江苏省内销售 禁止钓鱼", "只维修不换机",
                     None, "非预激活，保修根据激活日期走，售后需要原始发票", "原封国行，其他不变"])
    return name, price, remark


row = 8
for brand, templates, (lo, hi) in BRANDS:
    if row > 8:
        row += 1
    c = ws.cell(row, 1, brand)
    c.font = Font(bold=True)
    c.fill = GREY
    for _ in range(f.r.randrange(12, 20)):
        row += 1
        a = product(templates, lo, hi)
        b = product(templates, lo, hi)
        ws.cell(row, 1, a[0]); ws.cell(row, 2, a[1]).number_format = MONEY; ws.cell(row, 3, a[2]); ws.cell(row, 5, "购")
        ws.cell(row, 6, b[0]); ws.cell(row, 7, b[1]).number_format = MONEY; ws.cell(row, 8, b[2]); ws.cell(row, 10, "购")
for col, w in {"A": 48.0, "B": 10.25, "C": 46.375, "D": 2.625, "E": 3.0, "F": 50.625, "G": 10.625, "H": 53.625, "I": 2.625}.items():
    ws.column_dimensions[col].width = w
save(wb, "prices-zh-cn-phonewholesale.xlsx")
