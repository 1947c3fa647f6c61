"""
Shape of whoslesley/Python-Data-Analysis 客户信息.csv: a tiny customer table saved as CSV by
Excel — UTF-8 with a byte-order mark, LF line ends, headers 客户id / 年龄 / 姓名, ids written
001, 002 …, and every line padded with empty fields to 20 columns. Values invented.
"""
import os

from fake import Fake, FILES, FIRST_EN

f = Fake("customers-zh-cn-ages")
lines = ["客户id,年龄,姓名" + "," * 17]
for i in range(10):
    lines.append(f"{i + 1:03d},{f.r.randrange(20, 80)},{f.pick(FIRST_EN)}" + "," * 17)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-zh-cn-ages.csv"), "wb") as out:
    out.write(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
