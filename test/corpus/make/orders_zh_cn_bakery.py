"""
Shape of srafyhucl-cpu/yunxibakebot "docs/有赞导出/订单数据.csv" (at commit d3b8468a): the same Beijing
bakery's order export from its Youzan (有赞) back office, UTF-8 CSV, LF, 60 headed columns (分销员
twice), newest order first. Numbers Excel would mangle are written behind a tab: payment serials,
phones ('\\t13501112580'), buyer notes. Four kinds of orders are mixed:
  - mini-program orders (网店 / 普通订单 / 其他(商家小程序)): a cake for 同城送 with a delivery window,
    province / city / district and a long address, or for 自提 with a pickup window and the shop's
    own address and phone as 提货地址; the recipient (收货人/提货人) is the buyer's real name, a
    '王女士', a nickname, '收件人: 张玮' or someone else's, with their phone (a few junk: '\\t1');
    buyer notes are birthday messages; states 待发货 / 已发货 / 交易完成 / 交易关闭 with a refund;
  - group-buy bread orders (社群接龙订单, 微信(直接购买)), mostly picked up;
  - points redemptions (积分兑换订单, all amounts 0.00, 100 points);
  - counter sales (门店 / 其他(直接购买) / 无需发货, ' - ' as time): a member paying with the stored-value
    card, known by nickname and phone, or nobody at all; the cashier always '186******05' masked.
Buyers (买家昵称, 买家是否会员, 买家手机号) come back order after order. The source has about 3,000
orders; this keeps 1,500 of the same make-up. Values invented (shop, people, addresses, phones).
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("orders-zh-cn-bakery")
HEAD = ["订单号", "销售渠道", "归属店铺", "订单类型", "订单状态", "推广方式", "订单来源", "订单创建时间", "买家付款时间", "交易成功时间", "付款方式",
        "支付流水号", "商品金额合计", "运费", "店铺优惠合计", "应收订单金额", "订单实付金额", "支付优惠合计", "订单实收金额", "订单抵用积分数",
        "店铺优惠方式", "支付优惠方式", "全部商品名称", "商品种类数", "订单配送方式", "同城送达时间/提货时间", "收货人省份", "收货人城市", "收货人地区",
        "详细收货地址/提货地址", "收货人/提货人", "收货人手机号/提货人手机号", "买家备注", "订单星级", "买家昵称", "买家是否会员", "买家手机号", "下单网点",
        "收银员", "分销员", "销售导购", "专属导购", "订单退款状态", "订单已退款金额", "商家订单备注", "桌号", "挂账主体", "挂账手机号", "团长订单",
        "订单风险标签", "分销员", "分销员手机号", "分销员所属店铺", "分销员所属团队", "分销员所属分组", "分销员等级", "订单佣金类型", "订单佣金金额",
        "订单下级卖货提成类型", "订单下级卖货提成金额"]
SHOP = "禾悦烘焙"
SHOP_PHONE = f.mobile_cn()
PICKUP = f"{SHOP} 北京市 北京市 东城区 禾悦food studio(银河SOHO C座店) {SHOP_PHONE}"
CASHIER = "138******05"
ROWS = 1500
CAKES = ["男士杰出中年(6寸)", "布朗熊花园(6寸)", "粉色的梦18岁女孩蛋糕(10寸)", "榴莲芒果斑斓蛋糕(6寸)", "富婆(10寸)", "【新品】荔枝莓莓(4寸)",
         "爱上奥利奥(6寸)", "多福树爸爸蛋糕(6寸)", "努力幸福航班(6寸)", "迪拜巧克力蛋糕(4寸)", "娃娃头水果奶油蛋糕(8寸)", "晴朗小清新(6寸)",
         "水果多多贺寿蛋糕（寿星可换，下单时候备注男女）(12寸)", "经典草莓炸弹(4寸)", "栗子娃娃(4寸)", "玲娜贝儿水果奶油蛋糕(8寸)", "巧克力🍫草莓炸弹(4寸)"]
BREADS = ["（特价）三角芝士火腿", "（特价玉米培根火腿披萨", "（特价）肠仔包", "（特价）日式海盐卷", "（特价）鲜奶提子面包", "（特价）日式红豆包",
          "培根火腿披萨", "玉米火腿面包", "【新品】德式香肠芝士贝果", "奥利奥奶酪包（"]
SNACKS = ["蜂蜜无水老蛋糕（一盒6个）", "奇亚籽吐司(6片装)", "柠檬凝乳罐子", "杨枝甘露芒果罐子", "榴莲千层盒子", "肉桂卷", "三倍布朗尼雪花酥", "梦龙巧克力罐子"]
DISTRICTS = ["朝阳区", "海淀区", "东城区", "西城区", "丰台区", "大兴区", "通州区", "顺义区", "石景山区"]
PLACES = ["青年路青年汇佳园", "草房路中弘·北京像素南区", "首体南路6号新世纪日航酒店", "手帕口南街朗琴园", "高碑店地区壹线国际", "松榆南路美景东方",
          "广善路2号院瑞平家园", "车公庄大街9号五栋大楼E栋", "科学园南里七区", "远大南路25号鲁园·上河村3区", "皂君庙东路14号院", "博大路恋日绿岛小区",
          "亦庄荣华中路8号院", "新华北路辅路合生缦云"]
NICK = ["丹妞🍓", "TT小公举", "阿萝💕", "wang ying", "ᥫᩣYUN", "大熊猫猫", "波波", "Hey_昕诺", "布小驴", "光风霁月", "没感觉💮💮💮", "漪🌟🌟🌟", "晴",
        "薪swing", "Magic💓", "心妍  Vitória Wang", "考拉英英", "安康宝贝", "🌟ZY🌟", "♞天莉♡", "君君", "cocowang", "cln", "大泡泡闪电侠", "布朗妮。",
        "星星很努力", "囍妈", "Lavender", "婷", "静静", "Party妈", "海燕", "想0923", "劲霄", "西西哈哈嘻嘻", "Gly", "👼爱我大宝蓓👼", "💗金玉满堂💗",
        "Jessica_卉", "?花枝丸", "LSY", "WD", "Vicky", "安妮", "玥", "\t11"]
NOTES = ["明早点送", "生日快乐，愿往后日子暴富顺心，美貌常在，所有美好如期而至❤", "全部换成榴莲 芒果过敏 不够的钱从卡里扣 ", "老爸生日快乐哦",
         "生日蛋糕，侧边如果可以写个生日快乐，写不下就算啦，越早做完越好～", "今天19点送到", "上面字改成 亲爱的爸爸 父亲节快乐", "跟蛋糕一起快递",
         "6点半左右送到带10份盘子2个生日帽", "6岁生日牌，请今天中午一点半送到，谢谢～", "不要寿星小卡通人物", "需要生日快乐的牌子", "20套餐具，微信款",
         "麻烦做木糖醇或者无糖的，卡片写：祝熊哥生日快乐，健康乐呵一切都顺心", "六岁生日", "配送地址：北京市房山区竹园街伟业家园东里高层3号楼803"]


def tab(v):
    return "\t" + v


# The shop's regular buyers: a nickname, a member flag and a phone each; a few order very often.
buyers = []
taken = set()
for i in range(520):
    nick = NICK[i] if i < len(NICK) else f.pick([f.name_cn(), f.name_cn()[:1] + f.pick(["女士", "小姐"]), f.name_cn()[-2:] + f.pick(["🍓", "🌸", "💕", ""]),
                                                   f.pick(["Echo", "Candy", "Lily", "Coco", "Momo", "Yuki"]) + str(f.r.randrange(1, 99))])
    while nick in taken:
        nick = f.name_cn()
    taken.add(nick)
    real = f.name_cn()
    buyers.append({"nick": nick, "member": "是" if f.chance(0.65) else "否", "phone": f.mobile_cn(), "real": real})
weights = [max(1, int(40 / (i + 1))) for i in range(len(buyers))]


def buyer():
    return f.r.choices(buyers, weights=weights)[0]


def money(v):
    return f"{v:.2f}"


rows = []
t = datetime.datetime(2026, 6, 19, 16, 30)
for i in range(ROWS):
    t -= datetime.timedelta(minutes=f.r.randrange(2, 140))
    kind = f.r.choices(["mini", "group", "points", "counter"], weights=[42, 18, 3, 37])[0]
    b = buyer()
    created = t
    paid = created + datetime.timedelta(seconds=f.r.randrange(0, 60))
    order_no = f"E{created:%Y%m%d%H%M%S}{f.r.randrange(10**9):09d}"
    serial = tab(f"{created:%y%m%d%H%M%S}{f.r.randrange(10**10):010d}")
    row = [""] * 60
    row[0], row[2] = order_no, SHOP
    row[7], row[8] = f"{created:%Y-%m-%d %H:%M:%S}", f"{paid:%Y-%m-%d %H:%M:%S}"
    row[33:36] = ["", b["nick"], b["member"]]
    row[36] = tab(b["phone"])
    row[42:44] = ["", "0.00"]
    row[48], row[49] = "否", "——"
    if kind == "counter":
        items = [("运费", "1")] + [(f.pick(SNACKS + CAKES), f.pick(["1件", "1", "2件"])) for _ in range(f.r.randrange(1, 4))]
        amount = round(f.r.randrange(20, 800) + f.pick([0, 0.8, 0.9, 0.62]), 2)
        stored = b["member"] == "是" and f.chance(0.5)
        anonymous = not stored and f.chance(0.75)
        if anonymous:
            row[34:37] = ["", "否", ""]
        discount = f.pick([0] * 6 + [-10, -19, -20])
        row[1], row[3], row[4], row[6] = "门店", "普通订单", "交易完成", "其他(直接购买)"
        row[9] = row[8]
        row[10] = (f"储值卡支付(储值本金支付{money(amount)};储值赠送金支付0.00)" if stored else "标记支付-微信")
        row[11] = serial
        row[12:20] = [money(amount - discount), "0.00", money(discount) if discount else "0", money(amount), money(amount), "0.00", money(amount), "0"]
        row[20] = f"整单优惠({discount:.2f})" if discount else ""
        row[22] = ";".join(f"{n}({q})" for n, q in items)
        row[23] = str(len(items))
        row[24], row[25] = "无需发货", " - "
        row[38] = CASHIER
    else:
        group = kind == "group"
        points = kind == "points"
        if points:
            items = [(f"数字蜡烛({f.r.randrange(0, 10)})", "1件")]
        elif group:
            items = [(f.pick(BREADS), f"{f.r.randrange(1, 4)}件") for _ in range(f.r.randrange(1, 5))]
        else:
            items = [(f.pick(CAKES), "1件")] + ([(f.pick(SNACKS), "1件")] if f.chance(0.2) else [])
        goods = 0.0 if points else (round(sum(f.r.randrange(8, 30) for _ in items), 2) if group else float(f.pick([158, 168, 178, 188, 238, 248, 258, 268, 278, 288, 298, 338, 418, 568])))
        pickup = points or (group and f.chance(0.85)) or f.chance(0.3)
        fee = 0.0 if pickup or points else float(f.pick([15, 18, 19.5, 22, 24, 25.5, 27, 28.5, 30, 34.5, 36, 37.5, 42, 42.5, 44, 46, 58]))
        total = round(goods + fee, 2)
        status = "交易完成" if created < datetime.datetime(2026, 6, 1) else f.pick(["待发货", "已发货", "已发货", "交易完成"])
        closed = f.chance(0.04)
        if closed:
            status = "交易关闭"
        row[1], row[3], row[4] = "网店", ("积分兑换订单" if points else "社群接龙订单" if group else "普通订单"), status
        row[6] = "微信(直接购买)" if group else "其他(商家小程序)"
        row[9] = f"{created + datetime.timedelta(days=f.r.randrange(1, 8)):%Y-%m-%d %H:%M:%S}" if status == "交易完成" else ""
        stored = b["member"] == "是" and f.chance(0.3) and not points
        row[10] = "积分兑换" if points else (f"储值卡支付(储值本金支付{money(total)};储值赠送金支付0.00)" if stored else "微信支付")
        row[11] = "" if points else serial
        row[12:20] = [money(goods), money(fee), "0", money(total), money(total), "0.00", money(total), "100" if points else "0"]
        row[22] = ";".join(f"{n}({q})" for n, q in items)
        row[23] = str(len(items))
        day = created + datetime.timedelta(days=f.r.randrange(0, 3))
        hour = f.r.randrange(10, 20)
        if pickup:
            row[24], row[25] = "自提", f"{day:%m-%d} {hour}:00-{hour + 1}:00"
            row[29] = PICKUP
        else:
            row[24] = "同城送"
            row[25] = f"{day:%Y-%m-%d} {hour}:00 - {day:%Y-%m-%d} {hour + 1}:00"
            district = f.pick(DISTRICTS)
            place = f.pick(PLACES)
            row[26:29] = ["北京市", "北京市", district]
            row[29] = f"北京市北京市{district}{'北京市' + district if f.chance(0.5) else ''}{place}{place[-4:] if f.chance(0.3) else ''} {f.r.randrange(1, 30)}号楼{f.r.randrange(1, 6)}单元{f.r.randrange(101, 2802)}" + (" " if f.chance(0.2) else "")
        who = f.r.random()
        if who < 0.55:
            recipient, rphone = b["real"], b["phone"]
        elif who < 0.75:
            recipient, rphone = b["real"][:1] + f.pick(["女士", "先生"]), b["phone"]
        elif who < 0.82:
            recipient, rphone = b["nick"].strip(), b["phone"]
        elif who < 0.85:
            recipient, rphone = "收件人: " + b["real"], b["phone"]
        else:
            recipient, rphone = f.name_cn(), f.mobile_cn()
        if f.chance(0.01):
            rphone = f.pick(["1", b["phone"][-4:]])
        row[30], row[31] = recipient, tab(rphone)
        if f.chance(0.25) and not group:
            row[32] = tab(f.pick(NOTES))
        if closed and not points:
            row[42], row[43] = "退款成功（全额退款）", money(total)
    rows.append(row)


def field(v):
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "orders-zh-cn-bakery.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(",".join(HEAD) + "\n")
    for r in rows:
        out.write(",".join(field(v) for v in r) + "\n")
