"""
Shape of akirco/PythonExcel "Demo/xlsToxlsx/input/话题用户详情2021-07-20 19_08-直播间(1).xls" (commit
2198807aa446b7639be5f1f7c1cd033cb15d60ab): the viewer export of one health-product live stream
(a Tianjin sales team's "topic" on a live-streaming platform), Excel 97-2003 as the platform
writes it. One sheet "Sheet0", header in row 1, 92 viewers from row 2, sorted by the last time
watched, newest first; every cell text:

  UID / 用户昵称 / 性别 / 真实姓名 / 联系号码 / 收集来源 / 用户状态 / IP / 地区 / 首次观看直播时间 /
  最近观看直播时间 / 观看渠道来源 / 直播观看时长 / 回放观看时长

- UID a nine-digit number as text; one anonymous viewer with no UID, nickname "匿名用户 " (trailing
  space) and no gender;
- 用户昵称 the WeChat nickname: real names, names behind a city ("天津 王倩", "天津~周光华"), team
  prefixes ("天翼团队-…", "倍好-…"), an "A"/"AAA" prefix to sort first, emoji, pet names, and on
  about one in ten a mobile number glued to the name ("A朱立炜1380000…", "王磊~1380000…"); the
  team's own customer-service account ("中台客服-…") and a service account ("…服务号2") watch too;
- 性别 男 / 女 / 未知; 真实姓名 and 联系号码 empty on every row (the sign-up form did not ask);
- 收集来源 报名表 (three 未知); 用户状态 正常; IP repeated across viewers sharing a network;
  地区 "天津 天津 河东" (province, city, district; sometimes only province and city);
- the two times as text "2021-07-20 16:13:52"; 观看渠道来源 H5 (two PC); durations as text
  "1小时 18分钟 18秒", "37秒", "0秒".

A person keeps the 89 identifiable viewers as prospects (clients): UID as id, the nickname as the
name (the only name there is), the glued mobile kept with it or split off; the anonymous viewer,
the team's customer-service account and the service account are not clients. Gender, source,
status, IP, region and the watch times have no register field. Values invented (nicknames, ids,
IPs from the documentation ranges, times, durations).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("viewers-zh-cn-livestream")

GIVEN = list("伟芳敏静丽强磊军洋勇艳杰涛明超霞平刚华玉兰萍鹏辉玲丹红国志文斌宇浩凯晨欣佳雪琳梅海燕")
SUR = list("王李张刘陈杨赵周徐孙马朱胡郭何高林罗郑谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜程苏魏吕丁沈姚")
PETS = ["努力奋斗", "不忘初心", "天香百合", "苦甜咖啡豆", "幸福来敲门", "summer°", "做自己的太阳", "烟火里的尘埃",
        "人间观察者", "蓝天", "勿忘", "哈哈", "梅子", "天空蓝", "久战帝王", "星辰", "。乔木", "木子李。", "慧睿",
        "七月份水逆别找我", "归类", "学良", "浩男", "skaily"]
EMOJI = ["🌹", "🍒", "🍎", "🐠", "🌻", "💕", "🇨🇳"]
DISTRICTS = ["天津 天津 河东"] * 28 + ["天津 天津"] * 21 + ["天津 天津 河西"] * 21 + ["天津 天津 北辰"] * 6 + \
            ["北京 北京"] * 4 + ["北京 北京 大兴"] * 2 + ["天津 天津 南开"] * 2 + ["浙江 杭州", "江苏 南京", "江西 南昌",
            "河北 唐山", "河北 保定", "江苏", "天津 天津 静海", "天津 天津 和平"]
f.r.shuffle(DISTRICTS)
IPS = [f"203.0.113.{f.r.randrange(1, 255)}" for _ in range(20)] + \
      [f"198.51.100.{f.r.randrange(1, 255)}" for _ in range(25)]


def person():
    return f.pick(SUR) + "".join(f.pick(GIVEN) for _ in range(f.r.choice([1, 2, 2])))


def nickname(i):
    k = i % 9
    if k == 0:
        return f.pick(PETS) if PETS else person()
    if k == 1:
        return f"天津 {person()}" if f.chance(0.5) else f"天津~{person()}"
    if k == 2:
        return f"A{person()}" if f.chance(0.6) else f"A  天津 小{f.pick(SUR)}{f.pick(EMOJI)}"
    if k == 3:
        return f"{f.pick(['天翼团队-', '倍好-', '天翼～'])}{person()}"
    if k == 4:
        return f"{person()}{f.pick(EMOJI)}" if f.chance(0.4) else person()
    return person()


def duration(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}小时 {m}分钟 {s}秒"
    if m:
        return f"{m}分钟 {s}秒"
    return f"{s}秒"


rows = []
start = datetime.datetime(2021, 7, 20, 16, 8, 0)
glued = {5, 17, 33, 35, 61, 64, 68, 71, 77, 84, 90}
used_pets = set()
for i in range(92):
    first = start + datetime.timedelta(seconds=f.r.randrange(0, 2 * 3600 + 40 * 60))
    last = first + datetime.timedelta(seconds=f.r.choice([0, 0, 7, 13, 48]) + f.r.randrange(0, 110 * 60))
    nick = nickname(i)
    while nick in used_pets:
        nick = person()
    if nick in PETS:
        used_pets.add(nick)
    if i in glued:
        base = person()
        nick = f.pick([f"{base}{f.mobile_cn()}", f"A{base}{f.mobile_cn()}", f"{base}~{f.mobile_cn()}",
                       f"天津-{base}{f.mobile_cn()}", f"A{base}  {f.mobile_cn()}"])
    live = f.r.randrange(0, 3 * 3600) if f.chance(0.95) else 0
    rows.append([str(f.r.randrange(200_000_000, 450_000_000)), nick, f.r.choices(["未知", "男", "女"], [37, 36, 18])[0],
                 "", "", "报名表", "正常", f.pick(IPS), DISTRICTS[i % len(DISTRICTS)],
                 first.strftime("%Y-%m-%d %H:%M:%S"), last.strftime("%Y-%m-%d %H:%M:%S"), "H5",
                 duration(live), "0秒" if f.chance(0.92) else duration(f.r.randrange(5, 700))])

# the rows the label checks, and the accounts that are not clients
rows[0][:3] = ["230115527", "李", "男"]
rows[1][:3] = ["382004716", "倍好 孙嘉泽", "未知"]
rows[1][11] = "PC"
rows[2][:3] = ["", "匿名用户 ", ""]
rows[2][5], rows[2][11] = "未知", "PC"
rows[3][:3] = ["364080912", "A💖李艳 🌹💕", "女"]
rows[6][:3] = ["411873205", f"天涯随风{f.mobile_cn()}", "男"]
rows[47][:3] = ["356201447", "医行天下服务号2", "未知"]
rows[88][:3] = ["402556813", "中台客服-马小雨", "男"]
rows[88][5] = "未知"
rows[60][5] = "未知"
rows.sort(key=lambda r: r[10], reverse=True)
# keep the anonymous viewer and the first one where the export put them
anon = next(r for r in rows if r[1] == "匿名用户 ")
rows.remove(anon)
rows.insert(2, anon)

wb = workbook()
ws = wb.active
ws.title = "Sheet0"
ws.append(["UID", "用户昵称", "性别", "真实姓名", "联系号码", "收集来源", "用户状态", "IP", "地区", "首次观看直播时间",
           "最近观看直播时间", "观看渠道来源", "直播观看时长", "回放观看时长"])
for r in rows:
    ws.append(r)
for col, w in zip("ABCDEFGHIJKLMN", [21.7, 21.7, 13.1, 10.4, 7.6] + [21.7] * 9):
    ws.column_dimensions[col].width = w
save(wb, "viewers-zh-cn-livestream.xls", libreoffice="xls")
