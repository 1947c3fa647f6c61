"""
Shape of whoslesley/Python-Data-Analysis "客户信息.csv" (commit 2bb82c58f74e9563aa38c5a6c9acbe054d3d4200):
a small customer table kept for a pandas exercise (merging with other tables), saved by Excel as
CSV UTF-8 (BOM, LF line ends).

- Header 客户id,年龄,姓名 followed by seventeen empty columns (every line ends in ,,,,…); ten rows:
  zero-padded ids 001-010, age as a number (one is 2), an English given name (one of them a
  company's name, as typed).
Values invented.
"""
import os

from fake import FILES, FIRST_EN, Fake

f = Fake("customers-zh-cn-pandasidage")
names = f.r.sample(FIRST_EN, 9)
names.insert(8, "Amazon")
ages = [f.r.randrange(20, 80) for _ in range(10)]
ages[7] = 3
lines = ["客户id,年龄,姓名" + "," * 17]
for i, (age, name) in enumerate(zip(ages, names), start=1):
    lines.append(f"{i:03d},{age},{name}" + "," * 17)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-zh-cn-pandasidage.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write("\n".join(lines))
