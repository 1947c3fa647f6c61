"""
Shape of dreambt/rcuinfomanager "src/main/resources/template2.xls" as its ImportFarmerInfoService
fills it: a rural credit cooperative's field-collection system (农户建档现场电子信息采集系统) exporting
its farmer customer profiles as '数据.xls' (Excel 97-2003; the system writes it with POI, here
openpyxl re-saved by LibreOffice).

- One sheet "full", 113 columns under a two-row header: 54 personal columns merged over both rows
  (客户姓名, 证件号码, 性别, 是否农户, 证件类型, 证件有效期, 客户类型, 出生年月, … 居住地址, 邮编, 联系电话,
  手机号码, 区域编号, 区域名称, education, marriage, work, business and income columns …), then groups in
  row 1 over their parts in row 2: 房产 (11), 土地 (6), 车辆 (4), 拥有金融资产 (3), 家庭负债 (5),
  家庭成员 (年收入 / 与户主关系 / 职业 / 常住地址, no name), survey questions, 金融服务需求 (7), four
  credit columns, 位置记录 (longitude, latitude, time; never filled).
- The exporter's own slips: 投入金额 and 自有资金情况 both written to one cell, so from there to 年收益情况
  every value sits one column left of its header (年工资收入 twice); in the 金融服务需求 group the
  missing self-service column shifts the rest one to the left (the last header empty). 证件有效期 is
  'from-to' and 'null-null' when unknown. Every value is text.
- A customer with several houses, plots, cars or family members gets a row per extra entry under
  the first, the 54 personal columns merged down — but the merge stops one row short and the next
  customer is written over the block's last row, so that entry is lost.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Side

from fake import Fake, save, workbook

f = Fake("farmers-zh-cn-creditcoop")

PERSON = ["客户姓名", "证件号码", "性别", "是否农户", "证件类型", "证件有效期", "客户类型", "出生年月", "国籍", "是否拥有国外护照或居住权",
          "民族", "政治面貌", "居住地址", "邮编", "联系电话", "手机号码", "区域编号", "区域名称", "最高学位", "健康状况", "最高学历",
          "与我行（社）关系", "居住情况", "婚姻状况", "社会保障状况", "与我行（社）合作关系", "职业", "个人经营项目", "经营年限", "经营场所",
          "从事行业", "投资经营性质", "投资资金情况", "投入金额", "自有资金情况", "年收益情况", "工作情况", "单位性质", "单位所属行业",
          "任职部门", "工作单位类别", "职务", "年工资收入", "工作年限", "职称", "家庭总收入", "家庭支出", "收入来源", "个人收入",
          "家庭其他成员收入", "家庭主要支出项目", "家庭收入是否能应付支出", "总资产", "主要资产"]
GROUPS = [("房产", ["性质", "用途", "所在位置", "房屋结构", "层数", "使用情况", "建筑面积", "房产价值", "是否按揭", "是否办证", "备注"]),
          ("土地", ["土地面积", "土地价值", "土地性质", "土地类型", "土地使用情况", "土地款是否结清"]),
          ("车辆", ["情况", "车辆价值", "是否按揭", "使用情况"]),
          ("拥有金融资产", ["情况", "我社存款", "他行存款"]),
          ("家庭负债", ["家庭负债总额", "他行负债", "本行负债", "贷款用途", "贷款形态"]),
          ("家庭成员", ["年收入", "与户主关系", "职业", "常住地址"])]
SURVEY = ["使用我社产品", "对我行的产品满意度", "是否资金需求", "如果需要贷款的话，您计划用这笔贷款做什么？", "金额", "期限", "担保",
          "未来1-2年家庭储蓄的主要目的和用途？", "您目前希望得到我行（社）的哪些服务？", "除了上述业务，您还需要哪些服务？",
          "希望我行（社）增加哪些方面的服务？", "对我行（社）服务有何建议？"]
SERVICE = ("金融服务需求", ["银行卡业务", "电子银行业务", "代缴代扣业务", "自助机具业务", "对私贷款业务", "对公贷款业务", "客户新需求登记"])
CREDIT = ["贷款情况", "银行信用记录", "他行信用记录", "变现能力"]
PLACE = ("位置记录", ["地理经度", "地理纬度", "记录时间"])

VILLAGES = [("350583102203", "洪濑镇梅住村", "362331"), ("350583102207", "洪濑镇东溪村", "362331"),
            ("350583105211", "康美镇福铁村", "362333"), ("350583105214", "康美镇兰田村", "362333"),
            ("350583108201", "梅山镇蓉中村", "362332")]
TRADES = [("养猪", "农业"), ("茶叶种植", "农业"), ("石材加工", "制造业"), ("小卖部", "批发和零售业"), ("蘑菇种植", "农业"),
          ("货运", "交通运输业"), ("", ""), ("", ""), ("水暖安装", "建筑业"), ("鞋材加工", "制造业")]


def wan(lo, hi):
    return f"{f.r.randrange(lo, hi)}万"


def person_row():
    code, village, post = f.pick(VILLAGES)
    born = f.date(datetime.date(1950, 1, 1), datetime.date(1992, 12, 31))
    sex = f.pick(["男", "男", "男", "女"])
    cer = f"350583{born:%Y%m%d}{f.r.randrange(1000):03d}{f.pick('0123456789X')}"
    if f.chance(0.15):
        validity = "null-null"
    else:
        start = f.date(datetime.date(2004, 1, 1), datetime.date(2012, 12, 31))
        validity = f"{start:%Y%m%d}-" + ("长期" if born.year < 1966 else f"{start.year + 20}{start:%m%d}")
    trade, industry = f.pick(TRADES)
    farmer = trade in ("养猪", "茶叶种植", "蘑菇种植", "") or f.chance(0.5)
    group = f.r.randrange(1, 12)
    address = f"南安市{village}{group}组{f.r.randrange(1, 120)}号" if f.chance(0.8) else f"{village}{f.pick(['顶厝', '后埔', '新厝', '下店'])}{f.r.randrange(1, 90)}号"
    own, year_income, wage = f.pick(["自有资金充足", "部分自有", "借款为主", ""]), wan(3, 60), wan(2, 8) if f.chance(0.4) else ""
    fam_income = f.r.randrange(5, 80)
    row = [f.name_cn(), cer, sex, "是" if farmer else "否", f.pick(["身份证", "居民身份证", "身份证"]), validity,
           f.pick(["农户", "农户", "个体工商户", "种养殖大户", ""]), born.isoformat(), "中国", "否",
           f.pick(["汉族"] * 9 + ["畲族"]), f.pick(["群众"] * 6 + ["中共党员"]), address, post,
           f"0595-86{f.r.randrange(100000, 999999)}" if f.chance(0.3) else "", f.mobile_cn() if f.chance(0.93) else "",
           code, village, "无", f.pick(["良好", "良好", "一般"]), f.pick(["小学", "初中", "初中", "高中", "中专"]),
           f.pick(["一般客户", "贷款客户", "存款客户", "无"]), f.pick(["自置", "自置", "与父母同住", "租赁"]),
           f.pick(["已婚"] * 7 + ["未婚", "离异", "丧偶"]), f.pick(["新农合", "新农合、新农保", "无"]),
           f.pick(["存款", "存款、贷款", "无", "代发工资"]),
           f.pick(["农民", "个体", "务工", "农民", "教师", "司机"]), trade,
           str(f.r.randrange(1, 25)) if trade else "", f.pick(["自有", "租赁"]) if trade else "", industry,
           f.pick(["个人独资", "合伙"]) if trade else "", f.pick(["自有", "借款", "自有+借款"]) if trade else ""]
    # the exporter writes 投入金额 and 自有资金情况 to one cell: the next values land one column left
    row += [own, year_income, wage, f.pick(["在岗", "无", ""]), "", "", "", "", "", wage, "", "",
            f"{fam_income}万", wan(2, 12), f.pick(["经营收入", "务农收入", "工资收入", "经营收入、务工"]),
            f"{max(fam_income - f.r.randrange(0, 5), 1)}万", wan(0, 10), f.pick(["生活开支", "生活开支、子女教育", "医疗", "建房"]),
            f.pick(["是", "是", "否"]), wan(20, 300), f.pick(["房产", "房产、土地", "房产、车辆", "土地"])]
    assert len(row) == 54
    return row


def house():
    return [f.pick(["自建房", "自建房", "商品房"]), f.pick(["自住", "自住", "出租", "经营"]), f.pick(["本村", "本村", "镇区", "南安市区"]),
            f.pick(["砖混", "框架", "石结构"]), str(f.r.randrange(1, 6)), f.pick(["自用", "出租"]), str(f.r.randrange(60, 400)),
            wan(10, 120), f.pick(["否", "否", "是"]), f.pick(["已办证", "未办证", "已办证"]), f.pick(["", "", "祖屋", "在建"])]


def land():
    return [f"{f.r.randrange(1, 12)}亩", wan(1, 20), f.pick(["承包地", "承包地", "宅基地", "租赁"]), f.pick(["耕地", "林地", "茶园", "果园"]),
            f.pick(["自种", "出租", "闲置"]), f.pick(["是", "是", "否"])]


def car():
    return [f.pick(["小轿车", "货车", "摩托车", "面包车"]), wan(1, 20), f.pick(["否", "否", "是"]), f.pick(["自用", "营运"])]


def member():
    return [wan(0, 8) if f.chance(0.7) else "", f.pick(["配偶", "配偶", "儿子", "女儿", "父亲", "母亲", "儿媳"]),
            f.pick(["务工", "学生", "农民", "个体", "无"]), f.pick(["本村", "本村", "泉州市区", "厦门", "晋江"])]


def tail_row():
    need = f.chance(0.45)
    return ([f.pick(["存款", "存款、贷款", "银行卡", "无"]), f.pick(["满意", "满意", "比较满意", "一般"]), "是" if need else "否",
             f.pick(["扩大养殖", "购买农资", "建房", "进货", "买车"]) if need else "", wan(5, 50) if need else "",
             f.pick(["1年", "2年", "3年"]) if need else "", f.pick(["保证", "抵押", "信用"]) if need else "",
             f.pick(["子女教育", "建房", "养老", "扩大经营"]), f.pick(["贷款", "存款", "手机银行", "无"]), "无",
             f.pick(["无", "", "延长营业时间"]), f.pick(["无", "", "服务态度好"])]
            # 金融服务需求 has no self-service value: from 自助机具业务 on, each value sits one column left
            + [f.pick(["有", "无"]), f.pick(["手机银行", "网上银行", "无"]), f.pick(["水电费", "无", "社保"]),
               f.pick(["有", "", ""]), "", f.pick(["", "", "需要贷款20万", "办理信用卡"]),
               f.pick(["有贷款", "无", "无"]), f.pick(["良好", "良好", "无记录"]), f.pick(["无不良", "无", "未查询"]),
               f.pick(["较强", "一般", "较弱"])])


wb = workbook()
ws = wb.active
ws.title = "full"
col = 1
for h in PERSON:
    ws.cell(1, col, h)
    ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    col += 1
for title, parts in GROUPS:
    ws.cell(1, col, title)
    ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + len(parts) - 1)
    for p in parts:
        ws.cell(2, col, p)
        col += 1
for h in SURVEY:
    ws.cell(1, col, h)
    ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    col += 1
title, parts = SERVICE
ws.cell(1, col, title)
ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + len(parts) - 1)
for p in parts:
    ws.cell(2, col, p)
    col += 1
for h in CREDIT:
    ws.cell(1, col, h)
    ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    col += 1
title, parts = PLACE
ws.cell(1, col, title)
ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + len(parts) - 1)
for p in parts:
    ws.cell(2, col, p)
    col += 1
assert col - 1 == 113

# The exporter's algorithm, rows as it leaves them (createRow replaces a row).
sheet = {}
merges = []
row_idx = 2
customers = []
for _ in range(118):
    person = person_row()
    houses = [house() for _ in range(f.pick([0, 1, 1, 1, 1, 2, 2, 3]))]
    lands = [land() for _ in range(f.pick([0, 0, 1, 1, 2]))]
    cars = [car() for _ in range(f.pick([0, 0, 0, 1, 1, 2]))]
    members = [member() for _ in range(f.pick([0, 1, 2, 2, 3, 3, 4]))]
    finance = [f.pick(["存款", "存款", "理财", ""]), wan(0, 30), wan(0, 20) if f.chance(0.5) else "0"]
    debts = ([wan(3, 40), "0", wan(3, 40), f.pick(["经营", "建房", "购车"]), f.pick(["正常", "正常", "关注"])] if f.chance(0.4)
             else ["0", "0", "0", "", ""])
    first = {c: v for c, v in enumerate(person)}
    first.update({75 + c: v for c, v in enumerate(finance + debts)})
    first.update({87 + c: v for c, v in enumerate(tail_row())})
    sheet[row_idx] = first
    extra = 0
    for block, start in ((houses, 54), (lands, 65), (cars, 71), (members, 83)):
        for i, entry in enumerate(block):
            r = row_idx + i
            if i > extra:
                extra += 1
                sheet[r] = {}
            for c, v in enumerate(entry):
                sheet[r][start + c] = v
    customers.append((person, houses, lands, cars, members, row_idx, extra))
    if extra > 1:
        merges.append((row_idx, row_idx + extra - 1))
    row_idx += extra if extra > 0 else 1

thin = Side(style="thin")
for r, cells in sorted(sheet.items()):
    for c, v in cells.items():
        if v not in ("", None):
            ws.cell(r + 1, c + 1, v)
for a, b in merges:
    for c in range(54):
        ws.merge_cells(start_row=a + 1, start_column=c + 1, end_row=b + 1, end_column=c + 1)
for r in range(1, max(sheet) + 2):
    for c in range(1, 114):
        ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.cell(r, c).alignment = Alignment(vertical="center", wrap_text=r <= 2)
ws.row_dimensions[1].height = 30
for c in ("A", "M"):
    ws.column_dimensions[c].width = 12 if c == "A" else 30
ws.column_dimensions["B"].width = 20

if __name__ == "__main__":
    save(wb, "farmers-zh-cn-creditcoop.xls", libreoffice="xls")
    print("customers", len(customers), "last row", max(sheet) + 1, "merged blocks", len(merges))
