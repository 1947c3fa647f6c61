"""
Shape of the customer file of a small contract-management desktop app, as in Springzhc/ote
"data/customers.xlsx" (commit 600a0a8101e025431f25747e7d103bdee6305b80; written by openpyxl from the app,
next to contracts.xlsx, payments.xlsx and salesmen.xlsx): one sheet 'Sheet1', header on row 1:
客户ID / 客户名称 / 联系人 / 联系电话 / 地址 / 邮箱 / 备注, then one row per customer typed in the app's form:
an ID like 'C001', the customer (a company, or a label like '大客户'), a contact, the phone as text
(also short test-like values), address, e-mail and notes often left blank. The real file holds one
customer; this one nine, as the app would after some use. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-zh-cn-contractapp")

CUSTOMERS = ["大客户", "徐州恒达机电设备有限公司", "杭州云帆贸易有限公司", "成都锦程包装材料厂", "湛江海通水产有限公司",
             "上海沪南物流有限公司", "北京瑞安科技发展有限公司", "老王五金店", "浙江宏远建材有限公司"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户ID", "客户名称", "联系人", "联系电话", "地址", "邮箱", "备注"])
rows = []
for i, name in enumerate(CUSTOMERS, 1):
    contact = f.name_cn() if i != 1 else "dd"
    phone = f.mobile_cn() if i != 1 else "123"
    address = f.address_cn() if i > 1 and f.chance(0.7) else None
    email = f.email(f"sales{i:02d}") if i > 1 and f.chance(0.5) else None
    note = f.pick([None, None, None, "月结30天", "老客户", "需开专票"]) if i > 1 else None
    rows.append((f"C{i:03d}", name, contact, phone, address, email, note))
    ws.append([f"C{i:03d}", name, contact, phone, address, email, note])
save(wb, "clients-zh-cn-contractapp.xlsx")
if __name__ == "__main__":
    for r in rows:
        print(r)
