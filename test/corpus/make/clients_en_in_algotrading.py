"""
Shape of KXN2004/Upstox-Trading-App-v2 client_list.xlsx: the client workbook of a small Indian
algorithmic-trading service that places orders on its clients' broker accounts. Three sheets,
Excel, no styles:

- "list": header on row 1, 44 columns: Client_ID (the broker's six-character client code, one
  numeric) / Name / api_key / api_secret / access_token / trade_limit (rupees) and 38 strategy
  switches and parameters (trend, fixprofit, sstrgle, take_profit, loss_limit as text "-400",
  optionwrite, levels, …, Delta, shift, …, supertrend) holding 0/1, small numbers or nothing.
  8 rows; one client on two rows (same code, name and key, a newer access token, other
  settings). Names in mixed case or capitals with double spaces ("NARAYAN MADHAV  SONAWANE").
- "Sheet2": an older scratch roster: the same first eight headers on row 1 (Client_ID … trend),
  then columns with no header holding, on some rows, a strategy flag, a password, a birth year,
  a six-digit number, a mobile number and an e-mail. Rows: clients of "list" again and others;
  a row with a key only; a client first without code, later with one; a code with no name; a
  lone number; blank rows between blocks; duplicates of clients further down with new tokens.
- "Sheet3": an offer table for a fixed-deposit scheme: FIXED DEPOSIT merged B2:F2, payment mode
  × interest rate, principal amounts with the interest per period (the merged C5:F5 caption
  "Interest payment"), and five numbered terms & conditions below.
Values invented (names, codes, keys, passwords, amounts; mobiles in the 90000 range).
"""
import string

from fake import Fake, save, workbook

f = Fake("clients-en-in-algotrading")
FIRST = ["Jaswant", "Ranjini", "Nilesh", "Sneha", "Xavier", "Arockia", "Agnes", "Bhaskar", "Mahendra", "Raghav",
         "Sujit", "Vishal", "Siddhant", "Mitali", "Mangesh", "Navin", "Kanwar", "Vinod", "Harsha", "Prakash"]
LAST = ["Jeyakumar", "Patil", "Sonavane", "Savla", "Nadar", "Mannar", "Winston", "Annamalai", "Makwana", "Ahire",
        "Das", "Bambale", "Dash", "Vora", "Bhagat", "Shukla", "Dhamija", "Kumar", "Rao", "Iyer"]


def code():
    return "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))


def key(n=40):
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def token():
    return "".join(f.pick("0123456789abcdef") for _ in range(40))


def secret():
    return "".join(f.pick(string.ascii_lowercase + string.digits) for _ in range(10))


def password(name):
    return f"{name.split()[0].capitalize()}@{f.r.randrange(100, 9999)}"


LIST_HEADER = ["Client_ID", "Name", "api_key", "api_secret", "access_token", "trade_limit", "trend", "fixprofit",
               "sstrgle", "take_profit", "loss_limit", "optionwrite", "levels", "layers", "rank", "week0", "week1",
               "week2", "nifty", "banknifty", "stbt", "straddle", "stradweek0", "stradweek1", "future_5", "future_15",
               "future_60", "future_1D", "EMA", "EMA_type", "month", "3ironfly", "D20ironfly", "Delta", "shift",
               "intraday", "entry", "ema_exit", "fut_range", "batman", "expiry", "optionrsi", "expiry3pm",
               "supertrend"]

# clients: (code, name, key, secret)
people = [("Jaswant Jeyakumar", "FE6912"), ("Ranjini Patil", "5QBTSE"), ("NILESH MADHAV  SONAVANE", "FG7299"),
          ("Sneha Sujit Savla", "42AFJE"), ("Xavier Nadar", 330006), ("Arockia Prema Mannar", "39B6Q2"),
          ("AGNES WINSTON", "3AA5LL")]
CLIENTS = {c: (n, key(), secret()) for n, c in people}


def settings(full):
    vals = []
    for h in LIST_HEADER[6:]:
        if not full and f.chance(0.35):
            vals.append(None)
        elif h == "loss_limit":
            vals.append(f.pick(["-400", "-400", 0, None]))
        elif h == "take_profit":
            vals.append(f.pick([0, 0, 2050]))
        elif h == "fixprofit":
            vals.append(f.pick([0, 5, 12]))
        elif h == "Delta":
            vals.append(f.pick([25, 30, 35, 40]))
        elif h == "shift":
            vals.append(0.25)
        elif h == "layers":
            vals.append(f.pick([0, 1, 2]))
        else:
            vals.append(f.pick([0, 0, 1]))
    return vals


wb = workbook()
ws = wb.active
ws.title = "list"
ws.append(LIST_HEADER)
order = ["FE6912", "5QBTSE", "FG7299", "42AFJE", 330006, "42AFJE", "39B6Q2", "3AA5LL"]
LIMITS = {"FE6912": 100000, "5QBTSE": 70000, "FG7299": 70000, 330006: 100000}
for i, c in enumerate(order):
    name, k, s = CLIENTS[c]
    tok = ("B-" if c in ("5QBTSE", "39B6Q2") else "") + token()
    ws.append([c, name, k, s, tok, LIMITS.get(c)] + settings(i in (0, 1, 4)))

# Sheet2 ---------------------------------------------------------------------------------------
ws2 = wb.create_sheet("Sheet2")
ws2.append(LIST_HEADER[:6] + ["narrowcprorb", "trend"])
extra = {}
for n, c in [("Bhaskar Annamalai", "AL8005"), ("Mahendra Hirabhai Makwana", "ET0542"), ("Raghav Anantrao Ahire", "AZ3119"),
             ("Sujit Das", "EV1378"), ("VISHAL JANARDAN  BAMBALE", "FD5867"), ("SIDDHANT  DASH", "FH5894"),
             ("MITALI BIPIN VORA", "EN9397"), ("MANGESH GULAB  BHAGAT", "FK4077"), ("Navin Shukla", "HW5460"),
             ("KANWAR BHAN DHAMIJA", "KT5459"), ("VINOD KUMAR", "2WA38P")]:
    extra[c] = (n, key(), secret())
E = extra


def row(c, name=True, tok=True, limit=None, flags=(), tail=()):
    n, k, s = (CLIENTS.get(c) or E[c])
    r = [c, n if name else None, k, s, token() if tok else None, limit] + list(flags)
    return r + list(tail)


rows2 = [
    row("AL8005", limit=80000, flags=(1, 1), tail=(None, None, None, 1965)),
    row("ET0542", limit=10000, flags=(1, 0)),
    row("AZ3119", tok=False, limit=20000, flags=(1, 1)),
    row("EV1378", tok=False, limit=20000, flags=(0, 1), tail=(None, None, password("sujit das"), 1987)),
    [None, None, key(), secret()],
    ["FE6912", CLIENTS["FE6912"][0], CLIENTS["FE6912"][1], CLIENTS["FE6912"][2], None, None, None, None, None, None,
     password("jaswant"), 1961, 164153],
    ["FD5867", E["FD5867"][0], E["FD5867"][1], E["FD5867"][2]],
    [None, E["FH5894"][0], E["FH5894"][1], E["FH5894"][2]],
    row("EN9397", limit=30000, flags=(0, 0, 1), tail=(None, password("mitali"), 1984)),
    ["FK4077", E["FK4077"][0], E["FK4077"][1], E["FK4077"][2], None, None, None, None, None, None,
     password("mangesh"), 1996],
    ["JD5725", None, None, None, None, None, None, None, None, None, "xyz@321", 1977],
    [235524],
    [],
    [],
    ["42AFJE", CLIENTS["42AFJE"][0], CLIENTS["42AFJE"][1], CLIENTS["42AFJE"][2], token(), None, None, None, None, None,
     None, None, 240220, int(f.mobile_in())],
    [],
    [],
    row("EV1378", limit=45000, flags=(0, 1, 1)),
    row("FD5867", limit=12000, flags=(0, 1, 1)),
    row("FH5894", limit=20000, flags=(0, 1, 1)),
    row("HW5460", limit=70000, flags=(0, 1, 0, 0, 0.25)),
    [],
]
KANWAR_MOBILE = int(f.mobile_in())
rows2.append(row("KT5459", tok=False, limit=70000, flags=(0, 1, 0, 0, 400, 400),
                 tail=(password("kanwar"), KANWAR_MOBILE, f.email("kanwarbhan.d00"))))
rows2.append(["2WA38P", E["2WA38P"][0], E["2WA38P"][1], E["2WA38P"][2], None, None, None, None, None, None, None,
              1983, password("vinod")])
rows2.append(["39B6Q2", None, None, None, None, None, None, None, 1981, password("kevin")])
for r in rows2:
    ws2.append(r)

# Sheet3 ---------------------------------------------------------------------------------------
ws3 = wb.create_sheet("Sheet3")
ws3["B2"] = "FIXED DEPOSIT"
ws3.merge_cells("B2:F2")
ws3.append([None, "Payment mode", "Monthly", "Quarterly", "Semiannually", "Annually"])
ws3.append([None, "Interest rate", 0.15, 0.16, 0.17, 0.18])
ws3.append([None, "Principle Amount", "Interest payment"])
ws3.merge_cells("C5:F5")
for p in [50000, 100000, 200000, 300000, 500000, 1000000, 1500000, 2000000]:
    ws3.append([None, p, p * 0.15 / 12, p * 0.16 / 4, p * 0.17 / 2, p * 0.18])
ws3.append([])
ws3.append([None, "Terms & condition: "])
for t in ["1. Payment shall be by account transfer and no cash",
          "2. Interest shall be paid as per the payment mode selected in to the bank account",
          "3. Interest payment dates shall be 1st, 11th, 21st of the following payment cycle period",
          "4. No penalty charges for pre-mature withdrawal, but need to inform 3 days in advance ",
          f"5. For any query contact {f.mobile_in()} "]:
    ws3.append([None, t])

if __name__ == "__main__":
    save(wb, "clients-en-in-algotrading.xlsx")
    print("kanwar", KANWAR_MOBILE, [r for r in rows2 if r and r[0] == "KT5459"])
