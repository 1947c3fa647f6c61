"""
Shape of chenboo/code-refrence "通讯录.csv": a Nanjing software company's internal phone directory
saved from Excel as UTF-8 CSV (CRLF, no BOM), kept in a developer's notes repository.

- Header 部门 / 姓名 / 直播 / 总机 / 分机 / 移动电话 / 电子邮件, then one row per employee grouped
  by department (总经办, 研发部, 产品部, 技术部, 测试部, 运营部, 财务部, 人事, 国内销售, 市场部, 国际部,
  the Beijing / Guangzhou / Chongqing offices, and four rows of a sister company marked "(…)" in
  front of the department).
- 直播 (direct line) on a handful of rows, 总机 the switchboard on every row (one sister-company
  number written "…/47"), 分机 extensions on about half ("301/531" once), mobiles as text, one cell
  with two mobiles marked (南) and (北).
- E-mail as Given.Surname at the company's domain, missing on many developers' rows (those rows
  end after the mobile, some with a tab after it), one typed with a comma instead of the dot (so
  that line has an extra field), a Guangzhou office address at another domain, the sister company's
  new domain on two rows.
- Names: two-character names padded with two spaces in the middle (徐  清), a few staff under an
  English name (Aaron.Zhu).
- Nine empty lines after the data.
Not client data: the company's own staff. Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("staff-zh-cn-extensions")

SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
            ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
            ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("郭", "Guo"), ("马", "Ma"),
            ("罗", "Luo"), ("梁", "Liang"), ("宋", "Song"), ("韩", "Han"), ("唐", "Tang"), ("曹", "Cao"),
            ("彭", "Peng"), ("谢", "Xie"), ("沈", "Shen"), ("丁", "Ding"), ("陶", "Tao"), ("童", "Tong")]
GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("敏", "Min"), ("静", "Jing"), ("磊", "Lei"), ("洋", "Yang"),
         ("勇", "Yong"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("霞", "Xia"),
         ("平", "Ping"), ("刚", "Gang"), ("辉", "Hui"), ("鹏", "Peng"), ("宇", "Yu"), ("浩", "Hao"),
         ("凯", "Kai"), ("晨", "Chen"), ("欣", "Xin"), ("怡", "Yi"), ("佳", "Jia"), ("雪", "Xue"),
         ("琳", "Lin"), ("梅", "Mei"), ("清", "Qing"), ("婷", "Ting"), ("峰", "Feng"), ("波", "Bo")]
ENGLISH = ["Aaron", "James", "Kevin", "Vincent"]
DOMAIN = "softcorp.test"
SISTER = "visionlab.test"
DEPARTMENTS = [("总经办", 5), ("研发部", 21), ("产品部", 1), ("技术部", 5), ("测试部", 4), ("运营部", 6),
               ("财务部", 4), ("人事", 1), ("国内销售", 10), ("市场部", 6), ("国际部", 3), ("北京办事处", 1),
               ("广州办事处经理", 1), ("广州办事处财务", 1), ("重庆办事处", 1), ("(视联)技术部", 1),
               ("(视联)财务", 1), ("(视联)商务", 1), ("(视联)研发", 3)]
SWITCHBOARD = "025-86650123"
SISTER_BOARD = "025-52270641/47"


def person():
    while True:
        s = f.pick(SURNAMES)
        g = [f.pick(GIVEN) for _ in range(f.r.choice([1, 2, 2, 2]))]
        name = s[0] + "".join(c for c, _ in g)
        if name not in f._used:
            f._used.add(name)
            return name, s[1], "".join(p for _, p in g)


rows = []
ext = iter(f.r.sample(range(300, 700), 80))
for dept, n in DEPARTMENTS:
    for i in range(n):
        name, sur, given = person()
        if len(name) == 2 and f.chance(0.35):
            name = name[0] + "  " + name[1]               # padded to the width of three characters
        if dept == "总经办" and i in (2, 3):
            first = ENGLISH[i]
            name, given = f"{first}.{sur}", first
        mobile = f.mobile_cn()
        if dept == "总经办" and i == 1:
            mobile = f"{mobile}(南){f.mobile_cn()}(北)"
        direct = ""
        if (dept, i) in {("总经办", 1), ("财务部", 0), ("国内销售", 0)} or dept == "北京办事处":
            direct = f"{'010' if dept == '北京办事处' else '025'}-{f.r.randrange(51000000, 89999999)}"
        board = SISTER_BOARD if dept.startswith("(视联)") and i != 1 else SWITCHBOARD
        if dept.startswith("北京"):
            board = "010-58260709"
        elif dept.startswith("广州"):
            board = f"020-875{f.r.randrange(10000, 19999)}"
        elif dept.startswith("重庆"):
            board = "023-67030200"
        extension = ""
        if dept not in ("研发部", "广州办事处经理", "广州办事处财务", "重庆办事处") or i < 2:
            extension = str(next(ext)) if f.chance(0.85) else ""
        if dept == "测试部" and i == 0:
            extension = f"{next(ext)}/{next(ext) + 200}"
        if dept == "北京办事处":
            extension = "22"
        email = f"{given}.{sur}@{DOMAIN}"
        if dept == "研发部" and i >= 10 and f.chance(0.8):
            email = None
        if dept == "广州办事处财务":
            email = f"{sur.lower()}{given[:1].lower()}@gzagent.test"
        if dept.startswith("(视联)研发") and i != 1:
            email = f"{given}.{sur}@{SISTER}"
        if dept == "财务部" and i == 1:
            email = f"{given.lower()}.{sur.lower()}@softcorp,test"
        rows.append((dept, name, direct, board, extension, mobile, email))

lines = ["部门,姓名,直播,总机,分机,移动电话,电子邮件"]
for dept, name, direct, board, extension, mobile, email in rows:
    if email is None:
        lines.append(",".join([dept, name, direct, board, extension, mobile]) + ("\t" if f.chance(0.3) else ""))
    else:
        lines.append(",".join([dept, name, direct, board, extension, mobile, email]))
lines += [""] * 9
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "staff-zh-cn-extensions.csv"), "wb") as out:
    out.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))
