"""
Shape of cengjinyan48-commits/overseas-complaint-dashboard "2026年海外客户投诉台账.xlsx" (at commit
ec50e81e): an air-conditioner maker's overseas customer-complaint ledger kept in WPS 表格 online (here
re-saved by LibreOffice). Sheet 所有客诉: the title 2026年海外客诉台账 merged over A1:Y1, the header in
row 2 (25 columns, orange fill, autofilter A2:Y161): 编号, 分公司 (the sales region: 北美, 西欧, 战略OEM …),
国家或地区, 是否大客户 (是/否), 投诉日期, 应结案日期, 结案预警 (=WORKDAY(F,-3) on all but the last rows,
typed dates there), 实际完成日期 ('/' on a few open ones), 完成周期（天） (digits as text or '/'),
机型属性, 故障比例 (a percentage, 1, '/' or one cell shown as a time), 问题描述 (a multi-line text in
【问题描述】/【订单号】/【订单数量】… blocks; the complaining customer is named only here, as
"土耳其A客户", "台湾奇美客户", "LG客户" …), 客户诉求, 跟进人 (five staff), 处理类型 (客服/品质),
结案状态 (结案/关闭/未结案/暂停), 应急措施, 原因分析, 长期整改措施 (long multi-line texts), 责任单位,
故障大类, 品质负责人, 8D报告, 8D措施点检 (有/无/'/'), 备注. 72 complaints, then the serial typed
on down to 158 with nothing beside it. The text columns carry a time number format, E:H mm-dd-yy.
A second sheet 客户退回件台账 has a merged title and a 17-column header for returned parts with
eight empty bordered rows. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from fake import Fake, save, workbook

f = Fake("complaints-zh-cn-acexport")
D = datetime.datetime

HEADER = ["编号", "分公司", "国家或地区", "是否大客户", "投诉日期", "应结案日期", "结案预警", "实际完成日期", "完成周期（天）",
          "机型属性", "故障比例", "问题描述", "客户诉求", "跟进人", "处理类型", "结案状态", "应急措施", "原因分析", "长期整改措施",
          "责任单位", "故障大类", "品质负责人", "8D报告", "8D措施点检", "备注"]
TIMEFMT = '[$-F400]h:mm:ss\\ AM/PM'

REGIONS = {"北美": ["美国", "墨西哥", "波多黎各"], "东南亚": ["中国台湾", "马来西亚", "菲律宾", "泰国"],
           "西欧": ["波兰", "土耳其", "荷兰", "意大利", "法国"], "中东": ["沙特", "西亚", "阿联酋", "以色列"],
           "东欧": ["俄罗斯", "澳大利亚", "巴勒斯坦"], "南亚": ["巴基斯坦", "孟加拉", "约旦"], "战略OEM": ["印尼", "尼日利亚", "巴林"],
           "非洲": ["尼日利亚", "毛里求斯"], "南美": ["巴西", "阿根廷"], "拉美": ["美国", "萨尔瓦多"]}
REGION_ROWS = ["北美"] * 13 + ["东南亚"] * 13 + ["西欧"] * 10 + ["中东"] * 9 + ["东欧"] * 6 + ["南亚"] * 6 + \
    ["战略OEM"] * 5 + ["非洲"] * 4 + ["南美"] * 4 + ["拉美"] * 2
f.r.shuffle(REGION_ROWS)
REGION_ROWS[2] = "战略OEM"  # the third complaint is a key account's
KINDS = ["变频整机"] * 38 + ["变频散件"] * 13 + ["窗机"] * 6 + ["定频整机"] * 6 + ["定频散件"] * 5 + ["天花机"] * 2 + ["风管机", "柜机"]
f.r.shuffle(KINDS)
STAFF = ["郑晓东"] * 22 + ["曾海燕"] * 19 + ["陈志远"] * 16 + ["黄建华"] * 10 + ["方子轩"] * 5
f.r.shuffle(STAFF)
QUALITY = ["严国强"] * 57 + [None] * 6 + ["刘思远"] * 3 + ["吴晨"] * 2 + ["程嘉俊"] * 2 + ["何欣", "朱浩"]
f.r.shuffle(QUALITY)
CUSTOMERS = ["{c}{l}客户", "{c}{l}品牌客户", "{c}散件{l}客户", "{c}{l}客户"]
NAMED = {5: "台湾奇美客户", 11: "台湾远扬客户", 12: "巴基斯坦PEL客户", 14: "印尼ARISTON客户", 21: "夏普客户",
         30: "LG客户", 33: "台湾禾联客户", 44: "巴基斯坦PEL客户", 61: "台湾奇美客户"}
PROBLEMS = [("内机电机噪音大，如下视频，业务带回一个电机供分析，请做分析整改。", "噪音", "提供分析报告"),
            ("收到的面板丝印颜色与要求不一致，要求为蓝色，实际为黑色。", "外观不良", "提供分析报告"),
            ("货物在货柜里倒柜、散落，造成物料损坏，这是第三次投诉。", "装柜问题", "彻底整改"),
            ("室外机接线端子破裂，客户端已完成生产，无额外备件。", "装配问题", "要求分析改善并提供解决方案。"),
            ("冷凝器加强管处泄漏，均是使用一段时间后泄漏。", "裂管/漏氟", "提供分析报告"),
            ("挂机内机缺少遥控器，经核查生产记录有两台机器缺失遥控器扫码记录。", "错漏发", "查明原因并给客户补料"),
            ("纸箱和标贴型号不对，标贴和条码型号不对。", "装配问题", "提供处理方案"),
            ("中框侧面明显发黄，客户意见很大，如下图片。", "外观不良", "核实原因并提供改善措施，给客户补料"),
            ("窗机插上电源无法开机，客户工程师检查是PCB开关电源芯片有问题。", "电控", "核查原因和尽快补料"),
            ("开柜发现包装箱破损，客户需要装柜图片和出货前货物的图片。", "包装破损", "分析原因并提供改善措施"),
            ("底座卡扣断裂，断裂位置为挂墙板卡扣。", "部品不良", "核实原因并提供改善措施，给客户补料"),
            ("三通阀结霜，已发现5台。", "装配问题", "派人现场返包")]
CAUSES = ["1、员工装配时未按作业指导书操作，首检未有效核查；\n2、OQC抽检未抽中问题机。",
          "供应商制程参数管控不到位，来料检验未发现异常。",
          "1、前后批次相似物料同时在线，员工拿取物料时未做区分；\n2、转批次时未清退线边物料。",
          "仓库未按装柜规范执行，柜内外机打横码放多层，导致开柜倾倒。",
          "按现有企业标准测试均无异常，模拟恶劣运输条件后复现泄漏。"]
ACTIONS = ["1、完善首检记录，巡检签字确认；\n2、举一反三，排查同类机型库存。",
           "\n1、重申装柜规范，多层码垛必须纵向摆放；\n2、装柜全程录像留档。",
           "1、供应商重新开模并全检来料；\n2、增加来料检验项目。",
           "1、相似物料包装箱喷涂不同颜色标识；\n2、线边物料实行一机型一区域管理。"]
UNITS = ["中山一厂"] * 13 + ["/"] * 10 + [None] * 7 + ["武汉工厂"] * 4 + ["其他"] * 3 + ["印尼工厂"] * 3 + ["品质管理部"] * 2 + \
    ["广州分公司"] * 2 + ["商用制造/商用品质", "散件工厂/仓储物流", "广州工厂/制程品管", "性能开发部", "制造工艺部"]
UNITS += [f.pick(["中山一厂", "其他"]) for _ in range(72 - len(UNITS))]
f.r.shuffle(UNITS)
STATUS = ["结案"] * 72
for i in (9, 22, 40, 50):
    STATUS[i] = "关闭"
for i in (57, 58, 71):
    STATUS[i] = "未结案"
STATUS[0] = STATUS[68] = "暂停"
KEY = {2, 3, 15, 20, 30, 44, 45}
NOTES = {0: "电机本体测试有电磁声但是开发和品质确认为正常", 7: "签批版8D报告显示问题已解决，已关闭", 12: "已出具考核通报",
         16: "等故障样品寄回延期5天结案；\n客户确认后关闭", 25: "借用品牌客户8D报告结案", 33: "厂家出具的8D分析报告",
         40: "方案还需验证，延期到7月10号", 47: "已出具考核通报", 53: "无样品仅凭照片分析，客户处确定接受",
         60: "签批版8D报告显示问题已解决，已关闭", 68: "待客户进一步提供信息/寄样回来分析后重启"}

rows = []
day = D(2026, 1, 5)
for i in range(72):
    region = REGION_ROWS[i]
    country = f.pick(REGIONS[region])
    received = min(D(2026, 7, 13), day + datetime.timedelta(days=f.r.randrange(-6, 8)))
    day += datetime.timedelta(days=f.pick([1, 2, 3, 4]))
    due = received + datetime.timedelta(days=f.pick([11, 13, 14, 14, 14, 20]))
    status = STATUS[i]
    problem, category, ask = f.pick(PROBLEMS)
    who = NAMED.get(i) or f.pick(CUSTOMERS).format(c=country.replace("中国", ""), l=f.pick("ABCDEHKRSZ"))
    order = f"MO{f.r.randrange(2504, 2604)}{f.r.randrange(110000, 139999)}"
    qty = f.r.randrange(60, 900)
    bad = f.r.randrange(1, 40)
    head = f.pick(["【问题描述】", "【问题描述】", "【客诉描述】"])
    desc = f"{head}{who}反馈{problem}\n【订单号】{order}\n【订单数量】{qty}\n【故障数量】{bad}\n【客户需求】{ask}"
    if i == 40:
        desc = f"{who}反馈收到1台24K室外机贴着K客户09K的铭牌，\n基础调查如下：\n【订单号】{order}"
    done, cycle = None, None
    if status in ("结案",) or (status == "关闭" and i % 2):
        done = received + datetime.timedelta(days=f.r.randrange(1, 16))
        cycle = str(max(1, (done - received).days * 5 // 7))
    elif status == "关闭":
        done, cycle = "/", "/"
    if i == 55:
        done = received + datetime.timedelta(days=34)
        cycle = "24"
    ratio = f.pick(["/"] * 5 + [1, 1] + [round(f.r.random() * 0.3, 4) for _ in range(5)])
    if i in (1, 19):
        ratio = None
    if i == 4:
        ratio = 0.12  # shown as 02:52:48 under the column's time format
    closed = status in ("结案", "关闭")
    rows.append({
        "B": region, "C": country, "D": "是" if i in KEY else "否", "E": received, "F": due,
        "G": f"=WORKDAY(F{i + 3},-3)" if i < 70 else due - datetime.timedelta(days=3), "H": done, "I": cycle,
        "J": KINDS[i], "K": ratio, "L": desc, "M": ask, "N": STAFF[i], "O": f.pick(["客服", "客服", "客服", "品质"]),
        "P": status, "Q": f.pick([None, None, "/", "无", f"给客户快递{f.r.randrange(10, 200)}个配件", "组织分析", "补发物料"]),
        "R": f.pick(CAUSES) if closed else None, "S": f.pick(ACTIONS) if closed else None,
        "T": UNITS[i] if closed else None, "U": category if f.chance(0.92) else None, "V": QUALITY[i],
        "W": f.pick(["有", "有", "有", "无"]) if closed else None, "X": f.pick([None, "有", "无"]) if closed else None,
        "Y": NOTES.get(i)})

wb = workbook()
ws = wb.active
ws.title = "所有客诉"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "2026年海外客诉台账"
ws["A1"].font = Font(size=26, bold=True)
ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
ws["A1"].number_format = "0_ "
ws.merge_cells("A1:Y1")
orange = PatternFill("solid", fgColor="FFFFC000")
for c, h in enumerate(HEADER, start=1):
    cell = ws.cell(2, c, h)
    cell.font = Font(bold=True)
    cell.fill = orange
    cell.border = box
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.number_format = "0_ " if c == 1 else ("@" if c in (4, 9) else ("mm-dd-yy" if c == 5 else TIMEFMT))
for n, row in enumerate(rows, start=3):
    ws.row_dimensions[n].height = 85.5
    ws.cell(n, 1, n - 2).number_format = "0_ "
    for col, v in row.items():
        cell = ws[f"{col}{n}"]
        cell.value = v
        cell.border = box
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if col in "EFGH":
            cell.number_format = "mm-dd-yy"
        elif col in "DI":
            cell.number_format = "@"
        elif col == "K":
            cell.number_format = TIMEFMT if v == 0.12 else "0.00%"
        else:
            cell.number_format = TIMEFMT
for n in range(75, 161):
    ws.cell(n, 1, n - 2).number_format = "0_ "
ws.auto_filter.ref = "A2:Y161"
ws.freeze_panes = "A64"
for col, w in {"A": 5.9, "B": 8.9, "C": 11.1, "D": 9.5, "E": 13.6, "I": 13.6, "J": 10.1, "K": 8.9, "L": 56.9, "M": 11.25,
               "N": 9.5, "O": 11.25, "P": 14.75, "Q": 12.9, "R": 54.4, "S": 52.5, "T": 15.75, "U": 8.6, "V": 13.75,
               "W": 11.1, "X": 15.1, "Y": 33.75}.items():
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("客户退回件台账")
ws2["A1"] = "2026海外市场退回件报表"
ws2["A1"].font = Font(size=18, bold=True)
ws2["A1"].alignment = Alignment(horizontal="center")
ws2.merge_cells("A1:Q1")
for c, h in enumerate(["序号", "交于\n品工时间", "国家", "业务员", "配件名称", "物料代码", "数量", "故障现象", "要求报告\n完成时间",
                       "分析原因", "实际\n完成时间", "超期天数", "改善措施", "跟进人", "是否有8D", "运费", "备注"], start=1):
    cell = ws2.cell(2, c, h)
    cell.font = Font(bold=True)
    cell.fill = orange
    cell.border = box
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r in range(3, 11):
        ws2.cell(r, c).border = box
save(wb, "complaints-zh-cn-acexport.xlsx", libreoffice="xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=3):
            print(n, n - 2, row["C"], row["E"], row["H"], row["N"], row["P"], row["L"][:40].replace("\n", " "))
