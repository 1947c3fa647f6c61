"""
Shape of srafyhucl-cpu/yunxibakebot "docs/有赞导出/客户数据_0002000408539943.csv" (at commit d3b8468a):
a Beijing bakery's customer export from its Youzan (有赞) shop back office, UTF-8 CSV, LF, the header
ending in a comma (34 headed columns and an empty 35th; the rows have 34 fields), fields quoted only where they hold a comma
or lead/trail spaces (微信地域 is '"  "' on almost every row). Three kinds of rows are mixed:
  - customers imported into Youzan in one batch on 2023-09-21 (有赞后台 / 外部导入): a 客户姓名 always
    (a real name, a default '用户_1134634', an English or mangled name — emoji of the old system turned
    into '?' — or a shop contact 'name|shop'), a phone always, the nickname '匿名用户' on most;
  - people who logged in to the mini-program (微信小程序 / 登录创建客户, a few 访问微页面, 小红书小程序,
    微信): no 客户姓名 on most, a WeChat nickname with emoji or '匿名用户', a phone on those who gave
    one (twice masked '157****0312'), nothing at all on the anonymous visitors;
  - a few keyed in at the counter (线下门店 / 其他, 手工录入) and one supplier added on WeCom
    (企业微信 / 添加好友, 企微好友 是, no phone).
Birthdays on a sixth, 性别 '其他' on most, tags as '5月订过蛋糕-5月份孩子过生日，母亲节-母亲节', member
flag, growth value, level (注册会员, 普银卡, 白银卡, 足金卡, 白金卡), points, stored balance, order count,
amount spent, refunds, average order, last order time, empty 分销员 / 导购员 / 付费等级 / 权益卡 /
所属区域 / 指定时间 columns, customer and member dates 'YYYY-MM-DD HH:MM:SS', the member shop's name,
'已取关' under 公众号, last browse time. The source has about 20,000 rows; this keeps 2,400 of the
same make-up, the most active customers last as in the source. Values invented (the shop's name too).
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("members-zh-cn-bakery")
HEAD = ["客户姓名", "客户昵称", "客户手机号", "客户生日", "客户性别", "标签", "是否会员", "成长值", "免费等级", "付费等级", "权益卡",
        "客户积分", "客户储值余额", "消费次数", "消费金额", "累计退款金额", "累计退款订单数", "笔单价", "上次消费时间", "分销员", "导购员",
        "企微好友", "来源渠道", "来源方式", "成为客户时间", "成为会员时间", "成为会员店铺", "公众号", "公众号关注时间", "最近浏览时间",
        "微信地域", "所属区域", "指定时间消费次数", "指定时间消费金额"]
SHOP = "禾悦烘焙"
ROWS = 2400
WHO = ["朋友", "爱人", "孩子", "同事", "长辈", "恋人"]
TAGS = ["母亲节-母亲节", "520-520", "巧克力-巧克力", "饼干-面包", "饼干-蛋黄酥", "草莓-购买过草莓系列产品", "饼干-夏威夷可可脆",
        "车厘子樱桃-车厘子，樱桃", "圣诞-圣诞系列", "榴莲-榴莲", "抹茶-抹茶", "饼干-软曲奇", "饼干-乳酪司康", "未分组-预置--XXX品牌品类爱好者"]
EMOJI = ["🍓", "🌱", "🐻", "🔯", "🥥", "🍇", "💋", "🎀", "🍭", "💖", "🦋", "🐯", "🍁", "🌸", "🌻", "🐰", "🍀", "💗", "🥯", "🥑", "🍒", "♡", "🌀"]
WORDS = ["沙拉", "乐以", "园园", "小叶子_Joyce", "机器猫哆啦A梦", "Aries", "Erminia", "沫沫", "余晖", "大胡子", "R", "Echo", "Candy",
         "小P子亥兒", "青青", "time", "Diana", "CICI", "Yilin", "vitamin", "碧水孤鹜", "Rachel", "MAY", "蕊格格", "姜姜", "苗苗",
         "巍子", "Sunshine", "果果家的核桃", "shirley", "Camelia", "剪云者^^", "Tigerli  ", "mika", "懒癌少女。", "Sep.", "Vicky lavie",
         "宇芳", "小暄", "hhhhhh.", "阿蓝", "当康", "冬月初十", "舍.得", "y.x", "圈圈", "婴儿", "于点儿小超人", "◆  好少年", "S.gao", "SXM",
         "A-", "Ms赵", "韩Michelle", "虎虎生威", "枫", "上善", "Tracy", "美羊羊", "lyl", "CheungJi", "ypkingdom", "YR", "金子妈", "Wife"]
LEVELS = ["注册会员"] * 6 + ["普银卡", "白银卡", "足金卡", "白金卡"]
START = datetime.datetime(2023, 9, 21, 20, 58, 38)
END = datetime.datetime(2026, 6, 19, 11, 40, 0)


def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def between(a, b):
    return a + datetime.timedelta(seconds=f.r.randrange(max(1, int((b - a).total_seconds()))))


def nickname():
    w = f.pick(WORDS + [f.name_cn(unique=False)] * 12)
    k = f.r.random()
    if k < 0.25:
        return w + f.pick(EMOJI)
    if k < 0.32:
        return f.pick(EMOJI) + w + f.pick(EMOJI)
    return w


def mangled(name):
    return f.pick(["?", "???", name[:1] + "?", "??" + name[-1] + "、", "?" + name + "?", name + "?", name + "?",
                   "? " + name + "的小甜豆????", name[:1] + "??" + name[1:]])


def tags(rich):
    if not rich or f.chance(0.7):
        return ""
    out = []
    for _ in range(f.pick([1, 1, 1, 2, 2, 3, 5])):
        if f.chance(0.35):
            m = f.r.randrange(1, 13)
            t = f"{m}月订过蛋糕-{m}月份{f.pick(WHO)}过生日"
        else:
            t = f.pick(TAGS)
        if t not in out:
            out.append(t)
    return "，".join(out)


def activity(big):
    """Order count, amount, refunds: most people never bought; the last rows are the regulars."""
    if big:
        n = f.r.randrange(3, 80)
        per = f.r.randrange(60, 420) + f.pick([0, 0.5, 0.9, 0.7])
    elif f.chance(0.62):
        return 0, 0.0, 0.0, 0
    else:
        n = f.pick([1, 1, 1, 2, 2, 3, 4, 5, 7, 9])
        per = f.r.randrange(150, 480) + f.pick([0, 0.5, 0.9])
    amount = round(n * per, 2)
    refunds = f.pick([0] * 8 + [1, 2])
    refund_amount = round(refunds * f.r.randrange(9, 400) + (0 if refunds else (f.r.randrange(2, 60) if f.chance(0.08) else 0)), 2)
    return n, amount, refund_amount, refunds


def money(v):
    return f"{v:.2f}"


def row(kind, big=False):
    created = {"import": between(START, START + datetime.timedelta(minutes=11)),
               "mini": between(datetime.datetime(2023, 9, 26), END),
               "counter": between(datetime.datetime(2023, 12, 1), datetime.datetime(2024, 6, 1)),
               "wecom": between(datetime.datetime(2024, 3, 1), datetime.datetime(2024, 4, 1))}[kind]
    anonymous = kind == "mini" and not big and f.chance(0.42)
    n, amount, refund_amount, refunds = (0, 0.0, 0.0, 0) if anonymous else activity(big)
    person = f.name_cn()
    if kind == "import":
        k = f.r.random()
        name = person if k < 0.45 else (f"用户_{f.r.randrange(830000, 1170000)}" if k < 0.75 else
                                        (mangled(person) if k < 0.79 else f.pick(WORDS).strip() or person))
        if f.chance(0.004):
            name = f"{person}|{SHOP[:2]}·到家美食"
        nick = "匿名用户" if (n == 0 and f.chance(0.8)) else (name if f.chance(0.4) and not name.startswith("用户_") else nickname())
    elif kind == "mini":
        nick = "匿名用户" if anonymous else nickname()
        name = "" if f.chance(0.8) or anonymous else (person if f.chance(0.7) else nick.strip(" ".join(EMOJI)))
    else:
        name, nick = person, "匿名用户" if f.chance(0.8) else nickname()
    if big:
        name = name or (person if f.chance(0.5) else "")
    # Names and the nicknames that stand in for a missing name are unique, but for the
    # old system's mangled '?' names, which repeat as in the source.
    if name and "?" not in name:
        while name in taken:
            name = f.name_cn()
        taken.add(name)
    if kind == "wecom":
        name = f"无纺布餐饮保温袋 {person}"
    has_phone = kind in ("import", "counter") or (kind == "mini" and (big or (not anonymous and f.chance(0.93)) or f.chance(0.04)))
    phone = f.mobile_cn() if has_phone else ""
    if phone and not name and nick != "匿名用户":
        while nick in taken:
            nick = nickname() + f.pick(EMOJI)
        taken.add(nick)
    if phone and f.chance(0.004):
        phone = phone[:3] + "****" + phone[-4:]
    member = big or (n > 0 and f.chance(0.45)) or (kind == "counter") or f.chance(0.03)
    member_at = created if kind == "counter" else (between(created, END) if member else None)
    level = f.pick(LEVELS) if member and f.chance(0.8) else ""
    if big and f.chance(0.6):
        level = f.pick(["足金卡", "白金卡", "白银卡", "普银卡"])
    growth = int(amount) + (0 if n else f.pick([0, 0, 1, 1, 2, 3, 5]))
    points = 0 if growth == 0 else max(0, int(amount * f.pick([0.8, 0.9, 1.0, 1.1])) + f.pick([0, 10, 20, 40]))
    balance = 0.0 if not member or f.chance(0.7) else f.r.randrange(10, 5400) + f.pick([0, 0.1, 0.5, 0.74])
    last_order = between(created, END) if n else None
    browsed = "" if (kind == "import" and n == 0 and f.chance(0.8)) or kind in ("counter", "wecom") else ts(between(last_order or created, END))
    birthday = ""
    if (member and f.chance(0.5)) or f.chance(0.03):
        birthday = f.date(datetime.date(1970, 1, 1), datetime.date(2020, 12, 31)).isoformat()
    channel = {"import": ("有赞后台", "外部导入"), "counter": f.pick([("线下门店", "手工录入"), ("其他", "手工录入")]),
               "wecom": ("企业微信", "添加好友"),
               "mini": f.pick([("微信小程序", "登录创建客户")] * 30 + [("微信小程序", "访问微页面"), ("微信小程序", "其他"),
                                                                ("小红书小程序", "登录创建客户"), ("微信", "登录创建客户")])}[kind]
    return [
        name, nick, phone, birthday,
        "女" if (member and f.chance(0.15)) or kind == "wecom" else "其他",
        tags(n > 0), "是" if member else "否", str(growth), level, "", "",
        str(points), money(balance), str(n), money(amount), money(refund_amount), str(refunds),
        money(round(amount / n, 2) if n else 0), ts(last_order) if last_order else "", "", "",
        "是" if kind == "wecom" else "否", channel[0], channel[1], ts(created), ts(member_at) if member_at else "",
        SHOP if member else "", "已取关" if f.chance(0.09) else "", "", browsed,
        "北京市 北京市 " + f.pick(["丰台区", "朝阳区", "海淀区"]) if f.chance(0.004) else "  ", "", "", "",
    ]


taken = set()
rows = []
for i in range(ROWS):
    if i >= ROWS - 160:
        rows.append(row(f.pick(["import", "mini"]), big=True))
    elif i == 1500:
        rows.append(row("wecom"))
    else:
        k = f.r.random()
        rows.append(row("import" if k < (0.6 if i < 300 else 0.3) else ("counter" if k > 0.985 else "mini")))


def field(v):
    if any(c in v for c in ',"\n') or (v and (v[0] == " " or v[-1] == " ")):
        return '"' + v.replace('"', '""') + '"'
    return v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-zh-cn-bakery.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(",".join(HEAD) + ",\n")
    for r in rows:
        out.write(",".join(field(v) for v in r) + "\n")
