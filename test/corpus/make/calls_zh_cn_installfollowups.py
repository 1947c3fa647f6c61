"""
Shape of zhouhangtju/checkAICall "data/装机单竣工回访_通话记录1022.xlsx": a mobile operator's robot
follow-up calls after home-broadband installations on one morning, exported from the call platform
and kept in Excel with one sheet per city (绍兴, 湖州), newest call first, a filter on the header row
only (one column wider than the table on the second sheet). Seventeen columns: 通话ID / 挂断方 (always
客户) / 呼叫时间 (when the call was placed) / 被叫号码 (the subscriber's mobile as text with a trailing
tab) / 运营商 (移动, 电信, 联通 or empty) / 音频地址 / 通话质量 (empty) / 性别 (未知) / 接通时间 / 挂断时间 (text
with a trailing tab) / 交互次数 (0 on the many calls hung up at once) / 通话时长 ('11秒') / 机器人标签
(outcome tags, empty on over half the calls) / 通话文本 (the dialogue, each line ending in a literal
'_x000D_' before the line break) / 命中关键词 (the subscriber's answers, '_x000D_' between them, empty
when he said nothing) / 省份 / 城市. No subscriber is named. Values invented: mobiles, ids, links,
times and the dialogues (the operator's script reworded).
"""
import datetime
import uuid

from fake import Fake, workbook, save

f = Fake("calls-zh-cn-installfollowups")
DAY = datetime.datetime(2025, 10, 22)
HEAD = ["通话ID", "挂断方", "呼叫时间", "被叫号码", "运营商", "音频地址", "通话质量", "性别", "接通时间", "挂断时间", "交互次数", "通话时长",
        "机器人标签", "通话文本", "命中关键词", "省份", "城市"]
USER_ID = "7c41e2d9-5a0b-4f63-8e27-91d3b6a4c508"
CR = "_x000D_\n"
GREETING = "Q1:您好，我是浙江移动宽带服务专员，您家最近新装了移动宽带，想就这次装维服务做个简短回访，您现在方便吗?"
STEPS = [("Q3:您对这次装维服务总体满意吗？", ["满意。", "很满意", "满意满意的", "还可以吧", "不太满意"], "Q3"),
         ("Q5:好的已记录，装机完成时师傅有没有帮您测网速并把结果给您确认？", ["确认了", "嗯，确认了。", "有测的", "没有"], "Q5"),
         ("Q6:最后一个问题，师傅有没有提醒您收到满意度短信时打10分满意？", ["嗯。", "说了", "不晓得。", "没听到说"], "Q6")]
TAGS = {"Q3": {"不太满意": "Q3:不满意", "还可以吧": "Q3-default:满意"}, "Q5": {"没有": "Q5:测速未确认"},
        "Q6": {"不晓得。": "Q6-A:未邀评", "没听到说": "Q6-A:未邀评"}}
DEFAULT_TAG = {"Q3": "Q3:满意", "Q5": "Q5:测速已确认", "Q6": "Q6:邀评"}


def call():
    lines = ["AI：0.1秒\n" + GREETING + CR]
    answers, tags = [], []
    if f.chance(0.45):                               # hung up straight away
        lines.append("客户：。" + CR if f.chance(0.6) else "客户：喂。" + CR)
        interactions, seconds = 0, f.r.randrange(8, 16)
        if f.chance(0.15):
            tags = [f.pick(["Q1:接通未评价", "Q1:接通"])]
    elif f.chance(0.3):                              # answered, then no time
        said = f.pick(["没时间", "在开车", "你说吧", "什么事"])
        lines.append(f"客户：{said}" + CR)
        answers.append(said)
        interactions, seconds = f.r.randrange(1, 3), f.r.randrange(18, 45)
        tags = [f.pick(["Q1:接通未评价", "Q1-default:接通未评价", "Q1:接通"])] if f.chance(0.7) else []
    else:
        ok = f.pick(["你好.", "嗯。", "可以", "方便"])
        lines.append(f"客户：{ok}" + CR)
        answers.append(ok)
        tags.append(f.pick(["Q1:接通", "Q1:接通", "Q1-default:接通"]))
        for question, replies, key in STEPS[:f.r.choice([1, 2, 2, 3, 3])]:
            reply = f.pick(replies)
            lines.append("AI：0.1秒\n" + question + CR)
            lines.append(f"客户：{reply}" + CR)
            answers.append(reply)
            tags.append(TAGS[key].get(reply, DEFAULT_TAG[key]))
            if f.chance(0.15):
                lines.append("AI：不好意思，我没有听清，请您再详细说明一下?" + CR)
        interactions, seconds = len(answers) + f.r.choice([0, 1, 2]), f.r.randrange(40, 150)
    return lines, answers, tags, interactions, seconds


def sheet(name, count, city, first, last, filter_ref):
    ws = wb.create_sheet(name)
    ws.append(HEAD)
    task_id = str(uuid.UUID(int=f.r.getrandbits(128), version=4))
    span = int((last - first).total_seconds())
    placed = sorted((first + datetime.timedelta(seconds=f.r.randrange(span)) for _ in range(count)), reverse=True)
    for k, when in enumerate(placed):
        number = f.mobile_cn()
        lines, answers, tags, interactions, seconds = call()
        connect = when + datetime.timedelta(seconds=f.r.randrange(5, 40))
        record = str(uuid.UUID(int=f.r.getrandbits(128), version=4))
        carrier = f.pick(["移动"] * 26 + ["电信"] * 2 + ["联通", None])
        province, town = ("浙江", city) if f.chance(0.95) else f.pick([("浙江", "宁波"), ("浙江", "杭州"), ("江苏", "南京"), (None, None)])
        ws.append([record, "客户", when.strftime("%Y-%m-%d %H:%M") + "\t", f"{number}\t", carrier,
                   f"http://192.0.2.45/#/play/show/task?task_id={task_id}&record_id={record}&user_id={USER_ID}", None, "未知",
                   connect.strftime("%Y-%m-%d %H:%M") + "\t",
                   (connect + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M") + "\t", interactions, f"{seconds}秒",
                   ",".join(tags) or None, "".join(lines), CR.join(answers) if answers else None, province, town])
    ws.auto_filter.ref = filter_ref
    for col, width in zip("ABCDIMN", [23.8, 8.8, 11.4, 12.6, 17.9, 10.9, 40]):
        ws.column_dimensions[col].width = width
    return ws


wb = workbook()
wb.remove(wb.active)
sheet("绍兴", 280, "绍兴", DAY.replace(hour=8, minute=54), DAY.replace(hour=10, minute=30), "A1:Q1")
sheet("湖州", 194, "湖州", DAY.replace(hour=8, minute=54), DAY.replace(hour=10, minute=0), "A1:R1")
save(wb, "calls-zh-cn-installfollowups.xlsx")
