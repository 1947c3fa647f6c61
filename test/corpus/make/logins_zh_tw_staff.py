"""
Shape of as3305191/luna_web "名單.xlsx" (a list, at commit 6ef67d7): a Taiwanese company's login
accounts for an internal web system, typed in Excel: sheet 工作表1 with English headers account /
password / empindex / empname / pmark: an English nickname as the login, a short password (digits,
a birthday, a word), the staff number as six characters with a leading zero ("091701", "092C01"),
the employee's name in Traditional Chinese and a 0/1 flag; empty 工作表2 and 工作表3. Staff
accounts, not clients: a person imports nothing. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("logins-zh-tw-staff")

NICK = ["anny", "belle", "aidan", "kelly", "nica", "ines", "nancy", "minlin", "alice", "ben", "cindy",
        "david", "emma", "frank", "grace", "henry", "ivy", "jack", "karen", "leo", "mandy", "nick", "olivia",
        "peggy", "queenie", "ray", "sandy", "tina", "una", "vivian", "wendy", "yuki", "zoe", "amber", "bella",
        "chris", "doris", "eric", "fiona", "gary", "helen", "irene", "jason", "kevin", "lily", "maggie"]

wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(["account", "password", "empindex", "empname", "pmark"])
for n in range(120):
    nick = f._unique(lambda: f.pick(NICK) + ("" if f.chance(0.7) else str(f.r.randrange(2, 9))))
    pw = f.r.choice([str(f.r.randrange(100, 9999)), f"{f.r.randrange(50, 80):02d}{f.r.randrange(1, 13):02d}{f.r.randrange(1, 29):02d}",
                     f.pick(["cola", "mlc", "sun", "abc"]) + str(f.r.randrange(100, 9999)), "J" + str(f.r.randrange(1000, 9999))])
    year = f.r.randrange(85, 113)
    empindex = f._unique(lambda: f"{year:03d}"[-3:] + f.r.choice(["", "", "", "C"]) + f"{f.r.randrange(1, 9):01d}0{f.r.randrange(1, 9)}")[:6]
    if len(empindex) < 6:
        empindex = empindex.rjust(6, "0")
    ws.append([nick, pw, empindex, f.name_tw(), "1" if f.chance(0.05) else "0"])
wb.create_sheet("工作表2")
wb.create_sheet("工作表3")
for col, width in zip("ABCDE", [12, 12, 10, 10, 7]):
    ws.column_dimensions[col].width = width
save(wb, "logins-zh-tw-staff.xlsx")
