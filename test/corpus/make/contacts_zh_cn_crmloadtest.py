"""
Shape of lijj0812/CreateData "客户联系人.xlsx" (commit 268e82638249135cf93774d812426087ee6092f1): the
contacts file a Microsoft Dynamics CRM consultant generated (openpyxl) to bulk-load test accounts
and their contacts into a customer's CRM, next to the Python script that made it.

- One sheet "Sheet1", Dynamics schema names as headers on row 1: parentcustomerid (the account's
  GUID) / parentcustomeridname (the account) / contactid (the contact's GUID) / fullname /
  mobilephone. No styling.
- Placeholder test data: accounts 'luvian1' … then 'ponyA客户12392'; every contact named
  '<account>的联系人1' or '…的联系人2'; mobilephone holds the same text as fullname (no numbers).
  The first block of accounts appears twice — once with 联系人1, then again in the same order
  with 联系人2 — the second block once. The original has 20,000 rows (16,197 accounts); this file
  keeps the shape on 300 rows (61 accounts twice, less one, then 179 once).
GUIDs, account prefixes and counts invented; the pattern kept.
"""
from fake import Fake, save, workbook

f = Fake("contacts-zh-cn-crmloadtest")


def guid():
    h = "".join(f.pick("0123456789abcdef") for _ in range(12))
    return f"eb3b0101-0000-7f{f.pick('0123456789abcdef')}{f.pick('0123456789abcdef')}-0000-{h}"


wb = workbook()
wb.properties.creator = "openpyxl"
wb.properties.lastModifiedBy = "橘子Zz"
ws = wb.active
ws.title = "Sheet1"
ws.append(["parentcustomerid", "parentcustomeridname", "contactid", "fullname", "mobilephone"])
first = [(guid(), f"kevtest{i}") for i in range(1, 62)]
rows = []
for g, name in first:
    rows.append((g, name, 1))
for g, name in first[:60]:
    rows.append((g, name, 2))
for i in range(1, 180):
    rows.append((guid(), f"orionB客户{i}", 1))
for g, name, k in rows:
    full = f"{name}的联系人{k}"
    ws.append([g, name, guid(), full, full])
assert ws.max_row == 301, ws.max_row
save(wb, "contacts-zh-cn-crmloadtest.xlsx")
