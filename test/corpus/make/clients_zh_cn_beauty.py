"""
Shape of carsonchan1989/BeautyCRM-Mini "模拟-客户信息档案.xlsx" (at commit 9e96e8f): a beauty salon's
client archive made in Excel, five sheets.
- 客户: a two-row header, group cells merged over row 1 (基础信息 A1:E1, 地域背景 F1:H1, 家庭结构 I1:K1,
  性格及消费心理 L1:N1, 生活习惯 O1:S1, 社会关系 T1:V1) and 22 sub-headers in row 2 (客户ID, 姓名, 性别,
  年龄, 门店归属, 籍贯, 现居地, 居住时长, 家庭成员构成 … 职业, 单位性质, 年收入); one row per client (C001 …),
  age a number, income as text (35万, 家庭年收入80万).
- 健康档案: the same two-row layout over skin, constitution and goal columns, one row per client.
- 沟通记录: 客户ID / 姓名 / 沟通时间 (date and time) / 沟通地点 (a counter, WeCom, a phone call back) /
  沟通主要内容, several rows per client.
- 消费: purchases of treatment packages (消费时间, 项目名称, 消费金额 as numbers, 支付方式, 总次数 6次, 耗卡完成时间,
  项目满意度 4.9/5).
- 消耗: a two-row header again, each in-store session with up to five numbered treatment groups
  (消耗项目1 … 消耗项目5 over 项目内容 / 操作美容师 / 耗卡金额 / 是否指定), the name written with a leading space,
  panes frozen at A21.
No bold, no fills. A person imports the clients and the conversation log as their visits; the health
profile, the purchases and the sessions are the salon's own records, not a key-account register's.
Values invented.
"""
import datetime

from openpyxl.utils import get_column_letter

from fake import CITIES_CN, Fake, save, workbook

f = Fake("clients-zh-cn-beauty")

STORES = ["分店A", "分店B", "分店C"]
FAMILY = [("单身独居", "无", "自有公寓"), ("三口之家（夫妻+1女）", "{a}-{b}岁，{c}岁", "学区房"), ("新婚无孩", "{a}-{b}岁", "租房"),
          ("四口之家（夫妻+2子）", "{a}-{b}岁，{c}岁，{d}岁", "自有住房"), ("与父母同住", "{a}岁，{b}-{c}岁", "父母住房")]
TYPES = ["精致悦己型", "务实谨慎型", "冲动体验型", "品质追求型"]
HOBBIES = ["护肤、健身", "茶艺、插花", "网红探店、SPA", "瑜伽、旅行", "烘焙、阅读", "摄影、徒步"]
JOBS = [("时尚编辑", "外资企业"), ("全职主妇", "无"), ("自媒体博主", "自由职业"), ("银行柜员", "国有企业"), ("小学教师", "事业单位"),
        ("外贸业务员", "民营企业"), ("牙科医生", "私立医院"), ("会计", "民营企业")]
PLACES = ["{store}前台", "线上企业微信", "{store} VIP室", "电话回访", "微信客服", "线上问卷"]
TALKS = ["首次咨询冰肌焕颜护理，要求对比不同补水项目差异", "确认黄金射频疗程包含的术后修复服务细节", "反馈第3次护理后效果明显，预约增加颈部护理",
         "确认耗卡余额并推荐储值活动", "询问熏蒸SPA是否适合高血压人群，店长解释禁忌", "投诉清洁后爆痘，店长提供免费皮肤检测安抚",
         "指定美容师服务，希望手法力度加重", "差评后接受补偿方案，赠送一次基础护理", "预约周末时段，要求安静包间"]
ITEMS = [("冰肌焕颜护理", 2880, 480), ("黄金射频紧致疗程", 6800, 1360), ("帝王艾灸调理", 3200, 533), ("草本熏蒸SPA", 1580, 197.5),
         ("极光净透泡泡", 880, 293), ("颈部导入", 1200, 200)]
PAYS = ["支付宝", "信用卡", "储值卡", "现金", "微信支付", "花呗分期"]
STAFF = ["李婷", "张伟", "周杰", "陈莉", "王芳"]

clients = []
for i in range(8):
    name = f.name_cn()
    store = STORES[i % 3]
    prov, city, districts = f.pick(CITIES_CN)
    home_prov, home_city, _ = f.pick(CITIES_CN)
    family, ages, housing = f.pick(FAMILY)
    age = f.r.randrange(24, 52)
    ages = ages.format(a=age, b=age + 3, c=f.r.randrange(3, 18), d=f.r.randrange(1, 10))
    job, nature = f.pick(JOBS)
    income = f"{f.r.randrange(15, 90)}万" if nature != "无" else f"家庭年收入{f.r.randrange(40, 150)}万"
    clients.append({
        "id": f"C{i + 1:03d}", "name": name, "store": store,
        "row": [f"C{i + 1:03d}", name, "女", age, store, home_prov[:2] + home_city[:2], city[:2] + f.pick(districts)[:2],
                f"{f.r.randrange(1, 20)}年", family, ages, housing, f.pick(TYPES), f.pick(["本人主导", "共同决策", "配偶主导"]),
                f.pick(["低", "中", "高"]), f.pick(HOBBIES), f.pick(["23:00-7:00", "22:30-6:30", "01:00-9:00", "24:00-8:00"]),
                f.pick(["轻食沙拉", "粤菜清淡", "火锅重辣", "素食", "无偏好"]), f.pick(["记录", "无记录"]),
                f.pick(["无", "高血压", "糖尿病", "无"]), job, nature, income]})

wb = workbook()
ws = wb.active
ws.title = "客户"
groups = [("基础信息", 1, 5), ("地域背景", 6, 8), ("家庭结构", 9, 11), ("性格及消费心理", 12, 14), ("生活习惯", 15, 19), ("社会关系", 20, 22)]
for label, a, b in groups:
    ws.cell(1, a, label)
    ws.merge_cells(start_row=1, start_column=a, end_row=1, end_column=b)
ws.append(["客户ID", "姓名", "性别", "年龄", "门店归属", "籍贯", "现居地", "居住时长", "家庭成员构成", "家庭人员年龄分布", "家庭居住情况",
           "性格类型标签", "消费决策主导", "风险敏感度", "兴趣爱好", "作息规律", "饮食偏好", "生理期", "家族遗传病史", "职业", "单位性质", "年收入"])
for c in clients:
    ws.append(c["row"])
for col, width in {"D": 5.3, "I": 13.4, "J": 17.8, "K": 13.4, "N": 11.3, "S": 12.2}.items():
    ws.column_dimensions[col].width = width

ws = wb.create_sheet("健康档案")
groups = [("基础信息", 1, 2), ("皮肤检测数据", 3, 7), ("体质辨识模型", 9, 9), ("健康行为画像", 12, 14), ("服务偏好", 15, 17),
          ("目标管理", 18, 21), ("历史及风险源", 22, 25)]
for label, a, b in groups:
    ws.cell(1, a, label)
    if b > a:
        ws.merge_cells(start_row=1, start_column=a, end_row=1, end_column=b)
ws.append(["客户ID", "姓名", "肤质类型", "水油情况", "毛孔与黑头", "皱纹与纹理", "色素沉着", "光老化与炎症", "中医体质类型", "舌象特征", "脉象数据",
           "作息规律", "运动频率及类型", "饮食禁忌/偏好", "护理时间灵活度", "手法力度偏好", "环境氛围要求", "短期美丽目标", "长期美丽目标",
           "短期健康目标", "长期健康目标", "医美操作史", "大健康服务史", "重大疾病历史", "过敏史"])
for c in clients:
    ws.append([c["id"], c["name"], f.pick(["混合偏油", "干性敏感", "油痘肌", "中性"]), f.pick(["T区油U区干", "全脸缺水", "全脸油光"]),
               f.pick(["鼻翼黑头明显", "无明显黑头", "粗大毛孔"]), f.pick(["眼周细纹", "法令纹深", "无皱纹"]), f.pick(["轻微晒斑", "无", "痘印"]),
               f.pick(["光老化II级", "炎症反复", "炎症活跃", "无"]), f.pick(["湿热质", "气虚质", "痰湿质", "平和质"]),
               f.pick(["舌红苔黄", "舌淡苔白", "舌胖齿痕"]), f.pick(["滑数", "细弱", "濡缓"]), c["row"][15],
               f.pick(["每周3次瑜伽", "每日散步", "无规律"]), f.pick(["忌辛辣、嗜咖啡", "忌海鲜、喜煲汤", "嗜辣、冷饮"]),
               f.pick(["周末灵活", "工作日下午", "夜间优先"]), f.pick(["轻柔", "中度", "强效"]), f.pick(["香薰音乐", "私密安静", "网红打卡风"]),
               f.pick(["淡化黑头", "提升紧致", "控油祛痘"]), f.pick(["抗初老", "延缓衰老", "肤质维稳"]), f.pick(["改善失眠", "调理气血", "减肥5kg"]),
               f.pick(["调节亚健康", "预防三高", "改善宫寒"]), f.pick(["无", "水光针"]), f.pick(["年度体检", "中医调理", "无"]),
               c["row"][18], f.pick(["花粉过敏", "酒精过敏", "青霉素过敏", "无"])])
for col, width in {"A": 7.6, "C": 9.6, "E": 11.7, "H": 13.9, "M": 16.1, "N": 15.0, "O": 16.1, "V": 11.7}.items():
    ws.column_dimensions[col].width = width

ws = wb.create_sheet("沟通记录")
ws.append(["客户ID", "姓名", "沟通时间", "沟通地点", "沟通主要内容"])
talks = []
for c in clients:
    when = datetime.datetime(2023, 7, 1, 10, 0) + datetime.timedelta(days=f.r.randrange(0, 20), minutes=15 * f.r.randrange(0, 36))
    for _ in range(f.r.randrange(3, 7)):
        talks.append([c["id"], c["name"], when, f.pick(PLACES).format(store=c["store"]), f.pick(TALKS)])
        when += datetime.timedelta(days=f.r.randrange(8, 40), minutes=15 * f.r.randrange(-12, 12))
for row in talks:
    ws.append(row)
    ws.cell(ws.max_row, 3).number_format = "m/d/yy h:mm"
for col, width in {"A": 9.0, "C": 18.4, "D": 17.2, "E": 60.3}.items():
    ws.column_dimensions[col].width = width

ws = wb.create_sheet("消费")
ws.append(["客户ID", "姓名", "消费时间", "项目名称", "消费金额", "支付方式", "总次数", "耗卡完成时间", "项目满意度"])
for c in clients:
    day = datetime.datetime(2023, 7, 1) + datetime.timedelta(days=f.r.randrange(0, 20))
    for _ in range(f.r.randrange(2, 5)):
        item, price, _ = f.pick(ITEMS)
        ws.append([c["id"], c["name"], day, item, price, f.pick(PAYS), f"{f.r.choice([3, 5, 6, 8, 10])}次",
                   day + datetime.timedelta(days=f.r.randrange(60, 280)), f"{f.r.randrange(30, 50) / 10:.1f}/5"])
        for col in (3, 8):
            ws.cell(ws.max_row, col).number_format = "mm-dd-yy"
        day += datetime.timedelta(days=f.r.randrange(20, 60))
for col, width in {"C": 11.9, "H": 13.4, "I": 11.3}.items():
    ws.column_dimensions[col].width = width

ws = wb.create_sheet("消耗")
groups = [("基础信息", 1, 7)] + [(f"消耗项目{k}", 8 + 4 * (k - 1), 11 + 4 * (k - 1)) for k in range(1, 6)]
for label, a, b in groups:
    ws.cell(1, a, label)
    ws.merge_cells(start_row=1, start_column=a, end_row=1, end_column=b)
ws.append(["客户ID", "姓名", "到店时间", "离店时间", "总消耗项目数", "总耗卡金额", "服务满意度"] + ["项目内容", "操作美容师", "耗卡金额", "是否指定"] * 5)
for c in clients:
    when = datetime.datetime(2023, 7, 12, 14, 0) + datetime.timedelta(days=f.r.randrange(0, 10))
    for _ in range(f.r.randrange(6, 12)):
        parts = [f.pick(ITEMS) for _ in range(f.r.choice([1, 1, 2, 2, 3]))]
        cells = []
        for item, _, unit in parts:
            cells += [item, f.pick(STAFF), unit, f.pick(["是", "否"])]
        ws.append([c["id"], " " + c["name"], when, when + datetime.timedelta(minutes=150), len(parts),
                   sum(p[2] for p in parts), f"{f.r.randrange(40, 50) / 10:.1f}/5"] + cells)
        for col in (3, 4):
            ws.cell(ws.max_row, col).number_format = "m/d/yy h:mm"
        when += datetime.timedelta(days=f.r.randrange(5, 20), minutes=15 * f.r.randrange(-8, 8))
ws.freeze_panes = "A21"
for col, width in {"C": 19.0, "E": 13.9, "F": 11.3, "H": 9.2, "I": 11.3}.items():
    ws.column_dimensions[col].width = width

save(wb, "clients-zh-cn-beauty.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for c in clients:
            print(c["row"])
        print(len(talks), "talks")
        for row in talks[:6]:
            print(row)
