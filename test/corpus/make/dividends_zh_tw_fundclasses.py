"""
Shape of godxsdog/DmsSystem "Production_error/dividen_5A3_涉及本金_JP 匯入 FAS.csv": a Taiwanese fund
house's monthly-dividend composition file for its fund share classes, saved from Excel as a UTF-8
CSV with a byte-order mark, kept as the input of an import that failed.

- Row 1 a caption row in Chinese over the columns (two empty cells, then 基準日, 月配,
  可分配淨利/配息, 本金/配息); row 2 the English keys fund_master_no, fund_no, dividend_date,
  dividend_type, interest_rate, capital_rate.
- One row per share class: master fund code, class code (D-numbers), the record date 2020/7/6,
  M (monthly); the two rates filled only for one master fund, as percentages with two decimals
  (33.80% / 66.20%, 100.00% / 0.00%); one class listed twice.
- Three rows of bare commas, then a second little table: a caption "fund_no (ES TW & HSBC 對照表)"
  with a note on the source, sub-captions ES TW / HSBC, and the class code beside the custodian's
  code for each class that has rates.
Fund and class codes invented.
"""
import os

from fake import FILES, Fake

f = Fake("dividends-zh-tw-fundclasses")

masters = []
used = set()
for size in [6, 7, 5, 10, 6, 2, 6, 1, 1, 5]:
    while True:
        m = f.r.randrange(20, 160)
        if m not in used:
            break
    used.add(m)
    classes = []
    for _ in range(size):
        while True:
            c = f.r.randrange(30, 190)
            if c not in used:
                break
        used.add(c)
        classes.append(c)
    masters.append((m, sorted(classes)))
masters.sort(key=lambda mc: str(mc[0]))
rated = masters[6][0]
twice = next(m for m, classes in masters if len(classes) == 1)

lines = [",,基準日,月配,可分配淨利/配息,本金/配息",
         "fund_master_no,fund_no,dividend_date,dividend_type,interest_rate,capital_rate"]
mapping = []
for m, classes in masters:
    for k, c in enumerate(classes):
        rates = ",,"
        if m == rated:
            income = 33.8 if k == 0 else 100.0
            rates = f",{income:.2f}%,{100 - income:.2f}%"
            mapping.append(c)
        lines.append(f"D{m},D{c},2020/7/6,M{rates}")
        if m == twice:
            lines.append(f"D{m},D{c},2020/7/6,M,,")
lines += [",,,,,"] * 3
lines.append("fund_no (ES TW & HSBC 對照表),,,HSBC 提供的Excel ,,")
lines.append("ES TW,HSBC ,,,,")
serial = f.r.randrange(1000, 9999)
for i, c in enumerate(mapping):
    lines.append(f"D{c},B{serial}XKQ{f.r.randrange(10, 99)}{'ABCDEFGHIJ'[i]},,,,")

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "dividends-zh-tw-fundclasses.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write("\n".join(lines) + "\n")
