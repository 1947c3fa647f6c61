"""
Shape of shar123456/vue3Proj240325 public/downloadfile/线索导入模板.xlsx, a small CRM's lead import
template saved by Excel (简体): one sheet "sheet-1" whose header is two rows — the Chinese column
names, then the system's English field keys (Name, MobilePhone, Phone, Industry, Email, ClueOrigin,
CustomerLevel, ContactPerson, Address, Province, City) — and three sample leads under it: companies
under 姓名, the mobile stored as a number, a landline with its area code as text, a one-word
industry, an e-mail, the lead source, a customer level (普通客户 / VIP客户 / 重点客户), the contact
person, a street address and the province and city in their own columns (福建 without 省). Values
invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-zh-cn-leadkeys")
rows = [
    ["鼎泰互联集团", int(f.mobile_cn()), "0592-5550136", "制造", f.email("dingtai"), "电话咨询", "普通客户", f.name_cn(), "长泰县八里路", "福建", "厦门"],
    ["华讯制造", int(f.mobile_cn()), "0592-55501872", "制造", f.email("huaxun"), "线下活动", "VIP客户", f.name_cn(), "软件园二期89号", "福建", "厦门"],
    ["上海松林", int(f.mobile_cn()), "021-05550194", "医美", f.email("songlin"), "转介绍", "重点客户", f.name_cn(), "南京路2号", "上海", "上海"],
]
wb = workbook()
ws = wb.active
ws.title = "sheet-1"
cn = ["姓名", "手机号", "电话", "行业", "邮箱", "线索来源", "客户级别", "联系人", "地址", "省份", "城市"]
en = ["Name", "MobilePhone", "Phone", "Industry", "Email", "ClueOrigin", "CustomerLevel", "ContactPerson", "Address", "Province", "City"]
for j, (a, b) in enumerate(zip(cn, en)):
    ws.cell(1, j + 1, a)
    ws.cell(2, j + 1, b)
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        ws.cell(3 + i, j + 1, v)
for col, w in zip("ABCDEFGHIJK", [14, 14, 15, 9, 19, 10, 10, 9, 16, 7, 7]):
    ws.column_dimensions[col].width = w
save(wb, "clients-zh-cn-leadkeys.xlsx")

if __name__ == "__main__":
    for r in rows:
        print(r)
