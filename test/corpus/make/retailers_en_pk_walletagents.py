"""
Shape of dcmkd/Ramzanportal "retailers.xlsx" (commit 9ca4844cc9e95d31cbc9572cf11b9ebb6f7c36a1): the
retailer list of a Pakistani relief-payment portal: the mobile-wallet shops (points of sale) in
Malakand towns that pay out cash-ins. One sheet "Retailers", bold header on row 1: POSID / POS Name /
City; 107 rows, no blanks, widened columns. POSID is the shop's wallet account, a ten-digit mobile
number without its leading 0, stored as a number; one POSID is a text code ("CONN…"). POS Name is the
shopkeeper's name in capitals (a few shop names: "… MOBILE ZONE", "… COMMUNICATION", a "BAS" suffix
on some, one glued "MURADKHAN"); the same name recurs on several rows with other POSIDs (other
wallets, in the same or another town). City in capitals, grouped by town, the last town also typed
"Bat khela". The last row is junk: a POSID, a 13-digit national ID number where the name belongs and
a code where the city belongs.
Values invented (wallet numbers start 30000).
"""
from fake import Fake, save, workbook
from openpyxl.styles import Font

f = Fake("retailers-en-pk-walletagents")
FIRST = ["ABDUL", "ADIL", "AMJAD", "ASIF", "AYAZ", "BILAL", "FAISAL", "FAWAD", "HAMID", "IMRAN", "IRFAN", "JAVED",
         "KAMRAN", "NADEEM", "NAVEED", "QAISER", "RASHID", "SAJID", "SHAKIR", "TAHIR", "UMAIR", "WAQAS", "YOUNAS",
         "ZAHID", "M", "MUHAMMAD"]
LAST = ["KHAN", "ALI", "AHMAD", "SHAH", "ULLAH", "HUSSAIN", "ZAMAN", "GUL", "RAHMAN", "IQBAL", "NAWAZ", "JAN"]
TOWNS = [("BATKHELA", 22), ("DARGAI", 22), ("SHERGHAR", 21), ("SAKHAKOT", 12), ("KHAR,KHADAGZAI,TOTAKAN", 12),
         ("THANA", 8), ("Bat khela", 9)]


def wallet():
    return int(f._unique(lambda: "30000" + f"{f.r.randrange(100000):05d}"))


def shopkeeper():
    x = f.r.random()
    first, last = f.pick(FIRST), f.pick(LAST)
    if x < 0.12:
        return first  # a single name
    if x < 0.2:
        return f"{first} BAS"
    return f"{first} {last}"


rows = []
for town, n in TOWNS:
    for _ in range(n):
        rows.append([wallet(), shopkeeper(), town])
rows = rows[:106]
rows[14][1] = "SHAH ZAMAN MOBILE ZONE"
rows[30][1] = "SAKHAKOT COMMUNICATION"
rows[37][1] = "AL NOOR MOBILES"
rows[60][1] = "NAVEEDKHAN"
# the same shopkeeper on a second wallet: the next row, and again in another town
rows[4][1] = rows[3][1] = "IMRAN KHAN"
rows[50][1] = rows[52][1] = rows[70][1] = "TAHIR ALI"
rows[8] = [3000012344, "QAISER JAN", rows[8][2]]
rows[80] = [3000067301, "UMAIR GUL", rows[80][2]]
rows[-1][0] = "CONN5181QK"
rows.append([wallet(), 1540000012345, "JR41020"])

wb = workbook()
ws = wb.active
ws.title = "Retailers"
ws.append(["POSID", "POS Name", "City"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
for col, w in (("A", 12.71), ("B", 27), ("C", 25.71)):
    ws.column_dimensions[col].width = w
save(wb, "retailers-en-pk-walletagents.xlsx")
