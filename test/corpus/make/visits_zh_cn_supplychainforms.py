"""
Shape of 1464642840/crm "src/main/resources/file/xxx-合肥圆融供应链管理有限公司拜访记录表.xlsx" (at commit
3910e0d) as the firm's CRM fills it (src/main/java/com/company/project/service/impl/Plan1ServiceImpl.java,
drawBaifangExcel, Spire.XLS): a plastics-and-steel supply-chain trader's visit-record workbook for one
salesperson, one sheet per company visited (the sheet named after the company, '/' as '|'), each a copy
of the template form: a merged title, the visitor and department, '一、拜访企业基本信息' (full name,
address, customer / supplier / both as ■□ boxes, new customer ■□, staff count, size in tonnes, the
contact in one cell '姓名：童总          性别：男      部门及职位： 总经理     手机号码：…', hobbies,
monthly raw-material use and the firm's share in tonnes, three upstream suppliers and three downstream
customers as label | value | label | value, other material needs), then '二、拜访记录明细' with one
four-row block per visit: the date (yyyy-MM-dd, with '（陪同人：…）' when colleagues came along) merged
down column B, the template's '均无' in the gifts column, and the purpose, result, other information
and follow-up plan in merged E:F cells (a colleague's part prefixed '名字(陪同):' on a new line). The
template sheet itself is removed. Ten companies, one to three visits each. Values invented.
"""
import datetime

from openpyxl.styles import Alignment

from fake import GIVEN_CN, SURNAMES_CN, Fake, save, workbook

f = Fake("visits-zh-cn-supplychainforms")
VISITOR, DEPT = "沙明远", "塑料部"
COLLEAGUES = ["吕晗", "王建兵", "干娜", "周凯"]

COMPANIES = [
    ("浙江华泰塑胶有限公司", "浙江省台州市黄岩区江口街道新江路18号", "客户", "PP注塑件"),
    ("合肥鑫源包装材料有限公司", "安徽省合肥市肥东县经济开发区龙城路66号", "客户", "PE薄膜"),
    ("安徽凯诺管业有限公司", "安徽省六安市舒城县杭埠经济开发区纬二路", "二者皆是", "HDPE管材"),
    ("宁波恒立家电配件有限公司", "浙江省宁波市慈溪市周巷镇工业园区环城北路", "客户", "ABS家电外壳"),
    ("芜湖顺达汽车部件有限公司", "安徽省芜湖市鸠江区电子产业园永安路8号", "客户", "改性PP汽车件"),
    ("江苏润丰钢管/型材有限公司", "江苏省无锡市锡山区东港镇港下工业园", "二者皆是", "焊管"),
    ("马鞍山瑞达金属制品有限公司", "安徽省马鞍山市雨山区银塘镇", "二者皆是", "冷轧板加工"),
    ("常州新航塑业科技有限公司", "江苏省常州市武进区湖塘镇长虹路", "客户", "PVC片材"),
    ("滁州鸿运日用品有限公司", "安徽省滁州市南谯区乌衣镇工业集中区", "客户", "PP日用品"),
    ("蚌埠天成再生资源有限公司", "安徽省蚌埠市怀远县经济开发区", "二者皆是", "再生料"),
]
GRADES = ["PP T30S", "PP K8003", "HDPE 5000S", "LLDPE 7042", "ABS 757", "PVC SG-5", "PP 1100N", "HDPE 6098"]
TITLES = ["总经理", "采购经理", "采购", "副总", "厂长", "老板"]
PURPOSES = ["初次拜访，了解企业用料情况", "回访，跟进上月报价", "催收货款并沟通下月订单", "介绍我司现货资源及账期政策",
            "陪同新同事熟悉客户", "沟通{g}价格走势及备货计划"]
RESULTS = ["客户目前月用{g}约{t}吨，主要从贸易商拿货，对我司账期方案有兴趣", "已确认下月采购{t}吨{g}，价格按出厂价加50执行",
           "货款已回笼，客户反映上批料有少量黑点，已反馈工厂", "客户暂无需求，留下报价单，约定月底再联系",
           "客户新上两台注塑机，用量预计增加{t}吨/月"]
HAPPEN = ["同行某贸易商近期在该区域低价抛货", "客户采购经理下月离职，接任人未定", "当地环保检查，部分小厂停产整顿",
          "客户下游订单旺季在九月前后", "无"]
PLANS = ["每周报价一次，争取先做小单试料", "月底前安排样品，配合客户试模", "申请30天账期，提交风控审批",
         "保持联系，旺季前再次拜访", "推进年度合作框架协议"]


def contact():
    s = f.pick(SURNAMES_CN)
    name = s + f.pick(["总", "经理", "总", "厂长"]) if f.chance(0.6) else s + "".join(f.pick(GIVEN_CN) for _ in range(2))
    return name, f.pick(["男", "男", "女"]), f.pick(TITLES), f.mobile_cn()


def fill(text):
    return text.format(g=f.pick(GRADES), t=f.pick([20, 30, 50, 80, 100, 150]))


wb = workbook()
wb.remove(wb.active)
wrap = Alignment(wrap_text=True, vertical="center")
summary = []
day = datetime.date(2020, 4, 20)
for name, address, kind, product in COMPANIES:
    ws = wb.create_sheet(name.replace("/", "|"))
    for col, width in zip("ABCDEFGH", [1.625, 17.875, 12.625, 23.125, 23.0, 29.0, 14.375, 10.125]):
        ws.column_dimensions[col].width = width
    cname, sex, title, mobile = contact()
    new = f.chance(0.4)
    boxes = {"客户": "■客户          □供应商          □二者皆是", "供应商": "□客户          ■供应商          □二者皆是",
             "二者皆是": "□客户          □供应商          ■二者皆是"}[kind]
    cells = {
        "B1": "合肥圆融供应链管理有限公司拜访记录", "B2": "拜访人姓名", "C2": VISITOR, "E2": "所在部门", "F2": DEPT,
        "B3": "一、拜访企业基本信息", "B4": "企业全称", "C4": name, "B5": "企业详细地址", "C5": address,
        "B6": "企业基本情况" + " " * 64, "C6": boxes, "B7": "是否为新客户", "C7": "■是            □否" if new else "□是            ■否",
        "B8": "企业人数（人）", "C8": f.pick([30, 45, 80, 120, 200, 350]), "E8": "企业规模（吨）", "F8": f.pick([100, 300, 500, 1000, 2000]),
        "B9": "企业联系人信息",
        "C9": f"姓名：{cname}          性别：{sex}      部门及职位： {title}     手机号码：{mobile}",
        "C10": "爱好及其他信息： " + f.pick(["", "喜欢钓鱼", "爱喝茶", "打羽毛球", ""]),
        "B11": "月平均原料用量（吨）", "C11": f.pick([50, 100, 200, 300, 600]), "E11": "我司月平均合作数量（吨）",
        "F11": 0 if new else f.pick([10, 20, 30, 50]),
        "B12": "企业主要上游供应商\n及供应材料", "B15": "企业主要下游客户\n及供应材料", "B18": "企业其他材料需求",
        "C18": "类别：钢材      牌号及月用量：" + (" " * 20) + "竞争供应商及背景：",
        "C19": "类别：塑料      牌号及月用量：" + f.pick(GRADES) + f" {f.pick([20, 50, 80])}吨" + (" " * 10) + "竞争供应商及背景：" + f.pick(["中石化直销", "本地贸易商", "上海贸易商", ""]),
        "C20": "类别：再生料    牌号及月用量：" + (" " * 22) + "竞争供应商及背景：",
        "B21": "二、拜访记录明细（多次拜访自行往下添加）", "B22": "拜访日期（年月日）", "C22": "是否宴请或送礼", "D22": "拜访总结",
    }
    for i in range(3):
        cells[f"C{12 + i}"], cells[f"E{12 + i}"] = "供应商名称", "供应材料"
        cells[f"C{15 + i}"], cells[f"E{15 + i}"] = "下游客户", "使用材料"
    cells["D12"] = f.pick(["中石化华东销售", "宁波某贸易商", "上海塑化城"])
    cells["F12"] = f.pick(GRADES)
    if f.chance(0.6):
        cells["D15"] = f.pick(["美的", "格力配套厂", "本地经销商", "奇瑞配套"])
        cells["F15"] = product
    for ref, v in cells.items():
        ws[ref] = v
    for ref in ("B1:F1", "C2:D2", "B3:F3", "C4:F4", "C5:F5", "C6:F6", "C7:F7", "C8:D8", "B9:B10", "C9:F9", "C10:F10", "C11:D11",
                "B12:B14", "B15:B17", "B18:B20", "C18:F18", "C19:F19", "C20:F20", "B21:F21", "D22:F22"):
        ws.merge_cells(ref)
    visits = []
    for i in range(f.pick([1, 1, 2, 2, 3])):
        day = day + datetime.timedelta(days=f.r.randrange(1, 6))
        top = 23 + 4 * i
        along = f.pick(["", "", "", "、".join(f.r.sample(COLLEAGUES, f.pick([1, 2])))])
        target, result, happen, plan = fill(f.pick(PURPOSES)), fill(f.pick(RESULTS)), f.pick(HAPPEN), f.pick(PLANS)
        if along:
            first = along.split("、")[0]
            result += f"\r\n{first}(陪同):" + f.pick(["补充客户对账期要求较严", "已加客户微信，后续跟进样品"])
        ws[f"B{top}"] = f"{day:%Y-%m-%d}" + (f"（陪同人：{along}）" if along else "")
        ws[f"C{top}"] = "均无"
        for k, (label, text) in enumerate((("拜访目的", target), ("拜访结果", result),
                                           ("其他信息获取\n（包括不限于人员动态、市场动态、行业动态等）", happen),
                                           ("后续合作推进计划\n（包括不限于如何达成交易？如何扩大业务量？如何保证交期等改善方案）", plan))):
            ws[f"D{top + k}"] = label
            ws[f"E{top + k}"] = text
            ws[f"E{top + k}"].alignment = wrap
            ws.merge_cells(f"E{top + k}:F{top + k}")
            ws.row_dimensions[top + k].height = [30, 30, 49.5, 60.75][k]
        ws.merge_cells(f"B{top}:B{top + 3}")
        ws.merge_cells(f"C{top}:C{top + 3}")
        visits.append((f"{day:%Y-%m-%d}", along, target, result, happen, plan))
    for r, h in {1: 48.0, 2: 25.5, 3: 18.0, 21: 18.0, 22: 25.5}.items():
        ws.row_dimensions[r].height = h
    summary.append((name, address, cname, mobile, visits))

save(wb, "visits-zh-cn-supplychainforms.xlsx")

if __name__ == "__main__":
    for name, address, cname, mobile, visits in summary:
        print(name, address, cname, mobile)
        for v in visits:
            print("   ", v)
