"""
Shape of jiabanjushi/website "会员列表.xlsx": an online platform's member list exported by its
back office through Apache POI: one sheet "appuser", seventeen columns, every cell text (ids,
phones and times too): 用户序号 (six-digit ids with gaps) / 上级ID / 上级用户名 (the member who
invited this one: "0"/"system" for the first accounts; a few uplines invited hundreds) / 总代理ID /
总代理名 (the top agent of the branch, a dozen in all; the first accounts name themselves) /
用户名 (a login handle, not a person's name) / 手机号 (foreign numbers of 7 to 11 digits without a
country code, some empty) / 用户邮箱 (empty) / 状态 (正常, a few 冻结) / 注册时间 ("2022-06-14
12:16:14") / 注册IP / 更新时间 (a handful of batch times) / 邀请码 (six characters) / 最后登录时间
and 实名 (empty) / 是否测试号 (否) / 分组 (默认分组). Values invented: phones use fictional
prefixes, addresses the documentation IP ranges.
"""
import datetime
import string

from fake import Fake, save, workbook

f = Fake("members-zh-cn-referral")

WORDS = ["lucky", "star", "king", "ruby", "tiger", "sunny", "eagle", "lion", "jade", "moon", "river",
         "rocky", "angel", "hope", "grace", "smart", "happy", "winner", "blue", "gold"]
NAMES = ["james", "charlotte", "daniel", "mary", "samuel", "ruth", "isaac", "esther", "peter", "joy",
         "abel", "hanna", "david", "sara", "kofi", "ama", "yaw", "abena", "musa", "amina"]


def handle():
    def make():
        style = f.r.random()
        if style < 0.35:
            return f.pick(WORDS) + str(f.r.randrange(1, 9999))
        if style < 0.6:
            return f.pick(NAMES) + (str(f.r.randrange(1, 999)) if f.chance(0.6) else "")
        if style < 0.8:
            return "".join(f.r.choice(string.ascii_uppercase) for _ in range(3)) + "123456"
        return f.pick(NAMES) + f.pick(WORDS)
    return f._unique(make)


def phone():
    roll = f.r.random()
    if roll < 0.03:
        return ""
    if roll < 0.6:
        return f._unique(lambda: f.r.choice(["90000", "70000"]) + f"{f.r.randrange(10000):04d}")
    if roll < 0.8:
        return f._unique(lambda: f.r.choice(["070000", "050000", "020000"]) + f"{f.r.randrange(10000):04d}")
    if roll < 0.97:
        return f._unique(lambda: f.r.choice(["080000", "081000", "070300"]) + f"{f.r.randrange(100000):05d}")
    return f._unique(lambda: "2000" + f"{f.r.randrange(1000):03d}")


def ip():
    return f"{f.r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{f.r.randrange(1, 255)}"


def code():
    return f._unique(lambda: "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(6)))


start = datetime.datetime(2022, 6, 14, 12, 16, 14)
BATCH = [datetime.datetime(2022, 8, 25, 4, 22, 59), datetime.datetime(2022, 8, 25, 4, 40, 21),
         datetime.datetime(2022, 8, 25, 4, 40, 27), datetime.datetime(2022, 8, 25, 4, 21, 36)]


def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


members = []   # dicts
next_id = 100000
when = start
top_agents = []
uplines = []
for n in range(230):
    name = handle()
    if n < 6 or (n < 40 and f.chance(0.1)):
        up_id, up_name, agent_id, agent_name = "0", "system", "", name
        top_agents.append((str(next_id), name))
    else:
        # A few uplines bring most members; a member may itself bring others.
        pool = uplines if uplines and f.chance(0.75) else members
        up = f.r.choice(pool[: max(3, len(pool) // 3)]) if pool is uplines else f.r.choice(pool)
        up_id, up_name = up["id"], up["name"]
        agent_id, agent_name = up["agent_id"] or up["id"], up["agent_name"]
        if up not in uplines:
            uplines.append(up)
    member = {"id": str(next_id), "name": name, "agent_id": agent_id, "agent_name": agent_name}
    members.append(member)
    when += datetime.timedelta(minutes=f.r.randrange(3, 900), seconds=f.r.randrange(60))
    member["row"] = [str(next_id), up_id, up_name, agent_id, agent_name, name, phone(), "",
                     "冻结" if f.chance(0.01) else "正常", ts(when), "" if n < 3 else ip(),
                     ts(f.pick(BATCH)), code(), "", "", "否", "默认分组" if f.chance(0.995) else "未分组"]
    next_id += f.r.choice([1, 1, 1, 2, 3, 11, 16])

wb = workbook()
ws = wb.active
ws.title = "appuser"
ws.append(["用户序号", "上级ID", "上级用户名", "总代理ID", "总代理名", "用户名", "手机号", "用户邮箱", "状态", "注册时间",
           "注册IP", "更新时间", "邀请码", "最后登录时间", "实名", "是否测试号", "分组"])
for m in members:
    ws.append(m["row"])
save(wb, "members-zh-cn-referral.xlsx")

if __name__ == "__main__":
    import collections, os
    if os.environ.get("SHOW"):
        print(len(members), collections.Counter(m["row"][2] for m in members).most_common(5))
        for m in members[:3] + members[100:103]:
            print(m["row"])
