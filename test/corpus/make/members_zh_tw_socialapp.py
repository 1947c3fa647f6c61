"""
Shape of the seed member table of a Taiwanese training-course team's social-events web app (JoyJoin), loaded by
Hibernate from a headerless CSV, as aiyuchung/EEIT19-JoyJoin keeps it ("data/member.csv", commit
a9d5f591981ba229a746b62a6efb352e18726d3a).

- UTF-8 CSV without BOM or header, LF line ends, four rows of 23 columns: id, account, address, a small number
  (member level), birth year, blood type, employer, city, education, name, gender, hobby, income level, self
  introduction, occupation, e-mail, nickname, password ('1111'), photo, school, signature, star sign, a last
  number repeating the id.
- Row 1 is the administrator account (admin01, a placeholder name '老大1號', only level, year and e-mail
  filled); rows 2-4 are three members with most fields filled; one address and one name half-masked with X
  ('…XX路', '李X明'); the words 照片 and 簽名 typed where a photo and a signature would go.
Values invented: accounts, names, addresses, employer, e-mails.
A person imports the three members as clients and leaves out the administrator account.
"""
import os

from fake import FILES

ROWS = [
    ["1", "admin01", "", "5", "1990", "", "", "", "", "管理員1號", "", "", "", "", "", "admin01@example.com", "", "", "", "", "", "", "1"],
    ["2", "user001", "台北市大安區", "2", "1999", "A", "", "台北市", "大學", "林志明", "男", "看展覽", "普通", "", "老師",
     "user001@example.com", "阿明", "1111", "", "政治大學", "", "天秤座", "2"],
    ["3", "user002", "高雄市苓雅區", "7", "1996", "O", "", "高雄市", "大學", "張雅婷", "女", "爬山", "普通", "大家可以叫我婷婷",
     "會計", "user002@example.com", "婷婷", "1111", "", "中山大學", "", "雙子座", "3"],
    ["4", "QWE456", "台中市西屯區XX路", "11", "1994", "B", "財團法人青嵐研究院", "台中市", "研究所", "陳X豪", "男", "打籃球", "小康",
     "自我介紹", "工程師", "qwe456@example.org", "Howard", "1111", "照片", "清華大學", "簽名", "獅子座", "4"],
]
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-zh-tw-socialapp.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("".join(",".join(r) + "\n" for r in ROWS))
