"""
Shape of gitxiangxiang/UserPortraitAnalysis "code/user_profiles/excel/个人诉求.xlsx": a city 12345
citizen hotline's work orders of its five most frequent callers, pulled from the hotline's
database and pasted into Excel (Microsoft Excel), one sheet per caller.

- Sheets 第一人 … 第五人, the same 28-column header on row 1 (no title, no bold, text format
  '@' everywhere): 工单编号 (18-digit order number as text: yyMMddHHmmss + six digits) / 受理员工号
  / 受理员 (the call-taker) / 来电人 / 一级分类 … 五级分类 / 紧急程度 (一般 on every row) / 来电类别
  (无效/咨询/求助/建议) / 受理渠道 (来电 on every row) / 主要内容 / 受理时间 ('2018-10-26
  18:19:50.000' as text) / 回复备注 and 办理情况 (empty) / 被催办单ID / 受理备注 / 工单状态 /
  受理类型 (直办/转办) / 是否保密 / 是否回复 / 办理单位 / 转办时间 / 转办人姓名 / 转办人工号 / 转办意见
  / 办结时间 ('2018-10-26 18:20:00' as text). Every number and date is text; the database's empty
  values are the word NULL, some cells truly empty.
- Newest order first. The caller is written as the call-taker heard him: 市民 on the abusive or
  silent calls (most rows of the first two sheets), his name with or without 先生, a misheard
  character, only 先生, or *** — one caller per sheet, his own name mostly in 主要内容
  ("X先生反映：…"). Orders forwarded (转办) to a department carry the department, the forwarding
  time, the forwarding clerk and the standard instruction; the rest are NULL there. A few orders
  of the last caller are still waiting (已转办待回复, 部门回复) with 办结时间 NULL.
Row counts are a sixth of the source's (5205/3704/3308/2971/2875). Values invented.
"""
import datetime

from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("complaints-zh-cn-hotline12345")

HEADER = ["工单编号", "受理员工号", "受理员", "来电人", "一级分类", "二级分类", "三级分类", "四级分类", "五级分类",
          "紧急程度", "来电类别", "受理渠道", "主要内容", "受理时间", "回复备注", "办理情况", "被催办单ID", "受理备注",
          "工单状态", "受理类型", "是否保密", "是否回复", "办理单位", "转办时间", "转办人姓名", "转办人工号", "转办意见",
          "办结时间"]
FORWARD_NOTE = "请认真调查处理并答复来电人，并通过网络反馈12345热线办公室。"

CLERKS = [(f"99{f.r.randrange(100, 460)}", f.name_cn()) for _ in range(60)]
FORWARDERS = [(f"99{f.r.randrange(170, 460)}", f.name_cn()) for _ in range(8)]

INVALID_TEXTS = ["异常来电", "未反映具体问题。", "来电骂人。", "未反映具体问题", "异常", "无效来电。电话接通后，市民挂机。",
                 "未反映具体问题，并辱骂我办。", "来电辱骂接线员"]
INVALID_REMARKS = ["异常来电", "未反映具体问题。", "来电骂人。", "不使用文明用语，我办挂机。", "辱骂我办人员故挂机处理", None]

# Per caller: (surname+given, spoken variants, misheard variant, share of 市民 rows, topic list)
TOPICS_POLICE = [("公安政法类", "公安管理", "社会治安", "案件办理", "市公安局",
                  "{n}反映：{y}年{m}月在西海岸新区一家机械公司上班时与人发生纠纷被打伤，报案后至今未处理，要求公安机关尽快立案调查。"),
                 ("公安政法类", "公安管理", "公安综合", "NULL", "市公安局",
                  "{n}反映：此前反映的{y}年{m}月被殴打一事，派出所民警态度敷衍，要求督办。")]
TOPICS_CITY = [("城市建设类", "住房保障", "国土综合", "NULL", "市国土资源房管局",
                "{n}反映：所住小区的公租房至今未分配，多次向区里反映无果，要求给予保障。"),
               ("城市建设类", "城市建设", "拆迁管理", "拆迁纠纷", "黄岛区政府",
                "{n}反映：拆迁时公摊面积不算补偿面积，不给予赔偿，对此不认可，要求重新核算。"),
               ("城市建设类", "物业管理", "物业服务", "NULL", "西海岸新区政府",
                "{n}反映：小区物业长期不维修楼道照明，多次报修无人处理。")]
TOPICS_SOCIAL = [("民生社保类", "劳动就业", "社会保障卡", "社保卡咨询", "市人力资源社会保障局",
                  "{n}反映：社保卡专卡专用，不允许购买药品以外的物品，认为不合理，要求调整。"),
                 ("民生社保类", "劳动就业", "工资保险", "职工福利", "市人力资源社会保障局",
                  "{n}反映：企业职工与机关事业单位养老金并轨后待遇差距仍大，要求解释。"),
                 ("科教文卫类", "公共教育", "入学升学", "幼儿园入学升学", "市教育局",
                  "{n}反映：公办幼儿园每月收费{fee}元，低收入家庭负担重，要求给予补贴。"),
                 ("经济管理类", "市场监管", "食品安全", "其他", "市食品药品监管局",
                  "{n}反映：办理餐饮服务许可证表格复杂，窗口人员收取代办费，认为不合理。"),
                 ("经济管理类", "金融管理", "银行", "业务办理", "青岛银监局",
                  "{n}反映：{m}月到李沧区一家银行网点办理业务，排队两小时无人办理，要求处理。"),
                 ("经济管理类", "邮政通信", "通信服务", "手机业务", "市通信管理局",
                  "{n}反映：自己的手机套餐资费被无故上调，要求退还多收费用。"),
                 ("城市管理类", "市容环境", "占道经营", "NULL", "李沧区政府",
                  "{n}反映：小区门口长期占道经营，影响通行，要求取缔。"),
                 ("政务综合类", "超出受理范围", "纪检投诉", "NULL", "李沧区政府",
                  "{n}反映：拨打区政务热线时工作人员未报工号、态度恶劣，要求处理。")]

CALLERS = [
    # sheet, rows, person, share of 市民 rows, topics, share of forwarded orders among topic rows
    ("第一人", 868, 0.95, TOPICS_POLICE, 0.08),
    ("第二人", 618, 0.82, [], 0.0),
    ("第三人", 552, 0.70, TOPICS_POLICE + TOPICS_SOCIAL[:1], 0.25),
    ("第四人", 496, 0.59, TOPICS_CITY, 0.30),
    ("第五人", 480, 0.01, TOPICS_SOCIAL + TOPICS_CITY[:1], 0.76),
]

wb = workbook()
wb.remove(wb.active)
used_numbers = set()
persons = []


def order_number(t):
    while True:
        n = t.strftime("%y%m%d%H%M%S") + f"{f.r.randrange(1000000):06d}"
        if n not in used_numbers:
            used_numbers.add(n)
            return n


def stamp_ms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".000"


def stamp_min(t):
    return t.strftime("%Y-%m-%d %H:%M") + ":00"


for sheet_index, (title, count, citizen_share, topics, forward_share) in enumerate(CALLERS):
    ws = wb.create_sheet(title)
    ws.append(HEADER)
    surname = ["岳", "邵", "薛", "范", "覃"][sheet_index]
    given = ["建坤", "德顺", "国栋", "振华", "永福"][sheet_index]
    full = surname + given
    persons.append(full)
    misheard = surname + "得" + given[1:] if sheet_index == 1 else full
    # Newest first: a run of call times going back over one or two years.
    t = datetime.datetime(2018, 10, 30 - sheet_index, 8 + sheet_index, 31, 6)
    rows = []
    for k in range(count):
        t -= datetime.timedelta(minutes=f.pick([1, 3, 7, 20, 45, 90, 300, 900, 1600]) + f.r.randrange(60),
                                seconds=f.r.randrange(60))
        clerk_no, clerk = f.pick(CLERKS)
        no = order_number(t)
        chased = "NULL"
        forwarded = False
        status = "办结"
        if topics and (f.chance(1 - citizen_share) or sheet_index == 4):
            # A real complaint of the caller himself.
            lv1, lv2, lv3, lv4, dept, text = f.pick(topics)
            r = f.r.random()
            caller = (f"{full}先生" if r < 0.80 else full if r < 0.86 else f"{surname}先生" if r < 0.92
                      else "先生" if r < 0.96 else "***")
            if sheet_index in (2, 3) and r < 0.85:
                caller = f"{surname}先生"                    # these two gave only their surname
            if sheet_index == 4 and k > 0 and f.chance(0.01):
                caller = "市民"
            if sheet_index == 4 and f.chance(0.01):
                caller = f"{full}先生 "                      # a trailing space, as typed
            content = text.format(n=f"{full}先生" if sheet_index in (0, 4) else f"{surname}先生",
                                  y=f.pick([2016, 2017]), m=f.r.randrange(1, 13), fee=f.pick([650, 800]))
            kind = f.pick(["求助", "求助", "咨询", "建议"] if sheet_index == 4 else ["求助", "咨询", "咨询"])
            forwarded = f.chance(forward_share)
            remark = None if forwarded else f.pick([f"{no[:12]}{f.r.randrange(1000000):06d}件正在落实，建议市民耐心等待。",
                                                     "已建议耐心等待", "未有合适分类", None])
            if f.chance(0.02):
                chased = f"{no[:6]}{f.r.randrange(10**11, 10**12)}"
        elif sheet_index == 1:
            lv1, lv2, lv3, lv4, dept = "政务综合类", "异常来电", "NULL", "NULL", None
            r = f.r.random()
            caller = ("市民" if r < citizen_share else f"{full}先生" if r < 0.91 else full if r < 0.97
                      else misheard + "先生" if r < 0.985 else f"{full}来电")
            content = f.pick([f"{full}来电。", f"{full}来电", "未反映具体问题。"])
            remark = content
            kind = f.pick(["无效"] * 9 + ["咨询"])
        else:
            lv1, lv2, lv3, lv4, dept = "政务综合类", "异常来电", "NULL", "NULL", None
            caller = "市民"
            content = f.pick(INVALID_TEXTS)
            remark = f.pick(INVALID_REMARKS)
            kind = f.pick(["无效"] * 8 + ["咨询", "求助"])
        if f.chance(0.002):
            lv1 = lv2 = "NULL"
            kind = "NULL"
        handled = t + datetime.timedelta(seconds=f.r.randrange(20, 600))
        if forwarded:
            fwd_at = t + datetime.timedelta(minutes=f.r.randrange(20, 300), seconds=f.r.randrange(60))
            fwd_no, fwd_name = f.pick(FORWARDERS)
            handled = fwd_at + datetime.timedelta(days=f.r.randrange(1, 12), minutes=f.r.randrange(600))
            if sheet_index == 4 and f.chance(0.1):
                status, handled = f.pick(["已转办待回复", "已转办待回复", "部门回复", "部门回退"]), None
            fwd = [dept, stamp_ms(fwd_at), fwd_name, fwd_no, FORWARD_NOTE]
            how = "转办"
        else:
            fwd = ["NULL"] * 5
            how = "直办" if not f.chance(0.004) else "NULL"
        reply = "是" if f.chance(0.95) else "否"
        rows.append([no, clerk_no, clerk, caller, lv1, lv2, lv3, lv4, "NULL", "一般", kind, "来电", content,
                     stamp_ms(t), None, None, chased, remark, status, how, "否", reply] + fwd
                    + [stamp_min(handled) if handled else "NULL"])
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=len(HEADER)):
        for c in row:
            c.number_format = "@"
    ws.column_dimensions["M"].width = 13
    ws.column_dimensions["N"].width = 13
    ws["M1"].alignment = Alignment(vertical="center")

save(wb, "complaints-zh-cn-hotline12345.xlsx")
