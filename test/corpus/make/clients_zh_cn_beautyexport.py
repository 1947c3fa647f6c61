"""
Shape of carsonchan1989/BeautyCRM-Mini "server/exports/客户数据导出_20250328182943.xlsx" (at commit
9e96e8f): the same salon app's export of its database through pandas, five sheets with bold centred
headers in row 1 and no widths.
- 客户基础信息: 客户ID (CUST_ and sixteen hex digits) / 姓名 / 性别 / 年龄 (a number) / 手机号 (text) / 所属门店 /
  会员等级 (钻石会员, 金卡会员 …) / 籍贯 / 现居地 / … / 职业 / 单位性质 / 年收入 (a band: 50万+, 20-50万) / 创建时间 /
  更新时间 (yyyy-mm-dd hh:mm:ss text); many profile cells empty.
- 健康与皮肤数据, 消费行为记录, 消耗行为记录, 客户沟通记录: each row 记录ID (1, 2, …), 客户ID, its own columns,
  创建时间, 更新时间 and, last, 客户姓名 (the app joins the name on export).
A person imports the clients and the conversation log as their visits; health data, purchases and
sessions are the salon's own records. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, Side

from fake import CITIES_CN, Fake, save, workbook

f = Fake("clients-zh-cn-beautyexport")

STORES = ["北区店", "南区店", "东区店"]
LEVELS = ["钻石会员", "金卡会员", "银卡会员", "普通会员"]
TAGS = ["外向,时尚,关注品质", "内向,文艺,注重健康", "理性,务实,比价", "随性,爱尝鲜"]
HOBBIES = ["瑜伽,旅行,美食", "画画,读书,户外运动", "烘焙,插花", "健身,摄影"]
JOBS = ["市场营销经理", "平面设计师", "会计", "小学教师", "护士", "律师助理", "全职主妇"]
PLACES = ["电话", "门店", "微信", "企业微信"]
TALKS = ["客户反馈对上次服务很满意，询问了最新活动，预约了下周二的项目。", "客户咨询储值卡余额，推荐了春季护理套餐。",
         "客户表示近期皮肤干燥，建议增加补水疗程。", "客户投诉等待时间过长，店长致歉并赠送一次肩颈护理。", "回访疗程效果，客户满意，考虑升级会员。"]
ITEMS = [("逆龄焕肤套餐", 1888), ("补水保湿护理", 680), ("肩颈舒缓SPA", 398), ("光子嫩肤疗程", 2880)]
STAFF = ["王美师", "李美师", "赵美师"]

start = datetime.datetime(2025, 3, 28, 18, 21, 38)
clock = [start]


def stamp(minutes=2):
    clock[0] += datetime.timedelta(minutes=minutes, seconds=f.r.randrange(0, 50))
    return clock[0].strftime("%Y-%m-%d %H:%M:%S")


clients = []
for _ in range(12):
    cid = f._unique(lambda: "CUST_" + "".join(f.r.choice("0123456789ABCDEF") for _ in range(16)))
    prov, city, districts = f.pick(CITIES_CN)
    home_prov, home_city, _ = f.pick(CITIES_CN)
    created = stamp(5)
    row = [cid, f.name_cn(), "女" if f.chance(0.9) else "男", f.r.randrange(23, 55), f.mobile_cn(), f.pick(STORES),
           f.pick(LEVELS), home_prov[:2] + home_city[:2], city + f.pick(districts), f"{f.r.randrange(1, 15)}年",
           f.pick(["三口之家", "二口之家", "单身", None]), None, None, f.pick(TAGS), None, None, f.pick(HOBBIES), None, None,
           None, None, f.pick(JOBS), None, f.pick(["50万+", "20-50万", "10-20万"]), created, stamp(0)]
    clients.append(row)

wb = workbook()
sheets = {}


def table(title, header, rows, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    thin = Side(style="thin")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="top")
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheets[title] = rows


table("客户基础信息", ["客户ID", "姓名", "性别", "年龄", "手机号", "所属门店", "会员等级", "籍贯", "现居地", "居住时长", "家庭成员构成",
                   "家庭人员年龄分布", "家庭居住情况", "性格类型标签", "消费决策主导", "风险敏感度", "兴趣爱好", "作息规律", "饮食偏好",
                   "生理期记录", "家族遗传病史", "职业", "单位性质", "年收入", "创建时间", "更新时间"], clients, first=True)
health = []
for c in clients:
    t = stamp(1)
    health.append([len(health) + 1, c[0], f.pick(["混合性偏油", "干性", "油性", "中性"]), f.pick(["T区油性明显，U区中性", "全脸缺水"]),
                   f.pick(["鼻翼周围毛孔粗大，有轻微黑头", "毛孔细致"]), f.pick(["眼部细纹", "无明显皱纹"]), f.pick(["颧骨部位有轻微色斑", "无"]),
                   None, f.pick(["气虚质", "阳虚质", "平和质"]), None, None, f.pick(["经常熬夜，睡眠质量一般", "作息规律"]), None, None,
                   None, None, None, f.pick(["改善肤色不均，控油祛痘", "补水保湿"]), f.pick(["延缓衰老，保持年轻状态", "维持肤质"]),
                   None, None, None, None, None, None, t, t, c[1]])
table("健康与皮肤数据", ["记录ID", "客户ID", "肤质类型", "水油情况", "毛孔与黑头", "皱纹与纹理", "色素沉着", "光老化与炎症", "中医体质类型",
                    "舌象特征", "脉象数据", "作息规律", "运动频率及类型", "饮食禁忌/偏好", "护理时间灵活度", "手法力度偏好", "环境氛围要求",
                    "短期美丽目标", "长期美丽目标", "短期健康目标", "长期健康目标", "医美操作史", "大健康服务史", "重大疾病历史", "过敏史",
                    "创建时间", "更新时间", "客户姓名"], health)
buys = []
for c in f.r.sample(clients, 9):
    item, price = f.pick(ITEMS)
    t = stamp(1)
    buys.append([len(buys) + 1, c[0], t, item, price, f.pick(["微信支付", "支付宝", "现金"]), f.pick([5, 8, 10]), None,
                 f.pick(["非常满意", "满意"]), stamp(0), stamp(0), c[1]])
table("消费行为记录", ["记录ID", "客户ID", "消费时间", "项目名称", "消费金额", "支付方式", "总次数", "耗卡完成时间", "项目满意度", "创建时间",
                   "更新时间", "客户姓名"], buys)
uses = []
for c in f.r.sample(clients, 8):
    t = clock[0]
    amount = f.pick([300, 480, 680])
    uses.append([len(uses) + 1, c[0], stamp(1), (t + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S"), amount,
                 f.pick(["满意", "非常满意"]), "基础护理,特殊护理", None, f.pick(STAFF), amount, f.chance(0.5), stamp(0), stamp(0), c[1]])
table("消耗行为记录", ["记录ID", "客户ID", "到店时间", "离店时间", "总耗卡金额", "服务满意度", "消耗项目", "项目内容", "操作美容师", "耗卡金额",
                   "是否指定", "创建时间", "更新时间", "客户姓名"], uses)
talks = []
for c in clients:
    for _ in range(f.r.randrange(1, 4)):
        when = (datetime.datetime(2025, 1, 6, 10) + datetime.timedelta(days=f.r.randrange(0, 80), minutes=15 * f.r.randrange(0, 36)))
        talks.append([len(talks) + 1, c[0], when.strftime("%Y-%m-%d %H:%M:%S"), f.pick(PLACES), f.pick(TALKS), stamp(1), stamp(0),
                      c[1]])
table("客户沟通记录", ["记录ID", "客户ID", "沟通时间", "沟通地点", "沟通主要内容", "创建时间", "更新时间", "客户姓名"], talks)

save(wb, "clients-zh-cn-beautyexport.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in clients[:4]:
            print(row)
        print(len(talks), "talks")
        for row in talks[:5]:
            print(row)
