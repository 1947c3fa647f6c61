"""
Shape of yiqingfeng/electron-vue-excel "测试数据.xlsx" (commit 089af6af50ebf6578b534f575959e2047cb33c8b):
a small fruit seller's purchase records per customer, the sample workbook of a desktop Excel
viewer (written by openpyxl, last saved by Excel for Mac).

- Sheet "测试表", header on row 1: 姓名 / 性别 / 年龄 / 金额 / 产品. One row per customer per
  product (苹果 / 香蕉 / 荔枝, in that order), name, gender and age repeated on each row: six
  customers, five with three rows and the last with two (17 rows); the first amount is empty.
- Empty sheets "Sheet2" and "Sheet3".
Values invented (names, ages, amounts); products kept.
"""
from fake import Fake, save, workbook

f = Fake("purchases-zh-cn-fruitbuyers")
wb = workbook()
wb.properties.creator = "openpyxl"
wb.properties.lastModifiedBy = "Microsoft Office User"
ws = wb.active
ws.title = "测试表"
ws.append(["姓名", "性别", "年龄", "金额", "产品"])
people = [(f.name_cn(), g, f.r.randrange(20, 40)) for g in ["男", "男", "女", "男", "女", "女"]]
for i, (name, g, age) in enumerate(people):
    for j, fruit in enumerate(["苹果", "香蕉", "荔枝"]):
        if i == 5 and j == 2:
            break
        amount = None if (i == 0 and j == 0) else f.r.randrange(15, 210)
        ws.append([name, g, age, amount, fruit])
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "purchases-zh-cn-fruitbuyers.xlsx")
print(people)
