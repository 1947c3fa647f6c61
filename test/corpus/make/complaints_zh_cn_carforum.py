"""
Shape of xixi-pro/demo "车质网汽车投诉.csv": half a year of car-owner complaints scraped from a public
complaint website for a dashboard, written as UTF-8 CSV without BOM, LF line ends, no quoting:
English column names id / brand / car_model / type / desc / problem / datetime / status over Chinese
values. One line per complaint, newest first: a seven-digit complaint number counting down with
gaps, the maker (one maker on nearly a third of the lines), the model, the trim ('2021款 2.0L CVT 两驱
风尚PLUS版', sometimes only an engine and wheelbase), the complaint's headline (maker and model run
into one or two short problem phrases), the problem category (发动机, 车身电器, 服务 …), the day as
yyyy-mm-dd and the site's processing state (用户评分, 处理反馈, 信息审核, 厂家受理). No owner is named
or numbered anywhere: the complaints are against the makers. 2,400 of 15,314 lines; values invented
(numbers, dates, trims and headlines; the makers and models are public product names).
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("complaints-zh-cn-carforum")

MAKERS = {
    "比亚迪": (30, "比亚迪", ["宋PLUS新能源", "汉", "唐新能源", "秦PLUS", "宋Pro新能源", "海豹", "驱逐舰05", "元PLUS"]),
    "别克": (8, "别克", ["君威", "君越", "昂科威", "威朗", "GL8"]),
    "广汽丰田": (7, "广汽丰田", ["凯美瑞", "雷凌", "威兰达", "汉兰达"]),
    "一汽丰田": (6, "一汽丰田", ["RAV4荣放", "卡罗拉", "皇冠", "锐志", "亚洲龙"]),
    "长城汽车": (4, "长城", ["哈弗H6", "魏牌 拿铁DHT-PHEV", "哈弗大狗", "长城炮"]),
    "长安汽车": (4, "长安", ["长安CS75 PLUS", "逸动", "长安欧尚X5", "长安UNI-K"]),
    "华晨宝马": (3, "华晨宝马", ["宝马3系", "宝马X3", "宝马5系"]),
    "一汽-大众": (3, "一汽大众", ["速腾", "迈腾", "探岳", "ID.4 CROZZ"]),
    "上汽通用雪佛兰": (3, "雪佛兰", ["迈锐宝XL", "探界者", "科鲁泽"]),
    "上汽大众": (3, "上汽大众", ["朗逸", "帕萨特", "途观L"]),
    "奇瑞汽车": (3, "奇瑞", ["瑞虎8 PLUS", "艾瑞泽5", "瑞虎7"]),
    "东风日产": (2, "东风日产", ["天籁", "轩逸", "奇骏"]),
    "东风本田": (2, "东风本田", ["思域", "本田CR-V", "英仕派"]),
    "广汽本田": (2, "广汽本田", ["雅阁", "皓影", "凌派"]),
    "小鹏汽车": (2, "小鹏", ["小鹏P7", "小鹏G3"]),
    "特斯拉中国": (2, "特斯拉", ["Model Y", "Model 3"]),
    "吉利汽车": (2, "吉利", ["星越L", "博越", "帝豪"]),
    "上汽通用凯迪拉克": (2, "凯迪拉克", ["凯迪拉克CT5", "凯迪拉克XT5", "凯迪拉克XT4"]),
    "一汽奥迪": (1, "一汽奥迪", ["奥迪A4L", "奥迪Q3", "奥迪Q5L"]),
    "长安马自达": (1, "长安马自达", ["马自达3 昂克赛拉", "阿特兹"]),
    "北京现代": (1, "北京现代", ["伊兰特", "名图", "途胜L"]),
    "领克": (1, "领克", ["领克03", "领克05"]),
    "江铃汽车": (1, "江铃", ["域虎7", "凯运"]),
    "理想汽车": (1, "理想", ["理想L7", "理想ONE"]),
}
ISSUES = {
    "发动机": ["发动机异响", "冷车启动延迟", "发动机故障灯亮", "机油乳化", "怠速抖动", "EV模式下发动机自启动", "加速无力", "烧机油"],
    "车身电器": ["车门螺丝生锈", "车机死机黑屏", "动力电池无法充电", "电瓶亏电无法启动", "天窗异响漏水", "大灯进水起雾", "倒车影像延迟", "燃油泵模块故障"],
    "服务": ["车机系统不升级", "OTA承诺不兑现", "导航地图无法更新"],
    "变速器": ["变速箱顿挫", "换挡冲击", "变速箱异响"],
    "前后桥及悬挂系统": ["底盘异响", "后轮吃胎", "减震器漏油"],
    "转向系统": ["方向盘抖动", "转向沉重", "方向跑偏"],
    "制动系统": ["刹车异响", "刹车失灵", "刹车片磨损过快"],
    "销售欺诈": ["经销商加价提车", "出售问题车", "配置与宣传不符"],
    "轮胎": ["轮胎开裂掉皮", "轮胎鼓包"],
    "承诺不兑现": ["赠送保养无法兑现", "代步车承诺不兑现"],
    "服务收费": ["车联网服务到期收费", "维修收费不合理"],
    "人员技术": ["4S店维修不彻底", "多次维修未解决"],
    "服务态度": ["客服推诿不处理", "售后态度恶劣"],
    "其他": ["车内异味影响健康", "漆面起泡"],
    "配件争议": ["配件长期缺货", "更换非原厂配件"],
}
CATEGORY_WEIGHTS = {"发动机": 36, "车身电器": 34, "服务": 7, "变速器": 4, "前后桥及悬挂系统": 4, "转向系统": 2, "制动系统": 2,
                    "销售欺诈": 2, "轮胎": 2, "承诺不兑现": 2, "服务收费": 1, "人员技术": 1, "服务态度": 1, "其他": 1, "配件争议": 1}
STATUS = ["用户评分"] * 50 + ["处理反馈"] * 45 + ["信息审核"] * 4 + ["厂家受理"]
TAILS = ["", "", "", " 希望厂家处理", " 要求厂家解决", " 存在质量问题", " 售后不解决", " 4S店无法解决"]

makers = [m for m, (w, _, _) in MAKERS.items() for _ in range(w)]
categories = [c for c, w in CATEGORY_WEIGHTS.items() for _ in range(w)]


def trim(maker):
    year = f.pick(["2019款", "2020款", "2021款", "2021款", "2022款", "2022款", "2023款"])
    if maker == "江铃汽车" and f.chance(0.5):
        return f"{f.pick(['2.9T', '2.0T'])} {f.pick(['3360轴距', '3800轴距'])}"
    if maker in ("比亚迪",):
        body = f"{f.pick(['DM-i', 'DM-p', 'EV'])} {f.pick(['110km', '112KM', '121KM', '长续航'])} {f.pick(['旗舰型', '尊贵型', '尊荣型', '旗舰PLUS'])}"
    elif maker in ("特斯拉中国", "小鹏汽车", "理想汽车"):
        body = f.pick(["后轮驱动版", "长续航全轮驱动版", "标准续航版", "Max版", "Pro版"])
    else:
        body = (f"{f.pick(['1.5T', '2.0L', '1.5L', '2.0T', '280TSI', '552T', '1.6T'])} {f.pick(['CVT', 'DCT', 'DSG', '自动', '手动'])} "
                f"{f.pick(['两驱 ', '四驱 ', ''])}{f.pick(['风尚版', '豪华型', '精英型', '尊贵版', '都市版', '舒适版', '旗舰型'])}")
    return f"{year} {body}"


lines = ["id,brand,car_model,type,desc,problem,datetime,status"]
number = 1081595 - f.r.randrange(200)
start, end = datetime.date(2023, 12, 31), datetime.date(2023, 6, 1)
total = 2400
for i in range(total):
    maker = f.pick(makers)
    _, short, models = MAKERS[maker]
    model = f.pick(models)
    category = f.pick(categories)
    issue = f.pick(ISSUES[category])
    if f.chance(0.3):
        issue += " " + f.pick(ISSUES[f.pick(categories)])
    desc = f"{short}{model.replace(short, '')}{issue}{f.pick(TAILS)}"
    day = start - datetime.timedelta(days=int((start - end).days * i / total))
    lines.append(",".join([str(number), maker, model, trim(maker), desc, category, day.isoformat(), f.pick(STATUS)]))
    number -= f.r.randrange(3, 120)

with open(os.path.join(FILES, "complaints-zh-cn-carforum.csv"), "w", encoding="utf-8", newline="\n") as out:
    out.write("\n".join(lines) + "\n")
