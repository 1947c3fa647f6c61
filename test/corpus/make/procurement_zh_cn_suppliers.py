"""
Shape of huangfeng15/taizhang "各项目台账/各项目台账/罗湖区螺岭片区改造项目合作单位服务项目谈判签约咨询服务项目采购、合同、
供应商台账-7月（修订时间2025.07.31）.xlsx" (at commit 46375498): a state-owned developer's ledgers for one
urban-renewal project's outside services, kept in WPS online (here re-saved by LibreOffice). Three
sheets, each under a merged title: 招采台账 (procurement: audit note column, serial, tender number,
project, buyer, winning firm and its contact as "name+mobile" (sometimes with a line break), method,
class, budget / ceiling / award amounts, a dozen dates, staff, the requesting department and its
contact, platform, evaluation methods, committee members joined with 、, '/' in the empty columns),
合同台账 (contracts: serial, contract numbers (some with trailing spaces), name, staff, type, 甲方 / 乙方,
amount, signing date, six "legal representative / contact / person in charge and phone" columns for
both parties, long term and payment clauses, '/' columns) and 供应商台账 (supplier performance under a
three-row merged header; eight suppliers, then the serial typed on from 7 to 20). "保留格式，勿删" rows,
a stray =350*50*24*22 far right, "……" and a long note under the contracts, number formats such as
[DBNum2] on text. Eight services: appraisal, notary, four law firms, appraisal supervision, a second
legal contract. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from fake import Fake, save, workbook

f = Fake("procurement-zh-cn-suppliers")
D = datetime.datetime
PROJECT = "福田区梅岭片区改造项目合作单位服务项目"
BUYER = "深圳市鹏城城市更新（集团）股份有限公司"
DB = "[DBNum2][$-804]General"
LONGDATE = '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy'
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# service, vendor, code suffix, method, class, budget, ceiling, award, staff, dept
SERVICES = [
    ("房地产评估服务", "深圳市华信资产评估土地房地产估价有限公司", "001", "公开询价", "其他服务类", 940000, 930800, 708000, "黄晓琳", "测绘评估部"),
    ("公证服务", "广东省深圳市福田公证处", "002", "单一来源", "其他服务类", 700000, 642480, 638400, "杨志远", "后勤保障部"),
    ("法律咨询服务（一）", "广东恒典律师事务所", "003-001", "战采结果应用", "法律类", 2405000, 2405000, 2190000, "杨志远", "政策法规部"),
    ("法律咨询服务（二）", "上海市锦程（深圳）律师事务所", "003-002", "战采结果应用", "法律类", 2405000, 2405000, 2190000, "杨志远", "政策法规部"),
    ("法律咨询服务（三）", "北京市正高（深圳）律师事务所", "003-003", "战采结果应用", "法律类", 2405000, 2405000, 2190000, "杨志远", "政策法规部"),
    ("法律咨询服务（四）", "广东诚信律师事务所", "003-004", "战采结果应用", "法律类", 2405000, 2405000, 2190000, "杨志远", "政策法规部"),
    ("房地产评估督导服务", "国信联资产评估土地房地产估价有限公司", "004", "公开询价", "其他服务类", 200000, 134340, 96960, "伍晓华", "测绘评估部"),
    ("第二次法律咨询服务合同", "北京天成君泰(深圳)律师事务所", "005", "战采结果应用", "法律类", 2520000, "/", 2520000, "杨志远", "政策法规部"),
]
people = {s[1]: f.name_cn() for s in SERVICES}
legal_rep = {s[1]: f.name_cn() for s in SERVICES}
mobile = {s[1]: f.mobile_cn() for s in SERVICES}
dept_contact = {"测绘评估部": (f.name_cn(), f.mobile_cn()), "后勤保障部": (f.name_cn(), f.mobile_cn()),
                "政策法规部": (f.name_cn(), f.mobile_cn())}
OUR_LEGAL, OUR_HEAD = f.name_cn(), (f.name_cn(), f.mobile_cn())
COMMITTEE = "、".join(f.name_cn() for _ in range(3))


def cell(ws, ref, value, fmt=None, wrap=False):
    c = ws[ref]
    c.value = value
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if wrap:
        c.alignment = Alignment(wrap_text=True, vertical="center")
    return c


def title(ws, text, span):
    ws["A1"] = text
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{span}1")


def contact(vendor, breaks):
    return f"{people[vendor]}\n{mobile[vendor]}" if breaks else f"{people[vendor]}{mobile[vendor]}"


wb = workbook()
ws = wb.active
ws.title = "招采台账"
title(ws, f"{PROJECT}采购台账", "AK")
head = ["审核情况（已完成审核的可锁定台账）", "序号", "招采编号", "采购项目名称", "采购单位", " 中标单位", "中标单位联系人及方式", "采购方式",
        "采购类别", "采购预算金额(元)", "采购控制价（元）", "中标金额（元）", "计划结束采购时间", "候选人公示结束时间", "结果公示发布时间",
        "中标通知书发放日期", "采购经办人", "需求部门", "申请人联系电话（需求部门）", "采购需求书审批完成日期（OA）", "采购平台", "资格审查方式",
        "评标谈判方式", "定标方法", "公告发布时间", "报名截止时间", "开标时间", "评标委员会成员", "投标担保形式及金额（元）", "投标担保退回日期",
        "履约担保形式及金额（元）", "候选人公示期质疑情况", "应招未招说明（由公开转单一或邀请的情况）", "资料归档日期", "自查问题及整改措施",
        "审计问题及整改措施", "备注"]
yellow = PatternFill("solid", fgColor="FFFFFF00")
for c, h in enumerate(head, start=1):
    x = ws.cell(2, c, h)
    x.font = Font(bold=True)
    x.fill = yellow
    x.border = BOX
    x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[2].height = 42
start = D(2025, 5, 12)
for i, (svc, vendor, code, method, klass, budget, ceiling, award, staff, dept) in enumerate(SERVICES):
    r = i + 3
    d0 = start + datetime.timedelta(days=7 * i + f.r.randrange(0, 5))
    strategic = method == "战采结果应用"
    dname, dphone = dept_contact[dept]
    vals = {"B": i + 1, "C": f"MLHZ-ZC-{code}", "D": f"{PROJECT}{svc}", "E": BUYER, "F": vendor,
            "G": contact(vendor, strategic or i == 7), "H": method, "I": klass, "J": budget, "K": ceiling, "L": award,
            "M": d0 + datetime.timedelta(days=30), "N": "/" if strategic else d0 + datetime.timedelta(days=31),
            "O": d0 + datetime.timedelta(days=33) if i != 7 else "/", "P": "/" if strategic else d0 + datetime.timedelta(days=40),
            "Q": staff, "R": dept, "S": f"{dname}\n{dphone}" if i != 1 else f"{dname}{dphone}", "T": d0,
            "U": "特区建工采购平台" if strategic and i != 7 else ("/" if i == 7 else "深圳阳光采购平台"),
            "V": "邀请函响应" if strategic else "资格后审", "W": "/" if i == 7 else "综合评估法", "X": "票决定标法" if i == 7 else "竞争定标法",
            "Y": d0 + datetime.timedelta(days=12), "Z": d0 + datetime.timedelta(days=17), "AA": d0 + datetime.timedelta(days=18),
            "AB": f"{COMMITTEE}、{dname}、{f.name_cn(unique=False)}"}
    if i == 6:
        vals["AK"] = "（4-6编号因合同编号占用，无此编号）"
    for col, v in vals.items():
        fmt = {"C": DB, "G": DB, "Q": DB, "S": "@", "AB": "@", "J": "#,##0.00_ ", "K": "#,##0.00_ ", "L": "#,##0.00_ "}.get(col)
        if isinstance(v, D):
            fmt = "mm-dd-yy" if col in "MTY" else "yyyy/m/d;@"
        cell(ws, f"{col}{r}", v, fmt, wrap=col in ("G", "S", "D"))
    for col in ["AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ"]:
        cell(ws, f"{col}{r}", "/", LONGDATE)
ws["D11"] = "保留格式，勿删"
ws["D11"].number_format = DB
ws.freeze_panes = "E3"
for col, w in {"A": 11.8, "B": 7, "C": 19.8, "D": 48.8, "E": 24.3, "F": 20.9, "G": 13.7, "J": 17.3, "K": 19.6, "R": 13.7, "S": 17.8,
               "AB": 16.2, "AG": 23.4}.items():
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("合同台账")
title(ws2, f"{PROJECT}合同台账", "X")
head2 = ["序号", "合同序号", "合同编号", "合同名称", "合同签订经办人", "合同类型", "甲方", "乙方", "含税签约合同价（元）", "合同签订日期",
         "甲方法定代表人及联系方式", "甲方联系人及联系方式", "甲方负责人及联系方式", "乙方法定代表人及联系方式", "乙方联系人及联系方式",
         "乙方负责人及联系方式", "合同工期/服务期限", "支付方式", "履约担保退回时间", "资料归档日期", "自查问题及整改措施", "审计问题及整改措施",
         "总结案例", "备注"]
for c, h in enumerate(head2, start=1):
    x = ws2.cell(2, c, h)
    x.font = Font(bold=True)
    x.fill = yellow
    x.border = BOX
    x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
TERMS = ["（一）合同服务期限：自合同签订之日起至评估单位全部服务工作完成之日止。\n（二）合同签订后，乙方应在甲方通知之日起5个工作日内进场。",
         "自甲方或被搬迁人申请材料提交齐全后15个工作日内向申请人出具公证书。",
         "自合同签订之日起至本项目完成之日止。如有变动，由双方根据项目实际推进情况协商确定。"]
PAY = ["（一）服务费自乙方收到甲方通知后入场开展工作之日起每三个月支付一次，乙方按照甲方要求提供符合规定的发票。",
       "1.服务费自合同签订之日起每三个月支付一次，每次付款前，乙方按照甲方要求提供符合规定的发票及服务成果。"]
for i, (svc, vendor, code, method, klass, budget, ceiling, award, staff, dept) in enumerate(SERVICES):
    r = i + 3
    signed = start + datetime.timedelta(days=7 * i + 45)
    dname, dphone = dept_contact[dept]
    head_name = legal_rep[vendor]
    vals = {"A": i + 1, "B": f"MLHZ-HT-{code}", "C": f"PC-JTBB2025{f.r.randrange(600000, 999999)}" + ("   " if i in (3, 7) else ""),
            "D": f"{PROJECT}{svc}合同".replace("合同合同", "合同"), "E": staff, "F": {"战采结果应用": "战采应用"}.get(method, method),
            "G": BUYER, "H": vendor, "I": award, "J": signed, "K": OUR_LEGAL, "L": f"{dname}{dphone}", "M": f"{OUR_HEAD[0]}{OUR_HEAD[1]}",
            "N": head_name + (f"{f.mobile_cn()}" if i in (0, 7) else "   " if i in (2, 5) else ""), "O": f"{people[vendor]}{mobile[vendor]}",
            "P": f"{people[vendor]}{mobile[vendor]}" if i != 6 else f"{f.name_cn()}{f.mobile_cn()}",
            "Q": TERMS[0] if i in (0, 6) else TERMS[1] if i == 1 else TERMS[2], "R": PAY[0] if i in (0, 1, 6, 7) else PAY[1]}
    for col, v in vals.items():
        fmt = {"B": DB, "C": DB, "G": DB, "K": "@", "M": "@", "I": '0.00_);[Red]\\(0.00\\)'}.get(col)
        if isinstance(v, D):
            fmt = "mm-dd-yy"
        cell(ws2, f"{col}{r}", v, fmt, wrap=col in "QR")
    for col in "STUVWX":
        cell(ws2, f"{col}{r}", "/", LONGDATE if col in "SUW" else "mm-dd-yy")
ws2["C12"] = "保留格式，勿删"
ws2["AG12"] = "=350*50*24*22"
ws2["AG12"].number_format = "#,##0.00_ "
ws2["A13"] = "……"
ws2["A14"] = "备注：补充协议录入：补充协议内容直接列支于主合同台账下方，形成完整的合同履约记录，并在备注栏注明补充协议签订日期及主要变更内容。"
ws2.freeze_panes = "E5"
for col, w in {"A": 13, "B": 23.6, "C": 26.8, "D": 29.3, "G": 17.4, "H": 26.4, "K": 33.2, "L": 29.9, "N": 39.2, "O": 29.1, "P": 32.2,
               "Q": 27.9, "R": 70.9}.items():
    ws2.column_dimensions[col].width = w

ws3 = wb.create_sheet("供应商台账")
title(ws3, "XX项目供应商管理台账", "AJ")
top = {"A": "序号", "B": "供应商编号", "C": "合同名称", "D": "合同甲方", "E": "合同乙方", "F": "乙方联系人及方式", "G": "合同签订日期",
       "H": "供应商管理经办人", "I": "供应商参评部门", "J": "履约综合评价得分", "K": "末次履约评价", "R": "线下定期履约评价（年度/半年度评价）",
       "Y": "供应商约谈", "AG": "资料归档日期", "AH": "自查问题及整改措施", "AI": "审计问题及整改措施", "AJ": "备注"}
mid = {"K": "末次评价申请审批完成日期（OA）", "L": "末次评价申请部门", "M": "末次评价参评人员", "N": "线上末次履约评价(8M)", "O": "线下末次履约评价",
       "R": "是否需做线下履约评价", "S": "第一次（2024年12月）", "V": "第二次（2025年X月）", "Y": "第一次", "AC": "第二次"}
low = {"N": "线上末次评价得分(8M)", "O": "是否需做线下履约评价", "P": "线下末次评价得分", "Q": "评价结果反馈日期", "S": "线下定期履约评价参评人员",
       "T": "线下定期履约评价得分", "U": "评价结果反馈日期", "V": "线下定期履约评价参评人员", "W": "线下定期履约评价得分", "X": "评价结果反馈日期",
       "Y": "约谈日期", "Z": "约谈事由", "AA": "约谈人员", "AB": "整改情况", "AC": "约谈日期", "AD": "约谈事由", "AE": "约谈人员", "AF": "整改情况"}
for row, labels in ((2, top), (3, mid), (4, low)):
    for col, h in labels.items():
        x = ws3[f"{col}{row}"]
        x.value = h
        x.font = Font(bold=True)
        x.fill = yellow
        x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for rng in ["K2:Q2", "R2:X2", "Y2:AF2", "O3:Q3", "S3:U3", "V3:X3", "A2:A4", "B2:B4", "C2:C4", "D2:D4", "E2:E4", "F2:F4", "G2:G4",
            "H2:H4", "I2:I4", "J2:J4", "K3:K4", "L3:L4", "M3:M4", "R3:R4", "AG2:AG4", "AH2:AH4", "AI2:AI4", "AJ2:AJ4"]:
    ws3.merge_cells(rng)
for i, (svc, vendor, code, method, klass, budget, ceiling, award, staff, dept) in enumerate(SERVICES):
    r = i + 5
    signed = start + datetime.timedelta(days=7 * i + 45)
    vals = {"A": i + 1, "B": f"MLHZ-GYS-{code}", "C": f"{PROJECT}{svc}", "D": BUYER, "E": vendor,
            "F": f"{people[vendor]}{mobile[vendor]}", "G": signed, "H": staff}
    for col, v in vals.items():
        cell(ws3, f"{col}{r}", v, "mm-dd-yy" if isinstance(v, D) else (DB if col in "BFH" else None))
for n in range(7, 21):
    ws3[f"A{n + 6}"] = n
ws3["C27"] = "保留格式，勿删"
ws3["AG27"] = "=350*50*24*22"
ws3.freeze_panes = "D5"
for col, w in {"A": 11.6, "B": 20.9, "C": 39.3, "D": 27, "F": 38.6, "G": 15.4, "H": 12.1}.items():
    ws3.column_dimensions[col].width = w
save(wb, "procurement-zh-cn-suppliers.xlsx", libreoffice="xlsx")
