"""
Shape of harmful-chan/demo1 "店铺信息.xlsx" (commit 1b3efc5eed809488b39ef6b11b9123cab65354dd): a Guangdong
cross-border e-commerce agency's register of the client companies whose marketplace stores it runs, saved by
WPS. One sheet 店铺信息, header on a dark fill: 序号 / 客户ID / 公司 / 店铺名称 / CN码 / 大类 / 运营 / 运营状态 /
账号 / 密码, then 100 store rows for 30 companies: 序号 is a company label ('公司01' …) repeated on each of its
stores, 客户ID a seven-digit number, the store names 'aa', 'ab' … per company (one 'ag' before 'af'), the
store's seller code cn10…ae (one duplicated within a company), category (empty on three), our operator
(empty where the store is closed), 运营中/关店, a login mailbox built from the boss's mobile and a password
from the store and date (both empty on the closed-down companies); one company's mailboxes and password
follow its brand instead and an unheaded column K holds a mobile on its rows; K50:L50 merged. Date-time
formats left on the operator columns. Company names, ids, codes, mailboxes, passwords and phones invented.
"""
from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-storeagency")
CITY = ["广州", "广州市", "佛山市", "肇庆", "深圳", "杭州", "洛阳", "沈丘县"]
WORD = ["星河", "森越", "美喜乐", "逐风", "誉峰", "小马云", "大爱康", "世腾", "翌航", "金猿", "叁拾", "华竹", "翰墨", "愿景",
        "键盘侠", "巴兹", "乔木", "凯莉", "云山", "乐童", "睿达", "可清", "百舸", "火山", "炬星", "炬明", "畅远", "昊天", "烨林", "希望"]
KIND = ["文化传媒有限公司", "跨境电商有限公司", "贸易有限公司", "商贸有限公司", "电子科技有限公司", "网络科技有限公司",
        "生物科技有限公司", "互联网科技有限公司", "咨询服务有限公司", "外贸服饰有限公司", "化妆品有限公司", "电商有限公司"]
STORES = [2, 6, 1, 1, 1, 1, 6, 5, 2, 3, 1, 6, 6, 6, 1, 1, 1, 6, 6, 1, 1, 2, 1, 2, 6, 6, 1, 6, 6, 6]
CLOSED = {0, 1, 2, 6, 10, 11, 12, 13, 16, 17, 18, 19}          # companies whose stores are all closed
NO_LOGIN = {6, 10, 11, 12, 13, 16, 17, 18, 19}                 # … and whose logins were wiped
CATS = ["家用电器", "家居家具家装灯具工具", "运动娱乐", "汽摩配", "运动娱乐(含电动滑板车)", "家电"]
OPS = [f.name_cn() for _ in range(9)]

wb = workbook()
wb.properties.creator = "Administrator"
wb.properties.lastModifiedBy = "WPS_1602318033"
ws = wb.active
ws.title = "店铺信息"
HEAD = ["序号", "客户ID", "公司", "店铺名称", "CN码", "大类", "运营", "运营状态", "账号", "密码"]
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.fill = PatternFill("solid", fgColor="FF262626")
    c.font = Font(color="FFFFFFFF")
ws["D1"].number_format = "@"
cid = 5376557
names = set()
r = 2
for k, n in enumerate(STORES):
    while True:
        name = f.pick(CITY) + f.pick(WORD) + f.pick(KIND)
        if name not in names:
            names.add(name)
            break
    if k == 18:
        name = "云山舍民宿客栈（广州）有限责任公司"
    cid += f.r.randrange(5, 70) if k not in (7, 19) else -f.r.randrange(100, 200)
    mobile = f.mobile_cn()
    day = f"2023{(k // 3) % 12 + 1:02d}{f.r.randrange(1, 29):02d}" if k < 27 else f"2024{(k - 26):02d}{f.r.randrange(10, 29):02d}"
    brand = f.pick(["jiarui", "haoyu", "xinpeng"]) if k == 7 else None
    domain = f.pick(["example.com", "example.net"])
    codes = []
    for i in range(n):
        store = ["aa", "ab", "ac", "ad", "ae", "af"][i] if not (k == 24 and i == 4) else "ag"
        if k == 24 and i == 5:
            store = "af"
        if k == 2:
            store = "ab"
        code = f"cn10{f.r.randrange(75000000, 84000000)}{''.join(f.pick('abcdefghijklmnopqrstuvwxyz') for _ in range(3))}ae"
        if k == 18 and i == 1:
            code = codes[0]
        codes.append(code)
        cat = None if (k == 17 and i in (0, 1, 5)) else f.pick(CATS[:5] if k != 7 else CATS)
        closed = k in CLOSED or (k in (7, 9, 24) and f.chance(0.4))
        op = None if closed else f.pick(OPS)
        if brand:
            account, password = f"{brand}23{i + 1:02d}@{domain}", brand.capitalize() + "888"
        else:
            account, password = f"{store}{mobile}@{domain}", f"{store}{day}!"
        if k in NO_LOGIN:
            account = password = None
        row = [f"公司{k + 1:02d}", cid, name, store, code, cat, op, "关店" if closed else "运营中", account, password]
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, j, v)
        ws.cell(r, 7).number_format = "yyyy/m/d\\ h:mm:ss;@"
        ws.cell(r, 8).number_format = "yyyy/m/d\\ h:mm:ss;@"
        if brand:
            ws.cell(r, 11, int(f.mobile_cn()) if i in (0, 2, 3) else ws.cell(r - 1, 11).value)
        r += 1
ws.merge_cells("K50:L50")
save(wb, "clients-zh-cn-storeagency.xlsx")
print("rows", r - 2, "companies", len(STORES))
