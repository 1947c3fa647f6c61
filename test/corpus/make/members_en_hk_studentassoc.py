"""
Shape of pai-beautiful/pai-beautiful "Membership.xlsx": the member list of a Hong Kong university's
mainland Chinese students and scholars association, its sign-up form exported (Apache POI) and
tidied in Excel for Mac.

- "Member list": bold header Membership category / Name / ID / HKBU Email / Study level / Phone /
  I agree to join … (a whole sentence), 246 rows then four empty formatted rows. Categories Current
  Student (most), Alumni, Faculty and Staff, Other. ID is the student or staff number (a number);
  the e-mail is a formula =C2&"@life.hkbu…" with its result cached for students and alumni, typed
  for staff and the one member from another university. Names in 简体 characters, in pinyin in any
  case and spacing (Yang Ruizhi, zhouyuhan, SHEN LAN, LUYaoyi, Ke Yu Ning), characters + pinyin, or
  the student number typed as the name. Phones as text: Hong Kong 8 digits, mainland 11 digits,
  with 852 / 86 / 86- in front, with spaces, "00000000". Eleven members signed up twice (same ID;
  once in characters and once in pinyin, once with 852 in front, once with the number as the name).
- "Raw Data": the form export the list was made from: A1 holds the association's whole introduction
  (a paragraph) as the header of a column of 1s, row 2 the form's "Other" / "I agree" option
  captions, then the category code with an IFS formula spelling it out, separate column groups for
  students (name, number, level code + IFS), staff (name, ID, e-mail) and others (full name, e-mail),
  the phone and the consent.
Values invented.
"""
from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("members-en-hk-studentassoc")
cf = CachedFormulas()

SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
            ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
            ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
            ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"),
            ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"),
            ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"),
            ("苏", "Su"), ("魏", "Wei"), ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"),
            ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"), ("范", "Fan"), ("金", "Jin"), ("石", "Shi"), ("廖", "Liao"),
            ("夏", "Xia"), ("方", "Fang"), ("白", "Bai"), ("邹", "Zou"), ("孟", "Meng"), ("熊", "Xiong"), ("秦", "Qin"),
            ("侯", "Hou"), ("龙", "Long"), ("陶", "Tao"), ("顾", "Gu"), ("毛", "Mao"), ("柯", "Ke"), ("靖", "Jing")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
         ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"),
         ("超", "chao"), ("霞", "xia"), ("华", "hua"), ("玉", "yu"), ("兰", "lan"), ("鹏", "peng"), ("辉", "hui"),
         ("玲", "ling"), ("丹", "dan"), ("志", "zhi"), ("文", "wen"), ("宇", "yu"), ("浩", "hao"), ("凯", "kai"),
         ("晨", "chen"), ("欣", "xin"), ("怡", "yi"), ("佳", "jia"), ("雪", "xue"), ("琳", "lin"), ("晓", "xiao"),
         ("梅", "mei"), ("婷", "ting"), ("思", "si"), ("远", "yuan"), ("嘉", "jia"), ("俊", "jun"), ("博", "bo"),
         ("睿", "rui"), ("涵", "han"), ("诗", "shi"), ("琪", "qi"), ("卓", "zhuo"), ("冰", "bing"), ("羽", "yu"),
         ("宁", "ning"), ("然", "ran"), ("轩", "xuan"), ("悦", "yue"), ("航", "hang")]
LEVELS = ["Undergraduate", "Taught Postgraduate", "Research Postgraduate", "Associate", "Exchange", "Other"]
CATEGORIES = ["HKBU Student", "HKBU Alumni", "HKBU Faculty and Staff", "Other"]
LIST_CATEGORY = {1: "HKBU Current Student", 2: "HKBU Alumni", 3: "HKBU Faculty and Staff", 4: "Other"}


def person():
    def make():
        s = f.pick(SURNAMES)
        g = [f.pick(GIVEN) for _ in range(f.pick([1, 2, 2, 2]))]
        return s[0] + "".join(c for c, _ in g), s[1], "".join(p for _, p in g)
    return f._unique(make)


def spelt(han, sur, given, style=None):
    style = style or f.r.choices(["han", "Title", "UPPER", "lower", "one", "glued", "spaced", "hanpin"],
                                 [28, 50, 11, 3, 5, 1, 1, 1])[0]
    if style == "han":
        return han
    if style == "Title":
        return f"{sur} {given.capitalize()}" if f.chance(0.8) else f"{given.capitalize()} {sur.upper()}"
    if style == "UPPER":
        return f"{sur} {given}".upper()
    if style == "lower":
        return f"{sur}{given}".lower()
    if style == "one":
        return given.capitalize()
    if style == "glued":
        return f"{sur.upper()[:2]}{given.capitalize()}"
    if style == "spaced":
        return " ".join([sur] + [g.capitalize() for g in split_given(given)])
    return f"{han} {(sur + given).upper()}"


def split_given(given):
    """A joined pinyin given name split back into its syllables, longest first."""
    out, rest = [], given
    syllables = sorted({p for _, p in GIVEN}, key=len, reverse=True)
    while rest:
        for s in syllables:
            if rest.startswith(s):
                out.append(s)
                rest = rest[len(s):]
                break
        else:
            out.append(rest)
            break
    return out


def hk_phone():
    return f._unique(lambda: f"{f.pick('5569')}{f.pick('0123456789')}555{f.r.randrange(1000):03d}")


def phone_text(kind=None):
    k = f.r.random() if kind is None else kind
    if k < 0.86:
        return hk_phone()
    if k < 0.92:
        return f.mobile_cn()
    if k < 0.94:
        return "852 " + hk_phone()
    if k < 0.96:
        return "86" + f.mobile_cn()
    if k < 0.975:
        p = hk_phone()
        return f"{p[:4]} {p[4:]}"
    if k < 0.985:
        p = f.mobile_cn()
        return f"86 {p}"
    return "86-" + f.mobile_cn()


members = []
for i in range(235):
    han, sur, given = person()
    code = f.r.choices([1, 2, 3, 4], [224, 7, 2, 2])[0]
    level = f.r.choices([1, 2, 3, 4, 5], [40, 178, 9, 4, 3])[0] if code != 3 else None
    number = f._unique(lambda: f.r.choice([24, 24, 24, 24, 23, 22]) * 1000000 + f.r.randrange(200000, 700000))
    if code == 2:
        number -= 1000000 * f.pick([1, 1, 2])
    if code == 3:
        number = f._unique(lambda: f.r.randrange(300000, 400000))
    members.append(dict(han=han, sur=sur, given=given, name=spelt(han, sur, given), code=code, level=level,
                        number=number, phone=phone_text(), other=None))

# Staff type their own address; the member from another university too.
for m in members:
    if m["code"] == 3:
        m["mail"] = f"{m['given'][:4]}{m['sur'].lower()}{f.r.randrange(10, 99)}@hkbu.test"
    elif m["code"] == 4:
        m["number"] = 2330000000 + f.r.randrange(100000)
        m["mail"] = f"t{m['number'] - 2000000000}@mail.uic.test"
        m["phone"] = "86-" + f.mobile_cn()
    else:
        m["mail"] = None
members[60]["phone"] = "00000000"
members[61]["name"] = str(members[61]["number"])            # the student number typed as the name
for k in (3, 30):
    members[k]["other"] = f.pick(["HKBU exchange student", "graduate student"])
    members[k]["code"] = 4

# Eleven members signed up twice: later rows repeat them with the same number.
twice = []
for k, src in enumerate((0, 45, 86, 105, 111, 115, 121, 125, 144, 152, 157)):
    m = dict(members[src])
    style = ["han", "same", "lower", "same", "same", "same", "same", "han", "number", "han", "same"][k]
    if style == "han":
        m["name"] = m["han"] if m["name"] != m["han"] else spelt(m["han"], m["sur"], m["given"], "spaced")
    elif style == "lower":
        m["name"] = f"{m['sur']}{m['given']}".lower()
        members[src]["name"] = f"{m['sur']}{m['given']}".capitalize()
        members[src]["phone"] = "852 " + m["phone"] if not m["phone"].startswith("852") else m["phone"]
        m["phone"] = members[src]["phone"][4:]
    elif style == "number":
        m["name"] = str(m["number"])
    if k == 0:
        m["phone"] = hk_phone()                                 # a new phone on the second sign-up
    twice.append((src, m))

order = list(members)
for n, (src, m) in enumerate(twice):
    at = min(len(order), 60 + n * 16 + f.r.randrange(12))
    if at <= order.index(members[src]):
        at = order.index(members[src]) + 5
    order.insert(at, m)
assert len(order) == 246

wb = workbook()
ws = wb.active
ws.title = "Member list"
AGREE = ("I agree to join HKBUCSSA, actively participate in activities organized by HKBUCSSA and receive emails "
         "about HKBUCSSA.")
ws.append(["Membership category", "Name", "ID", "HKBU Email", "Study level", "Phone", AGREE])
for c in ws[1]:
    c.font = Font(bold=True)
for r, m in enumerate(order, start=2):
    cat = ws.cell(r, 1, LIST_CATEGORY[1 if m["other"] else m["code"]])
    cat.number_format = "@"
    ws.cell(r, 2, m["name"])
    ws.cell(r, 3, m["number"])
    if m["mail"]:
        ws.cell(r, 4, m["mail"])
    else:
        cf.formula(ws, f"D{r}", f'=C{r}&"@life.hkbu.test"', f"{m['number']}@life.hkbu.test")
    level = m["level"]
    if m["other"]:
        level = 5 if "exchange" in m["other"] else 2
    if level:
        ws.cell(r, 5, LEVELS[level - 1])
    ws.cell(r, 6, m["phone"])
    ws.cell(r, 7, 1)
for r in range(248, 252):
    ws.cell(r, 1).number_format = "@"
for col, w in zip("ABCDEFG", [21.8, 14.8, 14.0, 24.8, 23.2, 13.7, 13.0]):
    ws.column_dimensions[col].width = w

INTRO = ("Introduction of HKBUCSSA"
         "The Chinese Students and Scholars Association of Hong Kong Baptist University (HKBUCSSA) aims to build "
         "connections, foster friendships, and promote exchange among its members.\u00a0"
         "1. Facilitating academic information sharing among students and scholars;"
         "2. Helping mainland students integrate in Hong Kong;"
         "3. Maintaining close relationships with mainland student associations at other Hong Kong universities "
         "and organizations within the Greater Bay Area;"
         "4. Collaborating with HKBU’s Academic Registry and Student Affairs Office to provide updates on career "
         "development, job opportunities, and other essential information.\u00a0"
         "As a member of HKBUCSSA, you will:"
         "1. Receive the latest updates on activities and campus life information promptly."
         "2. Get immediate access to relevant internship and job opportunities, along with related position details."
         "3. Enjoy exclusive discounts for large and medium-sized events organized by HKBUCSSA."
         "4. Have the privilege of free access to small-scale events and training sessions hosted by HKBUCSSA."
         "5. Participate in the association’s general meetings and exercise your right to speak.")
rd = wb.create_sheet("Raw Data")
rd.append([INTRO, "Membership Category", "Membership category", "", "Student Name", "Student Number", "Study Level",
           "Study level", "", "Staff Name", "Staff ID", "HKBU Email Address", "Full Name", "Email Address", "Phone",
           AGREE])
rd.append(["", "", None, "Other", "", "", "", None, "Other", "", "", "", "", "", "", "I agree"])
for r, m in enumerate(order, start=3):
    code = m["code"]
    rd.cell(r, 1, "1")
    rd.cell(r, 2, code)
    cf.formula(rd, f"C{r}", f'=_xlfn.IFS(B{r}=1,"HKBU Student",B{r}=2,"HKBU Alumni",B{r}=3,"HKBU Faculty and Staff",'
                            f'B{r}=4,"Other")', CATEGORIES[code - 1])
    if code in (1, 2):
        rd.cell(r, 5, m["name"])
        rd.cell(r, 6, m["number"])
        rd.cell(r, 7, m["level"])
    elif code == 3:
        rd.cell(r, 10, m["name"])
        rd.cell(r, 11, m["number"])
        rd.cell(r, 12, m["mail"])
    else:
        rd.cell(r, 4, m["other"])
        rd.cell(r, 13, m["name"])
        rd.cell(r, 14, m["mail"] or f"{m['number']}@life.hkbu.test")
    level_text = LEVELS[m["level"] - 1] if m["level"] and code in (1, 2) else ""
    cf.formula(rd, f"H{r}", f'=_xlfn.IFS(G{r}=1,"Undergraduate",G{r}=2,"Taught Postgraduate",G{r}=3,'
                            f'"Research Postgraduate",G{r}=4,"Associate",G{r}=5,"Exchange",G{r}=6,"Other")',
               level_text if level_text else "#N/A")
    rd.cell(r, 15, m["phone"])
    rd.cell(r, 16, 1)
for col, w in zip("ABCDEFGHIJLMNOP", [37.7, 18.7, 18.3, 20.3, 12.2, 14.0, 10.0, 23.2, 10.2, 9.7, 17.8, 13.5, 28.2,
                                      13.7, 13.0]):
    rd.column_dimensions[col].width = w

cf.save(wb, "members-en-hk-studentassoc.xlsx")
