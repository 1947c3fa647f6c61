"""
Shape of sceley/electricity-business-project "客户信息.xlsx": the customer export of a student-run
phone shop's web app (Node), which writes tab-separated UTF-8 text with CR line ends and names it
.xlsx; kept here with a .csv name so that it is read as the text it is.

- No header. Each customer is a block: a line '客户信息: ' / name / dormitory / major / mobile /
  university, a line '购买信息: ' alone, then one line per phone bought with the first column empty
  (network type, colour, instalment period, model, storage), then an empty line. Customers living
  in the same dormitory and studying the same major; a customer who bought three phones.
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("buyers-zh-cn-phoneshop")

COLOURS = ["玫瑰金", "金色", "银色", "亮黑色", "磨砂黑"]
PERIODS = ["一个月", "三个月", "六个月", "八个月", "十二个月"]
lines = []
dorm = f"{f.r.randrange(5, 20)}北{f.r.randrange(100, 600)}寝"
for k in range(6):
    name = f.name_cn()
    room = dorm if k < 4 else f"{f.r.randrange(5, 20)}南{f.r.randrange(100, 600)}寝"
    major = "计算机科学与技术" if k != 4 else "电子信息工程"
    lines.append(f"客户信息: \t{name}\t{room}\t{major}\t{f.mobile_cn()}\t某某电子科技大学")
    lines.append("购买信息: ")
    for _ in range(f.pick([1, 2, 2, 3])):
        lines.append(f"\t全网通\t{f.pick(COLOURS)}\t{f.pick(PERIODS)}\tiphone7\t{f.pick(['128G', '256G', '32G'])}")
    lines.append("")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "buyers-zh-cn-phoneshop.csv"), "wb") as out:
    out.write("\r".join(lines).encode("utf-8"))
