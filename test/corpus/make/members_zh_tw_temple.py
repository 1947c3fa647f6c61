"""
Shape of apple8803351/Temple "名單.csv" (at commit 98e085c): a Taiwanese village temple's list of its
devotees (信眾) for the year's lamp offerings, saved from Excel as CSV in Big5 (LF line ends, no BOM,
characters Big5 lacks written as ?): header 姓名 / 年 / 月 / 日 / 出生時間 / 光明燈 / 太歲燈 / 職位名稱 / 職位代號.
The birth date is split into a ROC year (民國, 12 … 105, not padded) and a zero-padded month and day; the
birth hour is an earthly branch (子 … 亥, 戌 typed as 戊) and 吉 stands for 'unknown' in any of the four
date cells (whole dates or only the day). 光明燈 and 太歲燈 hold 1 when the devotee lit that lamp.
Rows run from the committee (主委 17, 副主委 16 … 委員 9, 乩童, 筆生, 廟祝, 誦經團, 經生 3, 公關 2) down
to the ordinary devotees (信士 1), families together under one surname (married women with two
surnames), two companies among them, namesakes with other birth dates, and one devotee typed twice
(the second time with the lamp ticked). Values invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("members-zh-tw-temple")

GIVEN = list("金吉傑聰界永和順南盛崑佶耀軒熙俊岳諺雄昆森頂料浚慶登政水天河宏阿蔥里秋盈麗美蘭靜玉雲瓊秀滿芳沁儀智炳"
             "文詩蓉駿霖育柔素綿韋材芯琳惠龍琛娟朋雅珊真梅竣佳宜茶誌鴻坤若月廷寶欣宥蕎羽瑋爵霖潔婷姍君玟玲怡品妤婉瑄")
SURNAMES = ["鄭"] * 9 + ["宋"] * 3 + ["呂"] * 2 + ["陳"] * 3 + ["李", "張", "林", "黃", "蔡", "盧", "葉", "蔣", "王", "周", "謝", "彭", "劉", "洪"]
BRANCHES = list("子丑寅卯辰巳午未申酉亥") + ["戊"]
ROLES = [("主委", 17, 1), ("副主委", 16, 2), ("委員兼首席顧問", 15, 1), ("管理人兼常務監事", 14, 1), ("總務委員", 13, 1),
         ("監事委員", 12, 2), ("委員兼採購", 11, 1), ("會計", 10, 1), ("委員", 9, 12), ("委員兼乩童", 8, 2), ("委員兼筆生", 7, 3),
         ("廟祝", 6, 1), ("誦經團老師", 5, 1), ("誦經團團長", 4, 1), ("經生", 3, 12), ("公關", 2, 18), ("信士", 1, 262)]


def person(surname=None):
    def make():
        s = surname or f.pick(SURNAMES)
        if f.chance(0.04):
            s += f.pick([x for x in SURNAMES if x != s])  # a married woman: husband's surname before her own
        return s + "".join(f.pick(GIVEN) for _ in range(f.pick([1, 2, 2, 2, 2])))
    return f._unique(make)


def birth():
    if f.chance(0.04):
        return ["吉", "吉", "吉", "吉"] if f.chance(0.7) else ["吉", f"{f.r.randrange(1, 13):02d}", f"{f.r.randrange(1, 29):02d}", f.pick(BRANCHES)]
    year = str(f.r.randrange(12, 106))
    month = f"{f.r.randrange(1, 13):02d}"
    day = f"{f.r.randrange(1, 29):02d}"
    if f.chance(0.012):
        day = "吉"
    hour = "吉" if f.chance(0.44) else f.pick(BRANCHES)
    if day == "吉":
        hour = "吉"
    return [year, month, day, hour]


rows = []
family = None
for role, code, n in ROLES:
    for i in range(n):
        if role == "信士" and (family is None or f.chance(0.22)):
            family = f.pick(SURNAMES)
        name = person(family if role == "信士" and f.chance(0.75) else None)
        if f.chance(0.025):
            k = f.r.randrange(1, len(name))
            name = name[:k] + "?" + name[k + 1:]
        lamp = "" if f.chance(0.015) else "1"
        tai = "1" if f.chance(0.37) else ""
        rows.append([name, *birth(), lamp, tai, role, str(code)])

# namesakes: two devotees sharing a name with someone else, other birth dates
for target in (40, 150):
    while "吉" in rows[target][1:4] or "?" in rows[target][0]:
        target += 1
    twin = rows[target][0]
    rows.insert(target + 30, [twin, str(f.r.randrange(60, 95)), f"{f.r.randrange(1, 13):02d}", f"{f.r.randrange(1, 29):02d}",
                              f.pick(BRANCHES), "1", "1", "信士", "1"])
# a devotee whose day of birth is not known
rows[200][3], rows[200][4] = "吉", "吉"
if rows[200][1] == "吉":
    rows[200][1], rows[200][2] = "58", "09"
# two companies among the devotees
rows.insert(250, [f.pick(["泰豐", "永慶", "宏昇"]) + "實業股份有限公司", "吉", "吉", "吉", "吉", "1", "", "信士", "1"])
rows.insert(262, [f.pick(["晨曦", "菁華", "雅築"]) + "美髮屋", "吉", "吉", "吉", "吉", "1", "", "信士", "1"])
# one devotee typed twice: first without the lamp, again at the end with it
dup = rows[120]
while "吉" in dup[1:4] or "?" in dup[0]:
    dup = rows[rows.index(dup) + 1]
dup[5] = ""
rows.append([*dup[:5], "1", dup[6], dup[7], dup[8]])

text = io.StringIO()
w = csv.writer(text, lineterminator="\n")
w.writerow(["姓名", "年", "月", "日", "出生時間", "光明燈", "太歲燈", "職位名稱", "職位代號"])
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-zh-tw-temple.csv"), "wb") as out:
    out.write(text.getvalue().encode("big5"))

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        from collections import Counter
        print(len(rows), "rows;", len({tuple(r[:5]) for r in rows}), "distinct people")
        print([n for n, c in Counter(r[0] for r in rows).items() if c > 1])
        for r in rows[:3] + [r for r in rows if "吉" in r[1:4]][:8] + [r for r in rows if "?" in r[0]] + \
                [r for r in rows if r[1] != "吉" and (int(r[1]) >= 100 or int(r[1]) < 20)][:6]:
            print(r)
        print(dup)
