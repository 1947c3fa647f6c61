"""
Shape of CodeATA/Docs "通讯录.csv": an address book exported from Thunderbird in Simplified Chinese
(Windows, so GBK bytes with LF line ends), one row per card, 37 columns and a trailing comma on
every line (header included).

- Header: Thunderbird's own column names in Chinese: 名字, 姓氏, 显示名称, 昵称, 主要电子邮件,
  备用电子邮件, 屏幕名, 工作电话, 家庭电话, 传真号码, 寻呼机号码, 移动电话号码, 家庭地址 …, 工作地址
  … (城市 / 省/自治区/直辖市 / 邮政编码 / 国家 twice), 职务, 部门, 公司, 网页 1, 网页 2, 出生年份,
  出生月份, 出生日, 定制 1-4, 注释.
- Only 名字, 显示名称 and 主要电子邮件 are ever filled. Most cards carry the whole Chinese name in
  名字 (姓氏 empty) and again as 显示名称; the first cards and the last ones have only a display
  name (a Chinese name, a pinyin handle, a romanised name, or the e-mail address itself).
- One card is a mailing list saved as a contact: its display name and its e-mail are the same
  eighteen addresses joined by "; " (the people of the cards below it).
- E-mail addresses: the lab's and the university's domains, student numbers as local parts, and
  personal mailboxes.
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("contacts-zh-cn-thunderbird")

HEADER = ["名字", "姓氏", "显示名称", "昵称", "主要电子邮件", "备用电子邮件", "屏幕名", "工作电话", "家庭电话",
          "传真号码", "寻呼机号码", "移动电话号码", "家庭地址", "家庭地址 2", "城市", "省/自治区/直辖市", "邮政编码",
          "国家", "工作地址", "工作地址 2", "城市", "省/自治区/直辖市", "邮政编码", "国家", "职务", "部门", "公司",
          "网页 1", "网页 2", "出生年份", "出生月份", "出生日", "定制 1", "定制 2", "定制 3", "定制 4", "注释"]
SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"),
            ("胡", "hu"), ("朱", "zhu"), ("高", "gao"), ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"),
            ("罗", "luo"), ("梁", "liang"), ("宋", "song"), ("韩", "han"), ("唐", "tang"), ("冯", "feng"),
            ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("谢", "xie")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("敏", "min"), ("静", "jing"), ("磊", "lei"), ("洋", "yang"),
         ("勇", "yong"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("霞", "xia"),
         ("平", "ping"), ("刚", "gang"), ("辉", "hui"), ("鹏", "peng"), ("宇", "yu"), ("浩", "hao"),
         ("凯", "kai"), ("晨", "chen"), ("欣", "xin"), ("怡", "yi"), ("佳", "jia"), ("雪", "xue"),
         ("琳", "lin"), ("梅", "mei"), ("轩", "xuan"), ("婷", "ting"), ("远", "yuan"), ("博", "bo"),
         ("嘉", "jia"), ("俊", "jun"), ("帆", "fan"), ("然", "ran"), ("昊", "hao"), ("舒", "shu")]
LAB = "lab.univ.test"
UNI = "univ.test"


def person():
    while True:
        s = f.pick(SURNAMES)
        g = [f.pick(GIVEN) for _ in range(f.r.choice([1, 2, 2]))]
        name = s[0] + "".join(c for c, _ in g)
        if name not in f._used:
            f._used.add(name)
            return name, s[1], "".join(p for _, p in g)


def mailbox(sur, given, kind):
    if kind == "student":
        return f"{f.r.choice([13000, 14012, 15012])}{f.r.randrange(10000, 99999)}@{UNI}"
    if kind == "uni":
        return f"{f.pick([given + sur, sur + given, given + '.' + sur, sur + given[:1]])}@{UNI}"
    if kind == "lab":
        return f"{sur}{given}@{LAB}"
    handle = f.pick([f"{sur}{given}{f.r.randrange(10, 9999)}", f"{given[:1]}{sur}{f.r.randrange(80, 99)}",
                     f"{sur}_{given[:3]}", f"{given}.{sur}"])
    return f"{handle}@{f.pick(['example.com', 'example.net'])}"


rows = []
# Cards with a display name only.
n, s, g = person()
rows.append(["", "", n, mailbox(s, g, "lab")])
s, g = f.pick(SURNAMES)[1], f.pick(GIVEN)[1] + f.pick(GIVEN)[1]
addr = f"{s}{g}@{LAB}"
rows.append(["", "", addr, addr])
# Then the cards of one group, the group's mailing list saved as a card above them.
group = []
for i in range(18):
    n, s, g = person()
    group.append([n, "", n, mailbox(s, g, f.r.choices(["uni", "student", "own"], [5, 4, 4])[0])])
joined = "; ".join(r[3] for r in group)
rows.append(["", "", joined, joined])
rows.extend(group)
for i in range(16):
    n, s, g = person()
    rows.append([n, "", n, mailbox(s, g, f.r.choices(["uni", "student", "own"], [3, 9, 3])[0])])
# Cards added later with a display name only: two Chinese names, a pinyin handle, a romanised name.
for kind in ("cn", "cn", "pinyin", "roman"):
    n, s, g = person()
    if kind == "cn":
        rows.append(["", "", n, mailbox(s, g, f.pick(["own", "student"]))])
    elif kind == "pinyin":
        rows.append(["", "", s + g, f"{s}{g}@{LAB}"])
    else:
        rows.append(["", "", f"{s.capitalize()} {g.capitalize()}", f"{s[0]}{g[0]}{g[-1]}@{LAB}"])

lines = [",".join(HEADER) + ","]
for r in rows:
    cells = r[:3] + [""] + r[3:]                        # 昵称 stays empty
    cells += [""] * (len(HEADER) - len(cells))
    lines.append(",".join(cells) + ",")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-zh-cn-thunderbird.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("gbk"))
