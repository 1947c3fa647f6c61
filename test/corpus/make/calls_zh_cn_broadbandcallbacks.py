"""
Shape of zhouhangtju/checkAICall "data/20260108通话记录.xlsx": one day of a provincial mobile
operator's robot call-backs to its home-broadband subscribers, four web exports (the call platform's
wijmo grid) gathered into one workbook and saved by WPS Office. One sheet per call task:

- 装机单 (follow-up after an installation), 投诉单 (after a fault or complaint ticket was closed),
  质差回访 (after a poor-line repair), 质差派单 (offering a technician visit for a poor line; numbers
  called twice when the first call failed).

Each sheet has the same fifteen columns: 通话ID (a UUID) / 被叫号码 (the subscriber's mobile as text
with a trailing tab) / 音频地址 (the recording's link with task, record and user ids) / 评分 (0, -200,
-500, rarely 200) / 通话质量 (empty) / 性别 (always 未知) / 接通时间 and 挂断时间 ('yyyy-mm-dd hh:mm' text
with a trailing tab) / 交互次数 / 通话时长 ('74秒') / 机器人标签 (the robot's outcome tags 'Q1:接通,Q3:满意…',
empty on most short calls) / 通话文本 (the whole dialogue, 'AI：' and '客户：' lines, CRLF and LF
mixed, '0.1秒' timing lines) / 命中关键词 (the subscriber's own answers joined by CRLF, empty when he
said nothing) / 省份 / 城市 (where the number is registered, a few out of province, two empty). No
subscriber is named anywhere. Values invented: mobiles, ids, links, times and the dialogues (the
operator's script reworded).
"""
import datetime
import uuid

from fake import Fake, workbook, save

f = Fake("calls-zh-cn-broadbandcallbacks")
DAY = datetime.datetime(2026, 1, 8)
HEAD = ["通话ID", "被叫号码", "音频地址", "评分", "通话质量", "性别", "接通时间", "挂断时间", "交互次数", "通话时长", "机器人标签", "通话文本",
        "命中关键词", "省份", "城市"]
USER_ID = "5d2f8a61-0c3e-4b7a-9e15-2c4f6b8d0a17"
OTHER_PLACES = [("重庆", "重庆"), ("江苏", "南通"), ("江苏", "徐州"), ("湖北", "黄石"), ("河南", "新乡"), ("宁夏", "固原"), ("天津", "天津"),
                ("江西", "宜春"), ("黑龙江", "七台河")]

GREETING = {
    "装机单": "Q1:您好，我是浙江移动宽带服务专员，看到您家最近新装了移动宽带，想占用您一分钟做个简单回访，您现在方便吗?",
    "投诉单": "Q1:您好，我是浙江移动宽带服务专员，您前几天报修过宽带故障，我们想就这次装维服务向您做个简短回访，现在方便吗?",
    "质差回访": "Q1:您好，我是浙江移动宽带服务专员，打扰您1分钟，我们正在做浙江移动宽带满意度回访，您现在方便吗？",
    "质差派单": "Q1:您好，我是浙江移动宽带服务专员，现在有免费的家庭网络体检，工作人员可以按您方便的时间上门，如需专业人员上门，直接跟我说需要就可以",
}
STEPS = {
    "装机单": [("Q3:请问您对这次宽带安装的服务满意吗？", ["挺满意的", "满意", "很满意", "还可以", "一般吧"], "Q3:满意"),
             ("Q5:师傅走之前有没有帮您测过网速呢？", ["测了", "有的", "确认了", "没有测"], "Q5:测速已确认"),
             ("Q6:后面收到满意度短信的时候，麻烦给我们打10分满意好吗？", ["好的", "嗯，好的", "可以"], "Q6:邀评")],
    "投诉单": [("Q3:您反馈的故障，装维师傅有没有上门处理？", ["处理了", "有上门的", "来过了", "已经处理好了"], "Q3:已上门"),
             ("Q5:师傅有没有提醒您之后收到评价短信打10分满意？", ["是的。", "有说", "说了"], "Q5:邀评"),
             ("Q6:处理之后家里宽带用着怎么样？1到10分请给个分数~", ["10分", "9分", "8分", "1分。", "还行吧"], "Q6:10分"),
             ("Q7:那您觉得这次维修服务怎么样？1到10分请给个分数~", ["10分", "10分10分", "9分"], "Q7-满分:10分")],
    "质差回访": [("Q3:您家宽带的问题现在修好了吗？", ["修好了", "好了", "还没有"], "Q3:已修复"),
              ("Q4:对修复后的上网体验打个分吧，1到10分~", ["10分", "8分"], "Q4:10分"),
              ("Q5:对师傅的服务打个分吧，1到10分~", ["10分", "满分"], "Q5:10分")],
    "质差派单": [("Q2:您看什么时间方便，我帮您登记，具体以装维师傅和您约的时间为准。", ["明天上午", "下午5点", "周六都可以", "晚上6点以后"],
              "Q2:抓取时间关键字")],
}
CLOSING = "AI：好的，感谢您的配合，近期电信诈骗较多，陌生来电请提高警惕，祝您生活愉快，再见！\r\n"
NL = ["\r\n", "\n"]


def line(text):
    return text + f.pick(NL)


def call(task, number, when):
    kind = f.r.random()
    lines = ["AI：0.1秒\n" if task in ("装机单",) or f.chance(0.3) else "AI："]
    lines[0] += line(GREETING[task])
    answers, tags = [], []
    if kind < 0.55:                                  # picked up, said little or nothing, hung up
        if f.chance(0.5):
            said = f.pick(["喂。", "什么事情在忙", "无法接听", "啊？", "你说"])
            lines.append(line(f"客户：{said}"))
            answers.append(said)
            if f.chance(0.4):
                lines.append(line("AI：不好意思，我没有听清，麻烦您再说一下?"))
                lines.append(line("客户：。"))
        interactions, seconds = f.r.choice([0, 0, 1, 1, 2]), f.r.randrange(8, 33)
        if f.chance(0.18):
            tags = [f.pick(["Q1:接通未评价", "Q1-default:接通未评价", "智能助手", "无回应挂断", "Q1:接通"])]
    else:
        ok = f.pick(["嗯。", "可以", "方便", "你说吧", "是吧。"])
        lines.append(line(f"客户：{ok}"))
        answers.append(ok)
        tags.append(f.pick(["Q1:接通", "Q1:接通", "Q1-default:接通"]) if task != "质差派单" else
                    f.pick(["Q1:质差需上门", "Q1-default:质差需上门"]))
        if task == "质差派单" and f.chance(0.5):
            tags = [f.pick(["Q1:质差无需上门", "Q1-default:质差无需上门"])]
            lines.append(line("AI：好的，那就不打扰您了，祝您生活愉快，再见！"))
        else:
            for question, replies, tag in STEPS[task][:f.r.randrange(1, len(STEPS[task]) + 1)]:
                reply = f.pick(replies)
                lines.append("AI：0.1秒\n" + line(question))
                lines.append(line(f"客户：{reply}"))
                answers.append(reply)
                said = reply.rstrip("。")
                if said.endswith("分") or reply in ("还没有", "没有测", "一般吧"):
                    tag = f"{tag.split(':')[0]}:{said[:3] if said.endswith('分') else said}"
                tags.append(tag)
            lines.append(CLOSING)
        interactions, seconds = len(answers) + f.r.choice([0, 0, 1, 2]), f.r.randrange(35, 170)
    lines.append(f"{f.r.randrange(1, 3)}秒\n" if f.chance(0.3) else "")
    hang = when + datetime.timedelta(seconds=seconds)
    record = str(uuid.UUID(int=f.r.getrandbits(128), version=4))
    return {
        "id": record, "number": number, "score": f.pick([0] * 12 + [-200, -500] + ([200] if task == "投诉单" else [])),
        "connect": when, "hang": hang, "interactions": interactions, "seconds": seconds,
        "tags": ",".join(tags) or None, "text": "".join(lines), "answers": "\r\n".join(answers) if answers else None,
    }


def sheet(task, count, city, first, last, retries=0):
    task_id = str(uuid.UUID(int=f.r.getrandbits(128), version=4))
    numbers = [f.mobile_cn() for _ in range(count - retries)]
    numbers += [f.pick(numbers) for _ in range(retries)]
    f.r.shuffle(numbers)
    ws = wb.create_sheet(task)
    ws.append(HEAD)
    span = int((last - first).total_seconds())
    for k, number in enumerate(numbers):
        when = first + datetime.timedelta(seconds=f.r.randrange(span))
        c = call(task, number, when)
        if k in (7, 60):
            province, town = None, None
        elif f.chance(0.04):
            province, town = f.pick(OTHER_PLACES)
        else:
            province, town = "浙江", city if f.chance(0.97) else f.pick(["丽水", "嘉兴", "绍兴", "宁波", "杭州"])
        ws.append([
            c["id"], f"{number}\t",
            f"http://192.0.2.45/#/play/show/task?task_id={task_id}&record_id={c['id']}&user_id={USER_ID}",
            c["score"], None, "未知", c["connect"].strftime("%Y-%m-%d %H:%M") + "\t", c["hang"].strftime("%Y-%m-%d %H:%M") + "\t",
            c["interactions"], f"{c['seconds']}秒", c["tags"], c["text"], c["answers"], province, town])
    ws.column_dimensions["L"].width = 40
    return ws


wb = workbook()
wb.remove(wb.active)
sheet("装机单", 134, "舟山", DAY.replace(hour=8), DAY.replace(hour=8, minute=40))
sheet("投诉单", 210, "台州", DAY.replace(hour=8), DAY.replace(hour=9, minute=15))
sheet("质差回访", 62, "台州", DAY.replace(hour=8), DAY.replace(hour=8, minute=24))
sheet("质差派单", 218, "台州", DAY.replace(hour=8, minute=9), DAY.replace(hour=16, minute=28), retries=40)
save(wb, "calls-zh-cn-broadbandcallbacks.xlsx")
