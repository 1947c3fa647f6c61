"""
Shape of ccpic/SalesExpense_old "客户档案-20191126.xlsx" (commit 8893febd, deleted from the repository
later): a pharmaceutical company's doctor file (客户档案) for one Beijing district, exported from its
sales-expense system's upload template and kept in Excel. One sheet 客户档案:

- Row 1: 23 headers in 微软雅黑 bold, wrapped, three header fill colours (A-J hospital block, K-S
  doctor block, T-V the 自动生成 columns), row height 67.5; frozen below row 1, autofilter A1:V145,
  a whole-number validation (>= 0) on the clinic counts.
- The hierarchy columns are headed 区域 / 大区 / 地区经理 / 负责代表 but hold people: the regional
  director and the area manager (the same on every row), the district manager and the rep.
- Then the hospital: code (H + 9 digits), full name, province, 是否双call, tier A/B, 开户进展 已开户 —
  two hospitals only, repeated on every row of their doctors.
- One row per doctor (客户姓名), 144 doctors, 52 at one hospital and 92 at the other, sorted by the
  name's pinyin descending within each hospital (the second block starts with two stray rows);
  department (心内科 mostly, 其他科室 …), title (主任医师 / 副主任医师 / 主治医师).
- 客户\\n联系电话: the mobile as a number, but the column carries a long-date format, so Excel shows
  ##### (the serial is past the last date) — 89 filled, empty for 55 doctors at the second hospital.
- Monthly clinic half-days, patients per half-day, monthly patients (= product of the two), the share
  of relevant patients in %, current monthly prescriptions (0 for 26 doctors); then three formula
  columns with cached results: relevant patients (=Q*R), potential L/M/H, support Level 0-3;
  an empty 备注.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from fake import CachedFormulas, Fake, workbook

f = Fake("contacts-zh-cn-doctorfile")
cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "客户档案"

HEADERS = ["区域", "大区", "地区经理", "负责代表", "医院编码", "医院全称", "省/自治区/直辖市", "是否双call", "医院级别", "开户进展",
           "客户姓名", "所在科室", "职称", "客户\n联系电话", "月出诊次数（半天计）", "每半天\n门诊量", "月累计\n门诊病人数",
           "相关病人\n比例(%)\n建议比例：40%-80%", "当前月\n处方量", "月累计\n相关病人数\n(自动生成）", "潜力级别\n(自动生成）",
           "支持度\n(自动生成）", "备注"]

# Surnames with their pinyin, for the descending pinyin sort the export had.
SURNAMES = {"朱": "zhu", "邹": "zou", "卓": "zhuo", "周": "zhou", "郑": "zheng", "赵": "zhao", "张": "zhang", "袁": "yuan",
            "殷": "yin", "叶": "ye", "姚": "yao", "杨": "yang", "吴": "wu", "韦": "wei", "王": "wang", "谭": "tan",
            "宋": "song", "曲": "qu", "倪": "ni", "马": "ma", "鲁": "lu", "李": "li", "康": "kang", "蒋": "jiang",
            "贾": "jia", "黄": "huang", "韩": "han", "郭": "guo", "顾": "gu", "高": "gao", "冯": "feng", "樊": "fan",
            "丁": "ding", "戴": "dai", "陈": "chen", "曹": "cao", "白": "bai", "安": "an", "刘": "liu", "孙": "sun",
            "徐": "xu", "许": "xu", "何": "he", "胡": "hu", "林": "lin", "罗": "luo", "梁": "liang", "谢": "xie"}
GIVEN = list("晓敏立军新宁海英慧萍颖莉波刚静文佳云璇蕙兰奇洁青民康旭哲娜琼丙春燕城潜金家珍君枫建剑鸣玉和岩红超晴津蕊捷美若菡屏")

REGION_HEAD, AREA_HEAD = "罗文秀", "孙建刚"
H1 = {"code": "H070000" + str(f.r.randrange(600, 699)), "name": "北京和平心血管病医院", "tier": "B", "double": "否",
      "dsm": "何丽", "reps": [("吴晓静", 52)], "depts": [("心内科", 52)], "phones": 52}
H2 = {"code": "H070000" + str(f.r.randrange(700, 799)), "name": "京北友谊医院", "tier": "A", "double": "是",
      "dsm": "许江红", "reps": [("曹庆梅", 51), ("安萍", 41)],
      "depts": [("心内科", 52), ("肾内科", 15), ("内分泌科", 9), ("其他科室", 7), ("神内科", 6), ("老干科", 3)], "phones": 37}

used = set()


def doctor_name():
    while True:
        s = f.pick(list(SURNAMES))
        name = s + "".join(f.pick(GIVEN) for _ in range(f.pick([1, 2, 2, 2])))
        if name not in used:
            used.add(name)
            return name


def title():
    r = f.r.random()
    return "主任医师" if r < 0.58 else "副主任医师" if r < 0.94 else "主治医师"


def clinic():
    o = f.r.choices([0, 2, 3, 4, 6, 8, 12, 16, 20, 24, 36], [8, 3, 1, 15, 3, 22, 21, 17, 8, 1, 1])[0]
    p = f.r.choices([0, 13, 15, 20, 25, 30, 35, 40], [5, 2, 2, 10, 37, 39, 5, 2])[0]
    if o == 0 and f.chance(0.5):
        p = 30
    r = f.r.choices([0, 23, 33, 50, 60, 65, 70, 75, 80, 83], [3, 2, 2, 9, 4, 3, 35, 20, 8, 2])[0]
    s = 0 if f.chance(0.18) else f.r.choice([f.r.randrange(1, 40), f.r.randrange(40, 160), f.r.randrange(160, 400),
                                             f.r.randrange(400, 1300)])
    return o, p, o * p, r, s


def block(h):
    rows = []
    reps = [rep for rep, n in h["reps"] for _ in range(n)]
    depts = [d for d, n in h["depts"] for _ in range(n)]
    f.r.shuffle(depts)
    for i, (rep, dept) in enumerate(zip(reps, depts)):
        name = doctor_name()
        rows.append({"rep": rep, "dept": dept, "name": name, "title": title()})
    rows.sort(key=lambda d: (SURNAMES[d["name"][0]], d["name"]), reverse=True)
    phone_rows = set(f.r.sample(range(len(rows)), h["phones"]))
    for i, d in enumerate(rows):
        d["phone"] = int(f.mobile_cn()) if i in phone_rows else None
        d["clinic"] = clinic()
    return rows


rows1, rows2 = block(H1), block(H2)
rows2 = rows2[-2:] + rows2[:-2]          # two stray rows on top of the second block
ws.append(HEADERS)
r = 2
for h, rows in ((H1, rows1), (H2, rows2)):
    for d in rows:
        o, p, q, pct, s = d["clinic"]
        ws.append([REGION_HEAD, AREA_HEAD, h["dsm"], d["rep"], h["code"], h["name"], "北京", h["double"], h["tier"], "已开户",
                   d["name"], d["dept"], d["title"], d["phone"], o, p, q, pct, s])
        t = q * pct
        cf.formula(ws, f"T{r}", f"=Q{r}*R{r}", t)
        cf.formula(ws, f"U{r}", f'=IF(T{r}<83,"L",IF(T{r}<205,"M","H"))', "L" if t < 83 else "M" if t < 205 else "H")
        cf.formula(ws, f"V{r}", f'=IF(S{r}<=20,"Level 0",IF(S{r}<=100,"Level 1",IF(S{r}<=300,"Level 2","Level 3")))',
                   "Level 0" if s <= 20 else "Level 1" if s <= 100 else "Level 2" if s <= 300 else "Level 3")
        ws[f"N{r}"].number_format = "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"
        ws[f"O{r}"].number_format = "0_);[Red]\\(0\\)"
        ws[f"T{r}"].number_format = "0_ "
        r += 1
last = r - 1

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fills = {"grey": PatternFill("solid", fgColor="AEAAAA"), "blue": PatternFill("solid", fgColor="2F75B5"),
         "orange": PatternFill("solid", fgColor="F8CBAD"), "gold": PatternFill("solid", fgColor="BF8F00")}
for c, head in enumerate(HEADERS, 1):
    cell = ws.cell(1, c)
    cell.font = Font(name="微软雅黑", size=9, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.fill = fills["grey"] if c <= 10 else fills["blue"] if c <= 19 else fills["orange"] if c <= 22 else fills["gold"]
    cell.border = box
ws.row_dimensions[1].height = 67.5
for row in ws.iter_rows(min_row=2, max_row=last, max_col=23):
    for cell in row:
        cell.font = Font(name="微软雅黑", size=8)
        cell.alignment = Alignment(horizontal="center")
        cell.border = box
widths = [8.6, 13, 13, 13, 12.6, 27.4, 10.4, 8.6, 13, 13, 13, 13, 12.6, 11.5, 8.6, 13, 13, 8.6, 8.6, 9.3, 9.3, 13, 8.6]
for c, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(1, c).column_letter].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:V{last}"
dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
dv.add("O2:Q117")
ws.add_data_validation(dv)
wb.properties.modified = datetime.datetime(2020, 3, 24, 5, 27, 27)

cf.save(wb, "contacts-zh-cn-doctorfile.xlsx")
