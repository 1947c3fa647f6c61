"""
Shape of yunzheng2006/sunipip-dash "客户信息.xlsx" (commit 123d8886642be381d4de4a73f39551302d38684f): a
mainland reseller's list of customers renting overseas proxy IPs, made in WPS, sheet "Sheet1"
A1:J29 plus WPS's very hidden "WpsReserved_CellImgList".

- Row 1 (bold): 客户名称 地区 socks5 IP名称 到期时间 业务归属 IP归属 二维码; I and J without header.
- One row per proxy IP, so a customer renting several appears on several rows (one on eight, one
  on three, one on two). Customers go by WeChat-style nicknames, shop names, a company (河南…), a
  person's name, Latin handles, a single letter. 地区 is the proxy's country; socks5 is
  "ip:port:user:password"; IP名称 joins nickname-country-ip (sometimes without the nickname);
  到期时间 is text like "3.26到期"; 业务归属 the salesperson (three); IP归属 the upstream supplier
  (one is the number 985, one is the same word as a customer's nickname); 二维码 a WPS in-cell
  picture formula =_xlfn.DISPIMG("ID_…",1); column I holds a server tag on five rows.
Everything invented: documentation IP ranges, random credentials, made-up nicknames.
"""
from openpyxl.styles import Font

from fake import Fake, workbook, save

f = Fake("clients-zh-cn-proxyresale")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户名称", "地区", "socks5", "IP名称", "到期时间", "业务归属", "IP归属", "二维码"])
for c in ws[1]:
    c.font = Font(bold=True)

NICK = {"清风": 1, "今天也要发财": 1, "阿杰": 8, "x巴西橱窗": 1, "ROSA": 1, "速达": 1, "早点睡": 1, "Lumi": 1,
        "X.墨西哥橱窗": 1, "星禾传媒": 1, "tiger": 1, "何": 1, "河南鼎盛": 1, "钱磊": 2, "李果果": 1, "Y": 1,
        "山野游人": 3, "Nomad": 1}
ORDER = ["清风", "今天也要发财", "阿杰", "x巴西橱窗", "阿杰", "阿杰", "ROSA", "速达", "早点睡", "Lumi",
         "X.墨西哥橱窗", "星禾传媒", "tiger", "何", "河南鼎盛", "钱磊", "钱磊", "李果果", "Y", "山野游人", "山野游人",
         "山野游人", "Nomad"]
# 阿杰 rents eight: five more in a block after the first
ORDER = ORDER[:3] + ["阿杰"] * 5 + ORDER[3:]
COUNTRY = {"Lumi": "印尼", "何": "美国", "河南鼎盛": "美国", "钱磊": "美国", "李果果": "美国", "Y": "美国",
           "清风": "巴西", "星禾传媒": "巴西", "Nomad": "巴西", "x巴西橱窗": "巴西"}
SALES = {"速达": "刘一帆", "Y": "刘一帆", "Nomad": "赵静怡"}
NETS = ["192.0.2.", "198.51.100.", "203.0.113."]
ALNUM = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def cred(n):
    return "".join(f.pick(ALNUM) for _ in range(n))


for i, nick in enumerate(ORDER):
    r = i + 2
    country = COUNTRY.get(nick, "墨西哥")
    ip = f"{f.pick(NETS)}{f.r.randrange(2, 250)}"
    port = f.pick([8950, 9263, 9729, 1337, 34768])
    ws.cell(r, 1, nick)
    ws.cell(r, 2, country)
    ws.cell(r, 3, f"{ip}:{port}:{cred(12)}:{cred(12)}")
    label = f"{nick}-{country}-{ip}" if nick not in ("x巴西橱窗", "X.墨西哥橱窗", "星禾传媒", "山野游人", "Nomad", "Lumi") else f"{country}-{ip}"
    if nick == "Y":
        label = f"Y-墨西哥-{ip}"
    ws.cell(r, 4, label)
    month = 3 if i < 9 else f.pick([4, 4, 4, 5, 6])
    ws.cell(r, 5, f"{month}.{f.r.randrange(1, 30)}到期")
    ws.cell(r, 6, SALES.get(nick, "周小彤"))
    ws.cell(r, 7, 985 if nick in ("早点睡", "Lumi") else ("阿杰" if 2 <= i < 8 else f.pick(["斯科特", "斯科特", "木木"])))
    ws.cell(r, 8, f'=_xlfn.DISPIMG("ID_{"".join(f.pick("0123456789ABCDEF") for _ in range(32))}",1)')
    if nick in ("何", "河南鼎盛", "钱磊", "李果果"):
        ws.cell(r, 9, "hkt2cn1")
for col, w in {"A": 18.775, "B": 13.8, "C": 68.55, "D": 30.375, "E": 18.675, "F": 16.275, "G": 14.4, "J": 7.0}.items():
    ws.column_dimensions[col].width = w
hidden = wb.create_sheet("WpsReserved_CellImgList")
hidden.sheet_state = "veryHidden"
save(wb, "clients-zh-cn-proxyresale.xlsx")
