"""
Shape of 952666721/spring-boot-course 用户数据.xlsx (commit 67bdff5927ea6feb1cad539943d6a7ad5a183854):
a Spring Boot course's export of its demo app's user table, written by a Java Excel library (no
default style). One sheet 用户数据, header on row 1: id / 用户名 / 昵称 / 邮箱 / 手机号 / 头像 / 状态 /
删除状态 / 版本 / 创建时间 / 更新时间. ids written as floats (4.0 …), user names "first.last" in
Latin letters, nicknames that are Chinese full names (compound surnames too), e-mail = user name
at one domain, 11-digit mobiles as text, a robohash avatar URL, status 1.0, deleted 0.0, version
0.0, creation and update times (the same two seconds for the bulk, yyyy-MM-dd HH:mm:ss). The last
three rows are test accounts typed by hand (user1/user001, user2, user3 with 1388…-style numbers
and no avatar), one id skipped before them. The original has 1,000 rows; 300 here. Values invented.
"""
import datetime
import string

from fake import Fake, workbook, save

f = Fake("members-zh-cn-courseappusers")
FIRST = ["bruno", "maurice", "kenny", "sadye", "annett", "graham", "herminia", "monroe", "suzie", "christin",
         "demetrius", "isabella", "adam", "perry", "lorena", "wilbur", "delia", "otis", "marisa", "quentin",
         "rosalind", "alvaro", "tamika", "everett", "noemi", "carlton", "ines", "barton", "keisha", "lyle"]
LAST = ["watsica", "klocko", "casper", "walker", "boyer", "ortiz", "altenwerth", "beahan", "dach", "shanahan",
        "renner", "pagac", "marvin", "jacobs", "kuhlman", "ritchie", "zboncak", "hessel", "goyette", "lakin"]
COMPOUND = ["羊舌", "欧阳", "司马", "上官", "诸葛", "慕容"]
wb = workbook()
ws = wb.active
ws.title = "用户数据"
ws.append(["id", "用户名", "昵称", "邮箱", "手机号", "头像", "状态", "删除状态", "版本", "创建时间", "更新时间"])
FMT = "yyyy-MM-dd HH:mm:ss"
RESERVED = ["13800000001", "13800000002", "13800000003"]
f._used.update(RESERVED)
t0 = datetime.datetime(2025, 9, 19, 11, 16, 57)
ROWS = []
for i in range(297):
    user = f._unique(lambda: f"{f.pick(FIRST)}.{f.pick(LAST)}")
    nick = f.name_cn() if not f.chance(0.06) else f.pick(COMPOUND) + f.name_cn()[1:]
    t = t0 if i < 90 else t0 + datetime.timedelta(seconds=1)
    avatar = "https://robohash.org/" + "".join(f.pick(string.ascii_lowercase) for _ in range(8)) + ".png"
    row = [float(4 + i), user, nick, f"{user}@example.com", f.mobile_cn(), avatar, 1.0, 0.0, 0.0, t, t]
    ROWS.append(row)
t1 = datetime.datetime(2025, 9, 19, 11, 27, 51)
t2 = datetime.datetime(2025, 9, 19, 11, 30, 38)
ROWS.append([301.0, "user1", "user001", "user1@example.com", RESERVED[0], None, 1.0, 0.0, 0.0, t1, t1])
ROWS.append([303.0, "user2", "user2", "user2@example.com", RESERVED[1], None, 1.0, 0.0, 0.0, t2, t2])
ROWS.append([304.0, "user3", "user3", "user3@example.com", RESERVED[2], None, 1.0, 0.0, 0.0, t2, t2])
for row in ROWS:
    ws.append(row)
    ws.cell(ws.max_row, 10).number_format = FMT
    ws.cell(ws.max_row, 11).number_format = FMT
save(wb, "members-zh-cn-courseappusers.xlsx")

if __name__ == "__main__":
    for r in ROWS[:3]:
        print(r)
