"""
Shape of chounao/naonao_ps_demo "args_kwargs/到期未续费未登录用户.xlsx" (at commit e795cbc5): a
Taobao-seller tool's list of users whose subscription ran out, who did not renew and no longer log
in, written by pandas (to_excel, no index) after a script looked each seller's mobile up. One sheet
Sheet1: header sellerId | phone (bold, bordered, centred), 106 sellers known only by the platform's
numeric seller id (8, 9, 10 or 13 digits, stored as numbers), the mobile as text — empty where the
look-up found none (three), one with a digit too many. No names. Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("renewals-zh-cn-sellerids")

LENGTHS = [10] * 67 + [9] * 22 + [13] * 14 + [8] * 3
f.r.shuffle(LENGTHS)
rows = []
ids = set()
for n, length in enumerate(LENGTHS):
    while True:
        if length == 13:
            sid = int(f"22{f.r.randrange(10 ** 10, 10 ** 11)}")
        else:
            sid = f.r.randrange(10 ** (length - 1), 10 ** length)
        if sid not in ids:
            break
    ids.add(sid)
    phone = f.mobile_cn()
    if length == 13 and n % 5 == 0 and sum(1 for r in rows if r[1] is None) < 3:
        phone = None
    rows.append([sid, phone])
for r in rows:
    if r[1] is None:
        break
else:
    raise AssertionError("no seller without a phone")
missing = sum(1 for r in rows if r[1] is None)
for r in rows:
    if missing >= 3:
        break
    if r[1] is not None and len(str(r[0])) == 13:
        r[1] = None
        missing += 1
rows[57][1] = rows[57][1] + str(f.r.randrange(10))  # a digit too many

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for c, h in enumerate(["sellerId", "phone"], start=1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.alignment = Alignment(horizontal="center", vertical="top")
for r, row in enumerate(rows, start=2):
    ws.cell(r, 1, row[0])
    if row[1] is not None:
        ws.cell(r, 2, row[1])
save(wb, "renewals-zh-cn-sellerids.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)
