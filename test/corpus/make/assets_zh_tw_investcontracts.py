"""
Shape of xubingf17/invest-system "投資合約匯入範本_中文版.csv" (at commit
7358fe626deee8ce7604a77d25b1dc354801b3b3): a Taiwanese investment team's fixed-rate contracts,
typed into the Chinese import template of the team's own Streamlit system (contracts paying a
monthly rate, six-month or one-year plans), saved as CSV beside an Apple Numbers copy:

- UTF-8 without a byte-order mark, CRLF line ends, five columns 客戶ID / 方案ID / 金額(萬) /
  生效日期 / 備註;
- one row per contract (66), grouped by client but not in client order (3, 4, 1, 2, 5 … 12) and
  not in date order inside a group; the client and the plan only by the system's numeric ids
  (1-12, 1-8), no name anywhere; amounts in 萬 (ten thousands of NT$) as whole numbers; effective
  dates ISO, almost all Wednesdays, from March 2025 to March 2026; one client with 29 contracts;
  two contracts of one client identical (same plan, amount and day), two others on one day;
- 備註 empty on every row but the first, which holds a single space.
Values invented: which client holds which plan, the amounts and the dates.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("assets-zh-tw-investcontracts")

WEDNESDAYS = []
d = datetime.date(2025, 3, 5)
while d <= datetime.date(2026, 3, 25):
    WEDNESDAYS.append(d)
    d += datetime.timedelta(days=7)

PLANS = [1] * 12 + [3] * 3 + [6] * 3 + [2, 4, 5, 7, 8, 8]
AMOUNTS = [30, 30, 50, 50, 50, 50, 50, 70, 80, 100, 100, 100, 150, 150, 200, 250, 400, 700]
# clients in the order the template lists them, with the number of contracts each holds
GROUPS = [(3, 29), (4, 3), (1, 9), (2, 1), (5, 7), (6, 2), (7, 4), (8, 2), (9, 2), (10, 2), (11, 1), (12, 4)]

rows = []
for client, n in GROUPS:
    for _ in range(n):
        day = f.pick(WEDNESDAYS)
        if f.chance(0.03):
            day += datetime.timedelta(days=f.pick([-1, 1]))
        rows.append([client, f.pick(PLANS), f.pick(AMOUNTS), day])
# the big client's two identical contracts and two on one day
rows[19] = list(rows[4])
rows[14][3] = rows[13][3]
rows[14][1], rows[14][2] = 3, 700
assert len(rows) == 66

lines = ["客戶ID,方案ID,金額(萬),生效日期,備註"]
for k, (client, plan, amount, day) in enumerate(rows):
    note = " " if k == 0 else ""
    lines.append(f"{client},{plan},{amount},{day.isoformat()},{note}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "assets-zh-tw-investcontracts.csv"), "wb") as out:
    out.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))
