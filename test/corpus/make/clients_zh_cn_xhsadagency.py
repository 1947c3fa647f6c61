"""
Shape of 1213192588/littleRedBook "客户跟进情况.xlsx" (commit 409cc7d1a51bbe8737cdbda0a13fe5879e339c2f):
a Xiaohongshu (小红书) ad agency's follow-up list of advertiser accounts, Excel, two sheets.

- "客户目前跟进情况": row 1 账户名称 负责人名称 联系电话 职位 微信 是否在投放消耗 转接人 是否失效 备注, frozen
  at A2, autofilter over A1:H170; 169 rows, one per ad account: brands (月子中心, 婚纱摄影, 旅行社,
  保险, 装饰, 家政, Latin brand names), the advertiser's contact (a name, '刘总', '黄小姐', 'Kevin',
  or empty on a third), the mobile as a number (on about half; a few cells hold a WeChat id
  '微信：…' or a second name instead), the contact's role (运营, 负责人, 渠道负责人 …), a WeChat id,
  是否在投放消耗 是/否 (' 是' with a space twice, '否徐' once), 转接人 the agency colleague the
  account was handed to, 是否失效 是/否/empty (' 是' twice), and long remarks, some over several
  lines, some holding a second contact's name and mobile or a billing address.
- One contact looks after three accounts of one group; one account (小小旅行家) has two rows, the
  second without contact. Later rows are lapsed accounts with only name, handler and remark.
- "1": empty.
All names, phones, WeChat ids and remarks invented.
"""
from fake import Fake, workbook, save

f = Fake("clients-zh-cn-xhsadagency")
wb = workbook()
ws = wb.active
ws.title = "客户目前跟进情况"
ws.append(["账户名称", "负责人名称", "联系电话", "职位", "微信", "是否在投放消耗", "转接人", "是否失效", "备注"])

CITY = ["深圳", "广州", "杭州", "武汉", "长沙", "厦门", "青岛", "成都", "宁波", "天津", "三亚", "苏州", "南京", "西安"]
KIND = ["月子中心", "婚纱摄影", "国际旅行社", "保险经纪", "装饰设计", "家政服务", "珠宝", "母婴护理中心", "婚礼策划",
        "摄影工作室", "旅游", "家居", "会计服务", "少儿英语", "团建", "美业设计", "民宿", "口腔门诊"]
WORD = ["悦", "禾", "锦", "安", "星", "橙", "知", "云", "鹿", "米", "青", "泽", "木", "棠", "映", "望", "舒", "嘉"]
LATIN = ["Lumina", "Bloom Studio", "FRAME LAB", "Nordic Home", "Solace", "Coolsmile", "Petit Voyage", "MOSS",
         "Yoyo English", "Harbor & Co", "Kinfolk", "Aurora Jewelry", "UrbanNest", "Pika Travel"]
HANDLERS = ["黄俊韩", "施斯彬", "吴子豪", "冯小丽", "胡王哲"]
ROLES = ["运营"] * 24 + ["负责人"] * 19 + ["渠道负责人"] * 4 + ["运营负责人", "老板", "个体老板"]
ACTIVE_NOTES = ["正常投放", "正常投放", "正常投放，私信获取成本较高，目前主推两篇笔记", "客户自运营，需要给客户赋能，给出调整关键词建议",
                "表单成本100-150，1.每日日报更新\n2.定期更换投放素材\n3.根据账户消耗调整出价",
                "客户自己运营，提醒客户进行余额续费充值", "曝光量和固定日期必须卡首位"]
IDLE_NOTES = ["暂无投放需求", "有投放意向", "还在准备笔记内容", "还在走续费流程", "4月有投放意向", "无投放需求", "疫情原因暂停",
              "最新合同还未确认，考核表单成本。数据要求：日报+月复盘", "笔记未通过，暂未投放", "有返点再考虑"]
LAPSED_NOTES = ["失效，已做失效挽回沟通（发7月活动）", "未投放", "（深圳-GZ00-小红书群）未投放", "（深圳-GZ00-小红书群）未投放，已退款",
                "账户已退款", "运营已离职，找不到对接人", "失效退款", "未投放，余额为0，群不回复", "无效客户", "失效，没有加群",
                "对接就已失效", "已转给蔡佩琴", "已不在小红书投放，专业号也没有认证"]

used = set()
def account():
    for _ in range(200):
        r = f.r.random()
        if r < 0.15:
            n = f.pick(LATIN) if f.chance(0.5) else f"{f.pick(LATIN)}{f.pick(WORD)}{f.pick(WORD)}"
        elif r < 0.6:
            n = f"{f.pick(CITY)}{f.pick(WORD)}{f.pick(WORD)}{f.pick(KIND)}"
        else:
            n = f"{f.pick(WORD)}{f.pick(WORD)}{f.pick(KIND)}"
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError

def wechat():
    return "".join(f.pick("abcdefghijklmnopqrstuvwxyz") for _ in range(f.r.randrange(5, 9))) + str(f.r.randrange(10, 999))

rows = []
group_contact, group_phone = f.name_cn(), f.mobile_cn()
for i in range(169):
    r = [None] * 9
    lapsed = i >= 70
    if i in (2, 3, 4):
        r[0] = ["宝安悦禾母婴健康管理有限公司", "宝安悦禾月子中心有限公司", "悦禾壹号月子中心"][i - 2]
        r[1], r[2], r[3] = group_contact, int(group_phone), "运营"
    elif i == 95:
        r[0] = "小小旅行家"
    elif i == 96:
        r[0] = "小小旅行家"
    else:
        r[0] = account()
    has_contact = (not lapsed and f.chance(0.92)) or (lapsed and f.chance(0.45))
    if i not in (2, 3, 4, 96) and has_contact:
        r[1] = f.pick([f.name_cn(), f.name_cn(), f.name_cn(), f.pick(["刘总", "黄小姐", "曾总", "老刘", "涛总", "王大哥"]),
                       f.pick(["Kevin", "Maggie", "vinnie", "Bowie", "小东", "子强"])])
        if f.chance(0.82):
            r[2] = int(f.mobile_cn())
        if i in (10, 30, 120):
            r[2] = f"微信：{wechat()}"
        if f.chance(0.45) and not lapsed:
            r[3] = f.pick(ROLES)
        if f.chance(0.2):
            r[4] = f.pick([wechat(), wechat(), f"运营微信：{wechat().upper()}", "企业微信"])
    if i == 95:
        r[1], r[2], r[3] = "郑", int(f.mobile_cn()), "渠道负责人"
    if i == 140:
        r[1], r[2] = None, f.name_cn()
    active = i < 28 and f.chance(0.85)
    r[5] = "是" if active else "否"
    if i in (4, 12):
        r[5] = " 是"
    if i == 14:
        r[5] = "否徐"
    if lapsed or f.chance(0.3):
        r[6] = f.pick(HANDLERS)
    if i in (95, 60, 61, 62, 63, 64):
        r[7] = None
    else:
        r[7] = "是" if lapsed else "否"
    if i in (110, 150):
        r[7] = " 是"
    if i not in (95,) and f.chance(0.9):
        r[8] = f.pick(LAPSED_NOTES if lapsed else (ACTIVE_NOTES if active else IDLE_NOTES))
    if i == 3:
        r[8] = f"正常投放，发票邮件给：{f.name_cn()}，{f.mobile_cn()}，{f.address_cn()}12楼"
    if i == 25:
        r[8] = f"{f.name_cn()}:{f.mobile_cn()}"
    if i == 40:
        r[8] = f"客户地址：{f.address_cn()}产学研大楼311"
    if i == 96:
        r[8] = "笔记未通过，暂未投放"
    rows.append(r)
for r in rows:
    ws.append(r)
ws.freeze_panes = "A2"
ws.auto_filter.ref = "A1:H170"
for col, w in {"A": 37.0, "B": 10.0, "C": 27.25, "D": 14.13, "E": 22.13, "F": 13.75, "G": 14.0, "H": 8.13, "I": 96.25}.items():
    ws.column_dimensions[col].width = w
wb.create_sheet("1")
save(wb, "clients-zh-cn-xhsadagency.xlsx")
