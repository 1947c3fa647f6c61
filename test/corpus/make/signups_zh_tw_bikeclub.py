"""
Shape of chinqan/bikedoc "五月浪漫台三線車訓報名表.xlsx" (at commit 0365e9c22470187aa4ddff1beae817ac0213cc93):
the Google Forms sign-up sheet of a Taiwanese children's cycling club for one Saturday ride, downloaded
as Excel: families sign up under the club's nature nicknames (自然名).

- One sheet 表單回覆 1 holding the table Form_Responses (A1:P16) with a totals row; frozen below the
  header; the question texts are the headers: 時間戳記 / 小鐵人家庭名稱 / 車訓參與總人數(含大小鐵與小小鐵及來賓)
  / 參與夥伴中有繳年費人數 / 鐵爸自然名 / 鐵媽自然名 / 小鐵人1自然名 / 小鐵人2自然名 / 小鐵人3自然名 /
  其他參與成員之姓名與年齡 (如家人或友人) / four lunch-box columns (中餐： 焢肉便當 …) / the fee question
  with its worked example over two lines / 請提供匯款帳號後五碼或 line pay之line名稱.
- Fourteen responses over ten days, time stamps with milliseconds; family 'names' like 芒果家 or a
  child's nickname; father, mother and up to three children by nickname (one parent or no child on
  some rows); guests as 'Name age' lines in one cell; lunch-box counts or empty.
- The fee as a number (600, 1100) or as the family's own sum in text ('1大2小=900元', '200*3+100*3=900',
  '200活動費+200活動費+100便當+100便當=600'); the payment reference as the last five digits of an account
  (a number, '02349' as text, '11483 (17893)'), or 'Linepay' / 'Linepau' / 'Line pay' with or without a
  LINE display name or a real name, one with a note in brackets.
- Totals row: SUM over the table column for the headcount and SUM(K2:K15) … for the lunch boxes.
Values invented: every nickname, name, guest, fee and payment reference.
"""
import datetime

from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableFormula, TableStyleInfo

from fake import FIRST_EN, GIVEN_TW, SURNAMES_TW, CachedFormulas, Fake, workbook

f = Fake("signups-zh-tw-bikeclub")

HEADER = ["時間戳記", "小鐵人家庭名稱", "車訓參與總人數(含大小鐵與小小鐵及來賓)", "參與夥伴中有繳年費人數", "鐵爸自然名", "鐵媽自然名",
          "小鐵人1自然名", "小鐵人2自然名", "小鐵人3自然名", "其他參與成員之姓名與年齡 (如家人或友人)", "中餐： 焢肉便當", "中餐： 蜜汁雞腿便當",
          "中餐： 滷排骨便當", "中餐： 素食時蔬便當",
          "請自行結算本次活動總金額 \n 【範例】一大一小(活動費200*2=400)，若本範例二人均為非年費成員則為(400+200=600)，另外再加上便當1個100元共2個。總金額為(400+200+200=800)",
          "請提供匯款帳號後五碼或 line pay之line名稱"]
WIDTHS = {"A": 18.86, "C": 9.73, "D": 15.13, "E": 15.27, "F": 13.4, "G": 18.86, "I": 12.6, "J": 18.46, "K": 14.27, "L": 17.13,
          "M": 18.86, "O": 38.6, "P": 24.0}
NICK = ["芭樂", "楊桃", "木瓜", "鳳梨", "香蕉", "奇異果", "藍莓", "花生", "紅豆", "綠豆", "黑豆", "松鼠", "浣熊", "水獺", "石虎", "穿山甲",
        "黑熊", "山羌", "藍鵲", "八色鳥", "白頭翁", "翠鳥", "夜鷺", "海龜", "鯨鯊", "海豚", "章魚", "寄居蟹", "螢火蟲", "獨角仙", "蝸牛", "刺蝟",
        "企鵝", "貓頭鷹", "斑馬", "長頸鹿", "小熊貓", "狐狸", "老鷹", "飛魚", "鬼頭刀", "文旦", "柚子", "龍眼", "蓮霧", "枇杷"]


def nick():
    return f._unique(lambda: f.pick(NICK) + f.pick(["", "", "", "仔", "寶", "王", "妹"]))


def person():
    return f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)


wb = workbook()
ws = wb.active
ws.title = "表單回覆 1"
cf = CachedFormulas()
for col, width in WIDTHS.items():
    ws.column_dimensions[col].width = width
for j, h in enumerate(HEADER, start=1):
    ws.cell(1, j, h).alignment = Alignment(vertical="bottom")
ws.row_dimensions[1].height = 22.5
ws.freeze_panes = "A2"

when = datetime.datetime(2026, 5, 6, 20, 40)
totals = {"C": 0, "K": 0, "L": 0, "M": 0, "N": 0}
for i in range(14):
    r = i + 2
    when += datetime.timedelta(minutes=f.r.randrange(2, 1400), seconds=f.r.randrange(60),
                               microseconds=f.r.randrange(1000) * 1000)
    dad = nick() if f.chance(0.7) else None
    mom = nick() if f.chance(0.65) or dad is None else None
    n_kids = f.pick([0, 1, 1, 2, 2, 2, 3])
    kids = [nick() for _ in range(n_kids)]
    first_kid = kids[0] if kids else None
    family = f.pick([f"{first_kid or dad}家", f"{first_kid or mom or dad}家", f"{first_kid or dad}"])
    guests = []
    if i == 3:
        guests = [f"{f.pick(FIRST_EN)} {f.r.randrange(40, 70)}", f"{person()[1:]} {f.r.randrange(8, 16)}",
                  f"{f.pick(FIRST_EN)} {f.r.randrange(8, 14)}"]
    people = sum(1 for p in (dad, mom) if p) + len(kids) + len(guests)
    members = max(1, people - len(guests) - (1 if f.chance(0.1) else 0))
    ws.cell(r, 1, when).number_format = "m/d/yyyy\\ h:mm:ss"
    ws.cell(r, 2, family)
    ws.cell(r, 3, people)
    ws.cell(r, 4, members)
    for j, v in ((5, dad), (6, mom)):
        if v:
            ws.cell(r, j, v)
    for k, kid in enumerate(kids):
        ws.cell(r, 7 + k, kid)
    if guests:
        ws.cell(r, 10, "\n".join(guests)).alignment = Alignment(wrap_text=True)
    boxes = [f.pick([None, None, 1, 1, 2, 3]) for _ in range(3)] + [f.pick([None, None, None, None, 1])]
    for k, b in enumerate(boxes):
        if b:
            ws.cell(r, 11 + k, b)
            totals["KLMN"[k]] += b
    totals["C"] += people
    n_box = sum(b or 0 for b in boxes)
    fee = 200 * people + 200 * (people - members) + 100 * n_box
    adults = sum(1 for p in (dad, mom) if p)
    ws.cell(r, 15, f.pick([fee, fee, fee, f"{adults}大{len(kids)}小={fee}元", f"200*{people}+100*{n_box}={fee}",
                           f"{'200活動費+' * people}{'100便當+' * n_box}".rstrip("+") + f"={fee}",
                           f"{200 * people}+{100 * n_box}={fee}", f"一大({200 * people}+{100 * n_box}={fee})"]))
    ws.cell(r, 16, f.pick([f.r.randrange(10000, 99999), f.r.randrange(10000, 99999), f"0{f.r.randrange(1000, 9999)}",
                           f"{f.r.randrange(10000, 99999)} ({f.r.randrange(10000, 99999)})", "Linepay", "Linepay", "Linepau",
                           f"Line pay {person()}", person(), f"{person()}（{dad or mom or first_kid}）", f"{f.pick(FIRST_EN)} {person()[1:]}",
                           f"{f.pick(FIRST_EN)} {person()}", "Linepay(已加好友，請加我linpay0900謝謝）"]))

cf.formula(ws, "C16", "=SUM(Form_Responses[車訓參與總人數(含大小鐵與小小鐵及來賓)])", totals["C"])
for col in "KLMN":
    cf.formula(ws, f"{col}16", f"=SUM({col}2:{col}15)", totals[col])

table = Table(displayName="Form_Responses", ref="A1:P16", totalsRowCount=1)
table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showFirstColumn=True, showLastColumn=True,
                                      showRowStripes=True, showColumnStripes=False)
table._initialise_columns()
for j, h in enumerate(HEADER):
    table.tableColumns[j].name = h
table.tableColumns[2].totalsRowFunction = "custom"
table.tableColumns[2].totalsRowFormula = TableFormula(attr_text="SUM(Form_Responses[車訓參與總人數(含大小鐵與小小鐵及來賓)])")
ws.add_table(table)

cf.save(wb, "signups-zh-tw-bikeclub.xlsx")
