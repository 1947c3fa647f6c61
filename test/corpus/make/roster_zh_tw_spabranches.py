"""
Shape of a Taipei spa chain's monthly shift roster kept in Google Sheets and downloaded as Excel, as
wchien00/Report keeps it ("排班表.xlsx", commit e0fb71dcea95e1dfdedbf72abe14f88a5aed5280).

- Three sheets: 仁愛、安和、大直 and 中山、南京 (one roster per group of branches) and 設定 (settings).
- Roster sheets: A1:AG1 merged title, a formula ='設定'!B7 ('…Spa 7月 班表'); row 2 館別 / 姓名 (each merged
  down over rows 2-3) then the day numbers, row 3 the weekday ('三', '四' …), both formulas pointing at 設定
  row 4 / 5, with cached values; from row 4 one row per person per branch: the branch in A on the first row
  of its block only ('仁愛', '仁愛2', '安和', '大直' / '中山', '南京'), the person's name in B — a full name,
  a nickname, '(代)' for a stand-in, '(早)' / '(晚)' for the early or late shift, the same stand-in under
  several branches — and one mark per day: '●' working, '休' off, '全' full day, '早' / '晚', '消' leave.
  Stand-in rows mostly empty. The second sheet keeps Google's 1,000-row grid (empty below the people, a gap
  of two empty rows between branches).
- 設定: year and month in A1 / B1 (2026, 7), a Google array formula in B4 spilling the day numbers and
  weekdays across rows 4-5 (cached values behind __xludf.DUMMYFUNCTION wrappers), the title formula in B7,
  a second array formula in B10 listing the days down B:C from row 11 ('星期三').
Values invented: brand, people, nicknames, marks.
A staff roster, no clients: a person imports nothing.
"""
import calendar
import datetime

from fake import CachedFormulas, Fake, workbook, save

f = Fake("roster-zh-tw-spabranches")
Y, M = 2026, 7
ndays = calendar.monthrange(Y, M)[1]
WD = "一二三四五六日"
days = [datetime.date(Y, M, d) for d in range(1, ndays + 1)]
title = f"青嵐會館Spa {M}月 班表"


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


cf = CachedFormulas()
wb = workbook()
s1 = wb.active
s1.title = "仁愛、安和、大直"
s2 = wb.create_sheet("中山、南京")
st = wb.create_sheet("設定")

# settings sheet
st["A1"] = Y
st["B1"] = M
cf.formula(st, "B4", '=IFERROR(__xludf.DUMMYFUNCTION("LET(Y, VALUE(A1), M, VALUE(B1), VSTACK(HSTACK(""日期(號)"", '
           'SEQUENCE(1, DAY(EOMONTH(DATE(Y,M,1),0)), 1, 1)), HSTACK(""星期"", MAP(SEQUENCE(1, DAY(EOMONTH(DATE(Y,M,1),0)), '
           'DATE(Y,M,1), 1), LAMBDA(d, CHOOSE(WEEKDAY(d,2),""一"",""二"",""三"",""四"",""五"",""六"",""日""))))))"),"日期(號)")',
           "日期(號)")
cf.formula(st, "B5", '=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"星期")', "星期")
for i, d in enumerate(days):
    c = col(3 + i)
    cf.formula(st, f"{c}4", f'=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),{d.day}.0)', d.day)
    w = WD[d.weekday()]
    cf.formula(st, f"{c}5", f'=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"{w}")', w)
cf.formula(st, "B7", '="青嵐會館Spa "&TEXT(DATE(A1,B1,1),"M月")&" 班表"\n', title)
cf.formula(st, "B10", '=VSTACK( HSTACK("日期(號)","星期"), HSTACK( SEQUENCE(DAY(EOMONTH(DATE(A1,B1,1),0)),1), '
           'MAP(SEQUENCE(DAY(EOMONTH(DATE(A1,B1,1),0)),1,DATE(A1,B1,1),1), LAMBDA(d,"星期"&SWITCH(WEEKDAY(d,2),1,"一",2,"二",'
           '3,"三",4,"四",5,"五",6,"六",7,"日"))) ) )', "日期(號)")
st["C10"] = "星期"
for i, d in enumerate(days):
    st.cell(11 + i, 2, float(d.day))
    st.cell(11 + i, 3, "星期" + WD[d.weekday()])

staff = [f.name_tw() for _ in range(9)]
nick = ["阿梅", "小芸", "玉蘭", "阿香", "秀琴"]
floater = staff[0]


def head(ws):
    last = col(2 + ndays)
    cf.formula(ws, "A1", "='設定'!B7", title)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "館別"
    ws["B2"] = "姓名"
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    for i, d in enumerate(days):
        c = col(3 + i)
        cf.formula(ws, f"{c}2", f"='設定'!{c}4", d.day)
        cf.formula(ws, f"{c}3", f"='設定'!{c}5", WD[d.weekday()])


def marks(kind):
    out = []
    for d in days:
        if kind == "full":
            out.append(f.pick(["●", "●", "●", "●", "休", "休", "全"]))
        elif kind == "part":
            out.append(f.pick(["●", None, None, None]))
        elif kind == "early":
            out.append(f.pick(["●", "●", "●", "休", "全"]))
        elif kind == "stand":
            out.append(f.pick([None] * 9 + ["●", "早", "晚"]))
        else:
            out.append("消" if f.chance(0.04) else None)
    return out


def block(ws, r, branch, people):
    for k, (name, kind) in enumerate(people):
        if k == 0:
            ws.cell(r, 1, branch)
        ws.cell(r, 2, name)
        for i, v in enumerate(marks(kind)):
            if v is not None:
                ws.cell(r, 3 + i, v)
        r += 1
    return r


head(s1)
r = 4
r = block(s1, r, "仁愛", [(staff[1], "full"), (staff[2] + "(代)", "stand"), (floater, "leave"), (nick[0], "part")])
r = block(s1, r, "仁愛2", [(nick[1], "leave")])
r = block(s1, r, "安和", [(staff[3], "full"), (staff[4] + "(代)", "part"), (floater + "(代)", "stand"), (staff[1] + "(代)", "part")])
r = block(s1, r, "大直", [(staff[5], "part"), (nick[1], "part"), (floater + "(代)", "stand"), (nick[1], "leave")])
head(s2)
r = 4
r = block(s2, r, "中山", [(staff[6] + "(早)", "early"), (nick[3] + "(晚)", "early"), (floater + "(代)", "stand"),
                          (nick[4] + "(代)", "stand"), (nick[1], "leave")])
r = block(s2, r + 2, "南京", [(staff[7], "full"), (staff[8] + "(代)", "leave"), (staff[4] + "(代)", "part"),
                              (floater + "(代)", "stand"), (nick[4] + "(代)", "stand")])
s2.cell(1000, 1).number_format = "@"
cf.save(wb, "roster-zh-tw-spabranches.xlsx")
