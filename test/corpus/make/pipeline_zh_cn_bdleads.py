"""
Shape of AmengYull/channel-dashboard1 "拓展线索.xlsx" (at commit 50d10c5c8ec0fcae9b21b0d9908838fee159011b):
the channel business-development team of a home-repair and home-services platform keeps its
partner leads in a Tencent Docs sheet and exports it (Application "Tencent office"; the export
writes empty rgb="" colour attributes that openpyxl refuses, not reproduced here). Three sheets,
one header row each, no title, no blank rows:

- 商务线索 (449 inbound leads, January–May 2026): 序号 / 登记日期 (dates shown as 'm月d日') / 商务
  (the BD rep, four of them, in runs, one rep's run back-dated) / 行业 ('商务线索' on most rows) /
  公司名称 — mostly the caller as surname + 先生/女士 (王先生 two dozen times, some with a trailing
  space, a bare surname, 李工, 白老师), sometimes a shop, a company, or a placeholder ('/', '个人',
  '无', '未告知', '用户不愿意提供', a description such as '2000多平需要安装空调'), the number 1 twice,
  empty five times / 联系电话 (mobiles stored as numbers; eight numbers on two rows each) / 客户等级
  (A类客户 … D类客户) / 需求概述 (free text) / 跟进状态 (失败, 跟进中, 成功) / 失败原因 (coded
  reasons such as '模式-合作模式不匹配', '转交-工程师招募'; a few '跟进中' or '成功' typed there) /
  渠道接入日期 and 下次跟进时间 (yyyy/m/d) / 跟进信息 / 备注.
- AI拓展线索 (152 partner companies found on the big platforms, March–May): the serial column
  headed 'tuoz', 行业 in blocks (回收, 搬家, 洗护, 家装, 洗车, 家政), company or brand names, phones as
  numbers or text ('021-…', '400-…', '4008-…', a mobile with the person's name after it, two
  numbers in one cell, a web address), 跟进状态 incl. 待跟进, 首次跟进日期, 渠道接入日期, 下次跟进时间,
  two empty columns, and 备注 naming the platform (支付宝, 淘宝, 京东, 美团, 天猫, 抖音). One row is the
  sheet's sample lead '…（示例线索）'.
- 自拓线索 (124 self-sourced partners): 获客渠道 (BDwork, 转介绍, BD邦, 京东, 小红书 …), 行业, 渠道品牌
  and 公司名称 — one or the other filled (brands in 【】, with a pitch after them, a trailing '；',
  one cell holding a pitch, a mobile and a city on separate lines) —, phones on the JD rows only,
  客户等级 holding '京东' on the JD rows, 跟进状态, 渠道接入时间, 失败原因, and empty columns (下次跟进时间,
  是否进群 twice, 备注).

Values invented: reps, callers, companies, brands, phones, texts and dates.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("pipeline-zh-cn-bdleads")
D = datetime.datetime
MD = 'm"月"d"日";@'
YMD = "yyyy/m/d;@"

REP_A, REP_B, REP_C, REP_D = "韦嘉琳", "石博文", "龚建国", "邹子轩"   # 232 / 96 / 67 / 54 rows on 商务线索

SURNAMES = list("王张李陈杨刘赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")


def caller():
    s = f.pick(list("王张李陈杨") if f.chance(0.25) else (SURNAMES[:40] if f.chance(0.6) else SURNAMES))
    t = "先生" if f.chance(0.78) else "女士"
    name = s + t
    return name + " " if f.chance(0.02) else name


def mobile():
    return int(f.mobile_cn())


def landline():
    area = f.pick(["021", "020", "010", "028", "0571", "0755", "022", "0311"])
    n = f.r.randrange(20000000, 89999999) if len(area) == 3 else f.r.randrange(2000000, 8999999) * 10 + f.r.randrange(10)
    return f"{area}-{n}"


def hotline():
    a, b = f.r.randrange(100, 999), f.r.randrange(1000, 9999)
    return f.pick([f"400-{a}-{b}", f"4008-{a}-{b % 1000:03d}", f"400{a}{b}", f"400-0{a}{b % 1000:03d}"])


# 商务线索 ---------------------------------------------------------------------------------------
NEEDS_COMMON = ["工程师入驻"] * 15 + ["多次联系未接"] * 7 + ["模式问题"] * 7 + ["暂无需求"] * 4 + ["无需求"] * 4 + ["同行竞对咨询"] * 5
NEEDS = [
    "想要接我们订单做我们服务商", "没有合作需求", "对方想做区域代理，具体合作想法还没有", "多次联系对方均拒接",
    "对方是做维修公司的，想接我们订单，进一步沟通看能否合作", "想要我们给对方提供师傅，又不愿意给订单给我们",
    "接我们卫浴家电订单，已转工程师招募", "对方有线下物业资源，可以做推广，合作模式已告知，对方考虑中",
    "已沟通合作模式，添加微信，等待入驻流程", "对方B端的合作模式和价格不匹配", "要包年买断服务，结算模式不匹配",
    "对方就是咨询一下下单，零散需求会在小程序下单，不愿意签合同", "自己有公司，想接订单，不愿成为平台师傅，无此合作模式",
    "水电维修需要招投标，招标模式没定", "觉得平台佣金过低，先不合作", "门窗厂家在做线上销售，待对方同步价格看能否承接",
    "物业想让我们做锥桶广告投放，进一步沟通其他合作模式", "燃气公司可以给维修和清洗单，觉得抽佣低了不愿合作",
    "京东获客，正在沟通模式中", "集成灶维修清洗，先做订单测试 跟进中", "对方做短视频店铺，想要优惠券发放合作，洽谈中",
    "超出服务区域", "需求不清晰", "对方是权益平台，暂无家电维修清洗类服务，考虑中", "连锁门店总部合作，待对接负责人",
    "写字楼报修需求，量不稳定", "空调安装集采，询价中", "想做我们的服务商加盟", "要求月结，账期过长",
]
REASONS = (["模式-合作模式不匹配"] * 97 + ["无效-合作方无需求"] * 61 + ["转交-工程师招募"] * 46 + ["模式-价格无法承接"] * 36
           + ["联系失败"] * 34 + ["已有合作"] * 16 + ["超区"] * 16 + ["模式-结算模式不匹配"] * 15 + ["超品"] * 15
           + ["服务商加盟"] * 14 + ["转交-子公司负责人"] * 12 + ["无效-错误合作信息"] * 5 + ["转给相关负责人"] * 2
           + ["失败-佣金过低"])
OTHER_NAMES = ["候", "张", "钟", "吕", "李工", "白老师", "林老师", "江老师", "周工", "段明远", "黄志成", "谭雨辰",
               "万家兴超市大坪店", "云上优选超市人和店", "K7生活馆", "乐悠", "同城便民服务", "匠心到家-支付宝", "极速修",
               "/", "/", "/", "个人", "个人", "个人", "个人", "个人", "个人", "无", "无", "未告知", "用户不愿意提供",
               "黎城净利家政服务有限公司", "无锡名泰科技", "即热式热水器全国安装", "云南天成科技有限公司", "家政公司",
               "写字楼维修", "郑州恒达金属制品有限公司", "小区物业", "商家做快手本地生活", "天悦步行街",
               "成都德信物业", "某家电品牌售后", "合作", "同城信息平台", "中瑞物业", "久和商贸", "悠然高端家政有限公司",
               "2000多平需要安装空调", "自己是装修公司", "建安木业有限公司", "分类信息网", "二房东", "东莞阳光商贸有限公司",
               "盛华教育有限公司", "某电信区县分公司"]


def business_leads():
    # rep runs: (rep, rows); dates walk forward from 1/4 to 5/21, one back-dated run of REP_D
    runs = []
    plan = [(REP_B, 1), (REP_A, 3), (REP_B, 1), (REP_A, 19), (REP_B, 2), (REP_A, 7), (REP_B, 2), (REP_A, 2),
            (REP_B, 1), (REP_A, 8), (REP_B, 2), (REP_A, 30), (REP_B, 2), (REP_C, 1), (REP_A, 2), (REP_C, 1),
            (REP_A, 3), (REP_C, 1), (REP_A, 2), (REP_C, 2), (REP_A, 3), (REP_C, 3), (REP_A, 2), (REP_C, 1)]
    runs += plan
    counts = {REP_A: 232, REP_B: 96, REP_C: 67, REP_D: 54}
    used = {r: 0 for r in counts}
    for rep, n in plan:
        used[rep] += n
    # the rest: alternating runs until the April back-dated REP_D run, then more alternating runs
    rest = []
    pool = [REP_A, REP_B, REP_C]
    while any(used[r] < counts[r] for r in pool):
        rep = f.pick([r for r in pool if used[r] < counts[r]])
        n = min(counts[rep] - used[rep], f.r.choice([1, 1, 2, 2, 3, 4, 6, 9]))
        used[rep] += n
        rest.append((rep, n))
    cut = len(rest) * 2 // 3
    runs += rest[:cut] + [(REP_D, 30)] + rest[cut:] + [(REP_D, 24)]
    total = sum(n for _, n in runs)
    day = D(2026, 1, 4)
    end = D(2026, 5, 21)
    step = (end - day).days / total
    rows, i = [], 0
    for rep, n in runs:
        for _ in range(n):
            i += 1
            if rep == REP_D and i < total - 60:
                when = D(2026, 1, 12) + datetime.timedelta(days=int((i % 30) * 1.5))   # back-dated run
            else:
                when = D(2026, 1, 4) + datetime.timedelta(days=int(i * step))
            rows.append([rep, when])
    return rows


def business_sheet(wb):
    ws = wb.active
    ws.title = "商务线索"
    ws.append(["序号", "登记日期", "商务", "行业", "公司名称", "联系电话", "客户等级", "需求概述", "跟进状态", "失败原因", "渠道接入日期",
                "下次跟进时间", "跟进信息", "备注"])
    base = business_leads()
    n = len(base)
    others = list(OTHER_NAMES)
    f.r.shuffle(others)
    other_at = set(f.r.sample(range(n), len(others) + 7))
    name_for = {}
    for k, idx in enumerate(sorted(other_at)):
        if k < len(others):
            name_for[idx] = others[k]
        elif k < len(others) + 2:
            name_for[idx] = 1
        else:
            name_for[idx] = None
    # fixed records for the label's checks
    name_for[248] = "云南禾丰科技有限公司"
    name_for[36] = "成都锦华物业"
    dup_pairs = []
    for start in f.r.sample(range(10, n - 5), 8):
        dup_pairs.append((start, start + f.r.choice([1, 2, 3, 45])))
    phone_at = {}
    for a, b in dup_pairs:
        phone_at[a] = phone_at[b] = mobile()
    statuses = ["失败"] * 373 + ["跟进中"] * 63 + ["成功"] * 11 + [None] * 2
    f.r.shuffle(statuses)
    reasons = list(REASONS)
    f.r.shuffle(reasons)
    needs_common = list(NEEDS_COMMON)
    for i, (rep, when) in enumerate(base):
        name = name_for.get(i, caller()) if i in name_for else caller()
        status = statuses[i]
        if i == 248:
            status = "成功"
        industry = "商务线索"
        roll = f.r.random()
        if roll < 0.038:
            industry = "其他"
        elif roll < 0.047:
            industry = "小程序"
        elif roll < 0.054:
            industry = "权益"
        elif roll < 0.058:
            industry = "回收"
        phone = phone_at.get(i, mobile() if f.chance(0.85) else None)
        if isinstance(name, str) and ("公司" in name or "物业" in name) and i not in phone_at and f.chance(0.6):
            phone = None
        grade = None if f.chance(0.14) else f.pick(["D类客户"] * 24 + ["C类客户"] * 10 + ["B类客户"] * 4 + ["A类客户"])
        need = None if f.chance(0.07) else (needs_common.pop() if needs_common and f.chance(0.12) else f.pick(NEEDS))
        reason = None
        if status == "失败":
            reason = reasons.pop() if reasons else f.pick(REASONS)
        elif status == "跟进中" and f.chance(0.09):
            reason = "跟进中"
        elif status == "成功" and f.chance(0.1):
            reason = "成功"
        live = when + datetime.timedelta(days=f.r.randrange(3, 30)) if status == "成功" and f.chance(0.7) else None
        nxt = when + datetime.timedelta(days=f.r.randrange(2, 15)) if status == "跟进中" and f.chance(0.9) else None
        info = None
        if f.chance(0.068):
            info = f.pick(["对方不需要", "我们已经没有物料了", "门窗安装B端价格无法承接", "需要招投标工程类业务", "对方不想签合同",
                           "已发送合作，等待对方确认合同内容", "对方暂时不考虑做维修类服务权益", "总部统一采购", "下周回访"])
        elif f.chance(0.002):
            info = 1
        note = "类目不允许" if i in (131, 132) else None
        ws.append([i + 1, when, rep, industry, name, phone, grade, need, status, reason, live, nxt, info, note])
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = MD
        row[10].number_format = YMD
        row[11].number_format = YMD


# AI拓展线索 -------------------------------------------------------------------------------------
AI_BLOCKS = [
    ("回收", 37, ["回收", "环保科技有限公司", "再生资源回收有限公司", "废旧物资回收有限公司"],
     ["白鲸", "漫鸟", "快门", "袋鼠", "碳星球", "回收猿", "绿舟", "青禾", "小熊", "爱裹", "铛铛", "蓝鲸", "易收", "闲置侠", "河马"]),
    ("搬家", 7, ["搬家", "搬家服务有限公司", "信息技术有限公司"], ["蓝犀", "速达", "顺心", "安居", "大象", "飞鸟", "益家"]),
    ("洗护", 25, ["洗衣", "洗染有限公司", "洗涤服务有限公司", "科技有限公司"], ["伊洁", "云洗", "净衣坊", "洁丽", "衣点通", "白领", "格点"]),
    ("家装", 29, ["装饰", "装饰工程有限公司", "家居装饰有限公司", "装饰设计有限公司"], ["惠家", "梵格", "全包", "金久", "沪嘉", "匠心", "美家"]),
    ("洗车", 27, ["洗车", "汽车服务有限公司", "洗车中心", "养车"], ["车宝", "友洗", "辉特", "微水", "蓝星", "快洁", "车管家"]),
    ("家政", 27, ["家政", "家政服务有限公司", "家政服务中心", "保洁"], ["无忧", "芳姐", "华红", "好帮手", "阿姨帮", "安心", "悦家"]),
]
CITIES = ["上海", "北京", "广州", "深圳", "杭州", "成都", "重庆", "四川", "郑州", "陕西", "天津", ""]
PLATFORMS = ["支付宝"] * 67 + ["淘宝"] * 33 + ["京东"] * 24 + ["美团"] * 21 + ["天猫"] * 6 + ["抖音"]
AI_NEEDS = ["对方不需要"] * 10 + ["双方已确认合作", "双方已确认合作，细节沟通中", "拒接电话，再次找其他联系方式", "已有合作，TOB合作",
                                "已客服反馈，目前暂时不需要合作", "电话多次拒接", "电话是空号", "才开始做，只有北京有几家门店，暂时不合作",
                                "才开始做，只有北京有几家门店，暂时不合作", "小程序矩阵，需对接总部", "小程序矩阵，需对接总部", "需要走招商流程",
                                "加微信发资料了", "总部在外地，转给区域负责人", "只做自营，不对外"]


def ai_phone(kind):
    if kind == "mobile":
        return mobile()
    if kind == "land":
        return landline()
    if kind == "hot":
        return hotline()
    if kind == "named":
        return f.mobile_cn() + f.pick(["陈总", "王", "余强", "赵总", "黄凯", "张志强", "陈珊", "刘"])
    if kind == "dashmobile":
        m = f.mobile_cn()
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if kind == "two":
        return f.pick([f"{landline()}/{f.mobile_cn()}", f"{landline()},{hotline()},{f.mobile_cn()}", f"{landline()}{hotline()}"])
    if kind == "web":
        return "www.sanjia-home.cn"
    return None


def ai_sheet(wb):
    ws = wb.create_sheet("AI拓展线索")
    ws.append(["tuoz", "登记日期", "商务", "行业", "公司名称", "联系电话", "客户等级", "需求概述", "跟进状态", "首次跟进日期", "渠道接入日期",
                "失败原因", "下次跟进时间", "跟进信息", "是否进群", "备注"])
    kinds = (["mobile"] * 83 + ["land"] * 24 + ["hot"] * 20 + ["named"] * 8 + ["dashmobile"] * 3 + ["two"] * 2 + ["web"]
             + [None] * 11)
    f.r.shuffle(kinds)
    platforms = list(PLATFORMS)
    f.r.shuffle(platforms)
    statuses = ["失败"] * 93 + ["待跟进"] * 40 + ["跟进中"] * 12 + ["成功"] * 7
    f.r.shuffle(statuses)
    needs = list(AI_NEEDS)
    seen = set()
    i = 0
    landline_shared = landline()
    for industry, n, suffixes, stems in AI_BLOCKS:
        for k in range(n):
            for _ in range(100):
                name = f.pick(CITIES) + f.pick(stems) + f.pick(suffixes)
                if name not in seen:
                    break
            seen.add(name)
            if industry == "回收" and k == 8:
                name = "上海澄溪回收有限公司"
            if industry == "家政" and k == 6:
                name = "广州青禾家政服务中心"
            if industry == "家政" and k in (20, 21):
                name = "上海悦澄家政服务有限公司"   # the same company twice
            if industry == "洗车" and k == 1:
                name = "驰途养车（示例线索）"
            if industry in ("回收", "搬家", "洗护"):
                when = D(2026, 3, 3) + datetime.timedelta(days=f.r.randrange(0, 25))
                rep = f.pick([REP_A, REP_A, REP_B, REP_D]) if industry != "洗护" else REP_B
            elif industry in ("家装", "洗车"):
                when = D(2026, 5, 8) if f.chance(0.85) else D(2026, 4, 3) + datetime.timedelta(days=f.r.randrange(0, 30))
                rep = REP_A if industry == "家装" else f.pick([REP_B, REP_B, REP_A])
            else:
                when = D(2026, 3, 6) + datetime.timedelta(days=f.r.randrange(0, 40)) if f.chance(0.7) else D(2026, 5, 8)
                rep = REP_D
            if industry == "回收" and k == 16:
                rep = REP_C
            status = statuses[i]
            phone = ai_phone(kinds[i])
            if i in (1, 2):
                phone = landline_shared
            grade = f.pick(["D类客户"] * 11 + ["C类客户"] * 3 + ["B类客户", "A类客户"]) if industry == "家政" and f.chance(0.6) else None
            need = needs.pop() if needs and (industry in ("回收", "家政") or f.chance(0.15)) else None
            first = D(2026, 4, 8) + datetime.timedelta(days=f.r.randrange(0, 10)) if industry == "家政" and f.chance(0.85) else None
            live = D(2026, 3, 31) if status == "成功" and f.chance(0.75) else None
            reason = "已有合作" if i == 4 else None
            nxt = D(2026, 4, 10) + datetime.timedelta(days=f.r.choice([0, 0, 1, 1, 5, 17])) if status in ("待跟进", "跟进中") and f.chance(0.3) else None
            ws.append([i + 1, when, rep, industry, name, phone, grade, need, status, first, live, reason, nxt, None, None,
                       platforms[i]])
            i += 1
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = MD
        for c in (9, 10, 12):
            row[c].number_format = YMD


# 自拓线索 ---------------------------------------------------------------------------------------
def own_sheet(wb):
    ws = wb.create_sheet("自拓线索")
    ws.append(["序号", "登记日期", "商务", "获客渠道", "行业", "渠道品牌", "公司名称", "联系电话", "客户等级", "需求概述", "跟进状态", "渠道接入时间",
                "失败原因", "下次跟进时间", "是否进群", "是否进群", "备注"])
    rows = []

    def add(rep, when, source, industry, brand, company, phone, grade, need, status, live=None, reason=None):
        rows.append([rep, when, source, industry, brand, company, phone, grade, need, status, live, reason])

    # referrals signed first, company name only
    for rep, company, industry in [(REP_B, "启明智能科技", "其他"), (REP_B, "浔川信息咨询", "其他"), (REP_B, "圆景科技", "其他"),
                                   (REP_A, "远程电脑服务项目", "远程维修"), (REP_A, "车服到家", "其他"), (REP_A, "晶硅网络", "其他"),
                                   (REP_A, "深圳彩虹家政", "家政"), (REP_A, "数码在线网", "网站"), (REP_A, "齐家装饰", "家装"),
                                   (REP_A, "深圳博绿回收", "回收"), (REP_A, "江北开元便利店", "其他")]:
        add(rep, D(2026, 1, 8) if company != "圆景科技" else D(2026, 2, 4), "转介绍" if company != "江北开元便利店" else "美团",
            industry, None, company, None, None, None, "成功")
    rows[2][2] = "BDwork"
    # brands with a grade and a need
    brands = [("小红书", "权益", "蒙原乳业", "B类客户", "需要平台卡券做会员业务填充", "跟进中"),
              ("BDwork", "权益", "知行阅读", "C类客户", "相互做小程序展示", "成功"),
              ("BDwork", "权益", "血液中心公益", "C类客户", "需要平台卡券做献血公益兑换，已经接入合作", "成功"),
              ("BDwork", "权益", "索雅家居", "B类客户", "互相提供卡券权益", "跟进中"),
              ("BDwork", "家装", "欧雅装饰", "C类客户", "对方暂未想好如何开展合作", "跟进中"),
              ("BDwork", "家装", "兔巴巴装修", None, None, "成功"),
              ("BDwork", "回收", "奥拉回收", "B类客户", "对方确认合作模式中", "失败"),
              ("BDwork", "权益", "顺达速运", "C类客户", "我们给的权益位置曝光度不够", "跟进中"),
              ("BDwork", "回收", "小智回收", "D类客户", "对方不需要", "跟进中"),
              ("BDwork", "回收", "爱包回收", "A类客户", "已有合作", "失败"),
              ("小红书", "权益", "飞鱼旅行", "D类客户", "做广告投放的", "失败"),
              ("小红书", "权益", "庄园读书会", "D类客户", None, "失败"),
              ("BDwork", "权益", "万家优选超市", "B类客户", "对方是APP给省钱卡，链路不同", "失败"),
              ("BDwork", "权益", "闪达跑腿", "B类客户", "无法匹配对方目标流程入口", "失败"),
              ("BDwork", "回收", "快宝回收", "C类客户", "对方技术排期过长以及资料不愿意对外提供", "失败"),
              ("BDwork", "其他", "黑鹰GEO", "C类客户", None, "失败"),
              ("BDwork", "回收", "叮当回收", "B类客户", None, "成功"),
              ("BDwork", "权益", "顺达同城", None, None, "跟进中"),
              ("BDwork", "其他", "发现周边", "B类客户", "集采价格过高对方无法接受", "失败"),
              ("BDwork", "其他", "希望传媒", None, None, "失败"),
              ("BDwork", "其他", "安家客", None, None, "失败"),
              ("BDwork", "其他", "苏易购", None, None, "失败"),
              ("抖音", "其他", "山东鼎驰传媒", None, None, "成功"),
              ("BDwork", "其他", "举望（商务）咨询", None, None, "失败"),
              ("BDwork", "其他", "宏图文化", None, None, "失败"),
              ("BDwork", "其他", "GEO远航聚合", None, None, "失败"),
              ("BDwork", "权益", "通信运营商业务", None, None, "跟进中"),
              ("BDwork", "权益", "广州安和商务", None, None, "失败"),
              ("BDwork", "回收", "蓝鲸回收", None, None, "跟进中"),
              ("小红书", "权益", "中达快递权益", None, None, "跟进中"),
              ("小红书", "其他", "杭州步步科技", None, None, "失败"),
              ("小红书", "其他", "北京珠宝博览会", None, None, "失败"),
              ("BDwork", "权益", "木鸟短租", None, None, "跟进中"),
              ("BD邦", "权益", "同游旅行", None, None, "跟进中"),
              ("BD邦", "权益", "川渝ETC", None, None, "跟进中"),
              ("脉脉", "其他", "哈喽出行", "B类客户", "出行平台本地生活服务", "跟进中"),
              ("脉脉", "权益", "兴泰银行", "B类客户", "会员商城积分兑换业务", "跟进中"),
              ("脉脉", "权益", "石油积分商城", "C类客户", "会员积分商城兑换业务", "跟进中"),
              ("脉脉", "权益", "华航航空会员", "C类客户", "会员权益", "跟进中")]
    day = D(2026, 3, 2)
    for k, (source, industry, brand, grade, need, status) in enumerate(brands):
        rep = REP_A if k < 20 else REP_D
        live = D(2026, 4, 10) if brand == "血液中心公益" else (D(2026, 4, 9) if brand == "知行阅读" else None)
        reason = "模式-价格无法承接" if brand == "发现周边" else None
        add(rep, day + datetime.timedelta(days=k // 3), source, industry, brand, None, None, grade, need, status, live, reason)
    add(REP_D, D(2026, 4, 17), "BOSS直聘", "权益", "重庆乐歌科技有限公司", "重庆乐歌科技有限公司", None, "B类客户", "工会服务商", "跟进中")
    # JD merchants: company, phone, 京东 in the grade column
    jd = [("深圳市启沃科技有限公司", "未接听", "跟进中"), ("深圳市九鼎电子商务有限公司", "接听挂断", "失败"),
          ("徐州嘉影摄影有限公司", "未接听", "跟进中"), ("梅州市安齐科技有限公司", "账号异常未接通", "失败"),
          ("沛县清源环境治理服务有限公司", "接通挂断", "失败"), ("巧师傅（北京）科技有限公司", "通话中", "跟进中"),
          ("杭州华越数码科技有限公司", "说在忙后续再回、拒绝合作，目前主要是做数据恢复", "失败"),
          ("沛县恒通电脑有限公司", "已加联系方式，需要确认", "跟进中"), ("赣州千家家修生活服务有限公司", "拒绝合作，自己也做上门", "失败"),
          ("长沙逸远商贸有限公司", "接通挂断", "失败"), ("娄底市恒盛网络科技有限公司", "接通挂断", "失败")]
    for k, (company, need, status) in enumerate(jd):
        add(REP_D, D(2026, 4, 28), "京东", "其他" if k == 0 else "京东", None, company, mobile(),
            "B类客户" if k == 7 else "京东", need, status)
    add(REP_D, D(2026, 4, 28), "商拓邦", "权益", "钱多多生鲜", None, None, "C类客户", "卡券会员权益分发", "跟进中")
    for company in ["江西快补帮", "煜明网络", "长青云科技", "奇点信息"]:
        add(REP_D, D(2026, 5, 15), "转介绍", "其他", None, company, None, None, None, "成功")
    pitches = [("商拓邦", "西游兔", "对方用户权益功能待开发\n", "失败", "模式-合作模式不匹配"),
               ("BD邦", "樊登书院", None, "跟进中", None), ("BDwork", "海洋森林", None, "跟进中", None),
               ("BDwork", "58安家", None, "跟进中", None), ("BDwork", "汇易佳", None, "跟进中", None),
               ("BDwork", "汉艺网络", "暂时只做代发日结", "失败", "模式-合作模式不匹配"),
               ("BD邦", "【哈喽顺风车】", "专做app广告的投流公司，均是付费合作，不做换量", "失败", "模式-合作模式不匹配"),
               ("商拓邦", "【团团洗车】", None, "跟进中", None), ("BDwork", "【邻里集】", "有合作意向，需要排期", "成功", None),
               ("BD邦", "【加油多】", None, "跟进中", None), ("BDwork", "深圳市快通通讯科技有限公司；", None, "跟进中", None),
               ("商拓邦", "【有赞分销】", "实物带货分销", "失败", "模式-合作模式不匹配"),
               ("BD邦", "【北京德昌时代】", None, "跟进中", None), ("BDwork", "兔巴巴装修", None, "跟进中", None),
               ("BD邦", "【风行传媒】", "对方是电梯广告，按cpm合作；", "失败", "模式-结算模式不匹配"),
               ("BD邦", "北京求实大数据", "无合作意向", "失败", "无效-合作方无需求"),
               ("BDwork", "江苏网推信息科技有限公司；", "社群推广，要求日结", "失败", "模式-结算模式不匹配"),
               ("BD邦", "江西驴充物联网科技有限公司；", "同意试点", "成功", None), ("商拓邦", "湖南微天科技有限公司", None, "跟进中", None),
               ("BD邦", "【工友汇】", None, "跟进中", None),
               ("BDwork", "蛙鸣APP异业合作，广告置换/CPA/互推", "群都是兼职类型；主要做一些拉新的业务\n", "失败", None),
               ("BDwork", "东莞市众信信息科技有限公司：社群推广", None, "跟进中", None),
               ("BD邦", "【广州安和】提供热门视频音频会员 寻求企业异业", None, "失败", None),
               ("BD邦", "【这房行】提供线下货柜充电桩大屏，柜贴，线上微信小程序流量：", None, "跟进中", None),
               ("BD邦", "【时讯科技】大数据+自媒体私域流量获客，助力甲方（装修，教育，律师，金融）等行业获客，欢迎老板联系。", "后付费方式：cpm合作", "失败", None),
               ("BD邦", "【票圈丨中老年流量】寻求甲方和渠道推广合作", "不需要", "失败", None),
               ("BD邦", "【优选】优质媒体/活跃社群/校园/宝妈/地推寻各种产品合作-可测可后付费", "不需要", "失败", None),
               ("BDwork", "【奥拉回收】提供媒体广告位资源，置换线上线下广告、或联合活动等；广州某软件开发有限公司", "总部已对接", "失败", None),
               ("BDwork", "【拉货啦】免费提供员工搬家优惠券包，为企业生成专属折扣码", "模式不符，无法双向引流", "失败", None)]
    for k, (source, brand, need, status, reason) in enumerate(pitches):
        rep = REP_A if k % 2 else REP_D
        add(rep, D(2026, 4, 17) + datetime.timedelta(days=k // 6), source,
            "其他" if brand.startswith("【这房行") or brand.startswith("【时讯") else "权益", brand, None, None, None, need, status,
            None, reason)
    referred = [("家政", "轻喜到家家电清洗集采：", "空调清洗50元/台；溢价", "失败"), ("家政", "阿姨到家", None, "跟进中"),
                ("其他", "中翔（上海）企业管理咨询", None, "成功"), ("其他", "滴滴答地图", None, "跟进中"),
                ("其他", "号码查询百事通", None, "跟进中"), ("其他", "链来（厦门）科技有限公司", "合作模式冲突：cpm", "失败"),
                ("其他", "某联通地市公司", "315曝光影响", "失败"), ("物业", "龙腾集团生态板块", "询价", "失败"),
                ("物业", "永和物业", "需要跑流水", "失败"),
                ("保险公司", f"保险公司官方合作商，想谈合作\n{f.mobile_cn()}\n南宁\n水电维修 我们是全国有订单", None, "跟进中"),
                ("物业", "贵阳市花溪区物业公司：公共面积维保，无法缴纳保证金", "按月结算无法缴纳保证金", "失败"),
                ("其他", "中和城市运营（云南）有限公司", "政企维保，超区", "失败"), ("家政", "黑龙江洁净家政服务有限公司", "超区", "失败"),
                ("其他", "郑州磊鑫装饰", "合作咨询", "失败"), ("其他", "山东临沂聚众广告", "社区门禁，道闸；cpm", "失败"),
                ("物业", "东莞市万泰房地产有限公司", "账期3个月，风险", "失败"), ("其他", "广州金域科技有限公司", "空调销售", "失败"),
                ("其他", "斗战科技;", "不需要", "失败"), ("其他", "小红书合作投流", "不需要", "失败"),
                ("其他", "河北长兴汽车配件有限公司", "账期3个月，风险", "失败"),
                ("代运营", "【天利网络流量】【日均引流3W+】总流量可达几百万", None, "跟进中"),
                ("代运营", "【铭泰网络】[推广团队]专业推广团队：全国多渠道引流，承接各类用户增长项目", None, "跟进中"),
                ("物业", "东莞安家公司：公寓维保", None, "跟进中"), ("其他", "信和机电", "总部已联系，不需要", "失败"),
                ("快递", "快递查询的那个平台", None, "跟进中"), ("其他", "盛华教育培训有限公司", "设备采购", "失败"),
                ("其他", "艺宁有限公司", "超品", "失败"), ("小程序", "北京数联创享运营管理有限公司", None, "成功")]
    for k, (industry, brand, need, status) in enumerate(referred):
        add(REP_D, D(2026, 5, 15) + datetime.timedelta(days=k // 10), "转介绍", industry, brand, None, None, None, need, status)
    reasons_left = {"链来（厦门）科技有限公司": "模式-合作模式不匹配", "山东临沂聚众广告": "模式-结算模式不匹配"}
    for i, r in enumerate(rows):
        rep, when, source, industry, brand, company, phone, grade, need, status, live, reason = r
        reason = reason or reasons_left.get(brand)
        ws.append([i + 1, when, rep, source, industry, brand, company, phone, grade, need, status, live, reason, None, None, None,
                   None])
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = MD
        row[11].number_format = YMD


wb = workbook()
business_sheet(wb)
ai_sheet(wb)
own_sheet(wb)
save(wb, "pipeline-zh-cn-bdleads.xlsx")
