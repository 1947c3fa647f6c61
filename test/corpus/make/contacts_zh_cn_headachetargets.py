"""
Shape of ZHANY950/east2-dashboard "sources/mjq_data.csv" (at commit 2c9482de2a880213dd8b52615a2c95d0428a8e63):
a pharmaceutical company's regional target-doctor list (its "瞄准镜" of about 1,000 doctors for a
headache/vertigo product in Jiangsu, Shandong and Anhui), cached from a Tencent Docs sheet as a
UTF-8 CSV without its header row (简体). 51 columns, the last three always empty:

  A region (东二区 on every row) · B province · C city · D district manager (DM) · E medical rep
  (MICS; empty on a few rows, 'TBA' placeholders such as 潍坊TBA) · F hospital · G hospital code
  (HO + 8 digits) · H hospital tier (TOP / Core / Growth / Expansion / Broad) · I headache clinic
  status (头痛中心, 高级头痛中心, 头痛门诊, 未挂牌但有头痛门诊, 无头痛门诊) · J 是/否 · K listing route
  (正式准入, 外购, HIS直连, 批量临采, 单患临采) · L a number · M the doctor · N, O 是/否 · P department
  (神经内科 mostly, 耳鼻喉科, 精神/心理科, 疼痛科, 其它) · Q disease focus (头痛, 头晕/眩晕, 脑血管, 抑郁
  焦虑, 癫痫, 疼痛, 其它) · R segment A-D · S 维护/升级/新增 · T title (主任医师, 副主任医师, 主治医师) ·
  U 是/否 · V special clinic (头痛专诊, 头晕/眩晕专诊, 痛晕专诊, 疼痛专诊, 无专诊设置) · W-Y clinic
  sessions · Z monthly patients · AA-AC percentages as text ('20%') · AD a computed figure · AE-AJ six
  patient shares written as decimals (0.05), as percentages (20%) or as whole numbers (5) · AK the
  doctor's current adoption stage and AL the target stage ('治痛管理（Ambassador）' …, AK empty on the
  newest rows) · AM-AV ten weekly sales figures, many empty · AW-AY empty.

One row per doctor (a hospital on many rows, each time with its code, tier and status repeated),
sorted by adoption stage and recent sales (the doctors without a current stage last); namesakes in different hospitals; two rows of a rep's
doctors with no hospital at all (province, city and hospital empty, code and tier '0').
Values invented (doctors, reps, managers, hospital names and codes, figures).
"""
import os

from fake import FILES, Fake

f = Fake("contacts-zh-cn-headachetargets")

STAGES = ["不管不治（Freezer）", "阶梯治疗（Tryer）", "止痛优选（Repeater）", "短期治痛（Advocator）",
          "治痛管理（Ambassador）", "资深治痛管理（Experienced Ambassador）", "治痛管理大师（Super Ambassador）"]

# (province, DM, [(city, [reps])])
TEAMS = [
    ("江苏", "孟钧", [("南京市", ["罗世安", "王芳方", "芦晓慧", "李雪如"]), ("徐州市", ["章智成"]), ("连云港市", ["黄燕宁"]),
                    ("淮安市", ["徐自强"]), ("盐城市", ["黄燕宁"])]),
    ("江苏", "郑嘉诚", [("南京市", ["孙娟娟", "徐艳", "盖奕彤", "顾嘉禾", "王玉亭"]), ("常州市", ["缪苏芹"]),
                     ("扬州市", ["高佳宜"])]),
    ("江苏", "何方宇", [("苏州市", ["张桂芳", "卢星辰", "杜妍", "黄义杰", "陈利峰", "余紫嫣"]), ("南通市", ["周莉莉"]),
                     ("无锡市", ["王可欣", "陈利峰"])]),
    ("山东", "李璐", [("济南市", ["白云峰", "公茂华", "王明悦", "张博", ""]), ("聊城市", ["张晓露"]), ("东营市", ["郭浩"]),
                    ("济宁市", ["TBA济宁"])]),
    ("山东", "张鑫", [("青岛市", ["陈彩霞", "李明辉", "冯雅琴", "陈本祥"]), ("潍坊市", ["潍坊TBA"]), ("淄博市", ["鲁景晓"]),
                    ("烟台市", ["邹誉颖"]), ("威海市", ["陈本祥"])]),
    ("安徽", "卜先锋", [("合肥市", ["杨胜远", "洪健", "许恺莉"]), ("芜湖", ["孙小涵"])]),
]
HOSPITAL_KINDS = ["市第一人民医院", "市人民医院", "市中医医院", "大学附属医院", "医科大学第一附属医院", "市中心医院",
                  "市第二人民医院", "市立医院", "市精神卫生中心", "区人民医院", "市第三人民医院", "脑科医院", "医院有限公司",
                  "市妇女儿童医院", "市立医院东区", "市立医院太湖院区"]
TIERS = ["TOP", "Core", "Core", "Growth", "Expansion", "Expansion", "Broad"]
CLINICS = ["头痛中心", "头痛中心", "高级头痛中心", "头痛门诊", "未挂牌但有头痛门诊", "无头痛门诊"]
ROUTES = ["正式准入", "外购", "外购", "外购", "HIS直连", "批量临采", "单患临采"]
FOCUS = [("头痛", "A"), ("头晕/眩晕", "C"), ("脑血管", "B"), ("脑血管", "B"), ("抑郁焦虑", "D"), ("癫痫", "B"),
         ("疼痛", "D"), ("其它", "B")]
DEPT_BY_FOCUS = {"头痛": ["神经内科"], "头晕/眩晕": ["神经内科", "耳鼻喉科", "耳鼻喉科"], "脑血管": ["神经内科"],
                 "抑郁焦虑": ["精神/心理科"], "癫痫": ["神经内科"], "疼痛": ["疼痛科", "其它"], "其它": ["神经内科", "其它"]}
CLINIC_BY_FOCUS = {"头痛": "头痛专诊", "头晕/眩晕": "头晕/眩晕专诊", "疼痛": "疼痛专诊"}

# hospitals: (province, city, DM, rep, name, code, tier, clinic, flag, route, number)
hospitals = []
codes = set()
for province, dm, cities in TEAMS:
    for city, reps in cities:
        stem = city.rstrip("市")
        for k in range(f.r.randrange(3, 8)):
            name = f._unique(lambda: stem + f.pick(HOSPITAL_KINDS))
            while True:
                code = f"HO{f.r.choice([0, 0, 0, 1, 2, 3, 10, 27]):02d}{f.r.randrange(0, 1000000):06d}"
                if code not in codes:
                    codes.add(code)
                    break
            hospitals.append((province, city, dm, f.pick(reps), name, code, f.pick(TIERS), f.pick(CLINICS),
                              "是" if f.chance(0.8) else "否", f.pick(ROUTES), str(f.r.randrange(0, 17))))


def share(style):
    parts = [f.r.randrange(0, 9) for _ in range(6)]
    total = sum(parts) or 1
    fr = [p / total for p in parts]
    if style == "pct":
        return [f"{round(x * 20) * 5}%" for x in fr]
    if style == "int":
        return [str(f.pick([2, 5, 10])) for _ in fr]
    return [f"{round(x * 20) / 20:g}" for x in fr]


def pct(x):
    return f"{x}%"


rows = []
namesakes = []
for i in range(1006):
    h = f.pick(hospitals)
    province, city, dm, rep, hname, code, tier, clinic, flag, route, number = h
    focus, seg = f.pick(FOCUS)
    dept = f.pick(DEPT_BY_FOCUS[focus])
    others = [n for n, at in namesakes if at != hname]
    if i in (40, 170, 333, 512, 700, 850) and others:
        name = f.pick(others)  # the same name at another hospital: another doctor
    else:
        name = f.name_cn()
        if i % 97 == 5:
            namesakes.append((name, hname))
    special = CLINIC_BY_FOCUS.get(focus) if f.chance(0.5) else None
    special = special or ("痛晕专诊" if f.chance(0.08) else "无专诊设置")
    w = 0 if special == "无专诊设置" else f.pick([1, 2, 3, 4, 4, 8, 8, 12, 16])
    x = f.pick([0, 2, 4, 4, 8, 8, 12, 16, 24])
    y = w + x if f.chance(0.93) else f.pick([4, 7, 12, 16])
    z = f.pick([10, 50, 80, 100, 120, 150, 160, 180, 200, 240, 280, 300, 320, 360, 400, 480, 560, 700])
    aa = f.pick([5, 10, 15, 20, 25, 30, 35, 40, 50, 60, 80, 95])
    ab = f.pick([5, 5, 5, 10, 10, 15, 20, 25, 30, 35, 45, 65])
    ac = round(ab * 100 / aa)
    ad = z * ab / 100
    ad = f"{ad:g}"
    level = min(6, max(0, int(f.r.triangular(-0.6, 6.5, 0.3))))
    target = min(6, level + f.pick([0, 1, 1, 1, 2]))
    stage_now = STAGES[level] if not (level == 0 and f.chance(0.12)) else ""
    weeks = []
    for k in range(10):
        if f.chance(0.22 + 0.1 * (6 - level)):
            weeks.append("")
        else:
            weeks.append(str(int(f.r.expovariate(1 / (4 + 12 * level ** 2)) // 4 * 4 + f.pick([0, 0, 0, 1, 2]))))
    row = ["东二区", province, city, dm, rep, hname, code, tier, clinic, flag, route, number, name,
           "是" if f.chance(0.9) else "否", "是" if f.chance(0.35 + 0.1 * level) else "否", dept, focus, seg,
           f.pick(["维护", "升级", "升级", "新增"]) if level else f.pick(["新增", "新增", "维护"]),
           f.pick(["主任医师", "主任医师", "副主任医师", "副主任医师", "主治医师"]), "是" if f.chance(0.7) else "否",
           special, str(w), str(x), str(y), str(z), pct(aa), pct(ab), pct(ac), ad]
    row += share(f.pick(["dec", "dec", "dec", "pct", "int"] if code.startswith("HO00") else ["dec"]))
    row += [stage_now, STAGES[target]] + weeks + ["", "", ""]
    rows.append((level if stage_now else -1, sum(int(v or 0) for v in weeks[-3:]), row))

# two doctors a rep entered without their hospital
for k in range(2):
    focus = "其它"
    row = ["东二区", "", "", "张鑫", "冯雅琴", "", "0", "0", "头痛中心", "是", "外购", "14", f.name_cn(), "是", "否",
           "其它", "其它", "D", "维护", f.pick(["主任医师", "副主任医师"]), "是", "无专诊设置", "0", "16", "16", "320",
           "10%", "5%", "50%", "16", "0.1", "0.1", "0.1", "0.05", "0.05", "0.6", STAGES[1 - k], STAGES[1]] + [""] * 13
    rows.append((1 - k, 0, row))

rows.sort(key=lambda t: (-t[0], -t[1]))
lines = [",".join(r) for _, _, r in rows]
assert all(len(r) == 51 for _, _, r in rows)
with open(os.path.join(FILES, "contacts-zh-cn-headachetargets.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\n".join(lines) + "\n")
