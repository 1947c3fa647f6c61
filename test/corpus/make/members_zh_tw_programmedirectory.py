"""
Shape of a university degree programme's alumni/student workbook as MKChou/5xruby--HTML keeps it ("族譜.xlsx",
commit d99ea7d1d5d2e08775ec41b1c73af91178b2a576): the programme's "family tree" of mentors, its directory and
its lore, kept by the students' association.

- "直屬家系表": notes across row 1 (merged B1:O1, T1:Y1, AG1:AT1); cohorts 100 … 114 down column A from row 3 and
  the members of each mentoring "family" across B … AX (names only, many merged pairs, trailing tabs in the
  newest cohort), a 外轉 row, and lists of newer students lower down.
- "通訊錄": the directory. E1 an editing note (merged E1:G1); row 2 the header 姓名 / 系 / (D blank: a formula
  column giving the college) /  電話 (leading space, text cells) / E-mail / 哪裏人 / 畢業高中; from row 4 one
  block per cohort, the cohort number only in column A of the block's first row, two blank rows between
  blocks; cohorts 109 and 110 hold only their number; phones and e-mails often missing; column D an
  INDEX/MATCH into "tmp" (IFERROR in later blocks). After the last block, rows 112 and 113 hold a link to a
  Google Sheet instead of a name.
- "學程轉系學院統計": notes (merged B1:O1, B2:N2) and a COUNTIF table of each cohort's students by college (the
  charts are not kept).
- "學程系會歷屆幹部": the association's officers by term (屆 / from 任 / 期 to / 會長 / 活動部 / 學術部 / 公關部 /
  秘書 / 財務), '"' repeating the line above.
- "學程之最得獎錄": joke awards by year (系草(俊人), 系花(美人), 系大胃王 …) with nicknames.
- "學程名事榜": news items with dates and links; "外連資料區": 名稱 / 連結 / 備註; "關於  編輯人員": who may edit;
  "tmp": colleges over departments, the lookup for the directory; "事蹟名冊(維修中)": per cohort, each student's
  name, department and achievements.
Values invented: every name, phone, e-mail, hometown, school, officer, award, link and achievement; the
formula columns carry their computed results. About 190 students in the directory (212 in the original).
"""
from openpyxl.utils import get_column_letter

from fake import CachedFormulas, Fake, workbook

f = Fake("members-zh-tw-programmedirectory")
cf = CachedFormulas()
COLLEGE = ["文", "文", "文", "文", "理", "理", "理", "理", "理"] + ["工"] * 13 + ["醫"] * 6 + ["電"] * 3 + ["規"] * 3 + \
          ["管"] * 5 + ["社"] * 4 + ["生"] * 2
DEPTS = ["外文", "中文", "台文", "歷史", "數學", "物理", "化學", "地科", "光電", "化工", "機械", "材料", "環工", "測量", "航太",
         "工科", "水利", "土木", "工科", "資源", "醫工", "系統", "職治", "醫技", "護理", "醫學", "物治", "藥學", "電機", "資訊",
         "資工", "建築", "工設", "都計", "統計", "會計", "交管", "工管", "企管", "法律", "心理", "經濟", "政治", "生科", "生技"]
COLL_OF = {d: COLLEGE[i] for i, d in reversed(list(enumerate(DEPTS)))}
PLACES = ["台北", "新北", "桃園", "新竹", "台中", "彰化", "嘉義", "台南", "高雄", "屏東", "宜蘭", "花蓮"]
SCHOOLS = {"台北": ["建國中學", "北一女中", "成功高中"], "新北": ["板橋高中", "新店高中"], "桃園": ["武陵高中"],
           "新竹": ["新竹高中", "新竹女中"], "台中": ["台中一中", "台中女中", "曉明女中"], "彰化": ["彰化高中", "彰化女中"],
           "嘉義": ["嘉義高中", "嘉義女中"], "台南": ["台南一中", "台南女中", "聖功女中"], "高雄": ["高雄中學", "高雄女中", "高師大附中"],
           "屏東": ["屏東高中"], "宜蘭": ["宜蘭高中"], "花蓮": ["花蓮高中", "花蓮女中"]}
SIZES = {100: 19, 101: 21, 102: 20, 103: 20, 104: 20, 105: 19, 106: 18, 107: 18, 108: 12, 109: 0, 110: 0, 111: 14}

students = {}
for cohort, n in SIZES.items():
    rows = []
    for _ in range(n):
        dept = f.r.choices(DEPTS, weights=[6 if d in ("電機", "資訊", "資工", "機械") else 1 for d in DEPTS])[0]
        place = f.pick(PLACES)
        rows.append({"name": f.name_tw(), "dept": dept, "phone": f.mobile_tw(dashed=False) if f.chance(0.93) else None,
                     "mail": None, "place": place if f.chance(0.97) else None,
                     "school": f.pick(SCHOOLS[place]) if f.chance(0.95) else None})
        if f.chance(0.82 if cohort > 100 else 0.4):
            rows[-1]["mail"] = f.email(f"ncku{cohort}{f.r.randrange(1000, 9999)}")
    students[cohort] = rows

wb = workbook()
# 直屬家系表 -----------------------------------------------------------------------------------
t = wb.active
t.title = "直屬家系表"
t["B1"] = "由於從108起學程人數減少為14人，於是107其中14家併為7家共同收直屬，另外7家直接收直屬"
t["T1"] = "註1:紅色為大一結束前休學"
t["AG1"] = "註2:第2列的顏色註記為目前同一家，因為有些家族經過合併人數龐大，以此標記"
for rng in ("B1:O1", "T1:Y1", "AG1:AT1"):
    t.merge_cells(rng)
FAMILY_COLS = [2, 3, 4, 6, 10, 11, 12, 13, 15, 20, 21, 22, 26, 28, 29, 31, 37, 38, 41, 44, 46, 49]
for k, cohort in enumerate(range(100, 115)):
    r = 3 + k
    t.cell(r, 1, cohort)
    pool = [s["name"] for s in students.get(cohort, [])]
    for c in FAMILY_COLS:
        if pool and f.chance(0.75):
            t.cell(r, c, pool.pop(0))
        elif cohort >= 109 and f.chance(0.6):
            t.cell(r, c, f.name_tw() + ("\t" if cohort == 114 else ""))
t.merge_cells("D5:E5")
t.merge_cells("V14:W14")
t["A19"] = "外轉"
for c in (4, 8, 22, 24, 27, 31, 43, 46, 49, 50):
    t.cell(19, c, f.name_tw())
for r in range(23, 40):
    t.cell(r, 13, f.name_tw())
    t.cell(r, 17, f.name_tw() + "\t")
    if r < 34:
        t.cell(r, 19, f.name_tw() + "\t")

# 通訊錄 ---------------------------------------------------------------------------------------
d = wb.create_sheet("通訊錄")
d["E1"] = "備註：編輯科系時 請勿更動學院欄的值 表格會自動判斷學院"
d.merge_cells("E1:G1")
for col, h in (("B", "姓名"), ("C", "系"), ("E", " 電話"), ("F", "E-mail"), ("G", "哪裏人"), ("H", "畢業高中")):
    d[f"{col}2"] = h
d["E2"].number_format = "@"
r = 4
block_rows = {}
for cohort, rows in students.items():
    d.cell(r, 1, cohort)
    start = r
    if not rows:
        block_rows[cohort] = (r, r)
        r += 1
        continue
    for s in rows:
        d.cell(r, 2, s["name"])
        d.cell(r, 3, s["dept"])
        if cohort >= 108:
            text = f'=IFERROR(INDEX(tmp!$A$1:$AR$2,1,MATCH(C{r},tmp!$A$2:$AS$2,0)),"--")'
        else:
            text = f"=INDEX(tmp!$A$1:$AR$2,1,MATCH(C{r},tmp!$A$2:$AR$2,0))"
        cf.formula(d, f"D{r}", text, COLL_OF[s["dept"]])
        if s["phone"]:
            d.cell(r, 5, s["phone"]).number_format = "@"
        if s["mail"]:
            d.cell(r, 6, s["mail"])
        if s["place"]:
            d.cell(r, 7, s["place"])
        if s["school"]:
            d.cell(r, 8, s["school"])
        r += 1
    block_rows[cohort] = (start, r - 1)
    r += 2
r += 1
d.cell(r, 1, 112)
d.cell(r, 2, "https://docs.google.com/spreadsheets/d/1zExampleDirectory112/edit#gid=0")
d.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
r += 2
d.cell(r, 1, 113)
link = "https://docs.google.com/spreadsheets/d/1zExampleDirectory113/edit?usp=sharing"
d.cell(r, 2, link)
d.cell(r, 3, link)

# 學程轉系學院統計 --------------------------------------------------------------------------------
s = wb.create_sheet("學程轉系學院統計")
s["B1"] = "此頁面含大量圖表與公式 如需調整資料 建議請了解Excel圖表與函式的協助操作"
s["B2"] = "另外圖表位置與大小已定位 如非必要請不要更動任何設定"
s.merge_cells("B1:O1")
s.merge_cells("B2:N2")
COLLS = ["文", "理", "工", "醫", "電", "規", "管", "社", "生"]
for j, c in enumerate(COLLS + ["Sum"]):
    s.cell(1, 19 + j, c)
for k, (cohort, (a, b)) in enumerate(block_rows.items()):
    rr = 2 + k
    s.cell(rr, 18, cohort)
    counts = [sum(1 for x in students[cohort] if COLL_OF[x["dept"]] == c) for c in COLLS]
    for j, c in enumerate(COLLS):
        col = get_column_letter(19 + j)
        cf.formula(s, f"{col}{rr}", f"=COUNTIF(通訊錄!$D${a}:$D${b},{col}$1)", counts[j])
    cf.formula(s, f"AB{rr}", f"=SUM(S{rr}:AA{rr})", sum(counts))

# 學程系會歷屆幹部 --------------------------------------------------------------------------------
o = wb.create_sheet("學程系會歷屆幹部")
for col, h in (("A", "屆"), ("C", "from\xa0\xa0 \xa0\xa0\xa0\xa0 任"), ("D", "期\xa0\xa0\xa0\xa0 \xa0\xa0\xa0\xa0\xa0\xa0 to"), ("E", "會長"),
               ("G", "活動部"), ("I", "學術部"), ("K", "公關部"), ("M", "秘書"), ("O", "財務"), ("R", "註︰此處任期以交接宴時間計算分隔")):
    o[f"{col}1"] = h
start = "N/A"
for k, cohort in enumerate(range(100, 110)):
    rr = 2 + k
    o.cell(rr, 1, k)
    o.cell(rr, 2, cohort)
    o.cell(rr, 3, start)
    end = f"{2009 + k}/{f.r.randrange(5, 7):02d}/{f.r.randrange(1, 28):02d}"
    o.cell(rr, 4, end)
    start = end
    pool = [x["name"] for x in students.get(cohort, [])] or [f.name_tw() for _ in range(12)]
    for c in (5, 6, 7, 8, 9, 10, 11, 12, 13, 15):
        if pool and f.chance(0.9):
            o.cell(rr, c, pool.pop(f.r.randrange(len(pool))))
    if k == 3:
        o.cell(rr, 18, "會長因出國交換請辭")
o.insert_rows(6)
for c in (3, 4):
    o.cell(6, c, o.cell(5, 4).value if c == 3 else "2011/12/23")
o.cell(6, 5, f.name_tw())
for c in (6, 7, 8, 9, 10, 11, 15):
    o.cell(6, c, '"')
o.cell(6, 13, f.name_tw())

# 學程之最得獎錄 ---------------------------------------------------------------------------------
a = wb.create_sheet("學程之最得獎錄")
AWARDS = ["系草(俊人)", "系花(美人)", "系大胃王", "系宅", "系鄉民", "系Q", "系好久不見", "系Man", "系良好", "系歌神", "系雙胞胎", "系明星", "系中肯"]
NICK = ["企鵝", "兔姐", "肉包", "公主", "大叔", "狒狒", "小王子", "筍奶", "廖董", "阿哲", "小白", "胖虎", "雪人"]
for j, h in enumerate(AWARDS):
    a.cell(1, 3 + j, h)
for k in range(4):
    a.cell(2 + k, 2, k + 1)
    for j in range(len(AWARDS)):
        if f.chance(0.7 - k * 0.15):
            a.cell(2 + k, 3 + j, f.pick(NICK))
a["A2"] = "第一屆"

# 學程名事榜 -------------------------------------------------------------------------------------
n = wb.create_sheet("學程名事榜")
n["A1"] = "101級畢業典禮合照 上報"
n["E1"] = "102級出國團上德國地方報紙"
n["J1"] = "學程微電影 登上報紙"
n["N1"] = "短片競賽 金獎"
n.merge_cells("A1:D1")
n["A2"] = "2012/06/02"
n["E2"] = "2010/08/25"
n["J2"] = "2012/10/12"
n["A4"] = "http://news.example.com/campus/20120602"
n["J4"] = "http://news.example.com/domestic/20121012"
n["N4"] = "http://news.example.org/post/116410"
for rng in ("A4:D4", "J4:L4", "N4:P4"):
    n.merge_cells(rng)

# 外連資料區 / 關於  編輯人員 / tmp ------------------------------------------------------------------
x = wb.create_sheet("外連資料區")
x["B1"], x["C1"], x["D1"] = "名稱", "連結", "備註"
for i, (name, note) in enumerate([("選課祕笈", None), ("事蹟名冊", "不開放修改"), ("學程申請各項統計", None), ("歷屆畢業照", None)]):
    x.cell(2 + i, 2, name)
    x.cell(2 + i, 3, f"http://goo.example.net/{f.r.randrange(10000, 99999)}")
    if note:
        x.cell(2 + i, 4, note)
e = wb.create_sheet("關於  編輯人員")
e["B1"] = "系級"
e["A2"] = "文件管理者"
e["A3"] = "可編輯人員"
for i, cohort in enumerate(range(101, 106)):
    e.cell(2 + i, 2, cohort)
    e.cell(2 + i, 3, f.pick(NICK))
e["F5"] = "資料如需修改 可向左方所列人員協助修改"
e.merge_cells("F5:G5")
tm = wb.create_sheet("tmp")
for j, (c, dpt) in enumerate(zip(COLLEGE, DEPTS)):
    tm.cell(1, 1 + j, c)
    tm.cell(2, 1 + j, dpt)

# 事蹟名冊(維修中) --------------------------------------------------------------------------------
h = wb.create_sheet("事蹟名冊(維修中)")
rr = 1
DEEDS = ["工學院菁英班成員", "學生會幹部", "系羽球隊隊長", "交換學生", "書卷獎", "營隊總召", None, None, None]
for cohort in range(100, 107):
    h.cell(rr, 1, cohort)
    rr += 1
    for st in students[cohort]:
        h.cell(rr, 1, st["name"])
        h.cell(rr, 2, st["dept"])
        deed = f.pick(DEEDS)
        if deed:
            h.cell(rr, 3, deed)
        rr += 1
    rr += 1

cf.save(wb, "members-zh-tw-programmedirectory.xlsx")
