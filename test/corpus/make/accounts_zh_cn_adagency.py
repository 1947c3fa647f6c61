"""
Shape of 1213192588/littleRedBook "客户跟进情况.xlsx" (at commit 409cc7d): a social-media ad agency's
account manager's follow-up sheet of its advertiser accounts, saved by WPS 表格. Sheet 客户目前跟进情况
(a second sheet "1" is empty); header in row 1, centred, no title, frozen below the header, an
auto-filter over A:H; columns 账户名称 (the advertiser's account: a brand, a shop, a company, some
"brand-person" spellings, a few with a trailing space), 负责人名称 (the person in charge at the
client: full names, 黄小姐 / 刘总 / 曾总, English nicknames, a single surname), 联系电话 (mobiles
stored as numbers; now and then a WeChat id or a person's name typed there instead), 职位 (the client
person's role: 负责人, 运营, 渠道负责人, 老板), 微信 (WeChat ids, "企业微信", "运营微信：…"), 是否在投放消耗
(是/否, some with a leading space, one typo), 转接人 (a colleague at the agency, on some rows; once
"无"), 是否失效 (是/否, blank on a few rows) and 备注 (long free text, several lines in a cell, now and
then a second phone or an address). One person runs several accounts (same name and phone on
consecutive rows); one account is listed twice (once with a contact, once bare at the end); the
later rows are lapsed accounts with only a colleague and a group note. 169 data rows, no blank rows.
Values invented.
"""
from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("accounts-zh-cn-adagency")

BRAND_STEMS = ["禧悦", "宝和", "壹号", "两只松鼠", "兰亭", "萃彩", "圣安", "美家", "哇宝", "天鹅湾", "茉莉", "小鹿", "小雨点",
               "东易", "大宝宝", "云朵", "广和堂", "爱美", "牵手", "走走", "花田", "仁德", "造梦", "好孕", "青松", "黑石",
               "嗅觉", "唯意", "香江", "尚学", "皇庭", "五湖", "申远", "乐亲", "千思", "一同", "乐行", "杳然", "乔木", "安澜",
               "游侠", "万福", "梵木", "椰城", "水母", "丽碧", "梧桐", "大城", "全城", "微朵", "谱蓝", "梓翡", "永丰", "金椰",
               "富森", "军辉", "钛得", "百佳", "金美", "环亚", "君燚", "龙头", "乐思", "环宇", "伊丽", "尖叫", "国游", "八达",
               "见路", "途悦", "汇丰", "商通", "北岸", "佳品", "树映", "三木", "慢钱", "克拉", "智源", "富康", "初恋", "秉诚",
               "她语", "大象", "悠然", "明游", "悦游", "花语", "美优", "星河", "蓝湾", "橙光", "暖阳", "知行", "海棠", "锦程",
               "松林", "白鹭", "紫荆", "柠檬", "青禾", "竹里", "山海", "半岛", "云栖", "拾光", "初见", "素言", "鹿鸣"]
TRADES = ["月子中心", "母婴健康管理有限公司", "生活装饰", "珠宝", "家政", "保险", "保险经纪", "旅行社", "国际旅行社", "旅行",
          "婚纱摄影", "摄影工作室", "家居", "装饰", "团建", "教育", "训练营", "美容美发中心", "轻食", "吉他俱乐部", "眼镜店",
          "婚礼", "母婴护理中心", "影像", "百货店", "酒店", "葡萄酒", "会计", "财经", "家居体验馆"]
LATIN = ["Cambly", "Le Rouge", "HollisterCo", "FARFETCH", "ZaneHoney", "Photolomo", "YUNMAI", "RichandRare", "Coolsmile",
         "LuJun", "speedrack", "Solan", "HKH", "Lomaric", "Medie", "FRAME DENIM"]
ROLES = ["负责人", "运营", "渠道负责人", "运营负责人", "老板", "个体老板"]
COLLEAGUES = ["黄子涵", "施文博", "吴志豪", "胡一哲", "冯小雨", "王凯文", "王小玉"]
ACTIVE_NOTES = ["正常投放", "正常投放，roi转化比较差，每周转化不稳定", "客户自运营，需要给客户赋能，给出调整关键词建议",
                "表单成本80以下可放量，1.每日日报更新\n2.定期更换投放素材\n3.根据账户消耗进度安排垫款充值\n4.每月结算单 对账及开票\n5.账户返点：3%",
                "还在走垫款，未投放", "投放笔记做私信", "正式投放，每天预算100，维持笔记推广", "4月有投放意向", "暂无投放需求",
                "还在走续费流程", "还在准备笔记内容", "曝光量和固定日期必须卡首位", "疫情原因暂停", "目前日预算300，每天发日报"]
LAPSED_NOTES = ["暂停投放", "合同无下文", "疫情暂停", "已退款", "失效，已做失效挽回沟通（发7月活动）", "无投放需求",
                "后端成交太差", "有返点再考虑", "运营已离职，找不到对接人", "已转给沈一", "失效，没有加群", "对接就已失效",
                "未投放，余额为0，群不回复", "账户已退款", "无效客户", "失效，去别家推广了"]
GROUPS = ["（深圳叁柒-GZ00-小红书群）", "（三亚旅游群）"]


def account_name():
    if f.chance(0.1):
        return f._unique(lambda: f.pick(LATIN) + f.pick(["", " Life", "潮流", "美妆"]))
    name = f._unique(lambda: f.pick(BRAND_STEMS) + f.pick(TRADES))
    if f.chance(0.06):
        name += "-" + f.pick(["小胖", "阿星", "无忧哥", "赵赵"])
    return name


def person():
    roll = f.r.random()
    if roll < 0.6:
        return f.name_cn()
    if roll < 0.8:
        return f.pick(list("黄王刘曾苏张方肖涛")) + f.pick(["小姐", "总", "女士"])
    if roll < 0.9:
        return f.pick(["Maggie", "Kevin", "Bowie", "vinnie", "kevin"])
    return f.pick(["阿鑫", "菲菲", "园园", "宇珊", "菜菜", "老刘", "九三", "籽", "郑", "王"])


def wechat():
    return f.pick(["", "运营微信："]) + "".join(f.pick("abcdefghjkmnpqrstuvwxyz") for _ in range(f.r.randrange(5, 9))) + str(
        f.r.randrange(10, 99999))


def yes_no(p_yes):
    word = "是" if f.chance(p_yes) else "否"
    return (" " + word) if f.chance(0.05) else word


rows = []
i = 0
# The active part: nearly every account has its contact, most a mobile stored as a number.
while len(rows) < 60:
    contact = person()
    phone = int(f.mobile_cn()) if f.chance(0.85) else None
    role = f.pick(ROLES[:4]) if f.chance(0.6) else None
    wx = wechat() if f.chance(0.2) else ("企业微信" if f.chance(0.03) else None)
    run = 1 if f.chance(0.8) else f.r.randrange(2, 4)  # one person runs several accounts
    for _ in range(run):
        note = f.pick(ACTIVE_NOTES) if f.chance(0.8) else None
        if note and f.chance(0.08):
            note += "，发票邮件给：" + f.name_cn() + "，" + f.mobile_cn() + "，" + f.address_cn()
        rows.append([account_name(), contact, phone, role, wx, yes_no(0.55), f.pick(COLLEAGUES) if f.chance(0.2) else None,
                     yes_no(0.1), note])
# The wrong thing in the phone cell: a WeChat id, a name.
rows[12][2] = "微信：" + wechat().replace("运营微信：", "")
rows[31][2] = f.name_cn()
rows[31][1] = None
rows[40][2] = "Luck_" + str(f.r.randrange(10, 99))
rows[9][5] = "否徐"
rows[30][0] = rows[30][0] + " "
rows[27][1] = rows[27][1] + " " if rows[27][1] else f.name_cn() + " "
# The sparse part: lapsed accounts, few contacts, a colleague on most rows.
while len(rows) < 168:
    contact = person() if f.chance(0.45) else None
    phone = int(f.mobile_cn()) if contact and f.chance(0.75) else None
    wx = wechat() if f.chance(0.12) else None
    group = f.pick(GROUPS) if f.chance(0.2) else ""
    note = group + f.pick(LAPSED_NOTES + ["正常投放", "未投放"]) if f.chance(0.92) else None
    flag = yes_no(0.75) if len(rows) > 62 or f.chance(0.5) else None
    rows.append([account_name(), contact, phone, f.pick(ROLES) if contact and f.chance(0.2) else None, wx,
                 yes_no(0.06), f.pick(COLLEAGUES) if f.chance(0.65) else None, flag, note])
rows[150][6] = "无"
# The same account once more at the end, bare.
TWICE = rows[49][0]
rows.insert(120, [TWICE, None, None, None, None, "否", None, "否", "笔记未通过，暂未投放"])

wb = workbook()
ws = wb.active
ws.title = "客户目前跟进情况"
ws.append(["账户名称", "负责人名称", "联系电话", "职位", "微信", "是否在投放消耗", "转接人", "是否失效", "备注"])
for cell in ws[1]:
    cell.alignment = Alignment(horizontal="center")
for row in rows:
    ws.append(row)
for r in ws.iter_rows(min_row=2, min_col=9, max_col=9):
    for cell in r:
        if isinstance(cell.value, str) and "\n" in cell.value:
            cell.alignment = Alignment(wrap_text=True)
for col, width in {"A": 37.0, "B": 10.0, "C": 27.25, "D": 14.13, "E": 22.13, "F": 13.75, "G": 14.0, "H": 8.13,
                   "I": 96.25}.items():
    ws.column_dimensions[col].width = width
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:H{len(rows) + 1}"
wb.create_sheet("1")
save(wb, "accounts-zh-cn-adagency.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)
