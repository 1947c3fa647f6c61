"""
Shape of the customer reviews of a night-market herbal tea stall gathered for a text-mining homework and
written by pandas, as 41071119H-Irene/PL keeps it ("customer.csv", commit cbf9017b063e86ece07fa7f435aaaa26efad13d9).

- UTF-8 CSV without BOM, LF line ends, 22 rows. Header ',類別,Unique ID,資料日期,評論': pandas' index with an
  empty header, then the category (0 on every row), a reviewer id 'AA' + four digits (a few reviewers twice in a
  row), the time as 'YYYYMMDD HHMMSS' text, and the review in 繁體 (praise of the drinks and the owner, payment
  apps accepted, one review ending with a space).
Values invented: ids, times, review texts.
Reviews of a stall for sentiment analysis: no client record; a person imports nothing.
"""
import csv
import datetime
import os

from fake import FILES, Fake

f = Fake("reviews-zh-tw-herbaltea")
DRINKS = ["青草茶", "薏仁湯", "酸梅汁", "洛神花茶", "綠豆湯", "苦茶", "桂圓紅棗湯", "冬瓜茶"]
OPEN = ["從小喝到大，", "每次逛夜市必買，", "朋友推薦來的，", "路過一定要來，", "從大學喝到現在，", ""]
MID = ["用料紮實，", "熬得很濃稠，", "甜度剛好不膩，", "有淡淡草藥香，", "回甘又解暑，", "料多到可以用吃的，"]
END = ["老闆人超親切！", "大推！", "比手搖飲健康多了～", "會再回訪。", "真材實料喝了就知道。", "好喝又健康！"]
rows = []
t = datetime.datetime(2023, 3, 6, 13, 50)
rid = None
for i in range(22):
    t += datetime.timedelta(minutes=f.r.randrange(20, 900))
    if rid is None or not f.chance(0.25):
        rid = f"AA{f.r.randrange(2700, 9000)}"
    if i in (1, 8):
        text = f"多種行動支付:{f.pick(['Line pay', 'Apple pay'])}、悠遊付、街口、台灣pay都可以用"
    else:
        text = f"{f.pick(OPEN)}{f.pick(DRINKS)}{f.pick(MID)}{f.pick(END)}"
    if i == 19:
        text += " "
    rows.append([i, 0, rid, t.strftime("%Y%m%d %H%M%S"), text])
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "reviews-zh-tw-herbaltea.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["", "類別", "Unique ID", "資料日期", "評論"])
    w.writerows(rows)
