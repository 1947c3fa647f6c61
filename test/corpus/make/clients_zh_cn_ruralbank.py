"""
Shape of chenxingxing6/srnswx "doc/文档/附件2：上饶农商行“主攻客户群体”对接台账(2).xlsx": a rural
commercial bank's ledger of new customers won in its door-to-door marketing drive, made in
Excel 2007, as a branch fills it in.

- "社区、街道住户台账": a merged title row, a '填报单位：' / '时间：' line, a two-row header (序号 /
  营销人员 / 任务数 / 完成数 over two rows, a '社 区、街 道 信 息 明 细' group over the community's
  name, head and household count, a '新 增 有 效 客 户 信 息 明 细' group over the household's
  name, address, family size, family assets in 万元, work unit or business, years, family income in
  万元, phone, ID number and three free-text service columns). The template's example row (张三 /
  王XX / 'XXX小区XX栋XX单元XX楼XX号') is left in; the marketer's number, name, task and done count
  are merged down over his households, the community over its households. Phones with two numbers
  or a landline, ID numbers as text and, on a few rows, typed as numbers (rounded by Excel), assets
  and income as numbers or '约80' / '10万', one household listed by two marketers.
- "主攻行业客户台账 " (trailing space): the same for merchants: shop name, business address, years,
  own or rented premises, annual turnover in 万元, operator, phone, operator's ID number,
  supervising body, trade association head and the three service columns; the example row was
  typed over.
- "Sheet2", "Sheet3": empty.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-ruralbank")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")

COMMUNITIES = [("滨江社区", 1260), ("茅家岭社区", 980), ("五三社区", 1530), ("北门街道", 2100), ("东市社区", 870),
               ("水南街道", 3200), ("龙潭社区", 640), ("紫阳社区", 1120)]
ESTATES = ["紫阳花园", "金龙岗小区", "滨江名城", "书院路小区", "胜利新村", "三江花园", "凤凰城", "锦绣华庭"]
ROADS = ["滨江东路", "中山路", "解放路", "庆丰路", "赣东北大道", "凤凰大道", "五三大道", "建设路", "胜利路"]
WORK = ["个体（服装）", "上饶市第一小学", "退休", "信州区城管局", "个体户-餐饮", "务工", "上饶鑫达建材有限公司", "出租车司机",
        "个体（五金）", "市人民医院", "自由职业", "信州区供电所", "开超市", "装修", "在家", "教师"]
OTHER = ["农行存款", "建行贷款、邮储存款", "无", "工行卡", "邮储存款", "农行、建行", "支付宝、微信", "建行房贷", "中行信用卡", ""]
OURS = ["丰收卡、手机银行", "存款", "小额贷款", "理财", "丰收卡", "手机银行、微信银行", "ETC", "存款、丰收卡", "社保卡激活"]
WANT = ["贷款", "存款", "手机银行", "暂无", "理财", "信用卡", "创业贷", "", "房贷"]
GOODS = ["五金", "水果", "粮油", "服装", "建材", "茶叶", "烟酒", "家电", "母婴", "副食品", "电动车", "药店", "汽修", "花店"]
SUPERVISORS = ["市场监管局", "工商局", "无", "", "", "商务局", "烟草专卖局"]


def person_id(birth_from=1955, birth_to=1995):
    born = f.date(datetime.date(birth_from, 1, 1), datetime.date(birth_to, 12, 28))
    tail = f"{f.r.randrange(1000):03d}" + f.pick("0123456789X")
    return f"36110{f.r.randrange(2, 5)}{born:%Y%m%d}{tail}"


def phone():
    k = f.r.random()
    if k < 0.08:
        return f"0793-8{f.r.randrange(100000, 999999)}"
    if k < 0.16:
        return f"{f.mobile_cn()}、{f.mobile_cn()}"
    return f.mobile_cn()


def money(lo, hi, texts):
    v = f.r.randrange(lo, hi)
    k = f.r.random()
    if k < 0.15:
        return f"约{v}"
    if k < 0.25:
        return f"{v}万"
    if k < 0.3:
        return f.pick(texts)
    return v


def years():
    v = f.r.randrange(2, 25)
    return f"{v}年" if f.chance(0.4) else v


def id_cell():
    if f.chance(0.08):
        return None
    v = person_id()
    if f.chance(0.1) and not v.endswith("X"):
        return int(v[:15]) * 1000        # typed as a number: Excel keeps 15 digits
    return v


def head(ws, title, unit_col, time_col, groups, fields):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(fields) + 4)
    ws["A1"] = title
    ws["A1"].font = Font(size=18, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(2, unit_col, "填报单位：城东支行")
    ws.cell(2, time_col, "时间：2017年12月")
    for j, text in enumerate(["序号", "营销人员", "任务数", "完成数"]):
        ws.cell(3, j + 1, text)
        ws.merge_cells(start_row=3, start_column=j + 1, end_row=4, end_column=j + 1)
    col = 5
    for text, width in groups:
        ws.cell(3, col, text).font = Font(bold=True)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + width - 1)
        col += width
    for j, text in enumerate(fields):
        ws.cell(4, 5 + j, text).alignment = WRAP
    ws.row_dimensions[1].height = 53.25
    ws.row_dimensions[4].height = 69.75
    for r in range(3, 5):
        for c in range(1, len(fields) + 5):
            ws.cell(r, c).border = BOX
            if ws.cell(r, c).alignment.wrap_text is not True:
                ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center")


MARKETERS = [f.name_cn() for _ in range(6)]

wb = workbook()
ws = wb.active
ws.title = "社区、街道住户台账"
HOUSE_FIELDS = ["社区、街道名称", "社区、街道负责人", "社区、街道总住户数", "住户名称", "详细居住地址", "家庭人口",
                "家庭资产情况（万元）", "经营项目或工作单位", "经营或工作年限", "家庭年收入（万元）", "联系方式", "身份证号码",
                "已有他行金融产品或金融服务", "本次营销我行金融服务", "意向获得我行服务"]
head(ws, "深度“四扫”主攻社区、街道住户台账", 9, 15,
     [("社 区、街 道 信 息 明 细", 3), ("新 增 有 效 客 户 信 息 明 细", 12)], HOUSE_FIELDS)
example = "存、贷款业务、理财、保险、电子产品等"
for c, v in {1: 1, 2: "张三", 8: "王XX", 9: "XXX小区XX栋XX单元XX楼XX号", 17: example, 18: example, 19: example}.items():
    ws.cell(5, c, v)

row = 6
households = []
repeated = None
for k, marketer in enumerate(MARKETERS):
    done = f.r.randrange(3, 7)
    start = row
    communities = f.r.sample(COMMUNITIES, 2 if done > 3 else 1)
    split = [done] if len(communities) == 1 else [done // 2, done - done // 2]
    for (community, total), n in zip(communities, split):
        cstart = row
        ws.cell(row, 5, community)
        ws.cell(row, 6, f.name_cn())
        ws.cell(row, 7, total)
        for _ in range(n):
            if k == 4 and repeated is None:
                h = households[3]               # a household another marketer already listed
                repeated = h
            else:
                estate = f.pick(ESTATES)
                if f.chance(0.6):
                    addr = f"{estate}{f.r.randrange(1, 20)}栋{f.r.randrange(1, 4)}单元{f.r.randrange(1, 9)}0{f.r.randrange(1, 4)}"
                else:
                    addr = f"{f.pick(ROADS)}{f.r.randrange(1, 300)}号"
                if f.chance(0.2):
                    addr = "信州区" + addr
                h = [f.name_cn(), addr, f"{f.r.randrange(2, 7)}人" if f.chance(0.2) else f.r.randrange(2, 7),
                     money(20, 300, ["房产一套", "有房有车"]), f.pick(WORK), years(), money(4, 40, ["不详"]),
                     phone(), id_cell(), f.pick(OTHER), f.pick(OURS), f.pick(WANT)]
                households.append(h)
            for j, v in enumerate(h):
                if v not in (None, ""):
                    ws.cell(row, 8 + j, v)
            row += 1
        for c in (5, 6, 7):
            if row - 1 > cstart:
                ws.merge_cells(start_row=cstart, start_column=c, end_row=row - 1, end_column=c)
    ws.cell(start, 1, k + 1)
    ws.cell(start, 2, marketer)
    ws.cell(start, 3, 4)
    ws.cell(start, 4, done)
    for c in (1, 2, 3, 4):
        ws.merge_cells(start_row=start, start_column=c, end_row=row - 1, end_column=c)
HOUSE_LAST = row - 1
for r in range(5, HOUSE_LAST + 8):              # the template's ruled rows run on below the data
    for c in range(1, 20):
        ws.cell(r, c).border = BOX
        if c >= 8:
            ws.cell(r, c).alignment = Alignment(wrap_text=c >= 17, vertical="center")
for col, w in zip("ABEGHIJLNOP", [5.25, 8.875, 11.25, 11.0, 10.875, 26.75, 5.875, 9.625, 10.5, 12.875, 20]):
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("主攻行业客户台账 ")
SHOP_FIELDS = ["商户名称", "经营地址", "经营年限", "经营场所情况（自有、租赁）", "年营业额（万元）", "经营者姓名", "联系方式",
               "身份证号码", "上级主管部门", "行业协会负责人", "已有他行金融产品或金融服务", "本次营销我行金融服务", "意向获得我行服务"]
head(ws2, "深度“四扫”主攻行业客户台账", 6, 11, [("新 增 有 效 客 户 信 息 明 细", 13)], SHOP_FIELDS)
row = 5
shops = []
for k, marketer in enumerate(MARKETERS):
    done = f.r.randrange(4, 9)
    start = row
    for _ in range(done):
        owner = f.name_cn()
        goods = f.pick(GOODS)
        kind = f.r.random()
        if kind < 0.35:
            shop = f"{owner[0]}记{goods}" + ("" if goods.endswith("店") else "店")
        elif kind < 0.6:
            shop = f"信州区{f.pick(['鑫源', '华丰', '恒达', '佳佳', '兴旺', '永盛', '福满', '金诚'])}{goods}经营部"
        elif kind < 0.8:
            shop = f"{f.pick(['老', '小', '阿'])}{owner[0]}{goods}批发"
        else:
            shop = f"上饶市{f.pick(['瑞丰', '天和', '宏远', '盛达', '联发'])}{goods}有限公司"
        if any(s[0] == shop for s in shops):
            shop += "二店"
        s = [shop, f"{f.pick(ROADS)}{f.r.randrange(1, 400)}号" + (f"（{f.pick(ESTATES)}旁）" if f.chance(0.15) else ""),
             years(), f.pick(["租赁", "租赁", "自有", "自有", "租", "租赁（5年合同）"]), money(20, 800, ["不详", "保密"]),
             owner, phone(), id_cell(), f.pick(SUPERVISORS), f.name_cn() if f.chance(0.3) else None,
             f.pick(OTHER), f.pick(OURS), f.pick(WANT)]
        shops.append(s)
        for j, v in enumerate(s):
            if v not in (None, ""):
                ws2.cell(row, 5 + j, v)
        row += 1
    ws2.cell(start, 1, k + 1)
    ws2.cell(start, 2, marketer)
    ws2.cell(start, 3, 6)
    ws2.cell(start, 4, done)
    for c in (1, 2, 3, 4):
        ws2.merge_cells(start_row=start, start_column=c, end_row=row - 1, end_column=c)
SHOP_LAST = row - 1
for r in range(5, SHOP_LAST + 6):
    for c in range(1, 18):
        ws2.cell(r, c).border = BOX
for col, w in zip("ABEFGHIJKLMN", [5.25, 8.875, 18, 21.5, 10.25, 9.625, 10.5, 10.75, 12.875, 20, 12.375, 14.625]):
    ws2.column_dimensions[col].width = w

wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

if __name__ == "__main__":
    save(wb, "clients-zh-cn-ruralbank.xlsx")
    print("households", HOUSE_LAST - 5, "unique", len(households), "shops", len(shops))
