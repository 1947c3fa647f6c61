"""
Shape of C109118214/AiAnalysic "資料/客戶列表.xlsx": a Taiwanese coffee-bean seller's customer list kept in
Excel beside its sales lines. Two sheets, 新細明體, no styling:

- 工作表1: header 編號 / 姓名; 1,000 customers C0001 … C1000 (codes as text), three-character names, the
  common Taiwanese surnames most often; eight names belong to two customers each (namesakes with
  their own codes, far apart in the list).
- 工作表2: no header, one column of codes C0001 … C0136 (the customers picked out for something, by
  code only).
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("customers-zh-tw-coffeecodes")

SURNAMES = (["陳"] * 12 + ["林"] * 9 + ["黃"] * 8 + ["張"] * 7 + ["王"] * 5 + ["李"] * 5 + ["蔡"] * 4 + ["吳"] * 4 +
            ["劉"] * 4 + ["楊"] * 3 + ["郭"] * 2 + ["賴"] * 2 + list("許鄭謝洪曾邱廖周徐蘇葉莊呂江何蕭羅高簡朱鍾游詹施沈彭胡余盧潘顏梁趙柯翁魏孫戴"))
GIVEN = list("志明家豪俊傑建宏冠宇怡君淑芬美玲雅婷佳穎宗翰承恩柏詠晴欣妤宜蓁品妍子涵士文雄秀英麗華琇德哲蘋友聖忠可禎萍貞惠珍"
             "國峰振達信義仁智慧芳瑜琪筱薇靜慈瑞凱育誠")


def name():
    return f._unique(lambda: f.pick(SURNAMES) + f.pick(GIVEN) + f.pick(GIVEN))


names = [name() for _ in range(992)]
# eight namesakes: a later customer with the same name as an earlier one
for first, second in [(116, 811), (238, 723), (254, 763), (306, 656), (345, 382), (363, 666), (449, 840), (765, 793)]:
    names.insert(second, names[first])

wb = workbook()
wb.properties.creator = "user"
wb.properties.lastModifiedBy = "user"
wb.properties.created = datetime.datetime(2024, 1, 3, 5, 33, 32)
wb.properties.modified = datetime.datetime(2024, 2, 15, 14, 50, 3)
font = Font(name="新細明體", size=12)
ws = wb.active
ws.title = "工作表1"
ws.append(["編號", "姓名"])
for i, n in enumerate(names, start=1):
    ws.append([f"C{i:04d}", n])
for row in ws.iter_rows():
    for c in row:
        c.font = font
ws.column_dimensions["A"].width = 8.78
ws.column_dimensions["B"].width = 13

ws2 = wb.create_sheet("工作表2")
for i in range(1, 137):
    ws2.cell(i, 1, f"C{i:04d}").font = font
ws2.column_dimensions["A"].width = 13

save(wb, "customers-zh-tw-coffeecodes.xlsx")

if __name__ == "__main__":
    import collections
    import os
    if os.environ.get("SHOW"):
        c = collections.Counter(names)
        print(len(names), [(i + 1, n) for i, n in enumerate(names) if c[n] > 1])
        print([(i + 1, n) for i, n in enumerate(names)][:8], names[-3:])
