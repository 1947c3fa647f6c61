"""
Shape of nancycyzl/Membership_Manage_System_with_PyQt5 会员信息.xlsx: a small shop's member list —
ID (a running number 1..N), 姓名 (nicknames), 电话 (stored as numbers, several not real phone
numbers at all), 积分, 余额, 备注 (empty for some). Values invented.
"""
from fake import Fake, workbook, save

f = Fake("members-zh-cn-points")
NICK = ["小七", "嘟嘟", "小小白", "小月", "小灰", "云朵", "小岑", "阿杰", "豆豆", "乐乐", "果果", "阿强", "小雨"]
NOTES = ["老顾客", "住对门", "随缘", "周末来", None, "喜欢甜的", None, "介绍了朋友", "嘿嘿", None, "常买水果", "学生", None]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ID", "姓名", "电话", "积分", "余额", "备注"])
phones = [int(f.mobile_cn()), 44440001, 11110002, 4440003, 555500004, 111000005, int(f.mobile_cn()),
          int(f.mobile_cn()), 22220009, int(f.mobile_cn()), 33330011, int(f.mobile_cn()), 66660013]
points = [0, 0, 28, 12, 20, 0, 0, 35, 7.5, 0, 16, 3, 0]
balance = [0, 20, 51, 0, 33, 53, 0, 100, 12, 0, 8, 0, 45]
for i in range(13):
    ws.append([i + 1, NICK[i], phones[i], points[i], balance[i], NOTES[i]])
save(wb, "members-zh-cn-points.xlsx")
