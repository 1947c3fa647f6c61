"""
Shape of zjyt21/manage_system 用户信息.xlsx (commit c69b4fed15405c9e0fb54f5c65d759829b7c6aae): the
user table of a student's Spring Boot + Vue management-system demo, exported by the app (one
sheet "sheet1", every cell a text, no styles). Headers 用户名, 密码, 昵称, 邮箱, 电话, 地址, 头像:
an admin login then joke accounts named after characters of classical novels with a nickname,
password 123, a throwaway e-mail, a "phone" of 11 to 14 digits that is mostly not a real number,
a place from the story as address and an empty-string avatar. The export ran twice, so the
seven accounts appear again below the first seven. The system's own login accounts: nothing a
key-account manager would import. Characters, nicknames and numbers changed; e-mails on
example.com.
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "sheet1"
ws.append(["用户名", "密码", "昵称", "邮箱", "电话", "地址", "头像"])
accounts = [
    ("admin", "admin", "管理员", "admin@example.com", "13800004131", "四川成都"),
    ("哪吒", "123", "三太子", "nezha@example.com", "12342416620", "陈塘关"),
    ("关羽", "123", "美髯公", "guanyu@example.com", "12541259903", "荆州"),
    ("张飞", "123", "燕人", "zhangfei@example.com", "21342130087", "涿郡"),
    ("诸葛亮", "123", "卧龙", "kongming@example.com", "141242341102", "隆中"),
    ("林冲", "123", "豹子头", "linchong@example.com", "14123532345566", "梁山"),
    ("武松", "123", "行者", "wusong@example.com", "142351438810", "景阳冈"),
]
for _ in range(2):
    for a in accounts:
        ws.append(list(a) + [""])
save(wb, "users-zh-cn-loginexport.xlsx")
