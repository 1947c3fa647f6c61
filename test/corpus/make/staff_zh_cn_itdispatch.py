"""
Shape of HMY-1226/python.study "工单派发系统/工单.xlsx" (at commit d5f8264eb6b1ec6371e2f73a74b505f0ae848088):
the staff configuration of a small IT help-desk ticket-dispatch script (an AI agent classifies a
ticket and gives it to the engineer of that category with the fewest open tickets), written and
rewritten by openpyxl. Three tabs, one per team (网络部 / 系统部 / 桌面运维), each with the same
bold, centred header in row 1 (姓名 / 负责大类 / 邮箱 / 当前工单数 / 黑名单) and two or three
engineers: a stock placeholder name (张三, 李四 …), the ticket category he handles (打印机, 网络故障,
服务器, 数据库, OA系统, 软件安装, 账号权限), a made-up e-mail (pinyin of the surname at a dummy
domain), his current open-ticket count (0-2, updated by the script) and a blacklist flag 否. No widths,
no other styles. These are the help desk's own engineers, not clients or contacts at clients: a
person imports nothing. Values invented (the stock placeholder names are kept, the domain is
example.com).
"""
from fake import save, workbook
from openpyxl.styles import Alignment, Font

TEAMS = [
    ("网络部", [("张三", "打印机", "zhang", 0), ("李四", "网络故障", "li", 2), ("王五", "服务器", "wang", 1)]),
    ("系统部", [("赵六", "数据库", "zhao", 0), ("钱七", "OA系统", "qian", 2)]),
    ("桌面运维", [("孙八", "软件安装", "sun", 0), ("周九", "账号权限", "zhou", 0)]),
]

wb = workbook()
wb.remove(wb.active)
for title, people in TEAMS:
    ws = wb.create_sheet(title)
    ws.append(["姓名", "负责大类", "邮箱", "当前工单数", "黑名单"])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    for name, category, local, count in people:
        ws.append([name, category, f"{local}@example.com", count, "否"])
save(wb, "staff-zh-cn-itdispatch.xlsx")
