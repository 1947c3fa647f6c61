"""
Shape of qzh1991/ZhiYuanZhe 名单.xlsx (commit ca349acefe04e0f5c6f3ccc7cb2f3acdc272e848): the list a
community-volunteer sign-up script reads. Sheet1 has no header row: column A a name, B the
18-character ID number as text (some ending X), C the mobile as a number; 57 rows, the same
person pasted again further down (one three times, four twice, identical rows); the original's used
range runs far to the right (IM) though only A-C hold anything (not reproduced). Sheet 户籍 is a lookup of ID-number
area codes: 序号 / 地址编码 / 身份证地址辖区 with the place written with a leading space
(" 江西南昌市东湖区"), 3,757 rows in the original, 300 here. Sheet3 is empty.
All names, ID and phone numbers invented; the area names are generic.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("roster-zh-cn-volunteerids")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
people = []
for i in range(51):
    born = f.date(datetime.date(1950, 1, 1), datetime.date(1995, 12, 31))
    idno = f"{f.pick(['320323', '320302', '320311', '320321', '342222', '211102'])}{born:%Y%m%d}{f.r.randrange(1000):03d}" + \
        f.pick("01234567891X")
    people.append([f.name_cn(), idno, int(f.mobile_cn())])
rows = list(people)
# duplicates pasted again: one three times, four twice
for idx, times in [(3, 2), (10, 1), (17, 1), (30, 1), (44, 1)]:
    for _ in range(times):
        rows.insert(f.r.randrange(idx + 1, len(rows) + 1), list(people[idx]))
for r in rows:
    ws.append(r)
ws.column_dimensions["B"].width = 22

lk = wb.create_sheet("户籍")
lk.append(["序号", "地址编码", "身份证地址辖区"])
PLACES = [(3601, "江西南昌市", ["市辖区", "东湖区", "西湖区", "青云谱区", "湾里区", "郊区", "南昌县", "新建县", "安义县", "进贤县"]),
          (3602, "江西景德镇市", ["市辖区", "昌江区", "珠山区", "浮梁县", "乐平市"]),
          (3203, "江苏徐州市", ["市辖区", "鼓楼区", "云龙区", "九里区", "贾汪区", "泉山区", "丰县", "沛县", "铜山县", "睢宁县", "新沂市", "邳州市"]),
          (3413, "安徽宿州市", ["市辖区", "埇桥区", "砀山县", "萧县", "灵璧县", "泗县"]),
          (2111, "辽宁盘锦市", ["市辖区", "双台子区", "兴隆台区", "大洼县", "盘山县"]),
          (2114, "辽宁锦西市", ["市辖区", "连山区", "葫芦岛区", "南票区", "绥中县", "兴城市"])]
n = 0
while n < 300:
    for pre, city, districts in PLACES:
        for k, d in enumerate(districts):
            n += 1
            if n > 300:
                break
            lk.append([n, pre * 100 + (k + 1 if k else 1) + (0 if k < 6 else 15), f" {city}{d}"])
wb.create_sheet("Sheet3")
save(wb, "roster-zh-cn-volunteerids.xlsx")

if __name__ == "__main__":
    print(len(rows), people[3], people[10])
