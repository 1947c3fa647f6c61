"""
Shape of nanxizhou/gaoxiao "工作/客户名单.xlsx": a small software firm's list of client companies
for a product-introduction mail-out (Excel), read by a script that sends the mail from several
accounts in batches.

- One sheet "客户名单": header 企业名称 / 联系人 / 电话 / 邮箱, centred on a tinted row, no title.
  One row per company (信息 / 科技 / 网络 / 传媒 有限公司). The contact is typed given name first and
  surname last (秀华刘 for 刘秀华), sometimes only the given name; mobiles as text; every address
  is one mailbox pattern with a running number.
Values invented.
"""
from openpyxl.styles import Alignment, PatternFill

from fake import Fake, save, workbook

f = Fake("prospects-zh-cn-mailcampaign")

WORDS = ["创联世纪", "新宇龙", "泰麒麟", "明腾", "九方", "趋势", "天开", "巨奥", "万迅电脑", "博远", "中兴达", "云帆", "恒通", "智汇"]
KINDS = ["信息有限公司", "科技有限公司", "网络有限公司", "传媒有限公司", "信息网络有限公司"]

wb = workbook()
ws = wb.active
ws.title = "客户名单"
ws.append(["企业名称", "联系人", "电话", "邮箱"])
for c in ws[1]:
    c.alignment = Alignment(horizontal="center")
    c.fill = PatternFill("solid", fgColor="DDEBF7")
used = set()
numbers = sorted(f.r.sample(range(1001, 1060), 20))
f.r.shuffle(numbers)
rows = []
for n in numbers:
    company = f.pick(WORDS) + f.pick(KINDS)
    while company in used:
        company = f.pick(WORDS) + f.pick(KINDS)
    used.add(company)
    name = f.name_cn()
    k = f.r.random()
    if k < 0.6:
        contact = name[1:] + name[0]          # given name typed first
    elif k < 0.8:
        contact = name[1:]                      # given name only
    else:
        contact = name
    rows.append([company, contact, f.mobile_cn(), f"mail{n}_sunsoft@example.com"])
for r in rows:
    ws.append(r)
for col, w in zip("ABCD", [30.38, 13.69, 17.23, 26.23]):
    ws.column_dimensions[col].width = w

if __name__ == "__main__":
    save(wb, "prospects-zh-cn-mailcampaign.xlsx")
    for r in rows:
        print(r)
